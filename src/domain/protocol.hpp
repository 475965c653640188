// Protocol: everything a study's protocol file fixes: eligibility rules, the regimen,
// the visit schedule, instrument ranges (with the assumptions behind them) and the
// analysis plan. Read from TOML by io/protocol_file; checked here by validate().
// Thread-safety: plain value types.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/entry_rules.hpp"
#include "domain/measure.hpp"
#include "domain/patient.hpp"
#include "domain/regimen.hpp"
#include "domain/study_design.hpp"
#include "domain/total_improvement_score.hpp"
#include "util/expected.hpp"

namespace myoivig::domain {

// Steroid resistance: no MMT improvement despite prednisolone above a dose for longer
// than a duration (seed: > 50 mg/day for > 4 weeks).
struct SteroidResistanceRule {
  double prednisolone_above_mg_per_day = 50;
  int duration_above_weeks = 4;
  // MMT must rise by at least this many points over the period to count as improvement;
  // a smaller rise, no change or a fall is "no improvement".
  int mmt_improvement_min_points = 1;
};

struct Exclusion {
  std::string code;   // matches Condition::code, e.g. "iga_deficiency"
  std::string label;  // "IgA deficiency"
  // When set, the condition excludes only if its date lies within this many weeks before
  // enrolment (e.g. prior IVIG within 6 weeks).
  std::optional<int> within_weeks;
};

struct EligibilityRules {
  std::vector<Diagnosis> diagnoses;
  bool biopsy_required = true;
  std::optional<SteroidResistanceRule> steroid_resistance;  // the seed study's entry rule
  std::optional<BohanPeterRule> bohan_peter;                // domain/entry_rules.hpp
  std::optional<CoreSetEntryRule> core_set_entry;
  std::vector<Exclusion> exclusions;
};

struct ScheduledVisit {
  int week = 0;
  int window_before_days = 0;     // earliest: target date minus this
  int window_after_days = 0;      // latest: target date plus this
  std::vector<Measure> required;  // measures expected at this visit
};

// Range of one measure, in its reporting unit, with the evidence for it.
struct InstrumentRange {
  Measure measure = Measure::mmt;
  double min = 0;
  double max = 0;
  std::string assumption;  // empty when the range is published; otherwise why chosen
};

// How a randomised trial judges response (shared/specs/outcomes.md sections 4, 6, 7):
// a patient responds at the primary week when the ACR/EULAR TIS reaches the threshold and,
// when asked, no confirmed deterioration occurred up to then. A patient without a TIS at
// the primary week (missing measures, withdrawn) does not respond (intention to treat).
struct ResponsePlan {
  Population population = Population::adult;
  int mmt_max = 150;  // the MMT-8 scale of the trial: 150 bilateral
  int threshold = 20;
  std::vector<int> secondary_thresholds;  // e.g. {40, 60}
  bool without_confirmed_deterioration = true;
};

// Adverse events of special interest (e.g. thromboembolic events with IVIG), listed
// separately in the safety analysis; matched by verbatim term, ignoring case.
struct SpecialInterest {
  std::string label;
  std::vector<std::string> terms;
};

struct AnalysisPlan {
  int baseline_week = 0;
  int primary_week = 12;
  std::vector<Measure> endpoints;
  std::string primary_test = "signrank";
  double alpha = 0.05;
  double conf_level = 0.95;
  // Analysed set: treated patients with the endpoints assessed at baseline and at the
  // primary week and not withdrawn before it.
  std::string population = "treated_with_primary_assessment";
  std::optional<ResponsePlan> response;  // randomised designs: responders by arm
  std::optional<SpecialInterest> special_interest;
};

struct Protocol {
  std::string id;
  std::string title;
  std::string version;
  StudyDesign design;  // single-arm unless the file has a [design] table
  EligibilityRules eligibility;
  Regimen regimen;
  std::vector<ScheduledVisit> schedule;
  std::string schedule_assumption;  // why the windows are what they are, when not published
  std::vector<InstrumentRange> instruments;
  AnalysisPlan analysis;
  // Fraction by which a recorded daily dose may differ from weight x g/kg before `check`
  // reports it (vials rarely match the prescribed dose exactly).
  double dose_tolerance_fraction = 0.10;

  [[nodiscard]] const ScheduledVisit* visit(int week) const;
  [[nodiscard]] const InstrumentRange* range(Measure measure) const;
};

// Checks the protocol's internal consistency. Fails with the key path and the rule,
// e.g. "regimen.days: must be a positive integer, got 0".
util::Expected<void> validate(const Protocol& protocol);

}  // namespace myoivig::domain
