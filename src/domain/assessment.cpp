#include "domain/assessment.hpp"

#include "util/enum_names.hpp"

namespace myoivig::domain {
namespace {

constexpr util::EnumNames<PhysicianGlobal, 3> k_physician_globals{{
    {PhysicianGlobal::improved, "improved"},
    {PhysicianGlobal::unchanged, "unchanged"},
    {PhysicianGlobal::worse, "worse"},
}};
constexpr util::EnumNames<Side, 3> k_sides{{
    {Side::right, "R"},
    {Side::left, "L"},
    {Side::axial, "axial"},
}};
constexpr util::EnumNames<GradeStatus, 3> k_grade_statuses{{
    {GradeStatus::tested, "tested"},
    {GradeStatus::not_testable, "not_testable"},
    {GradeStatus::missing, "missing"},
}};

}  // namespace

std::string_view code(PhysicianGlobal value) {
  return util::name_of(k_physician_globals, value);
}
std::string_view code(Side side) {
  return util::name_of(k_sides, side);
}
std::string_view code(GradeStatus status) {
  return util::name_of(k_grade_statuses, status);
}
util::Expected<PhysicianGlobal> parse_physician_global(std::string_view text) {
  return util::value_of(k_physician_globals, text);
}
util::Expected<Side> parse_side(std::string_view text) {
  return util::value_of(k_sides, text);
}
util::Expected<GradeStatus> parse_grade_status(std::string_view text) {
  return util::value_of(k_grade_statuses, text);
}

}  // namespace myoivig::domain
