#include "io/report_html.hpp"

#include <fmt/format.h>

#include "io/consort_diagram.hpp"
#include "io/html_escape.hpp"
#include "io/html_table.hpp"
#include "io/number_format.hpp"
#include "io/report_outcomes.hpp"
#include "io/report_protocol.hpp"
#include "io/report_style.hpp"
#include "io/report_tables.hpp"
#include "io/trajectory_plot.hpp"

namespace myoivig::io {
namespace {

struct Section {
  const char* id;
  const char* title;
};

constexpr Section k_sections[] = {
    {"flow", "Patient flow"},
    {"demographics", "Demographics"},
    {"endpoints", "Endpoints"},
    {"trajectories", "Trajectories"},
    {"outcomes", "Physician&#39;s assessment, steroid dose and safety"},
    {"protocol", "Protocol, analysis plan and assumptions"},
};

std::string open_section(std::size_t index) {
  const Section& section = k_sections[index];
  return fmt::format(R"(<section id="{}"><h2><span class="number">{}</span>{}</h2>)", section.id,
                     index + 1, section.title) +
         "\n";
}

std::string contents() {
  std::string html = R"(<nav class="contents" aria-label="Contents"><ol>)";
  for (const Section& section : k_sections) {
    html += fmt::format(R"(<li><a href="#{}">{}</a></li>)", section.id, section.title);
  }
  return html + "</ol></nav>\n";
}

std::string header(const analysis::AnalysisResult& result, const domain::Protocol& protocol) {
  const analysis::StudyIdentity& study = result.study;
  const std::string title = study.protocol_title.empty() ? protocol.title : study.protocol_title;
  std::string html = R"(<header class="report-header">)";
  html += R"(<p class="kicker">Statistical analysis report</p>)";
  html += fmt::format("<h1>{}</h1>\n", html_escape(title));
  html += R"(<dl class="meta">)";
  html += fmt::format("<dt>Study</dt><dd>{}</dd>", html_escape(study.study_id));
  std::string protocol_text = study.protocol_id;
  if (!protocol.version.empty()) protocol_text += ", version " + protocol.version;
  html += fmt::format("<dt>Protocol</dt><dd>{}</dd>", html_escape(protocol_text));
  html += fmt::format("<dt>Analysed</dt><dd>{} of {} enrolled patients</dd>",
                      result.population.analysed, result.population.enrolled);
  html +=
      fmt::format("<dt>Comparison</dt><dd>week {} versus week {}; {}; {} confidence intervals</dd>",
                  protocol.analysis.primary_week, protocol.analysis.baseline_week,
                  html_escape(test_name(result.primary_test.empty() ? protocol.analysis.primary_test
                                                                    : result.primary_test)),
                  format_confidence_level(result.conf_level));
  html += "</dl>\n";
  if (!study.description.empty()) {
    html += fmt::format(R"(<p class="description">{}</p>)", html_escape(study.description));
  }
  html += "</header>\n";
  if (study.synthetic) html += synthetic_data_banner();
  return html;
}

// Every enrolled patient not analysed, when the flow diagram could not list them all.
std::string excluded_appendix(const analysis::Populations& population) {
  if (consort_lists_every_exclusion(population)) return "";
  HtmlTable table(
      fmt::format("Table A1. Enrolled patients not analysed (n = {})", population.excluded.size()),
      "report-table excluded");
  table.add_header_row({text_cell("Patient"), text_cell("Left the flow"), text_cell("Reason")});
  for (const analysis::ExcludedPatient& patient : population.excluded) {
    table.add_row({row_header_cell(patient.patient_id),
                   text_cell(patient.stage == analysis::ExclusionStage::not_treated
                                 ? "before treatment"
                                 : "treated, not analysed"),
                   text_cell(patient.reason)});
  }
  return R"(<section id="appendix"><h2>Appendix: patients not analysed</h2>)" + table.render() +
         "</section>\n";
}

std::string flow_section(const analysis::AnalysisResult& result) {
  std::string html = open_section(0);
  html += R"(<figure class="flow">)" + render_consort_diagram(result.population);
  html += R"(<figcaption><strong>Figure 1.</strong> Patient flow. Each side box lists the )"
          "patients who left the study at that step, with the reason recorded.</figcaption>";
  html += "</figure>\n";
  return html + "</section>\n";
}

std::string trajectory_section(const analysis::AnalysisResult& result) {
  const std::string level = format_confidence_level(result.conf_level);
  std::string html = open_section(3);
  html += fmt::format(
      "<p>Each analysed patient&#39;s values over the scheduled weeks (grey), and the mean with "
      "its {} confidence interval at each week (blue). CK is shown on a logarithmic "
      "axis.</p>\n",
      level);
  html += R"(<div class="plots">)";
  char letter = 'a';
  for (const analysis::EndpointResult& endpoint : result.endpoints) {
    const domain::MeasureInfo& measure = domain::info(endpoint.measure);
    html += "<figure>" + render_trajectory_plot(endpoint, result.conf_level);
    html +=
        fmt::format("<figcaption><strong>Figure 2{}.</strong> {} ({}){}.</figcaption></figure>\n",
                    letter, html_escape(measure.label), html_escape(measure.unit),
                    plotted_on_log_scale(endpoint.measure) ? ", log scale" : "");
    if (letter < 'z') ++letter;
  }
  html += "</div>\n" + render_visit_means_table(result);
  return html + "</section>\n";
}

}  // namespace

std::string render_html_report(const analysis::AnalysisResult& result,
                               const domain::Protocol& protocol) {
  std::string html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  html += R"(<meta name="viewport" content="width=device-width, initial-scale=1">)";
  html += fmt::format("\n<title>Analysis report: {}</title>\n", html_escape(result.study.study_id));
  html += "<style>" + std::string(report_stylesheet()) + "</style>\n</head>\n<body>\n";
  html += R"(<main class="report">)";
  html += '\n';
  html += header(result, protocol) + contents();

  html += flow_section(result);

  html += open_section(1) + render_demographics_table(result.demographics) + "</section>\n";

  html += open_section(2) + render_endpoint_table(result);
  html += "<h3>Each endpoint in detail</h3>\n" + render_endpoint_details(result);
  html += "</section>\n";

  html += trajectory_section(result);

  html += open_section(4);
  html += render_physician_table(result, protocol.analysis.baseline_week,
                                 protocol.analysis.primary_week);
  html += render_safety_table(result) + render_adverse_event_listing(result.safety);
  html += "</section>\n";

  html += open_section(5) + render_protocol_section(protocol) + "</section>\n";
  html += excluded_appendix(result.population);

  html += "<footer>Generated by myoivig</footer>\n</main>\n</body>\n</html>\n";
  return html;
}

}  // namespace myoivig::io
