#include "SignInDialog.h"

#include "Dialogs.h"
#include "SyncController.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ef {

SignInDialog::SignInDialog(SyncController &sync, QWidget *parent)
    : QDialog(parent)
    , m_sync(sync)
    , m_intro(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_serverLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_server(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("signInDialog"));
    auto *form = new QFormLayout(this);
    m_intro->setWordWrap(true);
    form->addRow(m_intro);
    m_reason->setWordWrap(true);
    m_reason->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_reason->hide();
    form->addRow(m_reason);
    m_server->setPlaceholderText(QStringLiteral("https://sync.edufusion.kz"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    form->addRow(m_problem);
    form->addRow(m_buttons);

    const SyncAccount account = sync.account();
    if (account.isKnown()) {
        m_server->setText(account.server.toString());
        m_user->setText(account.user);
        m_password->setFocus();
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&sync, &SyncController::signInFailed, this, [this](const QString &message) {
        setBusy(false);
        showProblem(message);
        m_password->selectAll();
        m_password->setFocus();
    });
    connect(&sync, &SyncController::signedIn, this, [this] {
        setBusy(false);
        accept();
    });
    retranslateUi();
    resize(520, sizeHint().height());
}

void SignInDialog::setReason(const QString &why)
{
    m_reason->setText(why);
    m_reason->setVisible(!why.isEmpty());
}

bool SignInDialog::submit()
{
    if (m_busy)
        return false;
    QString text = m_server->text().trimmed();
    if (!text.isEmpty() && !text.contains(QStringLiteral("://")))
        text.prepend(QStringLiteral("https://"));
    const QUrl server(text, QUrl::StrictMode);
    if (text.isEmpty()) {
        showProblem(tr("Enter the server's address, for example https://sync.edufusion.kz."));
        m_server->setFocus();
        return false;
    }
    if (!server.isValid() || server.host().isEmpty()
        || (server.scheme() != u"https" && server.scheme() != u"http")) {
        showProblem(tr("“%1” is not a server address: write it as https://name or "
                       "https://name:port.")
                        .arg(m_server->text().trimmed()));
        m_server->setFocus();
        return false;
    }
    if (m_user->text().trimmed().isEmpty()) {
        showProblem(tr("Enter your user name."));
        m_user->setFocus();
        return false;
    }
    if (m_password->text().isEmpty()) {
        showProblem(tr("Enter your password."));
        m_password->setFocus();
        return false;
    }
    if (sendsInClearText(server)) {
        const auto answer = Dialogs::ask(this, tr("Send the password unencrypted?"),
            tr("%1 is an http:// address: your password and the data would cross the network "
               "unencrypted, readable by anyone on the way. Use the server's https:// address "
               "if it has one.\n\nSend the password unencrypted anyway?")
                .arg(server.host()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            showProblem(tr("Not signed in: write the server's https:// address."));
            m_server->setFocus();
            return false;
        }
    }
    m_problem->hide();
    setBusy(true);
    m_sync.signIn(server, m_user->text().trimmed(), m_password->text());
    return true;
}

bool SignInDialog::sendsInClearText(const QUrl &server)
{
    if (server.scheme() != u"http")
        return false;
    // This computer itself: nothing crosses a network.
    if (server.host().compare(u"localhost", Qt::CaseInsensitive) == 0)
        return false;
    const QHostAddress address(server.host());
    return address.isNull() || !address.isLoopback();
}

void SignInDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    for (QLineEdit *e : {m_server, m_user, m_password})
        e->setReadOnly(busy);
    m_intro->setText(busy ? tr("Signing in…")
                          : tr("Sign in with the account the consortium's "
                               "coordinator gave you. You can always keep "
                               "working offline; the sync runs when the "
                               "server can be reached."));
}

void SignInDialog::retranslateUi()
{
    setWindowTitle(tr("Sign in to the sync server"));
    m_serverLabel->setText(tr("Server &address"));
    m_userLabel->setText(tr("&User"));
    m_passwordLabel->setText(tr("&Password"));
    m_serverLabel->setBuddy(m_server);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    m_server->setAccessibleName(tr("Server address"));
    m_user->setAccessibleName(tr("User"));
    m_password->setAccessibleName(tr("Password"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Work offline"));
    setBusy(m_busy);
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace ef
