#include "Attachments.h"

#include "Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace ef {

Result<Attachment, StoreError> Attachments::add(
    Store &store, const Uuid &partnershipId, const QString &fileName, const QByteArray &bytes)
{
    if (bytes.size() > MaxBytes) {
        return unexpected(StoreError::invalid({{QStringLiteral("size"),
            tr("%1 is larger than %2 MB; attach a smaller file.")
                .arg(fileName)
                .arg(MaxBytes / (1024 * 1024))}}));
    }
    auto partnership = store.db().prepare(
        QStringLiteral("SELECT owner_id FROM partnership WHERE id = ? AND deleted = 0"));
    partnership.bind(1, partnershipId);
    if (!partnership.next())
        return unexpected(StoreError::notFound(QStringLiteral("partnership")));

    Attachment a;
    a.ownerId = partnership.uuid(0);
    partnership.reset();
    a.partnershipId = partnershipId;
    a.fileName = QFileInfo(fileName).fileName();
    a.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(fileName, bytes).name();
    a.size = bytes.size();
    a.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    a.addedOn = store.clock().today();

    auto r = store.transact([&]() -> Result<void, StoreError> {
        Statement s = store.db().prepare(QStringLiteral(
            "INSERT OR IGNORE INTO blob_store (sha256, size, data) VALUES (?, ?, ?)"));
        s.bind(1, a.sha256)
            .bind(2, std::int64_t(bytes.size()))
            .bind(3, bytes.isNull() ? QByteArray("", 0) : bytes);
        if (auto w = s.exec(); !w)
            return unexpected(StoreError::fromDb(w.error()));
        return store.insert(a);
    });
    if (!r)
        return unexpected(r.error());
    return a;
}

Result<Attachment, StoreError> Attachments::addFile(
    Store &store, const Uuid &partnershipId, const QString &path)
{
    QFile f(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (f.size() > MaxBytes) {
        return unexpected(StoreError::invalid({{QStringLiteral("size"),
            tr("%1 is larger than %2 MB; attach a smaller file.")
                .arg(shown)
                .arg(MaxBytes / (1024 * 1024))}}));
    }
    if (!f.open(QIODevice::ReadOnly)) {
        return unexpected(StoreError::invalid({{QStringLiteral("file_name"),
            tr("%1 cannot be read: %2").arg(shown, f.errorString())}}));
    }
    const QByteArray bytes = f.readAll();
    if (f.error() != QFileDevice::NoError) {
        return unexpected(StoreError::invalid({{QStringLiteral("file_name"),
            tr("%1 cannot be read: %2").arg(shown, f.errorString())}}));
    }
    return add(store, partnershipId, path, bytes);
}

bool Attachments::hasContent(Store &store, const QByteArray &sha256)
{
    Statement s = store.db().prepare(QStringLiteral("SELECT 1 FROM blob_store WHERE sha256 = ?"));
    s.bind(1, sha256);
    return s.next();
}

std::optional<QByteArray> Attachments::content(Store &store, const Attachment &attachment)
{
    Statement s
        = store.db().prepare(QStringLiteral("SELECT data FROM blob_store WHERE sha256 = ?"));
    s.bind(1, attachment.sha256);
    if (!s.next())
        return std::nullopt;
    QByteArray bytes = s.blob(0);
    if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256) != attachment.sha256)
        return std::nullopt;
    return bytes;
}

QList<Attachment> Attachments::ofPartnership(Store &store, const Uuid &partnershipId)
{
    const Mapping<Attachment> &m = Attachment::description().mapping();
    Statement s = store.db().prepare(m.selectSql()
        + QStringLiteral(
            " WHERE partnership_id = ? AND deleted = 0 ORDER BY file_name COLLATE KAZAKH"));
    s.bind(1, partnershipId);
    QList<Attachment> out;
    while (s.next())
        out.append(m.read(s));
    return out;
}

} // namespace ef
