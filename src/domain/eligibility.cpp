#include "domain/eligibility.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include "domain/entry_rules.hpp"
#include "domain/exclusion_rule.hpp"
#include "domain/steroid_resistance.hpp"
#include "util/enum_names.hpp"

namespace myoivig::domain {
namespace {

constexpr util::EnumNames<Verdict, 3> k_verdicts{{{Verdict::eligible, "eligible"},
                                                  {Verdict::ineligible, "ineligible"},
                                                  {Verdict::undetermined, "undetermined"}}};

std::string admitted_diagnoses(const EligibilityRules& rules) {
  std::string text;
  for (Diagnosis diagnosis : rules.diagnoses) {
    text += (text.empty() ? "" : " or ") + std::string(code(diagnosis));
  }
  return text.empty() ? "none" : text;
}

RuleOutcome evaluate_diagnosis(const Patient& patient, const EligibilityRules& rules) {
  const bool admitted = std::find(rules.diagnoses.begin(), rules.diagnoses.end(),
                                  patient.diagnosis) != rules.diagnoses.end();
  const std::string admits = admitted_diagnoses(rules);
  return {"diagnosis", "Diagnosis " + admits, admitted ? RuleStatus::met : RuleStatus::not_met,
          "diagnosis " + std::string(code(patient.diagnosis)) + "; the protocol admits " + admits};
}

RuleOutcome evaluate_biopsy(const Patient& patient, const EligibilityRules& rules) {
  std::string facts = patient.biopsy_proven ? "biopsy-proven" : "not biopsy-proven";
  if (patient.biopsy_proven) {
    facts += patient.biopsy_date ? " (biopsy on " + patient.biopsy_date->iso() + ")"
                                 : " (biopsy date not recorded)";
  }
  if (!rules.biopsy_required) {
    return {"biopsy", "Biopsy-proven", RuleStatus::met,
            facts + "; the protocol does not require a biopsy"};
  }
  return {"biopsy", "Biopsy-proven", patient.biopsy_proven ? RuleStatus::met : RuleStatus::not_met,
          facts};
}

// The date steroid resistance is judged at (eligibility.hpp explains the choice).
ReferenceDate reference_date(const Patient& patient, const EligibilityRecords& records,
                             const Protocol& protocol) {
  const Course* first = nullptr;
  for (const Course& course : records.courses) {
    if (!first || course.start_date < first->start_date) first = &course;
  }
  if (first) {
    return {first->start_date, "day 1 of course " + std::to_string(first->number)};
  }
  const int baseline_week = protocol.analysis.baseline_week;
  for (const Visit& visit : records.visits) {
    if (visit.week == baseline_week) {
      return {visit.date, "the baseline visit (week " + std::to_string(baseline_week) +
                              ", no course given yet)"};
    }
  }
  return {patient.enrolment_date, "enrolment (no course or baseline visit yet)"};
}

std::vector<MmtScore> mmt_scores(const EligibilityRecords& records) {
  std::map<int, util::Date> visit_dates;
  for (const Visit& visit : records.visits) visit_dates[visit.week] = visit.date;
  std::vector<MmtScore> scores;
  for (const Assessment& assessment : records.assessments) {
    const auto date = visit_dates.find(assessment.week);
    if (!assessment.mmt_score || date == visit_dates.end()) continue;
    scores.push_back({date->second, assessment.week, *assessment.mmt_score});
  }
  return scores;
}

Verdict overall(const std::vector<RuleOutcome>& rules) {
  bool all_met = true;
  for (const RuleOutcome& rule : rules) {
    if (rule.status == RuleStatus::not_met) return Verdict::ineligible;
    all_met = all_met && rule.status == RuleStatus::met;
  }
  return all_met ? Verdict::eligible : Verdict::undetermined;
}

template <typename Record>
void add_if_of(std::vector<Record>& into, const std::vector<Record>& from, const std::string& id) {
  for (const Record& record : from) {
    if (record.patient_id == id) into.push_back(record);
  }
}

}  // namespace

std::string_view code(Verdict verdict) {
  return util::name_of(k_verdicts, verdict);
}

EligibilityReport evaluate_eligibility(const Patient& patient, const EligibilityRecords& records,
                                       const Protocol& protocol) {
  const EligibilityRules& rules = protocol.eligibility;
  EligibilityReport report{patient.id, Verdict::undetermined, {}};
  report.rules.push_back(evaluate_diagnosis(patient, rules));
  report.rules.push_back(evaluate_biopsy(patient, rules));
  if (rules.bohan_peter) {
    report.rules.push_back(evaluate_bohan_peter(*rules.bohan_peter, patient, records.conditions));
  }
  if (rules.steroid_resistance) {
    report.rules.push_back(evaluate_steroid_resistance(*rules.steroid_resistance,
                                                       records.steroid_doses, mmt_scores(records),
                                                       reference_date(patient, records, protocol)));
  }
  if (rules.core_set_entry) {
    report.rules.push_back(evaluate_core_set_entry(*rules.core_set_entry, records.assessments));
  }
  for (const Exclusion& exclusion : rules.exclusions) {
    const auto record =
        std::find_if(records.conditions.begin(), records.conditions.end(),
                     [&](const Condition& condition) { return condition.code == exclusion.code; });
    report.rules.push_back(
        evaluate_exclusion(exclusion, record == records.conditions.end() ? nullptr : &*record,
                           patient.enrolment_date));
  }
  report.verdict = overall(report.rules);
  return report;
}

EligibilityReport evaluate_eligibility(const Patient& patient, const StudyData& data,
                                       const Protocol& protocol) {
  EligibilityRecords records;
  add_if_of(records.conditions, data.conditions, patient.id);
  add_if_of(records.steroid_doses, data.steroid_doses, patient.id);
  add_if_of(records.courses, data.courses, patient.id);
  add_if_of(records.visits, data.visits, patient.id);
  add_if_of(records.assessments, data.assessments, patient.id);
  return evaluate_eligibility(patient, records, protocol);
}

std::vector<EligibilityReport> evaluate_eligibility(const StudyData& data,
                                                    const Protocol& protocol) {
  std::map<std::string, EligibilityRecords> by_patient;
  for (const Condition& r : data.conditions) by_patient[r.patient_id].conditions.push_back(r);
  for (const SteroidDose& r : data.steroid_doses)
    by_patient[r.patient_id].steroid_doses.push_back(r);
  for (const Course& r : data.courses) by_patient[r.patient_id].courses.push_back(r);
  for (const Visit& r : data.visits) by_patient[r.patient_id].visits.push_back(r);
  for (const Assessment& r : data.assessments) by_patient[r.patient_id].assessments.push_back(r);
  std::vector<EligibilityReport> reports;
  reports.reserve(data.patients.size());
  for (const Patient& patient : data.patients) {
    reports.push_back(evaluate_eligibility(patient, by_patient[patient.id], protocol));
  }
  return reports;
}

}  // namespace myoivig::domain
