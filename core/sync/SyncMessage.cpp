#include "SyncMessage.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <zstd.h>

namespace ef {

namespace {

QCborValue cborOf(const QVariant &v)
{
    if (v.isNull())
        return QCborValue(QCborValue::Null);
    switch (v.typeId()) {
    case QMetaType::QByteArray:
        return QCborValue(v.toByteArray());
    case QMetaType::QString:
        return QCborValue(v.toString());
    case QMetaType::Double:
    case QMetaType::Float:
        return QCborValue(v.toDouble());
    case QMetaType::Bool:
        return QCborValue(qint64(v.toBool() ? 1 : 0));
    default:
        return QCborValue(v.toLongLong());
    }
}

QCborValue cborOf(const Uuid &id)
{
    return QCborValue(id.toBytes());
}

// Reads a CBOR map field by field; the first problem is kept with the path to it, and
// result() gives it to the caller.
class Reader
{
public:
    explicit Reader(QString path = {})
        : m_path(std::move(path))
    { }

    Result<void, QString> result() const
    {
        if (failed())
            return unexpected(m_error);
        return {};
    }

    bool fail(const QString &key, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1%2: %3").arg(m_path, key, what);
        return false;
    }
    bool failed() const { return !m_error.isEmpty(); }
    QString at(const QString &key) const { return m_path + key; }

    const QCborValue value(const QCborMap &m, const QString &key, bool required)
    {
        const QCborValue v = m.value(key);
        if (v.isUndefined() && required)
            fail(key, QStringLiteral("missing"));
        return v;
    }
    std::int64_t integer(const QCborMap &m, const QString &key, bool required = true,
        std::int64_t min = 0, std::int64_t max = std::numeric_limits<std::int64_t>::max())
    {
        const QCborValue v = value(m, key, required);
        if (v.isUndefined())
            return 0;
        if (!v.isInteger())
            return fail(key, QStringLiteral("not an integer")), 0;
        const std::int64_t i = v.toInteger();
        if (i < min || i > max)
            return fail(key, QStringLiteral("%1 is out of range %2..%3").arg(i).arg(min).arg(max)),
                   0;
        return i;
    }
    QString text(const QCborMap &m, const QString &key, bool required = true, int maxLen = 64)
    {
        const QCborValue v = value(m, key, required);
        if (v.isUndefined())
            return {};
        if (!v.isString())
            return fail(key, QStringLiteral("not text")), QString();
        QString s = v.toString();
        if (s.size() > maxLen)
            return fail(key, QStringLiteral("longer than %1 characters").arg(maxLen)), QString();
        return s;
    }
    Uuid uuid(const QCborMap &m, const QString &key, bool required = true)
    {
        const QCborValue v = value(m, key, required);
        if (v.isUndefined())
            return {};
        const auto id = v.isByteArray() ? Uuid::fromBytes(v.toByteArray()) : std::nullopt;
        if (!id)
            return fail(key, QStringLiteral("not a 16-byte id")), Uuid();
        return *id;
    }
    bool boolean(const QCborMap &m, const QString &key)
    {
        const QCborValue v = value(m, key, false);
        if (v.isUndefined())
            return false;
        if (!v.isBool())
            return fail(key, QStringLiteral("not true or false"));
        return v.toBool();
    }
    QVariant scalar(const QCborValue &v, const QString &key)
    {
        if (v.isNull())
            return QVariant();
        if (v.isInteger())
            return QVariant(qint64(v.toInteger()));
        if (v.isDouble())
            return QVariant(v.toDouble());
        if (v.isString())
            return QVariant(v.toString());
        if (v.isByteArray())
            return QVariant(v.toByteArray());
        fail(key, QStringLiteral("not null, a number, text or bytes"));
        return QVariant();
    }
    QCborArray array(const QCborMap &m, const QString &key, qsizetype max)
    {
        const QCborValue v = value(m, key, false);
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            return fail(key, QStringLiteral("not an array")), QCborArray();
        QCborArray a = v.toArray();
        if (a.size() > max)
            return fail(key, QStringLiteral("more than %1 items").arg(max)), QCborArray();
        return a;
    }

private:
    QString m_error;
    QString m_path;
};

const QString kTable = QStringLiteral("t"), kRow = QStringLiteral("r"),
              kField = QStringLiteral("f"), kValue = QStringLiteral("v"),
              kValues = QStringLiteral("c"), kHlc = QStringLiteral("h"),
              kDevice = QStringLiteral("d"), kBase = QStringLiteral("b"),
              kSeq = QStringLiteral("s");

QCborMap encode(const WireChange &c)
{
    QCborMap m;
    m.insert(kTable, c.table);
    m.insert(kRow, cborOf(c.row));
    if (c.isCreate()) {
        QCborMap values;
        for (auto it = c.values.cbegin(); it != c.values.cend(); ++it)
            values.insert(it.key(), cborOf(it.value()));
        m.insert(kValues, values);
    } else {
        m.insert(kField, c.field);
        m.insert(kValue, cborOf(c.value));
        m.insert(kBase, qint64(c.base));
    }
    m.insert(kHlc, qint64(c.hlc));
    m.insert(kDevice, cborOf(c.device));
    if (c.seq)
        m.insert(kSeq, qint64(c.seq));
    return m;
}

Result<WireChange, QString> decodeChange(const QCborValue &v, const QString &path)
{
    Reader r(path);
    WireChange c;
    if (!v.isMap()) {
        r.fail(QString(), QStringLiteral("not a map"));
        return unexpected(r.result().error());
    }
    const QCborMap m = v.toMap();
    c.table = r.text(m, kTable);
    c.row = r.uuid(m, kRow);
    c.hlc = r.integer(m, kHlc, true, 1);
    c.device = r.uuid(m, kDevice);
    c.seq = r.integer(m, kSeq, false);
    if (m.contains(kValues)) {
        const QCborValue values = m.value(kValues);
        if (!values.isMap()) {
            r.fail(kValues, QStringLiteral("not a map"));
            return unexpected(r.result().error());
        }
        const QCborMap vm = values.toMap();
        if (vm.size() > 200)
            r.fail(kValues, QStringLiteral("more than 200 fields"));
        for (auto it = vm.cbegin(); it != vm.cend() && !r.failed(); ++it) {
            if (!it.key().isString()) {
                r.fail(kValues, QStringLiteral("a field name is not text"));
                break;
            }
            const QString name = it.key().toString();
            c.values.insert(name, r.scalar(it.value(), kValues + u'.' + name));
        }
    } else {
        c.field = r.text(m, kField);
        if (!r.failed() && c.field.isEmpty())
            r.fail(kField, QStringLiteral("empty"));
        c.value = r.scalar(m.value(kValue), kValue);
        if (!m.contains(kValue))
            r.fail(kValue, QStringLiteral("missing"));
        c.base = r.integer(m, kBase, false);
    }
    if (auto ok = r.result(); !ok)
        return unexpected(ok.error());
    return c;
}

// The items of a CBOR array of changes, each checked; the first problem, with its index.
Result<QList<WireChange>, QString> decodeChanges(const QCborArray &a)
{
    QList<WireChange> out;
    out.reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        auto c = decodeChange(a.at(i), QStringLiteral("changes[%1].").arg(i));
        if (!c)
            return unexpected(c.error());
        out.append(std::move(*c));
    }
    return out;
}

QString statusWord(PushResult::Status s)
{
    switch (s) {
    case PushResult::Status::Applied:
        return QStringLiteral("applied");
    case PushResult::Status::Superseded:
        return QStringLiteral("superseded");
    case PushResult::Status::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

Result<QCborMap, QString> topMap(const QByteArray &cbor)
{
    QCborParserError err;
    const QCborValue v = QCborValue::fromCbor(cbor, &err);
    if (err.error != QCborError::NoError)
        return unexpected(QStringLiteral("the body is not CBOR: %1 at byte %2")
                              .arg(err.errorString())
                              .arg(err.offset));
    if (!v.isMap())
        return unexpected(QStringLiteral("the body is not a CBOR map"));
    return v.toMap();
}

} // namespace

QString SyncRequest::idempotencyKey() const
{
    return device.toString() + u'/' + QString::number(push);
}

QByteArray SyncRequest::toCbor() const
{
    QCborMap m;
    m.insert(QStringLiteral("protocol"), protocol);
    m.insert(QStringLiteral("schema"), schema);
    m.insert(QStringLiteral("device"), cborOf(device));
    m.insert(QStringLiteral("push"), qint64(push));
    QCborArray a;
    for (const WireChange &c : changes)
        a.append(encode(c));
    m.insert(QStringLiteral("changes"), a);
    m.insert(QStringLiteral("cursor"), qint64(cursor));
    m.insert(QStringLiteral("limit"), limit);
    m.insert(QStringLiteral("time"), qint64(clientTimeMs));
    return m.toCborValue().toCbor();
}

Result<SyncRequest, QString> SyncRequest::fromCbor(const QByteArray &cbor)
{
    auto top = topMap(cbor);
    if (!top)
        return unexpected(top.error());
    const QCborMap &m = *top;
    Reader r;
    SyncRequest q;
    q.protocol = int(r.integer(m, QStringLiteral("protocol"), true, 0, 1000));
    q.schema = int(r.integer(m, QStringLiteral("schema"), true, 0, 1000));
    q.device = r.uuid(m, QStringLiteral("device"));
    q.push = r.integer(m, QStringLiteral("push"));
    q.cursor = r.integer(m, QStringLiteral("cursor"));
    q.limit = int(r.integer(m, QStringLiteral("limit"), false, 0, SyncProtocol::MaxChangesPerPull));
    if (!m.contains(QStringLiteral("limit")))
        q.limit = 1000;
    q.clientTimeMs = r.integer(m, QStringLiteral("time"), false);
    const QCborArray a = r.array(m, QStringLiteral("changes"), SyncProtocol::MaxChangesPerPush);
    if (auto ok = r.result(); !ok)
        return unexpected(ok.error());
    auto changes = decodeChanges(a);
    if (!changes)
        return unexpected(changes.error());
    q.changes = std::move(*changes);
    if (!q.changes.isEmpty() && q.push <= 0)
        return unexpected(QStringLiteral("push: must be positive when changes are pushed"));
    return q;
}

QByteArray SyncResponse::toCbor() const
{
    QCborMap m;
    m.insert(QStringLiteral("protocol"), protocol);
    m.insert(QStringLiteral("time"), qint64(serverTimeMs));
    QCborArray resultArray;
    for (const PushResult &p : results) {
        QCborMap rm;
        rm.insert(QStringLiteral("status"), statusWord(p.status));
        if (!p.reason.isEmpty())
            rm.insert(QStringLiteral("reason"), p.reason);
        if (!p.message.isEmpty())
            rm.insert(QStringLiteral("message"), p.message);
        resultArray.append(rm);
    }
    m.insert(QStringLiteral("results"), resultArray);
    QCborArray pulled;
    for (const WireChange &c : changes)
        pulled.append(encode(c));
    m.insert(QStringLiteral("changes"), pulled);
    QCborArray conflictArray;
    for (const WireConflict &c : conflicts) {
        QCborMap cm;
        cm.insert(kSeq, qint64(c.seq));
        cm.insert(kTable, c.table);
        cm.insert(kRow, cborOf(c.row));
        cm.insert(kField, c.field);
        cm.insert(QStringLiteral("lost"), cborOf(c.lostValue));
        cm.insert(QStringLiteral("lost_h"), qint64(c.lostHlc));
        cm.insert(QStringLiteral("lost_d"), cborOf(c.lostDevice));
        cm.insert(QStringLiteral("kept"), cborOf(c.keptValue));
        cm.insert(QStringLiteral("kept_h"), qint64(c.keptHlc));
        cm.insert(QStringLiteral("kept_d"), cborOf(c.keptDevice));
        cm.insert(QStringLiteral("kind"), c.kind);
        cm.insert(QStringLiteral("review"), c.needsReview);
        conflictArray.append(cm);
    }
    m.insert(QStringLiteral("conflicts"), conflictArray);
    m.insert(QStringLiteral("cursor"), qint64(cursor));
    m.insert(QStringLiteral("more"), more);
    if (head > 0)
        m.insert(QStringLiteral("head"), qint64(head));
    return m.toCborValue().toCbor();
}

Result<SyncResponse, QString> SyncResponse::fromCbor(const QByteArray &cbor)
{
    auto top = topMap(cbor);
    if (!top)
        return unexpected(top.error());
    const QCborMap &m = *top;
    Reader r;
    SyncResponse s;
    s.protocol = int(r.integer(m, QStringLiteral("protocol"), true, 0, 1000));
    s.serverTimeMs = r.integer(m, QStringLiteral("time"));
    s.cursor = r.integer(m, QStringLiteral("cursor"));
    s.more = r.boolean(m, QStringLiteral("more"));
    s.head = r.integer(m, QStringLiteral("head"), false);
    const QCborArray results
        = r.array(m, QStringLiteral("results"), SyncProtocol::MaxChangesPerPush);
    if (auto ok = r.result(); !ok)
        return unexpected(ok.error());
    for (qsizetype i = 0; i < results.size(); ++i) {
        Reader ri(QStringLiteral("results[%1].").arg(i));
        const QCborMap rm = results.at(i).toMap();
        const QString status = ri.text(rm, QStringLiteral("status"));
        PushResult p;
        if (status == u"applied")
            p.status = PushResult::Status::Applied;
        else if (status == u"superseded")
            p.status = PushResult::Status::Superseded;
        else if (status == u"rejected")
            p.status = PushResult::Status::Rejected;
        else
            ri.fail(QStringLiteral("status"), QStringLiteral("unknown: %1").arg(status));
        p.reason = ri.text(rm, QStringLiteral("reason"), false);
        p.message = ri.text(rm, QStringLiteral("message"), false, 1000);
        if (auto ok = ri.result(); !ok)
            return unexpected(ok.error());
        s.results.append(p);
    }
    const QCborArray pulled
        = r.array(m, QStringLiteral("changes"), SyncProtocol::MaxChangesPerPull);
    if (auto ok = r.result(); !ok)
        return unexpected(ok.error());
    auto changes = decodeChanges(pulled);
    if (!changes)
        return unexpected(changes.error());
    s.changes = std::move(*changes);
    const QCborArray conflicts
        = r.array(m, QStringLiteral("conflicts"), SyncProtocol::MaxChangesPerPull);
    if (auto ok = r.result(); !ok)
        return unexpected(ok.error());
    for (qsizetype i = 0; i < conflicts.size(); ++i) {
        Reader rc(QStringLiteral("conflicts[%1].").arg(i));
        const QCborMap cm = conflicts.at(i).toMap();
        WireConflict c;
        c.seq = rc.integer(cm, kSeq, true, 1);
        c.table = rc.text(cm, kTable);
        c.row = rc.uuid(cm, kRow);
        c.field = rc.text(cm, kField);
        c.lostValue = rc.scalar(cm.value(QStringLiteral("lost")), QStringLiteral("lost"));
        c.lostHlc = rc.integer(cm, QStringLiteral("lost_h"));
        c.lostDevice = rc.uuid(cm, QStringLiteral("lost_d"));
        c.keptValue = rc.scalar(cm.value(QStringLiteral("kept")), QStringLiteral("kept"));
        c.keptHlc = rc.integer(cm, QStringLiteral("kept_h"));
        c.keptDevice = rc.uuid(cm, QStringLiteral("kept_d"));
        c.kind = rc.text(cm, QStringLiteral("kind"));
        c.needsReview = rc.boolean(cm, QStringLiteral("review"));
        if (auto ok = rc.result(); !ok)
            return unexpected(ok.error());
        s.conflicts.append(c);
    }
    return s;
}

QByteArray SyncValue::encode(const QVariant &value)
{
    return cborOf(value).toCbor();
}

Result<QVariant, QString> SyncValue::decode(const QByteArray &cbor)
{
    QCborParserError err;
    const QCborValue v = QCborValue::fromCbor(cbor, &err);
    if (err.error != QCborError::NoError)
        return unexpected(QStringLiteral("a stored value is not CBOR: %1").arg(err.errorString()));
    Reader r;
    QVariant value = r.scalar(v, QStringLiteral("value"));
    if (auto ok = r.result(); !ok)
        return unexpected(ok.error());
    return value;
}

QByteArray SyncValue::encodeRecord(const QVariantMap &values)
{
    QCborMap m;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        m.insert(it.key(), cborOf(it.value()));
    return m.toCborValue().toCbor();
}

Result<QVariantMap, QString> SyncValue::decodeRecord(const QByteArray &cbor)
{
    auto top = topMap(cbor);
    if (!top)
        return unexpected(top.error());
    QVariantMap out;
    Reader r;
    for (auto it = top->cbegin(); it != top->cend(); ++it) {
        if (!it.key().isString())
            return unexpected(QStringLiteral("a stored record has a field name that is not text"));
        const QString name = it.key().toString();
        out.insert(name, r.scalar(it.value(), name));
    }
    if (auto ok = r.result(); !ok)
        return unexpected(ok.error());
    return out;
}

QByteArray SyncBody::compress(const QByteArray &data)
{
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(data.size()))), Qt::Uninitialized);
    const size_t n
        = ZSTD_compress(out.data(), size_t(out.size()), data.constData(), size_t(data.size()), 3);
    out.resize(ZSTD_isError(n) ? 0 : qsizetype(n));
    return out;
}

Result<QByteArray, QString> SyncBody::decompress(const QByteArray &data, qsizetype cap)
{
    ZSTD_DCtx *ctx = ZSTD_createDCtx();
    QByteArray out;
    ZSTD_inBuffer in {data.constData(), size_t(data.size()), 0};
    QByteArray chunk(qsizetype(ZSTD_DStreamOutSize()), Qt::Uninitialized);
    QString error;
    size_t ret = 1;
    while (in.pos < in.size || ret != 0) {
        ZSTD_outBuffer o {chunk.data(), size_t(chunk.size()), 0};
        ret = ZSTD_decompressStream(ctx, &o, &in);
        if (ZSTD_isError(ret)) {
            error = QStringLiteral("the body is not valid zstd: %1")
                        .arg(QString::fromLatin1(ZSTD_getErrorName(ret)));
            break;
        }
        out.append(chunk.constData(), qsizetype(o.pos));
        if (out.size() > cap) {
            error = QStringLiteral("the body is larger than %1 bytes once decompressed").arg(cap);
            break;
        }
        if (o.pos == 0 && in.pos == in.size) {
            if (ret != 0)
                error = QStringLiteral("the zstd body is truncated");
            break;
        }
    }
    ZSTD_freeDCtx(ctx);
    if (!error.isEmpty())
        return unexpected(error);
    return out;
}

} // namespace ef
