#include "ChartCard.h"

#include "Dialogs.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStyle>
#include <QSvgGenerator>
#include <QToolButton>
#include <QVBoxLayout>

namespace ef {

ChartCard::ChartCard(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_view(new QChartView(this))
    , m_save(new QToolButton(this))
    , m_copy(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    auto *top = new QHBoxLayout;
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    top->addWidget(m_title, 1);
    m_save->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_copy->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_save->setAutoRaise(true);
    m_copy->setAutoRaise(true);
    top->addWidget(m_save);
    top->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    m_view->chart()->setAnimationOptions(QChart::NoAnimation);
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_view->chart()->setMargins(QMargins(2, 2, 2, 2));
    connect(m_save, &QToolButton::clicked, this, &ChartCard::askAndSave);
    connect(m_copy, &QToolButton::clicked, this, &ChartCard::copyToClipboard);
    retranslateUi();
}

QChart *ChartCard::chart() const
{
    return m_view->chart();
}

void ChartCard::setTitle(const QString &title)
{
    m_title->setText(title);
}

QString ChartCard::title() const
{
    return m_title->text();
}

void ChartCard::retranslateUi()
{
    m_save->setToolTip(tr("Save this chart as a PNG or SVG file"));
    m_copy->setToolTip(tr("Copy this chart to the clipboard"));
}

void ChartCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

bool ChartCard::saveTo(const QString &path) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"svg") {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(m_view->size());
        svg.setViewBox(QRect(QPoint(0, 0), m_view->size()));
        svg.setTitle(title());
        {
            QPainter p(&svg);
            m_view->render(&p);
        }
        return file.commit();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    if (!m_view->grab().save(&file, "PNG"))
        return false;
    return file.commit();
}

void ChartCard::copyToClipboard() const
{
    QApplication::clipboard()->setPixmap(m_view->grab());
}

void ChartCard::askAndSave()
{
    QString name = title();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral(" "));
    const QString path = Dialogs::saveFileName(this, tr("Save the chart"),
        name.simplified() + QStringLiteral(".png"), tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    if (!saveTo(path))
        Dialogs::warn(this, tr("Save the chart"),
            tr("The chart cannot be written to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace ef
