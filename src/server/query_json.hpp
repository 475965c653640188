// A data query as JSON for the web API. Pseudonymised readers get no query or answer text.
// Thread-safety: pure function.
#pragma once

#include <nlohmann/json.hpp>

#include "store/data_query.hpp"

namespace myoivig::server {

nlohmann::json query_json(const store::DataQuery& query, bool free_text);

}  // namespace myoivig::server
