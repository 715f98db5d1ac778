// The Verify screen: a certificate checked offline from a PDF, a scan or a phone photo (opened
// or dropped on the page), from the QR code's text pasted, or from a number typed by hand
// (looked up in the local register). Shows the verdict — valid, tampered, revoked, superseded,
// expired, unknown issuer, not a certificate — and the holder's data as the QR code states it.
#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ef {

class Store;

class VerifyPage : public QWidget
{
    Q_OBJECT

public:
    explicit VerifyPage(Store &store, QWidget *parent = nullptr);

    QPlainTextEdit *inputField() const { return m_input; }
    QLabel *verdictLabel() const { return m_verdict; }
    QLabel *explanationLabel() const { return m_explanation; }
    // The holder's data shown, by row label, for tests.
    QString shown(int row) const;
    int shownRows() const;

    // Verifies what the field holds (a path, a QR code's text or a number).
    void verifyInput();
    // Opens a file picker, then verifies the file chosen.
    void openFile();
    void verifyFile(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslateUi();
    void verify(const QString &input);
    void showAnswer();

    Store &m_store;
    QLabel *m_title;
    QLabel *m_intro;
    QPlainTextEdit *m_input;
    QPushButton *m_open;
    QPushButton *m_check;
    QLabel *m_verdict;
    QLabel *m_explanation;
    QWidget *m_details;
    QFormLayout *m_form;
    QString m_lastInput;
};

} // namespace ef
