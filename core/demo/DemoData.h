// The demo store a new user sees on first run: the real EduFusion consortium, its projects and
// targets, and its real events, with invented people (no real person's name).
#pragma once

#include "store/StoreError.h"
#include "util/Result.h"

namespace ef {

class Store;

class DemoData
{
public:
    // Fills an empty store in one transaction; all of it or nothing.
    static Result<void, StoreError> create(Store &store);
    // Whether the store was filled with the demo data (its invented people must never reach
    // the consortium's server).
    static bool isDemo(const Store &store);
};

} // namespace ef
