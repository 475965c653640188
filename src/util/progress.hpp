// ProgressBar: a one-line progress bar for long runs, redrawn in place with '\r' on a
// stream (stderr in practice), e.g. "simulate power [##########          ]  50% 5000/10000".
//
// It stays silent for the first `delay_s` seconds (default 1 s), so short runs print
// nothing, and redraws at most every `interval_s`. Whether to draw at all is the caller's
// decision (`enabled`): the command line enables it only when stderr is a terminal and the
// output is not JSON. finish() ends the line when something was drawn. The clock is
// injectable so that tests need not sleep.
// Thread-safety: not thread-safe; call it from one thread.
#pragma once

#include <cstdint>
#include <functional>
#include <ostream>
#include <string>

namespace myoivig::util {

class ProgressBar {
 public:
  using Clock = std::function<double()>;  // seconds since an arbitrary fixed point

  struct Settings {
    double delay_s = 1.0;     // nothing is drawn before this much time has passed
    double interval_s = 0.1;  // minimum time between two redraws
    int width = 30;           // characters between the brackets
  };

  // `clock` defaults to std::chrono::steady_clock.
  ProgressBar(std::ostream& out, std::string label, bool enabled);
  ProgressBar(std::ostream& out, std::string label, bool enabled, Settings settings, Clock clock);
  ~ProgressBar();
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  // Reports `done` of `total` units; total 0 draws no bar.
  void update(std::uint64_t done, std::uint64_t total);

  // Replaces the label shown (e.g. the sample size being simulated).
  void set_label(std::string label) { m_label = std::move(label); }

  // Ends the line if a bar was drawn; idempotent, also called by the destructor.
  void finish();

  [[nodiscard]] bool drawn() const { return m_drawn; }

 private:
  void draw(std::uint64_t done, std::uint64_t total);

  std::ostream& m_out;
  std::string m_label;
  bool m_enabled;
  Settings m_settings;
  Clock m_clock;
  double m_start = 0.0;
  double m_last_draw = 0.0;
  bool m_drawn = false;
  bool m_finished = false;
};

}  // namespace myoivig::util
