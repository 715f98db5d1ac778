#include "CertificateData.h"

#include "text/DataLanguage.h"

namespace ef {

CertificateData CertificateData::sample()
{
    CertificateData d;
    d.holderNative = QStringLiteral("Серікқызы Әйгерім Нұрланқызы");
    d.holderLatin = QStringLiteral("Serikkyzy Aigerim");
    d.programmeCode = QStringLiteral("TDSS-TP");
    d.programme = {{QStringLiteral("kk"), QStringLiteral("Тренерлерді даярлау")},
        {QStringLiteral("ru"), QStringLiteral("Подготовка тренеров")},
        {QStringLiteral("en"), QStringLiteral("Trainer Preparation")}};
    d.event = QStringLiteral("Train-the-Trainer workshop “Trainer Preparation”");
    d.eventStart = QDate(2026, 2, 16);
    d.eventEnd = QDate(2026, 2, 20);
    d.place = QStringLiteral("Ust-Kamenogorsk");
    d.hours = 40;
    d.ects = 1.5;
    d.international = true;
    d.issuer = {
        {QStringLiteral("kk"),
            QStringLiteral("Д. Серікбаев атындағы Шығыс Қазақстан техникалық университеті")},
        {QStringLiteral("ru"),
            QStringLiteral("Восточно-Казахстанский технический университет имени Д. Серикбаева")},
        {QStringLiteral("en"),
            QStringLiteral("D. Serikbayev East Kazakhstan Technical University")}};
    d.projectAcronym = QStringLiteral("EduFusion");
    d.projectCode = QStringLiteral("101179805");
    d.issuedOn = QDate(2026, 2, 27);
    d.validUntil = QDate(2029, 2, 27);
    d.number = QStringLiteral("EF-EKTU-2026-000123");
    d.demo = true;
    d.signatories = {
        {QStringLiteral("Темірбаев А. Қ."), QStringLiteral("Temirbayev A. K."),
            {{QStringLiteral("kk"), QStringLiteral("Басқарма төрағасы – ректор")},
                {QStringLiteral("ru"), QStringLiteral("Председатель правления – ректор")},
                {QStringLiteral("en"), QStringLiteral("Chairman of the Board – Rector")}}},
        {QStringLiteral("Оспанова Г. С."), QStringLiteral("Ospanova G. S."),
            {{QStringLiteral("kk"), QStringLiteral("EduFusion жобасының үйлестірушісі")},
                {QStringLiteral("ru"), QStringLiteral("Координатор проекта EduFusion")},
                {QStringLiteral("en"), QStringLiteral("EduFusion project coordinator")}}},
    };
    return d;
}

QString CertificateData::pick(const Texts &texts, const QString &language)
{
    for (const QString &l : DataLanguage::order(language)) {
        const QString t = texts.value(l);
        if (!t.isEmpty())
            return t;
    }
    return {};
}

bool CertificateData::isLanguage(QStringView code)
{
    return code == u"kk" || code == u"ru" || code == u"en";
}

} // namespace ef
