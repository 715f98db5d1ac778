#include "NationalGenerator.h"

#include "certificates/Certificate.h"
#include "courses/Course.h"
#include "courses/Enrollment.h"
#include "courses/Offering.h"
#include "institutions/Institution.h"
#include "partnerships/Partnership.h"
#include "people/Person.h"
#include "records/Validation.h"
#include "store/Store.h"
#include "text/Transliteration.h"
#include "training/Participation.h"
#include "training/TrainingEvent.h"
#include "training/TrainingProgramme.h"

#include <QFile>
#include <QRandomGenerator>
#include <algorithm>

namespace ef {

// --- StoreSink -------------------------------------------------------------------------------

Result<void, StoreError> StoreSink::put(Institution &r)
{
    return m_store.insert(r);
}
Result<void, StoreError> StoreSink::put(Person &r)
{
    return m_store.insert(r);
}
Result<void, StoreError> StoreSink::put(Partnership &r)
{
    return m_store.insert(r);
}
Result<void, StoreError> StoreSink::put(TrainingProgramme &r)
{
    return m_store.insert(r);
}
Result<void, StoreError> StoreSink::put(TrainingEvent &r)
{
    return m_store.insert(r);
}
Result<void, StoreError> StoreSink::put(Participation &r)
{
    return m_store.insert(r);
}
Result<void, StoreError> StoreSink::put(Certificate &r)
{
    return m_store.insert(r);
}
Result<void, StoreError> StoreSink::put(Course &r)
{
    return m_store.insert(r);
}
Result<void, StoreError> StoreSink::put(Offering &r)
{
    return m_store.insert(r);
}
Result<void, StoreError> StoreSink::put(Enrollment &r)
{
    return m_store.insert(r);
}

Result<void, StoreError> StoreSink::batch(const std::function<Result<void, StoreError>()> &fn)
{
    return m_store.transact(fn);
}

// --- Scale -----------------------------------------------------------------------------------

NationalScale NationalScale::scaled(double f) const
{
    auto s = [f](int n, int min) { return std::max(min, int(n * f + 0.5)); };
    NationalScale r;
    r.institutions = s(institutions, 12);
    r.people = s(people, 40);
    r.partnerships = s(partnerships, 5);
    r.events = s(events, 4);
    r.participations = s(participations, 20);
    r.certificates = s(certificates, 10);
    r.courses = s(courses, 5);
    r.offerings = s(offerings, 10);
    r.enrollments = s(enrollments, 50);
    return r;
}

std::int64_t NationalScale::totalRows() const
{
    return std::int64_t(institutions) + people + partnerships + events + participations
        + certificates + courses + offerings + enrollments + 20; // + training programmes
}

// --- Generation ------------------------------------------------------------------------------

namespace {

struct City
{
    const char *en, *ru, *kk, *region;
};
constexpr City Cities[] = {
    {"Almaty", "Алматы", "Алматы", "Almaty"},
    {"Astana", "Астана", "Астана", "Astana"},
    {"Shymkent", "Шымкент", "Шымкент", "Shymkent"},
    {"Karaganda", "Караганда", "Қарағанды", "Karaganda Region"},
    {"Ust-Kamenogorsk", "Усть-Каменогорск", "Өскемен", "East Kazakhstan Region"},
    {"Pavlodar", "Павлодар", "Павлодар", "Pavlodar Region"},
    {"Aktobe", "Актобе", "Ақтөбе", "Aktobe Region"},
    {"Atyrau", "Атырау", "Атырау", "Atyrau Region"},
    {"Taraz", "Тараз", "Тараз", "Zhambyl Region"},
    {"Kostanay", "Костанай", "Қостанай", "Kostanay Region"},
    {"Uralsk", "Уральск", "Орал", "West Kazakhstan Region"},
    {"Semey", "Семей", "Семей", "Abai Region"},
    {"Kyzylorda", "Кызылорда", "Қызылорда", "Kyzylorda Region"},
    {"Petropavl", "Петропавловск", "Петропавл", "North Kazakhstan Region"},
    {"Kokshetau", "Кокшетау", "Көкшетау", "Akmola Region"},
    {"Taldykorgan", "Талдыкорган", "Талдықорған", "Zhetysu Region"},
    {"Turkistan", "Туркестан", "Түркістан", "Turkistan Region"},
    {"Aktau", "Актау", "Ақтау", "Mangystau Region"},
    {"Zhezkazgan", "Жезказган", "Жезқазған", "Ulytau Region"},
};

struct Profile
{
    const char *en, *ru, *kk;
};
constexpr Profile UniversityProfiles[] = {
    {"%1 Technical University", "%1 технический университет", "%1 техникалық университеті"},
    {"%1 Pedagogical University", "%1 педагогический университет", "%1 педагогикалық университеті"},
    {"%1 State University", "%1 государственный университет", "%1 мемлекеттік университеті"},
    {"%1 Agrarian University", "%1 аграрный университет", "%1 аграрлық университеті"},
    {"%1 University of Economics", "%1 экономический университет", "%1 экономикалық университеті"},
    {"%1 Medical University", "%1 медицинский университет", "%1 медицина университеті"},
};
constexpr Profile CompanyWords[] = {
    {"Altyn", "Алтын", "Алтын"},
    {"Kokzhiek", "Кокжиек", "Көкжиек"},
    {"Samruk", "Самрук", "Самұрық"},
    {"Zhuldyz", "Жулдыз", "Жұлдыз"},
    {"Kazyna", "Казына", "Қазына"},
    {"Ulan", "Улан", "Ұлан"},
    {"Dala", "Дала", "Дала"},
    {"Tulpar", "Тулпар", "Тұлпар"},
    {"Baiterek", "Байтерек", "Бәйтерек"},
    {"Arman", "Арман", "Арман"},
};
constexpr Profile Industries[] = {
    {"Energy", "Энерджи", "Энерджи"},
    {"Mining", "Майнинг", "Майнинг"},
    {"Agro", "Агро", "Агро"},
    {"Digital", "Диджитал", "Диджитал"},
    {"Engineering", "Инжиниринг", "Инжиниринг"},
    {"Logistics", "Логистикс", "Логистикс"},
    {"Metals", "Металс", "Металс"},
    {"Systems", "Системс", "Системс"},
};

constexpr const char *KazakhSurnames[] = {"Ахметов", "Бекжанов", "Жұмабеков", "Қасымов", "Нұрланов",
    "Сейітқалиев", "Төлегенов", "Әбдірахманов", "Серікбаев", "Омаров", "Оспанов", "Исабеков",
    "Тоқтаров", "Мұхамеджанов", "Байжанов", "Ермеков", "Сұлтанов", "Қайратов", "Әлиев",
    "Жақсылықов", "Құрманов", "Смағұлов", "Ғабдуллин", "Үсенов", "Өтепов", "Шәріпов", "Есімов",
    "Досжанов", "Қожахметов", "Бейсенов"};
constexpr const char *RussianSurnames[] = {"Иванов", "Петров", "Смирнов", "Кузнецов", "Попов",
    "Соколов", "Лебедев", "Козлов", "Новиков", "Морозов", "Волков", "Павлов", "Семёнов", "Голубев",
    "Виноградов", "Богданов", "Фёдоров", "Журавлёв"};
constexpr const char *KazakhFemale[]
    = {"Әйгерім", "Айгүл", "Гүлнар", "Дана", "Жанар", "Мөлдір", "Сәуле", "Алия", "Динара",
        "Ақмарал", "Айжан", "Әсем", "Томирис", "Ұлжан", "Қарлығаш", "Гүлмира", "Назерке", "Балжан"};
constexpr const char *KazakhMale[]
    = {"Нұрлан", "Ерлан", "Бауыржан", "Асқар", "Дәурен", "Ғалым", "Қайрат", "Серік", "Талғат",
        "Мұрат", "Әділ", "Олжас", "Ержан", "Жандос", "Арман", "Нұржан", "Ақжол", "Бекзат"};
constexpr const char *RussianFemale[] = {"Анна", "Елена", "Ольга", "Татьяна", "Наталья", "Ирина",
    "Светлана", "Мария", "Юлия", "Екатерина", "Дарья", "Ксения"};
constexpr const char *RussianMale[] = {"Александр", "Сергей", "Андрей", "Дмитрий", "Алексей",
    "Иван", "Михаил", "Николай", "Владимир", "Евгений", "Артём", "Павел"};

constexpr Profile Subjects[] = {
    {"Robotics", "Робототехника", "Робототехника"},
    {"Data Science", "Наука о данных", "Деректер ғылымы"},
    {"Renewable Energy", "Возобновляемая энергетика", "Жаңартылатын энергетика"},
    {"Digital Fabrication", "Цифровое производство", "Цифрлық өндіріс"},
    {"Applied Mathematics", "Прикладная математика", "Қолданбалы математика"},
    {"Environmental Engineering", "Экологическая инженерия", "Экологиялық инженерия"},
    {"Design Thinking", "Дизайн-мышление", "Дизайн-ойлау"},
    {"Start-up Management", "Управление стартапом", "Стартапты басқару"},
    {"Innovation and Entrepreneurship", "Инновации и предпринимательство",
        "Инновация және кәсіпкерлік"},
    {"Circular Economy", "Циркулярная экономика", "Айналмалы экономика"},
    {"Internet of Things", "Интернет вещей", "Заттар интернеті"},
    {"Creative Coding", "Креативное программирование", "Шығармашылық бағдарламалау"},
};
constexpr const char *Levels[] = {"I", "II", "III", "Advanced", "Practice", "Studio"};

template <class T, size_t N> const T &pick(QRandomGenerator &rng, const T (&items)[N])
{
    return items[rng.bounded(quint32(N))];
}

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

QDate randomDate(QRandomGenerator &rng, const QDate &from, int days)
{
    return from.addDays(rng.bounded(days));
}

// A 12-digit BIN with a correct check digit: registration year and month, a legal-entity marker,
// a random serial, then the digit the check sum gives (serials giving 10 are skipped).
QString makeBin(QRandomGenerator &rng)
{
    for (;;) {
        QString b = QStringLiteral("%1%2%3")
                        .arg(rng.bounded(5, 24), 2, 10, QLatin1Char('0'))
                        .arg(rng.bounded(1, 13), 2, 10, QLatin1Char('0'))
                        .arg(rng.bounded(40000000), 7, 10, QLatin1Char('0'));
        for (int check = 0; check < 10; ++check) {
            const QString candidate = b + QChar(u'0' + check);
            if (Validation::isValidBin(candidate))
                return candidate;
        }
    }
}

class Run
{
public:
    Run(const NationalGenerator::Scale &scale, quint32 seed, RowSink &sink,
        const NationalGenerator::Progress &progress, int batchRows)
        : s(scale)
        , rng(seed)
        , sink(sink)
        , progress(progress)
        , batchRows(batchRows)
    { }

    Result<void, StoreError> all();

private:
    Uuid nextId() { return Uuid::v7(ms++, rng); }

    // Makes count rows with make(i, row) and puts them, batchRows per transaction.
    template <class T, class Make> Result<void, StoreError> rows(int count, Make make)
    {
        for (int start = 0; start < count; start += batchRows) {
            const int end = std::min(count, start + batchRows);
            auto r = sink.batch([&]() -> Result<void, StoreError> {
                for (int i = start; i < end; ++i) {
                    T row;
                    row.id = nextId();
                    make(i, row);
                    if (auto w = sink.put(row); !w)
                        return w;
                }
                return {};
            });
            if (!r)
                return r;
            doneRows += end - start;
            if (progress && !progress(doneRows, s.totalRows()))
                return unexpected(StoreError::cancelled());
        }
        return {};
    }

    NationalGenerator::Scale s;
    QRandomGenerator rng;
    RowSink &sink;
    const NationalGenerator::Progress &progress;
    int batchRows;
    std::int64_t ms = 1'733'011'200'000; // 2024-12-01, the start of EduFusion
    std::int64_t doneRows = 0;

    struct Inst
    {
        Uuid id;
        int city;
    };
    QList<Inst> universities, companies, agencies;
    QList<Uuid> educators, students;
    QList<Uuid> educatorOwner, studentOwner;
    struct Prog
    {
        Uuid id, owner;
        CertificationStandard standard;
    };
    QList<Prog> programmes;
    struct Ev
    {
        Uuid id, owner, programme;
        double hours;
        QDate ends;
    };
    QList<Ev> events;
    struct Crs
    {
        Uuid id, provider;
        QStringList languages;
    };
    QList<Crs> courses;
    struct Off
    {
        Uuid id, owner;
        Semester semester;
    };
    QList<Off> offerings;
};

Result<void, StoreError> Run::all()
{
    const int nAgencies = std::max(2, s.institutions / 26);
    const int nUniversities = std::max(4, s.institutions * 45 / 100);
    const int nCompanies = std::max(2, s.institutions - nAgencies - nUniversities);

    // Institutions: universities own themselves; agencies and companies are owned by the first
    // university (the consortium coordinator's office keeps shared reference data).
    Uuid coordinator;
    if (auto r = rows<Institution>(nUniversities + nAgencies + nCompanies,
            [&](int i, Institution &r) {
                const int city = int(rng.bounded(quint32(std::size(Cities))));
                const City &c = Cities[city];
                r.city = QString::fromUtf8(c.en);
                r.region = QString::fromUtf8(c.region);
                r.country = QStringLiteral("KZ");
                if (i < nUniversities) {
                    const Profile &p = UniversityProfiles[i % std::size(UniversityProfiles)];
                    const int n = i / int(std::size(UniversityProfiles)) + 1;
                    r.kind = InstitutionKind::University;
                    r.nameEn = u8(p.en).arg(u8(c.en))
                        + (n > 1 ? QStringLiteral(" No. %1").arg(n) : QString());
                    r.nameRu = u8(p.ru).arg(u8(c.ru))
                        + (n > 1 ? QStringLiteral(" № %1").arg(n) : QString());
                    r.nameKk = u8(p.kk).arg(u8(c.kk))
                        + (n > 1 ? QStringLiteral(" № %1").arg(n) : QString());
                    r.pic = QStringLiteral("9%1").arg(
                        rng.bounded(100000000), 8, 10, QLatin1Char('0'));
                    if (coordinator.isNull())
                        coordinator = r.id;
                    r.ownerId = r.id;
                    universities.append({r.id, city});
                } else if (i < nUniversities + nAgencies) {
                    const int n = i - nUniversities + 1;
                    r.kind = InstitutionKind::AccreditationAgency;
                    r.nameEn = QStringLiteral("Independent Accreditation Agency No. %1").arg(n);
                    r.nameRu = QStringLiteral("Независимое агентство по аккредитации № %1").arg(n);
                    r.nameKk = QStringLiteral("Тәуелсіз аккредиттеу агенттігі № %1").arg(n);
                    r.bin = makeBin(rng);
                    r.ownerId = coordinator;
                    agencies.append({r.id, city});
                } else {
                    const Profile &w = pick(rng, CompanyWords);
                    const Profile &ind = pick(rng, Industries);
                    const int n = i - nUniversities - nAgencies + 1;
                    r.kind = InstitutionKind::Company;
                    r.nameEn = QStringLiteral("%1 %2 %3 LLP").arg(u8(w.en), u8(ind.en)).arg(n);
                    r.nameRu = QStringLiteral("ТОО «%1 %2 %3»").arg(u8(w.ru), u8(ind.ru)).arg(n);
                    r.nameKk = QStringLiteral("«%1 %2 %3» ЖШС").arg(u8(w.kk), u8(ind.kk)).arg(n);
                    r.bin = makeBin(rng);
                    r.ownerId = coordinator;
                    companies.append({r.id, city});
                }
            });
        !r)
        return r;

    // People: a third educators (some also trainers), most of the rest students, some industry
    // contacts; about half women, a few who did not say.
    if (auto r = rows<Person>(s.people,
            [&](int i, Person &r) {
                const bool kazakh = rng.bounded(100) < 70;
                const int g = int(rng.bounded(100));
                const bool female = g < 52;
                r.gender = g < 50 ? Gender::Female : g < 97 ? Gender::Male : Gender::Undisclosed;
                QString family
                    = u8(kazakh ? pick(rng, KazakhSurnames) : pick(rng, RussianSurnames));
                if (female)
                    family += u'а';
                r.familyName = family;
                r.givenName
                    = u8(female ? (kazakh ? pick(rng, KazakhFemale) : pick(rng, RussianFemale))
                                : (kazakh ? pick(rng, KazakhMale) : pick(rng, RussianMale)));
                r.familyNameLatin = Transliteration::toLatin(r.familyName);
                r.givenNameLatin = Transliteration::toLatin(r.givenName);
                const int role = i % 10;
                if (role < 3) {
                    r.setRoles(role == 0 ? PersonRole::Educator | PersonRole::Trainer
                                         : PersonRoles(PersonRole::Educator));
                    const Inst &u = universities[int(rng.bounded(quint32(universities.size())))];
                    r.institutionId = u.id;
                    r.ownerId = u.id;
                    educators.append(r.id);
                    educatorOwner.append(u.id);
                } else if (role < 9) {
                    r.setRoles(PersonRole::Student);
                    const Inst &u = universities[int(rng.bounded(quint32(universities.size())))];
                    r.institutionId = u.id;
                    r.ownerId = u.id;
                    students.append(r.id);
                    studentOwner.append(u.id);
                } else {
                    r.setRoles(PersonRole::IndustryContact);
                    const Inst &c = companies[int(rng.bounded(quint32(companies.size())))];
                    r.institutionId = c.id;
                    r.ownerId = coordinator;
                }
                r.email = QStringLiteral("%1.%2%3@example.kz")
                              .arg(Transliteration::toLatin(
                                       r.givenName, Transliteration::System::Icao9303)
                                       .toLower(),
                                  Transliteration::toLatin(
                                      r.familyName, Transliteration::System::Icao9303)
                                      .toLower())
                              .arg(i);
            });
        !r)
        return r;

    const QDate today(2026, 11, 25);
    if (auto r = rows<Partnership>(s.partnerships,
            [&](int, Partnership &r) {
                const Inst &u = universities[int(rng.bounded(quint32(universities.size())))];
                const Inst &c = companies[int(rng.bounded(quint32(companies.size())))];
                r.ownerId = u.id;
                r.universityId = u.id;
                r.partnerId = c.id;
                r.kind = enumValues<PartnershipKind>()[rng.bounded(
                    quint32(enumValues<PartnershipKind>().size()))];
                const int st = int(rng.bounded(100));
                r.status = st < 8 ? PartnershipStatus::Proposed
                    : st < 18     ? PartnershipStatus::Negotiating
                    : st < 35     ? PartnershipStatus::Signed
                    : st < 80     ? PartnershipStatus::Active
                    : st < 90     ? PartnershipStatus::Completed
                    : st < 95     ? PartnershipStatus::Expired
                                  : PartnershipStatus::Terminated;
                r.title = QStringLiteral("%1 — %2").arg(
                    QString(enumText(r.kind)).replace(u'_', u' '), r.ownerId.toString().left(8));
                if (Partnership::lifecycleRank(r.status)
                        >= Partnership::lifecycleRank(PartnershipStatus::Signed)
                    || r.status == PartnershipStatus::Terminated) {
                    r.signedOn = randomDate(rng, QDate(2019, 1, 1), 2860);
                    r.startsOn = r.signedOn.addDays(rng.bounded(60));
                    r.endsOn = r.startsOn.addYears(1 + int(rng.bounded(5)));
                }
                if (r.kind == PartnershipKind::InternshipAgreement
                    || r.kind == PartnershipKind::DualEducation) {
                    r.internshipsOffered = int(rng.bounded(5, 60));
                    r.studentsPlaced = int(rng.bounded(quint32(r.internshipsOffered + 1)));
                }
            });
        !r)
        return r;

    static const TrainingTopic topics[] = {TrainingTopic::EngineeringPedagogy,
        TrainingTopic::PedagogicalPsychology, TrainingTopic::Communication,
        TrainingTopic::InteractiveMethods, TrainingTopic::ReflectivePractice,
        TrainingTopic::Entrepreneurship, TrainingTopic::Steam};
    static const Profile topicNames[] = {
        {"Engineering Pedagogy", "Инженерная педагогика", "Инженерлік педагогика"},
        {"Pedagogical Psychology", "Педагогическая психология", "Педагогикалық психология"},
        {"Communication Strategies", "Коммуникативные стратегии", "Коммуникациялық стратегиялар"},
        {"Interactive Teaching Methods", "Интерактивные методы обучения",
            "Интерактивті оқыту әдістері"},
        {"Reflective Practice", "Рефлексивная практика", "Рефлексиялық тәжірибе"},
        {"Teaching Entrepreneurship", "Преподавание предпринимательства", "Кәсіпкерлікті оқыту"},
        {"STEAM Teaching", "Преподавание STEAM", "STEAM оқыту"},
    };
    if (auto r = rows<TrainingProgramme>(20,
            [&](int i, TrainingProgramme &r) {
                const int t = i % int(std::size(topics));
                r.ownerId = universities[i % universities.size()].id;
                r.code = QStringLiteral("TDSS-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
                r.topic = topics[t];
                r.standard = i % 2 ? CertificationStandard::International
                                   : CertificationStandard::National;
                const QString level = u8(Levels[i / int(std::size(topics)) % std::size(Levels)]);
                r.titleEn = QStringLiteral("%1 %2").arg(u8(topicNames[t].en), level);
                r.titleRu = QStringLiteral("%1 %2").arg(u8(topicNames[t].ru), level);
                r.titleKk = QStringLiteral("%1 %2").arg(u8(topicNames[t].kk), level);
                r.hours = 24 + 8 * int(rng.bounded(12));
                programmes.append({r.id, r.ownerId, r.standard});
            });
        !r)
        return r;

    if (auto r = rows<TrainingEvent>(s.events,
            [&](int i, TrainingEvent &r) {
                const Prog &p = programmes[int(rng.bounded(quint32(programmes.size())))];
                const Inst &host = universities[int(rng.bounded(quint32(universities.size())))];
                r.ownerId = host.id;
                r.hostId = host.id;
                r.programmeId = p.id;
                r.kind = std::array {EventKind::Workshop, EventKind::Seminar,
                    EventKind::TrainTheTrainer, EventKind::Webinar,
                    EventKind::StudyTour}[rng.bounded(5)];
                r.mode = r.kind == EventKind::Webinar ? EventMode::Online
                    : rng.bounded(4) == 0             ? EventMode::Hybrid
                                                      : EventMode::InPerson;
                r.startsOn = randomDate(rng, QDate(2022, 1, 10), 1780);
                r.endsOn = r.startsOn.addDays(rng.bounded(5));
                r.city = u8(Cities[host.city].en);
                r.country = QStringLiteral("KZ");
                r.hours = 6.0 * (r.startsOn.daysTo(r.endsOn) + 1);
                r.title = QStringLiteral("%1 #%2")
                              .arg(QString(enumText(r.kind)).replace(u'_', u' '))
                              .arg(i + 1);
                events.append({r.id, r.ownerId, p.id, r.hours, r.endsOn});
            });
        !r)
        return r;

    if (auto r = rows<Participation>(s.participations,
            [&](int, Participation &r) {
                const Ev &e = events[int(rng.bounded(quint32(events.size())))];
                r.ownerId = e.owner;
                r.eventId = e.id;
                r.personId = educators[int(rng.bounded(quint32(educators.size())))];
                r.attendedHours = e.hours * (0.5 + 0.5 * rng.generateDouble());
                const int a = int(rng.bounded(100));
                if (a < 80) {
                    r.assessment = 40 + int(rng.bounded(61));
                    r.result = *r.assessment >= 60 ? ParticipationResult::Passed
                                                   : ParticipationResult::Failed;
                }
            });
        !r)
        return r;

    if (auto r = rows<Certificate>(s.certificates,
            [&](int i, Certificate &r) {
                const Ev &e = events[int(rng.bounded(quint32(events.size())))];
                const auto &prog = *std::find_if(programmes.cbegin(), programmes.cend(),
                    [&](const Prog &p) { return p.id == e.programme; });
                r.ownerId = e.owner;
                r.personId = educators[int(rng.bounded(quint32(educators.size())))];
                r.programmeId = e.programme;
                r.eventId = e.id;
                r.level = prog.standard;
                r.issuedOn = e.ends.addDays(rng.bounded(30));
                r.validUntil = r.issuedOn.addYears(3);
                r.number = QStringLiteral("EF-%1-%2")
                               .arg(r.issuedOn.year() % 100, 2, 10, QLatin1Char('0'))
                               .arg(i + 1, 6, 10, QLatin1Char('0'));
                const int st = int(rng.bounded(100));
                if (st == 0) {
                    r.status = CertificateStatus::Revoked;
                    r.revokedOn = r.issuedOn.addDays(30 + rng.bounded(300));
                    r.revocationReason
                        = QStringLiteral("Issued in error: attendance below the required hours.");
                } else if (st < 3) {
                    r.status = CertificateStatus::Superseded;
                }
            });
        !r)
        return r;

    static const char *const languageSets[] = {"kk,ru", "ru,en", "kk,ru,en", "en", "ru", "kk"};
    if (auto r = rows<Course>(s.courses,
            [&](int i, Course &r) {
                const Profile &sub = Subjects[i % std::size(Subjects)];
                const QString level = u8(Levels[i / int(std::size(Subjects)) % std::size(Levels)]);
                const int variant = i / int(std::size(Subjects) * std::size(Levels)) + 1;
                const Inst &u = universities[int(rng.bounded(quint32(universities.size())))];
                r.ownerId = u.id;
                r.providerId = u.id;
                r.area = (i % std::size(Subjects)) >= 6 && (i % std::size(Subjects)) <= 9
                        && (i % std::size(Subjects)) != 9
                    ? CourseArea::Entrepreneurship
                    : CourseArea::Steam;
                r.code = QStringLiteral("%1-%2")
                             .arg(r.area == CourseArea::Steam ? QStringLiteral("STEAM")
                                                              : QStringLiteral("ENTR"))
                             .arg(i + 1, 4, 10, QLatin1Char('0'));
                r.titleEn = QStringLiteral("%1 %2 (%3)").arg(u8(sub.en), level).arg(variant);
                r.titleRu = QStringLiteral("%1 %2 (%3)").arg(u8(sub.ru), level).arg(variant);
                r.titleKk = QStringLiteral("%1 %2 (%3)").arg(u8(sub.kk), level).arg(variant);
                r.ects = 3 + int(rng.bounded(8));
                r.languages = QString::fromLatin1(
                    languageSets[rng.bounded(quint32(std::size(languageSets)))]);
                r.delivery = std::array {CourseDelivery::Online, CourseDelivery::Blended,
                    CourseDelivery::InPerson}[rng.bounded(3)];
                r.climateNeutral = rng.bounded(3) == 0;
                r.genderInclusive = rng.bounded(2) == 0;
                r.learningOutcomes
                    = QStringLiteral("Students can apply %1 to a problem from regional industry.")
                          .arg(u8(sub.en).toLower());
                if (rng.bounded(100) < 30) {
                    r.accreditationStatus = AccreditationStatus::Accredited;
                    r.accreditationAgencyId
                        = agencies[int(rng.bounded(quint32(agencies.size())))].id;
                    r.accreditedOn = randomDate(rng, QDate(2022, 1, 1), 1700);
                    r.accreditedUntil = r.accreditedOn.addYears(5);
                }
                courses.append({r.id, r.providerId, r.languages.split(u',')});
            });
        !r)
        return r;

    if (auto r = rows<Offering>(s.offerings,
            [&](int, Offering &r) {
                const Crs &c = courses[int(rng.bounded(quint32(courses.size())))];
                r.ownerId = c.provider;
                r.courseId = c.id;
                r.institutionId = c.provider;
                r.semester = Semester(2022 + int(rng.bounded(5)),
                    rng.bounded(2) ? Semester::Term::Autumn : Semester::Term::Spring);
                r.language = c.languages[int(rng.bounded(quint32(c.languages.size())))];
                r.capacity = 20 + 10 * int(rng.bounded(19));
                r.instructorId = educators[int(rng.bounded(quint32(educators.size())))];
                offerings.append({r.id, r.ownerId, r.semester});
            });
        !r)
        return r;

    return rows<Enrollment>(s.enrollments, [&](int, Enrollment &r) {
        const Off &o = offerings[int(rng.bounded(quint32(offerings.size())))];
        r.ownerId = o.owner;
        r.offeringId = o.id;
        r.personId = students[int(rng.bounded(quint32(students.size())))];
        r.enrolledOn
            = QDate(o.semester.year(), o.semester.term() == Semester::Term::Autumn ? 9 : 1, 15);
        const bool past = Semester(today.year(),
                              today.month() >= 9 ? Semester::Term::Autumn : Semester::Term::Spring)
            > o.semester;
        const int st = int(rng.bounded(100));
        if (!past)
            r.status = st < 95 ? EnrollmentStatus::Enrolled : EnrollmentStatus::Withdrawn;
        else if (st < 80)
            r.status = EnrollmentStatus::Completed;
        else if (st < 90)
            r.status = EnrollmentStatus::Failed;
        else
            r.status = EnrollmentStatus::Withdrawn;
        if (r.status == EnrollmentStatus::Completed)
            r.grade = 50 + int(rng.bounded(51));
        else if (r.status == EnrollmentStatus::Failed)
            r.grade = int(rng.bounded(50));
    });
}

} // namespace

Result<void, StoreError> NationalGenerator::run(
    RowSink &sink, const Progress &progress, int batchRows) const
{
    Run run(m_scale, m_seed, sink, progress, batchRows);
    return run.all();
}

QString NationalGenerator::partPath(const QString &path)
{
    return path + QStringLiteral(".part");
}

namespace {

// A store file and the files SQLite keeps beside it.
void removeStoreFiles(const QString &path)
{
    for (const QString &suffix :
        {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

Result<void, StoreError> NationalGenerator::generate(
    const QString &path, Scale scale, const Progress &progress)
{
    if (QFile::exists(path)) {
        StoreError e;
        e.kind = StoreError::Kind::CannotOpen;
        e.message
            = tr("%1 already exists; choose a new file name for the generated store.").arg(path);
        return unexpected(e);
    }
    // Made under another name and renamed when complete, so that nothing half-made ever has
    // the name asked for: a run stopped or failed removes its part; one killed leaves only the
    // part, which the next run replaces.
    const QString part = partPath(path);
    removeStoreFiles(part);
    auto made = [&]() -> Result<void, StoreError> {
        auto store = Store::open(part);
        if (!store)
            return unexpected(store.error());
        StoreSink sink(**store);
        return NationalGenerator(scale).run(sink, progress);
    }(); // the store is closed here, its log checkpointed into the file
    if (made && !QFile::rename(part, path)) {
        StoreError e;
        e.kind = StoreError::Kind::CannotOpen;
        e.message = tr("The generated store could not be renamed to %1.").arg(path);
        made = unexpected(e);
    }
    if (!made)
        removeStoreFiles(part);
    return made;
}

} // namespace ef
