#include "Indicator.h"

#include "Validation.h"

namespace ef {

Problems Indicator::validate() const
{
    Problems p;
    Validation::required(p, QStringLiteral("owner_id"), ownerId);
    Validation::required(p, QStringLiteral("project_id"), projectId);
    Validation::required(p, QStringLiteral("code"), code);
    Validation::required(p, QStringLiteral("name_en"), nameEn);
    Validation::required(p, QStringLiteral("measure"), measure);
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
