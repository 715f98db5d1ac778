// The preview of a batch issue: every participant of the event with the hours attended, the
// assessment, and whether a certificate may be issued or why not. The eligible are ticked; the
// user may untick some before issuing.
#pragma once

#include "certificates/CertificateEligibility.h"

#include <QAbstractTableModel>
#include <QSet>

namespace ef {

class EligibilityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Hours, Assessment, Verdict, ColumnCount };

    explicit EligibilityModel(QObject *parent = nullptr);

    void setEvent(const CertificateEligibility::Event &event);
    const CertificateEligibility::Event &event() const { return m_event; }
    // The ticked eligible participants, in the list's order.
    QList<Uuid> chosen() const;
    int eligibleCount() const { return m_event.eligibleCount(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void chosenChanged();

private:
    CertificateEligibility::Event m_event;
    QSet<Uuid> m_unticked;
};

} // namespace ef
