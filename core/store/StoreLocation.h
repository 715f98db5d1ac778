// Where a store may live: the per-user local data folder by default, and never silently on a
// network share or in a cloud-synced folder, which corrupt open SQLite files.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace ef {

class StoreLocation
{
    Q_DECLARE_TR_FUNCTIONS(StoreLocation)

public:
    // <local app data>/edufusion.sqlite (%LOCALAPPDATA% on Windows).
    static QString defaultPath();
    // Why the folder is unsafe for a store ("a network share", "a OneDrive folder"), or empty.
    static QString riskOf(const QString &path);
};

} // namespace ef
