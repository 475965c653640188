// Measure: the seed study's outcome measures, how each is read from an Assessment, its
// unit and which direction is better. Values come back in the reporting unit: VAS in cm
// (stored in mm), scores as they are, CK in IU/l.
// Thread-safety: pure functions over constant tables.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "domain/assessment.hpp"
#include "util/expected.hpp"

namespace myoivig::domain {

enum class Measure {
  mmt,
  adl,
  ck,
  vas_fatigue,
  vas_pain,
  weight,
  // IMACS core set
  mmt8,
  physician_activity,
  patient_activity,
  extramuscular_activity,
  haq,
};

enum class Better { higher, lower };

struct MeasureInfo {
  Measure measure;
  std::string_view id;     // "mmt", "adl", "ck", "vas_fatigue", ..., "haq"
  std::string_view label;  // "MMT score"
  std::string_view unit;   // "points", "IU/l", "cm", "kg"
  Better better;
};

std::span<const MeasureInfo> all_measures();
const MeasureInfo& info(Measure measure);
util::Expected<Measure> parse_measure(std::string_view id);

// The measure's value in its reporting unit, or empty when not recorded.
std::optional<double> value_of(const Assessment& assessment, Measure measure);

}  // namespace myoivig::domain
