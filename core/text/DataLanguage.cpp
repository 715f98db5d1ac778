#include "DataLanguage.h"

namespace ef {

namespace {

QString &currentLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}

} // namespace

QString DataLanguage::current()
{
    return currentLanguage();
}

void DataLanguage::setCurrent(const QString &language)
{
    currentLanguage() = order(language).constFirst();
}

QStringList DataLanguage::order(const QString &language)
{
    if (language == u"kk")
        return {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")};
    if (language == u"ru")
        return {QStringLiteral("ru"), QStringLiteral("en"), QStringLiteral("kk")};
    return {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("kk")};
}

QString DataLanguage::pick(const QString &en, const QString &ru, const QString &kk)
{
    for (const QString &l : order(current())) {
        const QString &v = l == u"kk" ? kk : l == u"ru" ? ru : en;
        if (!v.isEmpty())
            return v;
    }
    return {};
}

QString DataLanguage::sql(const QString &alias, const QString &prefix)
{
    QStringList parts;
    for (const QString &l : order(current()))
        parts << QStringLiteral("%1.%2_%3").arg(alias, prefix, l);
    return QStringLiteral("coalesce(%1)").arg(parts.join(QStringLiteral(", ")));
}

} // namespace ef
