// The KAZAKH collation registered on every connection: Kazakh Cyrillic alphabet order
// (а ә б в г ғ … ұ ү … һ … і …), Latin letters with Kazakh Latin (2021) letters after their base,
// case-insensitive first, then lower case before upper, then bytes. Table-driven and stable,
// because indexes built with it must not change when a library is upgraded.
#pragma once

namespace ef {

int compareKazakh(const char *a, int na, const char *b, int nb);

} // namespace ef
