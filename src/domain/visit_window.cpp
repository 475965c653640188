#include "domain/visit_window.hpp"

namespace myoivig::domain {
namespace {

constexpr int k_days_per_week = 7;

}  // namespace

VisitWindow visit_window(const ScheduledVisit& visit, util::Date day_1) {
  const util::Date target = day_1.plus_days(visit.week * k_days_per_week);
  return {target, target.plus_days(-visit.window_before_days),
          target.plus_days(visit.window_after_days)};
}

}  // namespace myoivig::domain
