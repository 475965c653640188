// MMT-8: the IMACS manual muscle test of eight muscle groups, each graded 0-10 on the
// Kendall scale (shared/specs/outcomes.md section 2), and its two totals:
//   unilateral 0-80   the eight groups once: neck flexors (axial) and the right side of
//                     the other seven; a group whose right side is not testable is scored
//                     on the left instead (a right side that is merely missing is not).
//   bilateral 0-150   neck flexors once (axial), the other seven on both sides.
// Grades come as MuscleGrade records (domain/assessment.hpp) of one visit; a group and
// side with no record is missing. There is no proration [adopted]: a total with any group
// missing or not testable is not computed, and the result names those groups.
// The two totals stay distinct: the TIS percent change divides by their different maxima.
// Thread-safety: pure functions over constant tables.
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/assessment.hpp"
#include "util/expected.hpp"

namespace myoivig::domain {

enum class Mmt8Group {
  neck_flexors,
  deltoid,
  biceps,
  wrist_extensors,
  gluteus_maximus,
  gluteus_medius,
  quadriceps,
  ankle_dorsiflexors,
};

inline constexpr std::array<Mmt8Group, 8> k_mmt8_groups{
    Mmt8Group::neck_flexors,    Mmt8Group::deltoid,           Mmt8Group::biceps,
    Mmt8Group::wrist_extensors, Mmt8Group::gluteus_maximus,   Mmt8Group::gluteus_medius,
    Mmt8Group::quadriceps,      Mmt8Group::ankle_dorsiflexors};

// "neck_flexors", "deltoid", "biceps", "wrist_extensors", "gluteus_maximus",
// "gluteus_medius", "quadriceps", "ankle_dorsiflexors" (the MuscleGrade muscle_group).
std::string_view code(Mmt8Group group);
// "neck flexors", "deltoid (middle)", "biceps brachii", ...
std::string_view label(Mmt8Group group);
util::Expected<Mmt8Group> parse_mmt8_group(std::string_view text);
// Neck flexors are graded once ("axial"); the other seven groups on the right and the left.
bool is_axial(Mmt8Group group);

constexpr int k_mmt8_max_grade = 10;
constexpr int k_mmt8_unilateral_maximum = 80;
constexpr int k_mmt8_bilateral_maximum = 150;

// Checks one visit's grades: a known group; neck flexors "axial", the others R or L; a
// grade 0-10 present exactly when tested; no group and side twice. The error names the
// record: "grades[3].grade: 11 is outside 0-10 (Kendall scale)".
util::Expected<void> validate_mmt8_grades(std::span<const MuscleGrade> grades);

struct Mmt8Total {
  std::optional<int> total;  // empty when not computed
  int maximum = 0;           // 80 or 150
  // Group and side, e.g. "neck_flexors", "quadriceps (L)".
  std::vector<std::string> missing;
  std::vector<std::string> not_testable;
  std::vector<std::string> left_for_right;  // unilateral: scored left, right not testable

  [[nodiscard]] bool computed() const { return total.has_value(); }
};

// The totals, after validate_mmt8_grades (its error when the grades are invalid).
util::Expected<Mmt8Total> mmt8_unilateral(std::span<const MuscleGrade> grades);
util::Expected<Mmt8Total> mmt8_bilateral(std::span<const MuscleGrade> grades);

}  // namespace myoivig::domain
