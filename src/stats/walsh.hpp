// Walsh averages and the Hodges-Lehmann estimator of a one-sample location (the
// pseudo-median, R's wilcox.test(conf.int = TRUE) "(pseudo)median").
//
//   Walsh averages  W_ij = (x_i + x_j) / 2 for i <= j, M = n (n + 1) / 2 of them
//   Hodges-Lehmann  median of the W_ij (Hodges & Lehmann 1963)
//
// The sum is formed before halving, as R does, so the values agree to the last bit.
// Thread-safety: pure functions and an immutable class; a caller-owned scratch buffer for
// repeated use.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace myoivig::stats {

// All M Walsh averages, sorted ascending. Precondition: finite values.
std::vector<double> sorted_walsh_averages(std::span<const double> x);

// Median of values already sorted ascending. Precondition: !sorted.empty().
double median_of_sorted(std::span<const double> sorted);

// Median of the Walsh averages, without sorting all of them (selection, O(M) expected).
// `scratch` is reused between calls. Precondition: !x.empty(), finite values.
double hodges_lehmann(std::span<const double> x, std::vector<double>& scratch);
double hodges_lehmann(std::span<const double> x);

// Order statistics of the Walsh averages without forming all M of them (M grows as n^2:
// 2e8 averages for n = 20,000). The k-th smallest is found by bisection over the doubles
// between min and max, counting #{W_ij <= v} with two pointers over the sorted values:
// O(64 n) per order statistic, and exactly the value sorted_walsh_averages would hold.
class WalshOrderStatistics {
 public:
  // Precondition: !sorted_x.empty(), sorted ascending, finite. Keeps a copy.
  explicit WalshOrderStatistics(std::span<const double> sorted_x);

  [[nodiscard]] std::size_t size() const { return m_size; }  // M
  // The k-th smallest Walsh average, 1 <= k <= M.
  [[nodiscard]] double at(std::size_t k) const;
  [[nodiscard]] double median() const;

 private:
  [[nodiscard]] std::size_t count_at_most(double v) const;

  std::vector<double> m_x;
  std::size_t m_size = 0;
};

}  // namespace myoivig::stats
