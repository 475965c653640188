// Dataset: one SAS dataset as SAS transport (XPT version 5) holds it, with no dependency on
// libreadstat, so that other code (io/cdisc) builds datasets and io/xpt writes them.
//   - a dataset name (<= 8 characters) and label (<= 40 ASCII characters);
//   - variables in order, each numeric (an 8-byte IBM double in the file) or character
//     (a fixed width of 1-200 bytes), with a label and an optional SAS format such as
//     "DATE9." or "8.2";
//   - rows of cells, one per variable: a number, a missing value, or text.
// A character value has no missing value of its own in XPT: it is blank, read back as
// empty text; trailing blanks are padding and do not survive a round trip.
// Limits are checked by validate_for_xpt (io/xpt/xpt_limits.hpp) before anything is
// written. Thread-safety: plain value types.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace myoivig::io::xpt {

enum class VariableType { numeric, character };

// "numeric" | "character"
std::string_view to_string(VariableType type);

struct Variable {
  std::string name;   // upper case, letter or underscore first, <= 8 characters
  std::string label;  // <= 40 printable ASCII characters; may be empty
  VariableType type = VariableType::numeric;
  std::size_t length = 8;  // bytes: 8 for numbers (3-8 allowed), 1-200 for text
  std::string format;      // SAS display format, e.g. "DATE9.", "8.2", "$CHAR20."; or empty

  friend bool operator==(const Variable&, const Variable&) = default;
};

// A missing value (SAS "."), for numeric variables; written blank in a character one.
struct Missing {
  friend bool operator==(Missing, Missing) = default;
};

using Cell = std::variant<Missing, double, std::string>;
using Row = std::vector<Cell>;

struct Dataset {
  std::string name;   // e.g. "DM"
  std::string label;  // e.g. "Demographics"
  std::vector<Variable> variables;
  std::vector<Row> rows;  // each with one cell per variable, in the variables' order

  // Index of the variable called `name` (exact match), or nullopt.
  [[nodiscard]] std::optional<std::size_t> column(std::string_view variable_name) const;

  friend bool operator==(const Dataset&, const Dataset&) = default;
};

// Convenience constructors for building rows.
inline Cell number(double value) {
  return Cell(value);
}
inline Cell text(std::string value) {
  return Cell(std::move(value));
}
inline Cell missing() {
  return Cell(Missing{});
}
// The number, or a missing cell when empty.
inline Cell number_or_missing(const std::optional<double>& value) {
  return value ? Cell(*value) : Cell(Missing{});
}

}  // namespace myoivig::io::xpt
