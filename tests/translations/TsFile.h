// A Qt Linguist .ts file as the translation tests read it: every message with its context,
// source, translation(s) and state.
#pragma once

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace ef::test {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "unfinished", "obsolete", "vanished" …; empty when finished
    QStringList translations; // one, or one per plural form
};

struct TsFile
{
    QString language; // the TS element's language attribute
    QList<TsMessage> messages;
    QString error; // empty when the file was read

    static TsFile read(const QString &path)
    {
        TsFile ts;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            ts.error = QStringLiteral("cannot open %1").arg(path);
            return ts;
        }
        QXmlStreamReader xml(&f);
        QString context;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"TS") {
                ts.language = xml.attributes().value(QStringLiteral("language")).toString();
            } else if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (xml.name() == u"message") {
                TsMessage m;
                m.context = context;
                m.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
                ts.messages.append(m);
            } else if (xml.name() == u"source" && !ts.messages.isEmpty()) {
                ts.messages.last().source = xml.readElementText();
            } else if (xml.name() == u"comment" && !ts.messages.isEmpty()) {
                ts.messages.last().comment = xml.readElementText();
            } else if (xml.name() == u"translation" && !ts.messages.isEmpty()) {
                TsMessage &m = ts.messages.last();
                m.type = xml.attributes().value(QStringLiteral("type")).toString();
                if (!m.numerus)
                    m.translations << xml.readElementText();
            } else if (xml.name() == u"numerusform" && !ts.messages.isEmpty()) {
                ts.messages.last().translations << xml.readElementText();
            }
        }
        if (xml.hasError())
            ts.error = QStringLiteral("%1: %2").arg(path, xml.errorString());
        return ts;
    }
};

} // namespace ef::test
