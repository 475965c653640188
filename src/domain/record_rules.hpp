// Record rules: what makes one record valid on its own, given the protocol: types are
// already right, so these are ranges, required fields and internal consistency.
// Used by every way data come in (bundle load, import, web forms) and by `check`.
//
// Each function returns success or invalid_argument with a message that starts with the
// field's name as the bundle format spells it (docs/bundle.md), then the value and the
// rule: "mmt: 140 is above the protocol's maximum 130 (instruments.mmt)".
// Thread-safety: pure functions.
#pragma once

#include "domain/adverse_event.hpp"
#include "domain/allocation.hpp"
#include "domain/assessment.hpp"
#include "domain/condition.hpp"
#include "domain/course.hpp"
#include "domain/patient.hpp"
#include "domain/protocol.hpp"
#include "domain/steroid_dose.hpp"
#include "domain/visit.hpp"
#include "util/expected.hpp"

namespace myoivig::domain {

util::Expected<void> validate_record(const Patient& patient);
util::Expected<void> validate_record(const Allocation& allocation, const Protocol& protocol);
util::Expected<void> validate_record(const Condition& condition, const Protocol& protocol);
util::Expected<void> validate_record(const SteroidDose& dose);
util::Expected<void> validate_record(const Course& course, const Protocol& protocol);
util::Expected<void> validate_record(const Administration& administration,
                                     const Protocol& protocol);
util::Expected<void> validate_record(const Visit& visit, const Protocol& protocol);
util::Expected<void> validate_record(const Assessment& assessment, const Protocol& protocol);
util::Expected<void> validate_record(const MuscleGrade& grade);
util::Expected<void> validate_record(const AdverseEvent& event);

}  // namespace myoivig::domain
