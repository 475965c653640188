// The protocol's analysis: GET /api/v1/report (the self-contained HTML report, for an
// iframe or a new tab) and GET /api/v1/analysis (its JSON), for statisticians, and for
// monitors when the arm is not hidden from them. A randomised protocol gets the by-arm
// analysis.
#include "analysis/analyse_study.hpp"
#include "analysis/trial_analysis.hpp"
#include "io/analysis_json.hpp"
#include "io/report_html.hpp"
#include "io/trial_json.hpp"
#include "io/trial_report_html.hpp"
#include "server/cached_read.hpp"
#include "server/permissions.hpp"
#include "server/route_support.hpp"
#include "server/routes.hpp"

namespace myoivig::server {
namespace {

Reply analysis(Call& call, bool html) {
  const domain::Protocol& protocol = call.server.protocol;
  if (!can_read_report(*call.user, protocol)) {
    return error_reply(k_forbidden, "forbidden",
                       "the report shows the arms of a blinded study: statisticians only");
  }
  // The analysis reads every site and shows no free text: the same for every reader.
  const std::string key = html ? "report|html" : "report|json";
  return cached_read(call, key, [&](store::Store& db) {
    auto data = db.read_all();
    if (!data) return error_reply(data.error());
    if (protocol.design.kind == domain::DesignKind::randomised) {
      auto result = analysis::analyse_trial(*data, protocol);
      if (!result) return error_reply(result.error());
      if (html) return Reply{k_ok, io::render_trial_report(*result, protocol), "text/html", {}};
      return Reply{k_ok, io::trial_json(*result).dump(), "application/json", {}};
    }
    auto result = analysis::analyse_study(*data, protocol);
    if (!result) return error_reply(result.error());
    if (html) return Reply{k_ok, io::render_html_report(*result, protocol), "text/html", {}};
    return Reply{k_ok, io::analysis_json(*result).dump(), "application/json", {}};
  });
}

}  // namespace

void add_report_routes(Router& router) {
  router.add("GET", "/api/v1/report", Access{false, report_readers()},
             [](Call& call) { return analysis(call, true); });
  router.add("GET", "/api/v1/analysis", Access{false, report_readers()},
             [](Call& call) { return analysis(call, false); });
}

}  // namespace myoivig::server
