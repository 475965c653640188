#include "util/progress.hpp"

#include <algorithm>
#include <chrono>
#include <string>
#include <utility>

namespace myoivig::util {
namespace {

double steady_seconds() {
  const auto now = std::chrono::steady_clock::now().time_since_epoch();
  return std::chrono::duration<double>(now).count();
}

}  // namespace

ProgressBar::ProgressBar(std::ostream& out, std::string label, bool enabled)
    : ProgressBar(out, std::move(label), enabled, Settings{}, steady_seconds) {}

ProgressBar::ProgressBar(std::ostream& out, std::string label, bool enabled, Settings settings,
                         Clock clock)
    : m_out(out),
      m_label(std::move(label)),
      m_enabled(enabled),
      m_settings(settings),
      m_clock(std::move(clock)) {
  if (m_enabled) m_start = m_clock();
}

ProgressBar::~ProgressBar() {
  finish();
}

void ProgressBar::update(std::uint64_t done, std::uint64_t total) {
  if (!m_enabled || m_finished || total == 0) return;
  const double now = m_clock();
  if (now - m_start < m_settings.delay_s) return;
  if (m_drawn && now - m_last_draw < m_settings.interval_s && done < total) return;
  m_last_draw = now;
  draw(std::min(done, total), total);
}

void ProgressBar::draw(std::uint64_t done, std::uint64_t total) {
  const double fraction = static_cast<double>(done) / static_cast<double>(total);
  const int filled = static_cast<int>(fraction * m_settings.width);
  std::string bar(static_cast<std::size_t>(filled), '#');
  bar.resize(static_cast<std::size_t>(m_settings.width), ' ');
  const int percent = static_cast<int>(fraction * 100);
  std::string percent_text = std::to_string(percent) + "%";
  percent_text.insert(0, 4 - std::min<std::size_t>(4, percent_text.size()), ' ');
  // "\x1b[K" clears what a longer earlier line left behind.
  m_out << '\r' << m_label << " [" << bar << "] " << percent_text << ' ' << done << '/' << total
        << "\x1b[K" << std::flush;
  m_drawn = true;
}

void ProgressBar::finish() {
  if (m_finished) return;
  m_finished = true;
  if (m_drawn) m_out << '\n' << std::flush;
}

}  // namespace myoivig::util
