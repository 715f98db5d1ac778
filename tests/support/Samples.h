// The sample records every test starts from: one valid record of each kind with every field
// filled, pointing at the records given, so a test changes only the fields it is about.
#pragma once

#include "certificates/Certificate.h"
#include "courses/Course.h"
#include "courses/Enrollment.h"
#include "courses/Offering.h"
#include "institutions/Institution.h"
#include "partnerships/Attachment.h"
#include "partnerships/Partnership.h"
#include "partnerships/PartnershipAmendment.h"
#include "partnerships/PartnershipContact.h"
#include "people/Person.h"
#include "projects/Indicator.h"
#include "projects/IndicatorValue.h"
#include "projects/Project.h"
#include "projects/ProjectPartner.h"
#include "training/EventTrainer.h"
#include "training/Participation.h"
#include "training/TrainingEvent.h"
#include "training/TrainingProgramme.h"

// Every builder takes the owning institution first (a store's home institution, or any id for
// a rule test that never reaches a store), then the records the new one refers to. Numbers
// have fractions where the schema allows them, so a column read back as an integer shows.
namespace ef::test::sample {

// D. Serikbayev East Kazakhstan Technical University: names in three languages, a BIN whose
// check digit holds, a PIC and a website.
Institution university(const Uuid &owner);
// Altai Polymetal LLP, a Kazakh company and industrial partner.
Institution company(const Uuid &owner);

// An educator and trainer at `institution`, which also owns the record: Kazakh names with their
// Latin spelling, an e-mail and a phone.
Person person(const Uuid &institution, const QString &familyName = QStringLiteral("Жұмабекова"));

// EduFusion, the Erasmus+ project, coordinated by `coordinator`.
Project project(const Uuid &owner, const Uuid &coordinator);
ProjectPartner projectPartner(const Uuid &owner, const Uuid &project, const Uuid &institution);
// A percentage with a baseline and a target.
Indicator indicator(const Uuid &owner, const Uuid &project);
IndicatorValue indicatorValue(const Uuid &owner, const Uuid &indicator);

// An active internship agreement between `university` (its owner) and `partner`, signed, with a
// term, places and notes.
Partnership partnership(const Uuid &university, const Uuid &partner, const Uuid &project = {});
PartnershipContact partnershipContact(
    const Uuid &owner, const Uuid &partnership, const Uuid &person);
// The signed memorandum, a PDF.
Attachment attachment(const Uuid &owner, const Uuid &partnership);
// The first amendment: the term extended and more places.
PartnershipAmendment amendment(
    const Uuid &owner, const Uuid &partnership, const Uuid &attachment = {});

TrainingProgramme programme(const Uuid &owner, const Uuid &project = {});
// A five-day hybrid train-the-trainer workshop hosted by its owner, 16–20 February 2026.
TrainingEvent event(const Uuid &owner, const Uuid &programme);
EventTrainer trainer(const Uuid &owner, const Uuid &event, const Uuid &person);
// Attended, assessed and passed.
Participation participation(const Uuid &owner, const Uuid &event, const Uuid &person);
// Valid, issued at the end of the workshop for three years.
Certificate certificate(
    const Uuid &owner, const Uuid &person, const Uuid &programme, const Uuid &event);

// An accredited course of 4.5 credits taught in kk, ru and en by `provider`, its owner.
Course course(const Uuid &provider, const Uuid &agency);
// The course in the autumn of 2026 at `institution`, its owner, in Kazakh, for 30 students.
Offering offering(const Uuid &institution, const Uuid &course, const Uuid &instructor);
// Completed with a grade.
Enrollment enrollment(const Uuid &owner, const Uuid &offering, const Uuid &person);

} // namespace ef::test::sample
