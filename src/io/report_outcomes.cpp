#include "io/report_outcomes.hpp"

#include <fmt/format.h>

#include "io/html_escape.hpp"
#include "io/html_table.hpp"
#include "io/number_format.hpp"

namespace myoivig::io {
namespace {

constexpr int k_percent_decimals = 1;
constexpr int k_dose_decimals = 1;

// "not_recovered" -> "not recovered".
std::string words(std::string_view code) {
  std::string text(code);
  for (char& character : text) {
    if (character == '_') character = ' ';
  }
  return text;
}

std::string percent_interval(const std::optional<stats::Interval>& interval) {
  if (!interval) return std::string(k_missing_number);
  return format_percent(interval->low, k_percent_decimals) + " to " +
         format_percent(interval->high, k_percent_decimals);
}

std::string percent(const std::optional<double>& proportion) {
  return proportion ? format_percent(*proportion, k_percent_decimals)
                    : std::string(k_missing_number);
}

std::string dose(const std::optional<double>& mean) {
  if (!mean) return std::string(k_missing_number);
  return fmt::format("{} mg/day", format_fixed(*mean, k_dose_decimals));
}

}  // namespace

std::string render_physician_table(const analysis::AnalysisResult& result, int baseline_week,
                                   int primary_week) {
  const std::string level = format_confidence_level(result.conf_level);
  const analysis::PhysicianAssessment& physician = result.physician;
  const analysis::SteroidOutcome& steroid = result.steroid;
  HtmlTable table("Table 5. Physician&#39;s global assessment and prednisolone dose",
                  "report-table outcomes");
  table.add_header_row({text_cell(""), number_cell("n"), number_cell("Result"),
                        number_cell(fmt::format("{} CI", level))});
  table.add_row({row_header_cell(fmt::format("Improved at week {} (physician)", physician.week)),
                 number_cell(fmt::format("{} of {}", physician.improved, physician.n)),
                 number_cell(percent(physician.proportion)),
                 number_cell(percent_interval(physician.ci))});
  table.add_row(
      {row_header_cell(fmt::format("Prednisolone at week {}, improved patients", baseline_week)),
       number_cell(fmt::format("{} of {}", steroid.baseline_n, steroid.improved_n)),
       number_cell(dose(steroid.dose_baseline_mean)), number_cell(k_missing_number)});
  table.add_row(
      {row_header_cell(fmt::format("Prednisolone at week {}, improved patients", primary_week)),
       number_cell(fmt::format("{} of {}", steroid.followup_n, steroid.improved_n)),
       number_cell(dose(steroid.dose_followup_mean)), number_cell(k_missing_number)});
  table.add_note(html_escape(fmt::format(
      "Improved: the physician's global assessment at week {} is \"improved\"; Clopper-Pearson "
      "(exact binomial) {} interval. Prednisolone: the mean daily dose in force on the visit "
      "date among the analysed patients judged improved, of those with a recorded dose.",
      physician.week, level)));
  return table.render();
}

std::string render_safety_table(const analysis::AnalysisResult& result) {
  const analysis::Safety& safety = result.safety;
  const std::string level = format_confidence_level(result.conf_level);
  HtmlTable table("Table 6. Safety: every treated patient and every course given",
                  "report-table safety");
  table.add_header_row({text_cell(""), number_cell("n"), number_cell("Rate"),
                        number_cell(fmt::format("{} CI", level))});
  table.add_row({row_header_cell("Courses with an adverse event"),
                 number_cell(fmt::format("{} of {}", safety.courses_with_event, safety.courses)),
                 number_cell(percent(safety.rate_per_course)),
                 number_cell(percent_interval(safety.ci))});
  table.add_row({row_header_cell("Patients with an adverse event"),
                 number_cell(fmt::format("{} of {}", safety.patients_with_event, safety.patients)),
                 number_cell(percent(safety.rate_per_patient)), number_cell(k_missing_number)});
  table.add_row({row_header_cell("Adverse events (serious)"),
                 number_cell(fmt::format("{} ({})", safety.events, safety.serious_events)),
                 number_cell(k_missing_number), number_cell(k_missing_number)});
  table.add_note(html_escape(fmt::format(
      "Rate per course: courses followed by at least one adverse event over courses given, "
      "with its Clopper-Pearson {} interval. Rate per patient: treated patients with at least "
      "one adverse event.",
      level)));
  return table.render();
}

std::string render_adverse_event_listing(const analysis::Safety& safety) {
  HtmlTable table("Table 7. Adverse-event listing", "report-table listing");
  table.add_header_row({text_cell("Patient"), number_cell("Course"), text_cell("Term"),
                        text_cell("Onset"), text_cell("Serious"), text_cell("Severity"),
                        text_cell("Relatedness"), text_cell("Outcome")});
  if (safety.listing.empty()) {
    table.add_row({TableCell{"No adverse event was recorded.", false, false, 8}});
  }
  for (const analysis::AdverseEventListing& event : safety.listing) {
    TableCell serious = text_cell(event.serious ? "Yes" : "No");
    if (event.serious) serious.html = R"(<strong class="serious">Yes</strong>)";
    table.add_row({row_header_cell(event.patient_id),
                   number_cell(fmt::format("{}", event.course_number)), text_cell(event.term),
                   text_cell(event.onset_date.iso()), serious,
                   text_cell(words(domain::code(event.severity))),
                   text_cell(words(domain::code(event.relatedness))),
                   text_cell(words(domain::code(event.outcome)))});
  }
  table.add_note(
      "Course: the course the event followed. Relatedness to IVIG as judged by the "
      "investigator.");
  return table.render();
}

}  // namespace myoivig::io
