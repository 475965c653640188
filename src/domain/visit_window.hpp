// The window of a scheduled visit for one patient, and whether the visit is still expected
// of a withdrawn patient: the one rule the data checks (missed visits) and the dashboard
// (visits due and overdue) share.
// Weeks count from `day_1` of the schedule, which callers take as the randomisation date
// in a randomised study (a placebo patient's first course may be open-label IVIG months
// later), otherwise day 1 of the first course. A window includes its last day and closes
// at that day's end.
// Thread-safety: pure functions.
#pragma once

#include <optional>

#include "domain/protocol.hpp"
#include "util/date.hpp"

namespace myoivig::domain {

struct VisitWindow {
  util::Date target;
  util::Date earliest;
  util::Date latest;  // the last day inside the window

  // Whether the visit is expected of a patient withdrawn on `withdrawal` (or not
  // withdrawn): not when the withdrawal came on or before the window's last day, while
  // the window was still open ("withdrawn", not "missed"). The specs
  // (shared/specs/outcomes.md, shared/seed/study.md) say nothing on withdrawals; this is
  // the rule docs/api.md states for the dashboard ("overdue: window closed, not recorded,
  // not withdrawn before it closed"). A visit on the withdrawal day itself still counts.
  [[nodiscard]] bool expected_of(const std::optional<util::Date>& withdrawal) const {
    return !withdrawal || *withdrawal > latest;
  }
};

VisitWindow visit_window(const ScheduledVisit& visit, util::Date day_1);

}  // namespace myoivig::domain
