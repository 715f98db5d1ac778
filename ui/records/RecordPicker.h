// Picks a record of one kind by typing part of its name: candidates come from the store as the
// user types (full-text search for people, institutions, agreements and courses).
#pragma once

#include "util/Uuid.h"

#include <QLineEdit>
#include <QTimer>

class QCompleter;
class QStandardItemModel;

namespace ef {

class Store;

class RecordPicker : public QLineEdit
{
    Q_OBJECT

public:
    RecordPicker(Store &store, QString table, QWidget *parent = nullptr);

    Uuid id() const { return m_id; }
    void setId(const Uuid &id);
    const QString &table() const { return m_table; }

Q_SIGNALS:
    void idChanged(const ef::Uuid &id);

protected:
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refreshCandidates();
    void choose(const Uuid &id, const QString &label);

    Store &m_store;
    QString m_table;
    Uuid m_id;
    QString m_label;
    QString m_placeholder; // our own; a placeholder set by the owner is left alone
    QStandardItemModel *m_candidates;
    QCompleter *m_completer;
    QTimer m_typing;
};

} // namespace ef
