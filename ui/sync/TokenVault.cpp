#include "TokenVault.h"

#include <qt6keychain/keychain.h>

namespace ef {

namespace {

TokenVault::Outcome outcomeOf(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
        return TokenVault::Outcome::Ok;
    case QKeychain::EntryNotFound:
        return TokenVault::Outcome::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return TokenVault::Outcome::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::OtherError:
        return TokenVault::Outcome::Failed;
    }
    return TokenVault::Outcome::Failed;
}

} // namespace

TokenVault::TokenVault(QObject *parent)
    : QObject(parent)
{ }

QString TokenVault::keyFor(const QUrl &server, const QString &user)
{
    return user + u'@' + server.adjusted(QUrl::StripTrailingSlash).toString();
}

void TokenVault::read(const QString &key, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(service(), this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        done(outcomeOf(j), read->textData(), j->errorString());
    });
    job->start();
}

void TokenVault::write(const QString &key, const QString &token, WriteDone done)
{
    auto *job = new QKeychain::WritePasswordJob(service(), this);
    job->setKey(key);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (done)
            done(outcomeOf(j), j->errorString());
    });
    job->start();
}

void TokenVault::remove(const QString &key, WriteDone done)
{
    auto *job = new QKeychain::DeletePasswordJob(service(), this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (done)
            done(outcomeOf(j), j->errorString());
    });
    job->start();
}

} // namespace ef
