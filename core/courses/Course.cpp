#include "courses/Course.h"

#include "records/Validation.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace ef {

Problems Course::validate() const
{
    Problems p;
    Validation::required(p, QStringLiteral("owner_id"), ownerId);
    Validation::required(p, QStringLiteral("code"), code);
    Validation::required(p, QStringLiteral("languages"), languages);
    Validation::titleInOneLanguage(p, QStringLiteral("title_en"), titleEn, titleRu, titleKk);
    Validation::maxLength(p, QStringLiteral("title_en"), titleEn, 300);
    Validation::maxLength(p, QStringLiteral("title_ru"), titleRu, 300);
    Validation::maxLength(p, QStringLiteral("title_kk"), titleKk, 300);
    Validation::maxLength(p, QStringLiteral("learning_outcomes"), learningOutcomes, 10000);
    static const QRegularExpression codeFormat(QStringLiteral("^[A-Z0-9][A-Z0-9.-]{1,39}$"));
    if (!code.isEmpty() && !codeFormat.match(code).hasMatch())
        p.append({QStringLiteral("code"),
            tr("Use capital letters, digits, - and ., such as EKTU-STEAM-101.")});
    if (!(ects > 0 && ects <= 60) || std::fmod(ects * 2, 1.0) != 0)
        p.append({QStringLiteral("ects"),
            tr("Enter the ECTS credits: more than 0, at most 60, in steps of 0.5.")});
    if (!languages.isEmpty()) {
        // Empty parts are kept: "," or "kk,,ru" is not a list of languages.
        const QStringList list = languages.split(u',');
        const QSet<QString> distinct(list.cbegin(), list.cend());
        const bool known = std::all_of(list.cbegin(), list.cend(),
            [](const QString &l) { return l == u"kk" || l == u"ru" || l == u"en"; });
        if (!known)
            p.append({QStringLiteral("languages"),
                tr("Choose the languages from Kazakh, Russian and English.")});
        else if (distinct.size() != list.size())
            p.append({QStringLiteral("languages"), tr("Each language is listed once.")});
    }
    if (accreditationStatus == AccreditationStatus::Accredited) {
        Validation::required(p, QStringLiteral("accreditation_agency_id"), accreditationAgencyId);
        Validation::required(p, QStringLiteral("accredited_on"), accreditedOn);
    }
    Validation::dateOrder(p, QStringLiteral("accredited_until"), accreditedOn, accreditedUntil);
    return p;
}

const Mapping<Course> &Course::mapping()
{
    using T = Course;
    static const Mapping<T> m(QStringLiteral("course"),
        {
            column("code", &T::code),
            column("title_en", &T::titleEn),
            column("title_ru", &T::titleRu),
            column("title_kk", &T::titleKk),
            column("area", &T::area),
            column("ects", &T::ects),
            column("languages", &T::languages),
            column("delivery", &T::delivery),
            reference("provider_id", &T::providerId, "institution"),
            reference("accreditation_agency_id", &T::accreditationAgencyId, "institution"),
            column("accreditation_status", &T::accreditationStatus),
            column("accredited_on", &T::accreditedOn),
            column("accredited_until", &T::accreditedUntil),
            column("climate_neutral", &T::climateNeutral),
            column("gender_inclusive", &T::genderInclusive),
            column("learning_outcomes", &T::learningOutcomes),
        });
    return m;
}

} // namespace ef
