#include "training/TrainingProgramme.h"

#include "certificates/CertificateTemplate.h"
#include "records/Description.h"
#include "records/Validation.h"

#include <QLocale>
#include <QSet>
#include <cmath>

namespace ef {

Problems TrainingProgramme::validate() const
{
    using T = TrainingProgramme;
    const Description<T> &d = description();
    Problems p = d.check(*this);
    Validation::titleInOneLanguage(p, d.column(&T::titleEn), titleEn, titleRu, titleKk);
    if (ects > 0 && std::fmod(ects * 2, 1.0) != 0)
        p.append({d.column(&T::ects), tr("ECTS credits come in half points, such as 1.5.")});
    if (minHours && *minHours > hours && hours > 0)
        p.append({d.column(&T::minHours),
            tr("The hours needed for a certificate cannot exceed the programme's %1 hours.")
                .arg(QLocale().toString(hours))});
    if (!certificateLanguages.isEmpty()) {
        const QStringList list = certificateLanguages.split(u',');
        const QSet<QString> distinct(list.cbegin(), list.cend());
        const bool known = std::all_of(list.cbegin(), list.cend(),
            [](const QString &l) { return l == u"kk" || l == u"ru" || l == u"en"; });
        if (!known)
            p.append({d.column(&T::certificateLanguages),
                tr("Choose the languages from Kazakh, Russian and English.")});
        else if (distinct.size() != list.size())
            p.append({d.column(&T::certificateLanguages), tr("Each language is listed once.")});
    }
    if (!certificateTemplate.isEmpty()
        && !CertificateTemplate::availableIds().contains(certificateTemplate))
        p.append({d.column(&T::certificateTemplate),
            tr("There is no certificate design “%1”.").arg(certificateTemplate)});
    return p;
}

QString TrainingProgramme::templateId() const
{
    return certificateTemplate.isEmpty() ? CertificateTemplate::defaultId() : certificateTemplate;
}

QStringList TrainingProgramme::languages() const
{
    if (certificateLanguages.isEmpty())
        return {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")};
    return certificateLanguages.split(u',');
}

const Description<TrainingProgramme> &TrainingProgramme::description()
{
    using T = TrainingProgramme;
    static const Description<T> d("training_programme", QT_TR_NOOP("Training programme"),
        {
            field(&T::code, "code", QT_TR_NOOP("Code")).required().maxLength(40),
            field(&T::titleKk, "title_kk", QT_TR_NOOP("Title in Kazakh")).maxLength(300),
            field(&T::titleRu, "title_ru", QT_TR_NOOP("Title in Russian")).maxLength(300),
            field(&T::titleEn, "title_en", QT_TR_NOOP("Title in English")).maxLength(300),
            field(&T::topic, "topic", QT_TR_NOOP("Topic")),
            field(&T::standard, "standard", QT_TR_NOOP("Certification standard")),
            field(&T::hours, "hours", QT_TR_NOOP("Hours"))
                .required()
                .range(1, 2000, 1, QT_TR_NOOP("Enter the programme's hours, from 1 to 2000.")),
            field(&T::projectId, "project_id", QT_TR_NOOP("Project"), "project"),
            field(&T::ects, "ects", QT_TR_NOOP("ECTS credits"))
                .range(0, 60, 1, QT_TR_NOOP("Enter the ECTS credits, from 0 (none) to 60.")),
            field(&T::minHours, "min_hours", QT_TR_NOOP("Hours to attend for a certificate"))
                .range(0, 2000, 1,
                    QT_TR_NOOP("Enter the hours to attend, from 0 to 2000, or leave it empty "
                               "for every hour of the event.")),
            field(&T::minAssessment, "min_assessment",
                QT_TR_NOOP("Assessment needed for a certificate (0–100)"))
                .range(0, 100, 1,
                    QT_TR_NOOP("Enter the assessment needed, from 0 to 100, or leave it empty "
                               "when none is needed.")),
            field(&T::validityMonths, "validity_months",
                QT_TR_NOOP("Certificates valid for (months)"))
                .range(1, 240, 0,
                    QT_TR_NOOP("Enter the months, from 1 to 240, or leave it empty when "
                               "certificates do not expire.")),
            field(&T::certificateTemplate, "certificate_template", QT_TR_NOOP("Certificate design"))
                .maxLength(60),
            field(&T::certificateLanguages, "certificate_languages",
                QT_TR_NOOP("Certificate languages"))
                .as(FieldKind::Languages),
            field(&T::holderScript, "holder_script", QT_TR_NOOP("Holder's name on certificates")),
        });
    return d;
}

} // namespace ef
