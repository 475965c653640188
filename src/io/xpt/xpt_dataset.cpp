#include "io/xpt/xpt_dataset.hpp"

namespace myoivig::io::xpt {

std::string_view to_string(VariableType type) {
  return type == VariableType::numeric ? "numeric" : "character";
}

std::optional<std::size_t> Dataset::column(std::string_view variable_name) const {
  for (std::size_t i = 0; i < variables.size(); ++i) {
    if (variables[i].name == variable_name) return i;
  }
  return std::nullopt;
}

}  // namespace myoivig::io::xpt
