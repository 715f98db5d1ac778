#include "projects/Indicator.h"

#include "records/Description.h"
#include "records/Validation.h"

namespace ef {

Problems Indicator::validate() const
{
    using T = Indicator;
    const Description<T> &d = description();
    Problems p = d.check(*this);
    if (unit == IndicatorUnit::Percent && target > 100)
        p.append({d.column(&T::target), tr("A percentage target cannot be above 100.")});
    return p;
}

const Description<Indicator> &Indicator::description()
{
    using T = Indicator;
    static const Description<T> d("indicator", QT_TR_NOOP("Indicator"),
        {
            field(&T::projectId, "project_id", QT_TR_NOOP("Project"), "project").required(),
            field(&T::code, "code", QT_TR_NOOP("Code")).required().maxLength(40),
            field(&T::nameKk, "name_kk", QT_TR_NOOP("Name in Kazakh")).maxLength(300),
            field(&T::nameRu, "name_ru", QT_TR_NOOP("Name in Russian")).maxLength(300),
            field(&T::nameEn, "name_en", QT_TR_NOOP("Name in English")).required().maxLength(300),
            field(&T::unit, "unit", QT_TR_NOOP("Unit")),
            field(&T::measure, "measure", QT_TR_NOOP("Measured by"))
                .required()
                .maxLength(64)
                .words<IndicatorMeasure>(),
            field(&T::baseline, "baseline", QT_TR_NOOP("Baseline")).range(0, 1e9, 1),
            field(&T::target, "target", QT_TR_NOOP("Target")).required().range(0, 1e9, 1),
        });
    return d;
}

} // namespace ef
