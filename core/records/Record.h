// What every synced record has: its UUIDv7 id, the institution that owns it, and the tombstone.
#pragma once

#include "util/Uuid.h"

namespace ef {

struct Record
{
    Uuid id;
    Uuid ownerId;
    bool deleted = false;
};

} // namespace ef
