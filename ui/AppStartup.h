// What happens between main() and the main window: the language, the store (made with the demo
// data on first run), and clear messages when the store cannot be opened.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace ef {

class Store;

class AppStartup
{
    Q_DECLARE_TR_FUNCTIONS(AppStartup)

public:
    // Installs the translations of the app and of Qt for "kk", "ru" or "en"; an empty language
    // follows the system locale, else English. Returns the language chosen.
    static QString installTranslations(const QString &language = {});

    // Opens the store at path, asking the user when the folder is risky; creates it with the demo
    // data when the file does not exist yet. Shows the error and returns null when it cannot.
    static std::unique_ptr<Store> openStore(const QString &path);
};

} // namespace ef
