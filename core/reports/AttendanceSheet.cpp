#include "AttendanceSheet.h"

#include "PdfTable.h"
#include "certificates/CertificateRenderer.h"
#include "records/Enums.h"
#include "store/Database.h"
#include "text/Transliteration.h"

#include <QDir>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTranslator>
#include <memory>

namespace ef {

namespace {

QTranslator *translatorFor(const QString &language)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> loaded;
    QMutexLocker lock(&mutex);
    auto it = loaded.find(language);
    if (it == loaded.end()) {
        auto t = std::make_shared<QTranslator>();
        if (!t->load(QStringLiteral(":/i18n/edufusion_%1.qm").arg(language)))
            t.reset();
        it = loaded.insert(language, t);
    }
    return it->get();
}

QString pickName(const QString &language, const QString &en, const QString &ru, const QString &kk)
{
    const QString *order[3] = {&en, &ru, &kk};
    if (language == u"kk")
        order[0] = &kk, order[1] = &ru, order[2] = &en;
    else if (language == u"ru")
        order[0] = &ru, order[1] = &kk, order[2] = &en;
    for (const QString *n : order)
        if (!n->isEmpty())
            return *n;
    return {};
}

} // namespace

QString AttendanceSheet::text(const char *source, const QString &language)
{
    if (QTranslator *t = translatorFor(language)) {
        const QString s = t->translate("ef::AttendanceSheet", source);
        if (!s.isEmpty())
            return s;
    }
    return QString::fromUtf8(source);
}

Result<void, QString> AttendanceSheet::write(Database &db, const Uuid &event, Kind kind,
    const QString &language, Script names, const QString &path)
{
    auto t = [&](const char *source) { return text(source, language); };
    Statement e = db.prepare(QStringLiteral(
        "SELECT ev.title, ev.starts_on, ev.ends_on, ev.place, ev.city, ev.hours, h.name_en, "
        "h.name_ru, h.name_kk, tp.title_en, tp.title_ru, tp.title_kk FROM training_event ev "
        "LEFT JOIN institution h ON h.id = ev.host_id LEFT JOIN training_programme tp ON tp.id "
        "= ev.programme_id WHERE ev.id = ? AND ev.deleted = 0"));
    e.bind(1, event);
    if (!e.next())
        return unexpected(t(QT_TRANSLATE_NOOP("ef::AttendanceSheet", "There is no such event.")));
    const QString title = e.text(0);
    const QDate from = e.date(1), to = e.date(2);
    const QString host = pickName(language, e.text(6), e.text(7), e.text(8));
    const QString place = QStringList({e.text(3), e.text(4), host})
                              .filter(QRegularExpression(QStringLiteral("\\S")))
                              .join(QStringLiteral(", "));
    const QString programme = pickName(language, e.text(9), e.text(10), e.text(11));
    const double hours = e.real(5);

    struct Person
    {
        QString name, institution, result, certificate;
        double hours = 0;
    };
    QList<Person> people;
    Statement s = db.prepare(QStringLiteral(
        "SELECT p.family_name, p.given_name, p.patronymic, p.family_name_latin, "
        "p.given_name_latin, i.short_name, i.name_en, i.name_ru, i.name_kk, x.attended_hours, "
        "x.result, (SELECT c.number FROM certificate c WHERE c.person_id = x.person_id AND "
        "c.event_id = x.event_id AND c.deleted = 0 AND c.status = 'valid' LIMIT 1) "
        "FROM participation x JOIN person p ON p.id = x.person_id LEFT JOIN institution i ON "
        "i.id = p.institution_id WHERE x.event_id = ? AND x.deleted = 0 "
        "ORDER BY p.family_name COLLATE KAZAKH, p.given_name COLLATE KAZAKH, x.id"));
    s.bind(1, event);
    while (s.next()) {
        Person p;
        if (names == Script::Latin) {
            const QString family
                = s.text(3).isEmpty() ? Transliteration::toLatin(s.text(0)) : s.text(3);
            const QString given
                = s.text(4).isEmpty() ? Transliteration::toLatin(s.text(1)) : s.text(4);
            p.name = family + u' ' + given;
        } else {
            p.name = s.text(0) + u' ' + s.text(1);
            if (!s.text(2).isEmpty())
                p.name += u' ' + s.text(2);
        }
        const QString full = pickName(language, s.text(6), s.text(7), s.text(8));
        p.institution = full.isEmpty() ? s.text(5) : full;
        p.hours = s.real(9);
        p.result = s.text(10);
        p.certificate = s.text(11);
        people << p;
    }

    CertificateRenderer::registerFonts();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return unexpected(t(QT_TRANSLATE_NOOP("ef::AttendanceSheet", "Cannot write %1: %2."))
                              .arg(QDir::toNativeSeparators(path), out.errorString()));
    const QLocale locale(language == u"kk" ? QLocale::Kazakh
            : language == u"ru"            ? QLocale::Russian
                                           : QLocale::English);
    {
        QPdfWriter pdf(&out);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(
            kind == Kind::Attendance ? QPageLayout::Landscape : QPageLayout::Portrait);
        pdf.setPageMargins(QMarginsF(14, 14, 14, 14), QPageLayout::Millimeter);
        pdf.setResolution(144);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("EduFusion Desk"));
        QPainter p(&pdf);
        QFont font(QStringLiteral("Noto Sans"));
        font.setPointSizeF(9);
        const QRectF page(0, 0, pdf.width(), pdf.height());
        int pageNumber = 1;
        auto heading = [&]() -> QRectF {
            QFont big = font;
            big.setPointSizeF(13);
            big.setBold(true);
            p.setFont(big);
            const QFontMetricsF bm(big, &pdf);
            const QString what = kind == Kind::Attendance
                ? t(QT_TRANSLATE_NOOP("ef::AttendanceSheet", "Attendance sheet"))
                : t(QT_TRANSLATE_NOOP("ef::AttendanceSheet", "List of participants"));
            double y = page.top();
            p.drawText(QRectF(page.left(), y, page.width(), bm.height()), what);
            y += bm.height() * 1.2;
            QFont mid = font;
            mid.setPointSizeF(11);
            mid.setBold(true);
            p.setFont(mid);
            const QFontMetricsF mm(mid, &pdf);
            const QRectF tr
                = mm.boundingRect(QRectF(0, 0, page.width(), 1e6), Qt::TextWordWrap, title);
            p.drawText(QRectF(page.left(), y, page.width(), tr.height()), Qt::TextWordWrap, title);
            y += tr.height() + mm.height() * 0.3;
            p.setFont(font);
            const QFontMetricsF fm(font, &pdf);
            const QString dates = from == to
                ? locale.toString(from, QLocale::LongFormat)
                : QStringLiteral("%1 – %2").arg(locale.toString(from, QLocale::LongFormat),
                    locale.toString(to, QLocale::LongFormat));
            QStringList lines {
                t(QT_TRANSLATE_NOOP("ef::AttendanceSheet", "Dates: %1")).arg(dates),
                t(QT_TRANSLATE_NOOP("ef::AttendanceSheet", "Place: %1")).arg(place),
            };
            if (!programme.isEmpty())
                lines
                    << t(QT_TRANSLATE_NOOP("ef::AttendanceSheet", "Programme: %1")).arg(programme);
            if (hours > 0)
                lines << t(QT_TRANSLATE_NOOP("ef::AttendanceSheet", "Hours: %1"))
                             .arg(locale.toString(hours));
            for (const QString &l : lines) {
                p.drawText(QRectF(page.left(), y, page.width(), fm.height()), l);
                y += fm.height() * 1.15;
            }
            // The page number, bottom right.
            p.save();
            p.setPen(Qt::darkGray);
            p.drawText(QRectF(page.left(), page.bottom() - fm.height(), page.width(), fm.height()),
                Qt::AlignRight,
                t(QT_TRANSLATE_NOOP("ef::AttendanceSheet", "Page %1")).arg(pageNumber));
            p.restore();
            return QRectF(page.left(), y + fm.height() * 0.6, page.width(),
                page.bottom() - fm.height() * 1.6 - y - fm.height() * 0.6);
        };
        QRectF area = heading();
        PdfTable table(p, area, [&] {
            pdf.newPage();
            ++pageNumber;
            return heading();
        });
        QStringList titles {QStringLiteral("№"),
            t(QT_TRANSLATE_NOOP("ef::AttendanceSheet", "Name")),
            t(QT_TRANSLATE_NOOP("ef::AttendanceSheet", "Institution"))};
        QList<double> shares {3, 26, 26};
        QList<bool> right {true, false, false};
        if (kind == Kind::Attendance) {
            const int days = int(from.daysTo(to)) + 1;
            if (days <= MaxDayColumns) {
                for (QDate d = from; d <= to; d = d.addDays(1)) {
                    titles << locale.toString(d, QStringLiteral("d MMM"));
                    shares << 7;
                    right << false;
                }
            } else {
                titles << t(QT_TRANSLATE_NOOP("ef::AttendanceSheet", "Days present"));
                shares << 12;
                right << false;
            }
            titles << t(QT_TRANSLATE_NOOP("ef::AttendanceSheet", "Signature"));
            shares << 16;
            right << false;
            table.setRowHeight(2.6);
        } else {
            titles << t(QT_TRANSLATE_NOOP("ef::AttendanceSheet", "Hours attended"))
                   << t(QT_TRANSLATE_NOOP("ef::AttendanceSheet", "Result"))
                   << t(QT_TRANSLATE_NOOP("ef::AttendanceSheet", "Certificate"));
            shares << 7 << 8 << 22; // a certificate number such as EF-EKTU-2026-000001
            right << true << false << false;
            table.setRowHeight(2.4);
        }
        p.setFont(font);
        table.setColumns(titles, shares, right);
        int n = 0;
        for (const Person &person : people) {
            QStringList cells {QString::number(++n), person.name, person.institution};
            if (kind == Kind::Attendance) {
                for (int c = 3; c < titles.size(); ++c)
                    cells << QString();
            } else {
                // The result's label in the sheet's language, not the UI's.
                QString result = person.result;
                for (const auto &item : EnumNames<ParticipationResult>::items)
                    if (QLatin1StringView(item.word.data(), qsizetype(item.word.size()))
                        == person.result) {
                        result = QString::fromUtf8(item.label.source);
                        if (QTranslator *tr = translatorFor(language))
                            if (const QString l = tr->translate(
                                    "EnumLabels", item.label.source, item.label.comment);
                                !l.isEmpty())
                                result = l;
                    }
                cells << locale.toString(person.hours) << result << person.certificate;
            }
            table.addRow(cells);
        }
        if (people.isEmpty())
            table.addText(
                t(QT_TRANSLATE_NOOP("ef::AttendanceSheet", "No participants are recorded yet.")));
        if (kind == Kind::Attendance)
            table.addText(t(QT_TRANSLATE_NOOP("ef::AttendanceSheet",
                "I confirm that the people who signed above attended on the days marked.\n\n"
                "Organiser's name and signature: ______________________________    "
                "Date: ______________")));
        p.end();
    }
    if (!out.commit())
        return unexpected(t(QT_TRANSLATE_NOOP("ef::AttendanceSheet", "Cannot write %1: %2."))
                              .arg(QDir::toNativeSeparators(path), out.errorString()));
    return {};
}

} // namespace ef
