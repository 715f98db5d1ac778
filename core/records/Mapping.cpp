#include "records/Mapping.h"

namespace ef {

void TableMapping::finish()
{
    m_insertSql = buildInsertSql();
    m_updateSql = buildUpdateSql();
    m_selectSql = QStringLiteral("SELECT id, %1 FROM %2")
                      .arg(m_columns.join(QStringLiteral(", ")), m_table);
    for (Reference &r : m_references)
        r.checkSql = QStringLiteral("SELECT deleted FROM %1 WHERE id = ?").arg(r.table);
}

QString TableMapping::buildInsertSql() const
{
    QString params;
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        params += QStringLiteral(", ?");
    return QStringLiteral("INSERT INTO %1 (id, hlc, device, %2) VALUES (?, ?, ?%3)")
        .arg(m_table, m_columns.join(QStringLiteral(", ")), params);
}

QString TableMapping::buildUpdateSql() const
{
    // Parameter 1 is the id; column i is parameter i + 2, so bind() can start at 2. The
    // tombstone is changed only by remove() and restore(), never by an edit: its parameter
    // number is left out of the SET list.
    QStringList sets;
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        if (m_columns[i] != u"deleted")
            sets << QStringLiteral("%1 = ?%2").arg(m_columns[i]).arg(i + 2);
    return QStringLiteral("UPDATE %1 SET %2 WHERE id = ?1 AND deleted = 0")
        .arg(m_table, sets.join(QStringLiteral(", ")));
}

} // namespace ef
