// Test support, not part of the library: the seed protocol (protocols/seed-ivig.toml)
// built by hand, for domain tests, which may not read files through io/ (layer rule).
// Keep it in step with the TOML file; io/protocol_file_test.cpp checks the file's values.
// Thread-safety: returns a fresh value.
#pragma once

#include <optional>
#include <vector>

#include "domain/measure.hpp"
#include "domain/protocol.hpp"

namespace myoivig::domain {

inline Protocol seed_protocol_for_tests() {
  Protocol protocol;
  protocol.id = "SEED-IVIG-2003";
  protocol.title =
      "High-dose IVIG in steroid-resistant polymyositis and dermatomyositis (prospective, open)";
  protocol.version = "1.0";

  EligibilityRules& eligibility = protocol.eligibility;
  eligibility.diagnoses = {Diagnosis::polymyositis, Diagnosis::dermatomyositis};
  eligibility.biopsy_required = true;
  eligibility.steroid_resistance = SteroidResistanceRule{50, 4, 1};
  eligibility.exclusions = {
      {"iga_deficiency", "IgA deficiency", std::nullopt},
      {"thrombosis_history", "History of thrombosis", std::nullopt},
      {"ischaemic_heart_disease", "History of ischaemic heart disease", std::nullopt},
      {"severe_renal_disease", "Severe renal disorder", std::nullopt},
      {"severe_hepatic_disease", "Severe hepatic disorder", std::nullopt},
      {"prior_ivig", "IVIG within 6 weeks before enrolment", 6},
      {"malignancy", "Malignancy", std::nullopt},
  };

  Regimen& regimen = protocol.regimen;
  regimen.id = "seed";
  regimen.description =
      "PEG-treated human IgG 0.4 g/kg/day for 5 successive days; a second course allowed";
  regimen.dose_g_per_kg_per_day = 0.4;
  regimen.days = 5;
  regimen.max_courses = 2;
  regimen.weight_policy = WeightPolicy::actual;
  regimen.product = "PEG-IgG 5%";
  protocol.dose_tolerance_fraction = 0.10;

  using M = Measure;
  const std::vector<Measure> all_but_weight = {M::mmt, M::adl, M::ck, M::vas_fatigue, M::vas_pain};
  std::vector<Measure> all = all_but_weight;
  all.push_back(M::weight);
  protocol.schedule = {
      {-4, 28, 7, {M::mmt}},     {0, 14, 0, all},           {2, 3, 3, all_but_weight},
      {4, 3, 3, all_but_weight}, {8, 7, 7, all_but_weight}, {12, 7, 7, all},
  };
  protocol.schedule_assumption =
      "visit windows chosen for the reconstruction; the abstract states only follow-up to 12 "
      "weeks";

  protocol.instruments = {
      {M::mmt, 0, 130, "MMT score maximum not stated in the source; 130 assumed"},
      {M::adl, 0, 100, "ADL scale not stated in the source"},
      {M::ck, 0, 100000, "CK in IU/l; 100,000 IU/l as the plausibility limit"},
      {M::vas_fatigue, 0, 10, ""},
      {M::vas_pain, 0, 10, ""},
      {M::weight, 20, 250, ""},
  };

  AnalysisPlan& analysis = protocol.analysis;
  analysis.baseline_week = 0;
  analysis.primary_week = 12;
  analysis.endpoints = all_but_weight;
  analysis.primary_test = "signrank";
  analysis.alpha = 0.05;
  analysis.conf_level = 0.95;
  analysis.population = "treated_with_primary_assessment";
  return protocol;
}

}  // namespace myoivig::domain
