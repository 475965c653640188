// Patient: one enrolled (or screened) person, known only by a study pseudonym.
// No name, address or hospital number is part of the model (shared/DESIGN.md, Safety).
// Thread-safety: plain value types.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "util/date.hpp"
#include "util/expected.hpp"

namespace myoivig::domain {

enum class Sex { male, female };
enum class Diagnosis { polymyositis, dermatomyositis };

std::string_view code(Sex sex);               // "M" | "F"
std::string_view code(Diagnosis diagnosis);   // "PM" | "DM"
std::string_view label(Sex sex);              // "male" | "female"
std::string_view label(Diagnosis diagnosis);  // "polymyositis" | "dermatomyositis"
util::Expected<Sex> parse_sex(std::string_view text);
util::Expected<Diagnosis> parse_diagnosis(std::string_view text);

struct Patient {
  std::string id;  // study pseudonym, e.g. "SEED-01"
  std::string site;
  Sex sex = Sex::male;
  int birth_year = 0;
  Diagnosis diagnosis = Diagnosis::polymyositis;
  bool biopsy_proven = false;
  std::optional<util::Date> biopsy_date;
  std::optional<double> height_cm;
  util::Date enrolment_date;
  std::optional<util::Date> withdrawal_date;
  std::string withdrawal_reason;  // empty unless withdrawn

  // Age in whole years at `on`, from the birth year alone (the model holds no birth
  // date): the year difference, which may be one year above the exact age.
  [[nodiscard]] int age_at(util::Date on) const { return on.year() - birth_year; }
};

}  // namespace myoivig::domain
