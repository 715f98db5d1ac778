// Sync benchmarks against a real edufusion-server process on 127.0.0.1, printed as a table
// (docs/benchmarks.md, "Sync"):
//  1. an idle cycle: requests and bytes on the wire when nothing changed (target: 1 request);
//  2. one edited field: bytes on the wire both ways, for the office that pushes it and for the
//     office that pulls it (target < 1 KB each way);
//  3. the initial sync of a new office from the national store: rows/s on loopback and bytes
//     on the wire against the size of the SQLite file (target ≤ 0.5);
//  4. an incremental sync of 100 changed rows against rsync of the database file, same run
//     (target ≤ 1/10 of rsync's bytes);
//  5. 200 concurrent clients against one server, SQLite and PostgreSQL stores: p50/p99 of a
//     whole sync (push + pull) and zero lost changes;
//  6. 10,000 changes over a simulated 256 kbit/s, 600 ms round-trip link that loses 5 %:
//     completes, resuming after every failure from what the server acknowledged.
// Bytes on the wire are counted by a TCP proxy between client and server: HTTP heads included.
#include "BenchTiming.h"
#include "FaultProxy.h"
#include "Samples.h"
#include "ServerProcess.h"
#include "SyncRun.h"
#include "TempStore.h"
#include "demo/NationalGenerator.h"
#include "people/Person.h"
#include "store/Store.h"
#include "sync/SyncClient.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

using namespace ef;
using namespace ef::bench;
using ef::test::FaultProxy;
using ef::test::ServerProcess;
using ef::test::SyncOutcome;
using ef::test::SyncRun;

namespace {

const QString password = QStringLiteral("a long benchmark password");
constexpr auto Up = FaultProxy::Direction::ClientToServer;
constexpr auto Down = FaultProxy::Direction::ServerToClient;

// Thrown, so the servers' destructors stop them on the way out.
struct Failure
{
    QString what;
};

[[noreturn]] void fail(const QString &what)
{
    throw Failure {what};
}

void check(bool ok, const QString &what)
{
    if (!ok)
        fail(what);
}

QUrl urlOf(quint16 port)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

// A coordinator's account, and the institution the offices' records belong to (the national
// store brings its own).
void startServer(ServerProcess &server, const QStringList &institutions = {})
{
    check(server.start({institutions,
              {{QStringLiteral("coordinator"), QStringLiteral("coordinator")}}, password}),
        server.error());
}

SyncOutcome syncOrFail(SyncRun &run, const QString &what, int timeoutMs = 600'000)
{
    SyncOutcome o = run.run(timeoutMs);
    check(bool(o), what + QStringLiteral(": ") + o.message());
    return o;
}

Person newPerson(Store &store, const Uuid &institution, const QString &family)
{
    Person p = test::sample::person(institution, family);
    auto r = store.insert(p);
    check(bool(r), QStringLiteral("insert: ") + (r ? QString() : r.error().message));
    return p;
}

void setEmail(Store &store, const Uuid &id, const QString &email)
{
    std::optional<Person> p = store.get<Person>(id);
    check(p.has_value(), QStringLiteral("a person went missing"));
    p->email = email;
    auto r = store.update(*p);
    check(bool(r), QStringLiteral("update: ") + (r ? QString() : r.error().message));
}

// Any institution the store has (the server's admin made it; the first sync pulled it).
Uuid anInstitution(Store &store)
{
    Statement s = store.db().prepare(
        QStringLiteral("SELECT id FROM institution WHERE deleted = 0 ORDER BY id LIMIT 1"));
    check(s.next(), QStringLiteral("no institution in the store"));
    return s.uuid(0);
}

struct Wire
{
    qint64 up = 0;
    qint64 down = 0;
};

Wire wire(const FaultProxy &proxy)
{
    return {proxy.bytesForwarded(Up), proxy.bytesForwarded(Down)};
}

QString kb(qint64 bytes)
{
    return QString::number(double(bytes) / 1000.0, 'f', 1) + QStringLiteral(" kB");
}

// 1 and 2 ---------------------------------------------------------------------------------------

void smallCycles(int runs)
{
    ServerProcess server;
    startServer(server, {QStringLiteral("Bench University")});
    FaultProxy proxy(QHostAddress::LocalHost, server.port());
    check(proxy.listen(), proxy.errorString());

    test::TempStore a, b;
    SyncRun runA(*a, urlOf(proxy.port()), QStringLiteral("coordinator"), password);
    SyncRun runB(*b, urlOf(proxy.port()), QStringLiteral("coordinator"), password);
    syncOrFail(runA, QStringLiteral("office A, first sync"));
    const Person person = newPerson(*a, anInstitution(*a), QStringLiteral("Сәрсенбаева"));
    syncOrFail(runA, QStringLiteral("office A"));
    syncOrFail(runB, QStringLiteral("office B, first sync"));

    QList<double> idleMs, idleUp, idleDown, idleRequests;
    for (int i = 0; i < runs; ++i) {
        proxy.resetCounters();
        const auto t0 = Steady::now();
        const SyncOutcome o = syncOrFail(runA, QStringLiteral("idle cycle"));
        idleMs << msSince(t0);
        idleRequests << o.stats.requests;
        idleUp << double(wire(proxy).up);
        idleDown << double(wire(proxy).down);
    }
    out() << "\n1. Idle cycle (nothing to push or pull), " << runs << " runs\n"
          << "   requests per cycle: median " << percentile(idleRequests, 0.5) << ", max "
          << percentile(idleRequests, 1.0) << "   (target 1)\n"
          << "   wire: up " << percentile(idleUp, 0.5) << " B, down " << percentile(idleDown, 0.5)
          << " B (median, HTTP heads included); time median "
          << QString::number(percentile(idleMs, 0.5), 'f', 1) << " ms\n";

    QList<double> pushUp, pushDown, pullUp, pullDown, pushRequests, pullRequests;
    for (int i = 0; i < runs; ++i) {
        const QString email = QStringLiteral("edit%1@example.kz").arg(i);
        setEmail(*a, person.id, email);
        proxy.resetCounters();
        const SyncOutcome pushed = syncOrFail(runA, QStringLiteral("push of one field"));
        pushUp << double(wire(proxy).up);
        pushDown << double(wire(proxy).down);
        pushRequests << pushed.stats.requests;
        proxy.resetCounters();
        const SyncOutcome pulled = syncOrFail(runB, QStringLiteral("pull of one field"));
        pullUp << double(wire(proxy).up);
        pullDown << double(wire(proxy).down);
        pullRequests << pulled.stats.requests;
        check(b->get<Person>(person.id)->email == email, QStringLiteral("office B missed an edit"));
    }
    out() << "\n2. One edited field (a person's e-mail), " << runs << " runs, median\n"
          << "   office that edits:  up " << percentile(pushUp, 0.5) << " B, down "
          << percentile(pushDown, 0.5) << " B in " << percentile(pushRequests, 0.5)
          << " request(s)   (target < 1000 B each way)\n"
          << "   office that pulls:  up " << percentile(pullUp, 0.5) << " B, down "
          << percentile(pullDown, 0.5) << " B in " << percentile(pullRequests, 0.5)
          << " request(s)\n"
          << Qt::flush;
}

// 3 and 4 ---------------------------------------------------------------------------------------

qint64 storeFileSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

std::unique_ptr<Store> openStore(const QString &path)
{
    auto s = Store::open(path);
    if (!s)
        fail(QStringLiteral("cannot open %1: %2").arg(path, s.error().message));
    return std::move(*s);
}

// Moves everything into the main file, so it can be measured and copied as it is.
void checkpoint(Store &store)
{
    check(bool(store.db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))),
        QStringLiteral("checkpoint failed"));
}

// Bytes rsync's delta transfer moves to bring `copy` level with `source`, both ways.
qint64 rsyncBytes(const QString &source, const QString &copy)
{
    QProcess p;
    p.start(QStringLiteral("rsync"),
        {QStringLiteral("--no-whole-file"), QStringLiteral("--stats"), QStringLiteral("--inplace"),
            source, copy});
    check(p.waitForFinished(600'000) && p.exitCode() == 0,
        QStringLiteral("rsync failed: ") + QString::fromUtf8(p.readAllStandardError()));
    const QString stats = QString::fromUtf8(p.readAllStandardOutput());
    static const QRegularExpression sent(QStringLiteral("Total bytes sent: ([\\d,]+)"));
    static const QRegularExpression received(QStringLiteral("Total bytes received: ([\\d,]+)"));
    const auto number = [&](const QRegularExpression &re) {
        const auto m = re.match(stats);
        check(m.hasMatch(), QStringLiteral("rsync printed no byte counts: ") + stats);
        return m.captured(1).remove(u',').toLongLong();
    };
    return number(sent) + number(received);
}

void national(double scale, const QString &dir, bool reuse)
{
    const QString nationalPath = QDir(dir).filePath(QStringLiteral("national.sqlite"));
    const NationalScale rows = NationalScale().scaled(scale);
    if (!reuse || !QFile::exists(nationalPath)) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(nationalPath + suffix);
        out() << "\n   generating the national store (" << rows.totalRows() << " rows) …\n"
              << Qt::flush;
        auto g = NationalGenerator::generate(nationalPath, rows);
        check(bool(g), QStringLiteral("generation: ") + (g ? QString() : g.error().message));
    }

    ServerProcess server;
    startServer(server);
    FaultProxy proxy(QHostAddress::LocalHost, server.port());
    check(proxy.listen(), proxy.errorString());

    auto source = openStore(nationalPath);
    // A reused store may have synced with an earlier run's server: this server is new.
    for (const QString &key : {SyncEngine::ackedKey(), SyncEngine::cursorKey()})
        check(bool(source->setMeta(key, 0)), QStringLiteral("cannot reset ") + key);
    const qint64 total = [&]() -> qint64 {
        Statement s = source->db().prepare(QStringLiteral("SELECT count(*) FROM change_log"));
        return s.next() ? s.int64(0) : 0;
    }();
    SyncRun seed(*source, urlOf(server.port()), QStringLiteral("coordinator"), password);
    seed.options().pushBatch = SyncProtocol::MaxChangesPerPush;
    auto t0 = Steady::now();
    SyncOutcome pushed = syncOrFail(seed, QStringLiteral("the national upload"), 24 * 3600'000);
    const double pushMs = msSince(t0);

    // A new office pulls everything, through the proxy that counts the bytes.
    QTemporaryDir officeDir;
    const QString officePath = officeDir.filePath(QStringLiteral("office.sqlite"));
    auto office = openStore(officePath);
    SyncRun pull(*office, urlOf(proxy.port()), QStringLiteral("coordinator"), password);
    pull.options().pullPage = SyncProtocol::MaxChangesPerPull;
    proxy.resetCounters();
    t0 = Steady::now();
    SyncOutcome pulled
        = syncOrFail(pull, QStringLiteral("the new office's first sync"), 24 * 3600'000);
    const double pullMs = msSince(t0);
    const Wire initial = wire(proxy);
    for (const QString &table : {QStringLiteral("person"), QStringLiteral("enrollment"),
             QStringLiteral("certificate"), QStringLiteral("partnership")})
        check(office->count(table) == source->count(table),
            QStringLiteral("the new office has %1 rows of %2, the national store %3")
                .arg(office->count(table))
                .arg(table)
                .arg(source->count(table)));

    checkpoint(*source);
    const qint64 fileBytes = storeFileSize(nationalPath);
    out() << "\n3. Initial sync of a new office from the national store (" << rows.totalRows()
          << " rows, " << total << " changes in the change log), loopback, one run\n"
          << "   upload by the national office:  " << pushed.stats.pushed << " changes in "
          << QString::number(pushMs / 1000, 'f', 1)
          << " s = " << qint64(rows.totalRows() / (pushMs / 1000)) << " rows/s, "
          << pushed.stats.requests << " requests\n"
          << "   first sync of a new office:     " << pulled.stats.pulled << " changes in "
          << QString::number(pullMs / 1000, 'f', 1)
          << " s = " << qint64(rows.totalRows() / (pullMs / 1000)) << " rows/s, "
          << pulled.stats.requests << " requests\n"
          << "   wire: up " << kb(initial.up) << ", down " << kb(initial.down) << "; SQLite file "
          << kb(fileBytes) << "; ratio "
          << QString::number(double(initial.up + initial.down) / double(fileBytes), 'f', 3)
          << "   (target ≤ 0.5)\n"
          << Qt::flush;

    // 4. The new office's file before, a copy for rsync; 100 rows change at the national office.
    // (After a full checkpoint the main file holds everything; nothing writes meanwhile.)
    checkpoint(*office);
    const QString before = officeDir.filePath(QStringLiteral("before.sqlite"));
    check(QFile::copy(officePath, before), QStringLiteral("cannot copy the office's store"));

    QList<Uuid> people;
    {
        Statement s = source->db().prepare(
            QStringLiteral("SELECT id FROM person WHERE deleted = 0 ORDER BY id LIMIT 100"));
        while (s.next())
            people << s.uuid(0);
    }
    check(people.size() == 100, QStringLiteral("fewer than 100 people"));
    // Values this run has not written before (a reused store keeps an earlier run's edits).
    const qint64 stamp = Clock::system().nowMs();
    const auto changed
        = [&](int i) { return QStringLiteral("changed%1-%2@example.kz").arg(i).arg(stamp); };
    for (int i = 0; i < people.size(); ++i)
        setEmail(*source, people[i], changed(i));
    proxy.setTarget(QHostAddress::LocalHost, server.port());
    SyncRun seedViaProxy(*source, urlOf(proxy.port()), QStringLiteral("coordinator"), password);
    seedViaProxy.token() = seed.token();
    proxy.resetCounters();
    syncOrFail(seedViaProxy, QStringLiteral("the national office's 100 edits"));
    const Wire push100 = wire(proxy);
    proxy.resetCounters();
    syncOrFail(pull, QStringLiteral("the new office's incremental sync"));
    const Wire pull100 = wire(proxy);
    check(office->get<Person>(people.last())->email == changed(99),
        QStringLiteral("the new office missed an edit"));
    checkpoint(*office);
    const qint64 rsync = rsyncBytes(officePath, before);
    out() << "\n4. Incremental sync of 100 changed rows (one field each), one run\n"
          << "   pushing office: up " << push100.up << " B, down " << push100.down << " B\n"
          << "   pulling office: up " << pull100.up << " B, down " << pull100.down << " B\n"
          << "   rsync --no-whole-file of the pulling office's file (before → after): " << rsync
          << " B\n"
          << "   ratio pull / rsync "
          << QString::number(double(pull100.up + pull100.down) / double(rsync), 'f', 4)
          << ", push / rsync "
          << QString::number(double(push100.up + push100.down) / double(rsync), 'f', 4)
          << "   (target ≤ 0.1)\n"
          << Qt::flush;
}

// 5 ---------------------------------------------------------------------------------------------

struct Client
{
    explicit Client(const QUrl &url)
        : run(*store, url, QStringLiteral("coordinator"), password)
    { }
    test::TempStore store;
    SyncRun run;
    QNetworkAccessManager network; // a link of its own, as each office has
    QList<Person> mine;
};

// One client's request of a round, and its answer.
struct Exchange
{
    SyncRequest request;
    std::int64_t sentAtMs = 0;
    Steady::time_point started;
    double ms = 0;
    int status = 0;
    QByteArray body;
    bool zstd = false;
};

void concurrent(const QString &backend, int clients, int rounds, const QString &postgresFile)
{
    if (!postgresFile.isEmpty())
        qputenv("EDUFUSION_TEST_POSTGRES", postgresFile.toUtf8());
    ServerProcess server;
    qunsetenv("EDUFUSION_TEST_POSTGRES");
    startServer(server, {QStringLiteral("Bench University")});
    const QUrl url = urlOf(server.port());

    std::vector<std::unique_ptr<Client>> all;
    const auto t0 = Steady::now();
    for (int i = 0; i < clients; ++i) {
        all.push_back(std::make_unique<Client>(url));
        syncOrFail(all.back()->run, QStringLiteral("client %1 signing in").arg(i));
    }
    const double signInMs = msSince(t0);
    const Uuid institution = anInstitution(*all.front()->store);

    QList<double> latencies;
    int failures = 0;
    for (int round = 0; round < rounds; ++round) {
        // Each client creates a person and edits the one it made the round before.
        for (int i = 0; i < clients; ++i) {
            Client &c = *all[size_t(i)];
            if (!c.mine.isEmpty())
                setEmail(*c.store, c.mine.last().id,
                    QStringLiteral("c%1r%2@example.kz").arg(i).arg(round));
            c.mine << newPerson(
                *c.store, institution, QStringLiteral("Client%1 Round%2").arg(i).arg(round));
        }
        // All clients send their sync request at once (push + pull, built by the client's
        // engine); each request's round trip is timed. Answers are applied after the last one
        // arrived, so one process playing 200 offices does not hold up the others' answers
        // with its own work: the figures are the server's, under 200 requests at once.
        QEventLoop loop;
        int waiting = clients;
        std::vector<Exchange> exchanges(static_cast<size_t>(clients));
        for (int i = 0; i < clients; ++i) {
            Client &c = *all[size_t(i)];
            Exchange &x = exchanges[size_t(i)];
            auto request = SyncEngine(*c.store).nextRequest();
            check(bool(request), QStringLiteral("a request could not be made"));
            x.request = *request;
            QNetworkRequest http(QUrl(url.toString() + QStringLiteral("/v1/sync")));
            http.setHeader(
                QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/cbor"));
            http.setRawHeader("Authorization", "Bearer " + c.run.token().toLatin1());
            http.setRawHeader("Content-Encoding", "zstd");
            http.setRawHeader("Accept-Encoding", "zstd");
            http.setRawHeader("Idempotency-Key", x.request.idempotencyKey().toLatin1());
            x.sentAtMs = c.store->clock().nowMs();
            x.started = Steady::now();
            QNetworkReply *reply = c.network.post(http, SyncBody::compress(x.request.toCbor()));
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                x.ms = msSince(x.started);
                x.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                x.body = reply->readAll();
                x.zstd = reply->rawHeader("Content-Encoding") == "zstd";
                reply->deleteLater();
                if (--waiting == 0)
                    loop.quit();
            });
        }
        loop.exec();
        for (int i = 0; i < clients; ++i) {
            Client &c = *all[size_t(i)];
            Exchange &x = exchanges[size_t(i)];
            latencies << x.ms;
            if (x.status != 200) {
                ++failures;
                QTextStream(stderr) << "client " << i << ": HTTP " << x.status << " "
                                    << QString::fromUtf8(x.body) << Qt::endl;
                continue;
            }
            auto plain = x.zstd ? SyncBody::decompress(x.body, SyncProtocol::MaxDecodedBytes)
                                : Result<QByteArray, QString>(x.body);
            auto response = plain ? SyncResponse::fromCbor(*plain)
                                  : Result<SyncResponse, QString>(unexpected(plain.error()));
            check(bool(response), QStringLiteral("a malformed answer"));
            auto applied = SyncEngine(*c.store).apply(
                x.request, *response, x.sentAtMs, c.store->clock().nowMs());
            check(bool(applied), QStringLiteral("an answer could not be applied"));
        }
    }

    // Zero lost: every client levels up, and then every client has every person with its last
    // value, as has a new office that pulls everything.
    for (auto &c : all)
        syncOrFail(c->run, QStringLiteral("levelling"));
    test::TempStore checker;
    SyncRun checkRun(*checker, url, QStringLiteral("coordinator"), password);
    syncOrFail(checkRun, QStringLiteral("the checking office"));
    qint64 lost = 0;
    for (int i = 0; i < clients; ++i) {
        const Client &c = *all[size_t(i)];
        for (int r = 0; r < c.mine.size(); ++r) {
            const QString expected = r + 1 < c.mine.size()
                ? QStringLiteral("c%1r%2@example.kz").arg(i).arg(r + 1)
                : c.mine[r].email; // as it was made
            const auto seen = checker->get<Person>(c.mine[r].id);
            if (!seen || seen->email != expected)
                ++lost;
            const auto onOther = all[size_t((i + 1) % clients)]->store->get<Person>(c.mine[r].id);
            if (!onOther || onOther->email != expected)
                ++lost;
        }
    }
    out() << "\n5. " << clients << " concurrent clients, " << backend << " store, " << rounds
          << " rounds (each client: one new person + one edited field, then all send their sync "
             "request at once)\n"
          << "   sync request (push + pull in one) round trip, " << latencies.size()
          << " requests, " << clients << " in flight at a time: p50 "
          << QString::number(percentile(latencies, 0.5), 'f', 0) << " ms, p99 "
          << QString::number(percentile(latencies, 0.99), 'f', 0) << " ms, max "
          << QString::number(percentile(latencies, 1.0), 'f', 0) << " ms\n"
          << "   failed requests " << failures << ", lost changes " << lost << " of "
          << 2 * clients * rounds << " checked on two offices   (target 0)\n"
          << "   (signing in " << clients
          << " devices, Argon2id each: " << QString::number(signInMs / 1000, 'f', 1) << " s)\n"
          << Qt::flush;
}

// 6 ---------------------------------------------------------------------------------------------

void poorLink(int changes, quint64 seed)
{
    ServerProcess server;
    startServer(server, {QStringLiteral("Bench University")});
    FaultProxy proxy(QHostAddress::LocalHost, server.port());
    check(proxy.listen(), proxy.errorString());

    test::TempStore office;
    SyncRun direct(*office, urlOf(server.port()), QStringLiteral("coordinator"), password);
    syncOrFail(direct, QStringLiteral("first sync"));
    const Uuid institution = anInstitution(*office);
    QList<Uuid> made;
    auto r = office->transact([&]() -> Result<void, StoreError> {
        for (int i = 0; i < changes; ++i)
            made << newPerson(*office, institution, QStringLiteral("Offline%1").arg(i)).id;
        return {};
    });
    check(bool(r), QStringLiteral("making the offline changes"));
    const qint64 pendingAtStart = SyncEngine(*office).pendingChanges();

    // 256 kbit/s each way, 300 ms each way, and every 1,460-byte segment either way has a 5 %
    // chance of cutting the connection (harsher than packet loss, which TCP would retransmit).
    proxy.setBandwidth(Up, 32'000);
    proxy.setBandwidth(Down, 32'000);
    proxy.setLatency(Up, std::chrono::milliseconds(300));
    proxy.setLatency(Down, std::chrono::milliseconds(300));
    proxy.addFault(FaultProxy::Fault::dropChunks(0.05, seed, 1460).onEveryConnection());

    SyncRun slow(*office, urlOf(proxy.port()), QStringLiteral("coordinator"), password);
    slow.token() = direct.token();
    slow.options().baseDelayMs = 500;
    slow.options().maxDelayMs = 8000;
    slow.options().timeoutMs = 30'000;
    int runs = 0, retries = 0;
    QList<qint64> pendingAfter;
    const auto t0 = Steady::now();
    while (true) {
        ++runs;
        // The first run is cut off after 8 s, as when the office closes the app or the link goes
        // for good; the next run resumes from what the server acknowledged.
        const SyncOutcome o = slow.run(runs == 1 ? 8'000 : 3600'000);
        retries += o.stats.retries;
        pendingAfter << SyncEngine(*office).pendingChanges();
        if (o)
            break;
        check(runs < 200, QStringLiteral("the sync never completed: ") + o.message());
    }
    const double ms = msSince(t0);
    const Wire w = wire(proxy);
    proxy.clearFaults();

    // None lost, none applied twice: a new office on a clean link has each exactly once, and the
    // server's log of accepted changes holds each creation once.
    test::TempStore checker;
    SyncRun checkRun(*checker, urlOf(server.port()), QStringLiteral("coordinator"), password);
    syncOrFail(checkRun, QStringLiteral("the checking office"));
    int missing = 0;
    for (const Uuid &id : made)
        missing += checker->get<Person>(id) ? 0 : 1;
    qint64 serverChanges = -1;
    {
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"),
            {QDir(server.dataDir()).filePath(QStringLiteral("server.sqlite")),
                QStringLiteral("SELECT count(*) FROM changes WHERE tbl = 'person'")});
        if (sqlite.waitForFinished(60'000) && sqlite.exitCode() == 0)
            serverChanges = sqlite.readAllStandardOutput().trimmed().toLongLong();
    }
    QStringList trail;
    for (qint64 p : std::as_const(pendingAfter))
        trail << QString::number(p);
    out() << "\n6. " << changes
          << " offline changes over 256 kbit/s each way, 600 ms round trip, 5 % of 1,460-byte "
             "segments cut the connection (seed "
          << seed << ")\n"
          << "   completed in " << QString::number(ms / 1000, 'f', 1) << " s: " << runs
          << " sync run(s) (the first cut off after 8 s; each resumes after the last acknowledged "
             "batch), "
          << retries << " retried requests, " << proxy.connectionsDropped() << " connections cut, "
          << proxy.connectionsAccepted() << " connections\n"
          << "   pending after each run: " << pendingAtStart << " → "
          << trail.join(QStringLiteral(" → ")) << "\n"
          << "   wire: up " << kb(w.up) << ", down " << kb(w.down) << "\n"
          << "   missing on a new office: " << missing
          << "; person changes in the server's log: " << serverChanges << " (expected " << changes
          << ", none applied twice)\n"
          << Qt::flush;
    check(missing == 0 && serverChanges == changes, QStringLiteral("changes lost or doubled"));
}

QString startPostgres(const QString &dir)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(QStringLiteral("bash"),
        {QStringLiteral(EF_SOURCE_DIR "/tests/support/pg-cluster.sh"), QStringLiteral("start"),
            dir});
    check(p.waitForFinished(120'000) && p.exitCode() == 0,
        QStringLiteral("PostgreSQL did not start"));
    return QDir(dir).filePath(QStringLiteral("conninfo"));
}

void stopPostgres(const QString &dir)
{
    QProcess p;
    p.start(QStringLiteral("bash"),
        {QStringLiteral(EF_SOURCE_DIR "/tests/support/pg-cluster.sh"), QStringLiteral("stop"),
            dir});
    p.waitForFinished(60'000);
}

void run(const QCommandLineParser &parser)
{
    const QStringList only = parser.value(QStringLiteral("only")).split(u',', Qt::SkipEmptyParts);
    QTemporaryDir tmp;
    const QString dir
        = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : tmp.path();
    QDir().mkpath(dir);
    // The PostgreSQL cluster runs as the postgres user when this runs as root: let it reach in.
    QFile::setPermissions(dir, QFile::permissions(dir) | QFile::ExeGroup | QFile::ExeOther);
    out() << "EduFusion Desk sync benchmark, server " << ServerProcess::executable() << "\n"
          << Qt::flush;

    if (only.contains(u"small"))
        smallCycles(std::max(1, parser.value(QStringLiteral("runs")).toInt()));
    if (only.contains(u"national"))
        national(parser.value(QStringLiteral("scale")).toDouble(), dir,
            parser.isSet(QStringLiteral("reuse")));
    if (only.contains(u"concurrent")) {
        const QStringList backends
            = parser.value(QStringLiteral("backends")).split(u',', Qt::SkipEmptyParts);
        const int clients = std::max(1, parser.value(QStringLiteral("clients")).toInt());
        const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());
        if (backends.contains(u"sqlite"))
            concurrent(QStringLiteral("SQLite"), clients, rounds, {});
        if (backends.contains(u"postgres")) {
            const QString cluster = QDir(dir).filePath(QStringLiteral("postgres"));
            const QString conninfo = startPostgres(cluster);
            concurrent(QStringLiteral("PostgreSQL"), clients, rounds, conninfo);
            stopPostgres(cluster);
        }
    }
    if (only.contains(u"link"))
        poorLink(std::max(1, parser.value(QStringLiteral("changes")).toInt()),
            parser.value(QStringLiteral("seed")).toULongLong());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_sync"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sync benchmarks (issue 4), printed."));
    parser.addHelpOption();
    const QCommandLineOption onlyOpt(QStringLiteral("only"),
        QStringLiteral("Run only these parts, comma-separated: small, national, concurrent, link."),
        QStringLiteral("PARTS"), QStringLiteral("small,national,concurrent,link"));
    const QCommandLineOption scaleOpt(QStringLiteral("scale"),
        QStringLiteral("Fraction of the national scale (default 1)."), QStringLiteral("F"),
        QStringLiteral("1"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"),
        QStringLiteral("Folder for the national store (default: a temporary one)."),
        QStringLiteral("DIR"));
    const QCommandLineOption reuseOpt(
        QStringLiteral("reuse"), QStringLiteral("Use the national store already in --dir."));
    const QCommandLineOption runsOpt(QStringLiteral("runs"),
        QStringLiteral("Runs of the small cycles (default 21)."), QStringLiteral("N"),
        QStringLiteral("21"));
    const QCommandLineOption clientsOpt(QStringLiteral("clients"),
        QStringLiteral("Concurrent clients (default 200)."), QStringLiteral("N"),
        QStringLiteral("200"));
    const QCommandLineOption roundsOpt(QStringLiteral("rounds"),
        QStringLiteral("Rounds of the concurrent clients (default 5)."), QStringLiteral("N"),
        QStringLiteral("5"));
    const QCommandLineOption backendsOpt(QStringLiteral("backends"),
        QStringLiteral("Server stores for the concurrent clients (default sqlite,postgres)."),
        QStringLiteral("LIST"), QStringLiteral("sqlite,postgres"));
    const QCommandLineOption changesOpt(QStringLiteral("changes"),
        QStringLiteral("Changes over the poor link (default 10000)."), QStringLiteral("N"),
        QStringLiteral("10000"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"),
        QStringLiteral("Seed of the poor link's drops (default 1)."), QStringLiteral("N"),
        QStringLiteral("1"));
    parser.addOptions({onlyOpt, scaleOpt, dirOpt, reuseOpt, runsOpt, clientsOpt, roundsOpt,
        backendsOpt, changesOpt, seedOpt});
    parser.process(app);

    try {
        run(parser);
    } catch (const Failure &f) {
        QTextStream(stderr) << "bench_sync: " << f.what << Qt::endl;
        return 1;
    }
    return 0;
}
