#include "DemoData.h"

#include "certificates/Certificate.h"
#include "certificates/CertificateEligibility.h"
#include "certificates/CertificateKeys.h"
#include "certificates/CertificateRegister.h"
#include "certificates/CertificateSignatory.h"
#include "courses/Course.h"
#include "courses/Enrollment.h"
#include "courses/Offering.h"
#include "institutions/Institution.h"
#include "partnerships/Partnership.h"
#include "partnerships/PartnershipContact.h"
#include "people/Person.h"
#include "projects/Indicator.h"
#include "projects/Project.h"
#include "projects/ProjectPartner.h"
#include "records/RecordType.h"
#include "store/Store.h"
#include "text/Transliteration.h"
#include "training/EventTrainer.h"
#include "training/Participation.h"
#include "training/TrainingEvent.h"
#include "training/TrainingProgramme.h"

namespace ef {

namespace {

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

struct Builder
{
    Store &store;
    Result<void, StoreError> status {};

    template <class T> T add(T r)
    {
        if (status.ok())
            status = store.insert(r);
        return r;
    }

    Institution institution(InstitutionKind kind, const char *en, const char *ru, const char *kk,
        const char *shortName, const char *country, const char *city, const Uuid &owner = {})
    {
        Institution i;
        i.id = store.newId();
        i.ownerId = owner.isNull() ? i.id : owner;
        i.kind = kind;
        i.nameEn = u8(en);
        i.nameRu = u8(ru);
        i.nameKk = u8(kk);
        i.shortName = u8(shortName);
        i.country = QString::fromLatin1(country);
        i.city = u8(city);
        return add(i);
    }

    Person person(const Uuid &institution, const char *family, const char *given,
        const char *patronymic, Gender gender, PersonRoles roles, const char *email)
    {
        Person p;
        p.ownerId = institution;
        p.institutionId = institution;
        p.familyName = u8(family);
        p.givenName = u8(given);
        p.patronymic = u8(patronymic);
        p.familyNameLatin = Transliteration::toLatin(p.familyName);
        p.givenNameLatin = Transliteration::toLatin(p.givenName);
        p.gender = gender;
        p.setRoles(roles);
        p.email = QString::fromLatin1(email);
        return add(p);
    }
};

} // namespace

namespace {
const QString demoKey = QStringLiteral("demo");
}

bool DemoData::isDemo(const Store &store)
{
    return store.meta(demoKey).toInt() == 1;
}

Result<void, StoreError> DemoData::create(Store &store)
{
    return store.transact([&]() -> Result<void, StoreError> {
        // Only into an empty file: its own demo keys would otherwise number on after another's.
        if (store.count(QStringLiteral("institution")) > 0)
            return unexpected(StoreError::invalid({{QStringLiteral("institution"),
                QCoreApplication::translate(
                    "ef::DemoData", "The demo data goes only into a new, empty data file.")}}));
        if (auto r = store.setMeta(demoKey, 1); !r)
            return r;
        Builder b {store};
        using K = InstitutionKind;

        // The consortium (DESIGN.md, "Demo data"); the coordinator's office keeps reference data.
        const Institution ipp = b.institution(K::University, "Instituto Politécnico do Porto",
            "Политехнический институт Порту", "Порту политехникалық институты", "IPP", "PT",
            "Porto");
        const Uuid c = ipp.id;
        const Institution vigo = b.institution(K::University, "Universidad de Vigo",
            "Университет Виго", "Виго университеті", "UVigo", "ES", "Vigo", c);
        const Institution enter = b.institution(
            K::Network, "ENTER network", "Сеть ENTER", "ENTER желісі", "ENTER", "AT", "Graz", c);
        const Institution kaznu
            = b.institution(K::University, "Al-Farabi Kazakh National University",
                "Казахский национальный университет имени аль-Фараби",
                "Әл-Фараби атындағы Қазақ ұлттық университеті", "KazNU", "KZ", "Almaty");
        const Institution satbayev = b.institution(K::University, "Satbayev University",
            "Университет Сатпаева", "Сәтбаев университеті", "SU", "KZ", "Almaty");
        const Institution katu = b.institution(K::University,
            "Saken Seifullin Kazakh Agrotechnical Research University",
            "Казахский агротехнический исследовательский университет имени С. Сейфуллина",
            "С. Сейфуллин атындағы Қазақ агротехникалық зерттеу университеті", "KATRU", "KZ",
            "Astana");
        const Institution ektu
            = b.institution(K::University, "D. Serikbayev East Kazakhstan Technical University",
                "Восточно-Казахстанский технический университет имени Д. Серикбаева",
                "Д. Серікбаев атындағы Шығыс Қазақстан техникалық университеті", "EKTU", "KZ",
                "Ust-Kamenogorsk");
        // The demo office is EKTU's international office: new records are EKTU's.
        if (auto r = RecordType::setHomeInstitution(store, ektu.id); !r)
            return r;
        const Institution buketov = b.institution(K::University, "Buketov Karaganda University",
            "Карагандинский университет имени Букетова", "Бөкетов атындағы Қарағанды университеті",
            "BKU", "KZ", "Karaganda");
        const Institution kaznaru
            = b.institution(K::University, "Kazakh National Agrarian Research University",
                "Казахский национальный аграрный исследовательский университет",
                "Қазақ ұлттық аграрлық зерттеу университеті", "KazNARU", "KZ", "Almaty");
        const Institution caaee = b.institution(K::AccreditationAgency,
            "Central Asian Association for Accreditation of Education",
            "Центрально-Азиатская ассоциация аккредитации образования",
            "Орталық Азия білім беруді аккредиттеу қауымдастығы", "CAAEE", "KZ", "Almaty", c);
        const Institution ministry = b.institution(K::PublicBody,
            "Ministry of Science and Higher Education of the Republic of Kazakhstan",
            "Министерство науки и высшего образования Республики Казахстан",
            "Қазақстан Республикасы Ғылым және жоғары білім министрлігі", "MSHE", "KZ", "Astana",
            c);
        const Institution amanzholov = b.institution(K::University,
            "S. Amanzholov East Kazakhstan University",
            "Восточно-Казахстанский университет имени С. Аманжолова",
            "С. Аманжолов атындағы Шығыс Қазақстан университеті", "EKU", "KZ", "Ust-Kamenogorsk");
        // WELCOME partners and study-tour hosts.
        const Institution ist = b.institution(K::University, "Instituto Superior Técnico",
            "Высший технический институт (Лиссабон)", "Жоғары техникалық институт (Лиссабон)",
            "IST", "PT", "Lisbon", c);
        const Institution kth = b.institution(K::University, "KTH Royal Institute of Technology",
            "Королевский технологический институт KTH", "KTH Корольдік технологиялық институты",
            "KTH", "SE", "Stockholm", c);
        const Institution taltech = b.institution(K::University, "Tallinn University of Technology",
            "Таллинский технический университет", "Таллин техникалық университеті", "TalTech", "EE",
            "Tallinn", c);
        const Institution upc = b.institution(K::University, "Universitat Politècnica de Catalunya",
            "Политехнический университет Каталонии", "Каталония политехникалық университеті", "UPC",
            "ES", "Barcelona", c);
        const Institution perpignan
            = b.institution(K::University, "Université de Perpignan Via Domitia",
                "Университет Перпиньяна", "Перпиньян университеті", "UPVD", "FR", "Perpignan", c);
        b.institution(K::University, "Karaganda State Medical University",
            "Карагандинский государственный медицинский университет",
            "Қарағанды мемлекеттік медицина университеті", "KSMU", "KZ", "Karaganda", c);
        b.institution(K::University, "L.N. Gumilyov Eurasian National University",
            "Евразийский национальный университет имени Л.Н. Гумилёва",
            "Л.Н. Гумилев атындағы Еуразия ұлттық университеті", "ENU", "KZ", "Astana", c);
        b.institution(K::University, "Narxoz University", "Университет Нархоз",
            "Нархоз университеті", "Narxoz", "KZ", "Almaty", c);
        b.institution(K::University,
            "Kazakh University of Economics, Finance and International Trade",
            "Казахский университет экономики, финансов и международной торговли",
            "Қазақ экономика, қаржы және халықаралық сауда университеті", "KazUEFIT", "KZ",
            "Astana", c);
        b.institution(K::University, "Beihang University", "Бэйханский университет",
            "Бэйхан университеті", "BUAA", "CN", "Beijing", c);
        b.institution(K::University, "Tongji University", "Университет Тунцзи",
            "Тунцзи университеті", "Tongji", "CN", "Shanghai", c);
        // Companies (invented) that sign agreements with the universities.
        const Institution altai = b.institution(K::Company, "Altai Polymetals LLP",
            "ТОО «Алтай Полиметаллы»", "«Алтай Полиметалдары» ЖШС", "", "KZ", "Ust-Kamenogorsk", c);
        const Institution steppe = b.institution(K::Company, "Steppe Digital LLP",
            "ТОО «Степь Диджитал»", "«Дала Диджитал» ЖШС", "", "KZ", "Almaty", c);
        const Institution agro = b.institution(K::Company, "Kokshe Agro Systems LLP",
            "ТОО «Кокше Агро Системс»", "«Көкше Агро Системс» ЖШС", "", "KZ", "Kokshetau", c);
        const Institution energy = b.institution(K::Company, "Irtysh Green Energy JSC",
            "АО «Иртыш Грин Энерджи»", "«Ертіс Грин Энерджи» АҚ", "", "KZ", "Pavlodar", c);

        // Projects and their targets: data, not code.
        Project edufusion;
        edufusion.ownerId = c;
        edufusion.code = QStringLiteral("101179805");
        edufusion.acronym = QStringLiteral("EduFusion");
        edufusion.title = QStringLiteral(
            "Fusion of education and industry for STEAM and entrepreneurship in Kazakhstan");
        edufusion.programme = QStringLiteral("Erasmus+ CBHE");
        edufusion.callId = QStringLiteral("ERASMUS-EDU-2024-CBHE");
        edufusion.coordinatorId = c;
        edufusion.startsOn = QDate(2024, 12, 1);
        edufusion.endsOn = QDate(2028, 11, 30);
        edufusion = b.add(edufusion);
        for (const Institution *p : {&ipp, &vigo, &enter, &kaznu, &satbayev, &katu, &ektu, &buketov,
                 &kaznaru, &caaee, &ministry}) {
            ProjectPartner pp;
            pp.ownerId = c;
            pp.projectId = edufusion.id;
            pp.institutionId = p->id;
            pp.role = p == &ipp ? ProjectRole::Coordinator : ProjectRole::Partner;
            b.add(pp);
        }
        struct Target
        {
            const char *code, *en, *ru, *kk;
            IndicatorUnit unit;
            const char *measure;
            double target;
        };
        const Target edufusionTargets[] = {
            {"TDSS-1", "Educators certified", "Сертифицированные преподаватели",
                "Сертификатталған оқытушылар", IndicatorUnit::People, "educators_certified", 200},
            {"TDSS-2", "Educators certified to an international standard",
                "Преподаватели с международным сертификатом",
                "Халықаралық сертификаты бар оқытушылар", IndicatorUnit::Percent,
                "educators_certified_international_share", 50},
            {"VSEA-1", "Accredited online courses", "Аккредитованные онлайн-курсы",
                "Аккредиттелген онлайн курстар", IndicatorUnit::Courses, "courses_accredited", 10},
            {"VSEA-2", "Industry stakeholders giving feedback", "Отзывы представителей отрасли",
                "Сала өкілдерінің пікірлері", IndicatorUnit::Organisations, "manual", 100},
            {"VSEA-3", "Enrollment growth per semester", "Рост набора за семестр",
                "Семестрдегі қабылдаудың өсуі", IndicatorUnit::Percent, "enrollment_growth", 25},
            {"VSEA-4", "Growth of female participation in STEM", "Рост участия женщин в STEM",
                "STEM-дегі әйелдер қатысуының өсуі", IndicatorUnit::Percent, "female_stem_growth",
                30},
        };
        auto addTargets = [&](const Project &project, const auto &targets) {
            for (const Target &t : targets) {
                Indicator i;
                i.ownerId = project.ownerId;
                i.projectId = project.id;
                i.code = QString::fromLatin1(t.code);
                i.nameEn = u8(t.en);
                i.nameRu = u8(t.ru);
                i.nameKk = u8(t.kk);
                i.unit = t.unit;
                i.measure = QString::fromLatin1(t.measure);
                i.target = t.target;
                b.add(i);
            }
        };
        addTargets(edufusion, edufusionTargets);
        Project circulec;
        circulec.ownerId = ektu.id;
        circulec.code = QStringLiteral("CirculEC");
        circulec.acronym = QStringLiteral("CirculEC");
        circulec.title = QStringLiteral("Circular economy in Central Asian higher education");
        circulec.programme = QStringLiteral("Erasmus+ CBHE");
        circulec.coordinatorId = ektu.id;
        circulec.startsOn = QDate(2023, 1, 1);
        circulec.endsOn = QDate(2026, 12, 31);
        circulec = b.add(circulec);
        const Target circulecTargets[] = {
            {"C-1", "Students trained", "Обученные студенты", "Оқытылған студенттер",
                IndicatorUnit::People, "manual", 1100},
            {"C-2", "Of whom women", "Из них женщины", "Оның ішінде әйелдер", IndicatorUnit::People,
                "manual", 120},
            {"C-3", "Teachers trained", "Обученные преподаватели", "Оқытылған оқытушылар",
                IndicatorUnit::People, "manual", 66},
            {"C-4", "Administrative staff trained", "Обученный административный персонал",
                "Оқытылған әкімшілік қызметкерлер", IndicatorUnit::People, "manual", 22},
            {"C-5", "New or adapted modules", "Новые или адаптированные модули",
                "Жаңа немесе бейімделген модульдер", IndicatorUnit::Modules, "manual", 27},
            {"C-6", "Hackathons (one per Central Asian country)",
                "Хакатоны (по одному в каждой стране Центральной Азии)",
                "Хакатондар (Орталық Азияның әр елінде біреуден)", IndicatorUnit::Events, "manual",
                4},
        };
        addTargets(circulec, circulecTargets);
        Project welcome;
        welcome.ownerId = c;
        welcome.code = QStringLiteral("WELCOME");
        welcome.acronym = QStringLiteral("WELCOME");
        welcome.title = QStringLiteral("WELCOME: study tours and trainings for university staff");
        welcome.programme = QStringLiteral("Erasmus+ CBHE");
        welcome.startsOn = QDate(2016, 10, 15);
        welcome.endsOn = QDate(2019, 10, 14);
        welcome = b.add(welcome);

        // People: invented names, in Cyrillic with Latin forms.
        using R = PersonRole;
        QList<Person> ektuStaff {
            b.person(ektu.id, "Серікбаева", "Әйгерім", "Болатқызы", Gender::Female,
                R::Educator | R::Trainer, "a.serikbayeva@example.kz"),
            b.person(ektu.id, "Жұмабеков", "Нұрлан", "Ерланұлы", Gender::Male, R::Educator,
                "n.zhumabekov@example.kz"),
            b.person(ektu.id, "Иванова", "Елена", "Сергеевна", Gender::Female, R::Educator,
                "e.ivanova@example.kz"),
            b.person(ektu.id, "Қасымова", "Гүлнар", "", Gender::Female, R::Educator,
                "g.kassymova@example.kz"),
            b.person(ektu.id, "Петров", "Андрей", "Викторович", Gender::Male, R::Educator,
                "a.petrov@example.kz"),
            b.person(ektu.id, "Тоқтаров", "Дәурен", "", Gender::Male, R::Educator | R::Trainer,
                "d.toktarov@example.kz"),
        };
        QList<Person> kaznuStaff {
            b.person(kaznu.id, "Әбдірахманова", "Сәуле", "", Gender::Female, R::Educator,
                "s.abdirakhmanova@example.kz"),
            b.person(kaznu.id, "Омаров", "Асқар", "Талғатұлы", Gender::Male, R::Educator,
                "a.omarov@example.kz"),
            b.person(kaznu.id, "Смирнова", "Ольга", "Николаевна", Gender::Female, R::Educator,
                "o.smirnova@example.kz"),
            b.person(kaznu.id, "Ғабдуллин", "Ғалым", "", Gender::Undisclosed, R::Educator,
                "g.gabdullin@example.kz"),
        };
        QList<Person> satbayevStaff {
            b.person(satbayev.id, "Мұхамеджанова", "Мөлдір", "", Gender::Female, R::Educator,
                "m.mukhamedzhanova@example.kz"),
            b.person(satbayev.id, "Кузнецов", "Дмитрий", "Алексеевич", Gender::Male, R::Educator,
                "d.kuznetsov@example.kz"),
            b.person(satbayev.id, "Үсенова", "Айгүл", "", Gender::Female, R::Educator | R::Trainer,
                "a.ussenova@example.kz"),
        };
        QList<Person> otherStaff {
            b.person(katu.id, "Байжанов", "Ерлан", "", Gender::Male, R::Educator,
                "e.baizhanov@example.kz"),
            b.person(buketov.id, "Досжанова", "Жанар", "", Gender::Female, R::Educator,
                "z.doszhanova@example.kz"),
            b.person(kaznaru.id, "Өтепов", "Бауыржан", "", Gender::Male, R::Educator,
                "b.otepov@example.kz"),
            b.person(amanzholov.id, "Лебедева", "Ирина", "Павловна", Gender::Female, R::Educator,
                "i.lebedeva@example.kz"),
            b.person(
                ipp.id, "Silva", "Marta", "", Gender::Female, R::Trainer, "m.silva@example.pt"),
            b.person(vigo.id, "Fernández", "Pablo", "", Gender::Male, R::Trainer,
                "p.fernandez@example.es"),
        };
        QList<Person> contacts {
            b.person(altai.id, "Ермеков", "Қайрат", "", Gender::Male, R::IndustryContact,
                "k.yermekov@example.kz"),
            b.person(steppe.id, "Волкова", "Анна", "", Gender::Female, R::IndustryContact,
                "a.volkova@example.kz"),
            b.person(agro.id, "Сұлтанов", "Мұрат", "", Gender::Male, R::IndustryContact,
                "m.sultanov@example.kz"),
            b.person(energy.id, "Бейсенова", "Динара", "", Gender::Female, R::IndustryContact,
                "d.beissenova@example.kz"),
        };
        static const char *const studentFamilies[] = {"Ахметова", "Нұрланов", "Исабекова",
            "Оспанов", "Есімова", "Козлов", "Морозова", "Құрманов", "Смағұлова", "Төлегенов",
            "Новикова", "Жақсылықов", "Шәріпова", "Соколов", "Бекжанова"};
        static const char *const studentGiven[]
            = {"Дана", "Олжас", "Томирис", "Арман", "Ұлжан", "Артём", "Дарья", "Нұржан", "Назерке",
                "Бекзат", "Мария", "Ақжол", "Балжан", "Павел", "Әсем"};
        QList<Person> students;
        for (int i = 0; i < 30; ++i) {
            const Uuid inst = i % 3 == 0 ? ektu.id : i % 3 == 1 ? kaznu.id : satbayev.id;
            const char *family = studentFamilies[i % 15];
            const QString fam = u8(family);
            const Gender g = fam.endsWith(u'а') ? Gender::Female : Gender::Male;
            const QByteArray email = QStringLiteral("student%1@example.kz").arg(i + 1).toLatin1();
            students << b.person(
                inst, family, studentGiven[(i * 7) % 15], "", g, R::Student, email.constData());
        }

        // TDSS: the Trainer Preparation programme and the real events.
        TrainingProgramme trainer;
        trainer.ownerId = ektu.id;
        trainer.code = QStringLiteral("TDSS-TP");
        trainer.titleEn = QStringLiteral("Trainer Preparation");
        trainer.titleRu = QStringLiteral("Подготовка тренеров");
        trainer.titleKk = QStringLiteral("Тренерлерді даярлау");
        trainer.topic = TrainingTopic::EngineeringPedagogy;
        trainer.standard = CertificationStandard::International;
        trainer.hours = 72;
        trainer.projectId = edufusion.id;
        // Certificates: 32 hours of the workshop and an assessment of 65 at least, three years,
        // in all three languages on the classic design.
        trainer.ects = 3;
        trainer.minHours = 32;
        trainer.minAssessment = 65;
        trainer.validityMonths = 36;
        trainer.certificateTemplate = QStringLiteral("classic-landscape");
        trainer.certificateLanguages = QStringLiteral("kk,ru,en");
        trainer = b.add(trainer);
        TrainingProgramme welcomeProg;
        welcomeProg.ownerId = c;
        welcomeProg.code = QStringLiteral("WELCOME-ST");
        welcomeProg.titleEn = QStringLiteral("WELCOME study tours");
        welcomeProg.titleRu = QStringLiteral("Учебные поездки WELCOME");
        welcomeProg.titleKk = QStringLiteral("WELCOME оқу сапарлары");
        welcomeProg.topic = TrainingTopic::InteractiveMethods;
        welcomeProg.standard = CertificationStandard::International;
        welcomeProg.hours = 40;
        welcomeProg.projectId = welcome.id;
        welcomeProg.certificateTemplate = QStringLiteral("steam-landscape");
        welcomeProg.certificateLanguages = QStringLiteral("en,ru");
        welcomeProg.holderScript = HolderScript::Latin;
        welcomeProg = b.add(welcomeProg);
        // Who signs them (invented people, as every person of the demo data).
        auto signatory = [&](const TrainingProgramme &prog, int position, const char *name,
                             const char *kk, const char *ru, const char *en) {
            CertificateSignatory s;
            s.ownerId = prog.ownerId;
            s.programmeId = prog.id;
            s.position = position;
            s.name = u8(name);
            s.nameLatin = Transliteration::toLatin(s.name);
            s.titleKk = u8(kk);
            s.titleRu = u8(ru);
            s.titleEn = u8(en);
            b.add(s);
        };
        signatory(trainer, 1, "Әлімжанов Б. Қ.", "Оқу ісі жөніндегі проректор",
            "Проректор по учебной работе", "Vice-Rector for Academic Affairs");
        signatory(trainer, 2, "Серікбаева Ә. Б.", "EduFusion жобасының үйлестірушісі",
            "Координатор проекта EduFusion", "EduFusion project coordinator");
        signatory(welcomeProg, 1, "Сантуш М.", "WELCOME жобасының үйлестірушісі",
            "Координатор проекта WELCOME", "WELCOME project coordinator");

        auto event = [&](const Uuid &owner, const Uuid &programme, EventKind kind,
                         const char *title, QDate from, QDate to, EventMode mode, const Uuid &host,
                         const char *city, const char *country, double hours) {
            TrainingEvent e;
            e.ownerId = owner;
            e.programmeId = programme;
            e.kind = kind;
            e.title = u8(title);
            e.startsOn = from;
            e.endsOn = to;
            e.mode = mode;
            e.hostId = host;
            e.city = u8(city);
            e.country = QString::fromLatin1(country);
            e.hours = hours;
            return b.add(e);
        };
        const TrainingEvent ttt = event(ektu.id, trainer.id, EventKind::TrainTheTrainer,
            "Train-the-Trainer workshop “Trainer Preparation”: engineering pedagogy, pedagogical "
            "psychology, "
            "communication strategies, interactive teaching methods, reflective practice",
            QDate(2026, 2, 16), QDate(2026, 2, 20), EventMode::InPerson, ektu.id, "Ust-Kamenogorsk",
            "KZ", 40);
        event(ektu.id, {}, EventKind::InfoDay, "National Erasmus+ Info Day", QDate(2025, 11, 20),
            QDate(2025, 11, 20), EventMode::Hybrid, ektu.id, "Ust-Kamenogorsk", "KZ", 6);
        event(amanzholov.id, {}, EventKind::InfoDay, "Erasmus+ information day",
            QDate(2023, 10, 10), QDate(2023, 10, 10), EventMode::InPerson, amanzholov.id,
            "Ust-Kamenogorsk", "KZ", 4);
        const TrainingEvent tours[] = {
            event(c, welcomeProg.id, EventKind::StudyTour,
                "WELCOME study tour at Instituto Superior Técnico", QDate(2017, 5, 28),
                QDate(2017, 6, 2), EventMode::InPerson, ist.id, "Lisbon", "PT", 40),
            event(c, welcomeProg.id, EventKind::StudyTour, "WELCOME study tour at KTH Stockholm",
                QDate(2018, 4, 16), QDate(2018, 4, 20), EventMode::InPerson, kth.id, "Stockholm",
                "SE", 40),
            event(c, welcomeProg.id, EventKind::StudyTour,
                "WELCOME study tour at Tallinn University of Technology", QDate(2018, 6, 3),
                QDate(2018, 6, 10), EventMode::InPerson, taltech.id, "Tallinn", "EE", 48),
            event(c, welcomeProg.id, EventKind::StudyTour,
                "WELCOME training at UPC Barcelona: Lego Serious Play", QDate(2018, 11, 19),
                QDate(2018, 11, 23), EventMode::InPerson, upc.id, "Barcelona", "ES", 40),
            event(c, welcomeProg.id, EventKind::StudyTour,
                "WELCOME study tour at Université de Perpignan Via Domitia", QDate(2019, 6, 3),
                QDate(2019, 6, 7), EventMode::InPerson, perpignan.id, "Perpignan", "FR", 40),
        };
        for (const Person *t : {&otherStaff[4], &otherStaff[5], &ektuStaff[0]}) {
            EventTrainer et;
            et.ownerId = ektu.id;
            et.eventId = ttt.id;
            et.personId = t->id;
            b.add(et);
        }

        // Participants and assessments of the workshop and the tours.
        QList<Person> trainees
            = ektuStaff.mid(1) + kaznuStaff + satbayevStaff + otherStaff.mid(0, 4);
        for (int i = 0; i < trainees.size(); ++i) {
            Participation p;
            p.ownerId = ektu.id;
            p.eventId = ttt.id;
            p.personId = trainees[i].id;
            p.attendedHours = i % 7 == 6 ? 24 : 40;
            p.assessment = 62 + (i * 7) % 38;
            p.result
                = p.attendedHours >= 32 ? ParticipationResult::Passed : ParticipationResult::Failed;
            b.add(p);
        }
        QList<QList<Uuid>> tourists;
        for (const TrainingEvent &tour : tours) {
            tourists.append(QList<Uuid>());
            for (int i = 0; i < 3; ++i) {
                const Person &p = (i == 0
                        ? kaznuStaff[int(tour.startsOn.month()) % kaznuStaff.size()]
                        : i == 1 ? ektuStaff[int(tour.startsOn.day()) % ektuStaff.size()]
                                 : satbayevStaff[int(tour.startsOn.year()) % satbayevStaff.size()]);
                Participation part;
                part.ownerId = c;
                part.eventId = tour.id;
                part.personId = p.id;
                part.attendedHours = tour.hours;
                part.result = ParticipationResult::Passed;
                b.add(part);
                tourists.last() << p.id;
            }
        }
        if (!b.status)
            return b.status;

        // Certificates, signed with demo keys made here, now (a new demo root that certifies
        // EKTU's and IPP's keys and is forgotten; the office keys sealed with the published demo
        // passphrase; trusted by this data file only): the workshop's eligible participants but
        // one (left for the user to issue), one of them revoked and one reissued; the tours'
        // participants, by IPP.
        CertificateKeys keys(store);
        auto demoKeys = keys.installDemoKeys({QStringLiteral("EKTU"), QStringLiteral("IPP")},
            QDate(2017, 1, 1), QDate(2029, 12, 31), 1'735'689'600);
        if (!demoKeys || demoKeys->size() != 2)
            return unexpected(StoreError::invalid(
                {{QStringLiteral("certificate"), demoKeys ? QString() : demoKeys.error()}}));
        const CertificateRegister::Signer ektuSigner {
            &demoKeys->at(0).key, demoKeys->at(0).certificate};
        const CertificateRegister::Signer ippSigner {
            &demoKeys->at(1).key, demoKeys->at(1).certificate};
        CertificateRegister reg(store);
        auto failed = [](const QString &why) {
            return unexpected(StoreError::invalid({{QStringLiteral("certificate"), why}}));
        };
        const auto eligibility = CertificateEligibility::of(store, ttt.id);
        if (!eligibility)
            return failed(eligibility.error());
        QList<Uuid> certify;
        for (const auto &row : eligibility->rows)
            if (row.eligible)
                certify << row.personId;
        certify.removeLast();
        const auto issued = reg.issue(ttt.id, certify, ektuSigner, QDate(2026, 2, 27));
        if (!issued)
            return failed(issued.error());
        const auto third = reg.findByNumber(issued->numbers.value(2));
        const auto fourth = reg.findByNumber(issued->numbers.value(3));
        if (!third || !fourth)
            return failed(QStringLiteral("the workshop has too few certificates"));
        if (auto r = reg.reissue(fourth->id,
                QStringLiteral("The holder's patronymic was misspelt; reissued at her request."),
                ektuSigner, QDate(2026, 3, 15));
            !r)
            return failed(r.error());
        if (auto r = reg.revoke(third->id,
                QStringLiteral("Issued under the wrong name; the holder asked for a corrected "
                               "certificate."),
                ektuSigner, QDate(2026, 4, 2));
            !r)
            return failed(r.error());
        for (qsizetype i = 0; i < tourists.size(); ++i)
            if (auto r = reg.issue(tours[i].id, tourists[i], ippSigner, tours[i].endsOn); !r)
                return failed(r.error());

        // VSEA: courses of the catalogue, offerings per semester, enrollments.
        struct CourseDef
        {
            const char *code, *en, *ru, *kk;
            CourseArea area;
            double ects;
            const char *languages;
            bool accredited, climate, gender;
            const Institution *provider;
        };
        const CourseDef courseDefs[] = {
            {"EKTU-STEAM-101", "Robotics for Engineers", "Робототехника для инженеров",
                "Инженерлерге арналған робототехника", CourseArea::Steam, 5, "kk,ru,en", true,
                false, true, &ektu},
            {"EKTU-STEAM-102", "Circular Economy in Mining", "Циркулярная экономика в горном деле",
                "Тау-кен ісіндегі айналмалы экономика", CourseArea::Steam, 4, "ru,en", true, true,
                false, &ektu},
            {"EKTU-ENT-201", "Engineering Entrepreneurship", "Инженерное предпринимательство",
                "Инженерлік кәсіпкерлік", CourseArea::Entrepreneurship, 5, "kk,ru", true, false,
                true, &ektu},
            {"KAZNU-STEAM-110", "Data Science for Social Good", "Наука о данных во благо общества",
                "Қоғам игілігіне арналған деректер ғылымы", CourseArea::Steam, 6, "kk,ru,en", true,
                false, true, &kaznu},
            {"KAZNU-ENT-120", "Start-up Design Studio", "Студия проектирования стартапов",
                "Стартап жобалау студиясы", CourseArea::Entrepreneurship, 4, "en", false, false,
                true, &kaznu},
            {"SU-STEAM-130", "Renewable Energy Systems", "Системы возобновляемой энергетики",
                "Жаңартылатын энергетика жүйелері", CourseArea::Steam, 5, "ru,en", true, true,
                false, &satbayev},
            {"SU-STEAM-131", "Digital Fabrication Lab", "Лаборатория цифрового производства",
                "Цифрлық өндіріс зертханасы", CourseArea::Steam, 3, "kk,ru", false, false, false,
                &satbayev},
            {"KATRU-STEAM-140", "Precision Agriculture", "Точное земледелие", "Дәл егіншілік",
                CourseArea::Steam, 5, "kk,ru", true, true, false, &katu},
            {"BKU-ENT-150", "Social Entrepreneurship", "Социальное предпринимательство",
                "Әлеуметтік кәсіпкерлік", CourseArea::Entrepreneurship, 4, "kk,ru,en", false, false,
                true, &buketov},
            {"KAZNARU-STEAM-160", "Water Resources and Climate", "Водные ресурсы и климат",
                "Су ресурстары және климат", CourseArea::Steam, 5, "kk,ru", true, true, true,
                &kaznaru},
            {"EKTU-STEAM-170", "Creative Coding with Arduino",
                "Креативное программирование на Arduino", "Arduino-мен шығармашылық бағдарламалау",
                CourseArea::Steam, 3, "kk", false, false, true, &ektu},
            {"SU-ENT-180", "Technology Commercialisation", "Коммерциализация технологий",
                "Технологияларды коммерцияландыру", CourseArea::Entrepreneurship, 5, "ru,en", true,
                false, false, &satbayev},
        };
        QList<Offering> offerings;
        const QList<Person> instructors = ektuStaff + kaznuStaff + satbayevStaff;
        int k = 0;
        for (const CourseDef &d : courseDefs) {
            Course course;
            course.ownerId = d.provider->id;
            course.code = QString::fromLatin1(d.code);
            course.titleEn = u8(d.en);
            course.titleRu = u8(d.ru);
            course.titleKk = u8(d.kk);
            course.area = d.area;
            course.ects = d.ects;
            course.languages = QString::fromLatin1(d.languages);
            course.delivery = CourseDelivery::Online;
            course.providerId = d.provider->id;
            course.climateNeutral = d.climate;
            course.genderInclusive = d.gender;
            course.learningOutcomes
                = QStringLiteral("Apply %1 to a real problem brought by a partner company; present "
                                 "the result to the company.")
                      .arg(u8(d.en).toLower());
            if (d.accredited) {
                course.accreditationStatus = AccreditationStatus::Accredited;
                course.accreditationAgencyId = caaee.id;
                course.accreditedOn = QDate(2025, 6, 30);
                course.accreditedUntil = QDate(2030, 6, 29);
            } else {
                course.accreditationStatus = AccreditationStatus::Submitted;
            }
            course = b.add(course);
            for (const Semester sem : {Semester(2025, Semester::Term::Spring),
                     Semester(2025, Semester::Term::Autumn), Semester(2026, Semester::Term::Spring),
                     Semester(2026, Semester::Term::Autumn)}) {
                Offering o;
                o.ownerId = d.provider->id;
                o.courseId = course.id;
                o.institutionId = d.provider->id;
                o.semester = sem;
                o.language = course.languages.section(u',', 0, 0);
                o.capacity = 40;
                o.instructorId = instructors[k++ % instructors.size()].id;
                offerings << b.add(o);
            }
        }
        for (int i = 0; i < offerings.size(); ++i) {
            const Offering &o = offerings[i];
            const int n = 4 + (i % 4) + (o.semester.year() == 2026 ? 2 : 0); // enrollment grows
            for (int j = 0; j < n; ++j) {
                Enrollment e;
                e.ownerId = o.ownerId;
                e.offeringId = o.id;
                e.personId = students[(i * 5 + j) % students.size()].id;
                e.enrolledOn = QDate(
                    o.semester.year(), o.semester.term() == Semester::Term::Autumn ? 9 : 1, 15);
                if (o.semester < Semester(2026, Semester::Term::Autumn)) {
                    e.status = j % 9 == 8 ? EnrollmentStatus::Failed : EnrollmentStatus::Completed;
                    e.grade = e.status == EnrollmentStatus::Failed ? 42 : 65 + (i + j * 3) % 35;
                }
                b.add(e);
            }
        }

        // AICP: agreements along their lifecycle; two end within 90 days of late November 2026.
        struct Agreement
        {
            const char *title;
            PartnershipKind kind;
            PartnershipStatus status;
            const Institution *university, *partner;
            QDate signedOn, endsOn;
            int offered, placed;
            const Person *contact;
        };
        const Agreement agreements[] = {
            {"Меморандум о сотрудничестве в подготовке горных инженеров", PartnershipKind::Mou,
                PartnershipStatus::Active, &ektu, &altai, QDate(2023, 3, 1), QDate(2027, 2, 28), 0,
                0, &contacts[0]},
            {"Internship agreement: summer placements 2026", PartnershipKind::InternshipAgreement,
                PartnershipStatus::Active, &ektu, &altai, QDate(2026, 1, 20), QDate(2026, 12, 31),
                25, 18, &contacts[0]},
            {"Дуальное обучение: программная инженерия", PartnershipKind::DualEducation,
                PartnershipStatus::Signed, &kaznu, &steppe, QDate(2026, 6, 1), QDate(2029, 5, 31),
                12, 0, &contacts[1]},
            {"Joint project: precision agriculture sensors", PartnershipKind::JointProject,
                PartnershipStatus::Active, &katu, &agro, QDate(2024, 9, 1), QDate(2027, 8, 31), 0,
                0, &contacts[2]},
            {"Жасыл энергетика бойынша ғылыми келісімшарт", PartnershipKind::ResearchContract,
                PartnershipStatus::Negotiating, &satbayev, &energy, QDate(), QDate(), 0, 0,
                &contacts[3]},
            {"Internship agreement: data engineering", PartnershipKind::InternshipAgreement,
                PartnershipStatus::Proposed, &satbayev, &steppe, QDate(), QDate(), 10, 0,
                &contacts[1]},
            {"MoU on STEAM outreach to schools", PartnershipKind::Mou, PartnershipStatus::Completed,
                &buketov, &energy, QDate(2021, 5, 10), QDate(2024, 5, 9), 0, 0, &contacts[3]},
            {"Меморандум о практике студентов-аграриев", PartnershipKind::Mou,
                PartnershipStatus::Expired, &kaznaru, &agro, QDate(2020, 2, 1), QDate(2025, 1, 31),
                0, 0, &contacts[2]},
            {"Dual education: electrical engineering", PartnershipKind::DualEducation,
                PartnershipStatus::Active, &ektu, &energy, QDate(2024, 2, 1), QDate(2027, 1, 31),
                15, 11, &contacts[3]},
            {"Research contract: tailings reprocessing", PartnershipKind::ResearchContract,
                PartnershipStatus::Terminated, &ektu, &altai, QDate(2022, 4, 1), QDate(2025, 3, 31),
                0, 0, &contacts[0]},
        };
        for (const Agreement &a : agreements) {
            Partnership p;
            p.ownerId = a.university->id;
            p.title = u8(a.title);
            p.kind = a.kind;
            p.status = a.status;
            p.universityId = a.university->id;
            p.partnerId = a.partner->id;
            p.projectId = edufusion.id;
            p.signedOn = a.signedOn;
            p.startsOn = a.signedOn;
            p.endsOn = a.endsOn;
            p.internshipsOffered = a.offered;
            p.studentsPlaced = a.placed;
            p = b.add(p);
            PartnershipContact pc;
            pc.ownerId = a.university->id;
            pc.partnershipId = p.id;
            pc.personId = a.contact->id;
            pc.role = QStringLiteral("Company contact");
            b.add(pc);
        }
        return b.status;
    });
}

} // namespace ef
