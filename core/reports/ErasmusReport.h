// The Erasmus+ report of a project and period: a summary of indicators against targets, their
// breakdowns by gender, institution, region and country, then participants, events,
// partnerships, courses and enrollments; titles, column names and labels in the UI language.
#pragma once

#include "IndicatorFigure.h"
#include "ReportScope.h"
#include "ReportTable.h"

#include <QCoreApplication>
#include <QList>

namespace ef {

class Database;

struct ReportOptions
{
    enum class Script { Cyrillic, Latin };

    ReportScope scope;
    Script names = Script::Cyrillic; // people's names as written, or in Latin letters
};

class ErasmusReport
{
    Q_DECLARE_TR_FUNCTIONS(ErasmusReport)

public:
    ErasmusReport(Database &db, ReportOptions options);

    const ReportOptions &options() const { return m_options; }
    // "EduFusion, 1 Dec 2024 – 30 Nov 2028" in the UI language.
    QString heading() const;
    const QList<IndicatorFigure> &figures() const { return m_figures; }
    const QList<ReportTable> &tables() const { return m_tables; }
    // How an indicator is counted, in words ("Enrollments in courses; Gender: Female …").
    static QString howCounted(const IndicatorFigure &f);
    // An institution's name in the UI language, by id.
    QString institutionName(const QString &id) const { return m_institutions.value(id, id); }

    static QString projectLabel(Database &db, const Uuid &project);
    // The project with this acronym or code; a null id when there is none.
    static Uuid findProject(Database &db, const QString &acronymOrCode);

private:
    void build();
    ReportTable summary() const;
    ReportTable breakdowns() const;
    ReportTable participants() const;
    ReportTable events() const;
    ReportTable partnerships() const;
    ReportTable courses() const;
    ReportTable enrollments() const;

    Database &m_db;
    ReportOptions m_options;
    QList<IndicatorFigure> m_figures;
    QHash<QString, QString> m_institutions;
    QList<ReportTable> m_tables;
};

} // namespace ef
