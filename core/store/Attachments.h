// Documents attached to partnerships, kept inside the store: the bytes once per content
// (blob_store, addressed by SHA-256, which is also how they sync), the Attachment row per use.
#pragma once

#include "StoreError.h"
#include "partnerships/Attachment.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <optional>

namespace ef {

class Store;

class Attachments
{
    Q_DECLARE_TR_FUNCTIONS(Attachments)

public:
    static constexpr qint64 MaxBytes = 64 * 1024 * 1024;

    // Stores the bytes (once per content) and the attachment row in one transaction.
    static Result<Attachment, StoreError> add(
        Store &store, const Uuid &partnershipId, const QString &fileName, const QByteArray &bytes);
    // Reads a file from disk and adds it; errors name the file.
    static Result<Attachment, StoreError> addFile(
        Store &store, const Uuid &partnershipId, const QString &path);
    // The bytes of an attachment, verified against its SHA-256; nothing when they are missing
    // (not yet synced) or damaged.
    static std::optional<QByteArray> content(Store &store, const Attachment &attachment);
    static bool hasContent(Store &store, const QByteArray &sha256);

    static QList<Attachment> ofPartnership(Store &store, const Uuid &partnershipId);
};

} // namespace ef
