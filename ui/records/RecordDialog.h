// The editor window of one record: its form, the lists of records that belong to it (a
// person's trainings and certificates, an agreement's contacts and documents …), Save and Cancel.
// A save is one undoable action; a refused one marks the fields and keeps what was typed.
#pragma once

#include "records/RecordType.h"

#include <QDialog>
#include <QHash>
#include <optional>

class QAbstractButton;
class QDialogButtonBox;
class QTabWidget;

namespace ef {

class ListPage;
class RecordEditing;
class RecordForm;

class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    RecordDialog(RecordEditing &editing, const RecordType &type,
        std::optional<RecordValues> existing, QWidget *parent = nullptr);

    Uuid recordId() const { return m_saved ? m_saved->id : Uuid(); }
    const RecordType &type() const { return m_type; }
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

    void done(int result) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateTabTitle(int tab);
    void fitTabs();
    void validateAsTyped();
    std::optional<bool> amendIfSigned(const RecordValues &after);
    void addRelatedLists();
    void addDocumentActions(ListPage *documents);
    void addParticipantsAction(ListPage *participants);
    // Writes a document's bytes to a file; false, with the error shown under `title`, if not.
    bool writeFile(const QString &path, const QByteArray &bytes, const QString &title);
    void applyLifecycle();
    void updateTitle();

    RecordEditing &m_editing;
    const RecordType &m_type;
    std::optional<RecordValues> m_saved; // as last saved; nothing for a new record
    RecordValues m_initial; // what the form showed when opened or last saved
    RecordForm *m_form;
    QTabWidget *m_tabs;
    QDialogButtonBox *m_buttons;
    QList<ListPage *> m_related;
    QList<QWidget *> m_editActions; // buttons that change the record's documents or people
    QString m_readOnly;
    QHash<int, const char *> m_tabTitles; // tab → English source (RecordDialog context); null:
                                          // its list's title, with the number of records
    QList<std::pair<QAbstractButton *, const char *>> m_buttonTexts; // with English sources
};

} // namespace ef
