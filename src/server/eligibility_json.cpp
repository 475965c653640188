#include "server/eligibility_json.hpp"

namespace myoivig::server {

nlohmann::json eligibility_json(const domain::EligibilityReport& report) {
  nlohmann::json rules = nlohmann::json::array();
  for (const domain::RuleOutcome& rule : report.rules) {
    rules.push_back({{"id", rule.id},
                     {"label", rule.label},
                     {"status", domain::code(rule.status)},
                     {"facts", rule.facts}});
  }
  return {{"verdict", domain::code(report.verdict)}, {"rules", rules}};
}

}  // namespace myoivig::server
