// The limits of SAS transport version 5 (the FDA's required format), checked before a
// Dataset is written: libreadstat silently truncates long names and labels and would write
// what XPT v5 cannot hold (shared/specs/interchange.md, SAS transport).
//   - dataset and variable names: 1-8 characters, upper case letters, digits and
//     underscores, not starting with a digit; variable names unique;
//   - dataset and variable labels: at most 40 printable ASCII characters;
//   - 1 to 9999 variables; numeric lengths 3-8, character lengths 1-200;
//   - formats: [$]NAME[w].[d] with a name of at most 8 characters (or none: "8.2");
//   - every row has one cell per variable, of the variable's type (a character variable
//     takes text or Missing, written blank); text is printable ASCII (tab allowed) no
//     longer than the variable's length; numbers are finite and within the IBM double
//     range (|x| < 7.2e75, and 0 or |x| >= 5.4e-79).
// Thread-safety: pure functions.
#pragma once

#include <cstddef>
#include <string_view>

#include "io/xpt/xpt_dataset.hpp"
#include "util/expected.hpp"

namespace myoivig::io::xpt {

constexpr std::size_t k_max_name_length = 8;
constexpr std::size_t k_max_label_length = 40;
constexpr std::size_t k_max_character_length = 200;
constexpr std::size_t k_min_numeric_length = 3;
constexpr std::size_t k_max_numeric_length = 8;
constexpr std::size_t k_max_variables = 9999;
constexpr std::size_t k_max_format_name_length = 8;
// Largest magnitude an IBM 370 double holds (16^63), and the smallest normalised one
// (16^-65); a non-zero number nearer zero would be written as 0.
constexpr double k_max_ibm_magnitude = 7.2370055773322621e75;
constexpr double k_min_ibm_magnitude = 5.397605346934028e-79;

// True when `name` is a SAS version 5 name: 1-8 of A-Z, 0-9, _, not starting with a digit.
bool is_valid_name(std::string_view name);

// Checks the dataset's metadata and every cell. Fails with invalid_argument naming the
// dataset, the variable (and row, 1-based, for a value), the value and the rule, e.g.
// "XPT dataset 'AE', variable 'AETERM', row 3: text is 230 bytes, longer than the
// variable's length 200".
util::Expected<void> validate_for_xpt(const Dataset& dataset);

// The metadata checks of validate_for_xpt only (names, labels, lengths, formats).
util::Expected<void> validate_metadata(const Dataset& dataset);

}  // namespace myoivig::io::xpt
