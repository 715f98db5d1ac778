// Writes certificate pages to a PDF with QPdfWriter: A4 in each template's orientation, the
// template's millimetres placed exactly, the fonts embedded, PDF/A-1b unless told otherwise.
// One file may hold one certificate or a whole batch; pages are added one at a time, so a long
// batch can report progress and stop between pages.
#pragma once

#include "CertificateRenderer.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <memory>

class QPainter;
class QPdfWriter;

namespace ef {

class CertificatePdf
{
    Q_DECLARE_TR_FUNCTIONS(ef::CertificatePdf)

public:
    struct Options
    {
        bool pdfA = true;
        int resolution = 600; // dpi of the page's coordinates; the output stays vector
        QString title;
    };

    CertificatePdf();
    ~CertificatePdf();

    Result<void, QString> begin(const QString &path, const Options &options);
    Result<void, QString> add(const CertificateTemplate &design, const CertificateData &data);
    // Closes the file. A file whose writing failed is removed, never left half-written.
    Result<void, QString> finish();
    void abandon(); // stops and removes the file (a cancelled batch)
    int pages() const { return m_pages; }

    // One certificate in one file.
    static Result<void, QString> write(const QString &path, const CertificateTemplate &design,
        const CertificateData &data, const Options &options);

private:
    QString m_path;
    QString m_partPath;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<QPainter> m_painter;
    CertificateRenderer m_renderer;
    int m_pages = 0;
};

} // namespace ef
