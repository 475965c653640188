// Test support, not part of the library: the randomised protocol protocols/rct-ivig-2g.toml
// built by hand, for domain tests, which may not read files through io/ (layer rule). Keep
// it in step with the TOML file (the CLI tests run the generator on the file itself).
// Thread-safety: returns a fresh value.
#pragma once

#include <optional>
#include <vector>

#include "domain/measure.hpp"
#include "domain/protocol.hpp"

namespace myoivig::domain {

inline Protocol rct_protocol_for_tests() {
  Protocol protocol;
  protocol.id = "RCT-IVIG-2G";
  protocol.title =
      "Randomised, placebo-controlled trial of IVIG 2 g/kg every 4 weeks in adult "
      "dermatomyositis";
  protocol.version = "1.0";

  StudyDesign& design = protocol.design;
  design.kind = DesignKind::randomised;
  design.blinded = true;
  design.blinded_until_week = 16;
  design.arms = {{"ivig", "IVIG 2 g/kg every 4 weeks", false, 1}, {"placebo", "Placebo", true, 1}};
  design.randomisation = RandomisationSettings{
      {4}, true, {"US-01", "US-02", "US-03", "EU-01", "EU-02", "EU-03"}, 24, 20221006};
  design.crossover = Crossover{"placebo", "ivig", "confirmed_deterioration"};

  EligibilityRules& eligibility = protocol.eligibility;
  eligibility.diagnoses = {Diagnosis::dermatomyositis};
  eligibility.biopsy_required = false;
  eligibility.bohan_peter = BohanPeterRule{BohanPeterCertainty::probable};
  eligibility.core_set_entry = CoreSetEntryRule{-4, 142, 2, 20, 20, 10, Rational::fraction(1, 4)};
  eligibility.exclusions = {
      {"thrombosis_history", "History of thromboembolic events", std::nullopt},
      {"iga_deficiency", "IgA deficiency with antibodies to IgA", std::nullopt},
      {"severe_renal_disease", "Severe renal impairment", std::nullopt},
      {"prior_ivig", "IVIG within 6 months before screening", 26},
      {"malignancy", "Active malignancy", std::nullopt},
  };

  Regimen& regimen = protocol.regimen;
  regimen.id = "rct-2g";
  regimen.description = "Octagam 10 % 2.0 g/kg per course (0.4 g/kg/day for 5 days) every 4 weeks";
  regimen.dose_g_per_kg_per_day = 0.4;
  regimen.days = 5;
  regimen.max_courses = 10;
  regimen.interval_weeks = 4;
  regimen.weight_policy = WeightPolicy::actual;
  regimen.product = "Octagam 10%";

  using M = Measure;
  const std::vector<Measure> core = {M::mmt8, M::physician_activity,    M::patient_activity, M::haq,
                                     M::ck,   M::extramuscular_activity};
  std::vector<Measure> with_weight = core;
  with_weight.push_back(M::weight);
  protocol.schedule = {{-4, 14, 14, core}, {0, 0, 0, with_weight}, {4, 7, 7, core},
                       {8, 7, 7, core},    {12, 7, 7, core},       {16, 7, 7, with_weight},
                       {24, 7, 7, core},   {32, 7, 7, core},       {40, 7, 7, with_weight}};
  protocol.instruments = {
      {M::mmt8, 0, 150, ""},
      {M::physician_activity, 0, 10, ""},
      {M::patient_activity, 0, 10, ""},
      {M::extramuscular_activity, 0, 10, ""},
      {M::haq, 0, 3, ""},
      {M::ck, 0, 100000, "CK upper bound for range checks only"},
      {M::weight, 25, 250, ""},
  };

  AnalysisPlan& analysis = protocol.analysis;
  analysis.baseline_week = 0;
  analysis.primary_week = 16;
  analysis.endpoints = core;
  analysis.primary_test = "fisher";
  analysis.population = "randomised";
  analysis.response = ResponsePlan{Population::adult, 150, 20, {40, 60}, true};
  analysis.special_interest =
      SpecialInterest{"thromboembolic events",
                      {"deep vein thrombosis", "pulmonary embolism", "myocardial infarction",
                       "cerebral infarction", "transient ischaemic attack", "thrombophlebitis"}};
  return protocol;
}

}  // namespace myoivig::domain
