// TomlTableReader: typed, key-path-aware access to one TOML table (toml++), for the
// readers of protocol and data files. Each accessor fails with "<key path>: <rule>";
// refuse_unknown() fails on any key no accessor asked for, so misspelt settings are
// errors rather than silently ignored. Thread-safety: one reader per thread.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "util/expected.hpp"

namespace myoivig::io {

class TomlTableReader {
 public:
  TomlTableReader(const toml::table& table, std::string path)
      : m_table(table), m_path(std::move(path)) {}

  [[nodiscard]] std::string key(std::string_view name) const {
    return m_path.empty() ? std::string(name) : m_path + "." + std::string(name);
  }

  util::Expected<const toml::table*> table(std::string_view name, bool required = true) {
    m_read.insert(std::string(name));
    const toml::node* node = m_table.get(name);
    if (!node) {
      if (!required) return static_cast<const toml::table*>(nullptr);
      return util::invalid_argument(key(name) + ": missing table");
    }
    if (!node->is_table()) return util::invalid_argument(key(name) + ": must be a table");
    return node->as_table();
  }

  util::Expected<const toml::array*> array(std::string_view name, bool required = true) {
    m_read.insert(std::string(name));
    const toml::node* node = m_table.get(name);
    if (!node) {
      if (!required) return static_cast<const toml::array*>(nullptr);
      return util::invalid_argument(key(name) + ": missing array");
    }
    if (!node->is_array()) return util::invalid_argument(key(name) + ": must be an array");
    return node->as_array();
  }

  util::Expected<std::string> string(std::string_view name,
                                     std::optional<std::string> fallback = {}) {
    m_read.insert(std::string(name));
    const toml::node* node = m_table.get(name);
    if (!node) {
      if (fallback) return *fallback;
      return util::invalid_argument(key(name) + ": missing (a string is required)");
    }
    if (!node->is_string()) return util::invalid_argument(key(name) + ": must be a string");
    return std::string(node->as_string()->get());
  }

  util::Expected<std::int64_t> integer(std::string_view name,
                                       std::optional<std::int64_t> fallback = {}) {
    m_read.insert(std::string(name));
    const toml::node* node = m_table.get(name);
    if (!node) {
      if (fallback) return *fallback;
      return util::invalid_argument(key(name) + ": missing (an integer is required)");
    }
    if (!node->is_integer()) return util::invalid_argument(key(name) + ": must be an integer");
    // TOML integers are 64-bit; every setting read here is stored as an int, so a larger
    // value is refused rather than wrapped round (days = 4294967301 must not read as 5).
    const std::int64_t value = node->as_integer()->get();
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
      return util::invalid_argument(key(name) + ": must be an integer from " +
                                    std::to_string(std::numeric_limits<int>::min()) + " to " +
                                    std::to_string(std::numeric_limits<int>::max()) + ", got " +
                                    std::to_string(value));
    }
    return value;
  }

  util::Expected<std::optional<std::int64_t>> optional_integer(std::string_view name) {
    if (!m_table.contains(name)) {
      m_read.insert(std::string(name));
      return std::optional<std::int64_t>();
    }
    MYOIVIG_TRY_ASSIGN(value, integer(name));
    return std::optional<std::int64_t>(value);
  }

  util::Expected<double> number(std::string_view name, std::optional<double> fallback = {}) {
    m_read.insert(std::string(name));
    const toml::node* node = m_table.get(name);
    if (!node) {
      if (fallback) return *fallback;
      return util::invalid_argument(key(name) + ": missing (a number is required)");
    }
    if (node->is_integer()) return static_cast<double>(node->as_integer()->get());
    if (!node->is_floating_point()) return util::invalid_argument(key(name) + ": must be a number");
    return node->as_floating_point()->get();
  }

  util::Expected<bool> boolean(std::string_view name, std::optional<bool> fallback = {}) {
    m_read.insert(std::string(name));
    const toml::node* node = m_table.get(name);
    if (!node) {
      if (fallback) return *fallback;
      return util::invalid_argument(key(name) + ": missing (true or false is required)");
    }
    if (!node->is_boolean()) return util::invalid_argument(key(name) + ": must be true or false");
    return node->as_boolean()->get();
  }

  util::Expected<std::vector<std::string>> strings(std::string_view name, bool required = true) {
    MYOIVIG_TRY_ASSIGN(items, array(name, required));
    std::vector<std::string> values;
    if (!items) return values;
    for (std::size_t i = 0; i < items->size(); ++i) {
      const toml::node& item = *items->get(i);
      if (!item.is_string()) {
        return util::invalid_argument(key(name) + "[" + std::to_string(i) + "]: must be a string");
      }
      values.emplace_back(item.as_string()->get());
    }
    return values;
  }

  // Fails on the first key of the table that no accessor asked for.
  util::Expected<void> refuse_unknown() const {
    for (const auto& [name, node] : m_table) {
      if (!m_read.contains(std::string(name.str()))) {
        return util::invalid_argument(key(name.str()) + ": unknown setting");
      }
    }
    return {};
  }

 private:
  const toml::table& m_table;
  std::string m_path;
  std::set<std::string> m_read;
};

}  // namespace myoivig::io
