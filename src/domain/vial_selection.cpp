#include "domain/vial_selection.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>
#include <string>

namespace myoivig::domain {
namespace {

// A dose of x.0000001 g is x g that floating point could not write exactly, not a
// milligram more.
constexpr double k_mg_rounding_slack = 1e-6;
constexpr int k_unreachable = std::numeric_limits<int>::max();

struct Candidate {
  std::int64_t total_mg = 0;
  int vial_count = 0;
};

// Closer to the dose is better; at equal distance, meeting the dose is better; then fewer
// vials.
bool better(const Candidate& a, const Candidate& b, std::int64_t dose_mg) {
  const std::int64_t distance_a =
      a.total_mg > dose_mg ? a.total_mg - dose_mg : dose_mg - a.total_mg;
  const std::int64_t distance_b =
      b.total_mg > dose_mg ? b.total_mg - dose_mg : dose_mg - b.total_mg;
  if (distance_a != distance_b) return distance_a < distance_b;
  const bool meets_a = a.total_mg >= dose_mg;
  const bool meets_b = b.total_mg >= dose_mg;
  if (meets_a != meets_b) return meets_a;
  return a.vial_count < b.vial_count;
}

}  // namespace

std::int64_t grams_to_mg(double grams) {
  return static_cast<std::int64_t>(std::llround(grams * static_cast<double>(k_mg_per_g)));
}

std::int64_t grams_to_mg_up(double grams) {
  return static_cast<std::int64_t>(
      std::ceil(grams * static_cast<double>(k_mg_per_g) - k_mg_rounding_slack));
}

int VialSelection::vial_count() const {
  int count = 0;
  for (const VialCount& vial : vials) count += vial.count;
  return count;
}

util::Expected<VialSelection> select_vials(std::int64_t dose_mg,
                                           std::span<const std::int64_t> vial_sizes_mg,
                                           std::int64_t tolerance_mg) {
  if (vial_sizes_mg.empty()) return util::invalid_argument("vial sizes: none given");
  if (dose_mg <= 0 || dose_mg > k_max_daily_dose_mg) {
    return util::invalid_argument("dose: must be above 0 and at most 1000 g, got " +
                                  std::to_string(dose_mg) + " mg");
  }
  if (tolerance_mg < 0) {
    return util::invalid_argument("tolerance: must be 0 or more, got " +
                                  std::to_string(tolerance_mg) + " mg");
  }
  std::vector<std::int64_t> sizes(vial_sizes_mg.begin(), vial_sizes_mg.end());
  for (std::int64_t size : sizes) {
    if (size <= 0) {
      return util::invalid_argument("vial sizes: must be positive, got " + std::to_string(size) +
                                    " mg");
    }
  }
  std::sort(sizes.begin(), sizes.end(), std::greater<>());
  sizes.erase(std::unique(sizes.begin(), sizes.end()), sizes.end());

  // Every total is a multiple of the sizes' greatest common divisor: count in those units.
  std::int64_t unit = 0;
  for (std::int64_t size : sizes) unit = std::gcd(unit, size);
  // No total above dose + largest vial can be best: dropping a vial from it still meets
  // the dose with less waste.
  const auto units = static_cast<std::size_t>((dose_mg + sizes.front()) / unit + 1);

  // fewest[k]: the fewest vials that make k units exactly; last[k]: the size index of one
  // vial in such a combination (sizes tried largest first, so larger vials win ties).
  std::vector<int> fewest(units + 1, k_unreachable);
  std::vector<std::size_t> last(units + 1, 0);
  fewest[0] = 0;
  for (std::size_t k = 1; k <= units; ++k) {
    for (std::size_t s = 0; s < sizes.size(); ++s) {
      const auto size_units = static_cast<std::size_t>(sizes[s] / unit);
      if (size_units > k || fewest[k - size_units] == k_unreachable) continue;
      if (fewest[k - size_units] + 1 < fewest[k]) {
        fewest[k] = fewest[k - size_units] + 1;
        last[k] = s;
      }
    }
  }

  const std::int64_t lowest_mg = dose_mg - tolerance_mg;
  std::optional<Candidate> best;
  std::size_t best_units = 0;
  for (std::size_t k = 1; k <= units; ++k) {
    const std::int64_t total_mg = static_cast<std::int64_t>(k) * unit;
    if (total_mg < lowest_mg || fewest[k] == k_unreachable) continue;
    const Candidate candidate{total_mg, fewest[k]};
    if (!best || better(candidate, *best, dose_mg)) {
      best = candidate;
      best_units = k;
    }
  }
  if (!best) return util::invalid_argument("vial sizes: no combination reaches the dose");

  VialSelection selection;
  selection.dose_mg = dose_mg;
  selection.total_mg = best->total_mg;
  std::vector<int> counts(sizes.size(), 0);
  for (std::size_t k = best_units; k > 0; k -= static_cast<std::size_t>(sizes[last[k]] / unit)) {
    ++counts[last[k]];
  }
  for (std::size_t s = 0; s < sizes.size(); ++s) {
    if (counts[s] > 0) selection.vials.push_back({sizes[s], counts[s]});
  }
  return selection;
}

}  // namespace myoivig::domain
