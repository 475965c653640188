#include "io/redcap/redcap_events.hpp"

#include <algorithm>
#include <array>

#include "util/csv.hpp"
#include "util/strings.hpp"

namespace myoivig::io::redcap {
namespace {

constexpr std::array<std::string_view, 8> k_event_columns{
    "event_name", "arm_num",           "day_offset",         "offset_min",
    "offset_max", "unique_event_name", "custom_event_label", "event_id"};
constexpr std::array<std::string_view, 3> k_form_event_columns{"arm_num", "unique_event_name",
                                                               "form"};

template <std::size_t N>
bool check_columns(const util::CsvTable& table, const std::array<std::string_view, N>& known,
                   const std::vector<std::string_view>& required, const std::string& file,
                   ImportProblems& problems) {
  bool ok = true;
  std::string known_list;
  for (std::string_view name : known)
    known_list += (known_list.empty() ? "" : ", ") + std::string(name);
  for (const std::string& name : table.header) {
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      problems.error(file, 1, name, "", "unknown column (known: " + known_list + ")");
      ok = false;
    }
  }
  for (std::string_view name : required) {
    if (!table.column(name)) {
      problems.error(file, 1, std::string(name), "", "required column is missing");
      ok = false;
    }
  }
  return ok;
}

std::string cell(const util::CsvTable& table, const util::CsvRow& row, std::string_view name) {
  const auto column = table.column(name);
  return column ? std::string(util::trim(row.fields[*column])) : std::string();
}

}  // namespace

bool EventDesign::has_event(std::string_view unique_name) const {
  return m_names.find(unique_name) != m_names.end();
}

bool EventDesign::designated(std::string_view event, std::string_view form) const {
  if (m_forms.empty()) return true;
  const auto found = m_forms.find(event);
  return found != m_forms.end() && found->second.find(form) != found->second.end();
}

bool EventDesign::add_event(RedcapEvent event) {
  if (!m_names.insert(event.unique_name).second) return false;
  m_events.push_back(std::move(event));
  return true;
}

void EventDesign::designate(const std::string& event, const std::string& form) {
  m_forms[event].insert(form);
}

void read_events(std::string_view text, const std::string& file_name, EventDesign& design,
                 ImportProblems& problems) {
  auto table = util::parse_csv(text);
  if (!table) {
    problems.error(file_name, 0, "", "", table.error().message);
    return;
  }
  if (!check_columns(*table, k_event_columns, {"unique_event_name"}, file_name, problems)) return;
  for (const util::CsvRow& row : table->rows) {
    RedcapEvent event{cell(*table, row, "unique_event_name"), cell(*table, row, "event_name"),
                      cell(*table, row, "arm_num"), row.line};
    if (event.unique_name.empty()) {
      problems.error(file_name, row.line, "unique_event_name", "", "must not be empty");
    } else if (!design.add_event(event)) {
      problems.error(file_name, row.line, "unique_event_name", event.unique_name,
                     "the event is listed twice");
    }
  }
  if (design.empty()) problems.error(file_name, 0, "", "", "the events file lists no event");
}

void read_form_events(std::string_view text, const std::string& file_name,
                      const Dictionary& dictionary, EventDesign& design, ImportProblems& problems) {
  auto table = util::parse_csv(text);
  if (!table) {
    problems.error(file_name, 0, "", "", table.error().message);
    return;
  }
  if (!check_columns(*table, k_form_event_columns, {"unique_event_name", "form"}, file_name,
                     problems)) {
    return;
  }
  for (const util::CsvRow& row : table->rows) {
    const std::string event = cell(*table, row, "unique_event_name");
    const std::string form = cell(*table, row, "form");
    if (!design.has_event(event)) {
      problems.error(file_name, row.line, "unique_event_name", event,
                     "not an event of the events file");
    } else if (!dictionary.has_form(form)) {
      problems.error(file_name, row.line, "form", form, "not a form of the data dictionary");
    } else {
      design.designate(event, form);
    }
  }
}

}  // namespace myoivig::io::redcap
