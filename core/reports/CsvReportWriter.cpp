#include "CsvReportWriter.h"

#include "ErasmusReport.h"

#include <QDir>
#include <QSaveFile>
#include <memory>
#include <vector>

namespace ef {

QString CsvReportWriter::quoted(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n')
        && !field.contains(u'\r'))
        return field;
    QString f = field;
    f.replace(u'"', QStringLiteral("\"\""));
    return u'"' + f + u'"';
}

QString CsvReportWriter::textCell(const QString &text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        return quoted(u'\'' + text);
    return quoted(text);
}

Result<void, QString> CsvReportWriter::write(
    ErasmusReport &report, Database &db, const QString &folder, const ReportProgress &progress)
{
    QDir dir(folder);
    const bool created = !dir.exists();
    if (created && !QDir().mkpath(folder))
        return unexpected(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
    // A folder made for this export goes again when the export does not finish.
    struct Undo
    {
        QString folder;
        bool keep = false;
        ~Undo()
        {
            if (!folder.isEmpty() && !keep)
                QDir().rmdir(folder);
        }
    } undo {created ? folder : QString()};
    qint64 total = 0;
    for (const ReportTable &t : report.tables())
        total += t.rowCount(db);
    qint64 done = 0;
    // Every file is written in full before any replaces what was there.
    std::vector<std::unique_ptr<QSaveFile>> files;
    for (const ReportTable &t : report.tables()) {
        if (progress && !progress(done, total)) {
            for (auto &f : files)
                f->cancelWriting();
            return unexpected(QString());
        }
        const QString path = dir.filePath(t.key + QStringLiteral(".csv"));
        auto file = std::make_unique<QSaveFile>(path);
        if (!file->open(QIODevice::WriteOnly))
            return unexpected(tr("Cannot write %1: %2.")
                                  .arg(QDir::toNativeSeparators(path), file->errorString()));
        QByteArray buffer = QByteArrayLiteral("\xEF\xBB\xBF");
        QStringList header;
        for (const ReportColumn &c : t.columns)
            header << quoted(c.title);
        buffer += header.join(u',').toUtf8() + "\r\n";
        const bool whole = t.forEachRow(db, [&](const ReportTable::Row &r) {
            QStringList fields;
            for (int c = 0; c < t.columns.size(); ++c) {
                const QVariant v = c < r.size() ? r.at(c) : QVariant();
                if (v.isNull())
                    fields << QString();
                else if (v.typeId() == QMetaType::QDate)
                    fields << v.toDate().toString(Qt::ISODate);
                else if (v.typeId() == QMetaType::Double)
                    fields << QString::number(v.toDouble(), 'g', 15);
                else if (v.typeId() == QMetaType::QString)
                    fields << textCell(v.toString());
                else
                    fields << quoted(v.toString());
            }
            buffer += fields.join(u',').toUtf8() + "\r\n";
            if (buffer.size() > (1 << 20)) {
                file->write(buffer);
                buffer.clear();
            }
            ++done;
            return !(done % 500 == 0 && progress && !progress(done, total));
        });
        if (!whole) {
            for (auto &f : files)
                f->cancelWriting();
            file->cancelWriting();
            return unexpected(QString());
        }
        file->write(buffer);
        files.push_back(std::move(file));
    }
    for (auto &f : files)
        if (!f->commit())
            return unexpected(tr("Cannot write %1: %2.")
                                  .arg(QDir::toNativeSeparators(f->fileName()), f->errorString()));
    undo.keep = true;
    if (progress)
        progress(total, total);
    return {};
}

} // namespace ef
