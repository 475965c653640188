// ConfirmedDeterioration: disease worsening as ProDERM defined it (shared/specs/outcomes.md
// section 6; ProDERM safety paper, figure 1 legend). At a visit, compared with baseline,
// deterioration is any of:
//   1. physician global VAS worse by >= 2 cm and MMT worse by >= 20 %;
//   2. extramuscular global VAS worse by >= 2 cm;
//   3. any 3 of the 5 core set measures other than enzymes (physician and patient global,
//      MMT, HAQ, extramuscular) worse by >= 30 %.
// Confirmed when present at two consecutive visits. Percentages are relative to baseline
// [adopted; a named setting]; a baseline of 0 makes that percentage undefined (not worse).
// The cm criteria are exact differences, the percent criteria exact Rationals: 2 cm and
// 20 % count. A criterion without the data it needs is listed as not evaluable, and a visit
// is deteriorated only on criteria that were met.
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "domain/core_set.hpp"
#include "domain/percent_change.hpp"
#include "util/expected.hpp"

namespace myoivig::domain {

constexpr int k_deterioration_vas_cm = 2;
constexpr int k_deterioration_mmt_percent = 20;
constexpr int k_deterioration_any_percent = 30;
constexpr int k_deterioration_any_count = 3;

struct DeteriorationSettings {
  ChangeRule rule = ChangeRule::relative_to_baseline;  // for the percent criteria
};

struct VisitCoreSet {
  int week = 0;
  CoreSet measures;
};

struct DeteriorationCheck {
  int week = 0;
  bool deteriorated = false;
  std::vector<std::string> reasons;        // the criteria met, in words
  std::vector<std::string> not_evaluable;  // the criteria whose data are missing
};

struct ConfirmedDeterioration {
  bool confirmed = false;
  std::optional<int> onset_week;      // the first of the first two consecutive visits
  std::optional<int> confirmed_week;  // the second
  std::vector<DeteriorationCheck> visits;
};

// One visit against baseline (values already validated).
DeteriorationCheck check_deterioration(const CoreSet& baseline, const VisitCoreSet& visit,
                                       int mmt_max, const DeteriorationSettings& settings = {});

// Every follow-up visit in week order. invalid_argument when the weeks do not increase
// ("visits[2].week: 8 is not after week 8") or a value is out of range
// ("visits[1].physician_global: 12 cm is outside 0-10 cm").
util::Expected<ConfirmedDeterioration> confirmed_deterioration(
    const CoreSet& baseline, std::span<const VisitCoreSet> visits, int mmt_max,
    const DeteriorationSettings& settings = {});

}  // namespace myoivig::domain
