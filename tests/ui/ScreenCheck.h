// Looks at a screen as a user would in a language: every visible label, button, group box, tab,
// column header and menu item must be in that language (not the English source left over) and
// must fit its widget (not clipped or elided). Problems are collected with where they were seen.
#pragma once

#include "TsFile.h"
#include "util/Uuid.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTextDocument>
#include <QTreeWidget>

namespace ef::test {

class ScreenCheck
{
public:
    // `language` is "kk" or "ru": the English sources are read from its .ts files.
    explicit ScreenCheck(const QString &language)
    {
        const QString dir = QStringLiteral(EF_SOURCE_DIR "/translations/");
        QStringList files {dir + QStringLiteral("edufusion_%1.ts").arg(language)};
        if (language == u"kk")
            files << dir + QStringLiteral("qtbase_kk.ts");
        for (const QString &file : files)
            for (const TsMessage &m : TsFile::read(file).messages)
                for (const QString &t : m.translations)
                    m_translations[plain(m.source)].insert(plain(t));
    }

    QStringList problems() const { return m_problems; }

    // Every visible widget of `top`, as it is shown now; `where` names the screen.
    void check(QWidget *top, const QString &where)
    {
        QList<QWidget *> widgets = top->findChildren<QWidget *>();
        widgets.prepend(top);
        for (QWidget *w : std::as_const(widgets)) {
            if (!w->isVisible() || !w->window()->isVisible())
                continue;
            if (auto *l = qobject_cast<QLabel *>(w))
                checkLabel(l, where);
            else if (auto *b = qobject_cast<QAbstractButton *>(w))
                checkButton(b, where);
            else if (auto *g = qobject_cast<QGroupBox *>(w))
                checkText(g->title(), where, w,
                    g->fontMetrics().horizontalAdvance(plain(g->title())) > g->width());
            else if (auto *t = qobject_cast<QTabBar *>(w))
                checkTabs(t, where);
            else if (auto *h = qobject_cast<QHeaderView *>(w))
                checkHeader(h, where);
            else if (auto *c = qobject_cast<QComboBox *>(w))
                checkCombo(c, where);
            else if (auto *tree = qobject_cast<QTreeWidget *>(w))
                checkTree(tree, where);
            else if (auto *mb = qobject_cast<QMenuBar *>(w))
                checkMenuBar(mb, where);
            else if (auto *sb = qobject_cast<QAbstractSpinBox *>(w))
                checkSpinBox(sb, where);
            else if (auto *e = qobject_cast<QLineEdit *>(w); e && e->text().isEmpty())
                checkText(e->placeholderText(), where, e, false); // the hint, when it shows
        }
    }

    // Whether `text` is an English source that has another translation in this language.
    bool isEnglishSource(const QString &text) const
    {
        const QString p = plain(text);
        const auto it = m_translations.find(p);
        return it != m_translations.end() && !it->contains(p);
    }

private:
    // Names, codes and numbers that are the same in every language.
    static bool allowed(const QString &text)
    {
        static const QRegularExpression same(QStringLiteral(
            R"(^((EduFusion Desk|EduFusion|Erasmus\+|ECTS|OK|English|Қазақша|Русский|[A-Z0-9]{2,6})?[\d\s.,:;%+\-−–()/*]*)+$)"));
        // A web or e-mail address given as an example of what to type.
        static const QRegularExpression address(
            QStringLiteral(R"(^(https?://\S+|[^\s@]+@[^\s@]+)$)"));
        return same.match(text.trimmed()).hasMatch() || address.match(text.trimmed()).hasMatch();
    }
    static QString plain(QString text)
    {
        text = text.section(u'\t', 0, 0); // a menu item's shortcut
        text.remove(QRegularExpression(QStringLiteral("&(?=[^&])")));
        return text.trimmed();
    }
    static QString visibleText(const QString &text, Qt::TextFormat format)
    {
        if (format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text))) {
            QTextDocument doc;
            doc.setHtml(text);
            return doc.toPlainText();
        }
        return text;
    }

    void report(const QString &where, QWidget *w, const QString &what)
    {
        m_problems << QStringLiteral("%1: %2 %3: %4")
                          .arg(where, QString::fromLatin1(w->metaObject()->className()),
                              w->objectName(), what);
    }

    // In the language (no English source, and some Cyrillic unless a name or code) and fitting.
    void checkText(const QString &raw, const QString &where, QWidget *w, bool clipped)
    {
        const QString text = plain(raw);
        if (text.isEmpty())
            return;
        static const QRegularExpression cyrillic(QStringLiteral("\\p{Cyrillic}"));
        if (allowed(text))
            ; // a name or code, the same in every language
        else if (isEnglishSource(text))
            report(where, w, QStringLiteral("“%1” is still English").arg(text));
        else if (!text.contains(cyrillic))
            report(where, w, QStringLiteral("“%1” is not in the language").arg(text));
        if (clipped)
            report(where, w, QStringLiteral("“%1” is clipped").arg(text));
    }

    void checkLabel(QLabel *l, const QString &where)
    {
        if (l->text().isEmpty() || !l->pixmap().isNull())
            return;
        const QString text = visibleText(l->text(), l->textFormat());
        bool clipped;
        if (l->wordWrap())
            clipped = l->heightForWidth(l->width()) > l->height() + 1;
        else
            clipped = l->fontMetrics().horizontalAdvance(plain(text)) > l->contentsRect().width();
        // Values the user can select (figures, names from the data) are checked for fitting only.
        if (!(l->textInteractionFlags() & Qt::TextSelectableByMouse))
            checkText(text.section(u'\n', 0, 0), where, l, clipped);
        else if (clipped)
            report(where, l, QStringLiteral("“%1” is clipped").arg(text));
    }

    void checkButton(QAbstractButton *b, const QString &where)
    {
        if (b->text().isEmpty() || b->inherits("QTabBar") || b->parentWidget()->inherits("QTabBar"))
            return;
        if (qobject_cast<QCommandLinkButton *>(b)) {
            checkText(b->text(), where, b, b->heightForWidth(b->width()) > b->height() + 1);
            return;
        }
        checkText(b->text(), where, b, b->sizeHint().width() > b->width() + 1);
    }

    void checkTabs(QTabBar *t, const QString &where)
    {
        for (int i = 0; i < t->count(); ++i)
            if (t->isTabVisible(i))
                checkText(t->tabText(i), where, t,
                    t->fontMetrics().horizontalAdvance(plain(t->tabText(i))) + 8
                            > t->tabRect(i).width()
                        || !t->rect().contains(t->tabRect(i))); // behind the scroll buttons
    }

    void checkHeader(QHeaderView *h, const QString &where)
    {
        if (!h->model() || h->orientation() != Qt::Horizontal)
            return;
        for (int i = 0; i < h->count(); ++i) {
            if (h->isSectionHidden(i))
                continue;
            const QString text = h->model()->headerData(i, Qt::Horizontal).toString();
            const bool last = h->stretchLastSection() && h->visualIndex(i) == h->count() - 1;
            checkText(text, where, h,
                !last && h->fontMetrics().horizontalAdvance(text) + 8 > h->sectionSize(i));
        }
    }

    void checkCombo(QComboBox *c, const QString &where)
    {
        if (c->isEditable() || c->currentText().isEmpty())
            return;
        // The choice shown must fit (beside the arrow and the frame); each choice must be in the
        // language.
        const int needed = c->fontMetrics().horizontalAdvance(c->currentText()) + 28;
        if (Uuid::fromString(c->currentData().toString()))
            checkText(QString(), where, c, false);
        else
            checkText(c->currentText(), where, c, needed > c->width());
        if (needed > c->width() && Uuid::fromString(c->currentData().toString()))
            report(where, c, QStringLiteral("“%1” is clipped").arg(c->currentText()));
        // A choice that stands for a record (its id as the item's data: an institution, a
        // project) is a name from the data, the same in every language.
        for (int i = 0; i < c->count(); ++i)
            if (!Uuid::fromString(c->itemData(i).toString()))
                checkText(c->itemText(i), where, c, false);
    }

    // The items of a tree (navigation, versions of an agreement) are not elided; a table's cells
    // may be, with the whole text in their tool tip.
    void checkTree(QTreeWidget *tree, const QString &where)
    {
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            const QTreeWidgetItem *item = *it;
            int depth = 0;
            for (const QTreeWidgetItem *p = item->parent(); p; p = p->parent())
                ++depth;
            for (int c = 0; c + 1 < tree->columnCount() || c == 0; ++c) {
                const int room = tree->columnWidth(c)
                    - (c == 0 ? (depth + (tree->rootIsDecorated() ? 1 : 0)) * tree->indentation()
                              : 0);
                const int needed = QFontMetrics(item->font(c)).horizontalAdvance(item->text(c)) + 6;
                if (!item->text(c).isEmpty() && needed > room
                    && !(c == 0 && tree->columnCount() == 1
                        && room >= tree->viewport()->width() - 4))
                    report(where, tree, QStringLiteral("“%1” is clipped").arg(item->text(c)));
                if (c + 1 >= tree->columnCount())
                    break;
            }
        }
    }

    // Dates, numbers and "(none)" in date and number fields must show whole.
    void checkSpinBox(QAbstractSpinBox *sb, const QString &where)
    {
        const QLineEdit *edit = sb->findChild<QLineEdit *>();
        if (!edit || sb->text().isEmpty())
            return;
        const int needed = edit->fontMetrics().horizontalAdvance(sb->text()) + 4;
        if (needed > edit->width())
            report(where, sb, QStringLiteral("“%1” is clipped").arg(sb->text()));
    }

    void checkMenuBar(QMenuBar *mb, const QString &where)
    {
        for (QAction *a : mb->actions()) {
            checkText(a->text(), where, mb, false);
            if (QMenu *m = a->menu())
                for (QAction *item : m->actions())
                    if (!item->isSeparator() || !item->text().isEmpty())
                        checkText(item->text(), where + QStringLiteral(" › ") + plain(a->text()), m,
                            false);
        }
    }

    QHash<QString, QSet<QString>> m_translations; // English source → its translations
    QStringList m_problems;
};

} // namespace ef::test
