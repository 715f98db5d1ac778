#include "institutions/Institution.h"

#include "records/Validation.h"

namespace ef {

Problems Institution::validate() const
{
    Problems p;
    Validation::required(p, QStringLiteral("owner_id"), ownerId);
    if (nameEn.trimmed().isEmpty() && nameRu.trimmed().isEmpty() && nameKk.trimmed().isEmpty())
        p.append({QStringLiteral("name_en"), tr("Enter the name in at least one language.")});
    Validation::maxLength(p, QStringLiteral("name_en"), nameEn, 300);
    Validation::maxLength(p, QStringLiteral("name_ru"), nameRu, 300);
    Validation::maxLength(p, QStringLiteral("name_kk"), nameKk, 300);
    Validation::maxLength(p, QStringLiteral("short_name"), shortName, 40);
    Validation::maxLength(p, QStringLiteral("region"), region, 100);
    Validation::maxLength(p, QStringLiteral("city"), city, 100);
    Validation::maxLength(p, QStringLiteral("website"), website, 2000);
    Validation::countryCode(p, QStringLiteral("country"), country);
    if (!bin.isEmpty()) {
        if (country != u"KZ")
            p.append({QStringLiteral("bin"),
                tr("A BIN is issued only to organisations in Kazakhstan.")});
        else if (!Validation::isValidBin(bin))
            p.append({QStringLiteral("bin"),
                tr("A BIN has 12 digits and the last one is a check digit; check the number.")});
    }
    if (!pic.isEmpty() && !Validation::isValidPic(pic))
        p.append({QStringLiteral("pic"), tr("A PIC has exactly 9 digits.")});
    Validation::url(p, QStringLiteral("website"), website);
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

const Mapping<Institution> &Institution::mapping()
{
    using T = Institution;
    static const Mapping<T> m(QStringLiteral("institution"),
        {
            column("kind", &T::kind),
            column("name_en", &T::nameEn),
            column("name_ru", &T::nameRu),
            column("name_kk", &T::nameKk),
            column("short_name", &T::shortName),
            column("country", &T::country),
            column("region", &T::region),
            column("city", &T::city),
            column("bin", &T::bin),
            column("pic", &T::pic),
            column("website", &T::website),
        });
    return m;
}

} // namespace ef
