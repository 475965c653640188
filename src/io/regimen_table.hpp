// Regimen table: the regimen presets the dose planner offers (`myoivig dose --regimen ID`),
// read from a TOML file (data/regimens.toml; its header comment documents the keys).
// A preset is a daily dose for a number of days, or a course total split equally over
// them, with the days the regimen allows. Errors name the file and the key path, e.g.
// "data/regimens.toml: regimens[1].days: must be within min_days-max_days (2-5), got 7".
// Thread-safety: value types; the reader shares no state.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/regimen.hpp"
#include "util/expected.hpp"

namespace myoivig::io {

struct RegimenPreset {
  // id, description, days (the default), interval, courses, weight policy, product; and
  // dose_g_per_kg_per_day unless the preset is a course total.
  domain::Regimen regimen;
  std::optional<double> course_dose_g_per_kg;  // a course total split over the days
  int min_days = 0;
  int max_days = 0;
  std::string source;
  std::string assumption;
};

struct RegimenTable {
  std::vector<RegimenPreset> regimens;

  // The preset with this id (case-insensitive), or nullptr.
  [[nodiscard]] const RegimenPreset* find(std::string_view id) const;
  [[nodiscard]] std::vector<std::string> ids() const;
};

// Parses the text of a regimen table. Fails with invalid_argument naming the key path
// when a preset is malformed, gives both or neither of dose_g_per_kg_per_day and
// course_dose_g_per_kg, a key is unknown, or an id is listed twice.
util::Expected<RegimenTable> parse_regimen_table(std::string_view text);

// Reads and parses `path`; errors are prefixed with the path. io_error when unreadable.
util::Expected<RegimenTable> read_regimen_table(const std::filesystem::path& path);

}  // namespace myoivig::io
