// Sync in the desktop app against a real edufusion-server: signing in, editing offline, syncing
// and seeing the other office's edit; a conflict shown and restored; read-only roles; a dropped
// link during a sync recovering by itself. Offscreen, each office a main window on its own store.
#include "sync/SyncUi.h"

#include "Dialogs.h"
#include "FaultProxy.h"
#include "GuiTestBase.h"
#include "MainWindow.h"
#include "Samples.h"
#include "ServerSuite.h"
#include "TempStore.h"
#include "lists/ListPage.h"
#include "lists/RecordListModel.h"
#include "people/Person.h"
#include "records/RecordDialog.h"
#include "records/RecordEditing.h"
#include "records/RecordForm.h"
#include "records/RecordType.h"
#include "sync/ConflictListModel.h"
#include "sync/ConflictsPage.h"
#include "sync/SignInDialog.h"
#include "sync/SyncController.h"
#include "sync/SyncEngine.h"
#include "sync/SyncIssues.h"
#include "sync/SyncSettingsDialog.h"
#include "sync/SyncStatus.h"
#include "sync/SyncTask.h"
#include "tasks/TaskProgress.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>
#include <gtest/gtest.h>
#include <iostream>

namespace ef::test {
namespace {

// Runs the event loop until `done` holds or `ms` pass.
bool waitFor(const std::function<bool()> &done, int ms = 30'000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QTest::qWait(20);
    }
    return true;
}

// A list page's button by its accessible name; null when the page has none.
QPushButton *button(ListPage *page, const QString &accessibleName)
{
    for (QPushButton *b : page->findChildren<QPushButton *>())
        if (b->accessibleName() == accessibleName)
            return b;
    return nullptr;
}

// The text of the navigation's entry for a module; null when there is no such entry.
QString navigationText(QTreeWidget *nav, const QString &module)
{
    for (QTreeWidgetItemIterator it(nav); *it; ++it)
        if ((*it)->data(0, Qt::UserRole + 1).toString() == module)
            return (*it)->text(0);
    return {};
}

// Marks every string it translates, to see which widgets follow a change of language.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return QStringLiteral("⟦%1⟧").arg(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

// One office: a main window on its own empty store.
struct Desk
{
    Desk()
    {
        window = std::make_unique<MainWindow>(*store);
        window->show();
        SyncTask::Options fast;
        fast.client.baseDelayMs = 20;
        fast.client.maxDelayMs = 200;
        fast.client.maxAttempts = 4;
        fast.client.timeoutMs = 5000;
        fast.resumeBaseMs = 200;
        fast.resumeMaxMs = 400;
        task().setOptions(fast);
        QObject::connect(&task(), &Task::finished, [this](const TaskResult &result) {
            ++runs;
            lastOk = result.ok();
            lastMessage = result ? QString() : result.error().message;
        });
    }
    ~Desk()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (qobject_cast<RecordDialog *>(w) || qobject_cast<SignInDialog *>(w))
                delete w;
    }
    SyncController &sync() { return window->sync().controller(); }
    SyncTask &task() { return sync().task(); }

    // Signs in through the dialog and waits for the first sync to end.
    ::testing::AssertionResult signIn(const QUrl &server, const QString &user)
    {
        // This test machine has no keychain service: keep the token in memory only.
        Dialogs::setNextAnswer(QMessageBox::No);
        SignInDialog *d = window->sync().showSignIn();
        d->serverField()->setText(server.toString());
        d->userField()->setText(user);
        d->passwordField()->setText(password);
        const int before = runs;
        if (!d->submit())
            return ::testing::AssertionFailure() << d->problemLabel()->text().toStdString();
        if (!waitFor([&] { return runs > before; }))
            return ::testing::AssertionFailure()
                << "no sync after signing in as " << user.toStdString();
        if (!lastOk)
            return ::testing::AssertionFailure() << lastMessage.toStdString();
        return ::testing::AssertionSuccess();
    }
    // Presses F5 and waits for the run to end.
    ::testing::AssertionResult syncNow()
    {
        const int before = runs;
        window->sync().syncAction()->trigger();
        if (!waitFor([&] { return runs > before; }))
            return ::testing::AssertionFailure() << "the sync did not end";
        if (!lastOk)
            return ::testing::AssertionFailure() << lastMessage.toStdString();
        return ::testing::AssertionSuccess();
    }
    Uuid addPerson(const QString &family, const Uuid &owner = {})
    {
        Person p
            = sample::person(owner.isNull() ? RecordType::homeInstitution(*store) : owner, family);
        EXPECT_TRUE(store->insert(p));
        return p.id;
    }
    void rename(const Uuid &id, const QString &family)
    {
        std::optional<Person> p = store->get<Person>(id);
        ASSERT_TRUE(p);
        p->familyName = family;
        ASSERT_TRUE(store->update(*p));
    }
    QString family(const Uuid &id)
    {
        const auto p = store->get<Person>(id);
        return p ? p->familyName : QString();
    }
    ListPage *selectPerson(const Uuid &id)
    {
        ListPage *page = window->showModule(QStringLiteral("people"));
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        for (int row = 0; row < page->model()->rowCount(); ++row)
            if (page->model()->idAt(row) == id) {
                page->view()->setCurrentIndex(page->model()->index(row, 0));
                return page;
            }
        return nullptr;
    }

    TempStore store;
    std::unique_ptr<MainWindow> window;
    int runs = 0;
    bool lastOk = false;
    QString lastMessage;
};

// Each office opens its own window on its own store (Desk): the fixture opens nothing.
class SyncUiTest : public ServerSuite<GuiTestBase>
{
protected:
    SyncUiTest()
        : ServerSuite(Opens::Nothing)
    { }

    static void SetUpTestSuite()
    {
        startServer({QStringLiteral("Al-Farabi Kazakh National University"),
                        QStringLiteral("D. Serikbayev EKTU")},
            {{QStringLiteral("coord"), QStringLiteral("coordinator")},
                {QStringLiteral("anna"), QStringLiteral("officer"),
                    QStringLiteral("Al-Farabi Kazakh National University")},
                {QStringLiteral("audra"), QStringLiteral("auditor")}});
        kaznu = institutionId(QStringLiteral("Al-Farabi Kazakh National University"));
        ektu = institutionId(QStringLiteral("D. Serikbayev EKTU"));
    }

    static inline QString kaznu;
    static inline QString ektu;
};

TEST_F(SyncUiTest, SignInEditOfflineSyncAndSeeTheOtherOfficesEdit)
{
    Desk almaty, oskemen;
    // A new office's empty store asks for the sign-in by itself.
    EXPECT_TRUE(
        waitFor([&] { return almaty.window->findChild<SignInDialog *>() != nullptr; }, 2000));
    EXPECT_FALSE(almaty.window->sync().status()->signInButton()->isHidden());

    ASSERT_TRUE(almaty.signIn(server->url(), QStringLiteral("anna")));
    EXPECT_TRUE(almaty.window->sync().status()->signInButton()->isHidden());
    EXPECT_EQ(almaty.sync().account().role, SyncAccount::Role::Officer);
    EXPECT_EQ(RecordType::homeInstitution(*almaty.store).toString(), kaznu)
        << "an officer's new records belong to their institution";
    EXPECT_EQ(almaty.store->count(QStringLiteral("institution")), 2) << "the catalogue came";
    EXPECT_GT(almaty.task().lastSyncMs(), 0);

    // Offline: the server is gone, the edit is kept and counted.
    server->stop();
    const Uuid id = almaty.addPerson(QStringLiteral("Кенжебаева"));
    QCoreApplication::processEvents();
    SyncStatus *status = almaty.window->sync().status();
    EXPECT_FALSE(status->pendingLabel()->isHidden());
    EXPECT_TRUE(status->pendingLabel()->text().contains(u'1'))
        << status->pendingLabel()->text().toStdString();
    EXPECT_FALSE(almaty.syncNow());
    EXPECT_TRUE(almaty.task().isResumeScheduled()) << "it tries again by itself";
    EXPECT_FALSE(status->stateLabel()->toolTip().isEmpty()) << "the failure is explained";

    // The link is back: the resumed sync sends the edit without anyone pressing anything.
    ASSERT_TRUE(server->start()) << server->error().toStdString();
    ASSERT_TRUE(waitFor([&] { return almaty.lastOk && almaty.sync().pendingChanges() == 0; }))
        << almaty.lastMessage.toStdString();
    EXPECT_TRUE(status->pendingLabel()->isHidden());

    // A signed-in store stays with its server.
    SignInDialog *again = almaty.window->sync().showSignIn();
    EXPECT_EQ(again->serverField()->text(), server->url().toString()) << "remembered";
    EXPECT_EQ(again->userField()->text(), u"anna");
    again->serverField()->setText(QStringLiteral("http://127.0.0.1:1"));
    again->passwordField()->setText(password);
    ASSERT_TRUE(again->submit());
    EXPECT_TRUE(waitFor([&] { return !again->problemLabel()->isHidden(); }, 2000));
    again->reject();

    ASSERT_TRUE(oskemen.signIn(server->url(), QStringLiteral("coord")));
    EXPECT_EQ(oskemen.family(id), u"Кенжебаева");
    EXPECT_NE(oskemen.selectPerson(id), nullptr) << "the list shows the other office's record";

    // An edit made at the other office arrives here, with a notice.
    oskemen.rename(id, QStringLiteral("Kenzhebayeva"));
    ASSERT_TRUE(oskemen.syncNow());
    ASSERT_TRUE(almaty.syncNow());
    EXPECT_EQ(almaty.family(id), u"Kenzhebayeva");
    EXPECT_EQ(almaty.task().lastStats().pulled, 1);
    EXPECT_EQ(almaty.window->statusBar()->currentMessage(),
        SyncController::tr("%n change(s) arrived from other offices.", nullptr, 1));
}

TEST_F(SyncUiTest, AConflictIsShownWithBothValuesAndRestoringTheLostValueSyncs)
{
    Desk almaty, coordinator;
    ASSERT_TRUE(almaty.signIn(server->url(), QStringLiteral("anna")));
    ASSERT_TRUE(coordinator.signIn(server->url(), QStringLiteral("coord")));
    const Uuid id = almaty.addPerson(QStringLiteral("Сейтқали"));
    ASSERT_TRUE(almaty.syncNow());
    ASSERT_TRUE(coordinator.syncNow());
    ASSERT_EQ(coordinator.family(id), u"Сейтқали");

    // Both change the name offline; the coordinator's later edit stands.
    almaty.rename(id, QStringLiteral("Seitkali"));
    coordinator.store.clock().advanceMs(60'000);
    coordinator.rename(id, QStringLiteral("Сейтқали-Омарова"));
    ASSERT_TRUE(almaty.syncNow());
    ASSERT_TRUE(coordinator.syncNow());
    ASSERT_TRUE(almaty.syncNow());
    EXPECT_EQ(almaty.family(id), u"Сейтқали-Омарова");

    // For looking at the conflicts page in each language (edufusion-screenshots --module
    // conflicts).
    if (const QString keep = qEnvironmentVariable("EF_KEEP_CONFLICT_STORE"); !keep.isEmpty()) {
        QFile::remove(keep);
        Statement copy = almaty.store->db().prepare(QStringLiteral("VACUUM INTO ?"));
        copy.bind(1, keep);
        EXPECT_TRUE(copy.exec());
    }

    almaty.window->showModule(QStringLiteral("conflicts"));
    ConflictsPage *page = almaty.window->sync().conflictsPage();
    QAbstractItemModelTester tester(
        page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(page->model()->rowCount(), 1);
    QTreeWidget *nav = almaty.window->findChild<QTreeWidget *>();
    ASSERT_NE(nav, nullptr);
    const QString badge = navigationText(nav, QStringLiteral("conflicts"));
    EXPECT_TRUE(badge.contains(QStringLiteral("(1)"))) << badge.toStdString();
    const ConflictListModel *model = page->model();
    EXPECT_EQ(model->index(0, ConflictListModel::Lost).data().toString(), u"Seitkali");
    EXPECT_EQ(model->index(0, ConflictListModel::Kept).data().toString(), u"Сейтқали-Омарова");
    EXPECT_TRUE(model->index(0, ConflictListModel::Record).data().toString().contains(u"Сейтқали"));
    EXPECT_FALSE(model->index(0, ConflictListModel::When).data().toString().isEmpty());
    EXPECT_FALSE(model->index(0, ConflictListModel::Source).data().toString().isEmpty());

    page->view()->setCurrentIndex(page->model()->index(0, 0));
    EXPECT_TRUE(page->detailLabel()->text().contains(u"Seitkali"));
    ASSERT_TRUE(page->restoreButton()->isEnabled())
        << page->restoreButton()->toolTip().toStdString();
    page->restoreButton()->click();
    EXPECT_TRUE(Dialogs::takeWarnings().isEmpty());
    EXPECT_EQ(almaty.family(id), u"Seitkali");
    EXPECT_EQ(page->model()->rowCount(), 0);
    // Undoable like any edit.
    almaty.window->undoStack().undo();
    EXPECT_EQ(almaty.family(id), u"Сейтқали-Омарова");
    almaty.window->undoStack().redo();
    EXPECT_EQ(almaty.family(id), u"Seitkali");
    const QString noBadge = navigationText(nav, QStringLiteral("conflicts"));
    ASSERT_FALSE(noBadge.isNull()) << "the conflicts entry stays";
    EXPECT_FALSE(noBadge.contains(u'(')) << "the badge is gone";

    ASSERT_TRUE(almaty.syncNow());
    ASSERT_TRUE(coordinator.syncNow());
    EXPECT_EQ(coordinator.family(id), u"Seitkali") << "the restored value synced";

    // The coordinator dismisses their copy of the conflict record.
    coordinator.window->showModule(QStringLiteral("conflicts"));
    ConflictsPage *other = coordinator.window->sync().conflictsPage();
    ASSERT_GE(other->model()->rowCount(), 1);
    other->view()->setCurrentIndex(other->model()->index(0, 0));
    const int before = other->model()->rowCount();
    other->dismissButton()->click();
    EXPECT_EQ(other->model()->rowCount(), before - 1);
    EXPECT_EQ(coordinator.family(id), u"Seitkali");
}

TEST_F(SyncUiTest, AnAuditorCannotEditAndAnOfficerOnlyTheirOwnRecords)
{
    Desk coordinator, auditor, almaty;
    ASSERT_TRUE(coordinator.signIn(server->url(), QStringLiteral("coord")));
    const Uuid ektuPerson
        = coordinator.addPerson(QStringLiteral("Ektu Person"), *Uuid::fromString(ektu));
    ASSERT_TRUE(coordinator.syncNow());
    ASSERT_TRUE(auditor.signIn(server->url(), QStringLiteral("audra")));
    ASSERT_TRUE(almaty.signIn(server->url(), QStringLiteral("anna")));

    // The auditor: every edit control is disabled with the reason.
    ListPage *people = auditor.selectPerson(ektuPerson);
    ASSERT_NE(people, nullptr);
    for (const QString &name :
        {ListPage::tr("New record"), ListPage::tr("Delete the selected record")}) {
        QPushButton *b = button(people, name);
        ASSERT_NE(b, nullptr) << name.toStdString();
        EXPECT_FALSE(b->isEnabled()) << name.toStdString();
        EXPECT_FALSE(b->toolTip().isEmpty());
    }
    QPushButton *openButton = button(people, ListPage::tr("Open the selected record"));
    ASSERT_NE(openButton, nullptr);
    EXPECT_TRUE(openButton->isEnabled()) << "reading stays possible";
    RecordDialog *opened = nullptr;
    QObject::connect(&auditor.window->editing(), &RecordEditing::dialogOpened,
        [&](RecordDialog *d) { opened = d; });
    people->openCurrent();
    ASSERT_NE(opened, nullptr);
    EXPECT_FALSE(opened->readOnlyReason().isEmpty());
    EXPECT_FALSE(opened->form()->isEnabled());
    QPushButton *save = opened->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    EXPECT_FALSE(save->isEnabled());
    EXPECT_EQ(save->toolTip(), opened->readOnlyReason());
    {
        MarkingTranslator translator; // the reason follows a change of language
        QCoreApplication::installTranslator(&translator);
        QCoreApplication::processEvents();
        EXPECT_TRUE(opened->readOnlyReason().startsWith(u'⟦'))
            << opened->readOnlyReason().toStdString();
        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::processEvents();
    }
    EXPECT_EQ(auditor.window->editing().create(QStringLiteral("person"), {}, auditor.window.get()),
        nullptr);
    EXPECT_FALSE(Dialogs::takeWarnings().isEmpty()) << "refused with the reason";

    // A change that reaches the server anyway (written past the window) is refused there and
    // shown for review; the local value stays.
    auditor.rename(ektuPerson, QStringLiteral("Changed by the auditor"));
    ASSERT_TRUE(auditor.syncNow());
    EXPECT_EQ(auditor.family(ektuPerson), u"Changed by the auditor");
    ConflictsPage *page = auditor.window->sync().conflictsPage();
    int rejected = -1; // the auditor also sees the other offices' conflicts
    for (int row = 0; row < page->model()->rowCount(); ++row)
        if (page->model()->issue(row).kind == u"rejected") {
            EXPECT_EQ(rejected, -1) << "one refusal";
            rejected = row;
        }
    ASSERT_GE(rejected, 0);
    EXPECT_EQ(page->model()->issue(rejected).row, ektuPerson);
    page->view()->setCurrentIndex(page->model()->index(rejected, 0));
    EXPECT_FALSE(page->restoreButton()->isEnabled());
    EXPECT_FALSE(page->restoreButton()->toolTip().isEmpty());

    // The officer: another institution's person and the shared catalogue are read only; their
    // own institution's records are not.
    ListPage *list = almaty.selectPerson(ektuPerson);
    ASSERT_NE(list, nullptr);
    EXPECT_FALSE(
        almaty.window->editing().whyReadOnly(QStringLiteral("person"), ektuPerson).isEmpty());
    QPushButton *remove = button(list, ListPage::tr("Delete the selected record"));
    ASSERT_NE(remove, nullptr);
    EXPECT_FALSE(remove->isEnabled());
    const Uuid own = almaty.addPerson(QStringLiteral("Own Person"));
    EXPECT_TRUE(almaty.window->editing().whyReadOnly(QStringLiteral("person"), own).isEmpty());
    EXPECT_TRUE(almaty.window->editing().whyNoCreate(QStringLiteral("person")).isEmpty());
    EXPECT_FALSE(almaty.window->editing().whyNoCreate(QStringLiteral("course")).isEmpty());
    EXPECT_FALSE(almaty.window->editing()
                     .whyReadOnly(QStringLiteral("institution"), *Uuid::fromString(kaznu))
                     .isEmpty());
}

TEST_F(SyncUiTest, ALinkDroppedDuringASyncRecoversByItself)
{
    FaultProxy proxy(QHostAddress::LocalHost, server->port());
    ASSERT_TRUE(proxy.listen());
    const QUrl via(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
    Desk office;
    ASSERT_TRUE(office.signIn(via, QStringLiteral("coord")));
    auto r = office.store->transact([&]() -> Result<void, StoreError> {
        for (int i = 0; i < 40; ++i)
            office.addPerson(QStringLiteral("Dropped %1").arg(i), *Uuid::fromString(kaznu));
        return {};
    });
    ASSERT_TRUE(r);

    // Dropped in the middle of the answer: the client's retry is answered the same.
    proxy.addFault(FaultProxy::Fault::dropAfterResponseBytes(80));
    ASSERT_TRUE(office.syncNow());
    EXPECT_EQ(office.sync().pendingChanges(), 0);
    EXPECT_EQ(proxy.connectionsDropped(), 1);

    // Down for longer than the client's retries: the run fails, the app tries again later.
    for (int i = 0; i < 3; ++i)
        office.addPerson(QStringLiteral("Later %1").arg(i), *Uuid::fromString(kaznu));
    proxy.refuseConnections();
    EXPECT_FALSE(office.syncNow());
    EXPECT_TRUE(office.task().isResumeScheduled());
    ASSERT_TRUE(proxy.resumeConnections());
    ASSERT_TRUE(waitFor([&] { return office.lastOk && office.sync().pendingChanges() == 0; }))
        << office.lastMessage.toStdString();
    SyncStatus *status = office.window->sync().status();
    EXPECT_TRUE(status->stateLabel()->toolTip().contains(u"coord")) << "no failure shown any more";
}

TEST_F(SyncUiTest, TheFirstSyncShowsProgressAndCanBeCancelled)
{
    Desk coordinator;
    ASSERT_TRUE(coordinator.signIn(server->url(), QStringLiteral("coord")));
    auto r = coordinator.store->transact([&]() -> Result<void, StoreError> {
        for (int i = 0; i < 300; ++i)
            coordinator.addPerson(QStringLiteral("Catalogue %1").arg(i), *Uuid::fromString(kaznu));
        return {};
    });
    ASSERT_TRUE(r);
    ASSERT_TRUE(coordinator.syncNow());

    Desk newOffice;
    SyncTask::Options paged = newOffice.task().options();
    paged.client.pullPage = 50; // many pages, so the progress moves
    newOffice.task().setOptions(paged);
    TaskProgress *progress = newOffice.window->sync().status()->progress();
    QStringList texts;
    QObject::connect(
        &newOffice.task(), &Task::progressChanged, [&](qint64, qint64, const QString &text) {
            texts << text;
            EXPECT_FALSE(progress->isHidden());
            EXPECT_TRUE(progress->cancelButton()->isEnabled());
        });
    // The window stays usable: the event loop is never held for long while pages apply.
    QElapsedTimer sinceTick;
    qint64 longestStallMs = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        if (sinceTick.isValid())
            longestStallMs = std::max(longestStallMs, sinceTick.elapsed());
        sinceTick.restart();
    });
    ticker.start(5);
    ASSERT_TRUE(newOffice.signIn(server->url(), QStringLiteral("audra")));
    ticker.stop();
    std::cout << "first sync of " << newOffice.store->count(QStringLiteral("person"))
              << " people in pages of 50: the event loop was held at most " << longestStallMs
              << " ms\n";
    EXPECT_LT(longestStallMs, 1000);
    EXPECT_GE(texts.size(), 6) << "a page at a time";
    EXPECT_TRUE(progress->isHidden()) << "gone once done";
    EXPECT_GE(newOffice.store->count(QStringLiteral("person")), 300);

    // Cancelling keeps what came: a later run goes on from there.
    Desk third;
    third.task().setOptions(paged);
    bool cancelled = false;
    int pages = 0;
    QObject::connect(&third.task(), &Task::progressChanged, [&](qint64, qint64, const QString &) {
        if (++pages >= 3 && !cancelled) {
            cancelled = true;
            third.window->sync().status()->progress()->cancelButton()->click();
        }
    });
    ASSERT_FALSE(third.signIn(server->url(), QStringLiteral("audra")));
    EXPECT_TRUE(third.lastMessage.isEmpty()) << "a cancel is not a failure to explain";
    EXPECT_FALSE(third.task().isResumeScheduled());
    const qint64 partial = third.store->count(QStringLiteral("person"));
    EXPECT_GT(partial, 0);
    ASSERT_TRUE(third.syncNow());
    EXPECT_GE(third.store->count(QStringLiteral("person")), 300);

    // The window closed in the middle of a sync: it stops, and what came stays.
    Desk closing;
    closing.task().setOptions(paged);
    int closingPages = 0;
    QObject::connect(&closing.task(), &Task::progressChanged, [&](qint64, qint64, const QString &) {
        if (++closingPages == 3) // as a close from the event loop, a request in flight
            QTimer::singleShot(0, [&] { closing.window.reset(); });
    });
    closing.window->sync().showSignIn()->reject();
    Dialogs::setNextAnswer(QMessageBox::No);
    closing.sync().signIn(server->url(), QStringLiteral("audra"), password);
    ASSERT_TRUE(waitFor([&] { return !closing.window; }));
    QTest::qWait(100);
    EXPECT_GT(closing.store->count(QStringLiteral("person")), 0);
}

} // namespace
} // namespace ef::test

namespace ef::test {
namespace {

TEST_F(SyncUiTest, TheSignInDialogChecksWhatWasTypedBeforeAskingTheServer)
{
    Desk office;
    SignInDialog *d = office.window->sync().showSignIn();
    const auto refused = [&](const QString &server, const QString &user, const QString &pass) {
        d->serverField()->setText(server);
        d->userField()->setText(user);
        d->passwordField()->setText(pass);
        return !d->submit() && !d->problemLabel()->isHidden()
            && !d->problemLabel()->text().isEmpty();
    };
    EXPECT_TRUE(refused(QString(), QStringLiteral("anna"), password));
    EXPECT_TRUE(
        refused(QStringLiteral("ftp://files.example.kz"), QStringLiteral("anna"), password));
    EXPECT_TRUE(refused(QStringLiteral("https://"), QStringLiteral("anna"), password));
    EXPECT_TRUE(refused(server->url().toString(), QStringLiteral("  "), password));
    EXPECT_TRUE(refused(server->url().toString(), QStringLiteral("anna"), QString()));
    EXPECT_FALSE(office.sync().account().isKnown()) << "nothing was asked or remembered";

    // A wrong password: the server's answer is shown, what was typed stays.
    d->passwordField()->setText(QStringLiteral("not the password"));
    ASSERT_TRUE(d->submit());
    ASSERT_TRUE(waitFor([&] { return !d->problemLabel()->isHidden(); }));
    EXPECT_EQ(d->problemLabel()->text(), SyncTask::tr("Wrong user name or password."));
    EXPECT_EQ(d->userField()->text(), u"anna");
    EXPECT_FALSE(office.sync().hasToken());
}

TEST_F(SyncUiTest, APasswordGoesOverHttpToAnotherComputerOnlyAfterAWarning)
{
    EXPECT_FALSE(SignInDialog::sendsInClearText(QUrl(QStringLiteral("https://sync.edufusion.kz"))));
    for (const char *local :
        {"http://localhost:8443", "http://127.0.0.1:8443", "http://[::1]:8443"})
        EXPECT_FALSE(SignInDialog::sendsInClearText(QUrl(QString::fromLatin1(local)))) << local;
    for (const char *remote : {"http://sync.edufusion.kz", "http://10.0.0.5:8443"})
        EXPECT_TRUE(SignInDialog::sendsInClearText(QUrl(QString::fromLatin1(remote)))) << remote;

    Desk office;
    SignInDialog *d = office.window->sync().showSignIn();
    d->serverField()->setText(QStringLiteral("http://sync.edufusion.kz"));
    d->userField()->setText(QStringLiteral("anna"));
    d->passwordField()->setText(password);
    Dialogs::setNextAnswer(QMessageBox::No);
    EXPECT_FALSE(d->submit()) << "not sent without a yes";
    EXPECT_FALSE(d->problemLabel()->isHidden());
    EXPECT_TRUE(d->problemLabel()->text().contains(u"https://"));
    EXPECT_FALSE(office.sync().account().isKnown()) << "nothing was asked of the server";

    // To this computer over http:// (the tests' own server) nothing is asked.
    d->serverField()->setText(server->url().toString());
    EXPECT_TRUE(d->submit());
}

TEST_F(SyncUiTest, TheSyncIntervalIsASettingAndZeroMeansOnlyOnDemand)
{
    int before = 0;
    {
        Desk office;
        before = office.sync().intervalMinutes();
        SyncSettingsDialog *d = office.window->sync().showSettings();
        EXPECT_EQ(d->intervalField()->value(), before);
        d->intervalField()->setValue(0);
        d->apply();
        EXPECT_EQ(office.sync().intervalMinutes(), 0);
        EXPECT_FALSE(d->intervalField()->specialValueText().isEmpty()) << "0 reads as on demand";
    }
    Desk later;
    EXPECT_EQ(later.sync().intervalMinutes(), 0) << "kept for the next start";
    later.sync().setIntervalMinutes(SyncController::MaxIntervalMinutes + 1);
    EXPECT_EQ(later.sync().intervalMinutes(), SyncController::MaxIntervalMinutes);
    later.sync().setIntervalMinutes(before > 0 ? before : SyncController::DefaultIntervalMinutes);
}

} // namespace
} // namespace ef::test

namespace ef::test {
namespace {

TEST_F(SyncUiTest, EverySyncScreenFollowsAChangeOfLanguageAtRunTime)
{
    Desk office;
    SyncUi &sync = office.window->sync();
    SignInDialog *signIn = sync.showSignIn();
    SyncSettingsDialog *settings = sync.showSettings();
    const auto marked = [](const QString &text) { return text.startsWith(u'⟦'); };
    ASSERT_FALSE(marked(signIn->windowTitle()));

    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator); // sends LanguageChange to every widget
    QCoreApplication::processEvents();
    EXPECT_TRUE(marked(signIn->windowTitle())) << signIn->windowTitle().toStdString();
    EXPECT_TRUE(marked(settings->windowTitle()));
    EXPECT_TRUE(marked(sync.syncAction()->text()));
    EXPECT_TRUE(marked(sync.status()->signInButton()->text()));
    EXPECT_TRUE(marked(sync.status()->stateLabel()->text()));
    EXPECT_TRUE(marked(sync.status()->progress()->cancelButton()->text()));
    EXPECT_TRUE(marked(sync.conflictsPage()->restoreButton()->text()));
    EXPECT_TRUE(marked(
        sync.conflictsPage()->model()->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString()));

    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::processEvents();
    EXPECT_FALSE(marked(signIn->windowTitle()));
    EXPECT_FALSE(marked(sync.syncAction()->text()));
    EXPECT_FALSE(marked(sync.conflictsPage()->restoreButton()->text()));
}

} // namespace
} // namespace ef::test

namespace ef::test {
namespace {

TEST_F(SyncUiTest, TheTokenIsKeptInTheDataFileOnlyWhenTheUserAgrees)
{
    TempStore store;
    {
        MainWindow window(*store);
        SyncController &sync = window.sync().controller();
        Dialogs::setNextAnswer(QMessageBox::No);
        SignInDialog *d = window.sync().showSignIn();
        d->serverField()->setText(server->url().toString());
        d->userField()->setText(QStringLiteral("coord"));
        d->passwordField()->setText(password);
        ASSERT_TRUE(d->submit());
        ASSERT_TRUE(waitFor([&] { return sync.hasToken(); }));
        // Either the keychain took it, or the user said no: nothing in the file either way.
        EXPECT_TRUE(store->meta(QStringLiteral("sync.token")).toString().isEmpty());
    }
    {
        MainWindow window(*store);
        QCoreApplication::processEvents();
        if (window.sync().controller().hasToken())
            GTEST_SKIP() << "this machine has a keychain service; the question was not asked";
        EXPECT_FALSE(window.sync().status()->signInButton()->isHidden())
            << "said no: sign in again at the next start";
        EXPECT_TRUE(window.sync().controller().account().isKnown()) << "the server is remembered";

        Dialogs::setNextAnswer(QMessageBox::Yes);
        SignInDialog *d = window.sync().showSignIn();
        EXPECT_EQ(d->userField()->text(), u"coord");
        d->passwordField()->setText(password);
        ASSERT_TRUE(d->submit());
        ASSERT_TRUE(waitFor([&] { return window.sync().controller().hasToken(); }));
        EXPECT_FALSE(store->meta(QStringLiteral("sync.token")).toString().isEmpty());
    }
    MainWindow window(*store);
    EXPECT_TRUE(window.sync().controller().hasToken()) << "said yes: kept in the file";
    window.sync().controller().signOut();
    EXPECT_TRUE(store->meta(QStringLiteral("sync.token")).toString().isEmpty());
    EXPECT_FALSE(window.sync().controller().hasToken());
}

TEST_F(SyncUiTest, ARevokedSignInAsksToSignInAgainAndKeepsTheWork)
{
    ASSERT_TRUE(
        server->addUser(QStringLiteral("olga"), QStringLiteral("officer"), password, kaznu));
    Desk office;
    ASSERT_TRUE(office.signIn(server->url(), QStringLiteral("olga")));
    // A new password revokes every token of the user.
    ASSERT_FALSE(
        server
            ->admin({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("olga")},
                QStringLiteral("another long password"))
            .isNull());
    office.window->sync().showSignIn()->reject(); // no sign-in dialog open before
    QCoreApplication::processEvents();
    const Uuid id = office.addPerson(QStringLiteral("Kept"));
    EXPECT_FALSE(office.syncNow());
    EXPECT_FALSE(office.sync().hasToken());
    EXPECT_FALSE(office.task().isResumeScheduled()) << "no retrying without a sign-in";
    SignInDialog *d = office.window->findChild<SignInDialog *>();
    ASSERT_NE(d, nullptr) << "asked, since the sync was asked for";
    EXPECT_TRUE(d->isVisible());
    EXPECT_FALSE(office.window->sync().status()->signInButton()->isHidden());
    EXPECT_EQ(office.family(id), u"Kept");
    EXPECT_EQ(office.sync().pendingChanges(), 1);
}

} // namespace
} // namespace ef::test
