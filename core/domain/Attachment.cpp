#include "Attachment.h"

#include "Validation.h"

namespace ef {

Problems Attachment::validate() const
{
    Problems p;
    Validation::required(p, QStringLiteral("owner_id"), ownerId);
    Validation::required(p, QStringLiteral("partnership_id"), partnershipId);
    Validation::required(p, QStringLiteral("file_name"), fileName);
    Validation::required(p, QStringLiteral("mime_type"), mimeType);
    Validation::required(p, QStringLiteral("added_on"), addedOn);
    return p;
}

const Mapping<Attachment> &Attachment::mapping()
{
    using T = Attachment;
    static const Mapping<T> m(QStringLiteral("attachment"),
                              {
                                  reference("partnership_id", &T::partnershipId, "partnership"),
                                  column("file_name", &T::fileName),
                                  column("mime_type", &T::mimeType),
                                  column("size", &T::size),
                                  column("sha256", &T::sha256),
                                  column("added_on", &T::addedOn),
                              });
    return m;
}

} // namespace ef
