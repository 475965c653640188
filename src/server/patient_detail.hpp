// The patient page's data: every record of the patient (courses with their infusions),
// a dated timeline of what happened (each event naming its record as the API does, e.g.
// "infusions", with the record's address in the UI), the outcome series for plots (MMT, ADL, CK
// with its upper limit, the VAS, weight, the core set and the ACR/EULAR TIS against baseline where
// the protocol has a response plan), the eligibility result rule by rule, the data checks'
// findings, open queries and the visits due, as the viewer may see them.
// Thread-safety: pure function.
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "domain/protocol.hpp"
#include "server/record_json.hpp"
#include "store/data_query.hpp"
#include "store/stored_record.hpp"
#include "util/date.hpp"

namespace myoivig::server {

struct PatientPage {
  const store::PatientRecords& records;
  const domain::Protocol& protocol;
  const std::vector<store::DataQuery>& queries;
  RecordView view;
  util::Date as_of;
  bool can_edit = false;
};

nlohmann::json patient_detail_json(const PatientPage& page);

}  // namespace myoivig::server
