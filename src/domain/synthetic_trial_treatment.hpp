// The courses of a synthetic trial patient (synthetic_trial.hpp), IVIG or placebo, with
// their daily infusions and the adverse events that follow them:
// - each course: the protocol's regimen at its g/kg/day on the dosing weight given, one
//   infusion a day for the regimen's days, each daily dose rounded to whole grams (within
//   the protocol's dose tolerance from 12.5 kg up), volume for a 10 % solution, day 1 over
//   2.5-3.5 h and later days over 2-3 h from 09:00-10:30; a course of the blinded period is
//   masked study drug (Course::blinded), and a placebo course records the nominal dose and
//   volume of its matching kit;
// - an infusion-related event after 25 % of first IVIG courses and 10 % of later ones, and
//   after 10 % of first placebo courses and 4 % of later ones
//   (headache, pyrexia, nausea, chills, fatigue, rash, infusion site reaction, aseptic
//   meningitis, in that order of frequency), onset during the course or up to 2 days after,
//   recovered 1-14 days later;
// - when asked, one thromboembolic event after a course drawn among the IVIG courses given
//   (none when the patient had only placebo), its term
//   drawn from the protocol's terms of special interest (weights 4, 3, 2, 1, 1, ... in the
//   protocol's order: deep vein thrombosis most often), onset 1-10 days after the start,
//   serious unless superficial, recovered after 14-60 days or (4 in 10) still recovering.
// No event has its onset after the withdrawal date.
// Thread-safety: pure function of its arguments and the draw; appends to `data`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/protocol.hpp"
#include "domain/study_data.hpp"
#include "domain/synthetic_draw.hpp"
#include "util/date.hpp"

namespace myoivig::domain {

struct PlannedCourse {
  util::Date start;
  double dosing_weight_kg = 0;
  bool blinded = false;  // masked study drug of the blinded period
  bool placebo = false;  // what a blinded course held: placebo (placebo arm) or IVIG
};

struct PatientTreatment {
  std::string patient_id;
  std::vector<PlannedCourse> courses;  // in order; numbered from 1
  std::optional<util::Date> withdrawal;
  bool thromboembolic_event = false;
};

void add_treatment(StudyData& data, const Protocol& protocol, const PatientTreatment& treatment,
                   SyntheticDraw& draw);

}  // namespace myoivig::domain
