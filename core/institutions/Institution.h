// A university, company, public body, accreditation agency or network; names in three languages.
#pragma once

#include "records/Enums.h"
#include "records/Problem.h"
#include "records/Record.h"

#include <QCoreApplication>

namespace ef {

template <class T> class Description;

struct Institution : Record
{
    Q_DECLARE_TR_FUNCTIONS(Institution)

public:
    InstitutionKind kind = InstitutionKind::University;
    QString nameEn;
    QString nameRu;
    QString nameKk;
    QString shortName;
    QString country = QStringLiteral("KZ"); // ISO 3166-1 alpha-2
    QString region;
    QString city;
    QString bin; // Kazakhstan business identification number, 12 digits
    QString pic; // Erasmus+ participant identification code, 9 digits
    QString website;

    Problems validate() const;
    // The name in the given language ("kk", "ru", "en"), falling back to the others.
    QString name(QStringView language) const;
    // Fields, labels and limits: the one description of this kind (records/Description.h).
    static const Description<Institution> &description();
};

} // namespace ef
