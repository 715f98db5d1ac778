#include "StoreLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStorageInfo>

namespace ef {

QString StoreLocation::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/edufusion.sqlite");
}

QString StoreLocation::riskOf(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    const QString native = QDir::toNativeSeparators(abs);
    if (native.startsWith(QLatin1String("\\\\")) || abs.startsWith(QLatin1String("//")))
        return tr("a network share");

    static const struct
    {
        const char *folder;
        const char *service;
    } cloud[] = {{"OneDrive", "OneDrive"},        {"Dropbox", "Dropbox"},
                 {"Google Drive", "Google Drive"}, {"GoogleDrive", "Google Drive"},
                 {"iCloudDrive", "iCloud"},         {"iCloud Drive", "iCloud"},
                 {"Yandex.Disk", "Yandex Disk"},    {"YandexDisk", "Yandex Disk"},
                 {"MEGA", "MEGA"},                  {"pCloud", "pCloud"}};
    const QStringList parts = abs.split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        for (const auto &c : cloud) {
            if (part.startsWith(QLatin1String(c.folder), Qt::CaseInsensitive))
                return tr("a folder synchronised by %1").arg(QLatin1String(c.service));
        }
    }

    QFileInfo fi(abs);
    const QString existing = fi.exists() ? abs : fi.absolutePath();
    const QByteArray fs = QStorageInfo(existing).fileSystemType().toLower();
    static const char *const network[] = {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs",
                                          "fuse.sshfs", "9p", "afs", "ncpfs", "davfs", "fuse.rclone"};
    for (const char *n : network)
        if (fs == n)
            return tr("a network share");
    return {};
}

} // namespace ef
