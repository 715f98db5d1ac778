// Picks the conditions of an indicator's measure without typing them: a row per condition, each
// a dimension the measure can be counted by and one of that dimension's values (genders,
// institutions of the store, Kazakhstan's regions, countries, semesters …).
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ef {

class Store;
struct MeasureDefinition;

class ConditionsDialog : public QDialog
{
    Q_OBJECT

public:
    ConditionsDialog(Store &store, const MeasureDefinition &measure, const QString &conditions,
        QWidget *parent = nullptr);

    // The chosen conditions as an indicator keeps them ("gender=female; area=steam").
    QString conditions() const;
    int rowCount() const { return int(m_rows.size()); }
    QComboBox *dimensionChoice(int row) const { return m_rows.at(row).dimension; }
    QComboBox *valueChoice(int row) const { return m_rows.at(row).value; }
    QPushButton *addButton() const { return m_add; }
    void addRow(const QString &dimension = {}, const QString &value = {});

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QWidget *box;
        QComboBox *dimension;
        QComboBox *value;
    };
    void fillValues(QComboBox *dimension, QComboBox *value, const QString &chosen);
    void retranslateUi();

    Store &m_store;
    const MeasureDefinition &m_measure;
    QLabel *m_intro;
    QVBoxLayout *m_list;
    QPushButton *m_add;
    QList<Row> m_rows;
};

} // namespace ef
