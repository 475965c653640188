#include "io/xpt/xpt_reader.hpp"

#include <exception>
#include <memory>
#include <string>

#include <fmt/format.h>
#include <readstat.h>

#include "io/xpt/xpt_structure.hpp"

namespace myoivig::io::xpt {
namespace {

struct ParserFree {
  void operator()(readstat_parser_t* parser) const { readstat_parser_free(parser); }
};

// What the libreadstat callbacks fill in.
struct ReadState {
  Dataset dataset;
  std::string failure;  // set by a callback that gives up, or by libreadstat's error handler
};

std::string text_or_empty(const char* text) {
  return text ? std::string(text) : std::string();
}

// libreadstat reports "DATE9" for DATE9. and "8.2" for 8.2: the dot is put back so a
// format reads as SAS writes it and can be written again.
std::string normalised_format(const char* format) {
  std::string text = text_or_empty(format);
  if (!text.empty() && text.find('.') == std::string::npos) text += '.';
  return text;
}

int on_metadata(readstat_metadata_t* metadata, void* context) {
  auto* state = static_cast<ReadState*>(context);
  state->dataset.name = text_or_empty(readstat_get_table_name(metadata));
  state->dataset.label = text_or_empty(readstat_get_file_label(metadata));
  const int variables = readstat_get_var_count(metadata);
  if (variables > 0) state->dataset.variables.reserve(static_cast<std::size_t>(variables));
  return READSTAT_HANDLER_OK;
}

int on_variable(int /*index*/, readstat_variable_t* variable, const char* /*value_labels*/,
                void* context) {
  auto* state = static_cast<ReadState*>(context);
  try {
    Variable read;
    read.name = text_or_empty(readstat_variable_get_name(variable));
    read.label = text_or_empty(readstat_variable_get_label(variable));
    read.type = readstat_variable_get_type_class(variable) == READSTAT_TYPE_CLASS_STRING
                    ? VariableType::character
                    : VariableType::numeric;
    read.length = readstat_variable_get_storage_width(variable);
    read.format = normalised_format(readstat_variable_get_format(variable));
    state->dataset.variables.push_back(std::move(read));
  } catch (const std::exception& error) {
    state->failure = error.what();
    return READSTAT_HANDLER_ABORT;
  }
  return READSTAT_HANDLER_OK;
}

Cell numeric_cell(readstat_value_t value) {
  if (readstat_value_is_system_missing(value) || readstat_value_is_tagged_missing(value)) {
    return Cell(Missing{});
  }
  switch (readstat_value_type(value)) {
    case READSTAT_TYPE_INT8:
      return Cell(static_cast<double>(readstat_int8_value(value)));
    case READSTAT_TYPE_INT16:
      return Cell(static_cast<double>(readstat_int16_value(value)));
    case READSTAT_TYPE_INT32:
      return Cell(static_cast<double>(readstat_int32_value(value)));
    case READSTAT_TYPE_FLOAT:
      return Cell(static_cast<double>(readstat_float_value(value)));
    default:
      return Cell(readstat_double_value(value));
  }
}

int on_value(int obs_index, readstat_variable_t* variable, readstat_value_t value, void* context) {
  auto* state = static_cast<ReadState*>(context);
  try {
    auto& rows = state->dataset.rows;
    const auto row = static_cast<std::size_t>(obs_index);
    const auto column = static_cast<std::size_t>(readstat_variable_get_index(variable));
    const std::size_t columns = state->dataset.variables.size();
    if (row >= rows.size()) rows.resize(row + 1, Row(columns, Cell(Missing{})));
    if (column >= columns) {
      state->failure = fmt::format("value for variable {} of {}", column + 1, columns);
      return READSTAT_HANDLER_ABORT;
    }
    if (readstat_value_type_class(value) == READSTAT_TYPE_CLASS_STRING) {
      rows[row][column] = Cell(text_or_empty(readstat_string_value(value)));
    } else {
      rows[row][column] = numeric_cell(value);
    }
  } catch (const std::exception& error) {
    state->failure = error.what();
    return READSTAT_HANDLER_ABORT;
  }
  return READSTAT_HANDLER_OK;
}

void on_error(const char* message, void* context) {
  auto* state = static_cast<ReadState*>(context);
  if (state->failure.empty() && message != nullptr) state->failure = message;
}

}  // namespace

util::Expected<Dataset> read_xpt(const std::filesystem::path& path) {
  MYOIVIG_TRY_ASSIGN(layout, scan_layout(path));
  std::unique_ptr<readstat_parser_t, ParserFree> parser(readstat_parser_init());
  if (!parser) return util::io_error(fmt::format("{}: out of memory", path.string()));
  ReadState state;
  readstat_set_metadata_handler(parser.get(), &on_metadata);
  readstat_set_variable_handler(parser.get(), &on_variable);
  readstat_set_value_handler(parser.get(), &on_value);
  readstat_set_error_handler(parser.get(), &on_error);
  const readstat_error_t code = readstat_parse_xport(parser.get(), path.c_str(), &state);
  if (code != READSTAT_OK) {
    const char* message = readstat_error_message(code);
    std::string detail = message ? message : "unknown libreadstat error";
    if (!state.failure.empty()) detail += " (" + state.failure + ")";
    return util::corrupt(
        fmt::format("{}: not a readable SAS transport (XPT) file: {}", path.string(), detail));
  }
  std::uintmax_t row_length = 0;
  for (const Variable& variable : state.dataset.variables) row_length += variable.length;
  MYOIVIG_TRY(check_data_section(path, layout, state.dataset.rows.size(), row_length));
  return std::move(state.dataset);
}

}  // namespace myoivig::io::xpt
