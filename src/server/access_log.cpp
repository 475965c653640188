#include "server/access_log.hpp"

#include <cmath>

#include <nlohmann/json.hpp>

namespace myoivig::server {

std::string access_log_line(const AccessRecord& record) {
  constexpr double k_hundredths = 100.0;
  nlohmann::ordered_json line{
      {"time", record.time_utc},
      {"method", record.method},
      {"path", record.path_template},
      {"status", record.status},
      {"duration_ms", std::round(record.duration_ms * k_hundredths) / k_hundredths},
      {"role", record.role.empty() ? nlohmann::ordered_json(nullptr)
                                   : nlohmann::ordered_json(record.role)}};
  return line.dump();
}

}  // namespace myoivig::server
