#include "io/report_tables.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <vector>

#include <fmt/format.h>

#include "io/html_escape.hpp"
#include "io/html_table.hpp"
#include "io/number_format.hpp"

namespace myoivig::io {
namespace {

constexpr double k_level_tolerance = 1e-9;
constexpr int k_summary_statistics = 7;  // mean, SD, median, Q1, Q3, min, max

// "Week 12" -> "week 12", for a heading used inside a sentence.
std::string to_lower_first(std::string text) {
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z')
    text[0] = static_cast<char>(text[0] - 'A' + 'a');
  return text;
}

std::string fixed(double value) {
  return format_fixed(value, k_report_decimals);
}

// "67.0 (8.2)", or "67.0" without an SD.
std::string mean_sd(const std::optional<stats::Summary>& summary) {
  if (!summary) return std::string(k_missing_number);
  if (!summary->sd) return fixed(summary->mean);
  return fixed(summary->mean) + " (" + fixed(*summary->sd) + ")";
}

std::string measure_cell_html(const analysis::EndpointResult& endpoint) {
  const domain::MeasureInfo& measure = domain::info(endpoint.measure);
  return fmt::format(R"({}<span class="unit">{}</span>)", html_escape(measure.label),
                     html_escape(measure.unit));
}

// The primary week's column heading, shared when every endpoint has the same.
std::string week_heading(const analysis::AnalysisResult& result, bool baseline) {
  if (result.endpoints.empty()) return baseline ? "Baseline" : "Follow-up";
  const auto week = [&](const analysis::EndpointResult& endpoint) {
    return baseline ? endpoint.baseline_week : endpoint.timepoint;
  };
  const int first = week(result.endpoints.front());
  const bool shared = std::all_of(result.endpoints.begin(), result.endpoints.end(),
                                  [&](const auto& endpoint) { return week(endpoint) == first; });
  if (!shared) return baseline ? "Baseline" : "Follow-up";
  return fmt::format("Week {}", first);
}

TableCell signrank_cell(const analysis::EndpointResult& endpoint) {
  if (!endpoint.signrank) return number_cell(k_missing_number);
  return html_cell(fmt::format(R"({}<span class="method">{}</span>)",
                               html_escape(format_p_significant(endpoint.signrank->p_value)),
                               html_escape(stats::to_string(endpoint.signrank->method))),
                   true);
}

TableCell hodges_lehmann_cell(const analysis::EndpointResult& endpoint, double conf_level,
                              std::vector<std::string>& notes) {
  if (!endpoint.signrank || !endpoint.signrank->interval) return number_cell(k_missing_number);
  const stats::ShiftInterval& interval = *endpoint.signrank->interval;
  std::string html = html_escape(fixed(interval.estimate));
  std::string ci = html_escape(
      "(" + format_interval(interval.ci_low, interval.ci_high, k_report_decimals) + ")");
  if (std::abs(interval.conf_level - conf_level) > k_level_tolerance) {
    ci += "<sup>\xE2\x80\xA0</sup>";
    notes.push_back(fmt::format(
        "\xE2\x80\xA0 {}: the {} interval cannot be reached with n = {}; the interval shown has "
        "an achieved confidence level of {}.",
        html_escape(domain::info(endpoint.measure).label), format_confidence_level(conf_level),
        endpoint.signrank->n, format_confidence_level(interval.conf_level)));
  }
  return html_cell(html + R"(<span class="ci">)" + ci + "</span>", true);
}

TableCell change_cell(const analysis::EndpointResult& endpoint) {
  if (!endpoint.change) return number_cell(k_missing_number);
  std::string html = html_escape(fixed(endpoint.change->mean));
  if (endpoint.change_ci) {
    html += R"(<span class="ci">()" +
            html_escape(format_interval(endpoint.change_ci->low, endpoint.change_ci->high,
                                        k_report_decimals)) +
            ")</span>";
  }
  return html_cell(std::move(html), true);
}

std::vector<TableCell> summary_cells(const std::string& label,
                                     const std::optional<stats::Summary>& summary) {
  std::vector<TableCell> cells{row_header_cell(label)};
  if (!summary) {
    cells.push_back(number_cell("0"));
    for (int i = 0; i < k_summary_statistics; ++i) cells.push_back(number_cell(k_missing_number));
    return cells;
  }
  cells.push_back(number_cell(fmt::format("{}", summary->n)));
  for (const std::optional<double>& value :
       {std::optional<double>(summary->mean), summary->sd, std::optional<double>(summary->median),
        std::optional<double>(summary->q1), std::optional<double>(summary->q3),
        std::optional<double>(summary->min), std::optional<double>(summary->max)}) {
    cells.push_back(number_cell(format_fixed(value, k_report_decimals)));
  }
  return cells;
}

std::string test_line(const analysis::EndpointResult& endpoint) {
  std::vector<std::string> parts;
  if (endpoint.signrank) {
    const stats::SignrankResult& test = *endpoint.signrank;
    parts.push_back(
        fmt::format("Wilcoxon signed-rank V = {:g} ({} nonzero change{}, {} zero, {}), p = {} ({})",
                    test.statistic, test.n, test.n == 1 ? "" : "s", test.n_zero,
                    test.ties ? "tied ranks" : "no ties", format_p_significant(test.p_value),
                    stats::to_string(test.method)));
  }
  if (endpoint.ttest) {
    const stats::TtestResult& test = *endpoint.ttest;
    parts.push_back(fmt::format("paired t = {:.3f}, df = {:g}, p = {}", test.statistic, test.df,
                                format_p_significant(test.p_value)));
  }
  for (const std::string& note : endpoint.notes) parts.push_back(note);
  if (parts.empty()) return "";
  std::string line;
  for (const std::string& part : parts) line += (line.empty() ? "" : "; ") + part;
  return fmt::format(R"(<p class="test-line">{}.</p>)", html_escape(line));
}

}  // namespace

std::string render_demographics_table(const analysis::Demographics& demographics) {
  HtmlTable table(fmt::format("Table 1. Demographics of the analysed set (n = {})", demographics.n),
                  "report-table demographics");
  table.add_header_row({text_cell("Characteristic"), number_cell("Value")});
  table.add_group_row("Diagnosis", 2);
  table.add_row({row_header_cell("Polymyositis (PM)"),
                 number_cell(format_count_percent(demographics.polymyositis, demographics.n))});
  table.add_row({row_header_cell("Dermatomyositis (DM)"),
                 number_cell(format_count_percent(demographics.dermatomyositis, demographics.n))});
  table.add_group_row("Sex", 2);
  table.add_row({row_header_cell("Male"),
                 number_cell(format_count_percent(demographics.male, demographics.n))});
  table.add_row({row_header_cell("Female"),
                 number_cell(format_count_percent(demographics.female, demographics.n))});
  table.add_group_row("Age at enrolment (years)", 2);
  table.add_row({row_header_cell("Mean"), number_cell(format_fixed(demographics.age_mean, 1))});
  const std::string range =
      demographics.age_min && demographics.age_max
          ? fmt::format("{} to {}", *demographics.age_min, *demographics.age_max)
          : std::string(k_missing_number);
  table.add_row({row_header_cell("Range"), number_cell(range)});
  table.add_note(
      "n (%) unless stated. Age from the birth year alone: it may be one year above "
      "the exact age.");
  return table.render();
}

std::string render_endpoint_table(const analysis::AnalysisResult& result) {
  const std::string level = format_confidence_level(result.conf_level);
  const std::string baseline = week_heading(result, true);
  const std::string followup = week_heading(result, false);
  HtmlTable table(html_escape(fmt::format("Table 2. Endpoints at {} compared with {}",
                                          to_lower_first(followup), to_lower_first(baseline))),
                  "report-table endpoints");
  table.add_header_row(
      {text_cell("Measure"), number_cell("n"), number_cell(baseline + " mean (SD)"),
       number_cell(followup + " mean (SD)"),
       number_cell(fmt::format("Change, mean ({} CI)", level)), number_cell("Wilcoxon p"),
       number_cell(fmt::format("HL estimate ({} CI)", level)), number_cell("Paired t p")});
  std::vector<std::string> notes;
  for (const analysis::EndpointResult& endpoint : result.endpoints) {
    TableCell measure = html_cell(measure_cell_html(endpoint));
    measure.row_header = true;
    table.add_row({measure, number_cell(fmt::format("{}", endpoint.n)),
                   number_cell(mean_sd(endpoint.baseline)), number_cell(mean_sd(endpoint.followup)),
                   change_cell(endpoint), signrank_cell(endpoint),
                   hodges_lehmann_cell(endpoint, result.conf_level, notes),
                   endpoint.ttest ? number_cell(format_p_significant(endpoint.ttest->p_value))
                                  : number_cell(k_missing_number)});
    for (const std::string& note : endpoint.notes) {
      notes.push_back(html_escape(std::string(domain::info(endpoint.measure).label) + ": " + note));
    }
  }
  table.add_note(html_escape(fmt::format(
      "Change = {} minus {}, per patient. SD: standard deviation; CI: confidence interval "
      "(t interval for the mean change); HL: Hodges-Lehmann estimate of the change with its "
      "signed-rank interval.",
      to_lower_first(followup), to_lower_first(baseline))));
  table.add_note(
      "Two-sided p-values. Wilcoxon signed-rank test: <em>exact</em>, from the exact null "
      "distribution (no ties, no zero change); <em>exact-conditional</em>, exact given the "
      "tied ranks and zero changes observed (zeros dropped, as in exactRankTests::wilcox.exact).");
  for (std::string& note : notes) table.add_note(std::move(note));
  return table.render();
}

std::string render_endpoint_details(const analysis::AnalysisResult& result) {
  std::string html;
  char letter = 'a';
  for (const analysis::EndpointResult& endpoint : result.endpoints) {
    const domain::MeasureInfo& measure = domain::info(endpoint.measure);
    HtmlTable table(html_escape(fmt::format("Table 3{}. {} ({}), analysed patients with both "
                                            "values (n = {})",
                                            letter, measure.label, measure.unit, endpoint.n)),
                    "report-table details");
    if (letter < 'z') ++letter;
    table.add_header_row({text_cell(""), number_cell("n"), number_cell("Mean"), number_cell("SD"),
                          number_cell("Median"), number_cell("Q1"), number_cell("Q3"),
                          number_cell("Min"), number_cell("Max")});
    table.add_row(summary_cells(fmt::format("Week {}", endpoint.baseline_week), endpoint.baseline));
    table.add_row(summary_cells(fmt::format("Week {}", endpoint.timepoint), endpoint.followup));
    table.add_row(summary_cells("Change", endpoint.change));
    html += R"(<div class="endpoint-detail">)";
    html += table.render() + test_line(endpoint) + "</div>\n";
  }
  return html;
}

std::string render_visit_means_table(const analysis::AnalysisResult& result) {
  std::set<int> week_set;
  for (const auto& endpoint : result.endpoints) {
    for (const auto& visit : endpoint.by_visit) week_set.insert(visit.week);
  }
  const std::vector<int> weeks(week_set.begin(), week_set.end());
  HtmlTable table("Table 4. Mean (SD) by scheduled week, analysed set", "report-table by-visit");
  std::vector<TableCell> header{text_cell("Measure")};
  for (const int week : weeks) header.push_back(number_cell(fmt::format("Week {}", week)));
  table.add_header_row(std::move(header));
  for (const auto& endpoint : result.endpoints) {
    TableCell measure = html_cell(measure_cell_html(endpoint));
    measure.row_header = true;
    std::vector<TableCell> row{measure};
    for (const int week : weeks) {
      const auto visit =
          std::find_if(endpoint.by_visit.begin(), endpoint.by_visit.end(),
                       [&](const auto& candidate) { return candidate.week == week; });
      if (visit == endpoint.by_visit.end() || !visit->summary) {
        row.push_back(number_cell(k_missing_number));
        continue;
      }
      row.push_back(html_cell(html_escape(mean_sd(visit->summary)) +
                                  fmt::format(R"(<span class="n">n = {}</span>)", visit->n),
                              true));
    }
    table.add_row(std::move(row));
  }
  table.add_note(
      "Values of the analysed patients recorded at each week; the trajectory plots "
      "show the same means with their confidence intervals.");
  return table.render();
}

}  // namespace myoivig::io
