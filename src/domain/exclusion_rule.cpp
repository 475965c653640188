#include "domain/exclusion_rule.hpp"

#include <string>

namespace myoivig::domain {
namespace {

constexpr int k_days_per_week = 7;

}  // namespace

RuleOutcome evaluate_exclusion(const Exclusion& exclusion, const Condition* record,
                               util::Date enrolment_date) {
  RuleOutcome outcome{"exclusion." + exclusion.code, "Exclusion absent: " + exclusion.label,
                      RuleStatus::unknown, ""};
  const std::string enrolment = "enrolment on " + enrolment_date.iso();
  if (!record) {
    outcome.facts = "no screening record of " + exclusion.code;
    return outcome;
  }
  const std::string note = record->note.empty() ? "" : " (note: " + record->note + ")";
  if (!record->present) {
    outcome.status = RuleStatus::met;
    outcome.facts = "absent at screening" + note;
    return outcome;
  }
  std::string facts = "present";
  if (!record->date) {
    if (exclusion.within_weeks) {
      outcome.facts = facts + ", date not recorded: cannot tell whether within " +
                      std::to_string(*exclusion.within_weeks) + " weeks before " + enrolment + note;
      return outcome;
    }
    outcome.status = RuleStatus::not_met;
    outcome.facts = facts + note;
    return outcome;
  }
  const util::Date date = *record->date;
  const int days_before = enrolment_date.days_since(date);
  if (days_before < 0) {
    outcome.status = RuleStatus::met;
    outcome.facts = facts + ", dated " + date.iso() + ", after " + enrolment +
                    ": does not exclude at enrolment" + note;
    return outcome;
  }
  facts += ", dated " + date.iso();
  if (exclusion.within_weeks) {
    const bool within = days_before <= *exclusion.within_weeks * k_days_per_week;
    facts += ", " + format_days(days_before) + " before " + enrolment +
             (within ? ": within " : ": not within ") + std::to_string(*exclusion.within_weeks) +
             " weeks";
    outcome.status = within ? RuleStatus::not_met : RuleStatus::met;
  } else {
    facts += ", on or before " + enrolment;
    outcome.status = RuleStatus::not_met;
  }
  outcome.facts = facts + note;
  return outcome;
}

}  // namespace myoivig::domain
