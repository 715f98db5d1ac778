// Signing in to the consortium's sync server: its address, the user and the password. Checks
// what was typed before asking the server, shows why a sign-in failed, and keeps what was typed.
#pragma once

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ef {

class SyncController;

class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(SyncController &sync, QWidget *parent = nullptr);

    QLineEdit *serverField() const { return m_server; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QLabel *problemLabel() const { return m_problem; }
    void setReason(const QString &why);

    // Checks the fields and asks the server; false (with the problem shown) when a field is
    // wrong. The dialog closes itself once the server said yes.
    bool submit();
    // Whether signing in to `server` sends the password unencrypted over a network: http:// to
    // anything but this computer.
    static bool sendsInClearText(const QUrl &server);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showProblem(const QString &text);
    void setBusy(bool busy);

    SyncController &m_sync;
    QLabel *m_intro;
    QLabel *m_reason;
    QLabel *m_serverLabel;
    QLabel *m_userLabel;
    QLabel *m_passwordLabel;
    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace ef
