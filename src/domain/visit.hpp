// Visit: a scheduled visit as it happened. `week` is the protocol's planned week (0 =
// baseline, counted from day 1 of the first course, or from randomisation in a randomised
// study); `date` is when it took place.
// Thread-safety: plain value type.
#pragma once

#include <string>

#include "util/date.hpp"

namespace myoivig::domain {

struct Visit {
  std::string patient_id;
  int week = 0;
  util::Date date;
};

}  // namespace myoivig::domain
