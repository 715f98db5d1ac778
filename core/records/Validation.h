// Rules shared by several domain types; each appends a translated Problem for its field.
#pragma once

#include "records/Problem.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

namespace ef {

class Uuid;
struct FieldInfo;

class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    // A field's simple rules as its Description declares them (records/Field.h): required,
    // length, format, pattern and enumeration words for text; required for references and
    // dates; range for numbers (nullopt: no value, which only `required` refuses).
    static void check(Problems &p, const FieldInfo &f, const QString &value);
    static void check(Problems &p, const FieldInfo &f, const Uuid &value);
    static void check(Problems &p, const FieldInfo &f, const QDate &value);
    static void check(Problems &p, const FieldInfo &f, std::optional<double> value);
    static void missingSemester(Problems &p, const QString &field);

    static void required(Problems &p, const QString &field, const QString &value);
    static void required(Problems &p, const QString &field, const Uuid &value);
    static void required(Problems &p, const QString &field, const QDate &value);
    static void maxLength(Problems &p, const QString &field, const QString &value, int max);
    static void email(Problems &p, const QString &field, const QString &value);
    static void phone(Problems &p, const QString &field, const QString &value);
    static void url(Problems &p, const QString &field, const QString &value);
    static void countryCode(Problems &p, const QString &field, const QString &value);
    static void dateOrder(
        Problems &p, const QString &laterField, const QDate &earlier, const QDate &later);
    static void range(Problems &p, const QString &field, double value, double min, double max);
    static void range(
        Problems &p, const QString &field, std::optional<double> value, double min, double max);
    static void latinName(Problems &p, const QString &field, const QString &value);
    // A title kept in three languages needs at least one of them; the problem is on `field`.
    static void titleInOneLanguage(
        Problems &p, const QString &field, const QString &en, const QString &ru, const QString &kk);

    // Kazakhstan BIN/IIN: 12 digits whose last is the check digit of the first eleven.
    static bool isValidBin(QStringView bin);
    // Erasmus+ Participant Identification Code: 9 digits.
    static bool isValidPic(QStringView pic);
};

} // namespace ef
