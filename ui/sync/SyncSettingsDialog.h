// The sync settings: which server and user this data file syncs with and as what role, signing
// in or out, and how often the background sync runs.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace ef {

class SyncController;

class SyncSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SyncSettingsDialog(SyncController &sync, QWidget *parent = nullptr);

    QSpinBox *intervalField() const { return m_interval; }
    QLabel *accountLabel() const { return m_account; }
    // Keeps the interval; the dialog then closes.
    void apply();

Q_SIGNALS:
    void signInRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showAccount();

    SyncController &m_sync;
    QLabel *m_accountTitle;
    QLabel *m_account;
    QLabel *m_intervalLabel;
    QSpinBox *m_interval;
    QLabel *m_intervalHint;
    QPushButton *m_signIn;
    QPushButton *m_signOut;
    QDialogButtonBox *m_buttons;
};

} // namespace ef
