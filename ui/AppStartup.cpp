#include "AppStartup.h"

#include "Dialogs.h"
#include "WelcomeDialog.h"
#include "demo/DemoData.h"
#include "institutions/Institution.h"
#include "records/RecordType.h"
#include "store/Store.h"
#include "store/StoreLocation.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>

namespace ef {

std::unique_ptr<Store> AppStartup::openStore(const QString &path)
{
    Store::Options options;
    auto opened = Store::open(path, options);
    if (!opened && opened.error().kind == StoreError::Kind::UnsafeLocation) {
        const auto answer = Dialogs::ask(nullptr, tr("EduFusion Desk"),
            opened.error().message + QStringLiteral("\n\n") + tr("Open it anyway?"),
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Open)
            return nullptr;
        options.allowUnsafeLocation = true;
        opened = Store::open(path, options);
    }
    if (!opened) {
        Dialogs::warn(nullptr, tr("EduFusion Desk"), opened.error().message);
        return nullptr;
    }
    return std::move(*opened);
}

std::unique_ptr<Store> AppStartup::start(const QString &path, WhenMissing whenMissing)
{
    if (QFileInfo::exists(path))
        return openStore(path);
    WelcomeDialog welcome;
    if (whenMissing == WhenMissing::Demo)
        welcome.chooseDemo();
    else
        welcome.exec();
    switch (welcome.choice()) {
    case WelcomeDialog::Choice::None:
        return nullptr;
    case WelcomeDialog::Choice::OpenFile: {
        auto store = openStore(welcome.fileToOpen());
        if (store)
            rememberStore(welcome.fileToOpen());
        return store;
    }
    case WelcomeDialog::Choice::SignIn:
        // An empty file: the main window asks for the sign-in, and the first sync fills it.
        return openStore(path);
    case WelcomeDialog::Choice::Demo: {
        auto store = openStore(path);
        if (!store)
            return nullptr;
        if (auto r = DemoData::create(*store); !r)
            Dialogs::warn(nullptr, tr("EduFusion Desk"),
                tr("The demo data could not be added: %1").arg(r.error().message));
        return store;
    }
    case WelcomeDialog::Choice::Empty: {
        auto store = openStore(path);
        if (!store)
            return nullptr;
        if (auto r = createHome(*store, welcome); !r) {
            Dialogs::warn(nullptr, tr("EduFusion Desk"), r.error().message);
            return nullptr;
        }
        return store;
    }
    }
    return nullptr;
}

Result<void, StoreError> AppStartup::createHome(Store &store, const WelcomeDialog &welcome)
{
    return store.transact([&]() -> Result<void, StoreError> {
        Institution home = welcome.institution();
        home.id = store.newId();
        home.ownerId = home.id; // an institution with no owner owns itself
        if (auto r = store.insert(home); !r)
            return r;
        return RecordType::setHomeInstitution(store, home.id);
    });
}

QString AppStartup::storePath(const QString &given)
{
    if (!given.isEmpty())
        return given;
    const QString remembered = settings().value(QStringLiteral("store/path")).toString();
    if (!remembered.isEmpty() && QFileInfo::exists(remembered))
        return remembered;
    return StoreLocation::defaultPath();
}

void AppStartup::rememberStore(const QString &path)
{
    settings().setValue(QStringLiteral("store/path"), path);
}

QSettings AppStartup::settings()
{
    return QSettings(QStringLiteral("EduFusion"), QStringLiteral("EduFusion Desk"));
}

} // namespace ef
