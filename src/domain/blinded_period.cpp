#include "domain/blinded_period.hpp"

namespace myoivig::domain {
namespace {

constexpr int k_days_per_week = 7;

}  // namespace

std::optional<util::Date> open_label_from(const Protocol& protocol, util::Date randomised_on) {
  const std::optional<int>& until_week = protocol.design.blinded_until_week;
  if (!until_week) return std::nullopt;
  const ScheduledVisit* visit = protocol.visit(*until_week);
  return randomised_on.plus_days(*until_week * k_days_per_week -
                                 (visit ? visit->window_before_days : 0));
}

bool starts_blinded(const Protocol& protocol, const Allocation* allocation, util::Date start) {
  if (!protocol.design.blinded || !allocation || start < allocation->randomised_on) return false;
  const std::optional<util::Date> open_label = open_label_from(protocol, allocation->randomised_on);
  return !open_label || start < *open_label;
}

}  // namespace myoivig::domain
