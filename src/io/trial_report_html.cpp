#include "io/trial_report_html.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "io/forest_plot.hpp"
#include "io/html_escape.hpp"
#include "io/html_table.hpp"
#include "io/number_format.hpp"
#include "io/report_protocol.hpp"
#include "io/report_style.hpp"
#include "io/responder_chart.hpp"
#include "io/svg_plot.hpp"
#include "io/trial_tis_listing.hpp"

namespace myoivig::io {
namespace {

constexpr int k_percent_decimals = 1;
constexpr double k_tis_max = 100.0;
constexpr const char* k_arm_colours[] = {"#1d4e89", "#b5542c", "#3f7f4c", "#6b4c9a"};

std::string section(int number, const char* id, const char* title) {
  return fmt::format(R"(<section id="{}"><h2><span class="number">{}</span>{}</h2>)", id, number,
                     title) +
         "\n";
}

std::string percent_ci(const std::optional<stats::Interval>& ci) {
  if (!ci) return std::string(k_missing_number);
  return format_percent(ci->low, k_percent_decimals) + " to " +
         format_percent(ci->high, k_percent_decimals);
}

std::string test_name(const std::string& test) {
  return test == "cmh" ? "Cochran-Mantel-Haenszel test over the randomisation strata"
                       : "Fisher&#39;s exact test";
}

std::string fixed_or_missing(const std::optional<double>& value, int decimals) {
  return value ? format_fixed(*value, decimals) : std::string(k_missing_number);
}

std::string header(const analysis::TrialResult& result, const domain::Protocol& protocol) {
  std::string html = R"(<header class="report-header"><p class="kicker">Statistical analysis )"
                     R"(report: randomised trial</p>)";
  html += fmt::format("<h1>{}</h1>\n<dl class=\"meta\">", html_escape(protocol.title));
  html += fmt::format("<dt>Study</dt><dd>{}</dd>", html_escape(result.study.study_id));
  html += fmt::format("<dt>Protocol</dt><dd>{}, version {}</dd>", html_escape(protocol.id),
                      html_escape(protocol.version));
  html += fmt::format(
      "<dt>Primary endpoint</dt><dd>TIS &ge; {} at week {}{}; intention to treat; {}; {} "
      "confidence intervals</dd></dl>\n",
      result.primary.threshold, result.primary_week,
      result.without_confirmed_deterioration ? " without confirmed deterioration" : "",
      test_name(result.primary.test), format_confidence_level(result.conf_level));
  if (!result.study.description.empty()) {
    html += fmt::format(R"(<p class="description">{}</p>)", html_escape(result.study.description));
  }
  html += "</header>\n";
  if (result.study.synthetic) html += synthetic_data_banner();
  return html;
}

std::string arms_table(const analysis::TrialResult& result) {
  HtmlTable table("Table 1. Patients by arm", "report-table");
  table.add_header_row({text_cell("Arm"), text_cell("Treatment"), number_cell("Randomised"),
                        number_cell("Treated"), number_cell("Crossed over")});
  for (const analysis::ArmCount& arm : result.arms) {
    table.add_row({row_header_cell(arm.arm), text_cell(arm.label),
                   number_cell(std::to_string(arm.randomised)),
                   number_cell(std::to_string(arm.treated)),
                   number_cell(std::to_string(arm.crossed_over))});
  }
  return table.render();
}

// Why a comparison has no p-value, once per reason with the thresholds it applies to, e.g.
// "No p-value at TIS >= 20, 40: CMH needs ..."; "" when every comparison has one.
std::string test_notes(const std::vector<const analysis::ResponderComparison*>& comparisons) {
  std::vector<std::pair<std::string, std::string>> reasons;  // note, thresholds
  for (const analysis::ResponderComparison* comparison : comparisons) {
    if (comparison->test_note.empty()) continue;
    const auto same = std::find_if(reasons.begin(), reasons.end(), [&](const auto& reason) {
      return reason.first == comparison->test_note;
    });
    const std::string threshold = std::to_string(comparison->threshold);
    if (same == reasons.end()) {
      reasons.emplace_back(comparison->test_note, threshold);
    } else {
      same->second += ", " + threshold;
    }
  }
  std::string html;
  for (const auto& [note, thresholds] : reasons) {
    if (!html.empty()) html += " ";
    html += "No p-value at TIS &gt;= " + thresholds + ": " + html_escape(note) + ".";
  }
  return html;
}

std::string responders_table(const analysis::TrialResult& result) {
  HtmlTable table("Table 2. Responders by arm", "report-table");
  table.add_header_row({text_cell("TIS threshold"), text_cell("Arm"), number_cell("Responders"),
                        number_cell("95% CI"), number_cell("Difference (95% CI)"),
                        number_cell("p")});
  std::vector<const analysis::ResponderComparison*> comparisons{&result.primary};
  for (const auto& secondary : result.secondary) comparisons.push_back(&secondary);
  for (const analysis::ResponderComparison* comparison : comparisons) {
    const bool primary = comparison == &result.primary;
    table.add_group_row(fmt::format("TIS >= {} at week {}{}", comparison->threshold,
                                    result.primary_week, primary ? " (primary)" : ""),
                        6);
    for (std::size_t i = 0; i < comparison->arms.size(); ++i) {
      const analysis::ArmResponders& arm = comparison->arms[i];
      std::string difference;
      std::string p_value;
      if (i == 0 && comparison->difference) {
        difference = format_percent(*comparison->difference, k_percent_decimals) + " (" +
                     percent_ci(comparison->difference_ci) + ")";
        if (comparison->p_value) {
          p_value = format_p_significant(*comparison->p_value);
        } else if (!comparison->test_note.empty()) {
          p_value = std::string(k_missing_number);
        }
      }
      table.add_row({text_cell(""), row_header_cell(arm.arm),
                     number_cell(format_count_percent(arm.responders, arm.n)),
                     number_cell(percent_ci(arm.ci)), number_cell(difference),
                     number_cell(p_value)});
    }
  }
  table.add_note(
      "A patient without a TIS at the primary week (missing measures or no visit) counts as a "
      "non-responder. Difference: first arm minus second, Newcombe hybrid score interval; p: " +
      test_name(result.primary.test) + ", two-sided; per-arm intervals: Clopper-Pearson.");
  if (std::string notes = test_notes(comparisons); !notes.empty()) table.add_note(notes);
  return table.render();
}

std::string responder_figure(const analysis::TrialResult& result) {
  const std::string chart = render_responder_chart(
      result, std::vector<std::string>(std::begin(k_arm_colours), std::end(k_arm_colours)));
  if (chart.empty()) return "";
  return R"(<figure class="plot wide">)" + chart +
         fmt::format(
             "<figcaption>Figure 1. Responders by arm at each TIS threshold at week {}, "
             "with {} Clopper-Pearson confidence intervals.</figcaption></figure>\n",
             result.primary_week, format_confidence_level(result.conf_level));
}

std::string forest_figure(const analysis::TrialResult& result) {
  const std::string plot = render_forest_plot(result);
  if (plot.empty()) return "";
  return R"(<figure class="plot wide">)" + plot +
         fmt::format(
             "<figcaption>Figure 3. Difference in mean change from week {} to week {} between "
             "the arms (first minus second) with its {} Welch confidence interval. Each measure "
             "has its own scale, in its own units, with zero in the middle.</figcaption>"
             "</figure>\n",
             result.baseline_week, result.primary_week, format_confidence_level(result.conf_level));
}

std::string tis_plot(const analysis::TrialResult& result) {
  std::vector<double> weeks;
  for (const analysis::ArmWeekSummary& row : result.tis_by_visit) {
    if (std::find(weeks.begin(), weeks.end(), row.week) == weeks.end()) weeks.push_back(row.week);
  }
  if (weeks.empty()) return "";
  std::sort(weeks.begin(), weeks.end());
  const double padding = (weeks.back() - weeks.front()) * 0.04 + 1;
  SvgPlot plot("tis-by-visit", PlotLayout{640, 320, 58, 16, 34, 46, 11},
               fixed_axis(weeks.front() - padding, weeks.back() + padding, weeks, 0),
               linear_axis(0, k_tis_max));
  plot.set_title("Mean TIS by visit and arm",
                 "Mean Total Improvement Score at each follow-up visit with its confidence "
                 "interval, one line per arm");
  plot.set_axis_titles("Week", "Total Improvement Score");
  for (std::size_t a = 0; a < result.arms.size(); ++a) {
    const LineStyle style{k_arm_colours[a % std::size(k_arm_colours)], 2.0, 1.0};
    std::vector<PlotPoint> means;
    for (const analysis::ArmWeekSummary& row : result.tis_by_visit) {
      if (row.arm != result.arms[a].arm || !row.mean) continue;
      means.push_back({static_cast<double>(row.week), *row.mean});
      if (row.ci) plot.add_error_bar(row.week, row.ci->low, row.ci->high, style);
    }
    plot.add_line(means, style);
    plot.add_markers(means, style, 3.0);
    plot.add_legend_entry(result.arms[a].label, style, true);
  }
  return R"(<figure class="plot wide">)" + plot.render() +
         "<figcaption>Figure 2. Mean TIS by visit with 95% confidence intervals.</figcaption>"
         "</figure>\n";
}

std::string tis_table(const analysis::TrialResult& result) {
  HtmlTable table("Table 3. TIS by visit", "report-table");
  table.add_header_row({text_cell("Arm"), number_cell("Week"), number_cell("n"),
                        number_cell("Mean"), number_cell("SD"), number_cell("95% CI")});
  for (const analysis::ArmWeekSummary& row : result.tis_by_visit) {
    table.add_row({row_header_cell(row.arm), number_cell(std::to_string(row.week)),
                   number_cell(std::to_string(row.n)), number_cell(fixed_or_missing(row.mean, 1)),
                   number_cell(fixed_or_missing(row.sd, 1)),
                   number_cell(row.ci ? format_interval(row.ci->low, row.ci->high, 1)
                                      : std::string(k_missing_number))});
  }
  return table.render();
}

std::string changes_table(const analysis::TrialResult& result) {
  HtmlTable table(fmt::format("Table 4. Change from week {} to week {}", result.baseline_week,
                              result.primary_week),
                  "report-table");
  table.add_header_row({text_cell("Measure"), text_cell("Arm"), number_cell("n"),
                        number_cell("Mean change"), number_cell("95% CI"),
                        number_cell("Difference (95% CI)"), number_cell("p")});
  for (const analysis::MeasureChangeByArm& change : result.changes) {
    const domain::MeasureInfo& measure = domain::info(change.measure);
    for (std::size_t i = 0; i < change.arms.size(); ++i) {
      const analysis::ArmChange& arm = change.arms[i];
      std::string difference;
      std::string p_value;
      if (i == 0 && change.difference) {
        const analysis::ChangeDifference& d = *change.difference;
        difference =
            format_fixed(d.difference, 2) + " (" + format_interval(d.ci.low, d.ci.high, 2) + ")";
        p_value = format_p_significant(d.p_value);
      }
      table.add_row(
          {row_header_cell(std::string(measure.label) + " (" + std::string(measure.unit) + ")"),
           text_cell(arm.arm), number_cell(std::to_string(arm.n)),
           number_cell(fixed_or_missing(arm.mean, 2)),
           number_cell(arm.ci ? format_interval(arm.ci->low, arm.ci->high, 2)
                              : std::string(k_missing_number)),
           number_cell(difference), number_cell(p_value)});
    }
  }
  table.add_note(
      "Difference: first arm minus second, Welch&#39;s t interval; p: Welch&#39;s t-test, "
      "two-sided.");
  return table.render();
}

std::string safety_tables(const analysis::TrialResult& result) {
  const std::string special = result.special_interest_label.empty() ? "Events of special interest"
                                                                    : result.special_interest_label;
  HtmlTable table("Table 5. Safety by arm (treated patients)", "report-table");
  table.add_header_row({text_cell("Arm"), number_cell("Patients"),
                        number_cell("Infusions (placebo)"), number_cell("Events (serious)"),
                        number_cell("Events after placebo"), number_cell("Events per infusion"),
                        number_cell("Patients with an event"), number_cell(special)});
  for (const analysis::ArmSafety& arm : result.safety) {
    table.add_row({row_header_cell(arm.arm), number_cell(std::to_string(arm.patients)),
                   number_cell(fmt::format("{} ({})", arm.infusions, arm.placebo_infusions)),
                   number_cell(fmt::format("{} ({})", arm.events, arm.serious_events)),
                   number_cell(std::to_string(arm.events_after_placebo)),
                   number_cell(fixed_or_missing(arm.events_per_infusion, 3)),
                   number_cell(format_count_percent(arm.patients_with_event, arm.patients)),
                   number_cell(std::to_string(arm.special_interest_events))});
  }
  table.add_note(
      "By randomised arm, over the whole follow-up. Placebo infusions are the masked study drug "
      "of a placebo arm; after a switch or in the open-label extension that arm receives IVIG.");
  std::string html = table.render();
  HtmlTable listing("Table 6. " + html_escape(special), "report-table listing");
  listing.add_header_row({text_cell("Patient"), text_cell("Arm"), number_cell("Course"),
                          text_cell("Onset"), text_cell("Term"), text_cell("Serious")});
  for (const analysis::SpecialInterestEvent& item : result.special_interest) {
    listing.add_row({row_header_cell(item.event.patient_id), text_cell(item.arm),
                     number_cell(std::to_string(item.event.course_number)),
                     text_cell(item.event.onset_date.iso()), text_cell(item.event.term),
                     text_cell(item.event.serious ? "yes" : "no")});
  }
  if (result.special_interest.empty()) listing.add_note("None recorded.");
  return html + listing.render();
}

}  // namespace

std::string render_trial_report(const analysis::TrialResult& result,
                                const domain::Protocol& protocol) {
  std::string html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  html += R"(<meta name="viewport" content="width=device-width, initial-scale=1">)";
  html += fmt::format("\n<title>Analysis report: {}</title>\n", html_escape(result.study.study_id));
  html += "<style>" + std::string(report_stylesheet()) + "</style>\n</head>\n<body>\n";
  html += "<main class=\"report\">\n" + header(result, protocol);
  html += section(1, "arms", "Patients by arm") + arms_table(result) + "</section>\n";
  html += section(2, "responders", "Responders") + responder_figure(result) +
          responders_table(result) + "</section>\n";
  html += section(3, "tis", "Total Improvement Score by visit") + tis_plot(result) +
          tis_table(result) + "</section>\n";
  html += section(4, "changes", "Core set measures") + forest_figure(result) +
          changes_table(result) + "</section>\n";
  html += section(5, "safety", "Safety") + safety_tables(result) + "</section>\n";
  html += section(6, "patients", "TIS by patient and visit") + tis_listing(result) + "</section>\n";
  html += section(7, "protocol", "Protocol, analysis plan and assumptions") +
          render_protocol_section(protocol) + "</section>\n";
  html += "<footer>Generated by myoivig</footer>\n</main>\n</body>\n</html>\n";
  return html;
}

}  // namespace myoivig::io
