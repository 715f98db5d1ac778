// A partnership as the editor holds it (RecordValues) and as PartnershipChanges takes it, for
// the amendment path of the partnership editor.
#pragma once

#include "partnerships/Partnership.h"
#include "records/RecordType.h"

namespace ef {

Partnership partnershipFromValues(const RecordValues &values);
RecordValues partnershipValues(const Partnership &partnership);

} // namespace ef
