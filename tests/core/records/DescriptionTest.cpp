// What a record kind's description derives: field names of members, the simple rules it runs
// (required, length, format, pattern, range, enumeration words), the editor's fields and the
// store's mapping, all from the one declaration.
#include "records/Description.h"

#include "DomainTestSupport.h"
#include "certificates/Certificate.h"
#include "courses/Offering.h"
#include "partnerships/Partnership.h"
#include "people/Person.h"
#include "records/EnumLabels.h"
#include "records/RecordType.h"

#include <gtest/gtest.h>

namespace ef::test {
namespace {

Person validPerson()
{
    Person p;
    p.ownerId = newId();
    p.familyName = QStringLiteral("Сейітова");
    p.givenName = QStringLiteral("Әйгерім");
    return p;
}

TEST(DescriptionTest, NamesAMembersColumnAndTheOwnersOwn)
{
    const Description<Partnership> &d = Partnership::description();
    EXPECT_EQ(d.column(&Partnership::endsOn), u"ends_on");
    EXPECT_EQ(d.column(&Partnership::universityId), u"university_id");
    EXPECT_EQ(d.column(&Partnership::ownerId), u"owner_id");
    EXPECT_EQ(d.table(), u"partnership");
}

TEST(DescriptionTest, TheMappingAndTheEditorsFieldsFollowTheDescriptionsOrder)
{
    const Description<Person> &d = Person::description();
    QStringList described;
    for (const FieldInfo &f : d.infos())
        described << f.column;
    QStringList mapped = d.mapping().columns();
    ASSERT_GE(mapped.size(), 2);
    EXPECT_EQ(mapped.takeFirst(), u"owner_id");
    EXPECT_EQ(mapped.takeFirst(), u"deleted");
    EXPECT_EQ(mapped, described);
    EXPECT_EQ(RecordType::find(u"person")->fields().size(), described.size());
    EXPECT_EQ(RecordType::find(u"person")->name(), d.name());
}

TEST(DescriptionTest, RunsTheSimpleRulesItDeclares)
{
    EXPECT_TRUE(validPerson().validate().isEmpty());

    Person p = validPerson();
    p.ownerId = Uuid();
    p.givenName.clear(); // required
    p.familyName = QString(101, u'а'); // longer than 100
    p.email = QStringLiteral("not an address"); // format
    p.familyNameLatin = QStringLiteral("Сейітова"); // Latin letters only
    p.roles = 16; // above the range
    const Problems problems = p.validate();
    for (const char *field :
        {"owner_id", "given_name", "family_name", "email", "family_name_latin", "roles"})
        EXPECT_TRUE(hasProblem(problems, QString::fromLatin1(field))) << field;
    EXPECT_EQ(problems.size(), 6);
}

TEST(DescriptionTest, APatternAndAWordListRefuseWhatTheyDoNotHold)
{
    Certificate c;
    c.ownerId = newId();
    c.personId = newId();
    c.issuedOn = QDate(2026, 3, 1);
    c.number = QStringLiteral("EF-EKTU-2026-000123");
    EXPECT_FALSE(hasProblem(c.validate(), u"number"));
    c.number = QStringLiteral("ef lower case");
    EXPECT_TRUE(hasProblem(c.validate(), u"number"));

    Offering o;
    o.ownerId = newId();
    o.courseId = newId();
    o.institutionId = newId();
    o.semester = Semester(2026, Semester::Term::Spring);
    o.language = QStringLiteral("kk");
    EXPECT_TRUE(o.validate().isEmpty());
    o.language = QStringLiteral("de");
    EXPECT_TRUE(hasProblem(o.validate(), u"language"));
    o.language = QStringLiteral("ru");
    o.capacity = 0; // the range's own message
    const Problems problems = o.validate();
    ASSERT_TRUE(hasProblem(problems, u"capacity"));
    EXPECT_FALSE(problems.front().message.isEmpty());
}

TEST(DescriptionTest, EnumerationWordsAndLabelsAreWrittenOnce)
{
    EXPECT_EQ(EnumLabels::words(u"partnership_status"),
        QStringList({QStringLiteral("proposed"), QStringLiteral("negotiating"),
            QStringLiteral("signed"), QStringLiteral("active"), QStringLiteral("completed"),
            QStringLiteral("terminated"), QStringLiteral("expired")}));
    EXPECT_EQ(EnumLabels::label(u"partnership_status", u"signed"), u"Signed");
    EXPECT_EQ(EnumLabels::of(PartnershipStatus::Signed), u"Signed");
    EXPECT_EQ(
        EnumLabels::label(u"partnership_status", u"from_a_newer_version"), u"from_a_newer_version");
    EXPECT_TRUE(EnumLabels::words(u"no_such_enumeration").isEmpty());
    // Every field of words names an enumeration that exists.
    for (const RecordType *type : RecordType::all())
        for (const FieldInfo &f : type->fields())
            if (f.kind == FieldKind::Enum) {
                EXPECT_TRUE(EnumLabels::types().contains(f.enumType))
                    << type->table().toStdString() << "." << f.column.toStdString();
            }
}

} // namespace
} // namespace ef::test
