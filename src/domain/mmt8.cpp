#include "domain/mmt8.hpp"

#include "util/enum_names.hpp"

namespace myoivig::domain {
namespace {

constexpr util::EnumNames<Mmt8Group, 8> k_codes{{
    {Mmt8Group::neck_flexors, "neck_flexors"},
    {Mmt8Group::deltoid, "deltoid"},
    {Mmt8Group::biceps, "biceps"},
    {Mmt8Group::wrist_extensors, "wrist_extensors"},
    {Mmt8Group::gluteus_maximus, "gluteus_maximus"},
    {Mmt8Group::gluteus_medius, "gluteus_medius"},
    {Mmt8Group::quadriceps, "quadriceps"},
    {Mmt8Group::ankle_dorsiflexors, "ankle_dorsiflexors"},
}};

constexpr util::EnumNames<Mmt8Group, 8> k_labels{{
    {Mmt8Group::neck_flexors, "neck flexors"},
    {Mmt8Group::deltoid, "deltoid (middle)"},
    {Mmt8Group::biceps, "biceps brachii"},
    {Mmt8Group::wrist_extensors, "wrist extensors"},
    {Mmt8Group::gluteus_maximus, "gluteus maximus"},
    {Mmt8Group::gluteus_medius, "gluteus medius"},
    {Mmt8Group::quadriceps, "quadriceps"},
    {Mmt8Group::ankle_dorsiflexors, "ankle dorsiflexors"},
}};

std::string grade_field(std::size_t index) {
  return "grades[" + std::to_string(index) + "]";
}

// The record for a group and side, or nullptr when there is none (= missing).
const MuscleGrade* find_grade(std::span<const MuscleGrade> grades, Mmt8Group group, Side side) {
  for (const MuscleGrade& grade : grades) {
    if (grade.muscle_group == code(group) && grade.side == side) return &grade;
  }
  return nullptr;
}

GradeStatus status_of(const MuscleGrade* grade) {
  return grade == nullptr ? GradeStatus::missing : grade->status;
}

std::string named(Mmt8Group group, Side side) {
  if (side == Side::axial) return std::string(code(group));
  return std::string(code(group)) + " (" + std::string(code(side)) + ")";
}

// Adds a grade to the running total, or records why it cannot be.
void add_grade(const MuscleGrade* grade, const std::string& name, int& sum, Mmt8Total& result) {
  switch (status_of(grade)) {
    case GradeStatus::tested:
      sum += *grade->grade;
      break;
    case GradeStatus::not_testable:
      result.not_testable.push_back(name);
      break;
    case GradeStatus::missing:
      result.missing.push_back(name);
      break;
  }
}

Mmt8Total finish(Mmt8Total result, int sum) {
  if (result.missing.empty() && result.not_testable.empty()) result.total = sum;
  return result;
}

}  // namespace

std::string_view code(Mmt8Group group) {
  return util::name_of(k_codes, group);
}
std::string_view label(Mmt8Group group) {
  return util::name_of(k_labels, group);
}
util::Expected<Mmt8Group> parse_mmt8_group(std::string_view text) {
  return util::value_of(k_codes, text);
}
bool is_axial(Mmt8Group group) {
  return group == Mmt8Group::neck_flexors;
}

util::Expected<void> validate_mmt8_grades(std::span<const MuscleGrade> grades) {
  for (std::size_t i = 0; i < grades.size(); ++i) {
    const MuscleGrade& grade = grades[i];
    auto group = parse_mmt8_group(grade.muscle_group);
    if (!group) return group.error().with_context(grade_field(i) + ".group");
    if (is_axial(*group) != (grade.side == Side::axial)) {
      return util::invalid_argument(grade_field(i) + ".side: " + std::string(code(grade.side)) +
                                    " for " + grade.muscle_group +
                                    (is_axial(*group)
                                         ? " must be axial (neck flexors are scored once)"
                                         : " must be R or L (only neck flexors are axial)"));
    }
    if (grade.status == GradeStatus::tested) {
      if (!grade.grade) {
        return util::invalid_argument(grade_field(i) +
                                      ".grade: missing for a tested group (0-10 Kendall scale)");
      }
      if (*grade.grade < 0 || *grade.grade > k_mmt8_max_grade) {
        return util::invalid_argument(grade_field(i) + ".grade: " + std::to_string(*grade.grade) +
                                      " is outside 0-10 (Kendall scale)");
      }
    } else if (grade.grade) {
      return util::invalid_argument(grade_field(i) + ".grade: " + std::to_string(*grade.grade) +
                                    " given for a group whose status is " +
                                    std::string(code(grade.status)) +
                                    " (a grade goes with status tested)");
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (grades[j].muscle_group == grade.muscle_group && grades[j].side == grade.side) {
        return util::invalid_argument(grade_field(i) + ": " + named(*group, grade.side) +
                                      " is graded twice (also " + grade_field(j) + ")");
      }
    }
  }
  return {};
}

util::Expected<Mmt8Total> mmt8_unilateral(std::span<const MuscleGrade> grades) {
  MYOIVIG_TRY(validate_mmt8_grades(grades));
  Mmt8Total result;
  result.maximum = k_mmt8_unilateral_maximum;
  int sum = 0;
  for (Mmt8Group group : k_mmt8_groups) {
    if (is_axial(group)) {
      add_grade(find_grade(grades, group, Side::axial), named(group, Side::axial), sum, result);
      continue;
    }
    const MuscleGrade* right = find_grade(grades, group, Side::right);
    if (status_of(right) != GradeStatus::not_testable) {
      add_grade(right, named(group, Side::right), sum, result);
      continue;
    }
    // The right side cannot be tested: the left side stands in for it.
    const MuscleGrade* left = find_grade(grades, group, Side::left);
    switch (status_of(left)) {
      case GradeStatus::tested:
        sum += *left->grade;
        result.left_for_right.push_back(std::string(code(group)));
        break;
      case GradeStatus::not_testable:
        result.not_testable.push_back(std::string(code(group)) + " (R, L)");
        break;
      case GradeStatus::missing:
        result.missing.push_back(named(group, Side::left));
        break;
    }
  }
  return finish(std::move(result), sum);
}

util::Expected<Mmt8Total> mmt8_bilateral(std::span<const MuscleGrade> grades) {
  MYOIVIG_TRY(validate_mmt8_grades(grades));
  Mmt8Total result;
  result.maximum = k_mmt8_bilateral_maximum;
  int sum = 0;
  for (Mmt8Group group : k_mmt8_groups) {
    if (is_axial(group)) {
      add_grade(find_grade(grades, group, Side::axial), named(group, Side::axial), sum, result);
      continue;
    }
    for (Side side : {Side::right, Side::left}) {
      add_grade(find_grade(grades, group, side), named(group, side), sum, result);
    }
  }
  return finish(std::move(result), sum);
}

}  // namespace myoivig::domain
