// CoreSet: the IMACS core set of disease activity measures at one visit
// (shared/specs/outcomes.md section 1), in the units the instruments use: physician and
// patient global activity and the MDAAT extramuscular global on 0-10 cm VAS, muscle
// strength as an MMT total with its maximum (80 unilateral, 150 bilateral MMT-8, 260
// MMT-24, 52 CMAS in JDM), physical function as HAQ-DI 0-3 (CHAQ in JDM), and muscle
// enzymes with their upper limits of normal. Values are exact Rationals, so that percent
// changes land on category bounds exactly. A missing measure is an empty optional (or no
// enzymes), never a zero.
// Thread-safety: plain value types; the functions are pure.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/measure.hpp"
#include "domain/rational.hpp"
#include "util/expected.hpp"

namespace myoivig::domain {

enum class CoreMeasure { physician_global, patient_global, mmt, haq, enzymes, extramuscular };

// The six in the order the specification and every report list them.
inline constexpr std::array<CoreMeasure, 6> k_core_measures{
    CoreMeasure::physician_global, CoreMeasure::patient_global, CoreMeasure::mmt, CoreMeasure::haq,
    CoreMeasure::enzymes,          CoreMeasure::extramuscular};

// "physician_global" | "patient_global" | "mmt" | "haq" | "enzymes" | "extramuscular"
std::string_view code(CoreMeasure measure);
// "physician global activity", ...
std::string_view label(CoreMeasure measure);
util::Expected<CoreMeasure> parse_core_measure(std::string_view text);
// Every measure is better lower except muscle strength.
Better better(CoreMeasure measure);

struct EnzymeValue {
  std::string name;  // "CK", "aldolase", "LDH", "ALT", "AST"
  Rational value;    // U/l
  Rational uln;      // the laboratory's upper limit of normal, U/l
};

struct CoreSet {
  std::optional<Rational> physician_global_cm;
  std::optional<Rational> patient_global_cm;
  std::optional<int> mmt;  // total on the scale of the caller's mmt_max
  std::optional<Rational> haq;
  std::vector<EnzymeValue> enzymes;  // empty when none was measured
  std::optional<Rational> extramuscular_cm;
};

constexpr int k_vas_range_cm = 10;
constexpr int k_haq_range = 3;
constexpr int k_max_mmt_maximum = 1000;
constexpr std::int64_t k_max_enzyme_u_per_l = 10'000'000;

// Whether the visit has the measure (for enzymes: at least one enzyme).
bool has(const CoreSet& visit, CoreMeasure measure);

// A single-valued measure's value (empty when missing, and always empty for enzymes).
std::optional<Rational> value_of(const CoreSet& visit, CoreMeasure measure);

// The instrument's range for absolute percent change: 10 cm for a VAS, 3 for HAQ,
// mmt_max for strength; empty for enzymes (no fixed range).
std::optional<Rational> range_of(CoreMeasure measure, int mmt_max);

// The enzyme with the highest value / uln (the first listed on a tie), or nullptr.
const EnzymeValue* most_abnormal_enzyme(const CoreSet& visit);

// The enzyme named `name` (case-insensitive), or nullptr.
const EnzymeValue* find_enzyme(const CoreSet& visit, std::string_view name);

// The values of one measure at two visits, for the change between them. For enzymes: the
// most abnormal enzyme at baseline and the same enzyme at follow-up (named in `enzyme`).
struct MeasurePair {
  std::optional<Rational> baseline;
  std::optional<Rational> followup;
  std::string enzyme;

  [[nodiscard]] bool complete() const { return baseline && followup; }
  // "missing at baseline" | "missing at follow-up" | "missing at both visits" | "" (complete);
  // for enzymes, e.g. "CK missing at follow-up".
  [[nodiscard]] std::string missing_note() const;
};
MeasurePair pair_of(CoreMeasure measure, const CoreSet& baseline, const CoreSet& followup);

// invalid_argument unless 1 <= mmt_max <= k_max_mmt_maximum, naming `field`.
util::Expected<void> check_mmt_maximum(int mmt_max, std::string_view field = "mmt_max");

// Checks every present value against its range and names the first field out of it,
// prefixed by `field_prefix` ("followup." gives "followup.physician_global"), e.g.
// "followup.physician_global: 12 cm is outside 0-10 cm",
// "baseline.mmt: 151 is above the MMT maximum 150",
// "baseline.enzymes[0].uln: 0 U/l must be above 0",
// "baseline.enzymes[1].name: 'CK' is listed twice".
util::Expected<void> validate_core_set(const CoreSet& visit, int mmt_max,
                                       std::string_view field_prefix = "");

}  // namespace myoivig::domain
