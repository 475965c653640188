// Course: one IVIG treatment course (e.g. 0.4 g/kg/day for 5 days), and Administration:
// one day's infusion within it.
//
// In a blinded randomised trial a course is given as masked study drug (`blinded`): the
// site records the nominal dose the kit is labelled with and the volume infused, and what
// the infusions held follows from the patient's allocation: placebo in a placebo arm, IVIG
// otherwise (domain::gives_placebo in study_design.hpp). Open-label courses (the extension,
// a switch after deterioration, or any unblinded study) are IVIG as recorded.
// Thread-safety: plain value types.
#pragma once

#include <optional>
#include <string>

#include "domain/weight_policy.hpp"
#include "util/date.hpp"

namespace myoivig::domain {

struct Course {
  std::string patient_id;
  int number = 1;       // 1 for the first course, 2 for the second, ...
  std::string regimen;  // regimen id of the protocol, e.g. "seed"
  std::string product;  // product name as in the product table, e.g. "PEG-IgG"
  util::Date start_date;
  double dosing_weight_kg = 0;
  WeightPolicy weight_policy = WeightPolicy::actual;
  double dose_g_per_kg_per_day = 0;
  bool blinded = false;  // masked study drug: IVIG or placebo by the patient's arm
};

struct Administration {
  std::string patient_id;
  int course_number = 1;
  int day = 1;  // day of the course, 1-based
  util::Date date;
  double dose_g = 0;
  std::optional<double> volume_ml;
  std::optional<util::TimeOfDay> start_time;
  std::optional<util::TimeOfDay> end_time;
};

}  // namespace myoivig::domain
