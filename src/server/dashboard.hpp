// The study dashboard: enrolment by site and month (cumulative), the CONSORT-style flow
// (screened, eligible, randomised by arm when the viewer may see arms, treated, withdrawn,
// primary visit reached), visits due and overdue, data queries, and adverse events, for
// the records a viewer may see (one site for an investigator). The outstanding queries
// carry their record's label and UI address (query_json.hpp) from the records of the
// patients they are about, which the caller reads (outstanding_query_patients says whose).
// Thread-safety: pure functions.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/protocol.hpp"
#include "domain/study_data.hpp"
#include "store/data_query.hpp"
#include "store/stored_record.hpp"
#include "util/date.hpp"

namespace myoivig::server {

// Only the records of `site`'s patients (the whole study when `site` is unset).
domain::StudyData records_of_site(const domain::StudyData& data,
                                  const std::optional<std::string>& site);

struct DashboardView {
  util::Date as_of;
  bool arm_visible = true;
  bool free_text = true;
  std::size_t list_limit = 50;  // rows of each list (visits, queries, events) at most
};

// A patient a listed query is about: their records (with ids) and whether the viewer may
// edit them (then a visit or adverse event links to its form).
struct QueryPatient {
  store::PatientRecords records;
  bool can_edit = false;
};
using QueryPatients = std::map<std::string, QueryPatient, std::less<>>;

// The pseudonyms of the patients whose records the dashboard's list of outstanding queries
// (open or answered, the first `view.list_limit` of `queries`) needs, each once, in the
// order they first appear.
std::vector<std::string> outstanding_query_patients(const std::vector<store::DataQuery>& queries,
                                                    const DashboardView& view);

// `patients`: those outstanding_query_patients names; a query whose patient is missing
// gets a generic label ("visits record 65") and the patient page as its link.
nlohmann::json dashboard_json(const domain::StudyData& data, const domain::Protocol& protocol,
                              const std::vector<store::DataQuery>& queries,
                              const QueryPatients& patients, const DashboardView& view);

}  // namespace myoivig::server
