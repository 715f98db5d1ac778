#include "partnerships/PartnershipAmendment.h"

#include "records/Description.h"
#include "records/Validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ef {

Problems PartnershipAmendment::validate() const
{
    using T = PartnershipAmendment;
    const Description<T> &d = description();
    Problems p = d.check(*this);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(changes.toUtf8(), &error);
    bool wellFormed
        = error.error == QJsonParseError::NoError && json.isObject() && !json.object().isEmpty();
    if (wellFormed) {
        const QJsonObject object = json.object();
        for (auto it = object.begin(); it != object.end(); ++it)
            wellFormed = wellFormed && !it.key().isEmpty() && it.value().isArray()
                && it.value().toArray().size() == 2;
    }
    if (!wellFormed && !changes.isEmpty()) {
        p.append({d.column(&T::changes), tr("The list of changed terms is missing or damaged.")});
    }
    return p;
}

const Description<PartnershipAmendment> &PartnershipAmendment::description()
{
    using T = PartnershipAmendment;
    static const Description<T> d("partnership_amendment", QT_TR_NOOP("Amendment"),
        {
            field(&T::partnershipId, "partnership_id", QT_TR_NOOP("Partnership"), "partnership")
                .required(),
            field(&T::number, "number", QT_TR_NOOP("Number"))
                .range(1, 1000, 0, QT_TR_NOOP("Amendments are numbered from 1.")),
            field(&T::amendedOn, "amended_on", QT_TR_NOOP("Date of the amendment")).required(),
            field(&T::summary, "summary", QT_TR_NOOP("Summary"))
                .required()
                .maxLength(2000)
                .as(FieldKind::LongText),
            field(&T::changes, "changes", QT_TR_NOOP("Changed terms"))
                .required()
                .as(FieldKind::LongText),
            field(&T::attachmentId, "attachment_id", QT_TR_NOOP("Signed document"), "attachment"),
        });
    return d;
}

} // namespace ef
