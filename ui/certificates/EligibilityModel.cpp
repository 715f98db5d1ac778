#include "EligibilityModel.h"

#include <QColor>
#include <QLocale>

namespace ef {

EligibilityModel::EligibilityModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void EligibilityModel::setEvent(const CertificateEligibility::Event &event)
{
    beginResetModel();
    m_event = event;
    m_unticked.clear();
    endResetModel();
    Q_EMIT chosenChanged();
}

QList<Uuid> EligibilityModel::chosen() const
{
    QList<Uuid> out;
    for (const auto &r : m_event.rows)
        if (r.eligible && !m_unticked.contains(r.personId))
            out << r.personId;
    return out;
}

int EligibilityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_event.rows.size());
}

int EligibilityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EligibilityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_event.rows.size())
        return {};
    const CertificateEligibility::Row &r = m_event.rows[index.row()];
    const QLocale l;
    if (role == Qt::CheckStateRole && index.column() == Name && r.eligible)
        return m_unticked.contains(r.personId) ? Qt::Unchecked : Qt::Checked;
    if (role == Qt::ForegroundRole && !r.eligible)
        return QColor(Qt::darkGray);
    if (role == Qt::ToolTipRole && index.column() == Verdict)
        return r.reasons.join(u'\n');
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return r.name;
    case Hours:
        return l.toString(r.attendedHours);
    case Assessment:
        return r.assessment ? l.toString(*r.assessment) : QString();
    case Verdict:
        return r.eligible ? tr("Eligible") : tr("Not eligible: %1").arg(r.reasons.join(u' '));
    }
    return {};
}

bool EligibilityModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Name || !index.isValid()
        || !m_event.rows[index.row()].eligible)
        return false;
    const Uuid person = m_event.rows[index.row()].personId;
    if (value.value<Qt::CheckState>() == Qt::Checked)
        m_unticked.remove(person);
    else
        m_unticked.insert(person);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT chosenChanged();
    return true;
}

Qt::ItemFlags EligibilityModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Name && m_event.rows[index.row()].eligible)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant EligibilityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Participant");
    case Hours:
        return tr("Hours attended");
    case Assessment:
        return tr("Assessment");
    case Verdict:
        return tr("Certificate");
    }
    return {};
}

} // namespace ef
