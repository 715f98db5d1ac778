#include "CertificateTemplate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

namespace ef {

namespace {

using Element = CertificateTemplate::Element;
using Type = Element::Type;

const QString resourceDir = QStringLiteral(":/ef/certificates");

// Reads one template, stopping at the first problem, which it keeps with the field's path.
class Parser
{
public:
    explicit Parser(QString file)
        : m_file(std::move(file))
    { }

    std::optional<CertificateTemplate::Error> error;

    bool fail(const QString &path, const QString &message)
    {
        if (!error)
            error = CertificateTemplate::Error {m_file, path, message};
        return false;
    }

    bool onlyKeys(const QJsonObject &o, const QString &path, const QStringList &allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!allowed.contains(it.key()))
                return fail(join(path, it.key()),
                    CertificateTemplate::tr("unknown field “%1”").arg(it.key()));
        return true;
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + u'.' + key;
    }

    bool number(const QJsonObject &o, const QString &path, const QString &key, double &out,
        double min, double max, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                return fail(join(path, key), CertificateTemplate::tr("is missing"));
            return true;
        }
        if (!v.isDouble())
            return fail(join(path, key), CertificateTemplate::tr("must be a number"));
        if (v.toDouble() < min || v.toDouble() > max)
            return fail(join(path, key),
                CertificateTemplate::tr("must be between %1 and %2").arg(min).arg(max));
        out = v.toDouble();
        return true;
    }

    bool boolean(const QJsonObject &o, const QString &path, const QString &key, bool &out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return true;
        if (!v.isBool())
            return fail(join(path, key), CertificateTemplate::tr("must be true or false"));
        out = v.toBool();
        return true;
    }

    bool string(const QJsonObject &o, const QString &path, const QString &key, QString &out,
        bool required, const QStringList &choices = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                return fail(join(path, key), CertificateTemplate::tr("is missing"));
            return true;
        }
        if (!v.isString())
            return fail(join(path, key), CertificateTemplate::tr("must be a text"));
        if (!choices.isEmpty() && !choices.contains(v.toString()))
            return fail(join(path, key),
                CertificateTemplate::tr("must be one of: %1")
                    .arg(choices.join(QStringLiteral(", "))));
        out = v.toString();
        return true;
    }

    bool color(const QJsonObject &o, const QString &path, const QString &key, QColor &out)
    {
        QString name;
        if (!string(o, path, key, name, false))
            return false;
        if (name.isEmpty())
            return true;
        static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
        if (!hex.match(name).hasMatch())
            return fail(join(path, key),
                CertificateTemplate::tr("must be a colour written #RRGGBB, not “%1”").arg(name));
        out = QColor(name);
        return true;
    }

    bool text(const QJsonObject &o, const QString &path, QString &out)
    {
        if (!string(o, path, QStringLiteral("text"), out, true))
            return false;
        static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
        static const QRegularExpression name(QStringLiteral("^([a-z_]+)(@[123])?$"));
        for (auto it = placeholder.globalMatch(out); it.hasNext();) {
            const QString inside = it.next().captured(1);
            const QRegularExpressionMatch m = name.match(inside);
            if (!m.hasMatch() || !CertificateTemplate::placeholders().contains(m.captured(1)))
                return fail(join(path, QStringLiteral("text")),
                    CertificateTemplate::tr("unknown field “{%1}”").arg(inside));
        }
        return true;
    }

    bool box(const QJsonObject &o, const QString &path, QRectF &out, const QSizeF &within)
    {
        double x = 0, y = 0, w = 0, h = 0;
        if (!number(o, path, QStringLiteral("x"), x, 0, within.width(), true)
            || !number(o, path, QStringLiteral("y"), y, 0, within.height(), true)
            || !number(o, path, QStringLiteral("w"), w, 0.1, within.width(), true)
            || !number(o, path, QStringLiteral("h"), h, 0.1, within.height(), true))
            return false;
        if (x + w > within.width() + 1e-6 || y + h > within.height() + 1e-6)
            return fail(path,
                CertificateTemplate::tr("reaches beyond its page or block (%1 × %2 mm)")
                    .arg(within.width())
                    .arg(within.height()));
        out = QRectF(x, y, w, h);
        return true;
    }

    bool element(const QJsonObject &o, const QString &path, Element &e, const QSizeF &within,
        bool inBlock, const QString &templateDir)
    {
        e.path = path;
        QString type;
        const QStringList types = inBlock
            ? QStringList {QStringLiteral("rect"), QStringLiteral("line"), QStringLiteral("text")}
            : QStringList {QStringLiteral("rect"), QStringLiteral("line"), QStringLiteral("text"),
                QStringLiteral("image"), QStringLiteral("qr"), QStringLiteral("languages"),
                QStringLiteral("signatures")};
        if (!string(o, path, QStringLiteral("type"), type, true, types))
            return false;
        const QStringList boxKeys {QStringLiteral("type"), QStringLiteral("x"), QStringLiteral("y"),
            QStringLiteral("w"), QStringLiteral("h")};
        const QStringList fontKeys {QStringLiteral("font"), QStringLiteral("size"),
            QStringLiteral("minSize"), QStringLiteral("bold"), QStringLiteral("italic"),
            QStringLiteral("color"), QStringLiteral("align"), QStringLiteral("uppercase")};
        if (type == u"rect") {
            e.type = Type::Rect;
            return onlyKeys(o, path,
                       boxKeys
                           + QStringList {QStringLiteral("stroke"), QStringLiteral("strokeWidth"),
                               QStringLiteral("fill"), QStringLiteral("radius")})
                && box(o, path, e.box, within) && color(o, path, QStringLiteral("stroke"), e.stroke)
                && color(o, path, QStringLiteral("fill"), e.fill)
                && number(o, path, QStringLiteral("strokeWidth"), e.strokeWidth, 0, 10, false)
                && number(o, path, QStringLiteral("radius"), e.radius, 0, 50, false);
        }
        if (type == u"line") {
            e.type = Type::Line;
            double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
            e.stroke = Qt::black;
            return onlyKeys(o, path,
                       {QStringLiteral("type"), QStringLiteral("x1"), QStringLiteral("y1"),
                           QStringLiteral("x2"), QStringLiteral("y2"), QStringLiteral("stroke"),
                           QStringLiteral("strokeWidth")})
                && number(o, path, QStringLiteral("x1"), x1, 0, within.width(), true)
                && number(o, path, QStringLiteral("y1"), y1, 0, within.height(), true)
                && number(o, path, QStringLiteral("x2"), x2, 0, within.width(), true)
                && number(o, path, QStringLiteral("y2"), y2, 0, within.height(), true)
                && color(o, path, QStringLiteral("stroke"), e.stroke)
                && number(o, path, QStringLiteral("strokeWidth"), e.strokeWidth, 0.05, 10, false)
                && ((e.box = QRectF(QPointF(x1, y1), QPointF(x2, y2))), true);
        }
        if (type == u"text") {
            e.type = Type::Text;
            QString align = QStringLiteral("center");
            QString valign = QStringLiteral("top");
            if (!onlyKeys(o, path,
                    boxKeys + fontKeys
                        + QStringList {QStringLiteral("text"), QStringLiteral("valign"),
                            QStringLiteral("separator")})
                || !box(o, path, e.box, within) || !text(o, path, e.text) || !fontOf(o, path, e)
                || !string(o, path, QStringLiteral("valign"), valign, false,
                    {QStringLiteral("top"), QStringLiteral("middle"), QStringLiteral("bottom")})
                || !string(o, path, QStringLiteral("separator"), e.separator, false))
                return false;
            e.align = (e.align & Qt::AlignHorizontal_Mask)
                | (valign == u"top"           ? Qt::AlignTop
                        : valign == u"bottom" ? Qt::AlignBottom
                                              : Qt::AlignVCenter);
            return true;
        }
        if (type == u"image") {
            e.type = Type::Image;
            if (!onlyKeys(o, path, boxKeys + QStringList {QStringLiteral("src")})
                || !box(o, path, e.box, within)
                || !string(o, path, QStringLiteral("src"), e.src, true))
                return false;
            static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_-]+\\.svg$"));
            if (!safe.match(e.src).hasMatch())
                return fail(join(path, QStringLiteral("src")),
                    CertificateTemplate::tr("must name an SVG file in the logos folder, not “%1”")
                        .arg(e.src));
            const QString local = templateDir + QStringLiteral("/logos/") + e.src;
            const QString builtIn = resourceDir + QStringLiteral("/logos/") + e.src;
            if (QFileInfo::exists(local))
                e.src = local;
            else if (QFileInfo::exists(builtIn))
                e.src = builtIn;
            else
                return fail(join(path, QStringLiteral("src")),
                    CertificateTemplate::tr("there is no logo “%1”").arg(e.src));
            return true;
        }
        if (type == u"qr") {
            e.type = Type::Qr;
            double x = 0, y = 0, size = 0;
            if (!onlyKeys(o, path,
                    {QStringLiteral("type"), QStringLiteral("x"), QStringLiteral("y"),
                        QStringLiteral("size")})
                || !number(o, path, QStringLiteral("x"), x, 0, within.width(), true)
                || !number(o, path, QStringLiteral("y"), y, 0, within.height(), true)
                // Below 25 mm a phone no longer reads it reliably.
                || !number(o, path, QStringLiteral("size"), size, 25, 80, true))
                return false;
            if (x + size > within.width() || y + size > within.height())
                return fail(path, CertificateTemplate::tr("reaches beyond its page"));
            e.box = QRectF(x, y, size, size);
            return true;
        }
        if (type == u"signatures") {
            e.type = Type::Signatures;
            return onlyKeys(o, path, boxKeys + fontKeys + QStringList {QStringLiteral("stroke")})
                && box(o, path, e.box, within) && fontOf(o, path, e)
                && color(o, path, QStringLiteral("stroke"), e.stroke);
        }
        e.type = Type::Languages;
        QString direction = QStringLiteral("row");
        if (!onlyKeys(o, path,
                boxKeys
                    + QStringList {QStringLiteral("direction"), QStringLiteral("gap"),
                        QStringLiteral("dividers"), QStringLiteral("stroke"),
                        QStringLiteral("elements")})
            || !box(o, path, e.box, within)
            || !string(o, path, QStringLiteral("direction"), direction, false,
                {QStringLiteral("row"), QStringLiteral("column")})
            || !number(o, path, QStringLiteral("gap"), e.gap, 0, 50, false)
            || !boolean(o, path, QStringLiteral("dividers"), e.dividers)
            || !color(o, path, QStringLiteral("stroke"), e.stroke))
            return false;
        e.vertical = direction == u"column";
        // A child is placed in the cell of one language: the block's size when it has one.
        return elements(o, path, e.children, e.box.size(), true, templateDir);
    }

    bool fontOf(const QJsonObject &o, const QString &path, Element &e)
    {
        QString align = QStringLiteral("center");
        if (!string(o, path, QStringLiteral("font"), e.font, false,
                {QStringLiteral("serif"), QStringLiteral("sans")})
            || !number(o, path, QStringLiteral("size"), e.size, 4, 96, false)
            || !number(o, path, QStringLiteral("minSize"), e.minSize, 3, 96, false)
            || !boolean(o, path, QStringLiteral("bold"), e.bold)
            || !boolean(o, path, QStringLiteral("italic"), e.italic)
            || !boolean(o, path, QStringLiteral("uppercase"), e.uppercase)
            || !color(o, path, QStringLiteral("color"), e.color)
            || !string(o, path, QStringLiteral("align"), align, false,
                {QStringLiteral("left"), QStringLiteral("center"), QStringLiteral("right")}))
            return false;
        e.minSize = std::min(e.minSize, e.size);
        e.align = align == u"left" ? Qt::AlignLeft
            : align == u"right"    ? Qt::AlignRight
                                   : Qt::AlignHCenter;
        return true;
    }

    bool elements(const QJsonObject &o, const QString &path, QList<Element> &out,
        const QSizeF &within, bool inBlock, const QString &templateDir)
    {
        const QString key = join(path, QStringLiteral("elements"));
        if (!o.value(QStringLiteral("elements")).isArray())
            return fail(key, CertificateTemplate::tr("must be a list of elements"));
        const QJsonArray list = o.value(QStringLiteral("elements")).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = QStringLiteral("%1[%2]").arg(key).arg(i);
            if (!list[i].isObject())
                return fail(at, CertificateTemplate::tr("must be an object"));
            Element e;
            if (!element(list[i].toObject(), at, e, within, inBlock, templateDir))
                return false;
            out.append(e);
        }
        return true;
    }

private:
    QString m_file;
};

} // namespace

QString CertificateTemplate::Error::text() const
{
    return field.isEmpty()
        ? tr("%1: %2").arg(QDir::toNativeSeparators(file), message)
        : tr("%1, field %2: %3").arg(QDir::toNativeSeparators(file), field, message);
}

const QStringList &CertificateTemplate::placeholders()
{
    static const QStringList names {QStringLiteral("title"), QStringLiteral("intro"),
        QStringLiteral("holder"), QStringLiteral("holder_native"), QStringLiteral("holder_latin"),
        QStringLiteral("before_programme"), QStringLiteral("programme"),
        QStringLiteral("after_programme"), QStringLiteral("programme_code"),
        QStringLiteral("event"), QStringLiteral("event_dates"), QStringLiteral("place"),
        QStringLiteral("hours"), QStringLiteral("ects"), QStringLiteral("level"),
        QStringLiteral("issuer"), QStringLiteral("issued_on"), QStringLiteral("valid_until"),
        QStringLiteral("number"), QStringLiteral("number_only"), QStringLiteral("replaces"),
        QStringLiteral("verify"), QStringLiteral("project"), QStringLiteral("funding"),
        QStringLiteral("disclaimer")};
    return names;
}

QString CertificateTemplate::displayName(const QString &language) const
{
    const QString n = CertificateData::pick(name, language);
    return n.isEmpty() ? id : n;
}

Result<CertificateTemplate, CertificateTemplate::Error> CertificateTemplate::load(
    const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return unexpected(Error {path, {}, tr("cannot be read: %1").arg(f.errorString())});
    if (f.size() > 1024 * 1024)
        return unexpected(Error {path, {}, tr("is larger than 1 MB")});
    return parse(f.readAll(), path);
}

Result<CertificateTemplate, CertificateTemplate::Error> CertificateTemplate::parse(
    const QByteArray &json, const QString &file)
{
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &jsonError);
    if (jsonError.error != QJsonParseError::NoError)
        return unexpected(Error {file, {},
            tr("is not valid JSON at byte %1: %2")
                .arg(jsonError.offset)
                .arg(jsonError.errorString())});
    if (!doc.isObject())
        return unexpected(Error {file, {}, tr("is not a certificate template")});
    const QJsonObject o = doc.object();
    Parser p(file);
    CertificateTemplate t;
    t.file = file;
    t.id = QFileInfo(file).completeBaseName();
    QString formatName, orientation;
    double version = 0;
    QJsonObject names;
    if (!p.onlyKeys(o, {},
            {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("name"),
                QStringLiteral("page"), QStringLiteral("elements")})
        || !p.string(o, {}, QStringLiteral("format"), formatName, true, {format()})
        || !p.number(o, {}, QStringLiteral("version"), version, 1, 1, true))
        return unexpected(*p.error);
    if (!o.value(QStringLiteral("name")).isObject())
        return unexpected(Error {
            file, QStringLiteral("name"), tr("must give the design's name in kk, ru and en")});
    names = o.value(QStringLiteral("name")).toObject();
    for (const QString &l : {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")}) {
        QString n;
        if (!p.string(names, QStringLiteral("name"), l, n, true))
            return unexpected(*p.error);
        t.name.insert(l, n);
    }
    if (!p.onlyKeys(names, QStringLiteral("name"),
            {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")}))
        return unexpected(*p.error);
    const QJsonObject page = o.value(QStringLiteral("page")).toObject();
    QString size;
    if (!o.value(QStringLiteral("page")).isObject())
        return unexpected(Error {file, QStringLiteral("page"), tr("is missing")});
    if (!p.onlyKeys(
            page, QStringLiteral("page"), {QStringLiteral("size"), QStringLiteral("orientation")})
        || !p.string(page, QStringLiteral("page"), QStringLiteral("size"), size, true,
            {QStringLiteral("A4")})
        || !p.string(page, QStringLiteral("page"), QStringLiteral("orientation"), orientation, true,
            {QStringLiteral("portrait"), QStringLiteral("landscape")}))
        return unexpected(*p.error);
    t.landscape = orientation == u"landscape";
    if (!p.elements(o, {}, t.elements, t.pageSizeMm(), false, QFileInfo(file).absolutePath()))
        return unexpected(*p.error);
    int qr = 0;
    for (const Element &e : std::as_const(t.elements))
        qr += e.type == Element::Type::Qr;
    if (qr != 1)
        return unexpected(Error {file, QStringLiteral("elements"),
            tr("must place exactly one QR code (type “qr”), not %1").arg(qr)});
    return t;
}

QStringList CertificateTemplate::builtInIds()
{
    QStringList ids;
    const QStringList files
        = QDir(resourceDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        if (f != u"texts.json")
            ids << QFileInfo(f).completeBaseName();
    return ids;
}

namespace {

QString &userFolderOverride()
{
    static QString folder;
    return folder;
}

} // namespace

QString CertificateTemplate::userFolder()
{
    if (!userFolderOverride().isEmpty())
        return userFolderOverride();
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/certificates");
}

void CertificateTemplate::setUserFolder(const QString &folder)
{
    userFolderOverride() = folder;
}

QStringList CertificateTemplate::availableIds()
{
    QStringList ids;
    const QStringList files
        = QDir(userFolder()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        ids << QFileInfo(f).completeBaseName();
    for (const QString &id : builtInIds())
        if (!ids.contains(id))
            ids << id;
    return ids;
}

Result<CertificateTemplate, CertificateTemplate::Error> CertificateTemplate::find(const QString &id)
{
    const QString own = userFolder() + u'/' + id + QStringLiteral(".json");
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_-]{1,60}$"));
    if (safe.match(id).hasMatch() && QFileInfo::exists(own))
        return load(own);
    return builtIn(id);
}

Result<CertificateTemplate, CertificateTemplate::Error> CertificateTemplate::builtIn(
    const QString &id)
{
    if (!builtInIds().contains(id))
        return unexpected(Error {id, {}, tr("is not one of the certificate designs")});
    return load(resourceDir + u'/' + id + QStringLiteral(".json"));
}

} // namespace ef
