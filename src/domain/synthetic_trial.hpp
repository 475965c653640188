// Synthetic randomised trial generator: invents a whole two-arm, placebo-controlled trial
// that follows a randomised protocol like protocols/rct-ivig-2g.toml (ProDERM-like), for
// the demo (`myoivig synth --protocol protocols/rct-ivig-2g.toml`, `myoivig demo --study
// rct`), tests and benchmarks. No real patient is behind any record and the result is
// marked synthetic (StudyInfo::synthetic).
//
// Arms and allocation: the active arm gets floor(N / 2) patients and the placebo arm the
// rest (95: 47 IVIG, 48 placebo). The allocation list is the protocol's own
// (domain::allocation_list: permuted blocks by site, the protocol's seed). Sites recruit in
// rounds in the protocol's order, each taking the next slot of its list; once an arm has
// its number, a site whose next slot is for that arm closes (so the list is never skipped
// and the arm sizes come out exactly). Patient i (RCT-001, ... in recruitment order) has
// day 1 (baseline, randomisation) 7 i + 0-3 days after 2017-03-06.
//
// Every patient is eligible: dermatomyositis (the protocol's first diagnosis) with the five
// Bohan and Peter criteria recorded as conditions (rash present, probable or definite),
// every exclusion recorded absent (a few with an old prior IVIG outside its window), the
// screening core set meeting the entry rule. Three in four take a stable low prednisolone
// dose (5-20 mg/day). Visits fall on their target dates +-3 days (screening 28 +-5 days
// before day 1, baseline on day 1) and carry the whole IMACS core set and, where the
// schedule asks for it, the weight.
//
// Outcomes: each patient is aimed at a target (synthetic_trial_targets.hpp) and gets a
// latent disease course checked against it with myoivig's own TIS and deterioration code
// (synthetic_disease_course.hpp); only measures are stored, so responders come out of the
// analysis. With the default shares the analysis gives 37 of 47 IVIG and 21 of 48 placebo
// responders, as published for ProDERM.
//
// Treatment (synthetic_trial_treatment.hpp): every patient has courses from week 0 every
// regimen interval (to week 36 in rct-ivig-2g: 10 courses). In a blinded design the courses
// before the open-label extension (blinded_until_week) are masked study drug: IVIG in the
// active arm, placebo in the placebo arm until the switch, which is open-label IVIG at the
// visit confirming a deterioration when the design has a crossover, otherwise at the
// extension. The dosing weight is the last weight measured before the course. Patients who withdraw
// have no visit or course after the withdrawal.
//
// Patient i draws from its own stream stats::Rng(seed, i + 1); the targets come from
// stream 0. Thread-safety: pure function.
#pragma once

#include <cstddef>
#include <cstdint>

#include "domain/protocol.hpp"
#include "domain/study_data.hpp"
#include "util/expected.hpp"

namespace myoivig::domain {

struct SyntheticTrialOptions {
  std::size_t patients = 95;  // 2 up to what the protocol's allocation list can hold
  std::uint64_t seed = 1;
  // Responders aimed at in each arm, as shares of the arm (rounded to whole patients).
  double active_responder_share = 37.0 / 47.0;
  double placebo_responder_share = 21.0 / 48.0;
};

// The generated trial, or invalid_argument naming the option or protocol key the generator
// cannot work with (a single-arm protocol, no placebo arm, no response plan, a schedule
// without the baseline or primary week or without two follow-up visits before it, a regimen
// without an interval, more patients than the allocation list holds).
util::Expected<StudyData> generate_synthetic_trial(const SyntheticTrialOptions& options,
                                                   const Protocol& protocol);

}  // namespace myoivig::domain
