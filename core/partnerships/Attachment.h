// A document attached to a partnership; its bytes are kept once in blob_store by SHA-256.
#pragma once

#include "records/Enums.h"
#include "records/Problem.h"
#include "records/Record.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace ef {

template <class T> class Description;

struct Attachment : Record
{
    Q_DECLARE_TR_FUNCTIONS(Attachment)

public:
    Uuid partnershipId;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QByteArray sha256;
    QDate addedOn;

    Problems validate() const;
    // Fields, labels and limits: the one description of this kind (records/Description.h).
    static const Description<Attachment> &description();
};

} // namespace ef
