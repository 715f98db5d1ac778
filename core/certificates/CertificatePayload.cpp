#include "CertificatePayload.h"

#include "Cbor.h"
#include "CertificateNumber.h"

#include <QCborArray>
#include <QCborMap>
#include <cmath>

namespace ef {

namespace {

enum Key {
    KVersion = 1,
    KSerial,
    KHolder,
    KHolderLatin,
    KProgramme,
    KTitle,
    KEvent,
    KHours,
    KEcts,
    KIssued,
    KValidUntil,
    KLevel,
    KReplaces,
};

constexpr qint64 ClaimIss = 1;
constexpr int MaxText = 200;

QCborValue cborNumber(double v)
{
    if (v == std::floor(v) && v >= 0 && v < 1e9)
        return qint64(v);
    return v;
}

std::optional<double> toNumber(const QCborValue &v)
{
    if (v.isInteger() && v.toInteger() >= 0)
        return double(v.toInteger());
    if (v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() >= 0)
        return v.toDouble();
    return std::nullopt;
}

QCborArray texts(const QStringList &list)
{
    QCborArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

std::optional<QStringList> toTexts(const QCborValue &v, int min, int max)
{
    if (!v.isArray())
        return std::nullopt;
    const QCborArray a = v.toArray();
    if (a.size() < min || a.size() > max)
        return std::nullopt;
    QStringList out;
    for (const QCborValue &s : a) {
        if (!s.isString() || s.toString().size() > MaxText)
            return std::nullopt;
        out << s.toString();
    }
    return out;
}

std::optional<QString> toText(const QCborValue &v)
{
    if (!v.isString() || v.toString().isEmpty() || v.toString().size() > MaxText)
        return std::nullopt;
    return v.toString();
}

} // namespace

QByteArray CertificatePayload::toCbor() const
{
    const auto n = CertificateNumber::parse(number);
    if (!n || n->office != issuer || n->year != issuedOn.year())
        return {};
    QCborMap c;
    c.insert(KVersion, Version);
    c.insert(KSerial, n->serial);
    c.insert(KHolder, texts(holder));
    if (!holderLatin.isEmpty())
        c.insert(KHolderLatin, texts(holderLatin));
    c.insert(KProgramme, programmeCode);
    if (!programmeTitle.isEmpty())
        c.insert(KTitle, QCborArray {titleLanguage, programmeTitle});
    if (eventStart.isValid())
        c.insert(KEvent, QCborArray {Cbor::date(eventStart), Cbor::date(eventEnd)});
    c.insert(KHours, cborNumber(hours));
    if (ects > 0)
        c.insert(KEcts, cborNumber(ects));
    c.insert(KIssued, Cbor::date(issuedOn));
    if (validUntil.isValid())
        c.insert(KValidUntil, Cbor::date(validUntil));
    c.insert(KLevel, international ? 1 : 0);
    if (!replaces.isEmpty())
        c.insert(KReplaces, replaces);
    QCborMap cwt;
    cwt.insert(ClaimIss, issuer);
    cwt.insert(ClaimKey, c);
    return Cbor::encode(cwt);
}

std::optional<CertificatePayload> CertificatePayload::fromCbor(QByteArrayView bytes, QString *why)
{
    auto fail = [why](const QString &message) -> std::optional<CertificatePayload> {
        if (why)
            *why = message;
        return std::nullopt;
    };
    const std::optional<QCborValue> v = Cbor::decode(bytes, why);
    if (!v)
        return std::nullopt;
    if (!v->isMap())
        return fail(QStringLiteral("the payload is not a map"));
    const QCborMap cwt = v->toMap();
    for (auto it = cwt.constBegin(); it != cwt.constEnd(); ++it) {
        const qint64 k = it.key().isInteger() ? it.key().toInteger() : 0;
        if (k != ClaimIss && k != ClaimKey)
            return fail(QStringLiteral("an unknown claim %1").arg(it.key().toDiagnosticNotation()));
    }
    CertificatePayload p;
    const auto iss = toText(cwt.value(ClaimIss));
    if (!iss || !CertificateNumber::isOfficeCode(*iss))
        return fail(QStringLiteral("no issuer office (claim 1)"));
    p.issuer = *iss;
    if (!cwt.value(ClaimKey).isMap())
        return fail(QStringLiteral("no certificate (claim -65537)"));
    const QCborMap c = cwt.value(ClaimKey).toMap();
    for (auto it = c.constBegin(); it != c.constEnd(); ++it) {
        const qint64 k = it.key().isInteger() ? it.key().toInteger() : 0;
        if (k < KVersion || k > KReplaces)
            return fail(QStringLiteral("an unknown certificate field %1")
                            .arg(it.key().toDiagnosticNotation()));
    }
    if (!c.value(KVersion).isInteger() || c.value(KVersion).toInteger() != Version)
        return fail(QStringLiteral("not version %1").arg(Version));
    const QCborValue serial = c.value(KSerial);
    if (!serial.isInteger() || serial.toInteger() < 1 || serial.toInteger() > 999'999)
        return fail(QStringLiteral("no serial (2)"));
    const auto holder = toTexts(c.value(KHolder), 2, 3);
    if (!holder)
        return fail(QStringLiteral("no holder (3)"));
    p.holder = *holder;
    if (c.contains(KHolderLatin)) {
        const auto latin = toTexts(c.value(KHolderLatin), 2, 2);
        if (!latin)
            return fail(QStringLiteral("a bad Latin name (4)"));
        p.holderLatin = *latin;
    }
    const auto code = toText(c.value(KProgramme));
    if (!code)
        return fail(QStringLiteral("no programme (5)"));
    p.programmeCode = *code;
    if (c.contains(KTitle)) {
        const auto title = toTexts(c.value(KTitle), 2, 2);
        if (!title || (title->at(0) != u"kk" && title->at(0) != u"ru" && title->at(0) != u"en"))
            return fail(QStringLiteral("a bad title (6)"));
        p.titleLanguage = title->at(0);
        p.programmeTitle = title->at(1);
    }
    if (c.contains(KEvent)) {
        const QCborValue e = c.value(KEvent);
        const auto from = e.isArray() && e.toArray().size() == 2 ? Cbor::toDate(e.toArray().at(0))
                                                                 : std::nullopt;
        const auto to = from ? Cbor::toDate(e.toArray().at(1)) : std::nullopt;
        if (!from || !to || *to < *from)
            return fail(QStringLiteral("bad event dates (7)"));
        p.eventStart = *from;
        p.eventEnd = *to;
    }
    const auto hours = toNumber(c.value(KHours));
    if (!hours)
        return fail(QStringLiteral("no hours (8)"));
    p.hours = *hours;
    if (c.contains(KEcts)) {
        const auto ects = toNumber(c.value(KEcts));
        if (!ects)
            return fail(QStringLiteral("bad ECTS credits (9)"));
        p.ects = *ects;
    }
    const auto issued = Cbor::toDate(c.value(KIssued));
    if (!issued)
        return fail(QStringLiteral("no date of issue (10)"));
    p.issuedOn = *issued;
    p.number = CertificateNumber {p.issuer, p.issuedOn.year(), int(serial.toInteger())}.toString();
    if (c.contains(KValidUntil)) {
        const auto until = Cbor::toDate(c.value(KValidUntil));
        if (!until || *until < p.issuedOn)
            return fail(QStringLiteral("a bad expiry date (11)"));
        p.validUntil = *until;
    }
    const QCborValue level = c.value(KLevel);
    if (!level.isInteger() || (level.toInteger() != 0 && level.toInteger() != 1))
        return fail(QStringLiteral("no level (12)"));
    p.international = level.toInteger() == 1;
    if (c.contains(KReplaces)) {
        const auto r = toText(c.value(KReplaces));
        if (!r)
            return fail(QStringLiteral("a bad replaced number (13)"));
        p.replaces = *r;
    }
    return p;
}

QString CertificatePayload::holderName(bool latin) const
{
    const QStringList &parts = latin && !holderLatin.isEmpty() ? holderLatin : holder;
    QStringList shown;
    for (const QString &s : parts)
        if (!s.isEmpty())
            shown << s;
    return shown.join(u' ');
}

CertificatePayload CertificatePayload::sample()
{
    CertificatePayload p;
    p.issuer = QStringLiteral("EKTU");
    p.number = QStringLiteral("EF-EKTU-2026-000123");
    p.holder
        = {QStringLiteral("Серікқызы"), QStringLiteral("Әйгерім"), QStringLiteral("Нұрланқызы")};
    p.holderLatin = {QStringLiteral("Serikkyzy"), QStringLiteral("Aigerim")};
    p.programmeCode = QStringLiteral("TDSS-TP");
    p.titleLanguage = QStringLiteral("kk");
    p.programmeTitle = QStringLiteral("Тренерлерді даярлау");
    p.eventStart = QDate(2026, 2, 16);
    p.eventEnd = QDate(2026, 2, 20);
    p.hours = 40;
    p.ects = 1.5;
    p.issuedOn = QDate(2026, 2, 27);
    p.validUntil = QDate(2029, 2, 27);
    p.international = true;
    return p;
}

} // namespace ef
