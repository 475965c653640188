#include "stats/paired_test_kernel.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "stats/binom.hpp"
#include "stats/descriptive.hpp"
#include "stats/distributions.hpp"
#include "stats/signrank.hpp"

namespace myoivig::stats {
namespace {

constexpr std::size_t k_pairwise_rank_max_n = 32;  // beyond it, sorting is cheaper
// stats::ttest's test for "essentially constant" data: se < 10 eps |mean| (R's).
constexpr double k_constant_factor = 10 * std::numeric_limits<double>::epsilon();

TrialOutcome outcome(bool rejected) {
  return rejected ? TrialOutcome::reject : TrialOutcome::accept;
}

}  // namespace

PairedTestPlan::PairedTestPlan(std::size_t n, const PairedTestSettings& settings)
    : m_n(n), m_settings(settings) {
  if (settings.test == PairedTest::signrank && n <= k_signrank_auto_exact_max_n) {
    m_signrank_table =
        std::make_unique<SignrankRejectionTable>(n, settings.alpha, settings.alternative);
  }
  if (settings.test == PairedTest::ttest && n >= 2) {
    const double level = settings.alternative == Alternative::two_sided ? 1 - settings.alpha / 2
                                                                        : 1 - settings.alpha;
    m_t_critical = t_quantile(level, static_cast<double>(n - 1));
  }
}

PairedTestKernel::PairedTestKernel(const PairedTestPlan& plan)
    : m_plan(plan), m_magnitudes(plan.n()), m_order(plan.n()) {}

TrialOutcome PairedTestKernel::decide(std::span<const double> differences) {
  switch (m_plan.settings().test) {
    case PairedTest::signrank:
      return signrank(differences);
    case PairedTest::ttest:
      return ttest(differences);
    case PairedTest::signtest:
      return signtest(differences);
  }
  return TrialOutcome::undefined;
}

TrialOutcome PairedTestKernel::signrank(std::span<const double> d) {
  const SignrankRejectionTable* table = m_plan.signrank_table();
  if (table == nullptr) return signrank_engine(d);
  const std::size_t n = d.size();
  double* magnitude = m_magnitudes.data();
  for (std::size_t i = 0; i < n; ++i) {
    magnitude[i] = std::fabs(d[i]);
    if (magnitude[i] == 0) return signrank_engine(d);  // a zero: exact conditional
  }
  std::int64_t statistic = 0;
  if (n <= k_pairwise_rank_max_n) {
    // Without ties V = #{i <= j : d_i + d_j > 0}, the number of positive Walsh averages
    // (Tukey 1949): a pair counts when the one of larger |d| is positive. Exact in floating
    // point: a sum rounds to 0 or changes sign only when d_j = -d_i, a tie of |d|. Written
    // without branches on the data: the signs of random changes are unpredictable.
    std::int64_t tied = 0;
    for (std::size_t i = 0; i < n; ++i) {
      statistic += static_cast<std::int64_t>(d[i] > 0);
      for (std::size_t j = i + 1; j < n; ++j) {
        statistic += static_cast<std::int64_t>(d[i] + d[j] > 0);
        tied |= static_cast<std::int64_t>(magnitude[i] == magnitude[j]);
      }
    }
    if (tied != 0) return signrank_engine(d);
  } else {
    for (std::size_t i = 0; i < n; ++i) m_order[i] = i;
    std::sort(m_order.begin(), m_order.end(),
              [magnitude](std::size_t a, std::size_t b) { return magnitude[a] < magnitude[b]; });
    for (std::size_t rank = 0; rank < n; ++rank) {
      const std::size_t i = m_order[rank];
      if (rank > 0 && magnitude[m_order[rank - 1]] == magnitude[i]) return signrank_engine(d);
      if (d[i] > 0) statistic += static_cast<std::int64_t>(rank + 1);
    }
  }
  return outcome(table->rejects(statistic));
}

TrialOutcome PairedTestKernel::signrank_engine(std::span<const double> d) const {
  SignrankOptions options;
  options.alternative = m_plan.settings().alternative;
  options.conf_int = false;
  const auto result = stats::signrank(d, options);
  if (!result) return TrialOutcome::undefined;  // every difference zero
  return outcome(result->p_value <= m_plan.settings().alpha);
}

TrialOutcome PairedTestKernel::ttest(std::span<const double> d) const {
  const auto n = static_cast<double>(d.size());
  if (d.size() < 2) return TrialOutcome::undefined;
  const double mean = plain_mean(d);
  double squares = 0.0;
  for (const double value : d) squares += (value - mean) * (value - mean);
  const double std_error = std::sqrt(squares / (n - 1) / n);
  if (!(std_error > k_constant_factor * std::fabs(mean))) return TrialOutcome::undefined;
  const double t = mean / std_error;
  const double critical = m_plan.t_critical();
  switch (m_plan.settings().alternative) {
    case Alternative::less:
      return outcome(t <= -critical);
    case Alternative::greater:
      return outcome(t >= critical);
    case Alternative::two_sided:
      return outcome(std::fabs(t) >= critical);
  }
  return TrialOutcome::undefined;
}

TrialOutcome PairedTestKernel::signtest(std::span<const double> d) {
  std::int64_t positives = 0;
  std::size_t nonzero = 0;
  for (const double value : d) {
    positives += value > 0 ? 1 : 0;
    nonzero += value != 0 ? 1 : 0;
  }
  if (nonzero == 0) return TrialOutcome::undefined;
  if (m_signtest_critical.size() <= nonzero) m_signtest_critical.resize(nonzero + 1);
  SigntestCritical& critical = m_signtest_critical[nonzero];
  if (!critical.known) critical = signtest_critical(static_cast<std::int64_t>(nonzero));
  return outcome(positives <= critical.lower || positives >= critical.upper);
}

PairedTestKernel::SigntestCritical PairedTestKernel::signtest_critical(std::int64_t m) const {
  const PairedTestSettings& settings = m_plan.settings();
  auto rejects = [&](std::int64_t k) {
    const auto p_value = binom_p_value(k, m, 0.5, settings.alternative);
    return p_value && *p_value <= settings.alpha;
  };
  // The p-value of k positives among m falls towards each end of 0..m, so each tail's
  // rejected counts are a range found by bisection: O(log m) binomial p-values, not m.
  SigntestCritical critical{true, -1, m + 1};
  if (settings.alternative != Alternative::greater) {
    std::int64_t low = -1;  // rejects(low) or -1
    std::int64_t high = settings.alternative == Alternative::less ? m + 1 : m / 2 + 1;
    while (high - low > 1) {  // invariant: rejects(low) (or low = -1), !rejects(high)
      const std::int64_t middle = low + (high - low) / 2;
      if (middle <= m && rejects(middle)) {
        low = middle;
      } else {
        high = middle;
      }
    }
    critical.lower = low;
  }
  if (settings.alternative != Alternative::less) {
    std::int64_t low = settings.alternative == Alternative::greater ? -1 : (m + 1) / 2 - 1;
    std::int64_t high = m + 1;  // rejects(high) or m + 1
    while (high - low > 1) {    // invariant: !rejects(low), rejects(high) (or high = m + 1)
      const std::int64_t middle = low + (high - low) / 2;
      if (middle >= 0 && rejects(middle)) {
        high = middle;
      } else {
        low = middle;
      }
    }
    critical.upper = high;
  }
  return critical;
}

}  // namespace myoivig::stats
