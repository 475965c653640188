// Two-way tables between an enum and the codes it is written as in files, flags and
// JSON, so that formatting and parsing can never drift apart.
//
//   constexpr std::array<std::pair<Sex, std::string_view>, 2> k_sexes{{{Sex::male, "M"}, ...}};
//   name_of(k_sexes, Sex::male) == "M";  value_of(k_sexes, "X") -> error naming the codes.
// Thread-safety: pure functions over constant tables.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <utility>

#include "util/expected.hpp"

namespace myoivig::util {

template <typename Enum, std::size_t N>
using EnumNames = std::array<std::pair<Enum, std::string_view>, N>;

template <typename Enum, std::size_t N>
constexpr std::string_view name_of(const EnumNames<Enum, N>& table, Enum value) {
  for (const auto& [candidate, name] : table) {
    if (candidate == value) return name;
  }
  return table.front().second;
}

// The enum written as `text`, or invalid_argument "must be one of a, b, c, got 'text'".
template <typename Enum, std::size_t N>
Expected<Enum> value_of(const EnumNames<Enum, N>& table, std::string_view text) {
  std::string allowed;
  for (const auto& [value, name] : table) {
    if (name == text) return value;
    allowed += (allowed.empty() ? "" : ", ") + std::string(name);
  }
  return invalid_argument("must be one of " + allowed + ", got '" + std::string(text) + "'");
}

}  // namespace myoivig::util
