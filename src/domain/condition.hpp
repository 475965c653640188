// Condition: a screening fact about a patient that eligibility rules read, such as
// "iga_deficiency: present" or "prior_ivig: present, last given 2002-01-10". Codes are
// the protocol's (eligibility.exclusions). Thread-safety: plain value type.
#pragma once

#include <optional>
#include <string>

#include "util/date.hpp"

namespace myoivig::domain {

struct Condition {
  std::string patient_id;
  std::string code;  // e.g. "iga_deficiency", "malignancy", "prior_ivig"
  bool present = false;
  std::optional<util::Date> date;  // diagnosis or last occurrence, when it matters
  std::string note;
};

}  // namespace myoivig::domain
