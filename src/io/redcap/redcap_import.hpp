// Reading a REDCap project export for import: the data dictionary, the flat raw records
// CSV, for a longitudinal project the events and instrument-event mapping CSVs, and the
// mapping file (import_mapping.hpp). The result goes to run_import (import_run.hpp).
// Thread-safety: reads files; no shared state.
#pragma once

#include <filesystem>

#include "io/redcap/import_run.hpp"
#include "io/redcap/redcap_records.hpp"

namespace myoivig::io::redcap {

struct RedcapFiles {
  std::filesystem::path dictionary;
  std::filesystem::path records;
  std::filesystem::path events;       // empty for a classic project
  std::filesystem::path form_events;  // empty when not given
  std::filesystem::path mapping;
};

// Reads and checks every file; each problem (an unreadable file included) is collected in
// the returned input's problems, named by file, row, column and value.
ImportInput read_redcap_export(const RedcapFiles& files, const ReadProgress& progress = {});

}  // namespace myoivig::io::redcap
