#include "MeasureCondition.h"

#include "MeasureCatalog.h"
#include "courses/Semester.h"
#include "records/EnumLabels.h"
#include "util/Uuid.h"

#include <QRegularExpression>

namespace ef {

QList<MeasureCondition> MeasureCondition::parse(
    const QString &text, const MeasureDefinition &measure, const QString &field, Problems &p)
{
    QList<MeasureCondition> out;
    const QStringList parts = text.split(u';', Qt::SkipEmptyParts);
    int n = 0;
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        ++n;
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0 || eq == part.size() - 1) {
            p.append({field,
                tr("Condition %1 (“%2”) is not of the form dimension=value, such as "
                   "gender=female.")
                    .arg(n)
                    .arg(part.left(60))});
            continue;
        }
        const QString name = part.left(eq).trimmed();
        const QString value = part.mid(eq + 1).trimmed();
        const std::optional<ReportDimension> d = enumFromText<ReportDimension>(name);
        if (!d || !measure.dimension(*d)) {
            QStringList known;
            for (const MeasureDimension &md : measure.dimensions)
                known << QString(enumText(md.dimension));
            p.append({field,
                tr("Condition %1: “%2” cannot be counted by “%3”; it can be by: %4.")
                    .arg(n)
                    .arg(part.left(60), name.left(40),
                        known.isEmpty() ? tr("nothing") : known.join(QStringLiteral(", ")))});
            continue;
        }
        const QStringList words = MeasureCatalog::valuesOf(*d);
        bool ok = true;
        if (!words.isEmpty())
            ok = words.contains(value);
        else if (*d == ReportDimension::Institution)
            ok = Uuid::fromString(value).has_value();
        else if (*d == ReportDimension::Country)
            ok = QRegularExpression(QStringLiteral("^[A-Z]{2}$")).match(value).hasMatch();
        else if (*d == ReportDimension::Semester)
            ok = Semester::fromStorage(value.toLongLong()).isValid();
        else
            ok = value.size() <= 100;
        if (!ok) {
            p.append({field,
                words.isEmpty()
                    ? tr("Condition %1: “%2” is not a valid value for “%3”.")
                          .arg(n)
                          .arg(value.left(60), name)
                    : tr("Condition %1: “%2” is not a value of “%3”; choose one of: %4.")
                          .arg(n)
                          .arg(value.left(60), name, words.join(QStringLiteral(", ")))});
            continue;
        }
        out.append({*d, value});
    }
    return out;
}

QString MeasureCondition::format(const QList<MeasureCondition> &conditions)
{
    QStringList parts;
    for (const MeasureCondition &c : conditions)
        parts << QString(enumText(c.dimension)) + u'=' + c.value;
    return parts.join(QStringLiteral("; "));
}

QString MeasureCondition::describe(const QList<MeasureCondition> &conditions)
{
    QStringList parts;
    for (const MeasureCondition &c : conditions)
        parts << tr("%1: %2").arg(
            EnumLabels::of(c.dimension), MeasureCatalog::valueLabel(c.dimension, c.value));
    return parts.join(QStringLiteral("; "));
}

} // namespace ef
