// How `myoivig import` shows what it did: a plain-text summary (what was read, per entity
// how many records were new or stored already, every warning and problem with file, row,
// column, value and rule) or one JSON document with the same facts.
// Thread-safety: pure functions.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "io/redcap/import_run.hpp"

namespace myoivig::cli {

// The report as JSON: source, db, dry_run, written, read {rows, records, fields, events},
// entities {<entity>: {read, added, unchanged}}, errors, warnings, problems [...].
nlohmann::ordered_json import_report_json(const io::redcap::ImportReport& report,
                                          const std::string& database);

// The report as text for a terminal.
std::string import_report_text(const io::redcap::ImportReport& report, const std::string& database);

}  // namespace myoivig::cli
