// RuleOutcome: how one eligibility rule came out for one patient (met, not met, or
// unknown when the data needed are missing), with the facts used written for a clinician,
// e.g. "prednisolone 60 mg/day from 2002-03-01 to 2002-04-12 (43 days: 6 weeks 1 day)".
// Also the two helpers every rule uses to write its facts, so that all rules write
// numbers and durations the same way.
// Thread-safety: plain value types; the functions are pure.
#pragma once

#include <string>
#include <string_view>

namespace myoivig::domain {

enum class RuleStatus { met, not_met, unknown };
std::string_view code(RuleStatus status);  // "met" | "not_met" | "unknown"

struct RuleOutcome {
  std::string id;     // stable, for programs: "diagnosis", "exclusion.prior_ivig", ...
  std::string label;  // for people: "Biopsy-proven"
  RuleStatus status = RuleStatus::unknown;
  std::string facts;  // the data the verdict rests on, in words
};

// A number as a clinician writes it: no trailing zeros ("60", "52.5").
std::string format_number(double value);

// A span of days with its length in weeks: "43 days: 6 weeks 1 day", "28 days: 4 weeks",
// "5 days".
std::string format_days(int days);

}  // namespace myoivig::domain
