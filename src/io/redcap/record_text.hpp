// Record text: each study record's fields written as the study bundle writes them (numbers
// in their shortest exact form, VAS in cm with one decimal, ISO dates, HH:MM times), in the
// order of bundle_columns(entity) (both from domain/record_fields.hpp), plus the record's
// key. An import compares a record with the stored one field by field in this form, and
// names the field that differs.
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <vector>

#include "domain/record_fields.hpp"
#include "domain/study_data.hpp"
#include "io/bundle_fields.hpp"

namespace myoivig::io::redcap {

// The record's fields as bundle text, in column order.
template <typename Record>
std::vector<std::string> record_fields(const Record& record) {
  std::vector<std::string> texts;
  texts.reserve(domain::field_count<Record>);
  domain::for_each_field<Record>([&](const auto& field) {
    std::string text;
    append_field(text, field, record);
    texts.push_back(std::move(text));
  });
  return texts;
}

// The record's key as people read it, unique per entity: "SEED-01", "SEED-01 week 12",
// "SEED-01 course 1 day 3", "SEED-01 course 1 'rash' from 2001-09-15", ...
std::string record_key(const domain::Patient& record);
std::string record_key(const domain::Allocation& record);
std::string record_key(const domain::Condition& record);
std::string record_key(const domain::SteroidDose& record);
std::string record_key(const domain::Course& record);
std::string record_key(const domain::Administration& record);
std::string record_key(const domain::Visit& record);
std::string record_key(const domain::Assessment& record);
std::string record_key(const domain::MuscleGrade& record);
std::string record_key(const domain::AdverseEvent& record);

// A number in its shortest exact form: format_number(64.3) == "64.3".
std::string format_number(double value);

}  // namespace myoivig::io::redcap
