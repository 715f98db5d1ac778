#include "DashboardPage.h"

#include "reports/Dashboard.h"
#include "store/Store.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace ef {

namespace {

void fill(QGroupBox *box, const QList<std::pair<QString, QString>> &rows)
{
    delete box->layout();
    qDeleteAll(box->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const auto &[label, value] : rows) {
        auto *v = new QLabel(value, box);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, v);
    }
}

} // namespace

DashboardPage::DashboardPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_partnerships(new QGroupBox(this))
    , m_training(new QGroupBox(this))
    , m_courses(new QGroupBox(this))
{
    auto *layout = new QHBoxLayout(this);
    for (QGroupBox *box : {m_partnerships, m_training, m_courses}) {
        box->setAlignment(Qt::AlignLeft);
        layout->addWidget(box, 1, Qt::AlignTop);
    }
    connect(&m_store, &Store::changed, this, &DashboardPage::refresh);
    refresh();
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void DashboardPage::refresh()
{
    m_partnerships->setTitle(tr("Partnerships"));
    m_training->setTitle(tr("Training and certification"));
    m_courses->setTitle(tr("Course catalogue"));
    const QDate today = m_store.clock().today();
    const DashboardCounts c = Dashboard::compute(m_store, today);
    const QHash<QString, double> targets = Dashboard::targets(m_store, QStringLiteral("EduFusion"));
    const QLocale locale;
    auto n = [&](std::int64_t v) { return locale.toString(qlonglong(v)); };
    auto ofTarget = [&](std::int64_t v, const QString &measure) {
        if (!targets.contains(measure))
            return n(v);
        return tr("%1 of %2").arg(n(v), locale.toString(targets.value(measure)));
    };
    auto percent = [&](std::int64_t part, std::int64_t whole) {
        return whole
            ? locale.toString(100.0 * double(part) / double(whole), 'f', 0) + locale.percent()
            : QStringLiteral("—");
    };

    auto signedPercent = [&](std::int64_t now, std::int64_t before) {
        const double change = 100.0 * double(now - before) / double(before);
        return (change > 0 ? locale.positiveSign() : QString()) + locale.toString(change, 'f', 0)
            + locale.percent();
    };

    fill(m_partnerships,
        {
            {tr("Signed or active agreements"), n(c.partnershipsActive)},
            {tr("Renewals due in 90 days"), n(c.partnershipsRenewalsDue)},
            {tr("Internships offered"), n(c.internshipsOffered)},
            {tr("Students placed"), n(c.studentsPlaced)},
            {tr("Institutions"), n(c.institutions)},
        });
    const QString internationalTarget
        = targets.contains(QStringLiteral("educators_certified_international_share"))
        ? tr("%1 (target %2)")
              .arg(percent(c.educatorsCertifiedInternational, c.educatorsCertified),
                  locale.toString(
                      targets.value(QStringLiteral("educators_certified_international_share")))
                      + locale.percent())
        : percent(c.educatorsCertifiedInternational, c.educatorsCertified);
    fill(m_training,
        {
            {tr("Educators certified"),
                ofTarget(c.educatorsCertified, QStringLiteral("educators_certified"))},
            {tr("Certified to an international standard"), internationalTarget},
            {tr("Training events this year"), n(c.eventsThisYear)},
            {tr("Participations"), n(c.participations)},
            {tr("People"), n(c.people)},
        });
    fill(m_courses,
        {
            {tr("Accredited courses"),
                ofTarget(c.coursesAccredited, QStringLiteral("courses_accredited"))},
            {tr("Courses in the catalogue"), n(c.courses)},
            {tr("Enrollments this semester"), n(c.enrollmentsThisSemester)},
            {tr("Change from last semester"),
                c.enrollmentsPreviousSemester
                    ? signedPercent(c.enrollmentsThisSemester, c.enrollmentsPreviousSemester)
                    : QStringLiteral("—")},
            {tr("Women among this semester's students"),
                percent(c.enrollmentsThisSemesterFemale, c.enrollmentsThisSemester)},
        });
}

} // namespace ef
