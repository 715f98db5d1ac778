// Every version of an agreement's terms: as signed, then each amendment with its date, what it
// says it changes and each term's old and new value. Follows the store as amendments arrive.
#pragma once

#include "util/Uuid.h"

#include <QTreeWidget>

namespace ef {

class Store;

class PartnershipHistory : public QTreeWidget
{
    Q_OBJECT

public:
    PartnershipHistory(Store &store, const Uuid &partnershipId, QWidget *parent = nullptr);
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    Store &m_store;
    Uuid m_id;
};

} // namespace ef
