// SvgPlot: a small writer of one x/y line chart as an inline SVG element: frame, grid,
// axes with tick labels and axis titles, polylines, markers, vertical error bars and a
// legend, with an accessible <title> and <desc>. Scales come from io/axis_scale (linear
// or log10). Presentation is in SVG attributes, so the element renders the same wherever
// it is pasted; no script, no external reference.
// Thread-safety: a plain value; build it on one thread.
#pragma once

#include <string>
#include <vector>

#include "io/axis_scale.hpp"

namespace myoivig::io {

struct PlotPoint {
  double x = 0.0;
  double y = 0.0;
};

// How a series is drawn; colours are SVG colour strings such as "#1d4e89".
struct LineStyle {
  std::string stroke = "#1b2430";
  double width = 1.0;
  double opacity = 1.0;
};

struct PlotLayout {
  double width = 380;  // the viewBox, in px at 100 % zoom
  double height = 280;
  double margin_left = 58;
  double margin_right = 16;
  double margin_top = 34;  // room for the legend
  double margin_bottom = 46;
  double font_size = 11;
};

// A coordinate or length written into SVG: one decimal ("12.5"), enough at 100 % zoom.
std::string svg_number(double value);

class SvgPlot {
 public:
  // `id` must be unique within the document (it prefixes the ids of <title> and <desc>).
  SvgPlot(std::string id, PlotLayout layout, Axis x_axis, Axis y_axis);

  // Plain text (escaped when rendered).
  void set_title(std::string title, std::string description);
  void set_axis_titles(std::string x_title, std::string y_title);

  // A line through the points (in data units); one point draws a dot of the line's width.
  void add_line(const std::vector<PlotPoint>& points, const LineStyle& style);
  // Filled circles of `radius` px, white-filled with the style's stroke as outline.
  void add_markers(const std::vector<PlotPoint>& points, const LineStyle& style, double radius);
  // A vertical bar from low to high at x, with caps; ends beyond the y domain (or <= 0 on
  // a log axis) are cut at the plot edge and drawn without a cap.
  void add_error_bar(double x, double low, double high, const LineStyle& style);
  // A legend entry: a short line sample (with a marker when `marker`) and its label.
  void add_legend_entry(std::string label, const LineStyle& style, bool marker);

  // The <svg> element.
  [[nodiscard]] std::string render() const;

  // Position in the viewBox of a data value (clamped to the plot area).
  [[nodiscard]] double x_position(double x) const;
  [[nodiscard]] double y_position(double y) const;

 private:
  struct LegendEntry {
    std::string label;
    LineStyle style;
    bool marker = false;
  };

  void render_axes(std::string& svg) const;
  void render_legend(std::string& svg) const;

  std::string m_id;
  PlotLayout m_layout;
  Axis m_x_axis;
  Axis m_y_axis;
  std::string m_title;
  std::string m_description;
  std::string m_x_title;
  std::string m_y_title;
  std::string m_body;  // the data elements, in drawing order
  std::vector<LegendEntry> m_legend;
};

}  // namespace myoivig::io
