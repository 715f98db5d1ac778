#include "DashboardPage.h"

#include "ChartCard.h"
#include "records/EnumLabels.h"
#include "reports/DashboardService.h"
#include "reports/MeasureCatalog.h"
#include "store/Store.h"
#include "text/DataLanguage.h"
#include "text/DateFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QScrollArea>
#include <QTimer>
#include <QValueAxis>

namespace ef {

namespace {

const QDate OpenDate(2000, 1, 1);

void clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *a : chart->axes()) {
        chart->removeAxis(a);
        delete a;
    }
}

// Horizontal bars, the largest first at the top, each with its figure.
void bars(QChart *chart, const QString &name, const QList<std::pair<QString, double>> &values,
    std::optional<double> max = {})
{
    clear(chart);
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(name);
    QStringList categories;
    double largest = 0;
    for (auto it = values.crbegin(); it != values.crend(); ++it) {
        *set << it->second;
        categories << it->first;
        largest = std::max(largest, it->second);
    }
    set->setColor(QColor(0x1F, 0x4E, 0x79));
    set->setLabelColor(Qt::black);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    y->setTruncateLabels(false);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = new QValueAxis;
    x->setRange(0, std::max(max.value_or(0), largest * 1.15 + 1));
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->legend()->setVisible(false);
}

} // namespace

DashboardPage::DashboardPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_debounce(new QTimer(this))
    , m_project(new QComboBox(this))
    , m_institution(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_measure(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_status(new QLabel(this))
{
    auto *outer = new QVBoxLayout(this);
    // Two rows of filters: what is counted, then when and what is broken down.
    auto *filters = new QGridLayout;
    QWidget *inputs[] = {m_project, m_institution, m_region, m_from, m_to, m_measure};
    for (int i = 0; i < 6; ++i) {
        m_labels[i] = new QLabel(this);
        m_labels[i]->setBuddy(inputs[i]);
        filters->addWidget(m_labels[i], i / 3, (i % 3) * 2);
        filters->addWidget(inputs[i], i / 3, (i % 3) * 2 + 1, Qt::AlignLeft);
    }
    for (QComboBox *c : {m_project, m_institution, m_region, m_measure})
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents); // follows the language
    filters->setColumnStretch(6, 1);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setMinimumDate(OpenDate);
        d->setDate(OpenDate);
        d->setDisplayFormat(DateFormat::shortFormat());
    }
    outer->addLayout(filters);
    outer->addWidget(m_status);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *grid = new QWidget(scroll);
    auto *layout = new QGridLayout(grid);
    m_progress = new ChartCard(grid);
    m_trends = new ChartCard(grid);
    m_gender = new ChartCard(grid);
    m_institutions = new ChartCard(grid);
    m_regions = new ChartCard(grid);
    m_countries = new ChartCard(grid);
    m_partnerships = new ChartCard(grid);
    layout->addWidget(m_progress, 0, 0);
    layout->addWidget(m_trends, 0, 1);
    layout->addWidget(m_gender, 1, 0);
    layout->addWidget(m_institutions, 1, 1);
    layout->addWidget(m_regions, 2, 0);
    layout->addWidget(m_countries, 2, 1);
    layout->addWidget(m_partnerships, 3, 0, 1, 2);
    m_progress->view()->setMinimumHeight(300);
    m_trends->view()->setMinimumHeight(300);
    scroll->setWidget(grid);
    outer->addWidget(scroll, 1);

    // The figures are read on a connection of their own; a store in memory (tests) has none.
    if (m_store.path() != u":memory:" && !m_store.path().isEmpty()) {
        m_service = new DashboardService(m_store.path(), this);
        connect(m_service, &DashboardService::ready, this, &DashboardPage::show);
        connect(m_service, &DashboardService::failed, this,
            [this](const QString &message) { m_status->setText(message); });
    }
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(&m_store, &Store::changed, this, [this](const QString &table) {
        if (table == u"institution" || table == u"project")
            fillFilters();
        m_debounce->start();
    });
    for (QComboBox *c : {m_project, m_institution, m_region, m_measure})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                refresh();
        });
    for (QDateEdit *d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, [this] { m_debounce->start(); });
    retranslateUi();
    refresh();
}

DashboardPage::~DashboardPage() = default;

QList<ChartCard *> DashboardPage::cards() const
{
    return {m_progress, m_trends, m_gender, m_institutions, m_regions, m_countries, m_partnerships};
}

void DashboardPage::fillFilters()
{
    m_filling = true;
    const QVariant project = m_project->currentData();
    const QVariant institution = m_institution->currentData();
    const QVariant region = m_region->currentData();
    const QVariant measure = m_measure->currentData();
    m_project->clear();
    m_project->addItem(tr("All projects"), QVariant());
    Database &db = m_store.db();
    {
        Statement s = db.prepare(QStringLiteral(
            "SELECT id, acronym FROM project WHERE deleted = 0 ORDER BY starts_on DESC, acronym"));
        while (s.next())
            m_project->addItem(s.text(1), s.uuid(0).toString());
    }
    m_institution->clear();
    m_institution->addItem(tr("All institutions"), QVariant());
    {
        Statement s = db.prepare(QStringLiteral(
            "SELECT id, coalesce(short_name, %1) AS label FROM institution WHERE deleted = 0 AND "
            "kind = 'university' ORDER BY label COLLATE KAZAKH")
                                     .arg(DataLanguage::sql(
                                         QStringLiteral("institution"), QStringLiteral("name"))));
        while (s.next())
            m_institution->addItem(s.text(1), s.uuid(0).toString());
    }
    m_region->clear();
    m_region->addItem(tr("All regions"), QVariant());
    {
        Statement s = db.prepare(QStringLiteral(
            "SELECT DISTINCT region FROM institution WHERE deleted = 0 AND country = 'KZ' AND "
            "region IS NOT NULL AND region <> '' ORDER BY region"));
        while (s.next())
            m_region->addItem(
                MeasureCatalog::valueLabel(ReportDimension::Region, s.text(0)), s.text(0));
    }
    m_measure->clear();
    for (IndicatorMeasure m : MeasureCatalog::all()) {
        const MeasureDefinition &d = MeasureCatalog::of(m);
        if (d.isManual() || !d.dimension(ReportDimension::Institution))
            continue;
        m_measure->addItem(EnumLabels::of(m), QString(enumText(m)));
    }
    auto restore = [](QComboBox *c, const QVariant &v, int fallback) {
        const int i = v.isValid() ? c->findData(v) : -1;
        c->setCurrentIndex(i >= 0 ? i : std::min(fallback, c->count() - 1));
    };
    // EduFusion, the consortium's own project, when nothing was chosen yet.
    restore(m_project, project,
        project.isValid() ? 0 : std::max(0, m_project->findText(QStringLiteral("EduFusion"))));
    restore(m_institution, institution, 0);
    restore(m_region, region, 0);
    restore(m_measure, measure.isValid() ? measure : QVariant(QStringLiteral("participants")), 0);
    m_filling = false;
}

DashboardQuery DashboardPage::query() const
{
    DashboardQuery q;
    q.scope.project = Uuid::fromString(m_project->currentData().toString()).value_or(Uuid());
    q.scope.institution
        = Uuid::fromString(m_institution->currentData().toString()).value_or(Uuid());
    q.scope.region = m_region->currentData().toString();
    if (m_from->date() != OpenDate)
        q.scope.from = m_from->date();
    if (m_to->date() != OpenDate)
        q.scope.to = m_to->date();
    q.breakdown = enumFromText<IndicatorMeasure>(m_measure->currentData().toString())
                      .value_or(IndicatorMeasure::Participants);
    return q;
}

void DashboardPage::refresh()
{
    const DashboardQuery q = query();
    if (m_service) {
        m_status->setText(tr("Counting…"));
        m_service->request(q);
    } else {
        show(DashboardFigures::compute(m_store.db(), q));
    }
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DashboardPage::retranslateUi()
{
    const char *labels[]
        = {QT_TR_NOOP("&Project:"), QT_TR_NOOP("&Institution:"), QT_TR_NOOP("&Region:"),
            QT_TR_NOOP("&From:"), QT_TR_NOOP("&To:"), QT_TR_NOOP("&Breakdown of:")};
    for (int i = 0; i < 6; ++i)
        m_labels[i]->setText(tr(labels[i]));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setSpecialValueText(tr("any day"));
        // Wide enough for "any day" and for a date, in this language.
        const QFontMetrics fm(d->font());
        d->setMinimumWidth(std::max(fm.horizontalAdvance(d->specialValueText()),
                               fm.horizontalAdvance(QStringLiteral("00.00.0000")))
            + 48);
    }
    fillFilters();
    if (m_figures)
        show(*m_figures);
}

void DashboardPage::show(const DashboardFigures &f)
{
    m_figures = f;
    const QLocale locale;
    m_status->setText(
        tr("Counted in %n ms; the charts follow every change.", nullptr, int(f.milliseconds)));
    const QString project = m_project->currentText();

    // Progress to each target, in percent of the target.
    QList<std::pair<QString, double>> progress;
    for (const IndicatorFigure &i : f.indicators)
        if (const auto p = i.progress())
            progress << std::pair {i.indicator.code, std::round(*p * 1000) / 10};
    m_progress->setTitle(f.query.scope.project.isNull()
            ? tr("Progress to the targets: choose a project")
            : tr("%1: progress to each target, % of the target").arg(project));
    std::reverse(progress.begin(), progress.end()); // bars() puts the first at the top
    std::reverse(progress.begin(), progress.end());
    bars(m_progress->chart(), tr("Progress"), progress, 110.0);

    // Counts per semester.
    {
        QChart *chart = m_trends->chart();
        clear(chart);
        QList<qint64> semesters;
        for (const DashboardSeries &s : f.trends)
            for (const MeasureFigure &m : s.bySemester)
                if (!semesters.contains(m.key.toLongLong()))
                    semesters << m.key.toLongLong();
        std::sort(semesters.begin(), semesters.end());
        auto *x = new QBarCategoryAxis;
        for (qint64 s : semesters)
            x->append(MeasureCatalog::valueLabel(ReportDimension::Semester, QString::number(s)));
        x->setTruncateLabels(false);
        x->setLabelsAngle(-45);
        chart->addAxis(x, Qt::AlignBottom);
        auto *y = new QValueAxis;
        y->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(y, Qt::AlignLeft);
        double top = 1;
        for (const DashboardSeries &s : f.trends) {
            auto *line = new QLineSeries;
            line->setName(EnumLabels::of(s.measure));
            for (const MeasureFigure &m : s.bySemester) {
                line->append(double(semesters.indexOf(m.key.toLongLong())), m.value);
                top = std::max(top, m.value);
            }
            line->setPointsVisible(true);
            chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
        }
        y->setRange(0, top * 1.1);
        y->applyNiceNumbers();
        chart->legend()->setVisible(true);
        m_trends->setTitle(tr("Per semester"));
    }

    const QString measure = EnumLabels::of(f.query.breakdown);
    // Gender, with the people who did not state it shown as such.
    {
        QChart *chart = m_gender->chart();
        clear(chart);
        auto *pie = new QPieSeries;
        double total = 0;
        for (const MeasureFigure &m : f.byGender)
            total += m.value;
        for (const MeasureFigure &m : f.byGender) {
            const QString label = MeasureCatalog::valueLabel(ReportDimension::Gender, m.key);
            QPieSlice *slice
                = pie->append(tr("%1: %2 (%3)")
                                  .arg(label, locale.toString(m.value, 'f', 0),
                                      locale.toString(total > 0 ? 100 * m.value / total : 0, 'f', 0)
                                          + locale.percent()),
                    m.value);
            slice->setLabelVisible(true);
            if (m.key == u"female")
                slice->setColor(QColor(0xC0, 0x39, 0x2B));
            else if (m.key == u"male")
                slice->setColor(QColor(0x1F, 0x4E, 0x79));
            else
                slice->setColor(QColor(0x95, 0xA5, 0xA6));
        }
        pie->setPieSize(0.55);
        chart->addSeries(pie);
        chart->legend()->setVisible(false);
        m_gender->setTitle(tr("%1 by gender").arg(measure));
    }
    auto top = [](const QList<MeasureFigure> &in, int n, auto label, const QString &others) {
        QList<std::pair<QString, double>> out;
        double rest = 0;
        for (int i = 0; i < in.size(); ++i) {
            if (i < n)
                out << std::pair {label(in.at(i).key), in.at(i).value};
            else
                rest += in.at(i).value;
        }
        if (rest > 0)
            out << std::pair {others, rest};
        return out;
    };
    bars(m_institutions->chart(), measure,
        top(
            f.byInstitution, 10,
            [&](const QString &k) {
                return k.isEmpty() ? tr("No institution") : f.institutionNames.value(k, k);
            },
            tr("Others")));
    m_institutions->setTitle(tr("%1 by institution (the ten largest)").arg(measure));
    bars(m_regions->chart(), measure,
        top(
            f.byRegion, 12,
            [](const QString &k) { return MeasureCatalog::valueLabel(ReportDimension::Region, k); },
            tr("Others")));
    m_regions->setTitle(tr("%1 by region").arg(measure));
    bars(m_countries->chart(), measure,
        top(
            f.byCountry, 10,
            [](const QString &k) {
                return k.isEmpty() ? tr("No country")
                                   : MeasureCatalog::valueLabel(ReportDimension::Country, k);
            },
            tr("Others")));
    m_countries->setTitle(tr("%1 by country").arg(measure));
    {
        QList<std::pair<QString, double>> status;
        for (const MeasureFigure &m : f.partnershipsByStatus)
            status << std::pair {EnumLabels::label(u"partnership_status", m.key), m.value};
        bars(m_partnerships->chart(), tr("Agreements"), status);
        m_partnerships->setTitle(tr("Agreements by lifecycle status"));
    }
    Q_EMIT updated();
}

} // namespace ef
