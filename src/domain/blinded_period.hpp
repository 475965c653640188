// The blinded period of a randomised patient: from randomisation until the open-label
// extension, which opens with the window of the protocol's week-`blinded_until_week`
// visit. A course planned in it is masked study drug (Course::blinded).
// Thread-safety: pure functions.
#pragma once

#include <optional>

#include "domain/allocation.hpp"
#include "domain/protocol.hpp"
#include "util/date.hpp"

namespace myoivig::domain {

// The first day of the open-label extension for a patient randomised on `randomised_on`;
// nullopt when the design has no end of blinding (blinded_until_week unset).
std::optional<util::Date> open_label_from(const Protocol& protocol, util::Date randomised_on);

// Whether a course starting on `start` is masked study drug: the design is blinded, the
// patient is randomised (allocation given) on or before `start`, and the open-label
// extension has not begun.
bool starts_blinded(const Protocol& protocol, const Allocation* allocation, util::Date start);

}  // namespace myoivig::domain
