#include "IndicatorEvaluator.h"

#include "MeasureCatalog.h"
#include "MeasureQuery.h"
#include "records/Description.h"
#include "store/Database.h"

namespace ef {

namespace {

QList<MeasureCondition> conditionsOf(const QString &text, const MeasureDefinition &m)
{
    Problems ignored; // a stored indicator was validated when it was written
    return MeasureCondition::parse(text, m, QString(), ignored);
}

} // namespace

QList<Indicator> IndicatorEvaluator::indicatorsOf(Database &db, const Uuid &project)
{
    const Mapping<Indicator> &m = Indicator::description().mapping();
    Statement s = db.prepare(m.selectSql()
        + QStringLiteral(" WHERE project_id = ? AND deleted = 0 ORDER BY code COLLATE KAZAKH"));
    s.bind(1, project);
    QList<Indicator> out;
    while (s.next())
        out << m.read(s);
    return out;
}

IndicatorFigure IndicatorEvaluator::evaluate(Database &db, const Indicator &i, ReportScope scope)
{
    IndicatorFigure f;
    f.indicator = i;
    scope.project = i.projectId;
    if (i.periodFrom.isValid() && (!scope.from.isValid() || scope.from < i.periodFrom))
        scope.from = i.periodFrom;
    if (i.periodTo.isValid() && (!scope.to.isValid() || scope.to > i.periodTo))
        scope.to = i.periodTo;
    const MeasureDefinition *m = MeasureCatalog::of(i.measure);
    if (!m)
        return f;
    if (m->isManual()) {
        // The latest value measured in the period.
        Statement s = db.prepare(QStringLiteral(
            "SELECT value FROM indicator_value WHERE indicator_id = ?1 AND deleted = 0 "
            "AND (?2 IS NULL OR measured_on >= ?2) AND (?3 IS NULL OR measured_on <= ?3) "
            "ORDER BY measured_on DESC, id DESC LIMIT 1"));
        s.bind(1, i.id).bind(2, scope.from).bind(3, scope.to);
        if (s.next()) {
            f.numerator = s.real(0);
            f.value = f.numerator;
        }
        return f;
    }
    const MeasureQuery q(*m, conditionsOf(i.conditions, *m), scope);
    switch (i.formula) {
    case IndicatorFormula::Value:
        f.numerator = q.total(db);
        f.value = f.numerator;
        break;
    case IndicatorFormula::Share: {
        f.numerator = q.total(db);
        if (const MeasureDefinition *den = MeasureCatalog::of(i.denominator)) {
            f.denominator
                = MeasureQuery(*den, conditionsOf(i.denominatorConditions, *den), scope).total(db);
            if (f.denominator > 0)
                f.value = 100.0 * f.numerator / f.denominator;
        }
        break;
    }
    case IndicatorFormula::Growth: {
        // The last teaching semester counted against the one before it (summers are left out).
        const QList<MeasureFigure> bySemester = q.breakdown(db, ReportDimension::Semester);
        for (auto it = bySemester.crbegin(); it != bySemester.crend(); ++it) {
            const Semester sem = Semester::fromStorage(it->key.toLongLong());
            if (sem.isValid() && sem.term() != Semester::Term::Summer) {
                f.semester = sem;
                f.numerator = it->value;
                break;
            }
        }
        if (!f.semester.isValid())
            break;
        Semester before = f.semester.previous();
        if (before.term() == Semester::Term::Summer)
            before = before.previous();
        f.previousSemester = before;
        for (const MeasureFigure &fig : bySemester)
            if (fig.key.toLongLong() == before.toStorage())
                f.denominator = fig.value;
        if (f.denominator > 0)
            f.value = 100.0 * (f.numerator - f.denominator) / f.denominator;
        break;
    }
    }
    return f;
}

QList<IndicatorFigure> IndicatorEvaluator::evaluateAll(Database &db, const ReportScope &scope)
{
    QList<IndicatorFigure> out;
    for (const Indicator &i : indicatorsOf(db, scope.project))
        out << evaluate(db, i, scope);
    return out;
}

} // namespace ef
