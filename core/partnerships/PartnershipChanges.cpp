#include "PartnershipChanges.h"

#include "records/EnumLabels.h"
#include "store/Attachments.h"
#include "store/Store.h"
#include "text/DateFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace ef {

namespace {

// The user columns of a partnership as the values they are stored as, so that changes can be
// compared, recorded in an amendment ({"column": [old, new]}) and undone generically.
QJsonValue json(const QString &v)
{
    return v.isEmpty() ? QJsonValue() : QJsonValue(v);
}
QJsonValue json(const QDate &v)
{
    return v.isValid() ? QJsonValue(v.toString(Qt::ISODate)) : QJsonValue();
}
QJsonValue json(const Uuid &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
}
QJsonValue json(int v)
{
    return v;
}
template <class E>
requires std::is_enum_v<E> QJsonValue json(E v)
{
    return QString(enumText(v));
}

void assign(QString &m, const QJsonValue &v)
{
    m = v.toString();
}
void assign(QDate &m, const QJsonValue &v)
{
    m = QDate::fromString(v.toString(), Qt::ISODate);
}
void assign(Uuid &m, const QJsonValue &v)
{
    m = Uuid::fromString(v.toString()).value_or(Uuid());
}
void assign(int &m, const QJsonValue &v)
{
    m = v.toInt();
}
template <class E>
requires std::is_enum_v<E>
void assign(E &m, const QJsonValue &v)
{
    m = enumFromText<E>(v.toString()).value_or(m);
}

struct Field
{
    QString column;
    QJsonValue (*get)(const Partnership &);
    void (*set)(Partnership &, const QJsonValue &);
};

template <auto Member> Field field(const char *column)
{
    return {QString::fromLatin1(column), [](const Partnership &p) { return json(p.*Member); },
        [](Partnership &p, const QJsonValue &v) { assign(p.*Member, v); }};
}

const QList<Field> &fields()
{
    using P = Partnership;
    static const QList<Field> list {
        field<&P::kind>("kind"),
        field<&P::status>("status"),
        field<&P::title>("title"),
        field<&P::universityId>("university_id"),
        field<&P::partnerId>("partner_id"),
        field<&P::projectId>("project_id"),
        field<&P::signedOn>("signed_on"),
        field<&P::startsOn>("starts_on"),
        field<&P::endsOn>("ends_on"),
        field<&P::internshipsOffered>("internships_offered"),
        field<&P::studentsPlaced>("students_placed"),
        field<&P::notes>("notes"),
    };
    return list;
}

const Field *fieldOf(QStringView column)
{
    for (const Field &f : fields())
        if (f.column == column)
            return &f;
    return nullptr;
}

// What the lifecycle and the signature forbid in going from the stored record to `next`.
Problems lifecycleProblems(const Partnership &stored, const Partnership &next)
{
    Problems p;
    if (!Partnership::canMove(stored.status, next.status)) {
        p.append({QStringLiteral("status"),
            PartnershipChanges::tr("An agreement cannot go from “%1” to “%2”.")
                .arg(EnumLabels::of(stored.status), EnumLabels::of(next.status))});
    }
    return p;
}

Result<Partnership, StoreError> stored(Store &store, const Uuid &id)
{
    auto p = store.get<Partnership>(id);
    if (!p)
        return unexpected(StoreError::notFound(Partnership::description().mapping().table()));
    return *p;
}

} // namespace

QStringList PartnershipChanges::changedColumns(const Partnership &a, const Partnership &b)
{
    QStringList out;
    for (const Field &f : fields())
        if (f.get(a) != f.get(b))
            out << f.column;
    return out;
}

QStringList PartnershipChanges::changedTerms(const Partnership &a, const Partnership &b)
{
    QStringList out = changedColumns(a, b);
    out.removeIf([](const QString &c) { return !isTerm(c); });
    return out;
}

Result<void, StoreError> PartnershipChanges::save(
    Store &store, const Partnership &before, const Partnership &after)
{
    Q_ASSERT(before.id == after.id);
    return store.transact([&]() -> Result<void, StoreError> {
        auto current = stored(store, after.id);
        if (!current)
            return unexpected(current.error());
        Partnership next = *current;
        for (const QString &column : changedColumns(before, after)) {
            const Field *f = fieldOf(column);
            f->set(next, f->get(after));
        }
        Problems problems = lifecycleProblems(*current, next);
        if (current->isSigned()) {
            for (const QString &column : changedTerms(*current, next)) {
                problems.append(
                    {column, tr("This agreement is signed: record the change as an amendment.")});
            }
        }
        if (!problems.isEmpty())
            return unexpected(StoreError::invalid(problems));
        if (changedColumns(*current, next).isEmpty())
            return {};
        return store.update(next);
    });
}

Result<PartnershipAmendment, StoreError> PartnershipChanges::amend(Store &store,
    const Partnership &after, const QDate &amendedOn, const QString &summary,
    const std::optional<Document> &document)
{
    PartnershipAmendment amendment;
    auto r = store.transact([&]() -> Result<void, StoreError> {
        auto current = stored(store, after.id);
        if (!current)
            return unexpected(current.error());

        amendment.ownerId = current->ownerId;
        amendment.partnershipId = current->id;
        amendment.amendedOn = amendedOn;
        amendment.summary = summary.trimmed();
        QJsonObject changes;
        for (const QString &column : changedTerms(*current, after)) {
            const Field *f = fieldOf(column);
            changes.insert(column, QJsonArray {f->get(*current), f->get(after)});
        }
        amendment.changes
            = QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact));
        {
            Statement s = store.db().prepare(
                QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM partnership_amendment "
                               "WHERE partnership_id = ? AND deleted = 0"));
            s.bind(1, current->id);
            if (!s.next())
                return unexpected(StoreError::fromDb(s.error()));
            amendment.number = s.integer(0);
        }

        Problems problems;
        if (!current->isSigned()) {
            problems.append({QStringLiteral("status"),
                tr("This agreement is not signed yet: edit it directly.")});
        } else if (changes.isEmpty()) {
            problems.append({QStringLiteral("changes"),
                tr("This amendment changes none of the agreement's terms.")});
        }
        if (amendedOn.isValid() && current->signedOn.isValid() && amendedOn < current->signedOn) {
            problems.append({QStringLiteral("amended_on"),
                tr("An amendment cannot be dated before the agreement was signed (%1).")
                    .arg(DateFormat::shortDate(current->signedOn))});
        }
        problems += lifecycleProblems(*current, after);
        for (const Problem &p : amendment.validate())
            if (p.field != u"changes" || !changes.isEmpty())
                problems.append(p);
        problems += after.validate();
        if (!problems.isEmpty())
            return unexpected(StoreError::invalid(problems));

        if (document) {
            auto attached
                = Attachments::add(store, current->id, document->fileName, document->bytes);
            if (!attached)
                return unexpected(attached.error());
            amendment.attachmentId = attached->id;
        }
        if (auto w = store.insert(amendment); !w)
            return w;
        return store.update(after);
    });
    if (!r)
        return unexpected(r.error());
    return amendment;
}

QList<PartnershipAmendment> PartnershipChanges::amendments(Store &store, const Uuid &partnershipId)
{
    const Mapping<PartnershipAmendment> &m = PartnershipAmendment::description().mapping();
    Statement s = store.db().prepare(m.selectSql()
        + QStringLiteral(
            " WHERE partnership_id = ? AND deleted = 0 ORDER BY number, amended_on, id"));
    s.bind(1, partnershipId);
    QList<PartnershipAmendment> out;
    while (s.next())
        out.append(m.read(s));
    return out;
}

Result<QList<PartnershipChanges::Version>, StoreError> PartnershipChanges::history(
    Store &store, const Uuid &partnershipId)
{
    auto current = stored(store, partnershipId);
    if (!current)
        return unexpected(current.error());
    const QList<PartnershipAmendment> list = amendments(store, partnershipId);

    // Newest first: each amendment's terms are the current ones with the later amendments
    // undone; undoing it too gives the terms before it.
    QList<Version> versions(list.size() + 1);
    Partnership terms = *current;
    for (qsizetype i = list.size(); i > 0; --i) {
        const PartnershipAmendment &a = list.at(i - 1);
        Version &v = versions[i];
        v.number = a.number;
        v.date = a.amendedOn;
        v.summary = a.summary;
        v.amendmentId = a.id;
        v.attachmentId = a.attachmentId;
        v.terms = terms;
        const QJsonObject changes = QJsonDocument::fromJson(a.changes.toUtf8()).object();
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            v.changed << it.key();
            // A column this version does not know (written by a newer one) is shown, not undone.
            if (const Field *f = fieldOf(it.key()); f && it.value().toArray().size() == 2)
                f->set(terms, it.value().toArray().at(0));
        }
    }
    versions[0].terms = terms;
    versions[0].date = terms.signedOn;
    return versions;
}

const QString &PartnershipChanges::renewalsDueSql()
{
    // Walks partnership_ends over the window, already in (ends_on, rowid) order: no sort.
    static const QString sql = Partnership::description().mapping().selectSql()
        + QStringLiteral(" WHERE ends_on BETWEEN ?1 AND ?2 AND deleted = 0 "
                         "AND status IN (?3, ?4) ORDER BY ends_on, rowid");
    return sql;
}

Result<QList<Partnership>, StoreError> PartnershipChanges::renewalsDue(
    Store &store, const QDate &today, int days)
{
    Q_ASSERT(today.isValid() && days >= 0);
    const Mapping<Partnership> &m = Partnership::description().mapping();
    Statement s = store.db().prepare(renewalsDueSql());
    s.bindAll(today, today.addDays(days), enumText(PartnershipStatus::Signed),
        enumText(PartnershipStatus::Active));
    QList<Partnership> out;
    while (s.next())
        out.append(m.read(s));
    if (s.failed())
        return unexpected(StoreError::fromDb(s.error()));
    return out;
}

} // namespace ef
