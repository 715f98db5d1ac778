#include "projects/Indicator.h"

#include "records/Description.h"
#include "records/Validation.h"
#include "reports/MeasureCatalog.h"
#include "reports/MeasureCondition.h"

namespace ef {

Problems Indicator::validate() const
{
    using T = Indicator;
    const Description<T> &d = description();
    Problems p = d.check(*this);
    if (unit == IndicatorUnit::Percent && target > 100)
        p.append({d.column(&T::target), tr("A percentage target cannot be above 100.")});
    const MeasureDefinition *m = MeasureCatalog::of(measure);
    if (!m)
        return p; // the field's own rule already says so
    if (m->isManual() && !conditions.trimmed().isEmpty())
        p.append({d.column(&T::conditions),
            tr("Values entered by hand have no conditions; leave this empty.")});
    else
        MeasureCondition::parse(conditions, *m, d.column(&T::conditions), p);
    switch (formula) {
    case IndicatorFormula::Value:
        if (!denominator.isEmpty())
            p.append({d.column(&T::denominator),
                tr("Only a share has a denominator: choose “Share of the denominator” or leave "
                   "this empty.")});
        break;
    case IndicatorFormula::Share:
        if (m->isManual())
            p.append({d.column(&T::formula),
                tr("A share is counted from the records; values entered by hand cannot be one.")});
        if (const MeasureDefinition *den = MeasureCatalog::of(denominator); !den)
            p.append({d.column(&T::denominator), tr("Choose the measure the share is taken of.")});
        else if (den->isManual())
            p.append({d.column(&T::denominator),
                tr("The denominator is counted from the records; choose another measure.")});
        else
            MeasureCondition::parse(
                denominatorConditions, *den, d.column(&T::denominatorConditions), p);
        if (unit != IndicatorUnit::Percent)
            p.append({d.column(&T::unit), tr("A share is measured in percent.")});
        break;
    case IndicatorFormula::Growth:
        if (!m->dimension(ReportDimension::Semester))
            p.append({d.column(&T::formula),
                tr("This measure has no semesters, so its change per semester cannot be "
                   "counted.")});
        if (unit != IndicatorUnit::Percent)
            p.append({d.column(&T::unit), tr("A change per semester is measured in percent.")});
        break;
    }
    if (formula != IndicatorFormula::Share && !denominatorConditions.trimmed().isEmpty())
        p.append({d.column(&T::denominatorConditions),
            tr("Only a share has conditions on its denominator; leave this empty.")});
    Validation::dateOrder(p, d.column(&T::periodTo), periodFrom, periodTo);
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
            field(&T::conditions, "conditions", QT_TR_NOOP("Counted only where")).maxLength(500),
            field(&T::formula, "formula", QT_TR_NOOP("Figure")),
            field(&T::denominator, "denominator", QT_TR_NOOP("Share of"))
                .maxLength(64)
                .words<IndicatorMeasure>(),
            field(&T::denominatorConditions, "denominator_conditions",
                QT_TR_NOOP("Share of those where"))
                .maxLength(500),
            field(&T::periodFrom, "period_from", QT_TR_NOOP("Counted from")),
            field(&T::periodTo, "period_to", QT_TR_NOOP("Counted until")),
            field(&T::baseline, "baseline", QT_TR_NOOP("Baseline")).range(0, 1e9, 1),
            field(&T::target, "target", QT_TR_NOOP("Target")).required().range(0, 1e9, 1),
        });
    return d;
}

} // namespace ef
