// The study as the web UI needs it to build its forms: identity (and the synthetic-data
// flag), the design (arms, blinding), sites, regimen, visit schedule, each instrument's
// range with the form field it fills, every measure's label and unit, the MMT-8 muscle
// groups, the eligibility rules with their labels (exclusions, Bohan and Peter criteria,
// steroid resistance), and the codes of every coded field (sex, diagnosis, severity, ...)
// with the labels the domain gives them. The labels come from the domain's own tables, so
// the UI keeps no copy of them.
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
