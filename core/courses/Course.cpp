#include "courses/Course.h"

#include "records/Description.h"
#include "records/Validation.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace ef {

namespace {
const char *const ectsMessage = QT_TRANSLATE_NOOP(
    "Course", "Enter the ECTS credits: more than 0, at most 60, in steps of 0.5.");
}

Problems Course::validate() const
{
    using T = Course;
    const Description<T> &d = description();
    Problems p = d.check(*this);
    Validation::titleInOneLanguage(p, d.column(&T::titleEn), titleEn, titleRu, titleKk);
    // Credits come in half points; the range is the description's.
    if (ects >= 0.5 && ects <= 60 && std::fmod(ects * 2, 1.0) != 0)
        p.append({d.column(&T::ects), d.info(d.column(&T::ects)).translated(ectsMessage)});
    if (!languages.isEmpty()) {
        // Empty parts are kept: "," or "kk,,ru" is not a list of languages.
        const QStringList list = languages.split(u',');
        const QSet<QString> distinct(list.cbegin(), list.cend());
        const bool known = std::all_of(list.cbegin(), list.cend(),
            [](const QString &l) { return l == u"kk" || l == u"ru" || l == u"en"; });
        if (!known)
            p.append({d.column(&T::languages),
                tr("Choose the languages from Kazakh, Russian and English.")});
        else if (distinct.size() != list.size())
            p.append({d.column(&T::languages), tr("Each language is listed once.")});
    }
    if (accreditationStatus == AccreditationStatus::Accredited) {
        Validation::required(p, d.column(&T::accreditationAgencyId), accreditationAgencyId);
        Validation::required(p, d.column(&T::accreditedOn), accreditedOn);
    }
    Validation::dateOrder(p, d.column(&T::accreditedUntil), accreditedOn, accreditedUntil);
    return p;
}

const Description<Course> &Course::description()
{
    using T = Course;
    static const Description<T> d("course", QT_TR_NOOP("Course"),
        {
            field(&T::code, "code", QT_TR_NOOP("Code"))
                .required()
                .pattern("^[A-Z0-9][A-Z0-9.-]{1,39}$",
                    QT_TR_NOOP("Use capital letters, digits, - and ., such as EKTU-STEAM-101.")),
            field(&T::titleKk, "title_kk", QT_TR_NOOP("Title in Kazakh")).maxLength(300),
            field(&T::titleRu, "title_ru", QT_TR_NOOP("Title in Russian")).maxLength(300),
            field(&T::titleEn, "title_en", QT_TR_NOOP("Title in English")).maxLength(300),
            field(&T::area, "area", QT_TR_NOOP("Area")),
            field(&T::ects, "ects", QT_TR_NOOP("ECTS credits"))
                .required()
                .range(0.5, 60, 1, ectsMessage),
            field(&T::languages, "languages", QT_TR_NOOP("Languages"))
                .required()
                .as(FieldKind::Languages),
            field(&T::delivery, "delivery", QT_TR_NOOP("Delivery")),
            field(&T::providerId, "provider_id", QT_TR_NOOP("Provider"), "institution")
                .ownsNewRecord(),
            field(&T::accreditationAgencyId, "accreditation_agency_id",
                QT_TR_NOOP("Accreditation agency"), "institution"),
            field(&T::accreditationStatus, "accreditation_status", QT_TR_NOOP("Accreditation")),
            field(&T::accreditedOn, "accredited_on", QT_TR_NOOP("Accredited on")),
            field(&T::accreditedUntil, "accredited_until", QT_TR_NOOP("Accredited until")),
            field(&T::climateNeutral, "climate_neutral", QT_TR_NOOP("Climate-neutral")),
            field(&T::genderInclusive, "gender_inclusive", QT_TR_NOOP("Gender-inclusive")),
            field(&T::learningOutcomes, "learning_outcomes", QT_TR_NOOP("Learning outcomes"))
                .maxLength(10000)
                .as(FieldKind::LongText),
        });
    return d;
}

} // namespace ef
