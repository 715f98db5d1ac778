#include "WelcomeDialog.h"

#include "Dialogs.h"
#include "domain/EnumLabels.h"
#include "domain/Institution.h"
#include "text/Transliteration.h"

#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QFormLayout>
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
{
    setWindowTitle(tr("Welcome to EduFusion Desk"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    auto *start = new QWidget(m_pages);
    auto *startLayout = new QVBoxLayout(start);
    auto *intro = new QLabel(tr("<h2>Welcome to EduFusion Desk</h2><p>Partnerships with industry, "
                                "educator training and certificates, and the course catalogue "
                                "of your office, kept on this computer and usable offline.</p>"),
        start);
    intro->setWordWrap(true);
    startLayout->addWidget(intro);
    auto *demo = new QCommandLinkButton(tr("Open the demo data"),
        tr("The EduFusion consortium, its projects, events and courses, with invented people: "
           "a safe place to look around."),
        start);
    auto *empty = new QCommandLinkButton(tr("Start an empty data file"),
        tr("For your own office: you name your institution, everything else you add."), start);
    auto *open = new QCommandLinkButton(
        tr("Open a data file…"), tr("A data file this office already has."), start);
    auto *signIn = new QCommandLinkButton(tr("Sign in to the consortium's server"),
        tr("For an office with an account: your institution's records and the shared catalogue "
           "come from the server, and your changes sync back."),
        start);
    demo->setDefault(true);
    for (QCommandLinkButton *b : {demo, empty, open, signIn}) {
        b->setAccessibleName(b->text());
        startLayout->addWidget(b);
    }
    startLayout->addStretch();
    m_pages->addWidget(start);

    auto *institution = new QWidget(m_pages);
    auto *form = new QFormLayout(institution);
    auto *explain = new QLabel(tr("The institution this office works for owns the records you "
                                  "create."),
        institution);
    explain->setWordWrap(true);
    form->addRow(explain);
    for (const QString &word : EnumLabels::words(QStringLiteral("institution_kind")))
        m_kind->addItem(EnumLabels::label(QStringLiteral("institution_kind"), word), word);
    m_name->setAccessibleName(tr("Name of the institution"));
    m_shortName->setAccessibleName(tr("Short name"));
    m_kind->setAccessibleName(tr("Kind"));
    m_country->setAccessibleName(tr("Country (ISO code)"));
    m_country->setMaxLength(2);
    form->addRow(tr("Name of the institution *"), m_name);
    form->addRow(tr("Short name"), m_shortName);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Country (ISO code)"), m_country);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(institution);
    QPushButton *create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    QPushButton *back = buttons->addButton(tr("Back"), QDialogButtonBox::RejectRole);
    create->setDefault(true);
    form->addRow(buttons);
    m_pages->addWidget(institution);

    connect(demo, &QCommandLinkButton::clicked, this, &WelcomeDialog::chooseDemo);
    connect(empty, &QCommandLinkButton::clicked, this, &WelcomeDialog::chooseEmpty);
    connect(open, &QCommandLinkButton::clicked, this, &WelcomeDialog::chooseFile);
    connect(signIn, &QCommandLinkButton::clicked, this, &WelcomeDialog::chooseSignIn);
    connect(create, &QPushButton::clicked, this, [this] {
        if (confirmEmpty())
            accept();
    });
    connect(back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(0); });
    resize(560, 420);
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
    QStringList messages;
    for (const Problem &p : institution().validate())
        if (p.field != u"owner_id") // it will own itself once it has an id
            messages << p.message;
    m_problem->setText(messages.join(u'\n'));
    m_problem->setVisible(!messages.isEmpty());
    if (!messages.isEmpty())
        return false;
    m_choice = Choice::Empty;
    return true;
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
