#include "io/bundle_fields.hpp"

#include <charconv>

#include "util/strings.hpp"

namespace myoivig::io {

void append_value(std::string& out, const std::string& value) {
  out += value;
}

void append_value(std::string& out, int value) {
  char buffer[16];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

void append_value(std::string& out, bool value) {
  out += value ? "true" : "false";
}

void append_value(std::string& out, double value) {
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

void append_value(std::string& out, util::Date value) {
  out += value.iso();
}

void append_value(std::string& out, util::TimeOfDay value) {
  out += value.hh_mm();
}

void append_vas(std::string& out, int millimetres) {
  out += util::format_scaled(millimetres, k_vas_decimals);
}

}  // namespace myoivig::io
