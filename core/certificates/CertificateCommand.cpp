#include "CertificateCommand.h"

#include "Certificate.h"
#include "CertificateBatchTask.h"
#include "CertificateCheck.h"
#include "CertificateKeys.h"
#include "CertificateNumber.h"
#include "CertificateRegister.h"
#include "Ed25519.h"
#include "KeyFile.h"
#include "records/EnumLabels.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>

namespace ef {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

std::unique_ptr<Store> openExisting(const QString &path, QTextStream &err)
{
    if (!QFileInfo::exists(path)) {
        err << CertificateCommand::tr("There is no data file %1.").arg(shown(path)) << Qt::endl;
        return nullptr;
    }
    auto opened = Store::open(path);
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return nullptr;
    }
    return std::move(*opened);
}

Result<QJsonObject, QString> readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return unexpected(
            CertificateCommand::tr("%1 cannot be read: %2").arg(shown(path), f.errorString()));
    if (f.size() > 4 * 1024 * 1024)
        return unexpected(CertificateCommand::tr("%1 is too large.").arg(shown(path)));
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject())
        return unexpected(CertificateCommand::tr("%1 is not a JSON file.").arg(shown(path)));
    return doc.object();
}

// Written whole or not at all; an existing file is kept unless `replace`.
Result<void, QString> writeFile(const QString &path, const QByteArray &bytes, bool replace)
{
    if (!replace && QFileInfo::exists(path))
        return unexpected(
            CertificateCommand::tr("%1 exists already; it is left as it is.").arg(shown(path)));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return unexpected(CertificateCommand::tr("%1 cannot be written.").arg(shown(path)));
    return {};
}

QString hex(const QByteArray &b)
{
    return QString::fromLatin1(b.toHex());
}

void printOutcome(const CertificateVerifier::Outcome &o, QTextStream &out)
{
    const QLocale l;
    out << CertificateVerifier::verdictName(o.verdict) << Qt::endl;
    out << CertificateVerifier::verdictText(o.verdict) << ": "
        << CertificateVerifier::explanation(o) << Qt::endl;
    if (!o.decoded)
        return;
    const CertificatePayload &p = o.payload;
    out << CertificateCommand::tr("Number: %1").arg(p.number) << Qt::endl;
    out << CertificateCommand::tr("Holder: %1").arg(p.holderName()) << Qt::endl;
    if (!p.holderLatin.isEmpty())
        out << CertificateCommand::tr("Holder in Latin: %1").arg(p.holderName(true)) << Qt::endl;
    out << CertificateCommand::tr("Programme: %1")
               .arg(QStringList {p.programmeCode, p.programmeTitle}.join(u' ').trimmed())
        << Qt::endl;
    if (p.eventStart.isValid())
        out << CertificateCommand::tr("Event: %1 – %2")
                   .arg(l.toString(p.eventStart, QLocale::ShortFormat),
                       l.toString(p.eventEnd, QLocale::ShortFormat))
            << Qt::endl;
    out << CertificateCommand::tr("Hours: %1").arg(l.toString(p.hours)) << Qt::endl;
    if (p.ects > 0)
        out << CertificateCommand::tr("ECTS credits: %1").arg(l.toString(p.ects)) << Qt::endl;
    out << CertificateCommand::tr("Issued on: %1").arg(l.toString(p.issuedOn, QLocale::ShortFormat))
        << Qt::endl;
    if (p.validUntil.isValid())
        out << CertificateCommand::tr("Valid until: %1")
                   .arg(l.toString(p.validUntil, QLocale::ShortFormat))
            << Qt::endl;
    if (!p.replaces.isEmpty())
        out << CertificateCommand::tr("Replaces: %1").arg(p.replaces) << Qt::endl;
    if (o.key)
        out << CertificateCommand::tr("Signed by: %1, key %2%3")
                   .arg(o.key->office, hex(o.key->keyId()),
                       o.key->demo ? CertificateCommand::tr(" (demo key)") : QString())
            << Qt::endl;
}

} // namespace

QStringList CertificateCommand::ceremonyActions()
{
    return {QStringLiteral("create-root"), QStringLiteral("create-office"),
        QStringLiteral("certify"), QStringLiteral("import"), QStringLiteral("trust"),
        QStringLiteral("list"), QStringLiteral("retire")};
}

int CertificateCommand::verify(const Args &a, QTextStream &out, QTextStream &err)
{
    const QString input = a.input.trimmed();
    if (input.isEmpty()) {
        err << tr("Give a PDF, a picture, the text of a QR code or a certificate number to verify.")
            << Qt::endl;
        return Failed;
    }
    std::unique_ptr<Store> store;
    TrustList trust;
    if (!a.trustFile.isEmpty()) {
        QFile f(a.trustFile);
        if (!f.open(QIODevice::ReadOnly)) {
            err << tr("%1 cannot be read: %2").arg(shown(a.trustFile), f.errorString()) << Qt::endl;
            return Failed;
        }
        auto t = TrustList::fromJson(f.read(4 * 1024 * 1024));
        if (!t) {
            err << t.error() << Qt::endl;
            return Failed;
        }
        trust = *t;
    } else {
        store = openExisting(a.store, err);
        if (!store)
            return Failed;
        trust = CertificateKeys(*store).trust();
    }

    const CertificateCheck::Answer answer
        = CertificateCheck(trust, a.today, store.get()).check(input);
    if (answer.unknownNumber) {
        out << QStringLiteral("unknown-number") << Qt::endl;
        out << answer.problem << Qt::endl;
    } else if (!answer.problem.isEmpty()) {
        out << CertificateVerifier::verdictName(answer.outcome.verdict) << Qt::endl;
        err << answer.problem << Qt::endl;
    } else {
        printOutcome(answer.outcome, out);
    }
    return answer.exitCode();
}

int CertificateCommand::certificatesPdf(const Args &a, QTextStream &out, QTextStream &err)
{
    if (a.outDir.isEmpty() || (a.eventId.isEmpty() == a.number.isEmpty())) {
        err << tr("Give --event ID or --number N, and --out FOLDER.") << Qt::endl;
        return Failed;
    }
    std::unique_ptr<Store> store = openExisting(a.store, err);
    if (!store)
        return Failed;
    CertificateRegister reg(*store);
    QList<Uuid> ids;
    if (!a.number.isEmpty()) {
        const std::optional<Certificate> c = reg.findByNumber(a.number);
        if (!c || c->seal.isEmpty()) {
            err << tr("%1 is not in this data file's register.").arg(a.number) << Qt::endl;
            return Failed;
        }
        ids << c->id;
    } else {
        const auto event = Uuid::fromString(a.eventId);
        if (!event) {
            err << tr("“%1” is not an event's id.").arg(a.eventId) << Qt::endl;
            return Failed;
        }
        ids = reg.certificatesOf(*event);
        if (ids.isEmpty()) {
            err << tr("The event has no valid certificates.") << Qt::endl;
            return Failed;
        }
    }
    CertificateBatchTask task(*store, ids);
    if (a.combined)
        task.setOutput(CertificateBatchTask::Output::Combined,
            QDir(a.outDir).filePath(QStringLiteral("certificates.pdf")));
    else
        task.setOutput(CertificateBatchTask::Output::Files, a.outDir);
    if (a.combined && !QDir().mkpath(a.outDir)) {
        err << tr("The folder %1 cannot be made.").arg(shown(a.outDir)) << Qt::endl;
        return Failed;
    }
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&task, &Task::finished, &loop, [&](const TaskResult &result) {
        ok = result.ok();
        if (ok)
            out << tr("%n certificate(s) written.", nullptr, int(ids.size())) << Qt::endl;
        else
            err << result.error().message << Qt::endl;
        loop.quit();
    });
    task.start();
    if (task.isRunning())
        loop.exec();
    for (const QString &f : task.written())
        out << shown(f) << Qt::endl;
    return ok ? 0 : Failed;
}

int CertificateCommand::consortiumKey(const Args &a, QTextStream &out, QTextStream &err)
{
    std::unique_ptr<Store> store = openExisting(a.store, err);
    if (!store)
        return Failed;
    const TrustList trust = CertificateKeys(*store).trust();
    if (trust.isEmpty()) {
        err << tr("This data file trusts no consortium root key.") << Qt::endl;
        return Failed;
    }
    if (auto w = writeFile(a.outDir, trust.toJson(), true); !w) {
        err << w.error() << Qt::endl;
        return Failed;
    }
    for (const TrustList::Root &r : trust.roots())
        out << tr("Root key %1%2")
                   .arg(hex(Ed25519::keyId(r.publicKey)), r.demo ? tr(" (demo key)") : QString())
            << Qt::endl;
    out << tr("%n office key(s) written to %1", nullptr, int(trust.keys().size()))
               .arg(shown(a.outDir))
        << Qt::endl;
    out << tr("%n revocation list(s) written to %1", nullptr, int(trust.revocationLists().size()))
               .arg(shown(a.outDir))
        << Qt::endl;
    return 0;
}

int CertificateCommand::keyCeremony(const Args &a, QTextStream &out, QTextStream &err)
{
    const QByteArray passphrase = a.passphrase.toUtf8();
    auto needPassphrase = [&]() {
        if (passphrase.size() >= 8)
            return true;
        err << tr("The passphrase (EDUFUSION_PASSPHRASE or the first line of standard input) "
                  "must have at least 8 characters.")
            << Qt::endl;
        return false;
    };
    const qint64 now = Clock::system().nowMs() / 1000;

    if (a.action == u"create-root") {
        if (a.keyFile.isEmpty() || !needPassphrase()) {
            if (a.keyFile.isEmpty())
                err << tr("Give the root key's file: --key-file FILE.") << Qt::endl;
            return Failed;
        }
        const SigningKey root = SigningKey::generate();
        KeyFile::Info info;
        info.kind = KeyFile::Kind::Root;
        info.demo = a.demo;
        QJsonObject file = KeyFile::seal(root, info, passphrase, KeyFile::rootCost());
        file.insert(QStringLiteral("certified"), QJsonArray());
        if (auto w = writeFile(a.keyFile, QJsonDocument(file).toJson(), false); !w) {
            err << w.error() << Qt::endl;
            return Failed;
        }
        out << tr("Root key %1 written to %2, sealed with the passphrase. Keep the file and the "
                  "passphrase apart, on computers that never go online.")
                   .arg(hex(root.keyId()), shown(a.keyFile))
            << Qt::endl;
        return 0;
    }

    if (a.action == u"create-office") {
        if (!CertificateNumber::isOfficeCode(a.office) || a.request.isEmpty()) {
            err << tr("Give the office's code (--office EKTU: capital letters and digits) and "
                      "the request file to write (--request FILE).")
                << Qt::endl;
            return Failed;
        }
        if (!needPassphrase())
            return Failed;
        std::unique_ptr<Store> store = openExisting(a.store, err);
        if (!store)
            return Failed;
        const SigningKey key = SigningKey::generate();
        const QJsonObject request {
            {QStringLiteral("format"), QStringLiteral("edufusion-key-request")},
            {QStringLiteral("version"), 1}, {QStringLiteral("office"), a.office},
            {QStringLiteral("officeName"), a.officeName}, {QStringLiteral("kid"), hex(key.keyId())},
            {QStringLiteral("publicKey"), hex(key.publicKey())}};
        if (auto w = writeFile(a.request, QJsonDocument(request).toJson(), false); !w) {
            err << w.error() << Qt::endl;
            return Failed;
        }
        if (auto s = CertificateKeys(*store).addSecret(
                key, a.office, CertificateKeys::Protection::Passphrase, passphrase);
            !s) {
            QFile::remove(a.request);
            err << s.error() << Qt::endl;
            return Failed;
        }
        out << tr("Key %1 of %2 made and sealed in %3. Send %4 to the consortium's coordinator "
                  "to certify.")
                   .arg(hex(key.keyId()), a.office, shown(a.store), shown(a.request))
            << Qt::endl;
        return 0;
    }

    if (a.action == u"certify" || a.action == u"retire") {
        auto file = readJson(a.keyFile);
        if (!file) {
            err << file.error() << Qt::endl;
            return Failed;
        }
        const auto info = KeyFile::info(*file);
        if (!info || info->kind != KeyFile::Kind::Root) {
            err << (info ? tr("%1 is not a root key.").arg(shown(a.keyFile)) : info.error())
                << Qt::endl;
            return Failed;
        }
        if (!needPassphrase())
            return Failed;
        const auto root = KeyFile::open(*file, passphrase);
        if (!root) {
            err << root.error() << Qt::endl;
            return Failed;
        }
        QJsonArray ledger = file->value(QStringLiteral("certified")).toArray();
        KeyCertificate f;
        if (a.action == u"certify") {
            const auto request = readJson(a.request);
            if (!request) {
                err << request.error() << Qt::endl;
                return Failed;
            }
            f.office = request->value(QStringLiteral("office")).toString();
            f.officeName = a.officeName.isEmpty()
                ? request->value(QStringLiteral("officeName")).toString()
                : a.officeName;
            f.publicKey = QByteArray::fromHex(
                request->value(QStringLiteral("publicKey")).toString().toLatin1());
            if (request->value(QStringLiteral("format")).toString() != u"edufusion-key-request"
                || !CertificateNumber::isOfficeCode(f.office)
                || f.publicKey.size() != Ed25519::PublicKeySize) {
                err << tr("%1 is not a key request.").arg(shown(a.request)) << Qt::endl;
                return Failed;
            }
            // The next free block of the office: blocks never overlap, so the office's computers
            // never give the same number, offline or not.
            int last = 0;
            for (const QJsonValue &v : ledger) {
                const QJsonObject e = v.toObject();
                if (e.value(QStringLiteral("office")).toString() != f.office)
                    continue;
                if (e.value(QStringLiteral("kid")).toString() == hex(Ed25519::keyId(f.publicKey))) {
                    err << tr("This key is certified already.") << Qt::endl;
                    return Failed;
                }
                last = std::max(last, e.value(QStringLiteral("lastSerial")).toInt());
            }
            f.firstSerial = last + 1;
            f.lastSerial = std::min(999'999, last + std::max(1, a.blockSize));
            if (f.firstSerial > 999'999) {
                err << tr("The office %1 has no numbers left to give.").arg(f.office) << Qt::endl;
                return Failed;
            }
            f.validFrom = a.validFrom.isValid() ? a.validFrom : a.today;
            f.validUntil = a.validUntil.isValid() ? a.validUntil : f.validFrom.addYears(3);
        } else {
            const QString kid = a.keyId.toLower();
            QJsonObject found;
            for (const QJsonValue &v : ledger)
                if (v.toObject().value(QStringLiteral("kid")).toString() == kid)
                    found = v.toObject();
            if (found.isEmpty()) {
                err << tr("The root has not certified a key %1.").arg(a.keyId) << Qt::endl;
                return Failed;
            }
            f.office = found.value(QStringLiteral("office")).toString();
            f.officeName = found.value(QStringLiteral("officeName")).toString();
            f.publicKey = QByteArray::fromHex(
                found.value(QStringLiteral("publicKey")).toString().toLatin1());
            f.firstSerial = found.value(QStringLiteral("firstSerial")).toInt();
            f.lastSerial = found.value(QStringLiteral("lastSerial")).toInt();
            f.validFrom = QDate::fromString(
                found.value(QStringLiteral("validFrom")).toString(), Qt::ISODate);
            // Retired: it signs no more from tomorrow (or the day given).
            f.validUntil = a.validUntil.isValid() ? a.validUntil : a.today;
            f.validUntil = std::max(f.validFrom,
                std::min(f.validUntil,
                    QDate::fromString(
                        found.value(QStringLiteral("validUntil")).toString(), Qt::ISODate)));
        }
        if (f.validUntil < f.validFrom) {
            err << tr("The key's last day comes before its first.") << Qt::endl;
            return Failed;
        }
        f.demo = info->demo;
        f.certifiedAt = now;
        const KeyCertificate cert = KeyCertificate::certify(f, *root);
        const QJsonObject certFile {
            {QStringLiteral("format"), QStringLiteral("edufusion-key-certificate")},
            {QStringLiteral("version"), 1}, {QStringLiteral("office"), f.office},
            {QStringLiteral("kid"), hex(cert.keyId())},
            {QStringLiteral("certificate"), hex(cert.encoded)}};
        if (auto w = writeFile(a.certificate, QJsonDocument(certFile).toJson(), false); !w) {
            err << w.error() << Qt::endl;
            return Failed;
        }
        QJsonObject entry {{QStringLiteral("office"), f.office},
            {QStringLiteral("officeName"), f.officeName},
            {QStringLiteral("kid"), hex(cert.keyId())},
            {QStringLiteral("publicKey"), hex(f.publicKey)},
            {QStringLiteral("firstSerial"), f.firstSerial},
            {QStringLiteral("lastSerial"), f.lastSerial},
            {QStringLiteral("validFrom"), f.validFrom.toString(Qt::ISODate)},
            {QStringLiteral("validUntil"), f.validUntil.toString(Qt::ISODate)},
            {QStringLiteral("certifiedAt"), double(now)}};
        if (a.action == u"retire")
            entry.insert(QStringLiteral("retired"), true);
        ledger.append(entry);
        file->insert(QStringLiteral("certified"), ledger);
        if (auto w = writeFile(a.keyFile, QJsonDocument(*file).toJson(), true); !w) {
            err << w.error() << Qt::endl;
            return Failed;
        }
        out << (a.action == u"certify"
                ? tr("Key %1 of %2 certified from %3 to %4 for numbers %5 to %6; "
                     "certificate written to %7.")
                : tr("Key %1 of %2 retired: it signs until %4 (from %3), numbers %5 to %6; "
                     "certificate written to %7."))
                   .arg(hex(cert.keyId()), f.office, f.validFrom.toString(Qt::ISODate),
                       f.validUntil.toString(Qt::ISODate))
                   .arg(f.firstSerial)
                   .arg(f.lastSerial)
                   .arg(shown(a.certificate))
            << Qt::endl;
        return 0;
    }

    if (a.action == u"import") {
        std::unique_ptr<Store> store = openExisting(a.store, err);
        if (!store)
            return Failed;
        const auto file = readJson(a.certificate);
        if (!file) {
            err << file.error() << Qt::endl;
            return Failed;
        }
        const QByteArray encoded
            = QByteArray::fromHex(file->value(QStringLiteral("certificate")).toString().toLatin1());
        const auto cert = CertificateKeys(*store).importKeyCertificate(encoded);
        if (!cert) {
            err << cert.error() << Qt::endl;
            return Failed;
        }
        out << tr("Key %1 of %2 may sign from %3 to %4.")
                   .arg(hex(cert->keyId()), cert->office, cert->validFrom.toString(Qt::ISODate),
                       cert->validUntil.toString(Qt::ISODate))
            << Qt::endl;
        return 0;
    }

    if (a.action == u"trust") {
        std::unique_ptr<Store> store = openExisting(a.store, err);
        if (!store)
            return Failed;
        QFile f(a.certificate);
        if (!f.open(QIODevice::ReadOnly)) {
            err << tr("%1 cannot be read: %2").arg(shown(a.certificate), f.errorString())
                << Qt::endl;
            return Failed;
        }
        const auto t = TrustList::fromJson(f.read(4 * 1024 * 1024));
        if (!t) {
            err << t.error() << Qt::endl;
            return Failed;
        }
        CertificateKeys keys(*store);
        for (const TrustList::Root &r : t->roots()) {
            if (r.demo) {
                err << tr("A demo root is trusted by demo data only; it is left out.") << Qt::endl;
                continue;
            }
            if (auto w = keys.trustRoot(r.publicKey, false); !w) {
                err << w.error() << Qt::endl;
                return Failed;
            }
            out << tr("Root key %1 trusted.").arg(hex(Ed25519::keyId(r.publicKey))) << Qt::endl;
        }
        // The office keys the file carries, when signed by a root now trusted.
        int imported = 0;
        for (const KeyCertificate &c : t->keyCertificates())
            imported += keys.importKeyCertificate(c.encoded).ok() ? 1 : 0;
        out << tr("%n office key(s) taken in.", nullptr, imported) << Qt::endl;
        return 0;
    }

    if (a.action == u"list") {
        if (!a.keyFile.isEmpty()) {
            const auto file = readJson(a.keyFile);
            if (!file) {
                err << file.error() << Qt::endl;
                return Failed;
            }
            for (const QJsonValue &v : file->value(QStringLiteral("certified")).toArray()) {
                const QJsonObject e = v.toObject();
                out << QStringLiteral("%1  %2  %3 – %4  %5–%6%7")
                           .arg(e.value(QStringLiteral("office")).toString(),
                               e.value(QStringLiteral("kid")).toString(),
                               e.value(QStringLiteral("validFrom")).toString(),
                               e.value(QStringLiteral("validUntil")).toString())
                           .arg(e.value(QStringLiteral("firstSerial")).toInt())
                           .arg(e.value(QStringLiteral("lastSerial")).toInt())
                           .arg(e.value(QStringLiteral("retired")).toBool() ? tr("  retired")
                                                                            : QString())
                    << Qt::endl;
            }
            return 0;
        }
        std::unique_ptr<Store> store = openExisting(a.store, err);
        if (!store)
            return Failed;
        CertificateKeys keys(*store);
        QList<QByteArray> own;
        for (const auto &s : keys.secrets())
            own << s.kid;
        for (const KeyCertificate &k : keys.trust().keys())
            out << QStringLiteral("%1  %2  %3 – %4  %5–%6%7%8")
                       .arg(k.office, hex(k.keyId()), k.validFrom.toString(Qt::ISODate),
                           k.validUntil.toString(Qt::ISODate))
                       .arg(k.firstSerial)
                       .arg(k.lastSerial)
                       .arg(k.demo ? tr("  demo") : QString(),
                           own.contains(k.keyId()) ? tr("  on this computer") : QString())
                << Qt::endl;
        return 0;
    }

    err << tr("Unknown key ceremony action “%1”: use one of %2.")
               .arg(a.action, ceremonyActions().join(QStringLiteral(", ")))
        << Qt::endl;
    return Failed;
}

} // namespace ef
