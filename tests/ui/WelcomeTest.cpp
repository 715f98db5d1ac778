// The first run: the welcome page's three ways in.
#include "AppStartup.h"
#include "GuiTestBase.h"
#include "WelcomeDialog.h"
#include "institutions/Institution.h"
#include "records/RecordType.h"

#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>

namespace ef::test {
namespace {

// The welcome page comes before any window or store.
class WelcomeTest : public GuiTestBase
{
protected:
    WelcomeTest()
        : GuiTestBase(Opens::Nothing)
    { }
};

TEST_F(WelcomeTest, AnEmptyDataFileStartsWithTheOfficesInstitutionAsOwnerOfNewRecords)
{
    QTemporaryDir dir;
    WelcomeDialog welcome;
    welcome.chooseEmpty();
    EXPECT_FALSE(welcome.confirmEmpty()) << "an institution needs a name";
    EXPECT_FALSE(welcome.problemLabel()->isHidden());
    EXPECT_FALSE(welcome.problemLabel()->text().isEmpty());
    welcome.nameField()->setText(QStringLiteral("Шәкәрім университеті"));
    ASSERT_TRUE(welcome.confirmEmpty());
    EXPECT_EQ(welcome.choice(), WelcomeDialog::Choice::Empty);

    auto store = AppStartup::openStore(dir.filePath(QStringLiteral("office.sqlite")));
    ASSERT_TRUE(store);
    ASSERT_TRUE(AppStartup::createHome(*store, welcome));
    const Uuid home = RecordType::homeInstitution(*store);
    const auto institution = store->get<Institution>(home);
    ASSERT_TRUE(institution);
    EXPECT_EQ(institution->country, QStringLiteral("KZ"));
    EXPECT_TRUE(institution->nameEn == u"Шәкәрім университеті"
        || institution->nameKk == u"Шәкәрім университеті"
        || institution->nameRu == u"Шәкәрім университеті");
    EXPECT_EQ(store->count(QStringLiteral("institution")), 1);
    EXPECT_EQ(store->count(QStringLiteral("person")), 0);
}

TEST_F(WelcomeTest, TheDemoChoiceFillsANewFileAndAnExistingFileIsOpenedAsItIs)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    {
        auto store = AppStartup::start(path, AppStartup::WhenMissing::Demo);
        ASSERT_TRUE(store);
        EXPECT_GT(store->count(QStringLiteral("person")), 0);
        EXPECT_FALSE(RecordType::homeInstitution(*store).isNull());
    }
    auto again = AppStartup::start(path, AppStartup::WhenMissing::Demo);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->count(QStringLiteral("project")), 3) << "the demo is not added twice";
}

TEST_F(WelcomeTest, OpeningAFileTakesThePathTheUserPicked)
{
    WelcomeDialog welcome;
    Dialogs::setNextFileName(QStringLiteral("/data/office.sqlite"));
    welcome.chooseFile();
    EXPECT_EQ(welcome.choice(), WelcomeDialog::Choice::OpenFile);
    EXPECT_EQ(welcome.fileToOpen(), QStringLiteral("/data/office.sqlite"));
}

} // namespace
} // namespace ef::test
