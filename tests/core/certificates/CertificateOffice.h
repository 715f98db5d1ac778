// An office's data file ready to issue certificates: EKTU as its home institution, the Trainer
// Preparation programme (32 of 40 hours and an assessment of 60 needed, valid three years), its
// workshop with five participants, and the test consortium's EKTU key certified and kept here.
#pragma once

#include "TempStore.h"
#include "TestConsortium.h"
#include "certificates/CertificateKeys.h"
#include "certificates/CertificateRegister.h"
#include "certificates/CertificateSignatory.h"
#include "institutions/Institution.h"
#include "people/Person.h"
#include "records/RecordType.h"
#include "training/Participation.h"
#include "training/TrainingEvent.h"
#include "training/TrainingProgramme.h"

namespace ef::test {

struct CertificateOffice
{
    TempStore store;
    TestConsortium consortium;
    Uuid ektu;
    TrainingProgramme programme;
    TrainingEvent event;
    QList<Person> people; // 0, 1: eligible; 2: too few hours; 3: no assessment; 4: failed
    KeyCertificate keyCertificate;

    explicit CertificateOffice(int firstSerial = 1, int lastSerial = 9999, char officeSeed = 'o')
    {
        store.clock().setDateTime(QDateTime(QDate(2026, 2, 27), QTime(10, 0), Qt::UTC));
        Institution i;
        i.id = store->newId();
        i.ownerId = i.id;
        i.nameEn = QStringLiteral("D. Serikbayev East Kazakhstan Technical University");
        i.nameRu
            = QStringLiteral("Восточно-Казахстанский технический университет имени Д. Серикбаева");
        i.nameKk = QStringLiteral("Д. Серікбаев атындағы Шығыс Қазақстан техникалық университеті");
        i.shortName = QStringLiteral("EKTU");
        i.city = QStringLiteral("Ust-Kamenogorsk");
        EXPECT_TRUE(store->insert(i));
        ektu = i.id;
        EXPECT_TRUE(RecordType::setHomeInstitution(*store, ektu));

        programme.ownerId = ektu;
        programme.code = QStringLiteral("TDSS-TP");
        programme.titleEn = QStringLiteral("Trainer Preparation");
        programme.titleRu = QStringLiteral("Подготовка тренеров");
        programme.titleKk = QStringLiteral("Тренерлерді даярлау");
        programme.standard = CertificationStandard::International;
        programme.hours = 40;
        programme.ects = 1.5;
        programme.minHours = 32;
        programme.minAssessment = 60;
        programme.validityMonths = 36;
        EXPECT_TRUE(store->insert(programme));
        CertificateSignatory rector;
        rector.ownerId = ektu;
        rector.programmeId = programme.id;
        rector.name = QStringLiteral("Темірбаев А. Қ.");
        rector.nameLatin = QStringLiteral("Temirbayev A. K.");
        rector.titleKk = QStringLiteral("Ректор");
        rector.titleRu = QStringLiteral("Ректор");
        rector.titleEn = QStringLiteral("Rector");
        EXPECT_TRUE(store->insert(rector));

        event.ownerId = ektu;
        event.programmeId = programme.id;
        event.kind = EventKind::TrainTheTrainer;
        event.title = QStringLiteral("Train-the-Trainer workshop “Trainer Preparation”");
        event.startsOn = QDate(2026, 2, 16);
        event.endsOn = QDate(2026, 2, 20);
        event.city = QStringLiteral("Ust-Kamenogorsk");
        event.hours = 40;
        EXPECT_TRUE(store->insert(event));

        const struct
        {
            const char *family, *given, *familyLatin, *givenLatin;
            double hours;
            std::optional<double> assessment;
            ParticipationResult result;
        } rows[] = {
            {"Серікқызы", "Әйгерім", "Serikkyzy", "Aigerim", 40, 88, ParticipationResult::Passed},
            {"Оспанов", "Нұрлан", "Ospanov", "Nurlan", 36, 71, ParticipationResult::Passed},
            {"Жақсыбекова", "Гүлнұр", "Zhaksybekova", "Gulnur", 24, 90,
                ParticipationResult::Pending},
            {"Ким", "Виктор", "Kim", "Viktor", 40, std::nullopt, ParticipationResult::Pending},
            {"Әбдірахманов", "Ерлан", "Abdirakhmanov", "Erlan", 40, 75,
                ParticipationResult::Failed},
        };
        for (const auto &r : rows) {
            Person p;
            p.ownerId = ektu;
            p.institutionId = ektu;
            p.familyName = QString::fromUtf8(r.family);
            p.givenName = QString::fromUtf8(r.given);
            p.familyNameLatin = QString::fromUtf8(r.familyLatin);
            p.givenNameLatin = QString::fromUtf8(r.givenLatin);
            EXPECT_TRUE(store->insert(p));
            people << p;
            Participation pa;
            pa.ownerId = ektu;
            pa.eventId = event.id;
            pa.personId = p.id;
            pa.attendedHours = r.hours;
            pa.assessment = r.assessment;
            pa.result = r.result;
            EXPECT_TRUE(store->insert(pa));
        }

        office = SigningKey::fromSeed(QByteArray(32, officeSeed));
        KeyCertificate f = consortium.cert;
        f.publicKey = office.publicKey();
        f.firstSerial = firstSerial;
        f.lastSerial = lastSerial;
        CertificateKeys keys(*store);
        EXPECT_TRUE(keys.trustRoot(consortium.root.publicKey(), false));
        const auto imported
            = keys.importKeyCertificate(KeyCertificate::certify(f, consortium.root).encoded);
        EXPECT_TRUE(imported);
        if (imported)
            keyCertificate = *imported;
    }

    SigningKey office;
    CertificateRegister::Signer signer() const { return {&office, keyCertificate}; }
    CertificateRegister reg() { return CertificateRegister(*store); }
    qint64 count(const char *sql)
    {
        return store->db().scalar(QString::fromLatin1(sql)).toLongLong();
    }
};

} // namespace ef::test
