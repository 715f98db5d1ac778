// The Language menu: Қазақша, Русский, English, one checked; choosing one switches every open
// window at once and is remembered for the next start.
#pragma once

#include <QMenu>

class QActionGroup;

namespace ef {

class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QActionGroup *m_group;
};

} // namespace ef
