// The sync protocol end to end: offices (real store files) sync with a real edufusion-server
// process on 127.0.0.1 and converge field by field; scope, roles, bad requests and retries.
#include "Samples.h"
#include "ServerSuite.h"
#include "SyncOffice.h"
#include "institutions/Institution.h"
#include "people/Person.h"
#include "store/Migrations.h"
#include "sync/SyncEngine.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <gtest/gtest.h>

using namespace ef;
using namespace ef::test;

namespace {

class SyncServer : public ServerSuite<>
{
protected:
    static void SetUpTestSuite()
    {
        startServer({QStringLiteral("Office A University"), QStringLiteral("Office B University")},
            {{QStringLiteral("coord"), QStringLiteral("coordinator")},
                {QStringLiteral("officer-a"), QStringLiteral("officer"),
                    QStringLiteral("Office A University")},
                {QStringLiteral("auditor"), QStringLiteral("auditor")}});
        institutionA = institutionId(QStringLiteral("Office A University"));
        institutionB = institutionId(QStringLiteral("Office B University"));
    }

    static Uuid idOf(const QString &text) { return Uuid::fromString(text).value_or(Uuid()); }

    static Person newPerson(Office &o, const QString &institution, const QString &family)
    {
        Person p = sample::person(idOf(institution), family);
        auto r = o.store->insert(p);
        EXPECT_TRUE(r) << r.error().message.toStdString();
        return p;
    }

    static inline QString institutionA, institutionB;
};

#define EXPECT_SYNCS(office)                                                                       \
    do {                                                                                           \
        const auto outcome_ = (office).sync();                                                     \
        EXPECT_TRUE(outcome_) << outcome_.message().toStdString();                                 \
    } while (0)

TEST_F(SyncServer, AFirstSyncBringsTheConsortiumsInstitutions)
{
    Office o(server->url(), QStringLiteral("coord"));
    EXPECT_SYNCS(o);
    EXPECT_EQ(o.store->db()
                  .scalar(QStringLiteral("SELECT count(*) FROM institution WHERE name_en LIKE "
                                         "'Office _ University'"))
                  .toInt(),
        2);
}

TEST_F(SyncServer, RunsOnTheStoreTheSuiteAskedFor)
{
    // The same suite runs on SQLite and (with the "postgres" fixture) on PostgreSQL.
    const bool postgres = !qEnvironmentVariableIsEmpty("EDUFUSION_TEST_POSTGRES");
    EXPECT_EQ(
        server->backend(), postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"));
    EXPECT_TRUE(server->banner().contains(QStringLiteral(" with ") + server->backend()))
        << server->banner().toStdString();
}

TEST_F(SyncServer, TheInstitutionsCommandListsEachInstitutionsCurrentName)
{
    QString listed = server->admin({QStringLiteral("institutions")});
    EXPECT_TRUE(listed.contains(institutionB + QStringLiteral("\tOffice B University")))
        << listed.toStdString();

    // A coordinator renames it; the server merges the rename over the creation.
    Office o(server->url(), QStringLiteral("coord"));
    EXPECT_SYNCS(o);
    auto b = o.store->get<Institution>(idOf(institutionB));
    ASSERT_TRUE(b);
    b->nameEn = QStringLiteral("Renamed University");
    ASSERT_TRUE(o.store->update(*b));
    EXPECT_SYNCS(o);
    listed = server->admin({QStringLiteral("institutions")});
    EXPECT_TRUE(listed.contains(institutionB + QStringLiteral("\tRenamed University")))
        << listed.toStdString();
    EXPECT_TRUE(listed.contains(institutionA + QStringLiteral("\tOffice A University")))
        << listed.toStdString();
}

TEST_F(SyncServer, TwoOfficesEditDifferentFieldsOfflineAndBothEditsSurvive)
{
    Office one(server->url(), QStringLiteral("coord")), two(server->url(), QStringLiteral("coord"));
    EXPECT_SYNCS(one);
    Person p = newPerson(one, institutionA, QStringLiteral("Different"));
    EXPECT_SYNCS(one);
    EXPECT_SYNCS(two);
    ASSERT_TRUE(two.person(p.id));

    Person a = *one.person(p.id), b = *two.person(p.id);
    a.email = QStringLiteral("one@example.kz");
    b.phone = QStringLiteral("+7 777 000 0002");
    ASSERT_TRUE(one.store->update(a));
    ASSERT_TRUE(two.store->update(b));
    EXPECT_SYNCS(two);
    EXPECT_SYNCS(one);
    EXPECT_SYNCS(two);
    for (Office *o : {&one, &two}) {
        const Person now = *o->person(p.id);
        EXPECT_EQ(now.email, QStringLiteral("one@example.kz"));
        EXPECT_EQ(now.phone, QStringLiteral("+7 777 000 0002"));
        EXPECT_EQ(o->issues(QStringLiteral("conflict")), 0);
        EXPECT_EQ(o->dump(), "");
    }
}

class SyncServerOrder : public SyncServer, public ::testing::WithParamInterface<bool>
{
};

TEST_P(SyncServerOrder, TheSameFieldEditedTwiceConvergesAndTheLoserIsAConflict)
{
    Office one(server->url(), QStringLiteral("coord")), two(server->url(), QStringLiteral("coord"));
    EXPECT_SYNCS(one);
    Person p = newPerson(one, institutionA, QStringLiteral("Same"));
    EXPECT_SYNCS(one);
    EXPECT_SYNCS(two);
    Person a = *one.person(p.id), b = *two.person(p.id);
    a.email = QStringLiteral("one@example.kz");
    ASSERT_TRUE(one.store->update(a));
    two.store.clock().advanceMs(60'000); // office two writes a minute later
    b.email = QStringLiteral("two@example.kz");
    ASSERT_TRUE(two.store->update(b));
    Office &first = GetParam() ? one : two, &second = GetParam() ? two : one;
    EXPECT_SYNCS(first);
    EXPECT_SYNCS(second);
    EXPECT_SYNCS(first);
    EXPECT_EQ(one.person(p.id)->email, QStringLiteral("two@example.kz"));
    EXPECT_EQ(two.person(p.id)->email, QStringLiteral("two@example.kz"));
    for (Office *o : {&one, &two}) {
        Statement s = o->store->db().prepare(QStringLiteral(
            "SELECT field, value, kept_value, conflict_kind FROM sync_issue WHERE kind = "
            "'conflict' AND row_id = ?"));
        s.bind(1, p.id);
        ASSERT_TRUE(s.next());
        EXPECT_EQ(s.text(0), QStringLiteral("email"));
        EXPECT_EQ(s.text(1), QStringLiteral("one@example.kz"));
        EXPECT_EQ(s.text(2), QStringLiteral("two@example.kz"));
        EXPECT_EQ(s.text(3), QStringLiteral("concurrent"));
        EXPECT_FALSE(s.next()) << "one conflict, once";
    }
}

INSTANTIATE_TEST_SUITE_P(EitherOrder, SyncServerOrder, ::testing::Bool());

TEST_F(SyncServer, AnEditRacingADeleteIsAConflictAndTheDeleteStands)
{
    Office one(server->url(), QStringLiteral("coord")), two(server->url(), QStringLiteral("coord"));
    EXPECT_SYNCS(one);
    Person p = newPerson(one, institutionA, QStringLiteral("Race"));
    EXPECT_SYNCS(one);
    EXPECT_SYNCS(two);
    ASSERT_TRUE(one.store->remove<Person>(p.id));
    Person b = *two.person(p.id);
    b.email = QStringLiteral("edited@example.kz");
    ASSERT_TRUE(two.store->update(b));
    EXPECT_SYNCS(one);
    EXPECT_SYNCS(two);
    EXPECT_SYNCS(one);
    EXPECT_FALSE(one.person(p.id));
    EXPECT_FALSE(two.person(p.id));
    for (Office *o : {&one, &two}) {
        Statement s = o->store->db().prepare(QStringLiteral(
            "SELECT value FROM sync_issue WHERE conflict_kind = 'edit-delete' AND row_id = ?"));
        s.bind(1, p.id);
        ASSERT_TRUE(s.next());
        EXPECT_EQ(s.text(0), QStringLiteral("edited@example.kz"));
    }
}

TEST_F(SyncServer, AnOfficerPushesOnlyTheirInstitutionsRecords)
{
    Office officer(server->url(), QStringLiteral("officer-a"));
    Office coord(server->url(), QStringLiteral("coord"));
    EXPECT_SYNCS(officer);
    const Person mine = newPerson(officer, institutionA, QStringLiteral("Mine"));
    const Person theirs = newPerson(officer, institutionB, QStringLiteral("Theirs"));
    EXPECT_SYNCS(officer);
    EXPECT_EQ(officer.issues(QStringLiteral("rejected")), 1);
    EXPECT_EQ(officer.issueReason(QStringLiteral("rejected")), QStringLiteral("out-of-scope"));
    EXPECT_TRUE(officer.person(theirs.id)) << "the refused record stays here";
    EXPECT_SYNCS(coord);
    EXPECT_TRUE(coord.person(mine.id));
    EXPECT_FALSE(coord.person(theirs.id));
}

TEST_F(SyncServer, AnAuditorCannotChangeAnything)
{
    Office auditor(server->url(), QStringLiteral("auditor"));
    EXPECT_SYNCS(auditor);
    newPerson(auditor, institutionA, QStringLiteral("Audit"));
    EXPECT_SYNCS(auditor);
    EXPECT_EQ(auditor.issueReason(QStringLiteral("rejected")), QStringLiteral("read-only"));
}

TEST_F(SyncServer, BadRequestsGetClearErrorsAndChangeNothing)
{
    Office o(server->url(), QStringLiteral("coord"));
    EXPECT_SYNCS(o);
    newPerson(o, institutionA, QStringLiteral("Unsent"));
    auto request = SyncEngine(*o.store).nextRequest();
    ASSERT_TRUE(request);
    const QByteArray auth = "Bearer " + o.run.token().toLatin1();
    const QByteArray key = request->idempotencyKey().toLatin1();
    const QByteArray body = request->toCbor();

    EXPECT_EQ(post(server->url(), QStringLiteral("/v1/sync"), body).status, 401);
    EXPECT_EQ(post(server->url(), QStringLiteral("/v1/sync"), body,
                  {{"Authorization", "Bearer forged"}, {"Idempotency-Key", key}})
                  .status,
        401);
    const Http garbage = post(
        server->url(), QStringLiteral("/v1/sync"), "not cbor at all", {{"Authorization", auth}});
    EXPECT_EQ(garbage.status, 400);
    EXPECT_EQ(garbage.error(), QStringLiteral("malformed"));
    const Http notZstd = post(server->url(), QStringLiteral("/v1/sync"), body,
        {{"Authorization", auth}, {"Content-Encoding", "zstd"}, {"Idempotency-Key", key}});
    EXPECT_EQ(notZstd.status, 400);
    SyncRequest old = *request;
    old.protocol = 99;
    const Http protocol = post(server->url(), QStringLiteral("/v1/sync"), old.toCbor(),
        {{"Authorization", auth}, {"Idempotency-Key", key}});
    EXPECT_EQ(protocol.status, 400);
    EXPECT_EQ(protocol.error(), QStringLiteral("protocol"));
    SyncRequest schema = *request;
    schema.schema = Migrations::latestVersion() + 1;
    EXPECT_EQ(post(server->url(), QStringLiteral("/v1/sync"), schema.toCbor(),
                  {{"Authorization", auth}, {"Idempotency-Key", key}})
                  .error(),
        QStringLiteral("schema"));
    EXPECT_EQ(
        post(server->url(), QStringLiteral("/v1/sync"), body, {{"Authorization", auth}}).error(),
        QStringLiteral("idempotency-key"));
    const Http huge = post(server->url(), QStringLiteral("/v1/sync"),
        QByteArray(SyncProtocol::MaxBodyBytes + 200 * 1024, 'x'), {{"Authorization", auth}});
    EXPECT_EQ(huge.status, 413);

    // None of it reached the server: another office sees nothing of the unsent person.
    Office other(server->url(), QStringLiteral("coord"));
    EXPECT_SYNCS(other);
    EXPECT_EQ(other.store->db()
                  .scalar(QStringLiteral("SELECT count(*) FROM person WHERE family_name = "
                                         "'Unsent'"))
                  .toInt(),
        0);
}

TEST_F(SyncServer, AnAnswerSaysHowFarALongPullHasToGo)
{
    Office o(server->url(), QStringLiteral("coord")), other(server->url(), QStringLiteral("coord"));
    EXPECT_SYNCS(o);
    EXPECT_SYNCS(other);
    for (int i = 0; i < 3; ++i)
        newPerson(other, institutionA, QStringLiteral("Far%1").arg(i));
    EXPECT_SYNCS(other);

    auto request = SyncEngine(*o.store).nextRequest(500, 1); // a page of one change
    ASSERT_TRUE(request);
    const Http h = post(server->url(), QStringLiteral("/v1/sync"), request->toCbor(),
        {{"Authorization", "Bearer " + o.run.token().toLatin1()}});
    ASSERT_EQ(h.status, 200) << h.body.toStdString();
    const auto answer = SyncResponse::fromCbor(h.body);
    ASSERT_TRUE(answer);
    ASSERT_EQ(answer->changes.size(), 1);
    EXPECT_TRUE(answer->more);
    EXPECT_GE(answer->head, answer->cursor + 2) << "two more people wait after this page";
}

TEST_F(SyncServer, ARetriedPushIsAnsweredAgainAndAppliedOnce)
{
    Office o(server->url(), QStringLiteral("coord"));
    EXPECT_SYNCS(o);
    const Person p = newPerson(o, institutionA, QStringLiteral("Twice"));
    auto request = SyncEngine(*o.store).nextRequest();
    ASSERT_TRUE(request);
    const QList<std::pair<QByteArray, QByteArray>> headers {
        {"Authorization", "Bearer " + o.run.token().toLatin1()},
        {"Idempotency-Key", request->idempotencyKey().toLatin1()}};
    const Http first = post(server->url(), QStringLiteral("/v1/sync"), request->toCbor(), headers);
    const Http again = post(server->url(), QStringLiteral("/v1/sync"), request->toCbor(), headers);
    ASSERT_EQ(first.status, 200) << first.body.toStdString();
    ASSERT_EQ(again.status, 200);
    EXPECT_EQ(
        SyncResponse::fromCbor(first.body)->results, SyncResponse::fromCbor(again.body)->results);

    // Other content under the same push number: a copied or restored store.
    SyncRequest copied = *request;
    copied.changes.first().values.insert(QStringLiteral("email"), QStringLiteral("x@example.kz"));
    const Http rewound = post(server->url(), QStringLiteral("/v1/sync"), copied.toCbor(), headers);
    EXPECT_EQ(rewound.status, 409);
    EXPECT_EQ(rewound.error(), QStringLiteral("device-rewound"));

    Office other(server->url(), QStringLiteral("coord"));
    EXPECT_SYNCS(other);
    EXPECT_TRUE(other.person(p.id));
    EXPECT_EQ(other.person(p.id)->email, p.email);
}

TEST_F(SyncServer, SignInIsLimitedAfterRepeatedFailures)
{
    ASSERT_TRUE(server->addUser(QStringLiteral("guessed"), QStringLiteral("auditor"), password));
    const QUuid device = QUuid::createUuid();
    auto login = [&](const QString &pw) {
        const QJsonObject o {{QStringLiteral("user"), QStringLiteral("guessed")},
            {QStringLiteral("password"), pw},
            {QStringLiteral("device"), device.toString(QUuid::WithoutBraces)}};
        return post(server->url(), QStringLiteral("/v1/login"), QJsonDocument(o).toJson());
    };
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(login(QStringLiteral("wrong password %1").arg(i)).status, 401);
    const Http limited = login(password);
    EXPECT_EQ(limited.status, 429);
    EXPECT_EQ(limited.error(), QStringLiteral("too-many-attempts"));
}

} // namespace
