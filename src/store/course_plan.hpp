// A course plan confirmed in the web application's course planner: the plan exactly as the
// server showed it when the clinician confirmed the course (JSON text: dosing weight and
// policy with the formulas, dose per day, infusion days with dose, volume and vials, rate
// steps, caps, warnings), the risk factors the clinician entered, who confirmed it and
// when. It is written with its course in one transaction (AddRecords::course_plans) and
// never changes afterwards; courses loaded from a bundle or imported have none.
// Thread-safety: plain value types.
#pragma once

#include <string>
#include <vector>

namespace myoivig::store {

// A plan to store with the course it was confirmed for (same patient and course number).
struct NewCoursePlan {
  std::string patient_id;
  int course_number = 0;
  std::string plan_json;                  // a JSON object, stored verbatim
  std::vector<std::string> risk_factors;  // codes as entered, e.g. {"age", "diabetes"}
};

// A stored plan; confirmed_by and confirmed_utc are the actor and time of the write that
// created the course (its audit context).
struct CoursePlan {
  std::string patient_id;
  int course_number = 0;
  std::string plan_json;
  std::vector<std::string> risk_factors;
  std::string confirmed_by;   // e.g. "web:ivy"
  std::string confirmed_utc;  // ISO 8601, e.g. "2026-11-28T12:00:00Z"
};

}  // namespace myoivig::store
