// Attack: an officer pushes, with their own token and device, changes stamped with another
// office's device id, so that the other office's writes seem to say what the attacker wants.
// Each such change is rejected and nothing of it reaches the server's data.
#include "AttackSuite.h"
#include "sync/SyncEngine.h"

using namespace ef;
using namespace ef::test;

namespace {

class ForeignStamp : public AttackSuite
{
};

TEST_F(ForeignStamp, ChangesStampedWithAnotherDeviceAreRejectedAndChangeNothing)
{
    Office victim(server->url(), QStringLiteral("victim"));
    Office attacker(server->url(), QStringLiteral("attacker"));
    EXPECT_SYNCS(victim);
    EXPECT_SYNCS(attacker);
    Person own = addPerson(attacker, attackerInstitution(), QStringLiteral("Own"));
    EXPECT_SYNCS(attacker);

    // A field change of the attacker's own record and a new record, both stamped with the
    // victim's device.
    own.email = QStringLiteral("forged@example.kz");
    ASSERT_TRUE(attacker.store->update(own));
    addPerson(attacker, attackerInstitution(), QStringLiteral("Forged"));
    auto request = SyncEngine(*attacker.store).nextRequest();
    ASSERT_TRUE(request);
    ASSERT_EQ(request->changes.size(), 2);
    for (WireChange &c : request->changes)
        c.device = victim.store->deviceId();

    const QStringList data = serverRows({QStringLiteral("counter"), QStringLiteral("records"),
        QStringLiteral("writes"), QStringLiteral("changes"), QStringLiteral("conflicts")});
    const QString victimHex = QString::fromLatin1(victim.store->deviceId().toBytes().toHex());
    const QStringList victimDevice = serverRows({QStringLiteral("devices")}).filter(victimHex);
    ASSERT_EQ(victimDevice.size(), 1);

    const Http h = postSync(server->url(), attacker.run.token(), *request);
    ASSERT_EQ(h.status, 200) << h.body.toStdString();
    const auto answer = SyncResponse::fromCbor(h.body);
    ASSERT_TRUE(answer);
    ASSERT_EQ(answer->results.size(), 2);
    for (const PushResult &r : answer->results) {
        EXPECT_EQ(r.status, PushResult::Status::Rejected);
        EXPECT_EQ(r.reason, QStringLiteral("invalid"));
        EXPECT_TRUE(r.message.contains(u"stamped")) << r.message.toStdString();
    }
    EXPECT_EQ(
        serverRows({QStringLiteral("counter"), QStringLiteral("records"), QStringLiteral("writes"),
            QStringLiteral("changes"), QStringLiteral("conflicts")}),
        data);
    EXPECT_EQ(serverRows({QStringLiteral("devices")}).filter(victimHex), victimDevice);

    // The victim's office sees the attacker's record as it stood, nothing forged.
    Office coord(server->url(), QStringLiteral("coord"));
    EXPECT_SYNCS(coord);
    ASSERT_TRUE(coord.person(own.id));
    EXPECT_NE(coord.person(own.id)->email, QStringLiteral("forged@example.kz"));
    EXPECT_EQ(coord.store->db()
                  .scalar(QStringLiteral("SELECT count(*) FROM person WHERE family_name = "
                                         "'Forged'"))
                  .toInt(),
        0);
}

} // namespace
