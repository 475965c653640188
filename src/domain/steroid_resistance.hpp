// Steroid resistance: whether a patient's prednisolone history and MMT scores show what
// the protocol calls steroid resistance, "muscle strength did not improve despite
// prednisolone above D mg/day for more than W weeks" (SteroidResistanceRule), judged up
// to a reference date (eligibility.hpp says which date that is).
//
// The rule, as evaluated here:
// - Dose: a run of prednisolone periods, each strictly above D mg/day and each starting
//   the day after the previous one ends (a gap of a day or a period at or below D ends
//   the run), counted over the days before the reference date, must last more than W
//   weeks (7 W days are not enough, 7 W + 1 are). The most recent such run is used.
// - Strength: MMT from the earliest score on or after the first day of that run to the
//   latest score on or before the reference date must not rise by the rule's
//   mmt_improvement_min_points or more (a smaller rise, no change or a fall is "no
//   improvement").
// Unknown when no prednisolone period starts before the reference date, or when fewer
// than two MMT scores fall in that window; not met when no run is long enough or MMT
// improved. Thread-safety: pure function.
#pragma once

#include <span>
#include <string>

#include "domain/protocol.hpp"
#include "domain/rule_outcome.hpp"
#include "domain/steroid_dose.hpp"
#include "util/date.hpp"

namespace myoivig::domain {

// One MMT score with the date and week of the visit it was taken at.
struct MmtScore {
  util::Date date;
  int week = 0;
  int score = 0;
};

// The date eligibility is judged at, and how the facts name it ("day 1 of course 1").
struct ReferenceDate {
  util::Date date;
  std::string description;
};

// The rule in words, the label of its outcome: "Steroid-resistant: no MMT improvement despite
// prednisolone > 50 mg/day for > 4 weeks".
std::string rule_label(const SteroidResistanceRule& rule);

// Evaluates `rule` over one patient's prednisolone periods and MMT scores (any order).
// The outcome has id "steroid_resistance".
RuleOutcome evaluate_steroid_resistance(const SteroidResistanceRule& rule,
                                        std::span<const SteroidDose> doses,
                                        std::span<const MmtScore> scores,
                                        const ReferenceDate& reference);

}  // namespace myoivig::domain
