#include "LanguageMenu.h"

#include "Language.h"

#include <QActionGroup>
#include <QEvent>

namespace ef {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    for (const QString &language : Language::all()) {
        QAction *a = addAction(Language::nativeName(language));
        a->setCheckable(true);
        a->setData(language);
        a->setObjectName(QStringLiteral("language_") + language);
        m_group->addAction(a);
    }
    connect(m_group, &QActionGroup::triggered, this,
        [](QAction *a) { Language::choose(a->data().toString()); });
    retranslateUi();
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslateUi()
{
    setTitle(tr("&Language"));
    for (QAction *a : m_group->actions())
        a->setChecked(a->data().toString() == Language::current());
}

} // namespace ef
