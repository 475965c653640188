#include "io/redcap/record_text.hpp"

namespace myoivig::io::redcap {

std::string format_number(double value) {
  std::string text;
  append_value(text, value);
  return text;
}

std::string record_key(const domain::Patient& r) {
  return r.id;
}
std::string record_key(const domain::Allocation& r) {
  return r.patient_id;
}
std::string record_key(const domain::Condition& r) {
  return r.patient_id + " " + r.code;
}
std::string record_key(const domain::SteroidDose& r) {
  return r.patient_id + " from " + r.from.iso();
}
std::string record_key(const domain::Course& r) {
  return r.patient_id + " course " + std::to_string(r.number);
}
std::string record_key(const domain::Administration& r) {
  return r.patient_id + " course " + std::to_string(r.course_number) + " day " +
         std::to_string(r.day);
}
std::string record_key(const domain::Visit& r) {
  return r.patient_id + " week " + std::to_string(r.week);
}
std::string record_key(const domain::Assessment& r) {
  return r.patient_id + " week " + std::to_string(r.week);
}
std::string record_key(const domain::MuscleGrade& r) {
  return r.patient_id + " week " + std::to_string(r.week) + " " + r.muscle_group + " " +
         std::string(domain::code(r.side));
}
std::string record_key(const domain::AdverseEvent& r) {
  return r.patient_id + " course " + std::to_string(r.course_number) + " '" + r.term + "' from " +
         r.onset_date.iso();
}

}  // namespace myoivig::io::redcap
