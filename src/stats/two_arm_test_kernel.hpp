// TwoArmTestKernel: decides whether one simulated two-arm trial with binary outcomes
// (x1 responders of n1 against x2 of n2) rejects equal response rates:
//   fisher     Fisher's exact test on [x1, n1 - x1; x2, n2 - x2] (stats/fisher.hpp),
//              reject when p <= alpha; alternative greater means p1 > p2.
//   prop-diff  the Newcombe hybrid score interval of p1 - p2 (stats/prop_diff.hpp)
//              excludes 0: two-sided at level 1 - alpha (reject when low > 0 or high < 0);
//              greater: low > 0 at level 1 - 2 alpha; less: high < 0 at level 1 - 2 alpha
//              (a one-sided test at alpha; needs alpha < 0.5).
// Decisions are cached per table (x1, x2), so each distinct table is tested once per
// kernel. An error of the underlying test (none is expected for valid counts) makes the
// trial undefined.
// Thread-safety: one kernel per thread (the cache is not shared).
#pragma once

#include <cstdint>
#include <vector>

#include "stats/alternative.hpp"
#include "stats/simulation.hpp"
#include "util/enum_names.hpp"

namespace myoivig::stats {

enum class TwoArmTest { fisher, prop_diff };

inline constexpr util::EnumNames<TwoArmTest, 2> k_two_arm_test_names{{
    {TwoArmTest::fisher, "fisher"},
    {TwoArmTest::prop_diff, "prop-diff"},
}};

struct TwoArmTestSettings {
  TwoArmTest test = TwoArmTest::fisher;
  double alpha = 0.05;
  Alternative alternative = Alternative::two_sided;
};

class TwoArmTestKernel {
 public:
  // Preconditions: n1, n2 >= 1; 0 < alpha < 1 (< 0.5 for one-sided prop-diff).
  TwoArmTestKernel(std::int64_t n1, std::int64_t n2, const TwoArmTestSettings& settings);

  // Precondition: 0 <= x1 <= n1, 0 <= x2 <= n2.
  TrialOutcome decide(std::int64_t x1, std::int64_t x2);

 private:
  [[nodiscard]] TrialOutcome compute(std::int64_t x1, std::int64_t x2) const;

  std::int64_t m_n1;
  std::int64_t m_n2;
  TwoArmTestSettings m_settings;
  // Outcome + 1 per table, 0 when not yet computed; empty when the table space is too big.
  std::vector<std::uint8_t> m_cache;
};

}  // namespace myoivig::stats
