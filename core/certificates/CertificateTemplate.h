// A certificate layout read from a template file (resources/certificates/*.json, format in
// docs/certificates.md): the page (A4, portrait or landscape) and its elements placed in
// millimetres — frames, lines, logos, texts with named placeholders, the QR code, a block laid out
// once per language of the certificate, and the signatures. Loading checks every field and says
// which file and field is wrong; a template that does not load issues nothing.
#pragma once

#include "CertificateData.h"
#include "util/Result.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QRectF>

namespace ef {

struct CertificateTemplate
{
    Q_DECLARE_TR_FUNCTIONS(ef::CertificateTemplate)

public:
    struct Error
    {
        QString file;
        QString field; // the JSON path: elements[3].text
        QString message; // in the UI language
        // "<file>, <field>: <message>" in the UI language.
        QString text() const;
    };

    struct Element
    {
        enum class Type { Rect, Line, Text, Image, Qr, Languages, Signatures };
        Type type = Type::Text;
        QRectF box; // mm; a line runs from topLeft to bottomRight
        QColor stroke;
        QColor fill;
        QColor color = Qt::black;
        double strokeWidth = 0.3; // mm
        double radius = 0; // mm
        QString text; // with {placeholders}
        QString font = QStringLiteral("serif"); // serif or sans
        double size = 12; // pt
        double minSize = 6; // pt: a text too long for its box shrinks down to this
        bool bold = false;
        bool italic = false;
        bool uppercase = false;
        Qt::Alignment align = Qt::AlignHCenter | Qt::AlignTop;
        QString separator = QStringLiteral(" / "); // between languages outside a block
        QString src; // an image: a logo's file name
        bool vertical = false; // a languages block: cells stacked instead of side by side
        double gap = 4; // mm between the cells of a block
        bool dividers = false; // a thin line between the cells
        QList<Element> children; // a block's elements, placed relative to each cell
        QString path; // where in the file, for errors when it is drawn
    };

    QString id; // the file's base name
    QString file;
    CertificateData::Texts name; // shown in the template picker
    bool landscape = true;
    QList<Element> elements;

    QSizeF pageSizeMm() const { return landscape ? QSizeF(297, 210) : QSizeF(210, 297); }
    QString displayName(const QString &language) const;

    static Result<CertificateTemplate, Error> load(const QString &path);
    static Result<CertificateTemplate, Error> parse(const QByteArray &json, const QString &file);

    // The designs shipped in the app's resources, in file name order.
    static QStringList builtInIds();
    static Result<CertificateTemplate, Error> builtIn(const QString &id);
    // An office's own designs: *.json files in this folder (the app's data folder's
    // "certificates", with their logos in "certificates/logos"), before the built-in ones.
    static QString userFolder();
    static void setUserFolder(const QString &folder); // for tests
    static QStringList availableIds();
    // The office's design of that id, else the built-in one.
    static Result<CertificateTemplate, Error> find(const QString &id);
    static QString defaultId() { return QStringLiteral("classic-landscape"); }

    // The placeholder names a template may use.
    static const QStringList &placeholders();
    static QString format() { return QStringLiteral("edufusion-certificate-template"); }
};

} // namespace ef
