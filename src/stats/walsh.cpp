#include "stats/walsh.hpp"

#include <algorithm>
#include <bit>
#include <cassert>
#include <limits>

namespace myoivig::stats {
namespace {

void fill_walsh_averages(std::span<const double> x, std::vector<double>& out) {
  const std::size_t n = x.size();
  out.resize(n * (n + 1) / 2);
  std::size_t k = 0;
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i; j < n; ++j) out[k++] = (x[i] + x[j]) / 2.0;
  }
}

// Doubles mapped to integers in the same order (-0 and +0 both to 0), and back.
std::int64_t order_key(double value) {
  const auto bits = std::bit_cast<std::int64_t>(value);
  return bits < 0 ? std::numeric_limits<std::int64_t>::min() - bits : bits;
}

double from_order_key(std::int64_t key) {
  return std::bit_cast<double>(key < 0 ? std::numeric_limits<std::int64_t>::min() - key : key);
}

}  // namespace

std::vector<double> sorted_walsh_averages(std::span<const double> x) {
  std::vector<double> averages;
  fill_walsh_averages(x, averages);
  std::sort(averages.begin(), averages.end());
  return averages;
}

double median_of_sorted(std::span<const double> sorted) {
  assert(!sorted.empty());
  const std::size_t half = sorted.size() / 2;
  if (sorted.size() % 2 == 1) return sorted[half];
  return (sorted[half - 1] + sorted[half]) / 2.0;
}

double hodges_lehmann(std::span<const double> x, std::vector<double>& scratch) {
  assert(!x.empty());
  fill_walsh_averages(x, scratch);
  const std::size_t half = scratch.size() / 2;
  const auto middle = scratch.begin() + static_cast<std::ptrdiff_t>(half);
  std::nth_element(scratch.begin(), middle, scratch.end());
  const double upper = *middle;
  if (scratch.size() % 2 == 1) return upper;
  const double lower = *std::max_element(scratch.begin(), middle);
  return (lower + upper) / 2.0;
}

double hodges_lehmann(std::span<const double> x) {
  std::vector<double> scratch;
  return hodges_lehmann(x, scratch);
}

WalshOrderStatistics::WalshOrderStatistics(std::span<const double> sorted_x)
    : m_x(sorted_x.begin(), sorted_x.end()), m_size(m_x.size() * (m_x.size() + 1) / 2) {
  assert(!m_x.empty() && std::is_sorted(m_x.begin(), m_x.end()));
}

std::size_t WalshOrderStatistics::count_at_most(double v) const {
  // For each i, the j >= i with (x_i + x_j) / 2 <= v form a prefix that shrinks as i grows.
  std::size_t count = 0;
  std::size_t end = m_x.size();  // one past the last j that qualifies for the current i
  for (std::size_t i = 0; i < m_x.size(); ++i) {
    while (end > i && (m_x[i] + m_x[end - 1]) / 2.0 > v) --end;
    if (end <= i) break;
    count += end - i;
  }
  return count;
}

double WalshOrderStatistics::at(std::size_t k) const {
  assert(k >= 1 && k <= m_size);
  std::int64_t low = order_key(m_x.front());
  std::int64_t high = order_key(m_x.back());  // count_at_most(max) = M >= k
  while (low < high) {
    // high - low can exceed the int64 range; their distance fits a uint64.
    const auto distance = static_cast<std::uint64_t>(high) - static_cast<std::uint64_t>(low);
    const auto middle = static_cast<std::int64_t>(static_cast<std::uint64_t>(low) + distance / 2);
    if (count_at_most(from_order_key(middle)) >= k) {
      high = middle;
    } else {
      low = middle + 1;
    }
  }
  return from_order_key(low);
}

double WalshOrderStatistics::median() const {
  const std::size_t half = m_size / 2;
  if (m_size % 2 == 1) return at(half + 1);
  return (at(half) + at(half + 1)) / 2.0;
}

}  // namespace myoivig::stats
