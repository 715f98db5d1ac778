// The child process of CrashSafetyTest: writes to a store as fast as it can, one user action per
// transaction, and reports each action only after its commit returned, until it is killed.
//
// Usage: crash_writer <store file> <tag>
// Prints "committed <person uuid>" after every committed insert and, when the same transaction
// also changed an earlier person, "updated <person uuid> email <value>" before that line.
#include "institutions/Institution.h"
#include "people/Person.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <cstdio>

using namespace ef;

namespace {

void say(const QString &line)
{
    const QByteArray utf8 = line.toUtf8() + '\n';
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &what)
{
    const QByteArray utf8 = what.toUtf8() + '\n';
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    std::exit(1);
}

// The institution that owns every row, made by the first run on this file.
Uuid homeInstitution(Store &store)
{
    Statement s = store.db().prepare(
        QStringLiteral("SELECT id FROM institution WHERE deleted = 0 ORDER BY rowid LIMIT 1"));
    if (s.next())
        return s.uuid(0);
    Institution i;
    i.id = store.newId();
    i.ownerId = i.id;
    i.nameEn = QStringLiteral("Crash Test University");
    i.nameRu = QStringLiteral("Университет краш-тестов");
    if (auto r = store.insert(i); !r)
        fail(QStringLiteral("cannot insert the institution: %1").arg(r.error().message));
    return i.id;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        fail(QStringLiteral("usage: crash_writer <store file> <tag>"));
    const QString &tag = args.at(2);

    auto opened = Store::open(args.at(1));
    if (!opened)
        fail(QStringLiteral("cannot open the store: %1").arg(opened.error().message));
    Store &store = **opened;
    const Uuid home = homeInstitution(store);

    for (qint64 n = 0;; ++n) {
        Person p;
        p.ownerId = home;
        p.institutionId = home;
        p.familyName = QStringLiteral("Сыналушы");
        p.givenName = QStringLiteral("Тест %1-%2").arg(tag).arg(n);
        p.gender = (n % 2) ? Gender::Female : Gender::Male;
        p.setRoles(PersonRole::Student);

        // Every third action also edits an earlier person (perhaps one from an earlier run), so
        // per-field change_log entries are written and can be torn by the kill too.
        std::optional<Person> edited;
        if (n % 3 == 2) {
            Statement pick = store.db().prepare(QStringLiteral(
                "SELECT id FROM person WHERE deleted = 0 ORDER BY rowid LIMIT 1 OFFSET "
                "(?1 * 7919) % (SELECT count(*) FROM person WHERE deleted = 0)"));
            pick.bind(1, n);
            if (pick.next())
                edited = store.get<Person>(pick.uuid(0));
        }

        auto r = store.transact([&]() -> Result<void, StoreError> {
            if (edited) {
                edited->email = QStringLiteral("r%1-n%2@example.kz").arg(tag).arg(n);
                if (auto u = store.update(*edited); !u)
                    return u;
            }
            return store.insert(p);
        });
        if (!r)
            fail(QStringLiteral("action %1 failed: %2").arg(n).arg(r.error().message));
        if (edited)
            say(QStringLiteral("updated %1 email %2").arg(edited->id.toString(), edited->email));
        say(QStringLiteral("committed %1").arg(p.id.toString()));
    }
}
