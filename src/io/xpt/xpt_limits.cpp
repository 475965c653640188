#include "io/xpt/xpt_limits.hpp"

#include <cmath>
#include <string>

#include <fmt/format.h>

namespace myoivig::io::xpt {
namespace {

bool is_upper_or_underscore(char c) {
  return (c >= 'A' && c <= 'Z') || c == '_';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Printable ASCII; tab is allowed in values, not in labels.
bool is_printable_ascii(std::string_view text, bool allow_tab) {
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte == '\t' && allow_tab) continue;
    if (byte < 0x20 || byte > 0x7E) return false;
  }
  return true;
}

util::Error dataset_error(const Dataset& dataset, const std::string& message) {
  return util::invalid_argument(fmt::format("XPT dataset '{}': {}", dataset.name, message));
}

util::Error variable_error(const Dataset& dataset, const Variable& variable,
                           const std::string& message) {
  return util::invalid_argument(
      fmt::format("XPT dataset '{}', variable '{}': {}", dataset.name, variable.name, message));
}

util::Expected<void> check_label(std::string_view label, const std::string& what,
                                 const auto& fail) {
  if (label.size() > k_max_label_length) {
    return fail(fmt::format("{} '{}' is {} characters, at most {} allowed", what, label,
                            label.size(), k_max_label_length));
  }
  if (!is_printable_ascii(label, false)) {
    return fail(fmt::format("{} '{}' holds a character that is not printable ASCII", what, label));
  }
  return {};
}

// [$]NAME[w].[d]: NAME letters, digits, underscores, not starting with a digit (may be
// empty, as in "8.2"), at most 8 characters with the '$'.
bool is_valid_format(std::string_view format) {
  const auto dot = format.find('.');
  if (dot == std::string_view::npos || format.find('.', dot + 1) != std::string_view::npos) {
    return false;
  }
  for (char c : format.substr(dot + 1)) {
    if (!is_digit(c)) return false;
  }
  std::string_view head = format.substr(0, dot);
  std::size_t width_start = head.size();
  while (width_start > 0 && is_digit(head[width_start - 1])) --width_start;
  std::string_view name = head.substr(0, width_start);
  if (name.size() > k_max_format_name_length) return false;
  if (!name.empty() && name.front() == '$') name.remove_prefix(1);
  if (!name.empty() && !is_upper_or_underscore(name.front())) return false;
  for (char c : name) {
    if (!is_upper_or_underscore(c) && !is_digit(c)) return false;
  }
  return !head.empty() && head != "$";
}

util::Expected<void> check_variable(const Dataset& dataset, const Variable& variable) {
  const auto fail = [&](const std::string& message) {
    return variable_error(dataset, variable, message);
  };
  if (!is_valid_name(variable.name)) {
    return fail(fmt::format(
        "name '{}' is not a SAS name (1-{} upper case letters, digits or '_', not starting "
        "with a digit)",
        variable.name, k_max_name_length));
  }
  MYOIVIG_TRY(check_label(variable.label, "label", fail));
  if (variable.type == VariableType::numeric &&
      (variable.length < k_min_numeric_length || variable.length > k_max_numeric_length)) {
    return fail(fmt::format("numeric length {} is outside {}-{}", variable.length,
                            k_min_numeric_length, k_max_numeric_length));
  }
  if (variable.type == VariableType::character &&
      (variable.length < 1 || variable.length > k_max_character_length)) {
    return fail(fmt::format("character length {} is outside 1-{}", variable.length,
                            k_max_character_length));
  }
  if (!variable.format.empty() && !is_valid_format(variable.format)) {
    return fail(fmt::format(
        "format '{}' is not a SAS format [$]NAME[w].[d] with a name of at most {} characters",
        variable.format, k_max_format_name_length));
  }
  return {};
}

util::Expected<void> check_cell(const Dataset& dataset, const Variable& variable, std::size_t row,
                                const Cell& cell) {
  const auto fail = [&](const std::string& message) {
    return variable_error(dataset, variable, fmt::format("row {}: {}", row + 1, message));
  };
  if (variable.type == VariableType::numeric) {
    if (std::holds_alternative<std::string>(cell)) {
      return fail(fmt::format("text '{}' in a numeric variable", std::get<std::string>(cell)));
    }
    if (const double* value = std::get_if<double>(&cell)) {
      const double magnitude = std::fabs(*value);
      if (!std::isfinite(*value) || magnitude >= k_max_ibm_magnitude) {
        return fail(fmt::format("number {} is outside the SAS transport range (|x| < {:g})", *value,
                                k_max_ibm_magnitude));
      }
      if (magnitude != 0 && magnitude < k_min_ibm_magnitude) {
        return fail(fmt::format("number {} is nearer zero than SAS transport holds ({:g})", *value,
                                k_min_ibm_magnitude));
      }
    }
    return {};
  }
  if (std::holds_alternative<double>(cell)) {
    return fail(fmt::format("number {} in a character variable", std::get<double>(cell)));
  }
  if (const auto* value = std::get_if<std::string>(&cell)) {
    if (value->size() > variable.length) {
      return fail(fmt::format("text '{}' is {} bytes, longer than the variable's length {}", *value,
                              value->size(), variable.length));
    }
    if (!is_printable_ascii(*value, true)) {
      return fail(fmt::format("text '{}' holds a character that is not printable ASCII", *value));
    }
  }
  return {};
}

}  // namespace

bool is_valid_name(std::string_view name) {
  if (name.empty() || name.size() > k_max_name_length || is_digit(name.front())) return false;
  for (char c : name) {
    if (!is_upper_or_underscore(c) && !is_digit(c)) return false;
  }
  return true;
}

util::Expected<void> validate_metadata(const Dataset& dataset) {
  const auto fail = [&](const std::string& message) { return dataset_error(dataset, message); };
  if (!is_valid_name(dataset.name)) {
    return fail(fmt::format(
        "dataset name '{}' is not a SAS name (1-{} upper case letters, digits or '_', not "
        "starting with a digit)",
        dataset.name, k_max_name_length));
  }
  MYOIVIG_TRY(check_label(dataset.label, "dataset label", fail));
  if (dataset.variables.empty() || dataset.variables.size() > k_max_variables) {
    return fail(fmt::format("{} variables; SAS transport holds 1-{}", dataset.variables.size(),
                            k_max_variables));
  }
  for (std::size_t i = 0; i < dataset.variables.size(); ++i) {
    MYOIVIG_TRY(check_variable(dataset, dataset.variables[i]));
    for (std::size_t j = 0; j < i; ++j) {
      if (dataset.variables[j].name == dataset.variables[i].name) {
        return variable_error(dataset, dataset.variables[i],
                              fmt::format("name used twice (variables {} and {})", j + 1, i + 1));
      }
    }
  }
  return {};
}

util::Expected<void> validate_for_xpt(const Dataset& dataset) {
  MYOIVIG_TRY(validate_metadata(dataset));
  for (std::size_t row = 0; row < dataset.rows.size(); ++row) {
    const Row& cells = dataset.rows[row];
    if (cells.size() != dataset.variables.size()) {
      return dataset_error(dataset, fmt::format("row {} has {} cells for {} variables", row + 1,
                                                cells.size(), dataset.variables.size()));
    }
    for (std::size_t column = 0; column < cells.size(); ++column) {
      MYOIVIG_TRY(check_cell(dataset, dataset.variables[column], row, cells[column]));
    }
  }
  return {};
}

}  // namespace myoivig::io::xpt
