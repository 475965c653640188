#include "analysis/study_changes.hpp"

#include <string>

#include "analysis/analyse_study.hpp"
#include "domain/measure.hpp"

namespace myoivig::analysis {

util::Expected<std::vector<double>> observed_changes(const domain::StudyData& data,
                                                     const domain::Protocol& protocol,
                                                     std::string_view endpoint_id) {
  MYOIVIG_TRY_ASSIGN(result, analyse_study(data, protocol));
  std::string available;
  for (const EndpointResult& endpoint : result.endpoints) {
    const std::string_view id = domain::info(endpoint.measure).id;
    if (id != endpoint_id) {
      available += (available.empty() ? "" : ", ") + std::string(id);
      continue;
    }
    if (endpoint.changes.empty()) {
      return util::invalid_argument("endpoint: '" + std::string(endpoint_id) +
                                    "' has no paired changes in the study (0 analysed patients "
                                    "with baseline and week " +
                                    std::to_string(endpoint.timepoint) + " values)");
    }
    return endpoint.changes;
  }
  return util::invalid_argument("endpoint: '" + std::string(endpoint_id) +
                                "' is not an endpoint of the study's analysis plan (" +
                                (available.empty() ? std::string("none") : available) + ")");
}

}  // namespace myoivig::analysis
