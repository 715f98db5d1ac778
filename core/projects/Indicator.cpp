#include "projects/Indicator.h"

#include "records/Validation.h"

#include <QRegularExpression>

namespace ef {

Problems Indicator::validate() const
{
    Problems p;
    Validation::required(p, QStringLiteral("owner_id"), ownerId);
    Validation::required(p, QStringLiteral("project_id"), projectId);
    Validation::required(p, QStringLiteral("code"), code);
    Validation::required(p, QStringLiteral("name_en"), nameEn);
    Validation::required(p, QStringLiteral("measure"), measure);
    Validation::maxLength(p, QStringLiteral("code"), code, 40);
    Validation::maxLength(p, QStringLiteral("name_en"), nameEn, 300);
    Validation::maxLength(p, QStringLiteral("name_ru"), nameRu, 300);
    Validation::maxLength(p, QStringLiteral("name_kk"), nameKk, 300);
    Validation::maxLength(p, QStringLiteral("measure"), measure, 64);
    if (target < 0)
        p.append({QStringLiteral("target"), tr("A target cannot be negative.")});
    if (baseline < 0)
        p.append({QStringLiteral("baseline"), tr("A baseline cannot be negative.")});
    if (unit == IndicatorUnit::Percent && target > 100)
        p.append({QStringLiteral("target"), tr("A percentage target cannot be above 100.")});
    // The measure names a computation in the store (reports match it as a key), so it is a
    // stable lower-case identifier, never free text.
    static const QRegularExpression identifier(QStringLiteral("^[a-z_]+$"));
    if (!measure.isEmpty() && !identifier.match(measure).hasMatch())
        p.append(
            {QStringLiteral("measure"), tr("Choose how the indicator is measured from the list.")});
    return p;
}

const Mapping<Indicator> &Indicator::mapping()
{
    using T = Indicator;
    static const Mapping<T> m(QStringLiteral("indicator"),
        {
            reference("project_id", &T::projectId, "project"),
            column("code", &T::code),
            column("name_en", &T::nameEn),
            column("name_ru", &T::nameRu),
            column("name_kk", &T::nameKk),
            column("unit", &T::unit),
            column("measure", &T::measure),
            column("baseline", &T::baseline),
            column("target", &T::target),
        });
    return m;
}

} // namespace ef
