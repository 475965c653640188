#include "domain/product.hpp"

#include <cmath>
#include <cstdint>

#include "util/enum_names.hpp"
#include "util/strings.hpp"

namespace myoivig::domain {
namespace {

constexpr util::EnumNames<RateUnit, 2> k_rate_units{{
    {RateUnit::ml_per_kg_per_min, "mL/kg/min"},
    {RateUnit::ml_per_kg_per_h, "mL/kg/h"},
}};

constexpr double k_mg_per_g = 1000;
constexpr double k_whole_mg_tolerance = 1e-6;
constexpr double k_max_concentration_g_per_ml = 0.2;  // the most concentrated IVIG is 20 %
constexpr double k_max_dose_g_per_kg = 5;             // far above any label, catches typos

util::Error at(std::string_view key, const std::string& field, const std::string& rule) {
  return util::invalid_argument(std::string(key) + "." + field + ": " + rule);
}

bool whole_milligrams(double grams) {
  const double mg = grams * k_mg_per_g;
  return std::fabs(mg - std::round(mg)) < k_whole_mg_tolerance;
}

util::Expected<void> validate_rate(const InfusionRateRule& rate, std::string_view key) {
  const std::string unit(code(rate.unit));
  if (!(rate.start_rate > 0)) {
    return at(key, "rate.start",
              "must be positive (" + unit + "), got " + util::format_decimal(rate.start_rate));
  }
  if (rate.step_rate < 0) {
    return at(key, "rate.step",
              "must be 0 or more (" + unit + "), got " + util::format_decimal(rate.step_rate));
  }
  if (rate.step_interval_min <= 0) {
    return at(key, "rate.step_interval_min",
              "must be a positive whole number of minutes, got " +
                  std::to_string(rate.step_interval_min));
  }
  if (rate.max_rate < rate.start_rate) {
    return at(key, "rate.max",
              "must be at least rate.start (" + util::format_decimal(rate.start_rate) + " " + unit +
                  "), got " + util::format_decimal(rate.max_rate));
  }
  if (!(rate.at_risk_max_rate > 0) || rate.at_risk_max_rate > rate.max_rate) {
    return at(key, "rate.at_risk_max",
              "must be positive and at most rate.max (" + util::format_decimal(rate.max_rate) +
                  " " + unit + "), got " + util::format_decimal(rate.at_risk_max_rate));
  }
  return {};
}

}  // namespace

std::string_view code(RateUnit unit) {
  return util::name_of(k_rate_units, unit);
}
util::Expected<RateUnit> parse_rate_unit(std::string_view text) {
  return util::value_of(k_rate_units, text);
}

util::Expected<void> validate(const Product& product, std::string_view key) {
  if (product.id.empty()) return at(key, "id", "must not be empty");
  if (product.name.empty()) return at(key, "name", "must not be empty");
  if (!(product.concentration_g_per_ml > 0) ||
      product.concentration_g_per_ml > k_max_concentration_g_per_ml) {
    return at(key, "concentration_g_per_ml",
              "must be above 0 and at most 0.2 g/mL, got " +
                  util::format_decimal(product.concentration_g_per_ml));
  }
  if (product.vial_sizes_g.empty()) return at(key, "vials_g", "must list at least one vial size");
  for (double size_g : product.vial_sizes_g) {
    if (!(size_g > 0))
      return at(key, "vials_g", "must be positive numbers, got " + util::format_decimal(size_g));
    if (!whole_milligrams(size_g)) {
      return at(key, "vials_g", "must be whole milligrams, got " + util::format_decimal(size_g));
    }
  }
  if (!(product.max_dose_g_per_kg_per_day > 0) ||
      product.max_dose_g_per_kg_per_day > k_max_dose_g_per_kg) {
    return at(key, "max_dose_g_per_kg_per_day",
              "must be above 0 and at most 5 g/kg, got " +
                  util::format_decimal(product.max_dose_g_per_kg_per_day));
  }
  if (product.max_dose_g_per_kg_per_course < product.max_dose_g_per_kg_per_day ||
      product.max_dose_g_per_kg_per_course > k_max_dose_g_per_kg) {
    return at(key, "max_dose_g_per_kg_per_course",
              "must be at least max_dose_g_per_kg_per_day and at most 5 g/kg, got " +
                  util::format_decimal(product.max_dose_g_per_kg_per_course));
  }
  if (product.min_age_years && *product.min_age_years < 0) {
    return at(key, "min_age_years",
              "must be 0 or more, got " + std::to_string(*product.min_age_years));
  }
  return validate_rate(product.rate, key);
}

}  // namespace myoivig::domain
