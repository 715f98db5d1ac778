#include "CertificateRegister.h"

#include "CertificateAction.h"
#include "CertificateKeys.h"
#include "CertificateNumber.h"
#include "CertificateSeal.h"
#include "CertificateSignatory.h"
#include "CertificateTexts.h"
#include "OpenBadge.h"
#include "PublishedRevocationList.h"
#include "RevocationList.h"
#include "institutions/Institution.h"
#include "people/Person.h"
#include "projects/Project.h"
#include "records/EnumLabels.h"
#include "records/RecordType.h"
#include "store/Store.h"
#include "sync/SyncAccount.h"
#include "sync/SyncEngine.h"
#include "text/DataLanguage.h"
#include "training/TrainingEvent.h"
#include "training/TrainingProgramme.h"

#include <QLocale>
#include <QRegularExpression>

namespace ef {

namespace {

QString message(const StoreError &e)
{
    if (!e.problems.isEmpty())
        return e.problems.first().message;
    return e.message;
}

QStringList nameParts(const QString &family, const QString &given, const QString &patronymic)
{
    QStringList parts {family, given};
    if (!patronymic.isEmpty())
        parts << patronymic;
    return parts;
}

// The badge's language: English when the certificate has it, wallets being read abroad.
QString badgeLanguage(const QStringList &languages)
{
    return languages.contains(QStringLiteral("en")) ? QStringLiteral("en") : languages.value(0);
}

} // namespace

CertificateRegister::CertificateRegister(Store &store)
    : m_store(store)
{ }

QString CertificateRegister::officeCode(const Institution &i)
{
    QString code;
    for (const QChar c : i.shortName.toUpper())
        if ((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
            code += c;
    return code.left(10);
}

QString CertificateRegister::officeOf(const Uuid &institution)
{
    const std::optional<Institution> i = m_store.get<Institution>(institution);
    return i ? officeCode(*i) : QString();
}

QString CertificateRegister::currentUser()
{
    const SyncAccount account = SyncAccount::of(m_store);
    if (!account.user.isEmpty())
        return account.user;
    QString user = qEnvironmentVariable("USERNAME"); // Windows
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    return user.isEmpty() ? tr("this computer's user") : user;
}

qint64 CertificateRegister::lastSeq()
{
    return m_store.db()
        .scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log"))
        .toLongLong();
}

Result<QString, QString> CertificateRegister::nextNumber(
    const KeyCertificate &key, int year, int skip)
{
    const QString first = CertificateNumber {key.office, year, key.firstSerial}.toString();
    const QString last = CertificateNumber {key.office, year, key.lastSerial}.toString();
    // Deleted (undone) certificates keep their numbers: a number is never given twice.
    Statement s = m_store.db().prepare(
        QStringLiteral("SELECT max(number) FROM certificate WHERE number BETWEEN ? AND ?"));
    s.bindAll(first, last);
    int serial = key.firstSerial;
    if (s.next() && !s.isNull(0)) {
        const auto used = CertificateNumber::parse(s.text(0));
        if (used)
            serial = used->serial + 1;
    }
    serial += skip;
    if (serial > key.lastSerial)
        return unexpected(tr("The numbers this computer's key may give in %1 (%2 to %3) are used "
                             "up: ask the consortium's coordinator for a new key certificate.")
                              .arg(year)
                              .arg(key.firstSerial)
                              .arg(key.lastSerial));
    return CertificateNumber {key.office, year, serial}.toString();
}

Result<Certificate, QString> CertificateRegister::make(const Uuid &eventId, const Uuid &personId,
    const Signer &signer, const QDate &issuedOn, const QString &number,
    const QString &replacesNumber)
{
    const std::optional<TrainingEvent> event = m_store.get<TrainingEvent>(eventId);
    const std::optional<Person> person = m_store.get<Person>(personId);
    if (!event || !person)
        return unexpected(tr("The event or the participant no longer exists."));
    const std::optional<TrainingProgramme> programme
        = m_store.get<TrainingProgramme>(event->programmeId);
    if (!programme)
        return unexpected(tr("The event belongs to no training programme."));

    Certificate c;
    c.id = m_store.newId();
    c.ownerId = event->ownerId;
    c.personId = personId;
    c.programmeId = programme->id;
    c.eventId = eventId;
    c.number = number;
    c.level = programme->standard;
    c.issuedOn = issuedOn;
    if (programme->validityMonths)
        c.validUntil = issuedOn.addMonths(*programme->validityMonths);
    c.templateId = programme->templateId();
    c.languages = programme->languages().join(u',');
    const QStringList languages = programme->languages();

    CertificatePayload p;
    p.issuer = signer.certificate.office;
    p.number = number;
    p.holder = nameParts(person->familyName, person->givenName, person->patronymic);
    if (!person->familyNameLatin.isEmpty() && !person->givenNameLatin.isEmpty()) {
        const QStringList latin {person->familyNameLatin, person->givenNameLatin};
        if (latin != p.holder.mid(0, 2))
            p.holderLatin = latin;
    }
    p.programmeCode = programme->code;
    const CertificateData::Texts titles {{QStringLiteral("kk"), programme->titleKk},
        {QStringLiteral("ru"), programme->titleRu}, {QStringLiteral("en"), programme->titleEn}};
    p.titleLanguage = languages.value(0);
    p.programmeTitle = CertificateData::pick(titles, p.titleLanguage);
    if (p.programmeTitle.isEmpty())
        p.titleLanguage.clear();
    p.eventStart = event->startsOn;
    p.eventEnd = event->endsOn;
    p.hours = event->hours > 0 ? event->hours : programme->hours;
    p.ects = programme->ects;
    p.issuedOn = issuedOn;
    p.validUntil = c.validUntil;
    p.international = programme->standard == CertificationStandard::International;
    p.replaces = replacesNumber;
    c.seal = CertificateSeal::sealWithinBudget(p, *signer.key);
    if (c.seal.isEmpty())
        return unexpected(tr("The name of %1 is too long for the certificate's QR code.")
                              .arg(person->displayName()));

    const CertificateTexts &texts = CertificateTexts::builtIn();
    const QString l = badgeLanguage(languages);
    const QLocale locale(l == u"kk" ? QLocale::Kazakh
            : l == u"ru"            ? QLocale::Russian
                                    : QLocale::English);
    OpenBadge::Fields b;
    b.number = number;
    b.holderName
        = QStringList(p.holderLatin.isEmpty() || l != u"en" ? p.holder : p.holderLatin).join(u' ');
    b.programmeCode = programme->code;
    b.programmeTitle = CertificateData::pick(titles, l);
    b.description = QStringLiteral("%1 «%2» %3")
                        .arg(texts.text(QStringLiteral("before_programme"), l), b.programmeTitle,
                            texts.text(QStringLiteral("after_programme"), l))
                        .trimmed();
    const double needed = programme->minHours ? *programme->minHours : p.hours;
    b.criteria = texts.text(QStringLiteral("criteria_hours"), l).arg(locale.toString(needed));
    if (programme->minAssessment)
        b.criteria += u' '
            + texts.text(QStringLiteral("criteria_assessment"), l)
                  .arg(locale.toString(*programme->minAssessment));
    b.ects = programme->ects;
    b.hours = p.hours;
    const std::optional<Institution> issuer = m_store.get<Institution>(c.ownerId);
    b.issuerName = issuer ? DataLanguage::pick(issuer->nameEn, issuer->nameRu, issuer->nameKk)
                          : signer.certificate.officeName;
    b.issuedOn = issuedOn;
    b.validUntil = c.validUntil;
    c.badge = OpenBadge::sign(b, *signer.key);
    return c;
}

Result<void, QString> CertificateRegister::record(
    Receipt &receipt, const Certificate &c, CertificateActionKind action, const QString &reason)
{
    CertificateAction a;
    a.ownerId = c.ownerId;
    a.certificateId = c.id;
    a.action = action;
    a.atMs = m_store.clock().nowMs();
    a.byUser = currentUser();
    a.reason = reason;
    if (auto r = m_store.insert(a); !r)
        return unexpected(message(r.error()));
    receipt.created << a.id;
    receipt.createdTables << QStringLiteral("certificate_action");
    return {};
}

Result<CertificateRegister::Receipt, QString> CertificateRegister::issue(
    const Uuid &eventId, const QList<Uuid> &people, const Signer &signer, const QDate &issuedOn)
{
    if (!signer.key || !signer.certificate.covers(issuedOn))
        return unexpected(tr("This computer's key may not sign on %1.")
                              .arg(QLocale().toString(issuedOn, QLocale::ShortFormat)));
    const std::optional<TrainingEvent> event = m_store.get<TrainingEvent>(eventId);
    if (!event)
        return unexpected(tr("The event no longer exists."));
    if (officeOf(event->ownerId) != signer.certificate.office)
        return unexpected(tr("This computer's key signs for %1, the event is another office's.")
                              .arg(signer.certificate.office));
    if (people.isEmpty())
        return unexpected(tr("Choose whom to issue certificates to."));
    // A design that does not load issues nothing.
    if (const std::optional<TrainingProgramme> programme
        = m_store.get<TrainingProgramme>(event->programmeId)) {
        if (auto d = CertificateTemplate::find(programme->templateId()); !d)
            return unexpected(d.error().text());
    }
    Receipt receipt;
    QString failure;
    const qint64 before = lastSeq();
    auto r = m_store.transact([&]() -> Result<void, StoreError> {
        for (int i = 0; i < people.size(); ++i) {
            const auto number = nextNumber(signer.certificate, issuedOn.year(), 0);
            if (!number) {
                failure = number.error();
                return unexpected(StoreError::cancelled());
            }
            auto c = make(eventId, people[i], signer, issuedOn, *number, {});
            if (!c) {
                failure = c.error();
                return unexpected(StoreError::cancelled());
            }
            if (auto w = m_store.insert(*c); !w)
                return w;
            receipt.created << c->id;
            receipt.createdTables << QStringLiteral("certificate");
            receipt.numbers << c->number;
            if (auto a = record(receipt, *c, CertificateActionKind::Issued, {}); !a) {
                failure = a.error();
                return unexpected(StoreError::cancelled());
            }
        }
        return {};
    });
    if (!r)
        return unexpected(failure.isEmpty() ? message(r.error()) : failure);
    receipt.firstSeq = before + 1;
    receipt.lastSeq = lastSeq();
    return receipt;
}

Result<CertificateRegister::Receipt, QString> CertificateRegister::reissue(
    const Uuid &certificateId, const QString &reason, const Signer &signer, const QDate &on)
{
    const std::optional<Certificate> old = m_store.get<Certificate>(certificateId);
    if (!old)
        return unexpected(tr("The certificate no longer exists."));
    if (old->status != CertificateStatus::Valid)
        return unexpected(tr("Only a valid certificate can be reissued; %1 is %2.")
                              .arg(old->number, EnumLabels::of(old->status)));
    if (reason.trimmed().isEmpty())
        return unexpected(tr("Say why the certificate is reissued."));
    if (!signer.key || !signer.certificate.covers(on))
        return unexpected(tr("This computer's key may not sign on %1.")
                              .arg(QLocale().toString(on, QLocale::ShortFormat)));
    if (old->eventId.isNull())
        return unexpected(tr("%1 names no event, so it cannot be reissued here.").arg(old->number));
    Receipt receipt;
    QString failure;
    const qint64 before = lastSeq();
    auto r = m_store.transact([&]() -> Result<void, StoreError> {
        const auto number = nextNumber(signer.certificate, on.year());
        if (!number) {
            failure = number.error();
            return unexpected(StoreError::cancelled());
        }
        auto c = make(old->eventId, old->personId, signer, on, *number, old->number);
        if (!c) {
            failure = c.error();
            return unexpected(StoreError::cancelled());
        }
        c->replacesId = old->id;
        if (auto w = m_store.insert(*c); !w)
            return w;
        Certificate superseded = *old;
        superseded.status = CertificateStatus::Superseded;
        superseded.supersededOn = on;
        superseded.supersedeReason = reason.trimmed();
        if (auto w = m_store.update(superseded); !w)
            return w;
        receipt.created << c->id;
        receipt.createdTables << QStringLiteral("certificate");
        receipt.before << *old;
        receipt.after << superseded;
        receipt.numbers << c->number << old->number;
        if (auto a = record(receipt, *c, CertificateActionKind::Reissued, reason.trimmed()); !a) {
            failure = a.error();
            return unexpected(StoreError::cancelled());
        }
        if (auto a
            = record(receipt, superseded, CertificateActionKind::Superseded, reason.trimmed());
            !a) {
            failure = a.error();
            return unexpected(StoreError::cancelled());
        }
        if (auto p = publishRevocations(signer); !p) {
            failure = p.error();
            return unexpected(StoreError::cancelled());
        }
        return {};
    });
    if (!r)
        return unexpected(failure.isEmpty() ? message(r.error()) : failure);
    receipt.firstSeq = before + 1;
    receipt.lastSeq = lastSeq();
    return receipt;
}

Result<CertificateRegister::Receipt, QString> CertificateRegister::revoke(
    const Uuid &certificateId, const QString &reason, const Signer &signer, const QDate &on)
{
    const std::optional<Certificate> old = m_store.get<Certificate>(certificateId);
    if (!old)
        return unexpected(tr("The certificate no longer exists."));
    if (old->status == CertificateStatus::Revoked)
        return unexpected(tr("%1 is revoked already.").arg(old->number));
    if (reason.trimmed().isEmpty())
        return unexpected(tr("Say why the certificate is revoked."));
    if (!signer.key)
        return unexpected(tr("A revocation is signed: unlock this computer's key first."));
    Receipt receipt;
    QString failure;
    const qint64 before = lastSeq();
    auto r = m_store.transact([&]() -> Result<void, StoreError> {
        Certificate revoked = *old;
        revoked.status = CertificateStatus::Revoked;
        revoked.revokedOn = std::max(on, old->issuedOn);
        revoked.revocationReason = reason.trimmed();
        revoked.supersededOn = {};
        revoked.supersedeReason.clear();
        if (auto w = m_store.update(revoked); !w)
            return w;
        receipt.before << *old;
        receipt.after << revoked;
        receipt.numbers << old->number;
        if (auto a = record(receipt, revoked, CertificateActionKind::Revoked, reason.trimmed());
            !a) {
            failure = a.error();
            return unexpected(StoreError::cancelled());
        }
        if (auto p = publishRevocations(signer); !p) {
            failure = p.error();
            return unexpected(StoreError::cancelled());
        }
        return {};
    });
    if (!r)
        return unexpected(failure.isEmpty() ? message(r.error()) : failure);
    receipt.firstSeq = before + 1;
    receipt.lastSeq = lastSeq();
    return receipt;
}

bool CertificateRegister::isSynced(const Receipt &receipt)
{
    return receipt.lastSeq >= receipt.firstSeq
        && SyncEngine(m_store).acknowledged() >= receipt.firstSeq;
}

Result<void, QString> CertificateRegister::undo(const Receipt &receipt, const Signer &signer)
{
    if (isSynced(receipt))
        return unexpected(tr("This has already gone to the server and stays: revoke or reissue "
                             "the certificate instead."));
    QString failure;
    auto r = m_store.transact([&]() -> Result<void, StoreError> {
        for (qsizetype i = 0; i < receipt.created.size(); ++i) {
            const auto w = receipt.createdTables[i] == u"certificate"
                ? m_store.remove<Certificate>(receipt.created[i])
                : m_store.remove<CertificateAction>(receipt.created[i]);
            if (!w)
                return w;
        }
        for (const Certificate &c : receipt.before)
            if (auto w = m_store.update(c); !w)
                return w;
        if (!receipt.before.isEmpty() && signer.key) {
            if (auto p = publishRevocations(signer); !p) {
                failure = p.error();
                return unexpected(StoreError::cancelled());
            }
        }
        return {};
    });
    if (!r)
        return unexpected(failure.isEmpty() ? message(r.error()) : failure);
    return {};
}

Result<void, QString> CertificateRegister::redo(const Receipt &receipt, const Signer &signer)
{
    QString failure;
    auto r = m_store.transact([&]() -> Result<void, StoreError> {
        for (qsizetype i = 0; i < receipt.created.size(); ++i) {
            const auto w = receipt.createdTables[i] == u"certificate"
                ? m_store.restore<Certificate>(receipt.created[i])
                : m_store.restore<CertificateAction>(receipt.created[i]);
            if (!w)
                return w;
        }
        for (const Certificate &c : receipt.after)
            if (auto w = m_store.update(c); !w)
                return w;
        if (!receipt.after.isEmpty() && signer.key) {
            if (auto p = publishRevocations(signer); !p) {
                failure = p.error();
                return unexpected(StoreError::cancelled());
            }
        }
        return {};
    });
    if (!r)
        return unexpected(failure.isEmpty() ? message(r.error()) : failure);
    return {};
}

Result<void, QString> CertificateRegister::publishRevocations(const Signer &signer)
{
    const QString office = signer.certificate.office;
    RevocationList list;
    list.office = office;
    list.issuedAt = m_store.clock().nowMs() / 1000;
    {
        // Every revoked or replaced certificate of the office this register knows, whichever
        // of its computers acted: each key's list speaks for the whole office.
        Statement s = m_store.db().prepare(QStringLiteral(
            "SELECT c.number, c.status, coalesce(c.revoked_on, c.superseded_on, c.issued_on), "
            "(SELECT n.number FROM certificate n WHERE n.replaces_id = c.id AND n.deleted = 0 "
            "ORDER BY n.issued_on DESC LIMIT 1) FROM certificate c "
            "WHERE c.deleted = 0 AND c.status IN ('revoked', 'superseded') "
            "AND c.number BETWEEN ? AND ? ORDER BY c.number"));
        s.bindAll(QStringLiteral("EF-%1-").arg(office), QStringLiteral("EF-%1.").arg(office));
        while (s.next()) {
            RevocationList::Entry e;
            e.number = s.text(0);
            e.state = s.text(1) == u"revoked" ? RevocationList::State::Revoked
                                              : RevocationList::State::Superseded;
            e.on = s.date(2);
            e.replacedBy = e.state == RevocationList::State::Superseded ? s.text(3) : QString();
            list.entries.append(e);
        }
    }
    const QString kid = QString::fromLatin1(signer.certificate.keyId().toHex());
    std::optional<PublishedRevocationList> row;
    {
        Statement s = m_store.db().prepare(
            QStringLiteral("SELECT id FROM revocation_list WHERE key_id = ? AND deleted = 0 "
                           "ORDER BY sequence DESC LIMIT 1"));
        s.bind(1, kid);
        if (s.next())
            row = m_store.get<PublishedRevocationList>(s.uuid(0));
    }
    list.sequence = row ? row->sequence + 1 : 1;
    const RevocationList signedList = RevocationList::sign(list, *signer.key);
    auto w = m_store.transact([&]() -> Result<void, StoreError> {
        if (row) {
            row->sequence = list.sequence;
            row->list = signedList.encoded;
            return m_store.update(*row);
        }
        PublishedRevocationList fresh;
        fresh.ownerId = RecordType::homeInstitution(m_store);
        fresh.officeCode = office;
        fresh.keyId = kid;
        fresh.sequence = list.sequence;
        fresh.list = signedList.encoded;
        return m_store.insert(fresh);
    });
    if (!w)
        return unexpected(message(w.error()));
    return {};
}

std::optional<Certificate> CertificateRegister::findByNumber(const QString &number)
{
    Statement s = m_store.db().prepare(
        QStringLiteral("SELECT id FROM certificate WHERE number = ? AND deleted = 0"));
    s.bind(1, number.trimmed().toUpper());
    if (!s.next())
        return std::nullopt;
    return m_store.get<Certificate>(s.uuid(0));
}

std::optional<CertificateVerifier::RegisterState> CertificateRegister::lookup(const QString &number)
{
    const std::optional<Certificate> c = findByNumber(number);
    if (!c)
        return std::nullopt;
    using S = CertificateVerifier::RegisterState::Status;
    CertificateVerifier::RegisterState r;
    switch (c->status) {
    case CertificateStatus::Valid:
        r.status = S::Valid;
        break;
    case CertificateStatus::Superseded: {
        r.status = S::Superseded;
        r.revokedOn = c->supersededOn;
        Statement s = m_store.db().prepare(QStringLiteral(
            "SELECT number FROM certificate WHERE replaces_id = ? AND deleted = 0 LIMIT 1"));
        s.bind(1, c->id);
        if (s.next())
            r.replacedBy = s.text(0);
        break;
    }
    case CertificateStatus::Revoked:
        r.status = S::Revoked;
        r.revokedOn = c->revokedOn;
        break;
    }
    return r;
}

QList<Uuid> CertificateRegister::certificatesOf(const Uuid &eventId, bool validOnly)
{
    QList<Uuid> out;
    Statement s = m_store.db().prepare(QStringLiteral(
        "SELECT id FROM certificate WHERE event_id = ? AND deleted = 0 AND seal IS NOT NULL "
        "AND (? = 0 OR status = 'valid') ORDER BY number"));
    s.bindAll(eventId, validOnly);
    while (s.next())
        out << s.uuid(0);
    return out;
}

Result<CertificateTemplate, QString> CertificateRegister::design(const Uuid &certificateId)
{
    const std::optional<Certificate> c = m_store.get<Certificate>(certificateId);
    if (!c)
        return unexpected(tr("The certificate no longer exists."));
    QString id = c->templateId;
    if (id.isEmpty()) {
        const std::optional<TrainingProgramme> p = m_store.get<TrainingProgramme>(c->programmeId);
        id = p ? p->templateId() : CertificateTemplate::defaultId();
    }
    auto t = CertificateTemplate::find(id);
    if (!t)
        return unexpected(t.error().text());
    return *t;
}

Result<CertificateData, QString> CertificateRegister::pageData(const Uuid &certificateId)
{
    const std::optional<Certificate> c = m_store.get<Certificate>(certificateId);
    if (!c)
        return unexpected(tr("The certificate no longer exists."));
    const std::optional<Person> person = m_store.get<Person>(c->personId);
    if (!person)
        return unexpected(tr("The holder of %1 no longer exists.").arg(c->number));
    const std::optional<TrainingProgramme> programme
        = m_store.get<TrainingProgramme>(c->programmeId);
    const std::optional<TrainingEvent> event = m_store.get<TrainingEvent>(c->eventId);
    const std::optional<Institution> issuer = m_store.get<Institution>(c->ownerId);
    CertificateData d;
    d.languages = c->languages.isEmpty() ? (programme ? programme->languages() : d.languages)
                                         : c->languages.split(u',');
    if (programme) {
        d.script = programme->holderScript == HolderScript::Native ? CertificateData::Script::Native
            : programme->holderScript == HolderScript::Latin       ? CertificateData::Script::Latin
                                                                   : CertificateData::Script::Both;
        d.programmeCode = programme->code;
        d.programme = {{QStringLiteral("kk"), programme->titleKk},
            {QStringLiteral("ru"), programme->titleRu}, {QStringLiteral("en"), programme->titleEn}};
        d.ects = programme->ects;
        d.hours = programme->hours;
        if (const std::optional<Project> project = m_store.get<Project>(programme->projectId)) {
            d.projectAcronym = project->acronym;
            d.projectCode = project->code;
        }
        Statement s = m_store.db().prepare(QStringLiteral(
            "SELECT id FROM certificate_signatory WHERE programme_id = ? AND deleted = 0 "
            "ORDER BY position, name"));
        s.bind(1, programme->id);
        while (s.next()) {
            if (const auto sig = m_store.get<CertificateSignatory>(s.uuid(0)))
                d.signatories.append({sig->name, sig->nameLatin,
                    {{QStringLiteral("kk"), sig->titleKk}, {QStringLiteral("ru"), sig->titleRu},
                        {QStringLiteral("en"), sig->titleEn}}});
        }
    }
    d.holderNative = person->displayName();
    d.holderLatin
        = QStringList {person->familyNameLatin, person->givenNameLatin}.join(u' ').trimmed();
    if (event) {
        d.event = event->title;
        d.eventStart = event->startsOn;
        d.eventEnd = event->endsOn;
        d.place = event->city;
        if (event->hours > 0)
            d.hours = event->hours;
    }
    d.international = c->level == CertificationStandard::International;
    if (issuer)
        d.issuer = {{QStringLiteral("kk"), issuer->nameKk}, {QStringLiteral("ru"), issuer->nameRu},
            {QStringLiteral("en"), issuer->nameEn}};
    d.issuedOn = c->issuedOn;
    d.validUntil = c->validUntil;
    d.number = c->number;
    d.seal = c->seal;
    if (!c->replacesId.isNull())
        if (const auto replaced = m_store.get<Certificate>(c->replacesId))
            d.replaces = replaced->number;
    if (!c->seal.isEmpty()) {
        const CertificateSeal::Opened o = CertificateSeal::open(c->seal);
        if (o.stage == CertificateSeal::Stage::Ok) {
            const auto key = CertificateKeys(m_store).trust().key(o.cose.kid);
            d.demo = !key || key->demo;
        }
    }
    return d;
}

} // namespace ef
