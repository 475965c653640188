#include "io/analysis_table.hpp"

#include <fmt/format.h>

#include "io/number_format.hpp"

namespace myoivig::io {
namespace {

constexpr int k_percent_decimals = 1;

std::string percent(double proportion) {
  return format_percent(proportion, k_percent_decimals);
}

std::string interval_percent(const std::optional<stats::Interval>& ci, double conf_level) {
  if (!ci) return "";
  return ", " + format_confidence_level(conf_level) + " CI " + percent(ci->low) + " to " +
         percent(ci->high);
}

std::string mean_sd(const std::optional<stats::Summary>& summary) {
  if (!summary) return "-";
  if (!summary->sd) return fmt::format("{:.1f}", summary->mean);
  return fmt::format("{:.1f} ({:.1f})", summary->mean, *summary->sd);
}

std::string change_cell(const analysis::EndpointResult& endpoint) {
  if (!endpoint.change) return "-";
  std::string cell = fmt::format("{:+.1f}", endpoint.change->mean);
  if (endpoint.change_ci) {
    cell += fmt::format(" [{:.1f}, {:.1f}]", endpoint.change_ci->low, endpoint.change_ci->high);
  }
  return cell;
}

std::string test_cell(const analysis::EndpointResult& endpoint, const std::string& primary_test) {
  if (primary_test == "ttest") {
    return endpoint.ttest ? format_p_significant(endpoint.ttest->p_value) + " t" : "-";
  }
  if (!endpoint.signrank) return "-";
  return format_p_significant(endpoint.signrank->p_value) + " " +
         std::string(stats::to_string(endpoint.signrank->method));
}

void append_population(std::string& out, const analysis::AnalysisResult& result) {
  const analysis::Populations& population = result.population;
  out += fmt::format(
      "Population  {} enrolled, {} treated, {} analysed; {} courses ({} patients "
      "with a repeat course)\n",
      population.enrolled, population.treated, population.analysed, population.courses,
      population.patients_with_repeat_course);
  for (const analysis::ExcludedPatient& patient : population.excluded) {
    out += fmt::format(
        "  {} {}: {}\n", patient.patient_id,
        patient.stage == analysis::ExclusionStage::not_treated ? "not treated" : "not analysed",
        patient.reason);
  }
  const analysis::Demographics& people = result.demographics;
  out += fmt::format("Analysed    {} PM, {} DM; {} men, {} women", people.polymyositis,
                     people.dermatomyositis, people.male, people.female);
  if (people.age_mean) {
    out += fmt::format("; age {}-{} years, mean {:.1f}", *people.age_min, *people.age_max,
                       *people.age_mean);
  }
  out += "\n\n";
}

void append_endpoints(std::string& out, const analysis::AnalysisResult& result) {
  if (result.endpoints.empty()) return;
  const analysis::EndpointResult& first = result.endpoints.front();
  const std::string test = result.primary_test == "ttest" ? "p (paired t)" : "p (signed-rank)";
  out +=
      fmt::format("Outcomes at week {} versus week {}: mean (SD); change with {} CI\n",
                  first.timepoint, first.baseline_week, format_confidence_level(result.conf_level));
  out += fmt::format("  {:<24} {:>3}  {:<16} {:<16} {:<24} {}\n", "measure", "n",
                     fmt::format("week {}", first.baseline_week),
                     fmt::format("week {}", first.timepoint), "change", test);
  for (const analysis::EndpointResult& endpoint : result.endpoints) {
    const domain::MeasureInfo& measure = domain::info(endpoint.measure);
    out += fmt::format("  {:<24} {:>3}  {:<16} {:<16} {:<24} {}\n",
                       fmt::format("{} ({})", measure.label, measure.unit), endpoint.n,
                       mean_sd(endpoint.baseline), mean_sd(endpoint.followup),
                       change_cell(endpoint), test_cell(endpoint, result.primary_test));
    for (const std::string& note : endpoint.notes) out += "      note: " + note + "\n";
  }
  out += "\n";
}

void append_outcomes(std::string& out, const analysis::AnalysisResult& result) {
  const analysis::PhysicianAssessment& physician = result.physician;
  out += fmt::format("Physician   week {}: {} of {} improved", physician.week, physician.improved,
                     physician.n);
  if (physician.proportion) {
    out += " (" + percent(*physician.proportion) +
           interval_percent(physician.ci, result.conf_level) + ")";
  }
  out += "\n";
  const analysis::SteroidOutcome& steroid = result.steroid;
  out += fmt::format("Steroid     prednisolone among the {} improved:", steroid.improved_n);
  const auto dose = [](const std::optional<double>& mean, std::size_t n) {
    return mean ? fmt::format("{:.1f} mg/day (n = {})", *mean, n) : std::string("not recorded");
  };
  const analysis::EndpointResult* any = result.endpoints.empty() ? nullptr : &result.endpoints[0];
  const int baseline_week = any ? any->baseline_week : 0;
  out += fmt::format(" week {} {}, week {} {}\n", baseline_week,
                     dose(steroid.dose_baseline_mean, steroid.baseline_n), physician.week,
                     dose(steroid.dose_followup_mean, steroid.followup_n));
  const analysis::Safety& safety = result.safety;
  out += fmt::format("Safety      adverse events after {} of {} courses", safety.courses_with_event,
                     safety.courses);
  if (safety.rate_per_course) {
    out += " (" + percent(*safety.rate_per_course) +
           interval_percent(safety.ci, result.conf_level) + ")";
  }
  out += fmt::format("; {} of {} patients; {} events, {} serious\n", safety.patients_with_event,
                     safety.patients, safety.events, safety.serious_events);
  for (const analysis::AdverseEventListing& event : safety.listing) {
    out += fmt::format("  {} course {}  {}  {}{}, {}, {}\n", event.patient_id, event.course_number,
                       event.onset_date.iso(), event.term, event.serious ? " (serious)" : "",
                       domain::code(event.severity), domain::code(event.relatedness));
  }
}

}  // namespace

std::string analysis_table(const analysis::AnalysisResult& result) {
  std::string out =
      fmt::format("{} (protocol {}){}\n", result.study.study_id, result.study.protocol_id,
                  result.study.synthetic ? " -- SYNTHETIC DATA" : "");
  append_population(out, result);
  append_endpoints(out, result);
  append_outcomes(out, result);
  return out;
}

}  // namespace myoivig::io
