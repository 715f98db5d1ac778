#include "TemplatePreviewDialog.h"

#include "Language.h"
#include "certificates/CertificateRenderer.h"
#include "certificates/CertificateSeal.h"
#include "certificates/CertificateTemplate.h"
#include "certificates/SigningKey.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace ef {

namespace {
constexpr double PixelsPerMm = 5; // about 127 dpi: sharp enough on screen, quick to draw
}

TemplatePreviewDialog::TemplatePreviewDialog(QWidget *parent)
    : QDialog(parent)
    , m_designLabel(new QLabel(this))
    , m_designs(new QComboBox(this))
    , m_languageLabel(new QLabel(this))
    , m_languages(new QComboBox(this))
    , m_view(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("TemplatePreviewDialog"));
    // A throwaway key: the sample's QR code reads, and verifies as nobody's.
    m_seal
        = CertificateSeal::sealWithinBudget(CertificatePayload::sample(), SigningKey::generate());
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_designLabel->setBuddy(m_designs);
    row->addWidget(m_designLabel);
    row->addWidget(m_designs, 1);
    m_languageLabel->setBuddy(m_languages);
    row->addWidget(m_languageLabel);
    row->addWidget(m_languages);
    layout->addLayout(row);
    m_view->setAlignment(Qt::AlignCenter);
    m_view->setMinimumSize(420, 300);
    m_view->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    layout->addWidget(m_view, 1);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    for (const QString &id : CertificateTemplate::availableIds())
        m_designs->addItem(id, id);
    for (const char *set : {"kk,ru,en", "kk", "ru", "en", "kk,en", "ru,en", "kk,ru"})
        m_languages->addItem(QString::fromLatin1(set), QString::fromLatin1(set));
    connect(m_designs, &QComboBox::currentIndexChanged, this, &TemplatePreviewDialog::render);
    connect(m_languages, &QComboBox::currentIndexChanged, this, &TemplatePreviewDialog::render);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    resize(1000, 780);
}

QString TemplatePreviewDialog::error() const
{
    return m_error->text();
}

void TemplatePreviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TemplatePreviewDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    showPage();
}

void TemplatePreviewDialog::retranslateUi()
{
    setWindowTitle(tr("Certificate designs"));
    m_designLabel->setText(tr("&Design:"));
    m_languageLabel->setText(tr("&Languages:"));
    const QString ui = Language::current();
    for (int i = 0; i < m_designs->count(); ++i) {
        const auto t = CertificateTemplate::find(m_designs->itemData(i).toString());
        m_designs->setItemText(i, t ? t->displayName(ui) : m_designs->itemData(i).toString());
    }
    const QHash<QString, QString> names {{QStringLiteral("kk"), tr("Kazakh")},
        {QStringLiteral("ru"), tr("Russian")}, {QStringLiteral("en"), tr("English")}};
    for (int i = 0; i < m_languages->count(); ++i) {
        QStringList shown;
        for (const QString &l : m_languages->itemData(i).toString().split(u','))
            shown << names.value(l);
        m_languages->setItemText(i, shown.join(QStringLiteral(" + ")));
    }
    m_view->setAccessibleName(tr("The sample certificate"));
    render();
}

void TemplatePreviewDialog::render()
{
    m_error->clear();
    m_page = QImage();
    const auto design = CertificateTemplate::find(m_designs->currentData().toString());
    if (!design) {
        m_error->setText(design.error().text());
        m_view->clear();
        return;
    }
    CertificateData data = CertificateData::sample();
    data.languages = m_languages->currentData().toString().split(u',');
    data.seal = m_seal;
    const QSizeF mm = design->pageSizeMm();
    m_page = QImage((mm * PixelsPerMm).toSize(), QImage::Format_RGB32);
    m_page.fill(Qt::white);
    QPainter p(&m_page);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    CertificateRenderer().render(p, *design, data, QRectF(QPointF(0, 0), m_page.size()));
    p.end();
    showPage();
}

void TemplatePreviewDialog::showPage()
{
    if (m_page.isNull())
        return;
    m_view->setPixmap(QPixmap::fromImage(
        m_page.scaled(m_view->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

} // namespace ef
