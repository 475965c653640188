// Vial selection: for one infusion day, the combination of whole vials that meets the
// prescribed dose with the least waste, then the fewest vials (shared/specs/dosing.md,
// Vials). Rounding down below the dose is allowed only within a protocol tolerance
// (default 0); within it, the total closest to the dose wins, and of two equally close
// totals the one that meets the dose.
//
// All arithmetic is in whole milligrams, so that "meets the dose" and "least waste" are
// exact comparisons. Thread-safety: pure functions and value types.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "util/expected.hpp"

namespace myoivig::domain {

constexpr std::int64_t k_mg_per_g = 1000;
constexpr std::int64_t k_max_daily_dose_mg = 1'000'000;  // 1 kg of IgG: far above any dose

// Grams to whole milligrams, rounding to the nearest milligram.
std::int64_t grams_to_mg(double grams);

// The least whole number of milligrams that is not below `grams` (a dose must not lose
// its fraction of a milligram to rounding down).
std::int64_t grams_to_mg_up(double grams);

struct VialCount {
  std::int64_t size_mg = 0;
  int count = 0;
};

struct VialSelection {
  std::int64_t dose_mg = 0;      // prescribed
  std::int64_t total_mg = 0;     // in the vials chosen
  std::vector<VialCount> vials;  // largest size first; every count positive

  // What is opened but not given (0 when the vials fall short within the tolerance).
  [[nodiscard]] std::int64_t waste_mg() const {
    return total_mg > dose_mg ? total_mg - dose_mg : 0;
  }
  // How far the vials fall below the dose (0 unless a tolerance allowed it).
  [[nodiscard]] std::int64_t shortfall_mg() const {
    return dose_mg > total_mg ? dose_mg - total_mg : 0;
  }
  [[nodiscard]] int vial_count() const;
};

// Chooses the vials for `dose_mg`. Fails with invalid_argument when no vial size is given,
// a size is not positive, the dose is not positive or above k_max_daily_dose_mg, or the
// tolerance is negative.
util::Expected<VialSelection> select_vials(std::int64_t dose_mg,
                                           std::span<const std::int64_t> vial_sizes_mg,
                                           std::int64_t tolerance_mg = 0);

}  // namespace myoivig::domain
