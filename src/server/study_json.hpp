// The study as the web UI needs it to build its forms: identity (and the synthetic-data
// flag), the design (arms, blinding), sites, regimen, visit schedule, each instrument's
// range with the form field it fills, the eligibility rules, and the codes of every coded
// field (sex, diagnosis, severity, ...).
// Thread-safety: pure functions.
#pragma once

#include <set>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "domain/protocol.hpp"
#include "store/store.hpp"

namespace myoivig::server {

// The assessment form field a measure is entered in ("vas_fatigue" -> "fatigue_vas_cm").
std::string_view form_field(domain::Measure measure);

nlohmann::json study_json(const store::StudyRecord& study, const domain::Protocol& protocol,
                          const std::set<std::string>& sites);

}  // namespace myoivig::server
