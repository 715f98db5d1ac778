#include "partnerships/Attachment.h"

#include "records/Validation.h"

#include <QRegularExpression>

namespace ef {

Problems Attachment::validate() const
{
    Problems p;
    Validation::required(p, QStringLiteral("owner_id"), ownerId);
    Validation::required(p, QStringLiteral("partnership_id"), partnershipId);
    Validation::required(p, QStringLiteral("file_name"), fileName);
    Validation::required(p, QStringLiteral("mime_type"), mimeType);
    Validation::required(p, QStringLiteral("added_on"), addedOn);
    if (size < 0)
        p.append({QStringLiteral("size"), tr("The file size cannot be negative.")});
    if (sha256.size() != 32)
        p.append({QStringLiteral("sha256"), tr("The file's checksum is missing or damaged.")});
    if (fileName.contains(u'/') || fileName.contains(u'\\'))
        p.append({QStringLiteral("file_name"), tr("A file name cannot contain / or \\.")});
    Validation::maxLength(p, QStringLiteral("file_name"), fileName, 255);
    Validation::maxLength(p, QStringLiteral("mime_type"), mimeType, 255);
    static const QRegularExpression mime(QStringLiteral("^[a-z0-9.+-]+/[a-zA-Z0-9.+-]+$"));
    if (!mimeType.isEmpty() && !mime.match(mimeType).hasMatch())
        p.append({QStringLiteral("mime_type"), tr("The file type is not recognised.")});
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
