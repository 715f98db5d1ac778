#include "training/TrainingProgramme.h"

#include "records/Description.h"
#include "records/Validation.h"

namespace ef {

Problems TrainingProgramme::validate() const
{
    using T = TrainingProgramme;
    const Description<T> &d = description();
    Problems p = d.check(*this);
    Validation::titleInOneLanguage(p, d.column(&T::titleEn), titleEn, titleRu, titleKk);
    return p;
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
        });
    return d;
}

} // namespace ef
