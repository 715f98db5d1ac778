#include "TempStore.h"

#include "institutions/Institution.h"

#include <gtest/gtest.h>

namespace ef::test {

TempStore::TempStore()
    : m_clock(1'764'000'000'000) // 2025-11-24
{
    reopen();
}

void TempStore::reopen()
{
    m_store.reset();
    Store::Options options;
    options.clock = &m_clock;
    auto opened = Store::open(path(), options);
    if (!opened)
        ADD_FAILURE() << opened.error().message.toStdString();
    else
        m_store = std::move(*opened);
}

Uuid TempStore::homeInstitution()
{
    if (!m_home.isNull())
        return m_home;
    Institution i;
    i.id = m_store->newId();
    i.ownerId = i.id;
    i.kind = InstitutionKind::University;
    i.nameEn = QStringLiteral("D. Serikbayev East Kazakhstan Technical University");
    i.nameRu = QStringLiteral("Восточно-Казахстанский технический университет им. Д. Серикбаева");
    i.nameKk = QStringLiteral("Д. Серікбаев атындағы Шығыс Қазақстан техникалық университеті");
    i.city = QStringLiteral("Ust-Kamenogorsk");
    auto r = m_store->insert(i);
    if (!r)
        ADD_FAILURE() << r.error().message.toStdString();
    m_home = i.id;
    return m_home;
}

} // namespace ef::test
