#include "io/product_table_toml.hpp"

#include <limits>

namespace myoivig::io {
namespace {

std::optional<double> as_number(const toml::node& node) {
  if (const auto* floating = node.as_floating_point()) return floating->get();
  if (const auto* integer = node.as_integer()) return static_cast<double>(integer->get());
  return std::nullopt;
}

}  // namespace

util::Expected<toml::table> parse_toml(std::string_view text) {
  try {
    return toml::parse(text);
  } catch (const toml::parse_error& error) {
    const toml::source_position where = error.source().begin;
    return util::invalid_argument("line " + std::to_string(where.line) + ", column " +
                                  std::to_string(where.column) + ": " +
                                  std::string(error.description()));
  }
}

std::string TomlFields::key(std::string_view name) const {
  return m_path.empty() ? std::string(name) : m_path + "." + std::string(name);
}

util::Expected<std::string> TomlFields::text(std::string_view name) const {
  const toml::node* node = m_table.get(name);
  if (node == nullptr) return util::invalid_argument(key(name) + ": is required");
  const auto* value = node->as_string();
  if (value == nullptr) return util::invalid_argument(key(name) + ": must be a string");
  return value->get();
}

util::Expected<std::string> TomlFields::text_or(std::string_view name, std::string fallback) const {
  if (m_table.get(name) == nullptr) return fallback;
  return text(name);
}

util::Expected<double> TomlFields::number(std::string_view name) const {
  MYOIVIG_TRY_ASSIGN(value, optional_number(name));
  if (!value) return util::invalid_argument(key(name) + ": is required");
  return *value;
}

util::Expected<std::optional<double>> TomlFields::optional_number(std::string_view name) const {
  const toml::node* node = m_table.get(name);
  if (node == nullptr) return std::optional<double>();
  const std::optional<double> value = as_number(*node);
  if (!value) return util::invalid_argument(key(name) + ": must be a number");
  return value;
}

util::Expected<std::optional<int>> TomlFields::optional_integer(std::string_view name) const {
  const toml::node* node = m_table.get(name);
  if (node == nullptr) return std::optional<int>();
  const auto* value = node->as_integer();
  if (value == nullptr || value->get() < std::numeric_limits<int>::min() ||
      value->get() > std::numeric_limits<int>::max()) {
    return util::invalid_argument(key(name) + ": must be a whole number");
  }
  return std::optional<int>(static_cast<int>(value->get()));
}

util::Expected<std::optional<bool>> TomlFields::optional_boolean(std::string_view name) const {
  const toml::node* node = m_table.get(name);
  if (node == nullptr) return std::optional<bool>();
  const auto* value = node->as_boolean();
  if (value == nullptr) return util::invalid_argument(key(name) + ": must be true or false");
  return std::optional<bool>(value->get());
}

util::Expected<std::vector<double>> TomlFields::numbers(std::string_view name) const {
  const toml::node* node = m_table.get(name);
  if (node == nullptr) return util::invalid_argument(key(name) + ": is required");
  const auto* array = node->as_array();
  if (array == nullptr) return util::invalid_argument(key(name) + ": must be an array of numbers");
  std::vector<double> values;
  for (const toml::node& element : *array) {
    const std::optional<double> value = as_number(element);
    if (!value) return util::invalid_argument(key(name) + ": must be an array of numbers");
    values.push_back(*value);
  }
  return values;
}

util::Expected<const toml::table*> TomlFields::table(std::string_view name) const {
  const toml::node* node = m_table.get(name);
  if (node == nullptr) return util::invalid_argument(key(name) + ": is required");
  const auto* value = node->as_table();
  if (value == nullptr) return util::invalid_argument(key(name) + ": must be a table");
  return value;
}

util::Expected<void> TomlFields::only(std::initializer_list<std::string_view> known) const {
  for (const auto& [name, node] : m_table) {
    bool found = false;
    for (std::string_view candidate : known) found = found || candidate == name.str();
    if (found) continue;
    std::string list;
    for (std::string_view candidate : known) {
      list += (list.empty() ? "" : ", ") + std::string(candidate);
    }
    return util::invalid_argument(key(name.str()) + ": unknown key (known: " + list + ")");
  }
  return {};
}

util::Expected<std::vector<const toml::table*>> table_array(const toml::table& document,
                                                            std::string_view name) {
  const toml::node* node = document.get(name);
  if (node == nullptr) {
    return util::invalid_argument(std::string(name) + ": is required ([[" + std::string(name) +
                                  "]] tables)");
  }
  const auto* array = node->as_array();
  if (array == nullptr || !array->is_array_of_tables() || array->empty()) {
    return util::invalid_argument(std::string(name) + ": must be one or more [[" +
                                  std::string(name) + "]] tables");
  }
  std::vector<const toml::table*> tables;
  for (const toml::node& element : *array) tables.push_back(element.as_table());
  return tables;
}

}  // namespace myoivig::io
