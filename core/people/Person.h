// A person in any role: educator, trainer, student or industry contact. The name is kept as
// written (usually Cyrillic) and in Latin script, for certificates and EU reports.
#pragma once

#include "records/Enums.h"
#include "records/Problem.h"
#include "records/Record.h"

#include <QCoreApplication>
#include <QFlags>

namespace ef {

template <class T> class Description;

enum class PersonRole { Educator = 1, Trainer = 2, Student = 4, IndustryContact = 8 };
Q_DECLARE_FLAGS(PersonRoles, PersonRole)
Q_DECLARE_OPERATORS_FOR_FLAGS(PersonRoles)

struct Person : Record
{
    Q_DECLARE_TR_FUNCTIONS(Person)

public:
    Uuid institutionId;
    QString familyName;
    QString givenName;
    QString patronymic;
    QString familyNameLatin;
    QString givenNameLatin;
    Gender gender = Gender::Undisclosed;
    QString email;
    QString phone;
    int roles = 0; // PersonRoles as stored

    PersonRoles roleFlags() const { return PersonRoles::fromInt(roles); }
    void setRoles(PersonRoles r) { roles = r.toInt(); }
    QString displayName() const; // "Family Given Patronymic"

    Problems validate() const;
    // Fields, labels and limits: the one description of this kind (records/Description.h).
    static const Description<Person> &description();
};

} // namespace ef
