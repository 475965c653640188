#include "analysis/power_design.hpp"

#include <cmath>
#include <memory>
#include <string>

#include "stats/check.hpp"
#include "stats/trial_kernels.hpp"

namespace myoivig::analysis {
namespace {

util::Error field_error(std::string_view field, std::string_view rule) {
  return util::invalid_argument(std::string(field) + ": " + std::string(rule));
}

std::string number(double value) {
  return stats::format_number(value);
}

util::Expected<void> check_alpha(double alpha) {
  if (!(alpha > 0 && alpha < 1)) {
    return field_error("alpha", "must be in (0, 1), got " + number(alpha));
  }
  return {};
}

util::Expected<void> check_count(std::string_view field, std::int64_t value, std::int64_t low,
                                 std::int64_t high, std::string_view why = "") {
  if (value < low || value > high) {
    return field_error(field, "must be in [" + std::to_string(low) + ", " + std::to_string(high) +
                                  "]" + std::string(why) + ", got " + std::to_string(value));
  }
  return {};
}

util::Expected<void> validate_paired(const PairedDesign& design) {
  const bool ttest = design.test.test == stats::PairedTest::ttest;
  MYOIVIG_TRY(check_count("n", static_cast<std::int64_t>(design.n), ttest ? 2 : 1,
                          static_cast<std::int64_t>(k_max_paired_n),
                          ttest ? " for the t-test" : ""));
  if (design.distribution == stats::ChangeDistribution::resample) {
    if (design.observed.empty()) {
      return field_error("observed", "must hold at least 1 change to resample, got none");
    }
    for (const double value : design.observed) {
      if (!std::isfinite(value)) {
        return field_error("observed", "must hold finite changes, got " + number(value));
      }
    }
  } else {
    if (!std::isfinite(design.mean_change)) {
      return field_error("mean-change", "must be finite, got " + number(design.mean_change));
    }
    if (!(design.sd > 0) || !std::isfinite(design.sd)) {
      return field_error("sd", "must be positive and finite, got " + number(design.sd));
    }
  }
  if (!(design.round_step >= 0) || !std::isfinite(design.round_step)) {
    return field_error(
        "round", "must be >= 0 (0: no rounding) and finite, got " + number(design.round_step));
  }
  return check_alpha(design.test.alpha);
}

util::Expected<void> validate_two_arm(const TwoArmDesign& design) {
  MYOIVIG_TRY(check_count("n1", design.n1, 1, k_max_arm_n));
  MYOIVIG_TRY(check_count("n2", design.n2, 1, k_max_arm_n));
  for (const auto& [field, p] : {std::pair{"p1", design.p1}, std::pair{"p2", design.p2}}) {
    if (!(p >= 0 && p <= 1)) return field_error(field, "must be in [0, 1], got " + number(p));
  }
  MYOIVIG_TRY(check_alpha(design.test.alpha));
  if (design.test.test == stats::TwoArmTest::prop_diff &&
      design.test.alternative != stats::Alternative::two_sided && design.test.alpha >= 0.5) {
    return field_error("alpha",
                       "must be below 0.5 for a one-sided prop-diff test (the interval's level "
                       "is 1 - 2 alpha), got " +
                           number(design.test.alpha));
  }
  return {};
}

stats::TrialKernelFactory factory_for(const PairedDesign& design) {
  auto generator =
      design.distribution == stats::ChangeDistribution::resample
          ? std::make_shared<const stats::ChangeGenerator>(design.observed, design.round_step)
          : std::make_shared<const stats::ChangeGenerator>(design.distribution, design.mean_change,
                                                           design.sd, design.round_step);
  return stats::paired_trial_factory(std::move(generator), design.n, design.test);
}

stats::TrialKernelFactory factory_for(const TwoArmDesign& design) {
  return stats::two_arm_trial_factory(design.n1, design.p1, design.n2, design.p2, design.test);
}

}  // namespace

util::Expected<void> validate(const PowerDesign& design) {
  if (const auto* paired = std::get_if<PairedDesign>(&design)) return validate_paired(*paired);
  return validate_two_arm(std::get<TwoArmDesign>(design));
}

std::size_t smallest_n(const PowerDesign& design) {
  const auto* paired = std::get_if<PairedDesign>(&design);
  return paired != nullptr && paired->test.test == stats::PairedTest::ttest ? 2 : 1;
}

PowerDesign with_sample_size(const PowerDesign& design, std::size_t n) {
  PowerDesign sized = design;
  if (auto* paired = std::get_if<PairedDesign>(&sized)) {
    paired->n = n;
  } else {
    auto& two_arm = std::get<TwoArmDesign>(sized);
    two_arm.n1 = static_cast<std::int64_t>(n);
    two_arm.n2 = static_cast<std::int64_t>(n);
  }
  return sized;
}

std::size_t total_n(const PowerDesign& design) {
  if (const auto* paired = std::get_if<PairedDesign>(&design)) return paired->n;
  const auto& two_arm = std::get<TwoArmDesign>(design);
  return static_cast<std::size_t>(two_arm.n1 + two_arm.n2);
}

util::Expected<stats::RejectionCount> simulate_power(const PowerDesign& design,
                                                     const stats::SimulationSettings& settings) {
  MYOIVIG_TRY(validate(design));
  const stats::TrialKernelFactory factory =
      std::visit([](const auto& concrete) { return factory_for(concrete); }, design);
  return stats::run_trials(factory, settings);
}

}  // namespace myoivig::analysis
