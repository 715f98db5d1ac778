#include "institutions/Institution.h"

#include "records/Description.h"
#include "records/Validation.h"

namespace ef {

Problems Institution::validate() const
{
    using T = Institution;
    const Description<T> &d = description();
    Problems p = d.check(*this);
    if (nameEn.trimmed().isEmpty() && nameRu.trimmed().isEmpty() && nameKk.trimmed().isEmpty())
        p.append({d.column(&T::nameEn), tr("Enter the name in at least one language.")});
    if (!bin.isEmpty()) {
        if (country != u"KZ")
            p.append(
                {d.column(&T::bin), tr("A BIN is issued only to organisations in Kazakhstan.")});
        else if (!Validation::isValidBin(bin))
            p.append({d.column(&T::bin),
                tr("A BIN has 12 digits and the last one is a check digit; check the number.")});
    }
    if (!pic.isEmpty() && !Validation::isValidPic(pic))
        p.append({d.column(&T::pic), tr("A PIC has exactly 9 digits.")});
    return p;
}

QString Institution::name(QStringView language) const
{
    const QString *order[3] = {&nameEn, &nameRu, &nameKk};
    if (language == u"kk")
        order[0] = &nameKk, order[1] = &nameRu, order[2] = &nameEn;
    else if (language == u"ru")
        order[0] = &nameRu, order[1] = &nameKk, order[2] = &nameEn;
    for (const QString *n : order)
        if (!n->isEmpty())
            return *n;
    return {};
}

const Description<Institution> &Institution::description()
{
    using T = Institution;
    static const Description<T> d("institution", QT_TR_NOOP("Institution"),
        {
            field(&T::kind, "kind", QT_TR_NOOP("Kind")),
            field(&T::nameKk, "name_kk", QT_TR_NOOP("Name in Kazakh")).maxLength(300),
            field(&T::nameRu, "name_ru", QT_TR_NOOP("Name in Russian")).maxLength(300),
            field(&T::nameEn, "name_en", QT_TR_NOOP("Name in English")).maxLength(300),
            field(&T::shortName, "short_name", QT_TR_NOOP("Short name")).maxLength(40),
            field(&T::country, "country", QT_TR_NOOP("Country (ISO code)"))
                .required()
                .format(FieldFormat::CountryCode),
            field(&T::region, "region", QT_TR_NOOP("Region")).maxLength(100),
            field(&T::city, "city", QT_TR_NOOP("City")).maxLength(100),
            field(&T::bin, "bin", QT_TR_NOOP("BIN")),
            field(&T::pic, "pic", QT_TR_NOOP("Erasmus+ PIC")),
            field(&T::website, "website", QT_TR_NOOP("Website"))
                .maxLength(2000)
                .format(FieldFormat::Url),
        });
    return d;
}

} // namespace ef
