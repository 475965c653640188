// PairedTestKernel: decides whether one simulated sample of paired differences rejects the
// null hypothesis (location 0), exactly as the engine's tests would, but fast enough to
// run millions of times:
//   signrank  stats::signrank with method auto (exact; exact conditional with ties or
//             zeros; normal above n = 400). Without ties or zeros and n <= 400 a trial
//             ranks |d| and sums the ranks of the positive d into V, then looks V up in a
//             SignrankRejectionTable built once per design (stats/signrank_critical.hpp);
//             for n <= 32 V is counted as the number of positive Walsh averages, without
//             sorting or branching on the data. A sample with
//             ties or zeros (e.g. after rounding) goes through stats::signrank itself.
//   ttest     stats::ttest's statistic; reject when t is beyond the t quantile with n - 1
//             df (two-sided |t| >= t_{1-alpha/2}, one-sided t_{1-alpha}), which is
//             p <= alpha. Constant samples (t undefined) are undefined trials.
//   signtest  stats::signtest: the exact binomial p-value of the number of positive
//             differences among the m nonzero ones; the critical counts for each m are
//             found on first use by bisection.
// Reject means p <= alpha. A sample the test cannot handle (every difference zero) is an
// undefined trial.
// Thread-safety: one kernel per thread (it keeps scratch buffers and tables); the shared
// SignrankRejectionTable is immutable.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "stats/alternative.hpp"
#include "stats/signrank_critical.hpp"
#include "stats/simulation.hpp"
#include "util/enum_names.hpp"

namespace myoivig::stats {

enum class PairedTest { signrank, ttest, signtest };

inline constexpr util::EnumNames<PairedTest, 3> k_paired_test_names{{
    {PairedTest::signrank, "signrank"},
    {PairedTest::ttest, "ttest"},
    {PairedTest::signtest, "signtest"},
}};

struct PairedTestSettings {
  PairedTest test = PairedTest::signrank;
  double alpha = 0.05;
  Alternative alternative = Alternative::two_sided;
};

// What the kernels of one design share: the signed-rank table (for n <= 400) and the t
// quantiles. Built once, from the calling thread. Preconditions: n >= 1, 0 < alpha < 1.
class PairedTestPlan {
 public:
  PairedTestPlan(std::size_t n, const PairedTestSettings& settings);

  [[nodiscard]] std::size_t n() const { return m_n; }
  [[nodiscard]] const PairedTestSettings& settings() const { return m_settings; }
  [[nodiscard]] const SignrankRejectionTable* signrank_table() const {
    return m_signrank_table.get();
  }
  [[nodiscard]] double t_critical() const { return m_t_critical; }

 private:
  std::size_t m_n;
  PairedTestSettings m_settings;
  std::unique_ptr<SignrankRejectionTable> m_signrank_table;
  double m_t_critical = 0.0;  // t_{1-alpha/2} two-sided, t_{1-alpha} one-sided
};

class PairedTestKernel {
 public:
  explicit PairedTestKernel(const PairedTestPlan& plan);

  // Precondition: differences.size() == plan.n(), finite values.
  TrialOutcome decide(std::span<const double> differences);

 private:
  TrialOutcome signrank(std::span<const double> differences);
  TrialOutcome signrank_engine(std::span<const double> differences) const;
  TrialOutcome ttest(std::span<const double> differences) const;
  TrialOutcome signtest(std::span<const double> differences);

  // Reject k positives among m nonzero when k <= lower or k >= upper.
  struct SigntestCritical {
    bool known = false;
    std::int64_t lower = -1;
    std::int64_t upper = 0;
  };
  [[nodiscard]] SigntestCritical signtest_critical(std::int64_t m) const;

  const PairedTestPlan& m_plan;
  std::vector<double> m_magnitudes;
  std::vector<std::size_t> m_order;
  std::vector<SigntestCritical> m_signtest_critical;  // [m], filled on first use
};

}  // namespace myoivig::stats
