#include "certificates/CertificateSignatory.h"

#include "records/Description.h"
#include "records/Validation.h"

namespace ef {

Problems CertificateSignatory::validate() const
{
    using T = CertificateSignatory;
    const Description<T> &d = description();
    Problems p = d.check(*this);
    Validation::titleInOneLanguage(p, d.column(&T::titleEn), titleEn, titleRu, titleKk);
    return p;
}

const Description<CertificateSignatory> &CertificateSignatory::description()
{
    using T = CertificateSignatory;
    static const Description<T> d("certificate_signatory", QT_TR_NOOP("Signatory"),
        {
            field(&T::programmeId, "programme_id", QT_TR_NOOP("Programme"), "training_programme")
                .required(),
            field(&T::position, "position", QT_TR_NOOP("Place on the page"))
                .range(1, 3, 0, QT_TR_NOOP("A certificate has room for three signatures: 1 to 3.")),
            field(&T::name, "name", QT_TR_NOOP("Name as written")).required().maxLength(120),
            field(&T::nameLatin, "name_latin", QT_TR_NOOP("Name in Latin")).maxLength(120),
            field(&T::titleKk, "title_kk", QT_TR_NOOP("Title in Kazakh")).maxLength(200),
            field(&T::titleRu, "title_ru", QT_TR_NOOP("Title in Russian")).maxLength(200),
            field(&T::titleEn, "title_en", QT_TR_NOOP("Title in English")).maxLength(200),
        });
    return d;
}

} // namespace ef
