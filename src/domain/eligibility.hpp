// Eligibility: a patient judged against the protocol's eligibility rules (EligibilityRules),
// rule by rule, with the facts each verdict rests on, for a clinician screening a patient
// and for `check`, which flags patients enrolled while ineligible.
//
// Rules, in the order reported:
// - diagnosis: the patient's diagnosis is one the protocol admits;
// - biopsy: biopsy-proven, when the protocol requires it;
// - bohan_peter, when the protocol has it: domain/entry_rules.hpp;
// - steroid_resistance, when the protocol has it: steroid_resistance.hpp, judged at the
//   reference date below;
// - core_set_entry, when the protocol has it: domain/entry_rules.hpp;
// - exclusion.<code>, one per exclusion: met when the screening record says the condition
//   is absent, not met when present, unknown when there is no record. A condition dated
//   after enrolment does not exclude. An exclusion with within_weeks excludes only when
//   the condition's date lies at most that many weeks (7 x weeks days) before enrolment;
//   present without a date, it is unknown.
// Reference date for steroid resistance: day 1 of the first course, the day treatment
// started on the strength of the rule (in the seed protocol the week-0 baseline MMT falls
// on or just before it). A patient not yet treated is judged at the baseline visit
// (protocol analysis.baseline_week) when it is recorded, otherwise at enrolment; judged at
// enrolment, the seed protocol's screening MMT has no later score to compare with, so the
// rule stays unknown until the baseline MMT is in. The facts name the date used.
//
// Verdict: eligible when every rule is met, ineligible when any is not met, otherwise
// undetermined. Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/condition.hpp"
#include "domain/course.hpp"
#include "domain/patient.hpp"
#include "domain/protocol.hpp"
#include "domain/rule_outcome.hpp"
#include "domain/steroid_dose.hpp"
#include "domain/study_data.hpp"
#include "domain/visit.hpp"

namespace myoivig::domain {

enum class Verdict { eligible, ineligible, undetermined };
std::string_view code(Verdict verdict);  // "eligible" | "ineligible" | "undetermined"

struct EligibilityReport {
  std::string patient_id;
  Verdict verdict = Verdict::undetermined;
  std::vector<RuleOutcome> rules;
};

// The records of one patient that the rules read.
struct EligibilityRecords {
  std::vector<Condition> conditions;
  std::vector<SteroidDose> steroid_doses;
  std::vector<Course> courses;
  std::vector<Visit> visits;
  std::vector<Assessment> assessments;
};

// Evaluates every rule of `protocol` for `patient` from its records (records of other
// patients are not expected here).
EligibilityReport evaluate_eligibility(const Patient& patient, const EligibilityRecords& records,
                                       const Protocol& protocol);

// The same, picking the patient's records out of `data`.
EligibilityReport evaluate_eligibility(const Patient& patient, const StudyData& data,
                                       const Protocol& protocol);

// Every patient of `data`, in the order of data.patients.
std::vector<EligibilityReport> evaluate_eligibility(const StudyData& data,
                                                    const Protocol& protocol);

}  // namespace myoivig::domain
