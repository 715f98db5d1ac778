// One field of a record kind as every generic part sees it: its column, label, kind and limits.
// Made from a record kind's Description; forms, lists, validation and the schema test read it.
#pragma once

#include <QRegularExpression>
#include <QString>

namespace ef {

enum class FieldKind {
    Text,
    LongText,
    Date,
    Integer,
    OptionalInteger,
    Decimal,
    OptionalDecimal,
    Bool,
    Enum, // the stored word; FieldInfo::enumType names the enumeration
    Reference, // a Uuid of FieldInfo::refTable
    Semester, // year * 10 + term
    Language, // one of kk, ru, en
    Languages, // a comma list of kk, ru, en
    Roles, // PersonRoles flags
};

// A text field's shape beyond its length, checked with its own message (records/Validation).
enum class FieldFormat { None, Email, Phone, Url, CountryCode, LatinName };

struct FieldInfo
{
    using Translate = QString (*)(const char *source, const char *disambiguation, int n);

    QString column; // the column, which is also the field of a Problem
    const char *label = nullptr; // English source, translated in the record kind's context
    Translate translate = nullptr; // the record kind's tr()
    FieldKind kind = FieldKind::Text;
    QString enumType; // EnumNames<E>::type of an Enum or Language field
    bool wordInText = false; // a text member holding a word of enumType, so it may be empty
    QString refTable; // the table a Reference field points into
    bool hasRange = false;
    double min = 0;
    double max = 0;
    int decimals = 0;
    const char *rangeMessage = nullptr; // English source; a generic message when null
    int maxLength = 0; // characters; 0 for none
    FieldFormat format = FieldFormat::None;
    QRegularExpression pattern; // a non-empty text must match it (anchored with ^…$)
    const char *patternMessage = nullptr;
    bool required = false;
    bool hidden = false; // kept and saved, never shown in a form (a document's checksum)
    bool ownsNewRecord = false; // a new record belongs to the institution this field names

    QString translatedLabel() const;
    // A message of this field's record kind (rangeMessage, patternMessage) in the UI language.
    QString translated(const char *source) const;
};

} // namespace ef
