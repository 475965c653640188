// EventDesign: a longitudinal REDCap project's events (the "Arms & Events" CSV) and which
// forms each event collects (the instrument-event mapping CSV). Event names are REDCap's
// unique event names ("week_12_arm_1"); REDCap truncates them, so they are read from the
// events file and never rebuilt from labels.
//
// Events file columns: unique_event_name (required), event_name, arm_num, day_offset,
// offset_min, offset_max, custom_event_label, event_id. Form-event file columns: arm_num,
// unique_event_name, form. Any other column is refused.
// Thread-safety: a plain value type; the readers are pure functions.
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "io/redcap/import_problem.hpp"
#include "io/redcap/redcap_dictionary.hpp"

namespace myoivig::io::redcap {

struct RedcapEvent {
  std::string unique_name;
  std::string label;
  std::string arm;
  std::size_t line = 0;
};

class EventDesign {
 public:
  [[nodiscard]] bool empty() const { return m_events.empty(); }
  [[nodiscard]] const std::vector<RedcapEvent>& events() const { return m_events; }
  [[nodiscard]] bool has_event(std::string_view unique_name) const;
  // Whether a form-event mapping was read at all (without one every form may appear in
  // every event).
  [[nodiscard]] bool has_form_mapping() const { return !m_forms.empty(); }
  // True when `form` is collected at `event`, or when no form-event mapping was read.
  [[nodiscard]] bool designated(std::string_view event, std::string_view form) const;

  bool add_event(RedcapEvent event);
  void designate(const std::string& event, const std::string& form);

 private:
  std::vector<RedcapEvent> m_events;
  std::set<std::string, std::less<>> m_names;
  std::map<std::string, std::set<std::string, std::less<>>, std::less<>> m_forms;
};

// Reads the events CSV into `design`, reporting every problem under `file_name`.
void read_events(std::string_view text, const std::string& file_name, EventDesign& design,
                 ImportProblems& problems);

// Reads the instrument-event mapping CSV; every event must be in `design` already and every
// form in `dictionary`.
void read_form_events(std::string_view text, const std::string& file_name,
                      const Dictionary& dictionary, EventDesign& design, ImportProblems& problems);

}  // namespace myoivig::io::redcap
