// A REDCap-shaped export of a study: the data dictionary, the flat raw records CSV, the
// events and instrument-event mapping CSVs of a longitudinal project, and the mapping file
// that imports them back (layout in redcap_export_design.hpp). Importing the result into a
// fresh database gives the same records. Used by the round-trip tests and to make large
// exports for the import benchmark.
// Thread-safety: pure functions apart from writing files.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "domain/study_data.hpp"
#include "util/expected.hpp"

namespace myoivig::io::redcap {

struct RedcapExport {
  std::string dictionary;   // dictionary.csv
  std::string records;      // records.csv
  std::string events;       // events.csv
  std::string form_events;  // form_events.csv
  std::string mapping;      // mapping.toml
  std::size_t rows = 0;     // records rows written
};

// `schedule_weeks`: the protocol's visit weeks (each becomes an event even without visits).
RedcapExport export_redcap(const domain::StudyData& data, const std::vector<int>& schedule_weeks);

// Writes the five files into `directory` (created when missing); io_error naming a file
// that cannot be written.
util::Expected<void> write_redcap_export(const RedcapExport& files,
                                         const std::filesystem::path& directory);

}  // namespace myoivig::io::redcap
