#include "stats/two_arm_test_kernel.hpp"

#include "stats/fisher.hpp"
#include "stats/prop_diff.hpp"

namespace myoivig::stats {
namespace {

constexpr std::int64_t k_max_cached_tables = 1 << 22;  // 4 MB of cache per kernel

TrialOutcome outcome(bool rejected) {
  return rejected ? TrialOutcome::reject : TrialOutcome::accept;
}

}  // namespace

TwoArmTestKernel::TwoArmTestKernel(std::int64_t n1, std::int64_t n2,
                                   const TwoArmTestSettings& settings)
    : m_n1(n1), m_n2(n2), m_settings(settings) {
  const std::int64_t tables = (n1 + 1) * (n2 + 1);
  if (tables <= k_max_cached_tables) m_cache.assign(static_cast<std::size_t>(tables), 0);
}

TrialOutcome TwoArmTestKernel::decide(std::int64_t x1, std::int64_t x2) {
  if (m_cache.empty()) return compute(x1, x2);
  std::uint8_t& cached = m_cache[static_cast<std::size_t>(x1 * (m_n2 + 1) + x2)];
  if (cached == 0) cached = static_cast<std::uint8_t>(compute(x1, x2)) + 1;
  return static_cast<TrialOutcome>(cached - 1);
}

TrialOutcome TwoArmTestKernel::compute(std::int64_t x1, std::int64_t x2) const {
  const double alpha = m_settings.alpha;
  if (m_settings.test == TwoArmTest::fisher) {
    const auto p_value = fisher_p_value(x1, m_n1 - x1, x2, m_n2 - x2, m_settings.alternative);
    if (!p_value) return TrialOutcome::undefined;
    return outcome(*p_value <= alpha);
  }
  const bool two_sided = m_settings.alternative == Alternative::two_sided;
  const auto result = prop_diff(x1, m_n1, x2, m_n2, two_sided ? 1 - alpha : 1 - 2 * alpha);
  if (!result) return TrialOutcome::undefined;
  switch (m_settings.alternative) {
    case Alternative::greater:
      return outcome(result->ci_low > 0);
    case Alternative::less:
      return outcome(result->ci_high < 0);
    case Alternative::two_sided:
      return outcome(result->ci_low > 0 || result->ci_high < 0);
  }
  return TrialOutcome::undefined;
}

}  // namespace myoivig::stats
