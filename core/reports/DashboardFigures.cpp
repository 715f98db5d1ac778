#include "DashboardFigures.h"

#include "IndicatorEvaluator.h"
#include "MeasureCatalog.h"
#include "records/EnumLabels.h"
#include "store/Database.h"
#include "text/DataLanguage.h"

#include <QElapsedTimer>

namespace ef {

DashboardFigures DashboardFigures::compute(Database &db, const DashboardQuery &query)
{
    QElapsedTimer timer;
    timer.start();
    DashboardFigures f;
    f.query = query;
    const ReportScope &scope = query.scope;
    if (!scope.project.isNull())
        f.indicators = IndicatorEvaluator::evaluateAll(db, scope);
    for (IndicatorMeasure m : {IndicatorMeasure::Enrollments, IndicatorMeasure::Participants,
             IndicatorMeasure::EducatorsCertified}) {
        DashboardSeries s {m,
            MeasureQuery(MeasureCatalog::of(m), {}, scope)
                .breakdown(db, ReportDimension::Semester)};
        f.trends << s;
    }
    const MeasureQuery b(MeasureCatalog::of(query.breakdown), {}, scope);
    f.byGender = b.breakdown(db, ReportDimension::Gender);
    f.byInstitution = b.breakdown(db, ReportDimension::Institution);
    f.byRegion = b.breakdown(db, ReportDimension::Region);
    f.byCountry = b.breakdown(db, ReportDimension::Country);
    // Every agreement of the scope, signed or not, by where it stands now.
    {
        MeasureDefinition all = MeasureCatalog::of(IndicatorMeasure::PartnershipsSigned);
        all.where = QStringLiteral("x.deleted = 0");
        all.date = QStringLiteral("coalesce(x.signed_on, x.starts_on)");
        const QList<MeasureFigure> counted
            = MeasureQuery(all, {}, scope).breakdown(db, ReportDimension::PartnershipStatus);
        for (const QString &word : EnumLabels::words(u"partnership_status")) {
            MeasureFigure fig {word, 0};
            for (const MeasureFigure &c : counted)
                if (c.key == word)
                    fig.value = c.value;
            f.partnershipsByStatus << fig;
        }
    }
    Statement s = db.prepare(
        QStringLiteral("SELECT id, coalesce(short_name, %1) FROM institution")
            .arg(DataLanguage::sql(QStringLiteral("institution"), QStringLiteral("name"))));
    while (s.next())
        f.institutionNames.insert(s.uuid(0).toString(), s.text(1));
    f.milliseconds = timer.elapsed();
    return f;
}

} // namespace ef
