#include "CertificateTexts.h"

#include "CertificateData.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace ef {

namespace {

QLocale localeOf(const QString &language)
{
    if (language == u"kk")
        return QLocale(QLocale::Kazakh, QLocale::Kazakhstan);
    if (language == u"ru")
        return QLocale(QLocale::Russian, QLocale::Russia);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace

const CertificateTexts &CertificateTexts::builtIn()
{
    static const CertificateTexts texts = [] {
        auto t = load(QStringLiteral(":/ef/certificates/texts.json"));
        if (!t)
            qFatal("%s", qPrintable(t.error()));
        return *t;
    }();
    return texts;
}

Result<CertificateTexts, QString> CertificateTexts::load(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return unexpected(tr("%1 cannot be read: %2").arg(shown, f.errorString()));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError)
        return unexpected(tr("%1 is not valid JSON at byte %2: %3")
                              .arg(shown)
                              .arg(error.offset)
                              .arg(error.errorString()));
    if (o.value(QStringLiteral("format")).toString() != u"edufusion-certificate-texts")
        return unexpected(tr("%1 is not a file of certificate texts.").arg(shown));
    CertificateTexts t;
    const QJsonObject texts = o.value(QStringLiteral("texts")).toObject();
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        const QJsonObject byLanguage = it.value().toObject();
        for (const QString &l :
            {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")}) {
            if (!byLanguage.value(l).isString())
                return unexpected(
                    tr("%1: the text “%2” has no %3 version.").arg(shown, it.key(), l));
            t.m_texts[it.key()][l] = byLanguage.value(l).toString();
        }
    }
    const QJsonObject dates = o.value(QStringLiteral("dates")).toObject();
    for (const QString &l : {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")}) {
        const QJsonObject patterns = dates.value(l).toObject();
        for (const QString &p : {QStringLiteral("date"), QStringLiteral("sameMonth"),
                 QStringLiteral("sameYear"), QStringLiteral("other")}) {
            if (!patterns.value(p).isString())
                return unexpected(
                    tr("%1: the date format “%2” has no %3 version.").arg(shown, p, l));
            t.m_dates[l][p] = patterns.value(p).toString();
        }
    }
    return t;
}

QString CertificateTexts::text(const QString &key, const QString &language) const
{
    return m_texts.value(key).value(language);
}

QString CertificateTexts::date(const QDate &d, const QString &language) const
{
    if (!d.isValid())
        return {};
    return localeOf(language).toString(d, m_dates.value(language).value(QStringLiteral("date")));
}

QString CertificateTexts::dateRange(
    const QDate &start, const QDate &end, const QString &language) const
{
    if (!start.isValid())
        return {};
    if (!end.isValid() || end == start)
        return date(start, language);
    const QString name = start.year() != end.year() ? QStringLiteral("other")
        : start.month() != end.month()              ? QStringLiteral("sameYear")
                                                    : QStringLiteral("sameMonth");
    const QString pattern = m_dates.value(language).value(name);
    // "{start:d}–{end:d MMMM yyyy}": each brace is one of the dates in a QLocale format.
    static const QRegularExpression part(QStringLiteral("\\{(start|end):([^}]*)\\}"));
    const QLocale locale = localeOf(language);
    QString out;
    qsizetype last = 0;
    for (auto it = part.globalMatch(pattern); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += pattern.mid(last, m.capturedStart() - last);
        out += locale.toString(m.captured(1) == u"start" ? start : end, m.captured(2));
        last = m.capturedEnd();
    }
    return out + pattern.mid(last);
}

} // namespace ef
