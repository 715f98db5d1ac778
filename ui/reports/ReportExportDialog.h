// Asks for the Erasmus+ report to export (project, period, names, format), asks where to write
// it, and runs the export Task off the UI thread with its progress and Cancel; a cancelled
// export leaves no file.
#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace ef {

class ReportExportTask;
class Store;
class TaskProgress;

class ReportExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Xlsx, Csv, Pdf };

    explicit ReportExportDialog(Store &store, QWidget *parent = nullptr);
    ~ReportExportDialog() override;

    QComboBox *projectChoice() const { return m_project; }
    QDateEdit *fromChoice() const { return m_from; }
    QDateEdit *toChoice() const { return m_to; }
    QComboBox *namesChoice() const { return m_names; }
    void setFormat(Format format);
    QPushButton *exportButton() const { return m_export; }
    QLabel *outcome() const { return m_outcome; }
    ReportExportTask &task() const { return *m_task; }
    TaskProgress *progress() const { return m_progress; }

    // Asks where to write (Dialogs' seam) and starts the export; false when nothing started.
    bool startExport();

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslateUi();
    void fillProjects();
    void projectChosen();
    Format format() const;

    Store &m_store;
    QComboBox *m_project;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_names;
    QRadioButton *m_xlsx;
    QRadioButton *m_csv;
    QRadioButton *m_pdf;
    QLabel *m_labels[5] {};
    QLabel *m_outcome;
    ReportExportTask *m_task;
    TaskProgress *m_progress;
    QPushButton *m_export;
    QDialogButtonBox *m_buttons;
    QString m_target; // the file or folder being written
};

} // namespace ef
