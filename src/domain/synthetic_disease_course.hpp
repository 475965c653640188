// A synthetic patient's IMACS core set at every visit, made from a latent disease course
// and checked against its target with myoivig's own criteria (for synthetic_trial.hpp).
//
// The latent course: baseline values (MMT-8 95-138 of 150, physician global 25-85 mm,
// patient global 20-95 mm, extramuscular 12-80 mm, HAQ-DI 2/8-20/8, CK log-normal around
// 350 IU/l), a screening visit close to baseline, an improvement profile (what each measure
// gains at level 1: 45-85 % of the MMT-8 headroom, 60-95 % of the physician global, ...)
// and a level per week that rises as 1 - exp(-weeks / 6) towards the level aimed at by the
// primary week (the placebo arm's as 1 - exp(-weeks / 8)), then towards an open-label level
// by the last visit (the active arm's 0-0.25 above it, the placebo arm's at least 0.25-0.9).
// A deterioration adds a worsening (extramuscular global +24-34 mm, or
// physician and patient global +40-60 % and HAQ-DI +45-70 %) from its onset visit; after
// the switch to IVIG it fades over 8 weeks while the level rises again. Every visit adds
// measurement noise (VAS sd 3 mm, MMT-8 sd 1.5, HAQ-DI +-1/8, CK sd 12 % on the log scale).
//
// The check: the screening assessment meets the protocol's core set entry rule, and the
// ACR/EULAR TIS at the primary week and confirmed deterioration up to it, computed exactly
// as the trial analysis computes them (core_set_of, total_improvement_score,
// confirmed_deterioration), give the target: the TIS band, no confirmed deterioration, or a
// deterioration with the target's onset. A course that misses is drawn again from the same
// stream; only the measures are returned, never the outcome.
// Thread-safety: pure function of its arguments and the draw.
#pragma once

#include <optional>
#include <vector>

#include "domain/assessment.hpp"
#include "domain/entry_rules.hpp"
#include "domain/synthetic_draw.hpp"
#include "domain/total_improvement_score.hpp"
#include "util/expected.hpp"

namespace myoivig::domain {

struct DiseaseCourseSetting {
  int baseline_week = 0;
  int primary_week = 16;
  int last_week = 40;
  Population population = Population::adult;
  int mmt_max = 150;
  std::vector<int> thresholds{20, 40, 60};  // primary, then secondary, ascending
  std::optional<CoreSetEntryRule> entry;    // checked at its week when set
};

struct DiseaseCourseTarget {
  bool active = true;           // IVIG from baseline; otherwise placebo until the switch
  int switch_week = 0;          // first IVIG course (active: the baseline week)
  std::optional<int> tis_band;  // 0 below thresholds[0], 1 from it, ...
  std::optional<int> deterioration_onset_week;
  std::optional<int> deterioration_confirmed_week;  // the next follow-up visit
};

// The core set at each of `weeks` (ascending; screening, baseline and the follow-up visits
// the patient attends), as Assessments with only the core set fields and CK's ULN set.
// internal-style invalid_argument when no course meets the target within the attempt
// limit (a target the setting cannot reach, e.g. thresholds far from 20/40/60).
util::Expected<std::vector<Assessment>> synthesise_disease_course(
    const DiseaseCourseSetting& setting, const DiseaseCourseTarget& target,
    const std::vector<int>& weeks, int ck_uln_iu_per_l, SyntheticDraw& draw);

// What the trial analysis computes from the assessments (analysis/patient_response.hpp):
// the TIS at the primary week, and confirmed deterioration among the follow-up visits up
// to it. Exposed for the tests.
struct ComputedResponse {
  std::optional<Rational> tis_at_primary;
  bool confirmed_deterioration = false;
  std::optional<int> onset_week;
  std::optional<int> confirmed_week;
};
util::Expected<ComputedResponse> compute_response(const DiseaseCourseSetting& setting,
                                                  const std::vector<Assessment>& assessments);

}  // namespace myoivig::domain
