#include "projects/IndicatorValue.h"

#include "records/Description.h"
#include "records/Validation.h"

namespace ef {

Problems IndicatorValue::validate() const
{
    const Description<IndicatorValue> &d = description();
    Problems p = d.check(*this);
    return p;
}

const Description<IndicatorValue> &IndicatorValue::description()
{
    using T = IndicatorValue;
    static const Description<T> d("indicator_value", QT_TR_NOOP("Indicator value"),
        {
            field(&T::indicatorId, "indicator_id", QT_TR_NOOP("Indicator"), "indicator").required(),
            field(&T::measuredOn, "measured_on", QT_TR_NOOP("Measured on")).required(),
            field(&T::value, "value", QT_TR_NOOP("Value")).range(0, 1e9, 1),
            field(&T::note, "note", QT_TR_NOOP("Note")).maxLength(10000).as(FieldKind::LongText),
        });
    return d;
}

} // namespace ef
