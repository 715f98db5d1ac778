#include "people/Person.h"

#include "records/Description.h"
#include "records/Validation.h"

namespace ef {

QString Person::displayName() const
{
    QString n = familyName + u' ' + givenName;
    if (!patronymic.isEmpty())
        n += u' ' + patronymic;
    return n;
}

Problems Person::validate() const
{
    using T = Person;
    const Description<T> &d = description();
    Problems p = d.check(*this);
    return p;
}

const Description<Person> &Person::description()
{
    using T = Person;
    static const Description<T> d("person", QT_TR_NOOP("Person"),
        {
            field(&T::familyName, "family_name", QT_TR_NOOP("Family name"))
                .required()
                .maxLength(100),
            field(&T::givenName, "given_name", QT_TR_NOOP("Given name")).required().maxLength(100),
            field(&T::patronymic, "patronymic", QT_TR_NOOP("Patronymic")).maxLength(100),
            field(&T::familyNameLatin, "family_name_latin", QT_TR_NOOP("Family name in Latin"))
                .maxLength(100)
                .format(FieldFormat::LatinName),
            field(&T::givenNameLatin, "given_name_latin", QT_TR_NOOP("Given name in Latin"))
                .maxLength(100)
                .format(FieldFormat::LatinName),
            field(&T::gender, "gender", QT_TR_NOOP("Gender")),
            field(&T::institutionId, "institution_id", QT_TR_NOOP("Institution"), "institution")
                .ownsNewRecord(),
            field(&T::roles, "roles", QT_TR_NOOP("Roles"))
                .as(FieldKind::Roles)
                .range(0, 15, 0, QT_TR_NOOP("Choose the person's roles from the list.")),
            field(&T::email, "email", QT_TR_NOOP("Email"))
                .maxLength(254)
                .format(FieldFormat::Email),
            field(&T::phone, "phone", QT_TR_NOOP("Phone")).maxLength(30).format(FieldFormat::Phone),
        });
    return d;
}

} // namespace ef
