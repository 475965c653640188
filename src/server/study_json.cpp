#include "server/study_json.hpp"

#include "domain/adverse_event.hpp"
#include "domain/assessment.hpp"
#include "domain/dose_plan_safety.hpp"
#include "domain/entry_rules.hpp"
#include "domain/measure.hpp"
#include "domain/mmt8.hpp"
#include "domain/patient.hpp"
#include "domain/steroid_resistance.hpp"

namespace myoivig::server {
namespace {

using nlohmann::json;

json design_json(const domain::StudyDesign& design) {
  json arms = json::array();
  for (const domain::Arm& arm : design.arms) {
    arms.push_back({{"id", arm.id}, {"label", arm.label}});
  }
  return {{"kind", domain::code(design.kind)},
          {"blinded", design.blinded},
          {"blinded_until_week",
           design.blinded_until_week ? json(*design.blinded_until_week) : json(nullptr)},
          {"arms", arms}};
}

json regimen_json(const domain::Regimen& regimen) {
  return {
      {"id", regimen.id},
      {"description", regimen.description},
      {"dose_g_per_kg_per_day", regimen.dose_g_per_kg_per_day},
      {"days", regimen.days},
      {"max_courses", regimen.max_courses},
      {"interval_weeks", regimen.interval_weeks ? json(*regimen.interval_weeks) : json(nullptr)},
      {"weight_policy", domain::code(regimen.weight_policy)},
      {"product", regimen.product}};
}

json eligibility_json(const domain::EligibilityRules& rules) {
  json diagnoses = json::array();
  for (domain::Diagnosis diagnosis : rules.diagnoses) diagnoses.push_back(domain::code(diagnosis));
  json exclusions = json::array();
  for (const domain::Exclusion& exclusion : rules.exclusions) {
    exclusions.push_back(
        {{"code", exclusion.code},
         {"label", exclusion.label},
         {"within_weeks", exclusion.within_weeks ? json(*exclusion.within_weeks) : json(nullptr)}});
  }
  json criteria = json::array();
  if (rules.bohan_peter) {
    for (const domain::BohanPeterCriterion& criterion : domain::bohan_peter_criteria()) {
      criteria.push_back({{"code", criterion.code}, {"label", criterion.label}});
    }
  }
  json steroid_resistance = nullptr;
  if (const auto& rule = rules.steroid_resistance) {
    steroid_resistance = {{"label", domain::rule_label(*rule)},
                          {"prednisolone_above_mg_per_day", rule->prednisolone_above_mg_per_day},
                          {"duration_above_weeks", rule->duration_above_weeks},
                          {"mmt_improvement_min_points", rule->mmt_improvement_min_points}};
  }
  return {{"diagnoses", diagnoses},
          {"biopsy_required", rules.biopsy_required},
          {"steroid_resistance", steroid_resistance},
          {"bohan_peter",
           rules.bohan_peter ? json(domain::code(rules.bohan_peter->minimum)) : json(nullptr)},
          {"bohan_peter_criteria", criteria},
          {"core_set_entry_week",
           rules.core_set_entry ? json(rules.core_set_entry->week) : json(nullptr)},
          {"exclusions", exclusions}};
}

// The MMT-8 muscle groups (Kendall 0-10 each) and the two totals' maxima.
json mmt8_json() {
  json groups = json::array();
  for (domain::Mmt8Group group : domain::k_mmt8_groups) {
    groups.push_back(
        {{"code", domain::code(group)},
         {"label", domain::label(group)},
         {"sides", domain::is_axial(group) ? json::array({"axial"}) : json::array({"R", "L"})},
         {"max", domain::k_mmt8_max_grade}});
  }
  return {{"groups", groups},
          {"unilateral_max", domain::k_mmt8_unilateral_maximum},
          {"bilateral_max", domain::k_mmt8_bilateral_maximum}};
}

// Every measure an assessment can hold, with its form field, label and unit.
json measures_json() {
  json measures = json::array();
  for (const domain::MeasureInfo& info : domain::all_measures()) {
    measures.push_back({{"measure", info.id},
                        {"field", form_field(info.measure)},
                        {"label", info.label},
                        {"unit", info.unit}});
  }
  return measures;
}

json code_labels_json() {
  json sex = json::object();
  for (domain::Sex value : {domain::Sex::male, domain::Sex::female}) {
    sex[std::string(domain::code(value))] = domain::label(value);
  }
  json diagnosis = json::object();
  for (domain::Diagnosis value :
       {domain::Diagnosis::polymyositis, domain::Diagnosis::dermatomyositis}) {
    diagnosis[std::string(domain::code(value))] = domain::label(value);
  }
  return {{"sex", sex}, {"diagnosis", diagnosis}};
}

json codes_json() {
  json risks = json::array();
  for (int i = 0; i <= static_cast<int>(domain::RiskFactor::iga_deficiency_with_antibodies); ++i) {
    const auto factor = static_cast<domain::RiskFactor>(i);
    risks.push_back({{"code", domain::code(factor)}, {"label", domain::label(factor)}});
  }
  return {{"sex", {"M", "F"}},
          {"diagnosis", {"PM", "DM"}},
          {"physician_global", {"improved", "unchanged", "worse"}},
          {"severity", {"mild", "moderate", "severe"}},
          {"relatedness", {"not_related", "unlikely", "possible", "probable", "definite"}},
          {"outcome", {"recovered", "recovering", "not_recovered", "sequelae", "fatal", "unknown"}},
          {"weight_policy", {"actual", "ibw", "adjbw", "auto"}},
          {"side", {"R", "L", "axial"}},
          {"grade_status", {"tested", "not_testable", "missing"}},
          {"risk_factors", risks}};
}

}  // namespace

std::string_view form_field(domain::Measure measure) {
  switch (measure) {
    case domain::Measure::mmt:
      return "mmt";
    case domain::Measure::adl:
      return "adl";
    case domain::Measure::ck:
      return "ck_iu_per_l";
    case domain::Measure::vas_fatigue:
      return "fatigue_vas_cm";
    case domain::Measure::vas_pain:
      return "pain_vas_cm";
    case domain::Measure::weight:
      return "weight_kg";
    case domain::Measure::mmt8:
      return "mmt8";
    case domain::Measure::physician_activity:
      return "physician_activity_vas_cm";
    case domain::Measure::patient_activity:
      return "patient_activity_vas_cm";
    case domain::Measure::extramuscular_activity:
      return "extramuscular_vas_cm";
    case domain::Measure::haq:
      break;
  }
  return "haq_di";
}

json study_json(const store::StudyRecord& study, const domain::Protocol& protocol,
                const std::set<std::string>& sites) {
  json schedule = json::array();
  for (const domain::ScheduledVisit& visit : protocol.schedule) {
    json required = json::array();
    for (domain::Measure measure : visit.required) required.push_back(form_field(measure));
    schedule.push_back({{"week", visit.week},
                        {"window_before_days", visit.window_before_days},
                        {"window_after_days", visit.window_after_days},
                        {"required", required}});
  }
  json instruments = json::array();
  for (const domain::InstrumentRange& range : protocol.instruments) {
    const domain::MeasureInfo& info = domain::info(range.measure);
    instruments.push_back({{"measure", info.id},
                           {"field", form_field(range.measure)},
                           {"label", info.label},
                           {"unit", info.unit},
                           {"min", range.min},
                           {"max", range.max},
                           {"assumption", range.assumption}});
  }
  json endpoints = json::array();
  for (domain::Measure measure : protocol.analysis.endpoints) {
    endpoints.push_back(domain::info(measure).id);
  }
  return {
      {"study_id", study.info.study_id},
      {"description", study.info.description},
      {"synthetic", study.info.synthetic},
      {"protocol", {{"id", protocol.id}, {"title", protocol.title}, {"version", protocol.version}}},
      {"design", design_json(protocol.design)},
      {"sites", sites},
      {"regimen", regimen_json(protocol.regimen)},
      {"schedule", schedule},
      {"instruments", instruments},
      {"measures", measures_json()},
      {"mmt8", mmt8_json()},
      {"eligibility", eligibility_json(protocol.eligibility)},
      {"analysis",
       {{"baseline_week", protocol.analysis.baseline_week},
        {"primary_week", protocol.analysis.primary_week},
        {"endpoints", endpoints}}},
      {"codes", codes_json()},
      {"code_labels", code_labels_json()}};
}

}  // namespace myoivig::server
