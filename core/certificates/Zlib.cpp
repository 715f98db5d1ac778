#include "Zlib.h"

#include <zlib.h>

namespace ef {

QByteArray Zlib::compress(QByteArrayView data)
{
    uLongf size = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef *>(out.data()), &size,
            reinterpret_cast<const Bytef *>(data.data()), uLong(data.size()), Z_BEST_COMPRESSION)
        != Z_OK)
        return {};
    out.truncate(qsizetype(size));
    return out;
}

std::optional<QByteArray> Zlib::decompress(QByteArrayView data, qsizetype maxSize)
{
    z_stream s {};
    if (inflateInit(&s) != Z_OK)
        return std::nullopt;
    QByteArray out(maxSize + 1, Qt::Uninitialized);
    s.next_in = const_cast<Bytef *>(reinterpret_cast<const Bytef *>(data.data()));
    s.avail_in = uInt(data.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(out.size());
    const int rc = inflate(&s, Z_FINISH);
    const qsizetype produced = out.size() - qsizetype(s.avail_out);
    const bool whole = rc == Z_STREAM_END && s.avail_in == 0 && produced <= maxSize;
    inflateEnd(&s);
    if (!whole)
        return std::nullopt;
    out.truncate(produced);
    return out;
}

} // namespace ef
