#include "partnerships/PartnershipAmendment.h"

#include "records/Validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ef {

Problems PartnershipAmendment::validate() const
{
    Problems p;
    Validation::required(p, QStringLiteral("owner_id"), ownerId);
    Validation::required(p, QStringLiteral("partnership_id"), partnershipId);
    Validation::required(p, QStringLiteral("amended_on"), amendedOn);
    Validation::required(p, QStringLiteral("summary"), summary);
    Validation::maxLength(p, QStringLiteral("summary"), summary, 2000);
    if (number < 1)
        p.append({QStringLiteral("number"), tr("Amendments are numbered from 1.")});

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
    if (!wellFormed) {
        p.append(
            {QStringLiteral("changes"), tr("The list of changed terms is missing or damaged.")});
    }
    return p;
}

const Mapping<PartnershipAmendment> &PartnershipAmendment::mapping()
{
    using T = PartnershipAmendment;
    static const Mapping<T> m(QStringLiteral("partnership_amendment"),
        {
            reference("partnership_id", &T::partnershipId, "partnership"),
            column("number", &T::number),
            column("amended_on", &T::amendedOn),
            column("summary", &T::summary),
            column("changes", &T::changes),
            reference("attachment_id", &T::attachmentId, "attachment"),
        });
    return m;
}

} // namespace ef
