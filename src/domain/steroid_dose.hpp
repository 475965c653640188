// SteroidDose: a period of constant daily prednisolone (or equivalent) dose.
// Thread-safety: plain value type.
#pragma once

#include <optional>
#include <string>

#include "util/date.hpp"

namespace myoivig::domain {

struct SteroidDose {
  std::string patient_id;
  double prednisolone_mg_per_day = 0;
  util::Date from;
  std::optional<util::Date> to;  // inclusive; empty while ongoing

  // Days covered up to and including `to`, or up to `as_of` while ongoing.
  [[nodiscard]] int days(util::Date as_of) const { return (to ? *to : as_of).days_since(from) + 1; }
};

}  // namespace myoivig::domain
