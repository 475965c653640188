// A patient's outcome series for plots: each measure recorded, by visit week in the
// measure's reporting unit (VAS in cm, CK in IU/l with the laboratory's upper limit), and
// the ACR/EULAR total improvement score at each follow-up visit against the baseline visit
// (analysis.baseline_week) where the protocol has a response plan and the core set is
// complete. Measures never recorded are left out.
//   {"mmt": [{"week": 0, "date": "2002-03-04", "value": 64}, ...], "ck": [{..., "uln": 200}],
//    "tis": [{"week": 4, "date": "...", "value": 27.5, "category": "minimal"}]}
// Thread-safety: pure function.
#pragma once

#include <nlohmann/json.hpp>

#include "domain/protocol.hpp"
#include "store/stored_record.hpp"

namespace myoivig::server {

nlohmann::json outcome_series_json(const store::PatientRecords& records,
                                   const domain::Protocol& protocol);

}  // namespace myoivig::server
