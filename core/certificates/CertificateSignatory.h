// One who signs a programme's certificates (a rector, the project's coordinator), in the order
// they appear on the page, with the title in Kazakh, Russian and English.
#pragma once

#include "records/Problem.h"
#include "records/Record.h"

#include <QCoreApplication>

namespace ef {

template <class T> class Description;

struct CertificateSignatory : Record
{
    Q_DECLARE_TR_FUNCTIONS(CertificateSignatory)

public:
    Uuid programmeId;
    int position = 1;
    QString name;
    QString nameLatin;
    QString titleKk;
    QString titleRu;
    QString titleEn;

    Problems validate() const;
    // Fields, labels and limits: the one description of this kind (records/Description.h).
    static const Description<CertificateSignatory> &description();
};

} // namespace ef
