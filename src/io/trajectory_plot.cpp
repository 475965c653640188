#include "io/trajectory_plot.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include <fmt/format.h>

#include "io/number_format.hpp"
#include "io/svg_plot.hpp"

namespace myoivig::io {
namespace {

constexpr int k_mean_decimals = 1;
constexpr double k_week_padding_fraction = 0.04;
constexpr double k_marker_radius = 3.2;

const LineStyle k_patient_style{"#8d97a3", 1.0, 0.6};
// Many lines at full opacity merge into a grey block; fade them as their number grows
// (0.6 up to 25 patients, 0.15 at 400).
constexpr double k_patient_opacity_scale = 3.0;
const LineStyle k_mean_style{"#1d4e89", 2.4, 1.0};
const LineStyle k_interval_style{"#1d4e89", 1.4, 1.0};

// The smallest and largest value the plot must show; on a log axis positive values only.
struct ValueRange {
  double low = std::numeric_limits<double>::infinity();
  double high = -std::numeric_limits<double>::infinity();
  bool log_scale = false;

  void include(double value) {
    if (log_scale && value <= 0.0) return;
    low = std::min(low, value);
    high = std::max(high, value);
  }
  [[nodiscard]] bool empty() const { return low > high; }
};

std::vector<int> plotted_weeks(const analysis::EndpointResult& endpoint) {
  std::vector<int> weeks;
  for (const analysis::VisitSummary& visit : endpoint.by_visit) weeks.push_back(visit.week);
  if (weeks.empty()) {
    for (const analysis::Trajectory& trajectory : endpoint.trajectories) {
      for (const analysis::TrajectoryPoint& point : trajectory.points) weeks.push_back(point.week);
    }
  }
  std::sort(weeks.begin(), weeks.end());
  weeks.erase(std::unique(weeks.begin(), weeks.end()), weeks.end());
  return weeks;
}

Axis week_axis(const std::vector<int>& weeks) {
  const double first = weeks.front();
  const double last = weeks.back();
  const double padding = last > first ? (last - first) * k_week_padding_fraction : 1.0;
  std::vector<double> ticks(weeks.begin(), weeks.end());
  return fixed_axis(first - padding, last + padding, std::move(ticks), 0);
}

std::string describe(const analysis::EndpointResult& endpoint, const std::vector<int>& weeks,
                     std::size_t drawn, double conf_level) {
  const domain::MeasureInfo& measure = domain::info(endpoint.measure);
  std::string week_list;
  for (std::size_t i = 0; i < weeks.size(); ++i) {
    if (i > 0) week_list += i + 1 == weeks.size() ? " and " : ", ";
    week_list += fmt::format("{}", weeks[i]);
  }
  std::string text =
      fmt::format("{} ({}) of the {} analysed patients at weeks {} (grey lines, one per patient)",
                  measure.label, measure.unit, endpoint.trajectories.size(), week_list);
  if (drawn < endpoint.trajectories.size()) {
    text += fmt::format("; only the first {} patients are drawn", drawn);
  }
  text += fmt::format(", and the mean with its {} confidence interval by week (blue)",
                      format_confidence_level(conf_level));
  if (plotted_on_log_scale(endpoint.measure)) text += ", on a log scale";
  text += ". Means:";
  bool first = true;
  for (const analysis::VisitSummary& visit : endpoint.by_visit) {
    if (!visit.summary) continue;
    text += fmt::format("{} week {} {} (n = {})", first ? "" : ";", visit.week,
                        format_fixed(visit.summary->mean, k_mean_decimals), visit.n);
    first = false;
  }
  return text + ".";
}

}  // namespace

bool plotted_on_log_scale(domain::Measure measure) {
  return measure == domain::Measure::ck;
}

std::string render_trajectory_plot(const analysis::EndpointResult& endpoint, double conf_level,
                                   std::size_t max_trajectories) {
  const domain::MeasureInfo& measure = domain::info(endpoint.measure);
  const bool log_scale = plotted_on_log_scale(endpoint.measure);
  const std::size_t drawn = std::min(max_trajectories, endpoint.trajectories.size());

  ValueRange range;
  range.log_scale = log_scale;
  for (std::size_t i = 0; i < drawn; ++i) {
    for (const auto& point : endpoint.trajectories[i].points) range.include(point.value);
  }
  for (const analysis::VisitSummary& visit : endpoint.by_visit) {
    if (visit.summary) range.include(visit.summary->mean);
    if (visit.mean_ci) {
      range.include(visit.mean_ci->low);
      range.include(visit.mean_ci->high);
    }
  }
  const std::vector<int> weeks = plotted_weeks(endpoint);
  if (range.empty() || weeks.empty()) {
    return fmt::format(R"(<p class="empty">No {} values were recorded.</p>)", measure.label);
  }

  const Axis y_axis =
      log_scale ? log10_axis(range.low, range.high) : linear_axis(range.low, range.high);
  SvgPlot plot(fmt::format("plot-{}", measure.id), PlotLayout{}, week_axis(weeks), y_axis);
  plot.set_title(fmt::format("{} by week: patients and mean", measure.label),
                 describe(endpoint, weeks, drawn, conf_level));
  plot.set_axis_titles("Week", log_scale
                                   ? fmt::format("{} ({}, log scale)", measure.label, measure.unit)
                                   : fmt::format("{} ({})", measure.label, measure.unit));

  LineStyle patient_style = k_patient_style;
  patient_style.opacity = std::min(k_patient_style.opacity,
                                   k_patient_opacity_scale / std::sqrt(static_cast<double>(drawn)));
  for (std::size_t i = 0; i < drawn; ++i) {
    std::vector<PlotPoint> points;
    for (const auto& point : endpoint.trajectories[i].points) {
      if (log_scale && point.value <= 0.0) continue;  // not representable on a log axis
      points.push_back({static_cast<double>(point.week), point.value});
    }
    plot.add_line(points, patient_style);
  }

  std::vector<PlotPoint> means;
  for (const analysis::VisitSummary& visit : endpoint.by_visit) {
    if (!visit.summary) continue;
    means.push_back({static_cast<double>(visit.week), visit.summary->mean});
    if (visit.mean_ci) {
      plot.add_error_bar(visit.week, visit.mean_ci->low, visit.mean_ci->high, k_interval_style);
    }
  }
  plot.add_line(means, k_mean_style);
  plot.add_markers(means, k_mean_style, k_marker_radius);

  const std::string patients =
      drawn < endpoint.trajectories.size()
          ? fmt::format("{} of {} patients", drawn, endpoint.trajectories.size())
          : fmt::format("Patients (n = {})", endpoint.trajectories.size());
  plot.add_legend_entry(patients, k_patient_style, false);
  plot.add_legend_entry(fmt::format("Mean ({} CI)", format_confidence_level(conf_level)),
                        k_mean_style, true);
  return plot.render();
}

}  // namespace myoivig::io
