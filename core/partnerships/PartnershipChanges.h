// Changing a partnership along its lifecycle: an unsigned agreement is edited freely, a signed
// one keeps its terms and changes them only by a dated amendment, so its history shows every
// version; and the agreements that come up for renewal.
#pragma once

#include "partnerships/Partnership.h"
#include "partnerships/PartnershipAmendment.h"
#include "store/StoreError.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <optional>

namespace ef {

class Store;

class PartnershipChanges
{
    Q_DECLARE_TR_FUNCTIONS(PartnershipChanges)

public:
    // The signed document of an amendment.
    struct Document
    {
        QString fileName;
        QByteArray bytes;
    };

    // One version of an agreement's terms.
    struct Version
    {
        int number = 0; // 0: the terms as signed; then the amendment's number
        QDate date; // the signing date for version 0, the amendment's date after it
        QString summary; // empty for version 0
        Uuid amendmentId; // null for version 0
        Uuid attachmentId; // the signed amendment, when one was attached
        Partnership terms; // the agreement with this version's terms (the rest as it is now)
        QStringList changed; // the term columns this version changed; empty for version 0
    };

    // How far ahead "renewals due" looks, in days: the window of the renewals list as well.
    static constexpr int RenewalWindowDays = 90;

    // A column of the partnership table whose change on a signed agreement is an amendment.
    static bool isTerm(QStringView column) { return Partnership::termColumns().contains(column); }
    // The user columns (status, terms and the rest) whose values differ, in mapping order.
    static QStringList changedColumns(const Partnership &a, const Partnership &b);
    static QStringList changedTerms(const Partnership &a, const Partnership &b);

    // Saves an edit of the partnership: the fields the user changed from `before` to `after`
    // are written over the stored record (so a value sync brought in meanwhile is not undone).
    // The status moves only along the lifecycle; the terms of a signed agreement are refused
    // with a problem on each changed term: they change by amend().
    static Result<void, StoreError> save(
        Store &store, const Partnership &before, const Partnership &after);

    // Amends a signed agreement to `after`, in one transaction: the signed document (if any) is
    // attached, the amendment is recorded with the next number and the terms it changes (old
    // and new as stored), and the partnership is updated. Refused when no term changes, when
    // the agreement is not signed, or when dated before the signing. Other fields of `after`
    // are saved as save() would (the status still along the lifecycle).
    static Result<PartnershipAmendment, StoreError> amend(Store &store, const Partnership &after,
        const QDate &amendedOn, const QString &summary,
        const std::optional<Document> &document = std::nullopt);

    // The live amendments of a partnership, in order.
    static QList<PartnershipAmendment> amendments(Store &store, const Uuid &partnershipId);
    // Every version of the terms, oldest first: version 0 as signed (the current values with the
    // amendments undone newest first), then one per amendment with the terms after it.
    static Result<QList<Version>, StoreError> history(Store &store, const Uuid &partnershipId);

    // Live signed or active agreements ending on a day in [today, today + days], soonest first.
    // `today` is the store clock's day, given by the caller.
    static Result<QList<Partnership>, StoreError> renewalsDue(
        Store &store, const QDate &today, int days = RenewalWindowDays);
    // Its SQL (first day, last day, the two statuses), public so a test can check its plan.
    static const QString &renewalsDueSql();
};

} // namespace ef
