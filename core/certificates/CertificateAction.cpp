#include "certificates/CertificateAction.h"

#include "records/Description.h"
#include "records/Validation.h"

namespace ef {

Problems CertificateAction::validate() const
{
    using T = CertificateAction;
    const Description<T> &d = description();
    Problems p = d.check(*this);
    if ((action == CertificateActionKind::Revoked || action == CertificateActionKind::Superseded)
        && reason.trimmed().isEmpty())
        p.append({d.column(&T::reason), tr("Say why.")});
    return p;
}

const Description<CertificateAction> &CertificateAction::description()
{
    using T = CertificateAction;
    static const Description<T> d("certificate_action", QT_TR_NOOP("Register entry"),
        {
            field(&T::certificateId, "certificate_id", QT_TR_NOOP("Certificate"), "certificate")
                .required(),
            field(&T::action, "action", QT_TR_NOOP("Action")),
            field(&T::atMs, "at_ms", QT_TR_NOOP("When")).hidden(),
            field(&T::byUser, "by_user", QT_TR_NOOP("By")).required().maxLength(200),
            field(&T::reason, "reason", QT_TR_NOOP("Reason"))
                .maxLength(2000)
                .as(FieldKind::LongText),
        });
    return d;
}

} // namespace ef
