// The person the sync tests and benchmarks make, edit and look for on other offices: every
// field a store requires, a Kazakh given name, and an e-mail to change.
#pragma once

#include "people/Person.h"

namespace ef::test {

inline Person samplePerson(const Uuid &institution, const QString &family)
{
    Person p;
    p.ownerId = institution;
    p.institutionId = institution;
    p.familyName = family;
    p.givenName = QStringLiteral("Әйгерім");
    p.familyNameLatin = QStringLiteral("Latin");
    p.givenNameLatin = QStringLiteral("Aigerim");
    p.gender = Gender::Female;
    p.email = QStringLiteral("first@example.kz");
    return p;
}

} // namespace ef::test
