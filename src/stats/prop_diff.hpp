// Difference of two independent proportions, p1 - p2 with p_i = x_i / n_i, with Newcombe's
// hybrid score interval (Newcombe 1998, Stat Med 17:873, method 10): with (l_i, u_i) the
// Wilson score intervals of each proportion (stats/binom.hpp, no continuity correction),
//   low  = (p1 - p2) - sqrt((p1 - l1)^2 + (u2 - p2)^2)
//   high = (p1 - p2) + sqrt((u1 - p1)^2 + (p2 - l2)^2).
// The p-value is Fisher's exact test, two-sided, on the table [x1, n1 - x1; x2, n2 - x2]
// (stats/fisher.hpp): exact for the small samples of myopathy trials. Note that the
// interval and the test come from different methods, so near 0.05 "0 outside the
// interval" and "p < 0.05" can disagree.
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <string_view>

#include "util/expected.hpp"

namespace myoivig::stats {

inline constexpr std::string_view k_prop_diff_method = "newcombe-hybrid-score";
inline constexpr std::string_view k_prop_diff_p_value_method = "fisher-exact-two-sided";

struct PropDiffResult {
  double difference = 0.0;  // p1 - p2
  double p1 = 0.0;
  double p2 = 0.0;
  double ci_low = 0.0;
  double ci_high = 0.0;
  double conf_level = 0.95;
  std::string_view method = k_prop_diff_method;
  double p_value = 1.0;
  std::string_view p_value_method = k_prop_diff_p_value_method;
};

// Fails unless 0 <= x_i <= n_i, n_i >= 1 and 0 < conf_level < 1.
util::Expected<PropDiffResult> prop_diff(std::int64_t x1, std::int64_t n1, std::int64_t x2,
                                         std::int64_t n2, double conf_level = 0.95);

}  // namespace myoivig::stats
