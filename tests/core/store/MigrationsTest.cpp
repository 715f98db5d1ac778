// The promises around the file itself: an older store is upgraded all or nothing after a backup
// made with the backup API, a newer one is refused without being touched, and a store is never
// opened in a place that corrupts SQLite files.
#include "store/Migrations.h"

#include "QtPrinters.h"
#include "SqlHelpers.h"
#include "store/Store.h"
#include "store/StoreLocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace ef;
using ef::test::column;
using ef::test::number;

namespace {

const qint64 Start = 1'764'000'000'000; // 2025-11-24

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path.toStdString();
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Every row of a table, each column quoted, in a stable order: for comparing two files.
QStringList rows(Database &db, const QString &table)
{
    const QStringList columns = column(db,
        QStringLiteral("SELECT 'quote(' || name || ')' FROM pragma_table_info('%1')").arg(table));
    EXPECT_FALSE(columns.isEmpty()) << table.toStdString();
    return column(db,
        QStringLiteral("SELECT %1 FROM %2 ORDER BY 1")
            .arg(columns.join(QStringLiteral(" || '|' || ")), table));
}

QStringList schema(Database &db)
{
    return column(db,
        QStringLiteral("SELECT type || ' ' || name || ': ' || coalesce(sql, '') "
                       "FROM sqlite_schema ORDER BY type, name"));
}

const QStringList &dataTables()
{
    static const QStringList list {QStringLiteral("meta"), QStringLiteral("device"),
        QStringLiteral("institution"), QStringLiteral("person"), QStringLiteral("change_log"),
        QStringLiteral("field_clock")};
    return list;
}

QStringList backupsIn(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.backup.sqlite")}, QDir::Files);
}

struct V1Ids
{
    Uuid university, aigerim, nurlan;
};

// A store as version 1 of the app left it: schema v1, this device registered, rows written
// with change tracking on, in WAL mode.
V1Ids makeV1Store(const QString &path, const ManualClock &clock)
{
    V1Ids ids;
    auto opened = Database::open(path);
    if (!opened) {
        ADD_FAILURE() << opened.error().toString().toStdString();
        return ids;
    }
    Database &db = **opened;
    EXPECT_TRUE(db.exec(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON")));
    // The functions the tracking triggers call, as Store::initialise registers them.
    std::int64_t hlc = clock.nowMs() << 16;
    db.createFunction("ef_tracking", 0, false,
        [](sqlite3_context *ctx, int, sqlite3_value **) { sqlite3_result_int(ctx, 1); });
    db.createFunction("ef_device", 0, false,
        [](sqlite3_context *ctx, int, sqlite3_value **) { sqlite3_result_int(ctx, 1); });
    db.createFunction("ef_hlc", 0, false,
        [&hlc](sqlite3_context *ctx, int, sqlite3_value **) { sqlite3_result_int64(ctx, ++hlc); });

    auto migrated = Migrations::migrate(db, clock, {Migrations::steps().at(0)});
    EXPECT_TRUE(migrated) << (migrated ? "" : migrated.error().message.toStdString());
    EXPECT_EQ(Migrations::currentVersion(db), 1);
    EXPECT_TRUE(migrated && migrated->backupPath.isEmpty());

    ids.university = Uuid::v7(clock);
    ids.aigerim = Uuid::v7(clock);
    ids.nurlan = Uuid::v7(clock);
    Transaction tx(db);
    const auto run
        = [&](Statement &&s) { EXPECT_TRUE(s.exec()) << s.error().toString().toStdString(); };
    run(std::move(
        db.prepare(QStringLiteral("INSERT INTO device (id, uuid, label) VALUES (1, ?, 'v1')"))
            .bind(1, Uuid::v7(clock))));
    run(db.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('device_ref', 1)")));
    run(std::move(
        db.prepare(
              QStringLiteral(
                  "INSERT INTO institution (id, owner_id, hlc, device, kind, name_en, name_ru, "
                  "country, city) VALUES (?1, ?1, ?2, 1, 'university', ?3, ?4, 'KZ', ?5)"))
            .bindAll(ids.university, ++hlc, QStringLiteral("Al-Farabi Kazakh National University"),
                QStringLiteral("Казахский национальный университет имени аль-Фараби"),
                QStringLiteral("Almaty"))));
    const QString insertPerson = QStringLiteral(
        "INSERT INTO person (id, owner_id, hlc, device, institution_id, family_name, given_name, "
        "patronymic, family_name_latin, given_name_latin, gender, email, roles) "
        "VALUES (?1, ?2, ?3, 1, ?2, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 1)");
    run(std::move(db.prepare(insertPerson)
                      .bindAll(ids.aigerim, ids.university, ++hlc, QStringLiteral("Жұмабекова"),
                          QStringLiteral("Әйгерім"), QString(), QString(), QString(),
                          QStringLiteral("female"), QStringLiteral("aigerim@example.kz"))));
    run(std::move(
        db.prepare(insertPerson)
            .bindAll(ids.nurlan, ids.university, ++hlc, QStringLiteral("Сейітқазы"),
                QStringLiteral("Нұрлан"), QStringLiteral("Болатұлы"), QStringLiteral("Seitkazy"),
                QStringLiteral("Nurlan"), QStringLiteral("male"), QString())));
    run(std::move(db.prepare(QStringLiteral("UPDATE person SET email = ? WHERE id = ?"))
                      .bindAll(QStringLiteral("n.seitkazy@example.kz"), ids.nurlan)));
    EXPECT_TRUE(tx.commit());
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt(), 4);
    return ids;
}

std::map<QString, QStringList> snapshot(const QString &path)
{
    std::map<QString, QStringList> dump;
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db) {
        ADD_FAILURE() << db.error().toString().toStdString();
        return dump;
    }
    for (const QString &t : dataTables())
        dump[t] = rows(**db, t);
    dump[QStringLiteral("schema")] = schema(**db);
    dump[QStringLiteral("user_version")] = column(**db, QStringLiteral("PRAGMA user_version"));
    return dump;
}

class StoreFile : public testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QString dir() const { return m_dir.path(); }
    Result<std::unique_ptr<Store>, StoreError> open(const QString &path, bool allowUnsafe = false)
    {
        Store::Options options;
        options.clock = &m_clock;
        options.allowUnsafeLocation = allowUnsafe;
        return Store::open(path, options);
    }

    QTemporaryDir m_dir;
    ManualClock m_clock {Start};
};

} // namespace

TEST_F(StoreFile, V1StoreIsUpgradedAfterABackupThatHoldsTheOldFile)
{
    const QString path = file(QStringLiteral("store.sqlite"));
    const V1Ids ids = makeV1Store(path, m_clock);
    const auto before = snapshot(path);
    ASSERT_EQ(before.at(QStringLiteral("person")).size(), 2);

    m_clock.advanceMs(86'400'000);
    auto opened = open(path);
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    Store &store = **opened;
    EXPECT_EQ(Migrations::currentVersion(store.db()), Migrations::latestVersion());
    EXPECT_GT(Migrations::latestVersion(), 1);
    EXPECT_EQ(store.deviceRef(), 1); // the device of the v1 file, not a new one

    // The backup is a valid database at the old version with exactly the old rows and schema.
    const QString backup = store.backupPathOfLastMigration();
    ASSERT_FALSE(backup.isEmpty());
    EXPECT_TRUE(QFile::exists(backup)) << backup.toStdString();
    EXPECT_EQ(backupsIn(dir()), QStringList {QFileInfo(backup).fileName()});
    EXPECT_TRUE(QFileInfo(backup).fileName().startsWith(QStringLiteral("store.v1-")))
        << backup.toStdString();
    {
        auto db = Database::open(backup, Database::Mode::ReadOnly);
        ASSERT_TRUE(db) << db.error().toString().toStdString();
        EXPECT_EQ(column(**db, QStringLiteral("PRAGMA integrity_check")),
            QStringList {QStringLiteral("ok")});
    }
    EXPECT_EQ(snapshot(backup), before);

    // The rows came through the upgrade unchanged, change log included.
    for (const QString &t : dataTables()) {
        if (t != u"meta" && t != u"device") {
            EXPECT_EQ(rows(store.db(), t), before.at(t)) << t.toStdString();
        }
    }
    EXPECT_EQ(column(store.db(), QStringLiteral("PRAGMA integrity_check")),
        QStringList {QStringLiteral("ok")});
    EXPECT_EQ(column(store.db(), QStringLiteral("PRAGMA foreign_key_check")), QStringList {});

    // v2 indexed the rows that were already there, in either script.
    const auto firstHit = [&](const char *typed) {
        const QList<SearchHit> hits = store.search(QString::fromUtf8(typed));
        return hits.isEmpty() ? Uuid() : hits.first().id;
    };
    for (const char *typed : {"Жұмабекова", "жумабек", "zhumabekova", "Äigerım"})
        EXPECT_EQ(firstHit(typed), ids.aigerim) << typed;
    for (const char *typed : {"Сейітқазы", "seitkazy", "Нурлан", "n.seitkazy"})
        EXPECT_EQ(firstHit(typed), ids.nurlan) << typed;
    for (const char *typed : {"Фараби", "farabi", "Almaty"})
        EXPECT_EQ(firstHit(typed), ids.university) << typed;
    EXPECT_TRUE(store.search(QStringLiteral("nobody-like-this")).isEmpty());
}

TEST_F(StoreFile, UpToDateStoreIsOpenedWithoutANewBackup)
{
    const QString path = file(QStringLiteral("store.sqlite"));
    makeV1Store(path, m_clock);
    ASSERT_TRUE(open(path));
    ASSERT_EQ(backupsIn(dir()).size(), 1);
    m_clock.advanceMs(60'000);
    auto again = open(path);
    ASSERT_TRUE(again) << again.error().message.toStdString();
    EXPECT_TRUE((*again)->backupPathOfLastMigration().isEmpty());
    EXPECT_EQ(backupsIn(dir()).size(), 1);
}

TEST_F(StoreFile, FreshFileIsCreatedAtTheLatestVersionWithoutBackup)
{
    const QString path = file(QStringLiteral("new.sqlite"));
    auto opened = open(path);
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    EXPECT_EQ(Migrations::currentVersion((*opened)->db()), Migrations::latestVersion());
    EXPECT_TRUE((*opened)->backupPathOfLastMigration().isEmpty());
    EXPECT_EQ(backupsIn(dir()), QStringList {});
}

class NewerSchema : public StoreFile, public testing::WithParamInterface<const char *>
{
};

TEST_P(NewerSchema, IsRefusedNamingTheFileAndLeavesItsBytesUnchanged)
{
    const QString path = file(QStringLiteral("from-the-future.sqlite"));
    const int newer = Migrations::latestVersion() + 1;
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db);
        ASSERT_TRUE((*db)->exec(QStringLiteral("PRAGMA journal_mode = %1; "
                                               "CREATE TABLE future (a TEXT); "
                                               "INSERT INTO future VALUES ('kept as it was'); "
                                               "PRAGMA user_version = %2")
                                    .arg(QLatin1String(GetParam()))
                                    .arg(newer)));
    }
    const QByteArray hash = sha256(path);
    const qint64 size = QFileInfo(path).size();

    auto opened = open(path);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().kind, StoreError::Kind::NewerSchema);
    EXPECT_TRUE(opened.error().message.contains(QDir::toNativeSeparators(path)))
        << opened.error().message.toStdString();
    EXPECT_TRUE(opened.error().message.contains(QString::number(newer)))
        << opened.error().message.toStdString();

    EXPECT_EQ(QFileInfo(path).size(), size);
    EXPECT_EQ(sha256(path), hash) << "the refused file was changed";
    EXPECT_EQ(backupsIn(dir()), QStringList {});
}

INSTANTIATE_TEST_SUITE_P(JournalModes, NewerSchema, testing::Values("DELETE", "WAL"));

TEST_F(StoreFile, FailedStepLeavesTheFileAtItsOldVersionWithItsOldTables)
{
    const QString path = file(QStringLiteral("store.sqlite"));
    makeV1Store(path, m_clock);
    const auto before = snapshot(path);

    {
        auto db = Database::open(path);
        ASSERT_TRUE(db);
        // A good step (v2), then one that fails half-way through its own SQL.
        const QList<Migrations::Step> steps {
            Migrations::steps().at(0),
            Migrations::steps().at(1),
            {3,
                QStringLiteral("CREATE TABLE added_in_v3 (a TEXT); "
                               "INSERT INTO table_that_does_not_exist VALUES (1);")},
        };
        auto migrated = Migrations::migrate(**db, m_clock, steps);
        ASSERT_FALSE(migrated);
        EXPECT_EQ(migrated.error().kind, StoreError::Kind::Database);
        EXPECT_TRUE(
            migrated.error().message.contains(QRegularExpression(QStringLiteral("\\b3\\b"))))
            << migrated.error().message.toStdString();
        EXPECT_TRUE(
            migrated.error().db.message.contains(QStringLiteral("table_that_does_not_exist")))
            << migrated.error().db.message.toStdString();
        EXPECT_FALSE((*db)->inTransaction());
    }

    const auto after = snapshot(path);
    EXPECT_EQ(after.at(QStringLiteral("user_version")), QStringList {QStringLiteral("1")});
    EXPECT_EQ(after, before) << "tables or rows changed by a migration that failed";
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        ASSERT_TRUE(db);
        EXPECT_EQ(column(**db, QStringLiteral("PRAGMA integrity_check")),
            QStringList {QStringLiteral("ok")});
    }

    // Nothing half-done is left in the way: this binary's own steps still upgrade the file.
    auto opened = open(path);
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    EXPECT_EQ(Migrations::currentVersion((*opened)->db()), Migrations::latestVersion());
}

TEST_F(StoreFile, RiskOfFlagsCloudFoldersAndNetworkShares)
{
    const QStringList risky {
        dir() + QStringLiteral("/OneDrive - KazNU/store.sqlite"),
        dir() + QStringLiteral("/OneDrive/Documents/EduFusion/store.sqlite"),
        dir() + QStringLiteral("/Dropbox/store.sqlite"),
        dir() + QStringLiteral("/Dropbox (Personal)/x/store.sqlite"),
        dir() + QStringLiteral("/MEGA/store.sqlite"),
        QStringLiteral("//server/share/x.sqlite"),
        QStringLiteral("\\\\server\\share\\x.sqlite"),
    };
    for (const QString &p : risky)
        EXPECT_FALSE(StoreLocation::riskOf(p).isEmpty()) << p.toStdString();

    // A folder that only begins like a service's name is an ordinary folder (a user called Megan).
    const QStringList safe {
        file(QStringLiteral("store.sqlite")),
        dir() + QStringLiteral("/Megan/AppData/Local/store.sqlite"),
        dir() + QStringLiteral("/DropboxExports/store.sqlite"),
    };
    for (const QString &p : safe)
        EXPECT_TRUE(StoreLocation::riskOf(p).isEmpty()) << p.toStdString();
    EXPECT_TRUE(StoreLocation::riskOf(StoreLocation::defaultPath()).isEmpty());
}

TEST_F(StoreFile, StoreInACloudFolderIsRefusedUnlessTheUserAccepted)
{
    ASSERT_TRUE(QDir(dir()).mkdir(QStringLiteral("OneDrive - KazNU")));
    const QString path = file(QStringLiteral("OneDrive - KazNU/store.sqlite"));

    auto refused = open(path);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, StoreError::Kind::UnsafeLocation);
    EXPECT_TRUE(refused.error().message.contains(QDir::toNativeSeparators(path)))
        << refused.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(path)) << "a refused store must not be created";

    auto accepted = open(path, true);
    ASSERT_TRUE(accepted) << accepted.error().message.toStdString();
    EXPECT_EQ(Migrations::currentVersion((*accepted)->db()), Migrations::latestVersion());
}

TEST_F(StoreFile, FileThatIsNotSqliteIsRefusedAndLeftAsItWas)
{
    QRandomGenerator random(7);
    QByteArray garbage(64 * 1024, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(garbage.data()), garbage.size() / 4);
    const QList<std::pair<QString, QByteArray>> files {
        {QStringLiteral("random.sqlite"), garbage},
        {QStringLiteral("text.sqlite"),
            QByteArrayLiteral("family_name,given_name\nЖұмабекова,Әйгерім\n").repeated(200)},
    };
    for (const auto &[name, bytes] : files) {
        SCOPED_TRACE(name.toStdString());
        const QString path = file(name);
        {
            QFile f(path);
            ASSERT_TRUE(f.open(QIODevice::WriteOnly));
            ASSERT_EQ(f.write(bytes), bytes.size());
        }
        auto opened = open(path);
        ASSERT_FALSE(opened);
        EXPECT_TRUE(opened.error().kind == StoreError::Kind::CannotOpen
            || opened.error().kind == StoreError::Kind::Database);
        EXPECT_FALSE(opened.error().message.isEmpty());
        EXPECT_TRUE(opened.error().message.contains(QDir::toNativeSeparators(path)))
            << opened.error().message.toStdString();
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_TRUE(f.readAll() == bytes) << "the file was overwritten";
    }
    EXPECT_EQ(backupsIn(dir()), QStringList {});
}
