// Cochran-Mantel-Haenszel test of conditional independence in a 2 x 2 x K table, with the
// Mantel-Haenszel common odds ratio and its Robins-Breslow-Greenland interval (R's
// mantelhaen.test for 2 x 2 x K tables, alternative two-sided, exact = FALSE).
//
// Per stratum k with rows a b / c d and total t: E_k = (a+b)(a+c)/t, V_k = (a+b)(c+d)(a+c)
// (b+d) / (t^2 (t-1)). Statistic (|sum(a - E)| - 0.5)^2 / sum(V) with the continuity
// correction (R's default, applied only when |sum(a - E)| >= 0.5), p from chi-square on 1
// df. Odds ratio sum(ad/t) / sum(bc/t); log-scale interval with the RGB variance.
// References: Mantel and Haenszel (1959) J Natl Cancer Inst 22:719; Robins, Breslow and
// Greenland (1986) Biometrics 42:311; Agresti (2002) Categorical Data Analysis 6.3.
// Thread-safety: pure function.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "stats/interval.hpp"
#include "util/expected.hpp"

namespace myoivig::stats {

// One stratum's 2 x 2 table: rows a b / c d (e.g. responders and non-responders of the first
// arm, then of the second).
struct Stratum2x2 {
  std::int64_t a = 0, b = 0, c = 0, d = 0;
};

struct MantelHaenszelOptions {
  bool correct = true;  // continuity correction
  double conf_level = 0.95;
};

struct MantelHaenszelResult {
  double statistic = 0;  // chi-square, 1 df
  double p_value = 1;
  std::optional<double> odds_ratio;       // empty when sum(bc/t) = 0 (not estimable)
  std::optional<Interval> odds_ratio_ci;  // empty too when the estimate is 0
  std::size_t strata = 0;                 // the strata used
};

// Fails like R on fewer than 2 strata or a stratum of fewer than 2 (R: "sample size in each
// stratum must be > 1"), on a negative count or a conf_level outside (0, 1), and when every
// stratum has a fixed margin (the variance is 0: nothing to test).
util::Expected<MantelHaenszelResult> mantel_haenszel(const std::vector<Stratum2x2>& strata,
                                                     const MantelHaenszelOptions& options = {});

}  // namespace myoivig::stats
