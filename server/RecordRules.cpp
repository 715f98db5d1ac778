#include "RecordRules.h"

#include "records/RecordType.h"
#include "store/Migrations.h"
#include "store/Store.h"
#include "store/SyncSchema.h"
#include "sync/SyncAccount.h"

#include <cmath>

namespace ef {

RecordRules::RecordRules()
{
    auto store = Store::open(QStringLiteral(":memory:"));
    if (!store)
        qFatal("the scratch store cannot be made: %s", qPrintable(store.error().message));
    m_scratch = std::move(*store);
    m_scratch->setTracking(false);
    // The scratch store checks one record at a time: what it refers to is checked by scope.
    if (!m_scratch->db().exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
        qFatal("the scratch store cannot turn foreign keys off");
    for (const QString &t : SyncSchema::tables()) {
        QStringList cols;
        Statement s
            = m_scratch->db().prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
        s.bind(1, t);
        while (s.next()) {
            if (!SyncSchema::isBookkeepingColumn(s.text(0)))
                cols << s.text(0);
        }
        m_columns.insert(t, cols);
        QHash<QString, QString> refs;
        Statement fk = m_scratch->db().prepare(
            QStringLiteral("SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?)"));
        fk.bind(1, t);
        while (fk.next())
            refs.insert(fk.text(0), fk.text(1));
        m_references.insert(t, refs);
    }
}

RecordRules::~RecordRules() = default;

int RecordRules::schemaVersion() const
{
    return Migrations::latestVersion();
}

const QStringList &RecordRules::columns(const QString &table) const
{
    static const QStringList none;
    const auto it = m_columns.constFind(table);
    return it == m_columns.cend() ? none : *it;
}

const QStringList &RecordRules::sharedTables()
{
    return SyncAccount::sharedTables(); // one list, for the app's controls and for the server
}

const QStringList &RecordRules::readableByAllTables()
{
    // Office keys and revocation lists: every office verifies every office's certificates.
    static const QStringList list = sharedTables()
        + QStringList {QStringLiteral("person"), QStringLiteral("office_key"),
            QStringLiteral("revocation_list")};
    return list;
}

bool RecordRules::isShared(const QString &table)
{
    return sharedTables().contains(table);
}

bool RecordRules::isReadableByAll(const QString &table)
{
    return readableByAllTables().contains(table);
}

const QHash<QString, QString> &RecordRules::references(const QString &table) const
{
    static const QHash<QString, QString> none;
    const auto it = m_references.constFind(table);
    return it == m_references.cend() ? none : *it;
}

int RecordRules::maxChars(const QString &table, const QString &field) const
{
    const RecordType *type = RecordType::find(table);
    const FieldInfo *info = type ? type->field(field) : nullptr;
    if (!info)
        return TextChars;
    switch (info->kind) {
    case FieldKind::Text:
        return info->maxLength > 0 ? info->maxLength : TextChars;
    case FieldKind::LongText:
        return info->maxLength > 0 ? info->maxLength : LongTextChars;
    case FieldKind::Date:
    case FieldKind::Enum:
    case FieldKind::Language:
    case FieldKind::Languages:
    case FieldKind::Semester:
    case FieldKind::Roles:
    case FieldKind::Integer:
    case FieldKind::OptionalInteger:
    case FieldKind::Decimal:
    case FieldKind::OptionalDecimal:
    case FieldKind::Bool:
    case FieldKind::Reference:
        return WordChars;
    }
    return TextChars;
}

QString RecordRules::boundProblem(
    const QString &table, const QString &field, const QVariant &value) const
{
    switch (value.typeId()) {
    case QMetaType::QString: {
        const int max = maxChars(table, field);
        const qsizetype n = value.toString().size();
        if (n > max)
            return QStringLiteral("%1.%2: %3 characters; at most %4")
                .arg(table, field)
                .arg(n)
                .arg(max);
        return {};
    }
    case QMetaType::QByteArray: {
        const qsizetype n = value.toByteArray().size();
        // A reference or a checksum is short; a signed document (office_key.key_certificate,
        // revocation_list.list) is the one kind of long bytes.
        const bool document = (table == u"office_key" && field == u"key_certificate")
            || (table == u"revocation_list" && field == u"list");
        const int max = document ? DocumentBytes : BytesMax;
        if (n > max)
            return QStringLiteral("%1.%2: %3 bytes; at most %4").arg(table, field).arg(n).arg(max);
        return {};
    }
    case QMetaType::Double:
        if (!std::isfinite(value.toDouble()))
            return QStringLiteral("%1.%2: not a finite number").arg(table, field);
        return {};
    default:
        return {};
    }
}

QString RecordRules::problem(const QString &table, const QVariantMap &values)
{
    const QStringList &cols = columns(table);
    if (cols.isEmpty())
        return QStringLiteral("%1 is not a synced table").arg(table);
    QStringList names {QStringLiteral("id"), QStringLiteral("hlc"), QStringLiteral("device")};
    QString marks = QStringLiteral("?, 1, 1");
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!cols.contains(it.key()))
            return QStringLiteral("%1 has no field %2").arg(table, it.key());
        names << it.key();
        marks += QStringLiteral(", ?");
    }
    // The probe row is inserted and rolled back, with everything its triggers wrote.
    Database &db = m_scratch->db();
    static const QByteArray probe(16, '\x01');
    if (auto r = db.exec(QStringLiteral("SAVEPOINT probe")); !r)
        return r.error().message;
    QString problem;
    {
        Statement ins = db.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, names.join(u','), marks));
        ins.bind(1, probe);
        int i = 2;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            ins.bind(i++, it.value());
        if (auto r = ins.exec(); !r)
            problem = QStringLiteral("%1: %2").arg(table, r.error().message);
    }
    // The probe is never kept. Undoing a savepoint of an in-memory store fails only with a
    // broken connection, and then every later probe reports that connection's error.
    (void)db.exec(QStringLiteral("ROLLBACK TO probe; RELEASE probe"));
    return problem;
}

} // namespace ef
