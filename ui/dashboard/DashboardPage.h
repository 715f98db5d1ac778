// The live dashboard: each indicator of the chosen project against its target, counts per
// semester, a measure broken down by gender, institution, region and country, and partnerships
// by lifecycle status, for the chosen project, institution, region and period. Computed off the
// UI thread (DashboardService) and again after every change to the store.
#pragma once

#include "reports/DashboardFigures.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QTimer;

namespace ef {

class ChartCard;
class DashboardService;
class Store;

class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(Store &store, QWidget *parent = nullptr);
    ~DashboardPage() override;

    // Asks for the figures again (after the filters or the store changed).
    void refresh();
    DashboardQuery query() const;
    const std::optional<DashboardFigures> &figures() const { return m_figures; }
    QList<ChartCard *> cards() const;
    QComboBox *projectFilter() const { return m_project; }
    QComboBox *institutionFilter() const { return m_institution; }
    QComboBox *regionFilter() const { return m_region; }
    QComboBox *measureFilter() const { return m_measure; }
    QDateEdit *fromFilter() const { return m_from; }
    QDateEdit *toFilter() const { return m_to; }

Q_SIGNALS:
    // The charts show new figures.
    void updated();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillFilters();
    void show(const DashboardFigures &f);

    Store &m_store;
    DashboardService *m_service = nullptr;
    QTimer *m_debounce;
    QComboBox *m_project;
    QComboBox *m_institution;
    QComboBox *m_region;
    QComboBox *m_measure;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_status;
    QLabel *m_labels[6] {};
    ChartCard *m_progress;
    ChartCard *m_trends;
    ChartCard *m_gender;
    ChartCard *m_institutions;
    ChartCard *m_regions;
    ChartCard *m_countries;
    ChartCard *m_partnerships;
    std::optional<DashboardFigures> m_figures;
    bool m_filling = false;
};

} // namespace ef
