// zlib streams (RFC 1950: deflate with a header and an Adler-32 check), as the EU Digital COVID
// Certificate compresses its COSE message. Inflating stops at a bound, so a small QR code cannot
// unpack into megabytes.
#pragma once

#include <QByteArray>
#include <optional>

namespace ef {

class Zlib
{
public:
    static QByteArray compress(QByteArrayView data);
    // Nothing when `data` is not one complete zlib stream (also with bytes after it), or when it
    // inflates to more than maxSize bytes.
    static std::optional<QByteArray> decompress(QByteArrayView data, qsizetype maxSize);
};

} // namespace ef
