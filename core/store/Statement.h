// A prepared SQLite statement with typed binding and reading. Destroying it resets the
// statement, so a read is never left open between user actions (it would block checkpoints).
#pragma once

#include "DbError.h"
#include "util/Result.h"
#include "util/Uuid.h"

#include <QDate>
#include <QLatin1StringView>
#include <QString>
#include <QVariant>
#include <cstdint>
#include <optional>
#include <type_traits>

struct sqlite3_stmt;

namespace ef {

class Statement
{
public:
    Statement() = default;
    Statement(sqlite3_stmt *stmt, bool *inUse, bool owned);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }

    // Parameters are 1-based, as in SQLite.
    Statement &bind(int index, std::nullptr_t);
    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, std::int64_t(value)); }
    Statement &bind(int index, bool value) { return bind(index, std::int64_t(value ? 1 : 0)); }
    // qint64 (long long), unsigned and other integer types.
    template <class I>
    requires(
        std::is_integral_v<
            I> && !std::is_same_v<I, bool> && !std::is_same_v<I, int> && !std::is_same_v<I, std::int64_t>)
        Statement &bind(int index, I value)
    {
        return bind(index, std::int64_t(value));
    }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); // null QString binds NULL
    Statement &bind(int index, QStringView value);
    // Text with static storage (enum words): bound without a copy.
    Statement &bind(int index, QLatin1StringView staticText);
    Statement &bind(int index, const QByteArray &value); // null QByteArray binds NULL
    Statement &bind(int index, const Uuid &value); // null Uuid binds NULL
    Statement &bind(int index, const QDate &value); // ISO 8601 text; invalid binds NULL
    Statement &bind(int index, const QVariant &value);
    template <class T> Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bind(index, nullptr);
    }
    // Binds each argument in order, starting at parameter 1.
    template <class... Args> Statement &bindAll(const Args &...args)
    {
        int i = 0;
        (bind(++i, args), ...);
        return *this;
    }

    // Steps once: true while there is a row; false when done or failed (see error()).
    bool next();
    // Runs to completion; for statements that return no rows.
    Result<void, DbError> exec();
    void reset();

    bool failed() const { return m_error.code != 0; }
    const DbError &error() const { return m_error; }

    int columnCount() const;
    bool isNull(int col) const;
    std::int64_t int64(int col) const;
    int integer(int col) const { return static_cast<int>(int64(col)); }
    double real(int col) const;
    QString text(int col) const;
    QByteArray blob(int col) const;
    Uuid uuid(int col) const;
    QDate date(int col) const;
    QVariant value(int col) const;

private:
    void release();

    sqlite3_stmt *m_stmt = nullptr;
    bool *m_inUse = nullptr;
    bool m_owned = false;
    DbError m_error;
};

} // namespace ef
