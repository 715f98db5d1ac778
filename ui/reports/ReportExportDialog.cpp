#include "ReportExportDialog.h"

#include "Dialogs.h"
#include "reports/ReportExportTask.h"
#include "store/Store.h"
#include "tasks/TaskProgress.h"
#include "text/DateFormat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ef {

ReportExportDialog::ReportExportDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_project(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_names(new QComboBox(this))
    , m_xlsx(new QRadioButton(this))
    , m_csv(new QRadioButton(this))
    , m_pdf(new QRadioButton(this))
    , m_outcome(new QLabel(this))
    , m_task(new ReportExportTask(this))
    , m_progress(new TaskProgress(*m_task, this))
    , m_export(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("ReportExportDialog"));
    auto *form = new QFormLayout;
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(DateFormat::shortFormat());
    }
    auto *formats = new QHBoxLayout;
    for (QRadioButton *r : {m_xlsx, m_csv, m_pdf})
        formats->addWidget(r);
    formats->addStretch();
    m_xlsx->setChecked(true);
    m_names->addItem(QString(), QStringLiteral("native"));
    m_names->addItem(QString(), QStringLiteral("latin"));
    QWidget *fields[] = {m_project, m_from, m_to, m_names};
    for (int i = 0; i < 4; ++i) {
        m_labels[i] = new QLabel(this);
        m_labels[i]->setBuddy(fields[i]);
        form->addRow(m_labels[i], fields[i]);
    }
    m_labels[4] = new QLabel(this);
    form->addRow(m_labels[4], formats);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_export->setDefault(true);
    m_buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_outcome);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_export, &QPushButton::clicked, this, &ReportExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReportExportDialog::reject);
    connect(m_project, &QComboBox::currentIndexChanged, this, &ReportExportDialog::projectChosen);
    connect(m_task, &Task::started, this, [this] {
        m_export->setEnabled(false);
        m_outcome->clear();
    });
    connect(m_task, &Task::finished, this, [this](const TaskResult &r) {
        m_export->setEnabled(m_project->count() > 0);
        const QString where = QDir::toNativeSeparators(m_target);
        if (r)
            m_outcome->setText(tr("Written: %1").arg(where));
        else if (r.error().cancelled)
            m_outcome->setText(tr("Stopped; nothing was written to %1.").arg(where));
        else
            m_outcome->setText(tr("The report could not be written: %1").arg(r.error().message));
    });
    fillProjects();
    retranslateUi();
    resize(520, sizeHint().height());
}

ReportExportDialog::~ReportExportDialog()
{
    m_task->cancel();
    m_task->wait();
}

void ReportExportDialog::fillProjects()
{
    Statement s = m_store.db().prepare(
        QStringLiteral("SELECT id, acronym, starts_on, ends_on FROM project WHERE deleted = 0 "
                       "ORDER BY starts_on DESC, acronym COLLATE KAZAKH"));
    while (s.next()) {
        m_project->addItem(s.text(1), s.uuid(0).toString());
        m_project->setItemData(m_project->count() - 1, s.date(2), Qt::UserRole + 1);
        m_project->setItemData(m_project->count() - 1, s.date(3), Qt::UserRole + 2);
    }
    const int edufusion = m_project->findText(QStringLiteral("EduFusion"));
    m_project->setCurrentIndex(std::max(0, edufusion));
    m_export->setEnabled(m_project->count() > 0);
    projectChosen();
}

// The project's own dates are the period until the user narrows it.
void ReportExportDialog::projectChosen()
{
    const QDate from = m_project->currentData(Qt::UserRole + 1).toDate();
    const QDate to = m_project->currentData(Qt::UserRole + 2).toDate();
    const QDate today = m_store.clock().today();
    m_from->setDate(from.isValid() ? from : QDate(today.year(), 1, 1));
    m_to->setDate(to.isValid() ? to : today);
}

void ReportExportDialog::setFormat(Format f)
{
    (f == Format::Xlsx ? m_xlsx : f == Format::Csv ? m_csv : m_pdf)->setChecked(true);
}

ReportExportDialog::Format ReportExportDialog::format() const
{
    return m_csv->isChecked() ? Format::Csv : m_pdf->isChecked() ? Format::Pdf : Format::Xlsx;
}

bool ReportExportDialog::startExport()
{
    if (m_task->isRunning() || m_project->count() == 0)
        return false;
    if (m_to->date() < m_from->date()) {
        m_outcome->setText(tr("The period ends before it begins: choose a later “To” date."));
        return false;
    }
    ReportRequest request;
    request.options.scope.project
        = Uuid::fromString(m_project->currentData().toString()).value_or(Uuid());
    request.options.scope.from = m_from->date();
    request.options.scope.to = m_to->date();
    request.options.names = m_names->currentData().toString() == u"latin"
        ? ReportOptions::Script::Latin
        : ReportOptions::Script::Cyrillic;
    request.madeOn = m_store.clock().today();
    const QString base = tr("%1 report %2 to %3")
                             .arg(m_project->currentText(), m_from->date().toString(Qt::ISODate),
                                 m_to->date().toString(Qt::ISODate));
    switch (format()) {
    case Format::Xlsx:
        m_target = Dialogs::saveFileName(this, tr("Export the report"),
            base + QStringLiteral(".xlsx"), tr("Excel workbook (*.xlsx)"));
        request.xlsx = m_target;
        break;
    case Format::Csv:
        m_target = Dialogs::folderName(this, tr("Folder for the CSV files"));
        request.csvFolder = m_target;
        break;
    case Format::Pdf:
        m_target = Dialogs::saveFileName(this, tr("Export the report"),
            base + QStringLiteral(".pdf"), tr("PDF document (*.pdf)"));
        request.pdf = m_target;
        break;
    }
    if (m_target.isEmpty())
        return false;
    m_task->start(m_store.path(), request);
    return true;
}

void ReportExportDialog::reject()
{
    // Closing stops a running export; its file is not left half-written.
    m_task->cancel();
    QDialog::reject();
}

void ReportExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ReportExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export the Erasmus+ report"));
    m_labels[0]->setText(tr("&Project:"));
    m_labels[1]->setText(tr("&From:"));
    m_labels[2]->setText(tr("&To:"));
    m_labels[3]->setText(tr("People's &names:"));
    m_labels[4]->setText(tr("Format:"));
    m_names->setItemText(0, tr("As written (Cyrillic)"));
    m_names->setItemText(1, tr("In Latin letters"));
    m_xlsx->setText(tr("Excel workbook (XLSX)"));
    m_csv->setText(tr("CSV files (one per table)"));
    m_pdf->setText(tr("Printable PDF"));
    m_export->setText(tr("&Export…"));
}

} // namespace ef
