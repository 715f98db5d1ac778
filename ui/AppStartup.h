// What happens between main() and the main window: the store (made with the demo
// data on first run), and clear messages when the store cannot be opened.
#pragma once

#include "store/StoreError.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <memory>

namespace ef {

class Store;
class WelcomeDialog;

class AppStartup
{
    Q_DECLARE_TR_FUNCTIONS(AppStartup)

public:
    enum class WhenMissing { Ask, Demo };
    // Opens the data file at path; when it does not exist yet, the welcome page asks whether to
    // open the demo data, start an empty file or open another (Demo: the demo data, no question).
    // Returns null when the user gave up or the file cannot be opened (the error was shown).
    static std::unique_ptr<Store> start(const QString &path, WhenMissing whenMissing);
    // Opens an existing store, asking when the folder is risky; shows the error on failure.
    static std::unique_ptr<Store> openStore(const QString &path);
    // The office's own institution in a new empty store, and it becomes the home institution.
    static Result<void, StoreError> createHome(Store &store, const WelcomeDialog &welcome);

    // The data file to open: the one given, else the one last opened, else the default.
    static QString storePath(const QString &given);
    static void rememberStore(const QString &path);
    static QSettings settings();
};

} // namespace ef
