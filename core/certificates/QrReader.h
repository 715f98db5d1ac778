// Finds and reads QR codes with ZXing-C++: in a picture (a scan or a phone photo), or on the
// pages of a PDF rendered with Qt PDF. Returns the texts found, the certificate's first.
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QStringList>

namespace ef {

class QrReader
{
    Q_DECLARE_TR_FUNCTIONS(ef::QrReader)

public:
    // Every QR code's text in the picture (empty when there is none).
    static QStringList read(const QImage &image);
    // A picture file or a PDF; an error says what is wrong with the file (unreadable, not a
    // picture, no QR code in it), in the UI language.
    static Result<QStringList, QString> readFile(const QString &path);
    // Each page of a PDF as a picture at `dpi`.
    static Result<QList<QImage>, QString> renderPdf(const QString &path, int dpi);
};

} // namespace ef
