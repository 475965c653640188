// Assessment: the outcome measures taken at one visit, in the units the protocol names.
// VAS values are whole millimetres so that category bounds are exact (a 5.5 cm VAS is
// 55 mm); scores are integers. A missing measure is an empty optional, never a zero.
// MuscleGrade: one muscle group's manual muscle test grade at a visit.
// Thread-safety: plain value types.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/rational.hpp"
#include "util/expected.hpp"

namespace myoivig::domain {

// Physician's global assessment of change since baseline.
enum class PhysicianGlobal { improved, unchanged, worse };
std::string_view code(PhysicianGlobal value);  // "improved" | "unchanged" | "worse"
util::Expected<PhysicianGlobal> parse_physician_global(std::string_view text);

struct Assessment {
  std::string patient_id;
  int week = 0;  // the visit it belongs to
  std::optional<int> mmt_score;
  std::optional<int> adl_score;
  std::optional<int> ck_iu_per_l;
  std::optional<int> ck_uln_iu_per_l;
  std::optional<int> fatigue_vas_mm;
  std::optional<int> pain_vas_mm;
  std::optional<PhysicianGlobal> physician_global;  // empty at baseline
  std::optional<double> weight_kg;
  // IMACS core set (shared/specs/outcomes.md section 1), recorded in randomised trials.
  // Global activity VAS in whole mm (0-100) like the seed's VAS; MMT-8 as a total on the
  // protocol's scale (bilateral 0-150 unless the protocol says otherwise); HAQ-DI exact.
  std::optional<int> physician_activity_vas_mm;
  std::optional<int> patient_activity_vas_mm;
  std::optional<int> extramuscular_vas_mm;
  std::optional<int> mmt8_score;
  std::optional<Rational> haq_di;
};

enum class Side { right, left, axial };
std::string_view code(Side side);  // "R" | "L" | "axial"
util::Expected<Side> parse_side(std::string_view text);

enum class GradeStatus { tested, not_testable, missing };
std::string_view code(GradeStatus status);  // "tested" | "not_testable" | "missing"
util::Expected<GradeStatus> parse_grade_status(std::string_view text);

struct MuscleGrade {
  std::string patient_id;
  int week = 0;
  std::string muscle_group;  // e.g. "deltoid", as named by the protocol's instrument
  Side side = Side::right;
  GradeStatus status = GradeStatus::tested;
  std::optional<int> grade;  // present exactly when tested
};

}  // namespace myoivig::domain
