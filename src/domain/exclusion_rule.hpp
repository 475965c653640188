// Exclusion rule: one of the protocol's exclusions (Exclusion) judged from the patient's
// screening record of that condition (Condition with the same code).
// - no record: unknown (the screening form was not filled in for it);
// - recorded absent: met;
// - recorded present: not met, except when dated after enrolment (an event on study does
//   not make the enrolment wrong), and, for an exclusion with within_weeks, when dated more
//   than 7 x within_weeks days before enrolment ("IVIG within 6 weeks": 42 days before
//   enrolment excludes, 43 days does not). Present without a date, a within_weeks
//   exclusion is unknown.
// The outcome's id is "exclusion.<code>". Thread-safety: pure function.
#pragma once

#include "domain/condition.hpp"
#include "domain/protocol.hpp"
#include "domain/rule_outcome.hpp"
#include "util/date.hpp"

namespace myoivig::domain {

// `record` is the patient's record of exclusion.code, or nullptr when there is none.
RuleOutcome evaluate_exclusion(const Exclusion& exclusion, const Condition* record,
                               util::Date enrolment_date);

}  // namespace myoivig::domain
