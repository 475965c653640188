#include "util/error.hpp"

namespace myoivig::util {

std::string_view to_string(ErrorCode code) {
  switch (code) {
    case ErrorCode::invalid_argument:
      return "invalid_argument";
    case ErrorCode::not_found:
      return "not_found";
    case ErrorCode::conflict:
      return "conflict";
    case ErrorCode::io_error:
      return "io_error";
    case ErrorCode::corrupt:
      return "corrupt";
  }
  return "unknown";
}

Error Error::with_context(std::string_view context) const {
  Error copy = *this;
  copy.message = std::string(context) + ": " + message;
  return copy;
}

Error invalid_argument(std::string message) {
  return {ErrorCode::invalid_argument, std::move(message)};
}
Error not_found(std::string message) {
  return {ErrorCode::not_found, std::move(message)};
}
Error conflict(std::string message) {
  return {ErrorCode::conflict, std::move(message)};
}
Error io_error(std::string message) {
  return {ErrorCode::io_error, std::move(message)};
}
Error corrupt(std::string message) {
  return {ErrorCode::corrupt, std::move(message)};
}

}  // namespace myoivig::util
