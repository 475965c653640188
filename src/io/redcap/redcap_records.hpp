// Reads a REDCap project's flat raw records export (CSV) into a SourceTable: the header
// must start with the record id, then optionally redcap_event_name,
// redcap_repeat_instrument + redcap_repeat_instance and redcap_data_access_group, then the
// forms' fields (checkboxes as "___" columns, "<form>_complete", "<form>_timestamp"). A
// column the dictionary does not explain refuses the import. Every row is checked (keys,
// field count, each value by its field's type and form) and every problem is collected.
// Thread-safety: a pure function apart from the progress callback.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "io/redcap/import_problem.hpp"
#include "io/redcap/redcap_dictionary.hpp"
#include "io/redcap/redcap_events.hpp"
#include "io/redcap/source_table.hpp"

namespace myoivig::io::redcap {

// Called now and then while reading, with the bytes read and the total.
using ReadProgress = std::function<void(std::size_t done, std::size_t total)>;

// `events` is empty for a classic project; a longitudinal export (one with
// redcap_event_name) needs the events file. `missing_codes` are the project's missing-data
// codes: accepted in any field, read as missing.
SourceTable read_records(std::string_view text, const std::string& file_name,
                         const Dictionary& dictionary, const EventDesign& events,
                         const std::vector<std::string>& missing_codes, ImportProblems& problems,
                         const ReadProgress& progress = {});

}  // namespace myoivig::io::redcap
