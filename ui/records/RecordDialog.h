// The editor window of one record of any kind: its form, the lists of records that belong to it
// (a person's trainings and certificates, an agreement's contacts and documents …), Save and
// Cancel, and what the record's kind adds (its EditorExtension). A save is one undoable action;
// a refused one marks the fields and keeps what was typed.
#pragma once

#include "records/RecordType.h"

#include <QDialog>
#include <QHash>
#include <functional>
#include <memory>
#include <optional>

class QAbstractButton;
class QDialogButtonBox;
class QHBoxLayout;
class QPushButton;
class QTabWidget;

namespace ef {

class EditorExtension;
class ListPage;
class RecordEditing;
class RecordForm;

class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    // A text that follows the interface language (it is asked again after a switch).
    using Text = std::function<QString()>;

    RecordDialog(RecordEditing &editing, const RecordType &type,
        std::optional<RecordValues> existing, QWidget *parent = nullptr);
    ~RecordDialog() override;

    Uuid recordId() const { return m_saved ? m_saved->id : Uuid(); }
    // The record as last saved; nothing for a new record.
    const std::optional<RecordValues> &saved() const { return m_saved; }
    const RecordType &type() const { return m_type; }
    RecordEditing &editing() const { return m_editing; }
    RecordForm *form() const { return m_form; }
    QTabWidget *tabs() const { return m_tabs; }
    ListPage *relatedList(const QString &key) const;
    void setValues(const RecordValues &values);
    // Shows the record without letting it be changed, saying why (empty: editable).
    void setReadOnly(const QString &why);
    QString readOnlyReason() const { return m_readOnly; }

    // Saves; false (with the problems shown) when the store refuses.
    bool save();
    bool isModified() const;

    // For a kind's EditorExtension: a tab titled `title`, and a button in a row under one of
    // the related lists. A button that changes the record is disabled while it is read only.
    int addTab(QWidget *page, Text title);
    QPushButton *addListButton(ListPage *list, Text text, bool changesRecord);

    void done(int result) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateTabTitle(int tab);
    void fitTabs();
    void validateAsTyped();
    void addRelatedLists();
    void restrictChoices();
    void updateTitle();
    // The record was saved as `values` (a new one now gets its related lists).
    void showSaved(const RecordValues &values);

    RecordEditing &m_editing;
    const RecordType &m_type;
    std::unique_ptr<EditorExtension> m_extension; // what the kind adds; may be none
    std::optional<RecordValues> m_saved; // as last saved; nothing for a new record
    RecordValues m_initial; // what the form showed when opened or last saved
    RecordForm *m_form;
    QTabWidget *m_tabs;
    QDialogButtonBox *m_buttons;
    QList<ListPage *> m_related;
    QList<QWidget *> m_editActions; // buttons that change the record's documents or people
    QString m_readOnly;
    QHash<int, Text> m_tabTitles; // tab → its title; none: its list's title, with the count
    QList<std::pair<QAbstractButton *, Text>> m_buttonTexts;
    QHash<ListPage *, QHBoxLayout *> m_buttonRows; // the row of buttons under a related list
};

} // namespace ef
