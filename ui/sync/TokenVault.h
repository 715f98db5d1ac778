// Keeps sign-in tokens in the operating system's keychain (Windows Credential Manager, macOS
// Keychain, the Secret Service on Linux) through QtKeychain, under the service "EduFusion Desk"
// and a key per server and user. Every call is asynchronous; its answer comes to a callback.
#pragma once

#include <QObject>
#include <QUrl>
#include <functional>

namespace ef {

class TokenVault : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Ok,
        NotFound, // nothing kept under this key
        NoBackend, // this system has no keychain service
        Failed, // the keychain refused (the user denied access, or another error)
    };
    using ReadDone = std::function<void(Outcome, const QString &token, const QString &message)>;
    using WriteDone = std::function<void(Outcome, const QString &message)>;

    explicit TokenVault(QObject *parent = nullptr);

    void read(const QString &key, ReadDone done);
    void write(const QString &key, const QString &token, WriteDone done);
    void remove(const QString &key, WriteDone done = {});

    static QString service() { return QStringLiteral("EduFusion Desk"); }
    static QString keyFor(const QUrl &server, const QString &user);
};

} // namespace ef
