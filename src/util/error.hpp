// Error: the value an expected failure carries (see shared/DESIGN.md, Errors).
//
// An Error has a code for programs and a message for people. The message names the
// field, the value and the rule, e.g. "regimen.days: must be a positive integer, got 0".
// Thread-safety: a plain value type.
#pragma once

#include <string>
#include <string_view>

namespace myoivig::util {

enum class ErrorCode {
  invalid_argument,  // bad input: a value, a row, a flag
  not_found,         // an unknown patient, file or record
  conflict,          // a constraint or concurrent-edit violation
  io_error,          // a file or database could not be read or written
  corrupt,           // stored data that does not follow its own format
};

std::string_view to_string(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::invalid_argument;
  std::string message;

  // Returns a copy whose message is "<context>: <message>", for adding where it happened
  // (a file and line, a key path) as an error travels up.
  [[nodiscard]] Error with_context(std::string_view context) const;
};

Error invalid_argument(std::string message);
Error not_found(std::string message);
Error conflict(std::string message);
Error io_error(std::string message);
Error corrupt(std::string message);

}  // namespace myoivig::util
