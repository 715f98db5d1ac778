#include "Statement.h"

#include <sqlite3.h>

namespace ef {

Statement::Statement(sqlite3_stmt *stmt, bool *inUse, bool owned)
    : m_stmt(stmt)
    , m_inUse(inUse)
    , m_owned(owned)
{ }

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_inUse(std::exchange(other.m_inUse, nullptr))
    , m_owned(std::exchange(other.m_owned, false))
    , m_error(std::move(other.m_error))
{ }

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release();
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_inUse = std::exchange(other.m_inUse, nullptr);
        m_owned = std::exchange(other.m_owned, false);
        m_error = std::move(other.m_error);
    }
    return *this;
}

Statement::~Statement()
{
    release();
}

void Statement::release()
{
    if (!m_stmt)
        return;
    if (m_owned) {
        sqlite3_finalize(m_stmt);
    } else {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        if (m_inUse)
            *m_inUse = false;
    }
    m_stmt = nullptr;
    m_inUse = nullptr;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    m_error = {};
}

Statement &Statement::bind(int index, std::nullptr_t)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, QStringView value)
{
    if (value.isNull())
        return bind(index, nullptr);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, QLatin1StringView staticText)
{
    if (staticText.isNull())
        return bind(index, nullptr);
    sqlite3_bind_text(m_stmt, index, staticText.data(), int(staticText.size()), SQLITE_STATIC);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    return bind(index, QStringView(value));
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    if (value.isNull())
        return bind(index, nullptr);
    sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const Uuid &value)
{
    if (value.isNull())
        return bind(index, nullptr);
    sqlite3_bind_blob(m_stmt, index, value.data(), 16, SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QDate &value)
{
    if (!value.isValid())
        return bind(index, nullptr);
    char buf[11];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", value.year(), value.month(), value.day());
    sqlite3_bind_text(m_stmt, index, buf, 10, SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QVariant &value)
{
    if (value.isNull())
        return bind(index, nullptr);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return bind(index, std::int64_t(value.toLongLong()));
    case QMetaType::Double:
    case QMetaType::Float:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bind(index, value.toByteArray());
    case QMetaType::QDate:
        return bind(index, value.toDate());
    default:
        if (value.canConvert<Uuid>())
            return bind(index, value.value<Uuid>());
        return bind(index, value.toString());
    }
}

bool Statement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        sqlite3 *db = sqlite3_db_handle(m_stmt);
        m_error.code = sqlite3_extended_errcode(db);
        m_error.message = QString::fromUtf8(sqlite3_errmsg(db));
        m_error.sql = QString::fromUtf8(sqlite3_sql(m_stmt));
    }
    return false;
}

Result<void, DbError> Statement::exec()
{
    while (next()) { }
    if (failed()) {
        DbError e = m_error;
        reset();
        return unexpected(std::move(e));
    }
    sqlite3_reset(m_stmt);
    return {};
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

std::int64_t Statement::int64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double Statement::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

QString Statement::text(int col) const
{
    if (isNull(col))
        return {};
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

QByteArray Statement::blob(int col) const
{
    if (isNull(col))
        return {};
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, col));
    const int n = sqlite3_column_bytes(m_stmt, col);
    return n ? QByteArray(p, n) : QByteArray("", 0);
}

Uuid Statement::uuid(int col) const
{
    if (sqlite3_column_type(m_stmt, col) != SQLITE_BLOB || sqlite3_column_bytes(m_stmt, col) != 16)
        return {};
    return Uuid::fromRaw(static_cast<const unsigned char *>(sqlite3_column_blob(m_stmt, col)));
}

QDate Statement::date(int col) const
{
    if (isNull(col))
        return {};
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return QDate::fromString(
        QString::fromLatin1(p, sqlite3_column_bytes(m_stmt, col)), Qt::ISODate);
}

QVariant Statement::value(int col) const
{
    switch (sqlite3_column_type(m_stmt, col)) {
    case SQLITE_INTEGER:
        return QVariant::fromValue<qlonglong>(int64(col));
    case SQLITE_FLOAT:
        return real(col);
    case SQLITE_TEXT:
        return text(col);
    case SQLITE_BLOB:
        return blob(col);
    default:
        return {};
    }
}

} // namespace ef
