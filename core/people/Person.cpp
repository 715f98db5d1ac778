#include "people/Person.h"

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
    Problems p;
    Validation::required(p, QStringLiteral("owner_id"), ownerId);
    Validation::required(p, QStringLiteral("family_name"), familyName);
    Validation::required(p, QStringLiteral("given_name"), givenName);
    Validation::maxLength(p, QStringLiteral("family_name"), familyName, 100);
    Validation::maxLength(p, QStringLiteral("given_name"), givenName, 100);
    Validation::maxLength(p, QStringLiteral("patronymic"), patronymic, 100);
    Validation::maxLength(p, QStringLiteral("family_name_latin"), familyNameLatin, 100);
    Validation::maxLength(p, QStringLiteral("given_name_latin"), givenNameLatin, 100);
    Validation::maxLength(p, QStringLiteral("email"), email, 254); // RFC 5321 path limit
    Validation::maxLength(p, QStringLiteral("phone"), phone, 30);
    Validation::latinName(p, QStringLiteral("family_name_latin"), familyNameLatin);
    Validation::latinName(p, QStringLiteral("given_name_latin"), givenNameLatin);
    Validation::email(p, QStringLiteral("email"), email);
    Validation::phone(p, QStringLiteral("phone"), phone);
    if (roles < 0 || roles > 15)
        p.append({QStringLiteral("roles"), tr("Choose the person's roles from the list.")});
    return p;
}

const Mapping<Person> &Person::mapping()
{
    using T = Person;
    static const Mapping<T> m(QStringLiteral("person"),
        {
            reference("institution_id", &T::institutionId, "institution"),
            column("family_name", &T::familyName),
            column("given_name", &T::givenName),
            column("patronymic", &T::patronymic),
            column("family_name_latin", &T::familyNameLatin),
            column("given_name_latin", &T::givenNameLatin),
            column("gender", &T::gender),
            column("email", &T::email),
            column("phone", &T::phone),
            column("roles", &T::roles),
        });
    return m;
}

} // namespace ef
