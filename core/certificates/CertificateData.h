// Everything a certificate page shows, gathered from the register (or made up for a template's
// preview): the holder in both scripts, the programme and issuer in kk, ru and en, the event,
// hours, credits, dates, signatories, the number and the sealed text of the QR code.
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ef {

struct CertificateData
{
    // How the holder's name is written on the page.
    enum class Script { Native, Latin, Both };

    // A text in each of the three languages, by code (kk, ru, en); missing ones fall back.
    using Texts = QHash<QString, QString>;

    struct Signatory
    {
        QString name;
        QString nameLatin;
        Texts title;
    };

    QStringList languages {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")};
    Script script = Script::Both;
    QString holderNative; // Family Given Patronymic, as written
    QString holderLatin;
    QString programmeCode;
    Texts programme;
    QString event;
    QDate eventStart;
    QDate eventEnd;
    QString place;
    double hours = 0;
    double ects = 0;
    bool international = false;
    Texts issuer;
    QString projectAcronym;
    QString projectCode;
    QDate issuedOn;
    QDate validUntil;
    QString number;
    QString replaces;
    QString seal; // the QR code's text; empty: no QR code
    bool demo = false; // signed with a demo key: the page says it is a specimen
    QList<Signatory> signatories;

    // A made-up certificate for previews: a Kazakh holder, the Trainer Preparation workshop.
    static CertificateData sample();
    // `texts[language]`, else the first of the fallback order that is there.
    static QString pick(const Texts &texts, const QString &language);
    static bool isLanguage(QStringView code);
};

} // namespace ef
