// The figures of the three programmes (partnerships, training and certification, course
// catalogue) against the EduFusion targets; refreshed whenever the store changes.
#pragma once

#include <QWidget>

class QFormLayout;
class QGroupBox;

namespace ef {

class Store;

class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(Store &store, QWidget *parent = nullptr);
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    Store &m_store;
    QGroupBox *m_partnerships;
    QGroupBox *m_training;
    QGroupBox *m_courses;
};

} // namespace ef
