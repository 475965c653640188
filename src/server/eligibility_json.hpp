// An eligibility report as JSON: the verdict and each rule with its status and the facts
// it rests on, in the order the protocol's rules are evaluated.
// Thread-safety: pure function.
#pragma once

#include <nlohmann/json.hpp>

#include "domain/eligibility.hpp"

namespace myoivig::server {

nlohmann::json eligibility_json(const domain::EligibilityReport& report);

}  // namespace myoivig::server
