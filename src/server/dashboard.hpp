// The study dashboard: enrolment by site and month (cumulative), the CONSORT-style flow
// (screened, eligible, randomised by arm when the viewer may see arms, treated, withdrawn,
// primary visit reached), visits due and overdue, data queries, and adverse events, for
// the records a viewer may see (one site for an investigator).
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/protocol.hpp"
#include "domain/study_data.hpp"
#include "store/data_query.hpp"
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

nlohmann::json dashboard_json(const domain::StudyData& data, const domain::Protocol& protocol,
                              const std::vector<store::DataQuery>& queries,
                              const DashboardView& view);

}  // namespace myoivig::server
