#include "server/visits_due.hpp"

#include <map>
#include <optional>
#include <set>
#include <string_view>

#include "domain/visit_window.hpp"

namespace myoivig::server {
namespace {

struct PatientSchedule {
  std::optional<util::Date> randomised_on;
  std::optional<util::Date> first_course;
  std::set<int> weeks_done;
};

}  // namespace

std::vector<DueVisit> visits_due(const domain::StudyData& data, const domain::Protocol& protocol,
                                 util::Date as_of) {
  std::map<std::string_view, PatientSchedule> schedules;
  for (const domain::Allocation& allocation : data.allocations) {
    schedules[allocation.patient_id].randomised_on = allocation.randomised_on;
  }
  for (const domain::Course& course : data.courses) {
    auto& first = schedules[course.patient_id].first_course;
    if (!first || course.start_date < *first) first = course.start_date;
  }
  for (const domain::Visit& visit : data.visits) {
    schedules[visit.patient_id].weeks_done.insert(visit.week);
  }
  std::vector<DueVisit> due;
  for (const domain::Patient& patient : data.patients) {
    const auto found = schedules.find(patient.id);
    if (found == schedules.end()) continue;
    const PatientSchedule& schedule = found->second;
    const std::optional<util::Date> day_1 =
        schedule.randomised_on ? schedule.randomised_on : schedule.first_course;
    if (!day_1) continue;
    for (const domain::ScheduledVisit& scheduled : protocol.schedule) {
      if (schedule.weeks_done.contains(scheduled.week)) continue;
      const domain::VisitWindow window = domain::visit_window(scheduled, *day_1);
      if (!window.expected_of(patient.withdrawal_date)) continue;
      if (window.earliest > as_of) continue;  // not yet due
      due.push_back({patient.id, patient.site, scheduled.week, window.target, window.earliest,
                     window.latest, window.latest < as_of});
    }
  }
  return due;
}

}  // namespace myoivig::server
