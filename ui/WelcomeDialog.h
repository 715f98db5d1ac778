// The first screen of a new installation: open the demo data to look around, start an empty
// data file for one's own institution, or open a data file that already exists.
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace ef {

struct Institution;

class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { None, Demo, Empty, OpenFile, SignIn };

    explicit WelcomeDialog(QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QString fileToOpen() const { return m_file; }
    // For Choice::Empty: the institution this office works for, as entered (no id yet).
    Institution institution() const;

    // Pressing the buttons (also what the tests do).
    void chooseDemo();
    void chooseEmpty();
    bool confirmEmpty(); // false, with the problem shown, when the institution is not valid
    void chooseFile();
    void chooseSignIn(); // an office of the consortium: its data comes from the server
    QLineEdit *nameField() const { return m_name; }
    QLabel *problemLabel() const { return m_problem; }

private:
    Choice m_choice = Choice::None;
    QString m_file;
    QStackedWidget *m_pages;
    QLineEdit *m_name;
    QLineEdit *m_shortName;
    QComboBox *m_kind;
    QLineEdit *m_country;
    QLabel *m_problem;
};

} // namespace ef
