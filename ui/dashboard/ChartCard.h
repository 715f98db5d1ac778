// One chart of the dashboard in a frame with its title and two buttons: save it as a PNG or
// SVG file, and copy it to the clipboard as a picture.
#pragma once

#include <QFrame>

class QChart;
class QChartView;
class QLabel;
class QToolButton;

namespace ef {

class ChartCard : public QFrame
{
    Q_OBJECT

public:
    explicit ChartCard(QWidget *parent = nullptr);

    QChart *chart() const;
    QChartView *view() const { return m_view; }
    void setTitle(const QString &title);
    QString title() const;
    QToolButton *saveButton() const { return m_save; }
    QToolButton *copyButton() const { return m_copy; }

    // Writes the chart as a PNG or an SVG file (by the name's suffix); false when it cannot.
    bool saveTo(const QString &path) const;
    void copyToClipboard() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void askAndSave();
    void retranslateUi();

    QLabel *m_title;
    QChartView *m_view;
    QToolButton *m_save;
    QToolButton *m_copy;
};

} // namespace ef
