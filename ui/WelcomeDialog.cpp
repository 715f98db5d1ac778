#include "WelcomeDialog.h"

#include "Dialogs.h"
#include "Language.h"
#include "institutions/Institution.h"
#include "records/EnumLabels.h"
#include "text/Transliteration.h"

#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ef {

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
    , m_pages(new QStackedWidget(this))
    , m_name(new QLineEdit(this))
    , m_shortName(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_country(new QLineEdit(QStringLiteral("KZ"), this))
    , m_problem(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_languageLabel(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    // The language comes first: whoever cannot read this page finds their own name for it.
    auto *languageRow = new QHBoxLayout;
    languageRow->addStretch();
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_language);
    m_languageLabel->setBuddy(m_language);
    m_language->setObjectName(QStringLiteral("language"));
    for (const QString &language : Language::all())
        m_language->addItem(Language::nativeName(language), language);
    layout->addLayout(languageRow);
    layout->addWidget(m_pages);

    auto *start = new QWidget(m_pages);
    auto *startLayout = new QVBoxLayout(start);
    m_intro = new QLabel(start);
    m_intro->setWordWrap(true);
    startLayout->addWidget(m_intro);
    m_demo = new QCommandLinkButton(start);
    m_empty = new QCommandLinkButton(start);
    m_open = new QCommandLinkButton(start);
    m_signIn = new QCommandLinkButton(start);
    m_demo->setDefault(true);
    for (QCommandLinkButton *b : {m_demo, m_empty, m_open, m_signIn})
        startLayout->addWidget(b);
    startLayout->addStretch();
    m_pages->addWidget(start);

    auto *institution = new QWidget(m_pages);
    m_form = new QFormLayout(institution);
    m_explain = new QLabel(institution);
    m_explain->setWordWrap(true);
    m_form->addRow(m_explain);
    for (const QString &word : EnumLabels::words(QStringLiteral("institution_kind")))
        m_kind->addItem(QString(), word);
    m_country->setMaxLength(2);
    for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_shortName),
             static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_country)})
        m_form->addRow(new QLabel(institution), field);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(institution);
    m_create = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_back = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_create->setDefault(true);
    m_form->addRow(buttons);
    m_pages->addWidget(institution);

    connect(m_language, &QComboBox::activated, this,
        [this] { Language::choose(m_language->currentData().toString()); });
    connect(m_demo, &QCommandLinkButton::clicked, this, &WelcomeDialog::chooseDemo);
    connect(m_empty, &QCommandLinkButton::clicked, this, &WelcomeDialog::chooseEmpty);
    connect(m_open, &QCommandLinkButton::clicked, this, &WelcomeDialog::chooseFile);
    connect(m_signIn, &QCommandLinkButton::clicked, this, &WelcomeDialog::chooseSignIn);
    connect(m_create, &QPushButton::clicked, this, [this] {
        if (confirmEmpty())
            accept();
    });
    connect(m_back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(0); });
    retranslateUi();
    resize(600, 460);
}

void WelcomeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void WelcomeDialog::retranslateUi()
{
    setWindowTitle(tr("Welcome to EduFusion Desk"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setCurrentIndex(m_language->findData(Language::current()));
    m_intro->setText(tr("<h2>Welcome to EduFusion Desk</h2><p>Partnerships with industry, "
                        "educator training and certificates, and the course catalogue "
                        "of your office, kept on this computer and usable offline.</p>"));
    m_demo->setText(tr("Open the demo data"));
    m_demo->setDescription(
        tr("The EduFusion consortium, its projects, events and courses, with invented people: "
           "a safe place to look around."));
    m_empty->setText(tr("Start an empty data file"));
    m_empty->setDescription(
        tr("For your own office: you name your institution, everything else you add."));
    m_open->setText(tr("Open a data file…"));
    m_open->setDescription(tr("A data file this office already has."));
    m_signIn->setText(tr("Sign in to the consortium's server"));
    m_signIn->setDescription(tr("For an office with an account: your institution's records and "
                                "the shared catalogue come from the server, and your changes "
                                "sync back."));
    for (QCommandLinkButton *b : {m_demo, m_empty, m_open, m_signIn})
        b->setAccessibleName(b->text());
    m_explain->setText(tr("The institution this office works for owns the records you create."));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i,
            EnumLabels::label(QStringLiteral("institution_kind"), m_kind->itemData(i).toString()));
    const std::pair<QWidget *, QString> fields[] = {
        {m_name, tr("Name of the institution")},
        {m_shortName, tr("Short name")},
        {m_kind, tr("Kind")},
        {m_country, tr("Country (ISO code)")},
    };
    for (const auto &[field, label] : fields) {
        field->setAccessibleName(label);
        static_cast<QLabel *>(m_form->labelForField(field))
            ->setText(field == m_name ? tr("%1 *").arg(label) : label);
    }
    m_create->setText(tr("Create"));
    m_back->setText(tr("Back"));
    if (m_problem->isVisible())
        showProblems();
}

void WelcomeDialog::chooseDemo()
{
    m_choice = Choice::Demo;
    accept();
}

void WelcomeDialog::chooseSignIn()
{
    m_choice = Choice::SignIn;
    accept();
}

void WelcomeDialog::chooseEmpty()
{
    m_pages->setCurrentIndex(1);
    m_name->setFocus();
}

Institution WelcomeDialog::institution() const
{
    Institution i;
    i.kind = enumFromText<InstitutionKind>(m_kind->currentData().toString())
                 .value_or(InstitutionKind::University);
    // The name goes in the language it is written in; the others can be added later.
    const QString name = m_name->text().trimmed();
    const bool cyrillic = std::any_of(
        name.begin(), name.end(), [](QChar c) { return c.script() == QChar::Script_Cyrillic; });
    if (!cyrillic)
        i.nameEn = name;
    else if (Transliteration::looksKazakh(name))
        i.nameKk = name;
    else
        i.nameRu = name;
    i.shortName = m_shortName->text().trimmed();
    i.country = m_country->text().trimmed().toUpper();
    return i;
}

bool WelcomeDialog::confirmEmpty()
{
    if (!showProblems())
        return false;
    m_choice = Choice::Empty;
    return true;
}

bool WelcomeDialog::showProblems()
{
    QStringList messages;
    for (const Problem &p : institution().validate())
        if (p.field != u"owner_id") // it will own itself once it has an id
            messages << p.message;
    m_problem->setText(messages.join(u'\n'));
    m_problem->setVisible(!messages.isEmpty());
    return messages.isEmpty();
}

void WelcomeDialog::chooseFile()
{
    const QString file = Dialogs::openFileName(
        this, tr("Open a data file"), tr("EduFusion data files (*.sqlite *.db);;All files (*)"));
    if (file.isEmpty())
        return;
    m_file = file;
    m_choice = Choice::OpenFile;
    accept();
}

} // namespace ef
