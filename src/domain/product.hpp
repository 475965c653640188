// Product: one IVIG product as the dose planner needs it: concentration, vial sizes,
// infusion-rate rule, excipients that matter for safety and the label's dose limits.
// The products themselves are data (data/products.toml, read by io/product_table), not
// code (shared/specs/dosing.md). Thread-safety: plain value types and pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/expected.hpp"

namespace myoivig::domain {

enum class RateUnit { ml_per_kg_per_min, ml_per_kg_per_h };

std::string_view code(RateUnit unit);  // "mL/kg/min" | "mL/kg/h"
util::Expected<RateUnit> parse_rate_unit(std::string_view text);

// How fast an infusion may run: `start_rate` for `step_interval_min`, then `step_rate` more
// every `step_interval_min` if tolerated, up to `max_rate`; patients at risk of thrombosis
// or renal dysfunction never above `at_risk_max_rate`. All rates are in `unit`.
struct InfusionRateRule {
  RateUnit unit = RateUnit::ml_per_kg_per_min;
  double start_rate = 0;
  double step_rate = 0;
  int step_interval_min = 30;
  double max_rate = 0;
  double at_risk_max_rate = 0;

  // `rate` (in `unit`) in mL/kg/min.
  [[nodiscard]] double ml_per_kg_per_min(double rate) const {
    return unit == RateUnit::ml_per_kg_per_h ? rate / 60 : rate;
  }
};

struct Product {
  std::string id;    // short code for flags, e.g. "octagam-10"
  std::string name;  // as the label writes it, e.g. "Octagam 10%"
  std::string description;
  double concentration_g_per_ml = 0;  // 0.1 for a 10 % solution
  std::vector<double> vial_sizes_g;   // each a whole number of milligrams
  InfusionRateRule rate;
  // Maltose makes GDH-PQQ glucose meters read falsely high. nullopt: not recorded, which a
  // plan reports as a warning of its own.
  std::optional<bool> contains_maltose;
  double max_dose_g_per_kg_per_day = 0;     // label limit
  double max_dose_g_per_kg_per_course = 0;  // label limit
  std::optional<int> min_age_years;         // label limit, when the label is for adults
  std::string limits_source;                // where the limits and rates come from
  std::string assumption;                   // what the entry assumes; empty if all is label
};

// Checks one product. Fails with invalid_argument naming `key` and the field as the data
// file spells it, e.g. "products[2].vials_g: must be positive numbers, got -5".
util::Expected<void> validate(const Product& product, std::string_view key = "product");

}  // namespace myoivig::domain
