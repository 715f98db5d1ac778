// A real store file in a fresh temporary folder, on a manual clock, for one test.
#pragma once

#include "QtPrinters.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QTemporaryDir>
#include <memory>

namespace ef::test {

class TempStore
{
public:
    TempStore();
    Store &operator*() { return *m_store; }
    Store *operator->() { return m_store.get(); }
    Store &store() { return *m_store; }
    ManualClock &clock() { return m_clock; }
    QString dir() const { return m_dir.path(); }
    QString path() const { return m_dir.filePath(QStringLiteral("store.sqlite")); }
    // Closes and opens the file again, as a restart of the app would.
    void reopen();
    void close() { m_store.reset(); }
    // An institution to own test rows.
    Uuid homeInstitution();

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Store> m_store;
    Uuid m_home;
};

} // namespace ef::test
