// Base45 (RFC 9285): binary data as text from the 45 characters of the QR code's alphanumeric
// mode, so a signed certificate fills the fewest QR modules.
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace ef {

class Base45
{
public:
    static QString encode(QByteArrayView data);
    // Nothing when the text is not Base45: a character outside the alphabet, a dangling single
    // character, or a group whose value does not fit its bytes (RFC 9285, section 4.2).
    static std::optional<QByteArray> decode(QStringView text);
    static QStringView alphabet() { return u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"; }
};

} // namespace ef
