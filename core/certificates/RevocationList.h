// The certificates an office has revoked or replaced, signed with its certified key as a
// COSE_Sign1, for verifiers: synced between offices and exported as a file for those who do not
// run the app. Each list carries a sequence number, so a newer list of the same key wins. It
// holds numbers, states and dates only: the reasons stay in the register.
#pragma once

#include "CoseSign1.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace ef {

class SigningKey;

struct RevocationList
{
    enum class State { Revoked = 1, Superseded = 2 };
    struct Entry
    {
        QString number;
        State state = State::Revoked;
        QDate on;
        QString replacedBy; // superseded: the number of the new certificate
        bool operator==(const Entry &) const = default;
    };

    QString office; // of the signing key
    qint64 issuedAt = 0; // seconds since 1970, UTC
    qint64 sequence = 0;
    QList<Entry> entries;

    QByteArray kid; // of the signing key (from the COSE header)
    QByteArray encoded;

    const Entry *find(const QString &number) const;

    static RevocationList sign(RevocationList fields, const SigningKey &key);
    // Reads a list; checks the signature only when `publicKey` is given.
    static std::optional<RevocationList> decode(
        QByteArrayView bytes, QByteArrayView publicKey = {}, QString *why = nullptr);

    static constexpr int Version = 1;
    static constexpr int MaxEntries = 100'000;
};

} // namespace ef
