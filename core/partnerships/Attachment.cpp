#include "partnerships/Attachment.h"

#include "records/Description.h"
#include "records/Validation.h"

namespace ef {

Problems Attachment::validate() const
{
    using T = Attachment;
    const Description<T> &d = description();
    Problems p = d.check(*this);
    if (sha256.size() != 32)
        p.append({d.column(&T::sha256), tr("The file's checksum is missing or damaged.")});
    return p;
}

const Description<Attachment> &Attachment::description()
{
    using T = Attachment;
    static const Description<T> d("attachment", QT_TR_NOOP("Document"),
        {
            field(&T::partnershipId, "partnership_id", QT_TR_NOOP("Partnership"), "partnership")
                .required(),
            field(&T::fileName, "file_name", QT_TR_NOOP("File name"))
                .required()
                .maxLength(255)
                .pattern(R"(^[^/\\]*$)", QT_TR_NOOP("A file name cannot contain / or \\.")),
            field(&T::mimeType, "mime_type", QT_TR_NOOP("Type"))
                .required()
                .maxLength(255)
                .hidden()
                .pattern("^[a-z0-9.+-]+/[a-zA-Z0-9.+-]+$",
                    QT_TR_NOOP("The file type is not recognised.")),
            field(&T::size, "size", QT_TR_NOOP("Size"))
                .hidden()
                .range(0, 1e15, 0, QT_TR_NOOP("The file size cannot be negative.")),
            field(&T::sha256, "sha256", QT_TR_NOOP("Checksum")).hidden(),
            field(&T::addedOn, "added_on", QT_TR_NOOP("Added on")).required(),
        });
    return d;
}

} // namespace ef
