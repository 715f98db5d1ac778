// Each record kind's description against the schema the migrations build: the same columns, the
// same enumeration words as the CHECK lists, references into the same tables, limits inside the
// schema's, so that neither can drift from the other.
#include "TempStore.h"
#include "records/EnumLabels.h"
#include "records/Mapping.h"
#include "records/RecordType.h"
#include "store/Database.h"

#include <QRegularExpression>
#include <QSet>
#include <gtest/gtest.h>

namespace ef::test {
namespace {

struct SchemaColumn
{
    QString name;
    bool notNull = false;
    bool hasDefault = false;
};

class DescriptionSchemaTest : public ::testing::Test
{
protected:
    QList<SchemaColumn> columns(const QString &table)
    {
        QList<SchemaColumn> out;
        Statement s = store->db().prepare(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        while (s.next())
            out.append({s.text(1), s.int64(3) != 0, !s.isNull(4)});
        return out;
    }
    QString createSql(const QString &table)
    {
        Statement s = store->db().prepare(
            QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"));
        s.bind(1, table);
        return s.next() ? s.text(0) : QString();
    }
    QMap<QString, QString> foreignKeys(const QString &table)
    {
        QMap<QString, QString> out; // column → table
        Statement s = store->db().prepare(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table));
        while (s.next())
            out.insert(s.text(3), s.text(2));
        return out;
    }
    // column → the words of its CHECK (column IN ('a', 'b', …)).
    static QMap<QString, QSet<QString>> checkLists(const QString &sql)
    {
        QMap<QString, QSet<QString>> out;
        static const QRegularExpression in(QStringLiteral(R"((\w+)\s+IN\s*\(([^)]*)\))"));
        static const QRegularExpression word(QStringLiteral(R"('([^']*)')"));
        for (auto m = in.globalMatch(sql); m.hasNext();) {
            const QRegularExpressionMatch list = m.next();
            QSet<QString> words;
            for (auto w = word.globalMatch(list.captured(2)); w.hasNext();)
                words.insert(w.next().captured(1));
            if (!words.isEmpty())
                out.insert(list.captured(1), words);
        }
        return out;
    }
    // column → (min, max) of its CHECK (column BETWEEN a AND b) or (column >= a).
    static QMap<QString, std::pair<double, double>> checkRanges(const QString &sql)
    {
        QMap<QString, std::pair<double, double>> out;
        static const QRegularExpression between(
            QStringLiteral(R"((\w+)\s+BETWEEN\s+(-?[\d.]+)\s+AND\s+(-?[\d.]+))"));
        for (auto m = between.globalMatch(sql); m.hasNext();) {
            const QRegularExpressionMatch r = m.next();
            out.insert(r.captured(1), {r.captured(2).toDouble(), r.captured(3).toDouble()});
        }
        static const QRegularExpression atLeast(QStringLiteral(R"((\w+)\s*>=\s*(-?[\d.]+))"));
        for (auto m = atLeast.globalMatch(sql); m.hasNext();) {
            const QRegularExpressionMatch r = m.next();
            if (!out.contains(r.captured(1)))
                out.insert(r.captured(1), {r.captured(2).toDouble(), 1e300});
        }
        return out;
    }

    TempStore store;
};

TEST_F(DescriptionSchemaTest, EveryKindHasExactlyTheSchemasColumns)
{
    const QSet<QString> storeColumns {
        QStringLiteral("id"), QStringLiteral("hlc"), QStringLiteral("device")};
    for (const RecordType *type : RecordType::all()) {
        SCOPED_TRACE(type->table().toStdString());
        QSet<QString> schema;
        for (const SchemaColumn &c : columns(type->table()))
            schema.insert(c.name);
        ASSERT_FALSE(schema.isEmpty()) << "no such table";
        QSet<QString> described(storeColumns);
        for (const QString &c : type->mapping().columns())
            described.insert(c);
        EXPECT_EQ(schema - described, QSet<QString>()) << "in the schema, not described";
        EXPECT_EQ(described - schema, QSet<QString>()) << "described, not in the schema";
    }
}

TEST_F(DescriptionSchemaTest, EnumerationWordsAreTheSchemasCheckLists)
{
    int lists = 0;
    for (const RecordType *type : RecordType::all()) {
        const QMap<QString, QSet<QString>> checks = checkLists(createSql(type->table()));
        for (const FieldInfo &f : type->fields()) {
            SCOPED_TRACE((type->table() + u'.' + f.column).toStdString());
            if (f.kind != FieldKind::Enum && f.kind != FieldKind::Language) {
                EXPECT_FALSE(checks.contains(f.column)) << "a word list on a field of no words";
                continue;
            }
            const QStringList words = EnumLabels::words(f.enumType);
            ASSERT_FALSE(words.isEmpty()) << "unknown enumeration " << f.enumType.toStdString();
            // The indicator's measure and an offering's language are open to new words from a
            // newer version; every other enumeration is closed by the schema.
            if (!checks.contains(f.column))
                continue;
            ++lists;
            EXPECT_EQ(checks.value(f.column), QSet<QString>(words.cbegin(), words.cend()));
        }
    }
    EXPECT_GE(lists, 15); // every closed enumeration of the schema was compared
}

TEST_F(DescriptionSchemaTest, EveryEnumerationOfTheSchemaIsDescribed)
{
    for (const RecordType *type : RecordType::all()) {
        const QMap<QString, QSet<QString>> checks = checkLists(createSql(type->table()));
        for (auto it = checks.cbegin(); it != checks.cend(); ++it) {
            if (it.key() == u"deleted")
                continue; // the tombstone, the store's own (0, 1)
            const FieldInfo *f = type->field(it.key());
            EXPECT_TRUE(f && !f->enumType.isEmpty())
                << type->table().toStdString() << "." << it.key().toStdString()
                << " has a CHECK list but no enumeration in its description";
        }
    }
}

TEST_F(DescriptionSchemaTest, ReferencesPointIntoTheSchemasTables)
{
    for (const RecordType *type : RecordType::all()) {
        const QMap<QString, QString> keys = foreignKeys(type->table());
        for (const FieldInfo &f : type->fields()) {
            SCOPED_TRACE((type->table() + u'.' + f.column).toStdString());
            if (f.kind == FieldKind::Reference)
                EXPECT_EQ(keys.value(f.column), f.refTable);
            else
                EXPECT_FALSE(keys.contains(f.column)) << "a foreign key on a plain field";
        }
    }
}

TEST_F(DescriptionSchemaTest, LimitsLieInsideTheSchemasAndRequiredTextIsNotNull)
{
    for (const RecordType *type : RecordType::all()) {
        const QString sql = createSql(type->table());
        const auto ranges = checkRanges(sql);
        QMap<QString, SchemaColumn> schema;
        for (const SchemaColumn &c : columns(type->table()))
            schema.insert(c.name, c);
        for (const FieldInfo &f : type->fields()) {
            SCOPED_TRACE((type->table() + u'.' + f.column).toStdString());
            if (ranges.contains(f.column) && f.kind != FieldKind::Bool) {
                const auto [min, max] = ranges.value(f.column);
                ASSERT_TRUE(f.hasRange) << "the schema limits it, the description does not";
                EXPECT_GE(f.min, min);
                EXPECT_LE(f.max, max);
            }
            const bool text = f.kind == FieldKind::Text || f.kind == FieldKind::LongText
                || f.kind == FieldKind::Reference || f.kind == FieldKind::Date;
            const SchemaColumn c = schema.value(f.column);
            // A column the schema refuses empty is one the form asks for (hidden ones, such
            // as a document's checksum, the store fills in itself).
            if (text && c.notNull && !c.hasDefault && !f.hidden) {
                EXPECT_TRUE(f.required) << "NOT NULL in the schema, optional in the description";
            }
        }
    }
}

} // namespace
} // namespace ef::test
