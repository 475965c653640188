// Synthetic study generator: invents a whole study of N patients that follow a protocol,
// for demos, tests and benchmarks (`myoivig synth`). No real patient is behind any record
// and the result is marked synthetic (StudyInfo::synthetic).
//
// Every invented patient is enrolled and eligible under the protocol's rules, and the
// data pass check_study (data_check.hpp) with no findings:
// - a diagnosis the protocol admits, biopsy-proven, the biopsy before steroid treatment;
// - steroid resistance: prednisolone 5-20 mg/day above the rule's threshold for 4-7
//   weeks more than the rule's duration before day 1, then a taper in 5-10 mg/day steps
//   (the last period open); the MMT at baseline is at or below the screening MMT; a
//   quarter had a low maintenance dose for months before;
// - every exclusion code recorded absent (a few with an old prior IVIG, outside the
//   exclusion's window);
// - the screening visit (the schedule's first week) is the enrolment date; every visit
//   falls inside its window and carries every measure the schedule requires;
// - course 1 starts on day 1 at the regimen's g/kg/day on the baseline weight (policy
//   actual), each daily dose rounded up to whole 2.5 g vials (0.5 g when that would leave
//   the protocol's dose tolerance), volume for a 5 % solution;
// - about 75 % respond (MMT +14 points, CK -35-75 %, VAS -40-95 % by the primary week,
//   rising as 1 - exp(-week / 4)); the others change little;
// - about 12 % withdraw between two visits with a reason, a few of them before the first
//   infusion; about 20 % get a second course at week 5-6 when the regimen allows one;
//   about 8 % of courses are followed by an adverse event, 11 % of them serious.
// Ids are SYN-000001 onwards; enrolment runs in id order over a recruitment period from
// 2008-01-07 (7 days per patient, at least a year, at most 12 years), across the sites.
// Patient number i draws from its own stream (stats::Rng(seed, i)), so the result depends
// only on the options and the protocol. Thread-safety: pure function.
#pragma once

#include <cstddef>
#include <cstdint>

#include "domain/protocol.hpp"
#include "domain/study_data.hpp"
#include "util/expected.hpp"

namespace myoivig::domain {

struct SyntheticStudyOptions {
  std::size_t patients = 100;  // 1 to 999,999
  std::uint64_t seed = 1;
  // Number of sites (SITE-01, ...), 1 to 99; 0 picks one per 50 patients, at least 2
  // (never more than there are patients).
  int sites = 0;
};

// The generated study, or invalid_argument naming the option or protocol key that the
// generator cannot work with (e.g. a schedule without a visit at the baseline week).
util::Expected<StudyData> generate_synthetic_study(const SyntheticStudyOptions& options,
                                                   const Protocol& protocol);

}  // namespace myoivig::domain
