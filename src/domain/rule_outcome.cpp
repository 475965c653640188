#include "domain/rule_outcome.hpp"

#include <cstdio>

#include "util/enum_names.hpp"

namespace myoivig::domain {
namespace {

constexpr int k_days_per_week = 7;
constexpr util::EnumNames<RuleStatus, 3> k_statuses{
    {{RuleStatus::met, "met"}, {RuleStatus::not_met, "not_met"}, {RuleStatus::unknown, "unknown"}}};

std::string count(int value, std::string_view unit) {
  return std::to_string(value) + " " + std::string(unit) + (value == 1 ? "" : "s");
}

}  // namespace

std::string_view code(RuleStatus status) {
  return util::name_of(k_statuses, status);
}

std::string format_number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}

std::string format_days(int days) {
  const std::string text = count(days, "day");
  if (days < k_days_per_week) return text;
  const int weeks = days / k_days_per_week;
  const int rest = days % k_days_per_week;
  return text + ": " + count(weeks, "week") + (rest == 0 ? "" : " " + count(rest, "day"));
}

}  // namespace myoivig::domain
