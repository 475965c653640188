// Allocation: the arm a patient was randomised to, with the stratum and the slot of the
// allocation list it took, and the date. The allocation list itself stays concealed in
// the store; an Allocation exists only once a patient has been randomised.
// Thread-safety: plain value type.
#pragma once

#include <string>

#include "util/date.hpp"

namespace myoivig::domain {

struct Allocation {
  std::string patient_id;
  std::string arm;      // an arm id of the protocol's design
  std::string stratum;  // e.g. the site, or "all"
  int sequence = 1;     // the slot within the stratum's list
  util::Date randomised_on;
};

}  // namespace myoivig::domain
