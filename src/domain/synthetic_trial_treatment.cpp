#include "domain/synthetic_trial_treatment.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

namespace myoivig::domain {
namespace {

constexpr double k_ml_per_g = 10;  // a 10 % solution
constexpr double k_first_course_event = 0.25, k_later_course_event = 0.10;
constexpr double k_first_placebo_event = 0.10, k_later_placebo_event = 0.04;
constexpr int k_first_start_minutes = 9 * 60, k_start_step_minutes = 15;

struct EventKind {
  int per_100;  // how many of 100 infusion-related events are of this kind
  std::string_view term;
  bool serious;
  Severity severity;
  Relatedness relatedness;
};

using enum Severity;
using enum Relatedness;
constexpr std::array<EventKind, 8> k_infusion_events{{
    {32, "headache", false, mild, probable},
    {15, "pyrexia", false, mild, possible},
    {15, "nausea", false, mild, possible},
    {10, "chills", false, mild, probable},
    {10, "fatigue", false, mild, possible},
    {8, "rash", false, mild, possible},
    {7, "infusion site reaction", false, mild, probable},
    {3, "aseptic meningitis", true, moderate, probable},
}};

constexpr std::array<std::string_view, 2> k_default_thromboembolic_terms{"deep vein thrombosis",
                                                                         "pulmonary embolism"};

std::optional<util::Date> end_after(util::Date onset, bool recovered, int min_days, int max_days,
                                    SyntheticDraw& draw) {
  if (!recovered) return std::nullopt;
  return onset.plus_days(draw.between(min_days, max_days));
}

void add_infusion_event(StudyData& data, const std::string& id, int course, util::Date start,
                        int days, std::optional<util::Date> withdrawal, SyntheticDraw& draw) {
  const EventKind* kind = k_infusion_events.data();
  for (int ticket = draw.between(1, 100); ticket > kind->per_100;) ticket -= (kind++)->per_100;
  util::Date onset = start.plus_days(draw.between(0, days + 1));
  if (withdrawal) onset = std::min(onset, *withdrawal);
  data.adverse_events.push_back({id, course, std::string(kind->term), onset,
                                 end_after(onset, true, 1, 14, draw), kind->serious, kind->severity,
                                 kind->relatedness, AdverseEventOutcome::recovered});
}

// Placebo courses come first (until the switch), so IVIG is given from this course index on.
std::size_t first_ivig_course(const PatientTreatment& treatment) {
  const auto ivig = std::find_if(treatment.courses.begin(), treatment.courses.end(),
                                 [](const PlannedCourse& c) { return !c.placebo; });
  return static_cast<std::size_t>(ivig - treatment.courses.begin());
}

void add_thromboembolic_event(StudyData& data, const Protocol& protocol,
                              const PatientTreatment& treatment, SyntheticDraw& draw) {
  std::vector<std::string> terms;
  if (protocol.analysis.special_interest) terms = protocol.analysis.special_interest->terms;
  if (terms.empty())
    terms.assign(k_default_thromboembolic_terms.begin(), k_default_thromboembolic_terms.end());
  // Earlier terms more often: weights 4, 3, 2, 1, 1, ... in the protocol's order.
  std::vector<int> weights;
  int total = 0;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    weights.push_back(std::max(1, 4 - static_cast<int>(i)));
    total += weights.back();
  }
  std::size_t pick = 0;
  for (int ticket = draw.between(1, total); ticket > weights[pick];) ticket -= weights[pick++];
  const std::string& term = terms[pick];
  const std::size_t first_ivig = first_ivig_course(treatment);
  const int course =
      draw.between(static_cast<int>(first_ivig) + 1, static_cast<int>(treatment.courses.size()));
  util::Date onset =
      treatment.courses[static_cast<std::size_t>(course - 1)].start.plus_days(draw.between(1, 10));
  if (treatment.withdrawal) onset = std::min(onset, *treatment.withdrawal);
  const bool superficial = term.find("phlebitis") != std::string::npos;
  const bool transient = term.find("transient") != std::string::npos;
  const bool recovered = superficial || transient || draw.chance(0.6);
  data.adverse_events.push_back(
      {treatment.patient_id, course, term, onset, end_after(onset, recovered, 14, 60, draw),
       !superficial,
       superficial ? mild
       : transient ? moderate
                   : severe,
       draw.chance(0.5) ? possible : probable,
       recovered ? AdverseEventOutcome::recovered : AdverseEventOutcome::recovering});
}

}  // namespace

void add_treatment(StudyData& data, const Protocol& protocol, const PatientTreatment& treatment,
                   SyntheticDraw& draw) {
  const Regimen& regimen = protocol.regimen;
  for (std::size_t i = 0; i < treatment.courses.size(); ++i) {
    const PlannedCourse& planned = treatment.courses[i];
    const int number = static_cast<int>(i) + 1;
    data.courses.push_back({treatment.patient_id, number, regimen.id, regimen.product,
                            planned.start, planned.dosing_weight_kg, WeightPolicy::actual,
                            regimen.dose_g_per_kg_per_day, planned.blinded});
    const double dose_g =
        std::max(1.0, std::round(planned.dosing_weight_kg * regimen.dose_g_per_kg_per_day));
    const int start_minutes = k_first_start_minutes + k_start_step_minutes * draw.between(0, 6);
    for (int day = 1; day <= regimen.days; ++day) {
      const int minutes = 5 * (day == 1 ? draw.between(30, 42) : draw.between(24, 36));
      data.administrations.push_back({treatment.patient_id, number, day,
                                      planned.start.plus_days(day - 1), dose_g, dose_g * k_ml_per_g,
                                      util::TimeOfDay::from_minutes(start_minutes),
                                      util::TimeOfDay::from_minutes(start_minutes + minutes)});
    }
    const bool first = i == 0;
    const double event_chance = planned.placebo
                                    ? (first ? k_first_placebo_event : k_later_placebo_event)
                                    : (first ? k_first_course_event : k_later_course_event);
    if (draw.chance(event_chance)) {
      add_infusion_event(data, treatment.patient_id, number, planned.start, regimen.days,
                         treatment.withdrawal, draw);
    }
  }
  if (treatment.thromboembolic_event && first_ivig_course(treatment) < treatment.courses.size()) {
    add_thromboembolic_event(data, protocol, treatment, draw);
  }
}

}  // namespace myoivig::domain
