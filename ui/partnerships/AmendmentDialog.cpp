#include "AmendmentDialog.h"

#include "Dialogs.h"
#include "text/DateFormat.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace ef {

namespace {
struct NextAnswer
{
    bool set = false;
    std::optional<AmendmentDialog::Answer> answer;
};
NextAnswer &next()
{
    static NextAnswer n;
    return n;
}
} // namespace

AmendmentDialog::AmendmentDialog(
    const QStringList &changedLabels, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_date(new QDateEdit(today, this))
    , m_summary(new QPlainTextEdit(this))
    , m_document(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_changed(changedLabels)
    , m_intro(new QLabel(this))
    , m_dateLabel(new QLabel(this))
    , m_summaryLabel(new QLabel(this))
    , m_documentLabel(new QLabel(this))
    , m_browse(new QPushButton(this))
{
    auto *form = new QFormLayout(this);
    m_intro->setWordWrap(true);
    form->addRow(m_intro);
    m_date->setCalendarPopup(true);
    form->addRow(m_dateLabel, m_date);
    m_summary->setTabChangesFocus(true);
    m_summary->setFixedHeight(m_summary->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(m_summaryLabel, m_summary);
    auto *docRow = new QHBoxLayout;
    docRow->addWidget(m_document, 1);
    docRow->addWidget(m_browse);
    form->addRow(m_documentLabel, docRow);
    m_dateLabel->setBuddy(m_date);
    m_summaryLabel->setBuddy(m_summary);
    m_documentLabel->setBuddy(m_document);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_record = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    form->addRow(buttons);
    retranslateUi();
    resize(620, sizeHint().height());
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = Dialogs::openFileName(this, tr("The signed amendment"));
        if (!path.isEmpty())
            m_document->setText(path);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_summary->toPlainText().trimmed().isEmpty()) {
            showProblem(tr("Say in a sentence what the amendment changes."));
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void AmendmentDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AmendmentDialog::retranslateUi()
{
    setWindowTitle(tr("Record an amendment"));
    m_intro->setText(tr("This agreement is signed, so its terms change only by an amendment. "
                        "It changes: %1.")
                         .arg(m_changed.join(QStringLiteral(", "))));
    m_date->setDisplayFormat(DateFormat::shortFormat());
    m_date->setAccessibleName(tr("Date of the amendment"));
    m_dateLabel->setText(tr("Date of the amendment *"));
    m_summary->setAccessibleName(tr("What the amendment changes"));
    m_summaryLabel->setText(tr("What it changes *"));
    m_document->setPlaceholderText(tr("The signed amendment (optional)"));
    m_document->setAccessibleName(tr("Signed document"));
    m_documentLabel->setText(tr("Signed document"));
    m_browse->setText(tr("&Browse…"));
    m_record->setText(tr("Record the amendment"));
    if (!m_problem->isHidden())
        showProblem(tr("Say in a sentence what the amendment changes."));
}

std::optional<AmendmentDialog::Answer> AmendmentDialog::ask(
    const QStringList &changedLabels, const QDate &today, QWidget *parent)
{
    if (next().set) {
        next().set = false;
        return std::exchange(next().answer, std::nullopt);
    }
    AmendmentDialog d(changedLabels, today, parent);
    if (d.exec() != QDialog::Accepted)
        return std::nullopt;
    return d.answer();
}

void AmendmentDialog::setNextAnswer(std::optional<Answer> answer)
{
    next().set = true;
    next().answer = std::move(answer);
}

AmendmentDialog::Answer AmendmentDialog::answer() const
{
    return {m_date->date(), m_summary->toPlainText().trimmed(), m_document->text().trimmed()};
}

void AmendmentDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

} // namespace ef
