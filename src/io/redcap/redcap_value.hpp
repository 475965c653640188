// Reading one value of a REDCap (or ODM) export by its field's type: the raw text is
// checked and turned into the form the mapping works with. Dates stay YYYY-MM-DD, date-times
// become "YYYY-MM-DD HH:MM[:SS]" (an ODM 'T' separator is accepted), comma decimals
// ("1,54") become "1.54", codes and numbers keep their text. Blank values and the
// project's missing-data codes never reach these functions: they are missing.
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "io/redcap/redcap_dictionary.hpp"
#include "util/expected.hpp"

namespace myoivig::io::redcap {

struct ReadValue {
  std::string text;                    // the normalised value
  std::optional<std::string> warning;  // e.g. outside the field's soft validation range
};

// Checks `raw` (trimmed, non-blank) against `field`; for a checkbox column the value is the
// column's 0/1. Fails with the rule broken, e.g. "must be a date written YYYY-MM-DD".
util::Expected<ReadValue> read_value(const Field& field, std::string_view raw);

// The survey timestamp column "<form>_timestamp": a date-time, or "[not completed]".
// Returns the normalised date-time, or empty for "[not completed]".
util::Expected<std::string> read_survey_timestamp(std::string_view raw);

// The "<form>_complete" column: 0 incomplete, 1 unverified, 2 complete.
util::Expected<void> check_form_status(std::string_view raw);

}  // namespace myoivig::io::redcap
