#include "io/report_protocol.hpp"

#include <fmt/format.h>

#include "io/html_escape.hpp"
#include "io/html_table.hpp"
#include "io/number_format.hpp"

namespace myoivig::io {
namespace {

std::string definition(std::string_view term, const std::string& text) {
  return fmt::format("<dt>{}</dt><dd>{}</dd>\n", html_escape(term), html_escape(text));
}

std::string measure_list(const std::vector<domain::Measure>& measures) {
  std::string text;
  for (const domain::Measure measure : measures) {
    if (!text.empty()) text += ", ";
    text += std::string(domain::info(measure).label);
  }
  return text.empty() ? std::string(k_missing_number) : text;
}

std::string plan_list(const domain::Protocol& protocol) {
  const domain::AnalysisPlan& plan = protocol.analysis;
  std::string html = R"(<dl class="facts">)";
  html += definition("Baseline", fmt::format("week {}", plan.baseline_week));
  html += definition("Primary timepoint", fmt::format("week {}", plan.primary_week));
  html += definition("Endpoints", measure_list(plan.endpoints));
  html += definition("Test", describe_test(plan.primary_test) + ", two-sided");
  html += definition("Significance level", fmt::format("alpha = {:g}", plan.alpha));
  html += definition("Confidence level", format_confidence_level(plan.conf_level));
  html += definition("Analysed population", describe_population(plan.population));
  return html + "</dl>\n";
}

std::string regimen_list(const domain::Regimen& regimen) {
  std::string html = R"(<dl class="facts">)";
  if (!regimen.description.empty()) html += definition("Regimen", regimen.description);
  html += definition("Dose", fmt::format("{:g} g/kg/day on {} successive days",
                                         regimen.dose_g_per_kg_per_day, regimen.days));
  html += definition("Courses", fmt::format("at most {}", regimen.max_courses));
  if (!regimen.product.empty()) html += definition("Product", regimen.product);
  return html + "</dl>\n";
}

std::string schedule_table(const domain::Protocol& protocol) {
  HtmlTable table("Visit schedule (weeks from day 1 of the first course)", "report-table schedule");
  table.add_header_row(
      {number_cell("Week"), text_cell("Window (days)"), text_cell("Measures required")});
  for (const domain::ScheduledVisit& visit : protocol.schedule) {
    table.add_row(
        {number_cell(fmt::format("{}", visit.week)),
         text_cell(fmt::format("-{} / +{}", visit.window_before_days, visit.window_after_days)),
         text_cell(measure_list(visit.required))});
  }
  return table.render();
}

std::string assumption_table(const domain::Protocol& protocol) {
  HtmlTable table("Assumptions recorded in the protocol file", "report-table assumptions");
  table.add_header_row({text_cell("Setting"), text_cell("Value"), text_cell("Assumption")});
  bool any = false;
  for (const domain::InstrumentRange& range : protocol.instruments) {
    if (range.assumption.empty()) continue;
    const domain::MeasureInfo& measure = domain::info(range.measure);
    table.add_row({row_header_cell(fmt::format("{} range", measure.label)),
                   text_cell(fmt::format("{:g} to {:g} {}", range.min, range.max, measure.unit)),
                   text_cell(range.assumption)});
    any = true;
  }
  if (!protocol.schedule_assumption.empty()) {
    table.add_row({row_header_cell("Visit windows"), text_cell("see the schedule below"),
                   text_cell(protocol.schedule_assumption)});
    any = true;
  }
  if (!any) return R"(<p>The protocol file records no assumption.</p>)";
  return table.render();
}

}  // namespace

std::string test_name(std::string_view test) {
  if (test == "signrank") return "Wilcoxon signed-rank test";
  if (test == "ttest") return "paired t-test";
  if (test == "fisher") return "Fisher's exact test (responders by arm)";
  return std::string(test);
}

std::string describe_test(std::string_view test) {
  if (test == "signrank") return test_name(test) + " (exact; exact-conditional with ties or zeros)";
  return test_name(test);
}

std::string describe_population(std::string_view population) {
  if (population == "treated_with_primary_assessment") {
    return "treated patients with every endpoint assessed at baseline and at the primary "
           "timepoint, not withdrawn before it";
  }
  if (population == "randomised") {
    return "every randomised patient in the arm allocated (intention to treat)";
  }
  return std::string(population);
}

std::string render_protocol_section(const domain::Protocol& protocol) {
  std::string html;
  html +=
      fmt::format(R"(<p class="lead">Protocol {} version {}: {}.</p>)", html_escape(protocol.id),
                  html_escape(protocol.version), html_escape(protocol.title));
  html += "\n<h3>Analysis plan</h3>\n" + plan_list(protocol);
  html += "<h3>Regimen</h3>\n" + regimen_list(protocol.regimen);
  html += "<h3>Assumptions</h3>\n";
  html +=
      "<p>Settings the source publication does not state, with what was chosen and why. "
      "Results depend on them.</p>\n";
  html += assumption_table(protocol);
  html += schedule_table(protocol);
  return html;
}

}  // namespace myoivig::io
