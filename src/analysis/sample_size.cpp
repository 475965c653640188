#include "analysis/sample_size.hpp"

#include <algorithm>
#include <map>
#include <string>

#include "stats/check.hpp"

namespace myoivig::analysis {
namespace {

util::Error field_error(std::string_view field, const std::string& rule) {
  return util::invalid_argument(std::string(field) + ": " + rule);
}

util::Expected<void> check_settings(const PowerDesign& design, const SampleSizeSettings& settings,
                                    std::size_t min_n) {
  if (!(settings.target_power > 0 && settings.target_power < 1)) {
    return field_error("target-power",
                       "must be in (0, 1), got " + stats::format_number(settings.target_power));
  }
  const std::size_t floor = smallest_n(design);
  const std::size_t ceiling = std::holds_alternative<PairedDesign>(design)
                                  ? k_max_paired_n
                                  : static_cast<std::size_t>(k_max_arm_n);
  const std::string range =
      "must be in [" + std::to_string(floor) + ", " + std::to_string(ceiling) + "]";
  if (min_n < floor || min_n > ceiling) {
    return field_error("min-n", range + ", got " + std::to_string(min_n));
  }
  if (settings.max_n < floor || settings.max_n > ceiling) {
    return field_error("max-n", range + ", got " + std::to_string(settings.max_n));
  }
  if (settings.max_n < min_n) {
    return field_error("max-n", "must be at least min-n (" + std::to_string(min_n) + "), got " +
                                    std::to_string(settings.max_n));
  }
  return {};
}

}  // namespace

const PowerPoint& SampleSizeResult::answer() const {
  if (n) {
    for (const PowerPoint& point : curve) {
      if (point.n == *n) return point;
    }
  }
  return curve.back();
}

util::Expected<SampleSizeResult> search_sample_size(const PowerDesign& design,
                                                    const SampleSizeSettings& settings,
                                                    const stats::SimulationSettings& simulation) {
  const std::size_t min_n = settings.min_n == 0 ? smallest_n(design) : settings.min_n;
  MYOIVIG_TRY(check_settings(design, settings, min_n));
  MYOIVIG_TRY(validate(with_sample_size(design, min_n)));

  std::map<std::size_t, stats::RejectionCount> evaluated;
  // Simulated power at n, >= target or not.
  auto reaches = [&](std::size_t n) -> util::Expected<bool> {
    if (settings.evaluating) settings.evaluating(n);
    MYOIVIG_TRY_ASSIGN(count, simulate_power(with_sample_size(design, n), simulation));
    evaluated[n] = count;
    return count.power() >= settings.target_power;
  };

  // Bracket: below (fails) < above (reaches), by doubling from min_n.
  std::size_t below = 0;  // 0: nothing evaluated below the answer yet
  std::optional<std::size_t> above;
  for (std::size_t n = min_n;; n = std::min(settings.max_n, 2 * n)) {
    MYOIVIG_TRY_ASSIGN(reached, reaches(n));
    if (reached) {
      above = n;
      break;
    }
    below = n;
    if (n == settings.max_n) break;
  }
  // Bisection to adjacent integers.
  if (above) {
    while (*above - std::max(below, min_n - 1) > 1) {
      const std::size_t low = std::max(below, min_n - 1);
      const std::size_t middle = low + (*above - low) / 2;
      MYOIVIG_TRY_ASSIGN(reached, reaches(middle));
      if (reached) {
        above = middle;
      } else {
        below = middle;
      }
    }
  }

  SampleSizeResult result;
  result.n = above;
  for (const auto& [n, count] : evaluated) result.curve.push_back(PowerPoint{n, count});
  return result;
}

}  // namespace myoivig::analysis
