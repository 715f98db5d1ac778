#include "AmendmentDialog.h"

#include "Dialogs.h"

#include <QDateEdit>
#include <QDialogButtonBox>
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
{
    setWindowTitle(tr("Record an amendment"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("This agreement is signed, so its terms change only by an "
                                "amendment. It changes: %1.")
                                 .arg(changedLabels.join(QStringLiteral(", "))),
        this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setAccessibleName(tr("Date of the amendment"));
    form->addRow(tr("Date of the amendment *"), m_date);
    m_summary->setTabChangesFocus(true);
    m_summary->setFixedHeight(m_summary->fontMetrics().lineSpacing() * 4 + 12);
    m_summary->setAccessibleName(tr("What the amendment changes"));
    form->addRow(tr("What it changes *"), m_summary);
    auto *docRow = new QHBoxLayout;
    m_document->setPlaceholderText(tr("The signed amendment (optional)"));
    m_document->setAccessibleName(tr("Signed document"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    docRow->addWidget(m_document, 1);
    docRow->addWidget(browse);
    form->addRow(tr("Signed document"), docRow);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->addButton(tr("Record the amendment"), QDialogButtonBox::AcceptRole);
    form->addRow(buttons);
    resize(620, sizeHint().height());
    connect(browse, &QPushButton::clicked, this, [this] {
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
