#include "domain/patient.hpp"

#include "util/enum_names.hpp"

namespace myoivig::domain {
namespace {

constexpr util::EnumNames<Sex, 2> k_sexes{{{Sex::male, "M"}, {Sex::female, "F"}}};
constexpr util::EnumNames<Diagnosis, 2> k_diagnoses{
    {{Diagnosis::polymyositis, "PM"}, {Diagnosis::dermatomyositis, "DM"}}};
constexpr util::EnumNames<Sex, 2> k_sex_labels{{{Sex::male, "male"}, {Sex::female, "female"}}};
constexpr util::EnumNames<Diagnosis, 2> k_diagnosis_labels{
    {{Diagnosis::polymyositis, "polymyositis"}, {Diagnosis::dermatomyositis, "dermatomyositis"}}};

}  // namespace

std::string_view code(Sex sex) {
  return util::name_of(k_sexes, sex);
}
std::string_view code(Diagnosis diagnosis) {
  return util::name_of(k_diagnoses, diagnosis);
}
std::string_view label(Sex sex) {
  return util::name_of(k_sex_labels, sex);
}
std::string_view label(Diagnosis diagnosis) {
  return util::name_of(k_diagnosis_labels, diagnosis);
}
util::Expected<Sex> parse_sex(std::string_view text) {
  return util::value_of(k_sexes, text);
}
util::Expected<Diagnosis> parse_diagnosis(std::string_view text) {
  return util::value_of(k_diagnoses, text);
}

}  // namespace myoivig::domain
