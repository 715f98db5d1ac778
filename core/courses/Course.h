// A STEAM or entrepreneurship course of the catalogue: credits, languages, accreditation and flags.
#pragma once

#include "records/Enums.h"
#include "records/Problem.h"
#include "records/Record.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <optional>

namespace ef {

template <class T> class Description;

struct Course : Record
{
    Q_DECLARE_TR_FUNCTIONS(Course)

public:
    QString code;
    QString titleEn;
    QString titleRu;
    QString titleKk;
    CourseArea area = CourseArea::Steam;
    double ects = 0;
    QString languages;
    CourseDelivery delivery = CourseDelivery::Online;
    Uuid providerId;
    Uuid accreditationAgencyId;
    AccreditationStatus accreditationStatus = AccreditationStatus::NotSubmitted;
    QDate accreditedOn;
    QDate accreditedUntil;
    bool climateNeutral = false;
    bool genderInclusive = false;
    QString learningOutcomes;

    Problems validate() const;
    // Fields, labels and limits: the one description of this kind (records/Description.h).
    static const Description<Course> &description();
    // languages as a list: "kk,ru" → {"kk", "ru"}.
    QStringList languageList() const { return languages.split(u',', Qt::SkipEmptyParts); }
};

} // namespace ef
