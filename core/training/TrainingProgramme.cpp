#include "training/TrainingProgramme.h"

#include "records/Validation.h"

namespace ef {

Problems TrainingProgramme::validate() const
{
    Problems p;
    Validation::required(p, QStringLiteral("owner_id"), ownerId);
    Validation::required(p, QStringLiteral("code"), code);
    Validation::titleInOneLanguage(p, QStringLiteral("title_en"), titleEn, titleRu, titleKk);
    Validation::maxLength(p, QStringLiteral("code"), code, 40);
    Validation::maxLength(p, QStringLiteral("title_en"), titleEn, 300);
    Validation::maxLength(p, QStringLiteral("title_ru"), titleRu, 300);
    Validation::maxLength(p, QStringLiteral("title_kk"), titleKk, 300);
    if (!(hours > 0 && hours <= 2000))
        p.append({QStringLiteral("hours"), tr("Enter the programme's hours, from 1 to 2000.")});
    return p;
}

const Mapping<TrainingProgramme> &TrainingProgramme::mapping()
{
    using T = TrainingProgramme;
    static const Mapping<T> m(QStringLiteral("training_programme"),
        {
            column("code", &T::code),
            column("title_en", &T::titleEn),
            column("title_ru", &T::titleRu),
            column("title_kk", &T::titleKk),
            column("topic", &T::topic),
            column("standard", &T::standard),
            column("hours", &T::hours),
            reference("project_id", &T::projectId, "project"),
        });
    return m;
}

} // namespace ef
