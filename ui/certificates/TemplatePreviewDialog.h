// Shows each certificate design filled with the sample certificate, in the languages chosen,
// as it will be printed (the QR code signed with a throwaway key, so the page says specimen).
// A design that does not load shows its error naming the file and the field.
#pragma once

#include <QDialog>
#include <QImage>

class QComboBox;
class QLabel;

namespace ef {

class TemplatePreviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TemplatePreviewDialog(QWidget *parent = nullptr);

    QComboBox *designBox() const { return m_designs; }
    QComboBox *languageBox() const { return m_languages; }
    QImage page() const { return m_page; }
    QString error() const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void render();
    void showPage();

    QLabel *m_designLabel;
    QComboBox *m_designs;
    QLabel *m_languageLabel;
    QComboBox *m_languages;
    QLabel *m_view;
    QLabel *m_error;
    QImage m_page;
    QString m_seal;
};

} // namespace ef
