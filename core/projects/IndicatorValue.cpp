#include "projects/IndicatorValue.h"

#include "records/Validation.h"

namespace ef {

Problems IndicatorValue::validate() const
{
    Problems p;
    Validation::required(p, QStringLiteral("owner_id"), ownerId);
    Validation::required(p, QStringLiteral("indicator_id"), indicatorId);
    Validation::required(p, QStringLiteral("measured_on"), measuredOn);
    Validation::maxLength(p, QStringLiteral("note"), note, 10000);
    return p;
}

const Mapping<IndicatorValue> &IndicatorValue::mapping()
{
    using T = IndicatorValue;
    static const Mapping<T> m(QStringLiteral("indicator_value"),
        {
            reference("indicator_id", &T::indicatorId, "indicator"),
            column("measured_on", &T::measuredOn),
            column("value", &T::value),
            column("note", &T::note),
        });
    return m;
}

} // namespace ef
