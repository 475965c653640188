#include "analysis/analyse_study.hpp"

#include "analysis/demographics.hpp"
#include "analysis/endpoint_analysis.hpp"
#include "analysis/populations.hpp"
#include "analysis/response_outcomes.hpp"
#include "analysis/safety_summary.hpp"
#include "analysis/study_index.hpp"

namespace myoivig::analysis {

util::Expected<AnalysisResult> analyse_study(const domain::StudyData& data,
                                             const domain::Protocol& protocol) {
  MYOIVIG_TRY(domain::validate(protocol));
  if (protocol.design.kind != domain::DesignKind::single_arm) {
    // Pooling the arms of a randomised trial would mislead.
    return util::invalid_argument("analysis: protocol " + protocol.id +
                                  " is randomised; its arms are compared by analyse_trial");
  }
  const domain::AnalysisPlan& plan = protocol.analysis;
  const StudyIndex index(data);
  AnalysisResult result;
  result.study = {data.info.study_id, protocol.id, protocol.title, data.info.description,
                  data.info.synthetic};
  result.conf_level = plan.conf_level;
  result.primary_test = plan.primary_test;
  result.population = find_populations(data, index, plan);
  const std::vector<std::string>& analysed = result.population.analysed_ids;
  result.demographics = describe_patients(data, analysed);
  for (domain::Measure measure : plan.endpoints) {
    result.endpoints.push_back(analyse_endpoint(measure, analysed, index, protocol));
  }
  result.physician = assess_physician_global(analysed, index, plan);
  result.steroid = steroid_among_improved(analysed, index, plan);
  result.safety = summarise_safety(data, index, plan.conf_level);
  return result;
}

}  // namespace myoivig::analysis
