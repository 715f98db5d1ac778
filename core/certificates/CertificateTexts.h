// The fixed wording of certificates (the title, "This is to certify that", the EU funding
// statement and its disclaimer …) and their date formats, in Kazakh, Russian and English at once:
// a page may carry all three whatever the interface language, so these are document texts kept
// in resources/certificates/texts.json, not interface strings.
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>

namespace ef {

class CertificateTexts
{
    Q_DECLARE_TR_FUNCTIONS(ef::CertificateTexts)

public:
    // The built-in texts (checked when the app is built: a broken file fails the tests).
    static const CertificateTexts &builtIn();
    static Result<CertificateTexts, QString> load(const QString &path);

    bool has(const QString &key) const { return m_texts.contains(key); }
    QStringList keys() const { return m_texts.keys(); }
    QString text(const QString &key, const QString &language) const;
    QString date(const QDate &date, const QString &language) const;
    QString dateRange(const QDate &start, const QDate &end, const QString &language) const;

private:
    QHash<QString, QHash<QString, QString>> m_texts; // key → language → text
    QHash<QString, QHash<QString, QString>> m_dates; // language → pattern name → pattern
};

} // namespace ef
