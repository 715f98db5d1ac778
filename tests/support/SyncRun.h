// Runs a whole sync of a store against a server and waits for it, for tests and benchmarks:
// signs in the first time (the token is kept for the next runs) and reports what happened.
#pragma once

#include "sync/SyncClient.h"

#include <optional>

namespace ef::test {

struct SyncOutcome
{
    std::optional<SyncFailure> failure; // empty when the run finished
    SyncStats stats;
    explicit operator bool() const { return !failure; }
    QString message() const { return failure ? failure->message : QString(); }
};

class SyncRun
{
public:
    SyncRun(Store &store, QUrl server, QString user, QString password);
    SyncClient::Options &options() { return m_options; }
    QString &token() { return m_token; }
    // Signs in when there is no token yet, then syncs until level (or failure).
    SyncOutcome run(int timeoutMs = 60000);

private:
    Store &m_store;
    SyncClient::Options m_options;
    QString m_user;
    QString m_password;
    QString m_token;
};

} // namespace ef::test
