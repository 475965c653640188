// Typed, strict reading of TOML tables for the product and regimen tables: every value is
// fetched by key with the type it must have, every error names the key path
// ("products[2].vials_g: must be an array of numbers"), and unknown keys are errors so a
// typo cannot silently drop a limit. Thread-safety: no shared state.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "util/expected.hpp"

namespace myoivig::io {

// Parses TOML text. Fails with invalid_argument "line L, column C: <what>".
util::Expected<toml::table> parse_toml(std::string_view text);

class TomlFields {
 public:
  // `path` names the table in messages, e.g. "products[2]".
  TomlFields(const toml::table& table, std::string path)
      : m_table(table), m_path(std::move(path)) {}

  [[nodiscard]] std::string key(std::string_view name) const;  // "products[2].name"

  // Required values fail with "<key>: is required"; values of the wrong type with
  // "<key>: must be <type>". Optional values are nullopt when the key is absent.
  [[nodiscard]] util::Expected<std::string> text(std::string_view name) const;
  [[nodiscard]] util::Expected<std::string> text_or(std::string_view name,
                                                    std::string fallback) const;
  [[nodiscard]] util::Expected<double> number(std::string_view name) const;
  [[nodiscard]] util::Expected<std::optional<double>> optional_number(std::string_view name) const;
  [[nodiscard]] util::Expected<std::optional<int>> optional_integer(std::string_view name) const;
  [[nodiscard]] util::Expected<std::optional<bool>> optional_boolean(std::string_view name) const;
  [[nodiscard]] util::Expected<std::vector<double>> numbers(std::string_view name) const;
  [[nodiscard]] util::Expected<const toml::table*> table(std::string_view name) const;

  // Fails with "<key>: unknown key (known: a, b, c)" for the first key not in `known`.
  [[nodiscard]] util::Expected<void> only(std::initializer_list<std::string_view> known) const;

 private:
  const toml::table& m_table;
  std::string m_path;
};

// The tables of the array of tables `name` at the top of `document` ("[[products]]").
// Fails when the key is missing, is not an array of tables, or is empty.
util::Expected<std::vector<const toml::table*>> table_array(const toml::table& document,
                                                            std::string_view name);

}  // namespace myoivig::io
