// core_set_json: the input document of `myoivig score tis` and `score doi` (issue 5),
//   {"population": "adult|juvenile", "mmt_max": 150,
//    "baseline": {...}, "followup": {...},
//    "percent_change_rules": {"haq": "relative_to_baseline"}}      (optional, TIS only)
// where each visit has physician_global, patient_global and extramuscular (cm, 0-10),
// mmt (a whole number, 0-mmt_max), haq (0-3) and enzymes [{"name", "value", "uln"}] (U/l).
// An absent or null measure (or no enzymes) is missing. Numbers are exact as written, with
// at most 6 decimals; a HAQ-DI of 6 or 7 categories may be given to full double precision
// (1.4285714285714286 is read as 10/7). Errors name the JSON path:
// "followup.physician_global: 12 cm is outside 0-10 cm".
// Thread-safety: pure functions.
#pragma once

#include <span>
#include <string_view>

#include <nlohmann/json.hpp>

#include "domain/core_set.hpp"
#include "domain/total_improvement_score.hpp"
#include "util/expected.hpp"

namespace myoivig::io {

struct ResponseDocument {
  domain::ResponseInput input;
  domain::TisSettings tis_settings;  // the defaults, changed by percent_change_rules
};

// The whole document, validated (ranges, mmt_max, the rules).
util::Expected<ResponseDocument> read_response_document(const nlohmann::json& document);

// One visit's measures at `path` ("baseline"), ranges not yet checked.
util::Expected<domain::CoreSet> read_core_set(const nlohmann::json& visit, const std::string& path);

// invalid_argument naming the first of `measures` missing at baseline or follow-up:
// "followup.physician_global: missing; <why>".
util::Expected<void> require_measures(const domain::ResponseInput& input,
                                      std::span<const domain::CoreMeasure> measures,
                                      std::string_view why);

}  // namespace myoivig::io
