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
    // UNC paths are checked as given too: on Unix absoluteFilePath() folds "//server" to "/server".
    if (native.startsWith(QLatin1String("\\\\")) || abs.startsWith(QLatin1String("//"))
        || path.startsWith(QLatin1String("//")) || path.startsWith(QLatin1String("\\\\")))
        return tr("a network share");

    static const struct
    {
        const char *folder;
        const char *service;
    } cloud[] = {{"OneDrive", "OneDrive"}, {"Dropbox", "Dropbox"}, {"Google Drive", "Google Drive"},
        {"GoogleDrive", "Google Drive"}, {"iCloudDrive", "iCloud"}, {"iCloud Drive", "iCloud"},
        {"Yandex.Disk", "Yandex Disk"}, {"YandexDisk", "Yandex Disk"}, {"MEGA", "MEGA"},
        {"MEGAsync", "MEGA"}, {"pCloud", "pCloud"}};
    const QStringList parts = abs.split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        for (const auto &c : cloud) {
            // "OneDrive", "OneDrive - KazNU", "Dropbox (Personal)", but not "Megan" for "MEGA".
            const QLatin1String folder(c.folder);
            if (part.startsWith(folder, Qt::CaseInsensitive)
                && (part.size() == folder.size() || !part.at(folder.size()).isLetterOrNumber()))
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
