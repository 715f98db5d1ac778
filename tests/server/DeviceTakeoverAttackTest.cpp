// Attack: an officer of another institution signs in naming a device id that is not theirs
// (ids travel in every pulled change), to push under it, move its push number or make its
// office read device-rewound. The sign-in is refused and the server's data stays as it was.
#include "AttackSuite.h"

using namespace ef;
using namespace ef::test;

namespace {

class DeviceTakeover : public AttackSuite
{
};

TEST_F(DeviceTakeover, ASignInNamingAnotherUsersDeviceIsRefusedAndChangesNothing)
{
    Office victim(server->url(), QStringLiteral("victim"));
    EXPECT_SYNCS(victim);
    const Person before = addPerson(victim, victimInstitution(), QStringLiteral("Before"));
    EXPECT_SYNCS(victim);
    const QStringList rows = serverRows();

    const Http taken
        = login(server->url(), QStringLiteral("attacker"), password, victim.store->deviceId());
    EXPECT_EQ(taken.status, 409) << taken.body.toStdString();
    EXPECT_EQ(taken.error(), QStringLiteral("device-taken"));
    EXPECT_FALSE(QJsonDocument::fromJson(taken.body).object().contains(u"token"));
    EXPECT_EQ(serverRows(), rows) << "no token, no device change, no push number moved";

    // The victim's office syncs on as before: its next push is not read as a rewound store.
    const Person after = addPerson(victim, victimInstitution(), QStringLiteral("After"));
    EXPECT_SYNCS(victim);
    EXPECT_EQ(victim.issues(QStringLiteral("rejected")), 0) << victim.dump();
    Office coord(server->url(), QStringLiteral("coord"));
    EXPECT_SYNCS(coord);
    EXPECT_TRUE(coord.person(before.id));
    EXPECT_TRUE(coord.person(after.id));
}

TEST_F(DeviceTakeover, ASignInAsTheServersOwnDeviceIsRefused)
{
    // The institutions were created by the server itself: their creations carry its device id.
    Office attacker(server->url(), QStringLiteral("attacker"));
    EXPECT_SYNCS(attacker);
    const Http pulled = postSync(server->url(), attacker.run.token(), pullRequest(attacker));
    ASSERT_EQ(pulled.status, 200) << pulled.body.toStdString();
    const auto answer = SyncResponse::fromCbor(pulled.body);
    ASSERT_TRUE(answer);
    Uuid serverDevice;
    for (const WireChange &c : answer->changes) {
        if (c.table == u"institution")
            serverDevice = c.device;
    }
    ASSERT_FALSE(serverDevice.isNull());
    const QStringList rows = serverRows();

    const Http taken = login(server->url(), QStringLiteral("attacker"), password, serverDevice);
    EXPECT_EQ(taken.status, 409) << taken.body.toStdString();
    EXPECT_EQ(taken.error(), QStringLiteral("device-taken"));
    EXPECT_EQ(serverRows(), rows);
}

TEST_F(DeviceTakeover, TheDevicesOwnUserSignsInAgain)
{
    Office victim(server->url(), QStringLiteral("victim"));
    EXPECT_SYNCS(victim);
    const Http again
        = login(server->url(), QStringLiteral("victim"), password, victim.store->deviceId());
    EXPECT_EQ(again.status, 200) << again.body.toStdString();
}

} // namespace
