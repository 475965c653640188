// The checks every REDCap-shaped source shares (records CSV and ODM alike): what a column
// name means, what one value must look like given its column, its row's event and its
// row's repeating instrument, and the rules across rows (one row per record, event and
// instance; one data access group per record).
// Thread-safety: pure functions over the caller's values.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "io/redcap/import_problem.hpp"
#include "io/redcap/redcap_dictionary.hpp"
#include "io/redcap/redcap_events.hpp"
#include "io/redcap/source_table.hpp"
#include "util/expected.hpp"

namespace myoivig::io::redcap {

// What a column of an export holds: the record id (the dictionary's first field), a
// redcap_ pseudo-field, a dictionary field or checkbox choice, "<form>_complete" or
// "<form>_timestamp". Fails for anything else, naming the column: such a column refuses the
// import (a misspelt or renamed field must never go silently unread).
util::Expected<SourceColumn> classify_column(std::string_view name, const Dictionary& dictionary);

// Where values are read from, and how they are judged.
struct CellContext {
  const Dictionary& dictionary;
  const EventDesign& events;
  const std::vector<std::string>& missing_codes;  // project missing-data codes, e.g. "UNK"
  const std::string& file;
};

// Reads one non-key value (trimmed, non-blank) of `row` into it: a missing-data code is
// kept as raw text and reads as missing; a value that breaks its field's rule, that lies in
// a form the row's event does not collect, or that belongs to another form than the row's
// repeating instrument is reported with `line`, the column and the value.
void read_cell(const CellContext& context, const SourceTable& table, SourceRow& row,
               ColumnIndex column, std::string_view raw, std::size_t line,
               ImportProblems& problems);

// Checks the row's keys: a record id, an event of the events file in a longitudinal
// export, a repeating instrument that is a form, with an instance that is a positive
// integer. Returns false when the row cannot be used.
bool check_row_keys(const CellContext& context, SourceTable& table, SourceRow& row,
                    std::string_view instance_text, ImportProblems& problems);

// Rules across rows: one row per record, event, repeating instrument and instance; every row
// of a record in the same data access group.
void check_rows(const SourceTable& table, ImportProblems& problems);

}  // namespace myoivig::io::redcap
