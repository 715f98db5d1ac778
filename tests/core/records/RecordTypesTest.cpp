// Every kind of record through the type-erased editor path: loaded, validated, saved unchanged,
// created from a copy; and what depends on what when deleting.
#include "TempStore.h"
#include "courses/Enrollment.h"
#include "demo/DemoData.h"
#include "people/Person.h"
#include "records/Dependents.h"
#include "records/Lookup.h"
#include "records/RecordType.h"

#include <gtest/gtest.h>

namespace ef::test {
namespace {

class RecordTypesTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(DemoData::create(*store)); }

    Uuid firstLive(const QString &table)
    {
        Statement s = store->db().prepare(
            QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 ORDER BY rowid LIMIT 1")
                .arg(table));
        return s.next() ? s.uuid(0) : Uuid();
    }
    qint64 changeCount()
    {
        Statement s = store->db().prepare(QStringLiteral("SELECT count(*) FROM change_log"));
        return s.next() ? s.int64(0) : -1;
    }

    TempStore store;
};

TEST_F(RecordTypesTest, EveryTableHasATypeAndEveryFieldAColumn)
{
    EXPECT_EQ(RecordType::all().size(), 22);
    for (const RecordType *type : RecordType::all()) {
        EXPECT_EQ(RecordType::find(type->table()), type);
        EXPECT_FALSE(type->name().isEmpty());
        for (const FieldInfo &f : type->fields()) {
            EXPECT_TRUE(type->mapping().columns().contains(f.column))
                << type->table().toStdString() << "." << f.column.toStdString();
            EXPECT_FALSE(f.translatedLabel().isEmpty());
        }
    }
}

TEST_F(RecordTypesTest, ADemoRecordOfEveryKindLoadsValidatesAndSavesUnchangedWithoutAChange)
{
    int checked = 0;
    for (const RecordType *type : RecordType::all()) {
        SCOPED_TRACE(type->table().toStdString());
        const Uuid id = firstLive(type->table());
        if (id.isNull())
            continue; // the demo has no documents or measured indicator values
        ++checked;
        auto values = type->load(*store, id);
        ASSERT_TRUE(values);
        EXPECT_EQ(values->id, id);
        EXPECT_TRUE(type->validate(*values).isEmpty());
        EXPECT_FALSE(type->title(*values).isEmpty());
        const qint64 before = changeCount();
        auto saved = type->save(*store, *values);
        ASSERT_TRUE(saved) << saved.error().message.toStdString();
        EXPECT_EQ(changeCount(), before) << "saving unchanged values must not log a change";
        EXPECT_EQ(type->load(*store, id), values);
    }
    EXPECT_GE(checked, 15);
}

TEST_F(RecordTypesTest, AnEditedFieldIsStoredAndOnlyThatFieldIsLogged)
{
    const RecordType *type = RecordType::find(u"person");
    auto values = type->load(*store, firstLive(QStringLiteral("person")));
    values->fields[QStringLiteral("email")] = QStringLiteral("new.address@ektu.kz");
    const qint64 before = changeCount();
    ASSERT_TRUE(type->save(*store, *values));
    EXPECT_EQ(changeCount(), before + 1);
    EXPECT_EQ(store->get<Person>(values->id)->email, QStringLiteral("new.address@ektu.kz"));
}

TEST_F(RecordTypesTest, AnInvalidValueIsRefusedWithItsFieldAndNothingIsWritten)
{
    const RecordType *type = RecordType::find(u"person");
    auto values = type->load(*store, firstLive(QStringLiteral("person")));
    values->fields[QStringLiteral("email")] = QStringLiteral("not an address");
    const qint64 before = changeCount();
    EXPECT_TRUE(hasProblem(type->validate(*values), u"email"));
    auto saved = type->save(*store, *values);
    ASSERT_FALSE(saved);
    EXPECT_TRUE(hasProblem(saved.error().problems, u"email"));
    EXPECT_EQ(changeCount(), before);
}

TEST_F(RecordTypesTest, ANewRecordGetsAnIdAndTheInstitutionItIsAboutAsOwner)
{
    const RecordType *type = RecordType::find(u"person");
    RecordValues v = type->blank(*store);
    EXPECT_TRUE(v.id.isNull());
    EXPECT_EQ(v.ownerId, RecordType::homeInstitution(*store));
    EXPECT_FALSE(v.ownerId.isNull());
    v.fields[QStringLiteral("family_name")] = QStringLiteral("Сейітова");
    v.fields[QStringLiteral("given_name")] = QStringLiteral("Әлия");
    v.fields[QStringLiteral("gender")] = QStringLiteral("female");
    ASSERT_TRUE(type->save(*store, v));
    EXPECT_FALSE(v.id.isNull());
    const auto person = store->get<Person>(v.id);
    ASSERT_TRUE(person);
    EXPECT_EQ(person->givenName, QStringLiteral("Әлия"));
    EXPECT_EQ(person->gender, Gender::Female);
}

TEST_F(RecordTypesTest, DeletingAPersonTakesTheirEnrollmentsAndParticipationsAndUndoBringsThemBack)
{
    Statement s = store->db().prepare(QStringLiteral(
        "SELECT person_id, count(*) FROM enrollment WHERE deleted = 0 GROUP BY person_id "
        "ORDER BY count(*) DESC LIMIT 1"));
    ASSERT_TRUE(s.next());
    const Uuid person = s.uuid(0);
    const qint64 enrollments = s.int64(1);
    s.reset();
    const RecordRef root {QStringLiteral("person"), person};
    const QList<RecordRef> deps = Dependents::of(*store, root);
    EXPECT_EQ(std::count_if(deps.begin(), deps.end(),
                  [](const RecordRef &r) { return r.table == u"enrollment"; }),
        enrollments);
    EXPECT_TRUE(
        Dependents::describe(deps).contains(QStringLiteral("Enrollment: %1").arg(enrollments)));

    const qint64 liveBefore = store->count(QStringLiteral("enrollment"));
    auto removed = Dependents::removeWithDependents(*store, root);
    ASSERT_TRUE(removed);
    EXPECT_EQ(removed->constFirst(), root);
    EXPECT_FALSE(store->get<Person>(person));
    EXPECT_EQ(store->count(QStringLiteral("enrollment")), liveBefore - enrollments);

    ASSERT_TRUE(Dependents::restore(*store, *removed));
    EXPECT_TRUE(store->get<Person>(person));
    EXPECT_EQ(store->count(QStringLiteral("enrollment")), liveBefore);
}

TEST_F(RecordTypesTest, LookupFindsAPersonByCyrillicOrLatinSpellingAndNamesThem)
{
    const RecordType *type = RecordType::find(u"person");
    RecordValues v = type->blank(*store);
    v.fields[QStringLiteral("family_name")] = QStringLiteral("Жұмабекова");
    v.fields[QStringLiteral("given_name")] = QStringLiteral("Гүлнар");
    v.fields[QStringLiteral("gender")] = QStringLiteral("female");
    ASSERT_TRUE(type->save(*store, v));
    for (const QString &typed :
        {QStringLiteral("Жұмаб"), QStringLiteral("zhumab"), QStringLiteral("jumab")}) {
        const auto found = Lookup::find(*store, QStringLiteral("person"), typed);
        EXPECT_TRUE(std::any_of(found.begin(), found.end(), [&](const LookupItem &i) {
            return i.id == v.id;
        })) << typed.toStdString();
    }
    EXPECT_EQ(
        Lookup::label(*store, QStringLiteral("person"), v.id), QStringLiteral("Жұмабекова Гүлнар"));
    EXPECT_TRUE(Lookup::find(*store, QStringLiteral("person"), QStringLiteral("%%")).isEmpty());
}

} // namespace
} // namespace ef::test
