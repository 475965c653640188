#include "domain/entry_rules.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace myoivig::domain {
namespace {

constexpr std::array<BohanPeterCriterion, 5> k_criteria{{
    {"bohan_peter_weakness", "symmetric proximal weakness",
     &BohanPeterFindings::symmetric_proximal_weakness},
    {"bohan_peter_enzymes", "raised muscle enzymes", &BohanPeterFindings::raised_muscle_enzymes},
    {"bohan_peter_emg", "myopathic EMG", &BohanPeterFindings::myopathic_emg},
    {"bohan_peter_biopsy", "biopsy with inflammation, necrosis or regeneration",
     &BohanPeterFindings::biopsy_inflammation_necrosis_regeneration},
    {"bohan_peter_rash", "typical skin rash", &BohanPeterFindings::typical_skin_rash},
}};

BohanPeterDiagnosis expected_class(Diagnosis diagnosis) {
  return diagnosis == Diagnosis::dermatomyositis ? BohanPeterDiagnosis::dm
                                                 : BohanPeterDiagnosis::pm;
}

bool reaches(const BohanPeter& result, Diagnosis diagnosis, BohanPeterCertainty minimum) {
  return result.diagnosis == expected_class(diagnosis) && result.certainty >= minimum;
}

std::string describe(const BohanPeter& result) {
  if (result.certainty == BohanPeterCertainty::none) return "not classified";
  return std::string(code(result.certainty)) + " " + std::string(code(result.diagnosis));
}

}  // namespace

std::span<const BohanPeterCriterion> bohan_peter_criteria() {
  return k_criteria;
}

bool is_bohan_peter_criterion(std::string_view code) {
  return std::any_of(
      k_criteria.begin(), k_criteria.end(),
      [code](const BohanPeterCriterion& criterion) { return criterion.code == code; });
}

RuleOutcome evaluate_bohan_peter(const BohanPeterRule& rule, const Patient& patient,
                                 const std::vector<Condition>& conditions) {
  RuleOutcome outcome{"bohan_peter",
                      "Bohan and Peter: " + std::string(code(rule.minimum)) + " or better " +
                          std::string(code(patient.diagnosis)),
                      RuleStatus::unknown, ""};
  // Two readings of the unrecorded criteria: all absent and all present. When both give the
  // same verdict the missing records cannot change it.
  BohanPeterFindings low;
  BohanPeterFindings high;
  std::string facts;
  std::string unrecorded;
  for (const BohanPeterCriterion& criterion : k_criteria) {
    const auto record = std::find_if(conditions.begin(), conditions.end(),
                                     [&](const Condition& c) { return c.code == criterion.code; });
    if (record == conditions.end()) {
      high.*criterion.finding = true;
      unrecorded += (unrecorded.empty() ? "" : ", ") + std::string(criterion.label);
      continue;
    }
    low.*criterion.finding = record->present;
    high.*criterion.finding = record->present;
    facts += (facts.empty() ? "" : "; ") + std::string(criterion.label) +
             (record->present ? " present" : " absent");
  }
  const BohanPeter at_least = bohan_peter(low);
  const bool low_meets = reaches(at_least, patient.diagnosis, rule.minimum);
  const bool high_meets = reaches(bohan_peter(high), patient.diagnosis, rule.minimum);
  outcome.facts = (facts.empty() ? "no criterion recorded" : facts) + ": " + describe(at_least);
  if (!unrecorded.empty()) outcome.facts += "; not recorded: " + unrecorded;
  if (low_meets == high_meets) outcome.status = low_meets ? RuleStatus::met : RuleStatus::not_met;
  return outcome;
}

RuleOutcome evaluate_core_set_entry(const CoreSetEntryRule& rule,
                                    const std::vector<Assessment>& assessments) {
  RuleOutcome outcome{"core_set_entry",
                      "MMT-8 < " + std::to_string(rule.mmt8_below) + " and at least " +
                          std::to_string(rule.other_abnormal) + " other abnormal core set measures",
                      RuleStatus::unknown, ""};
  const auto visit = std::find_if(assessments.begin(), assessments.end(),
                                  [&](const Assessment& a) { return a.week == rule.week; });
  if (visit == assessments.end()) {
    outcome.facts = "no assessment at week " + std::to_string(rule.week);
    return outcome;
  }
  int abnormal = 0;
  int unrecorded = 0;
  std::string facts;
  const auto judge = [&](std::string_view name, std::optional<bool> is_abnormal) {
    if (!is_abnormal) {
      ++unrecorded;
      facts += "; " + std::string(name) + " not recorded";
      return;
    }
    abnormal += *is_abnormal ? 1 : 0;
    facts += "; " + std::string(name) + (*is_abnormal ? " abnormal" : " normal");
  };
  const auto at_least = [](std::optional<int> value, int minimum) -> std::optional<bool> {
    if (!value) return std::nullopt;
    return *value >= minimum;
  };
  judge("physician global activity",
        at_least(visit->physician_activity_vas_mm, rule.physician_activity_min_mm));
  judge("patient global activity",
        at_least(visit->patient_activity_vas_mm, rule.patient_activity_min_mm));
  judge("extramuscular activity", at_least(visit->extramuscular_vas_mm, rule.extramuscular_min_mm));
  judge("HAQ-DI", visit->haq_di ? std::optional(*visit->haq_di >= rule.haq_min) : std::nullopt);
  const bool ck_known = visit->ck_iu_per_l && visit->ck_uln_iu_per_l;
  judge("CK",
        ck_known ? std::optional(*visit->ck_iu_per_l > *visit->ck_uln_iu_per_l) : std::nullopt);
  const std::string counted = std::to_string(abnormal) + " other measures abnormal";
  if (!visit->mmt8_score) {
    outcome.facts =
        "MMT-8 not recorded at week " + std::to_string(rule.week) + "; " + counted + facts;
    return outcome;
  }
  outcome.facts = "MMT-8 " + std::to_string(*visit->mmt8_score) + " at week " +
                  std::to_string(rule.week) + "; " + counted + facts;
  if (*visit->mmt8_score >= rule.mmt8_below) {
    outcome.status = RuleStatus::not_met;
  } else if (abnormal >= rule.other_abnormal) {
    outcome.status = RuleStatus::met;
  } else if (abnormal + unrecorded < rule.other_abnormal) {
    outcome.status = RuleStatus::not_met;
  }
  return outcome;
}

}  // namespace myoivig::domain
