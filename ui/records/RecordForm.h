// The form of one record, built from its RecordType's fields: a labelled editor per field, and
// under each the translated problem the store would refuse it for, shown as the user types.
#pragma once

#include "records/Problem.h"
#include "records/RecordType.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace ef {

class Store;

class RecordForm : public QWidget
{
    Q_OBJECT

public:
    RecordForm(Store &store, const RecordType &type, QWidget *parent = nullptr);

    void setValues(const RecordValues &values);
    RecordValues values() const;
    // Marks each field with its problems and clears the others; `all` false shows only the
    // fields the user has touched (while typing), true all of them (on save).
    void showProblems(const Problems &problems, bool all);
    // Offers only these words in an enumeration's list (the lifecycle moves allowed).
    void restrictEnum(const QString &column, const QStringList &words);
    void setFieldEnabled(const QString &column, bool enabled, const QString &reason = {});
    QWidget *editor(const QString &column) const { return m_editors.value(column); }
    QLabel *problemLabel(const QString &column) const { return m_problems.value(column); }

Q_SIGNALS:
    void edited(const QString &column);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QWidget *createEditor(const FieldInfo &f);
    QVariant read(const FieldInfo &f) const;
    void write(const FieldInfo &f, const QVariant &v);
    void prefillLatin(const QString &column);

    Store &m_store;
    const RecordType &m_type;
    RecordValues m_base;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_problems;
    QHash<QString, QLabel *> m_labels;
    QSet<QString> m_touched;
    QHash<QString, QString> m_autoLatin; // what transliteration last wrote, per Latin field
    bool m_loading = false;
};

} // namespace ef
