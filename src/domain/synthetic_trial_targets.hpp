// What the synthetic trial generator (synthetic_trial.hpp) aims each invented patient at:
// the TIS band reached at the primary week, a confirmed deterioration (placebo arm; the
// patient then crosses over), a withdrawal, a thromboembolic event. A target is an aim for
// the patient's latent disease course, never a stored fact: whether a patient responds is
// computed from the measures by the TIS and deterioration code like any other data.
//
// Counts per arm of n patients, by largest remainders of the weights below (the weights
// are the demo's counts, so 47 IVIG and 48 placebo patients get exactly these):
//   responders R = round(n x responder share); non-responders n - R
//   active arm:  responders major : moderate : minimal = 15 : 17 : 5;
//                non-responders withdrawn before the primary week : TIS below 20 = 2 : 8
//   placebo arm: responders 4 : 6 : 11;
//                non-responders withdrawn : confirmed deterioration : TIS below 20 = 2 : 7 : 18,
//                the deteriorations with onset at the first and second follow-up visit
//                4 : 3; one in 7 of them (at least one, with the earlier onset) reaches
//                TIS 20-40 at the primary week after crossing over (a non-responder all
//                the same), the others stay below 20
//   withdrawals in the open-label extension: n x 1/47 (active), n x 2/48 (placebo), rounded
//   thromboembolic events: n x 4/47 (active), n x 2/48 (placebo), rounded, in patients on
//   IVIG who do not withdraw early.
// Targets are shuffled within the arm (Fisher-Yates on the draw given).
// Thread-safety: pure functions of their arguments and the draw.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "domain/synthetic_draw.hpp"

namespace myoivig::domain {

// Bands of the TIS at the primary week: 0 below the primary threshold, 1 from it to the
// first secondary threshold, ... (adult thresholds 20, 40, 60: bands 0-3).
constexpr int k_top_tis_band = 3;

struct TrialPatientTarget {
  std::optional<int> tis_band;  // empty: not aimed (withdrawn before the primary week)
  std::optional<int> deterioration_onset_week;  // confirmed at the next follow-up visit
  std::optional<int> last_visit_week;           // withdraws after this visit
  bool thromboembolic_event = false;
};

// Follow-up weeks the targets use (ascending, after the baseline week).
struct TargetWeeks {
  std::vector<int> follow_up;
  int primary = 16;
};

// n integers proportional to `weights`, summing to `total` (largest remainders, ties to the
// first).
std::vector<std::size_t> split_by_weights(std::size_t total, const std::vector<double>& weights);

// The arm's targets in recruitment order. `active` selects the active arm's mix (no
// deterioration) or the placebo arm's. Preconditions: the follow-up weeks include the
// primary week and at least two weeks before it.
std::vector<TrialPatientTarget> plan_arm_targets(bool active, std::size_t n, double responder_share,
                                                 const TargetWeeks& weeks, SyntheticDraw& draw);

}  // namespace myoivig::domain
