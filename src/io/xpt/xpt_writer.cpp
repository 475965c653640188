#include "io/xpt/xpt_writer.hpp"

#include <cstdio>
#include <ctime>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

#include <fmt/format.h>
#include <readstat.h>

#include "io/xpt/xpt_limits.hpp"

namespace myoivig::io::xpt {
namespace {

// libreadstat writes XPT version 8 unless told otherwise (shared/specs/interchange.md).
constexpr std::uint8_t k_xpt_version = 5;
constexpr std::size_t k_file_buffer_bytes = 1 << 20;

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};
struct WriterFree {
  void operator()(readstat_writer_t* writer) const { readstat_writer_free(writer); }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;
using WriterPtr = std::unique_ptr<readstat_writer_t, WriterFree>;

ssize_t write_bytes(const void* data, std::size_t length, void* context) {
  auto* file = static_cast<std::FILE*>(context);
  return static_cast<ssize_t>(std::fwrite(data, 1, length, file));
}

util::Error readstat_failure(const std::filesystem::path& path, const std::string& step,
                             readstat_error_t code) {
  const char* message = readstat_error_message(code);
  return util::io_error(fmt::format("cannot write XPT file '{}': {}: {}", path.string(), step,
                                    message ? message : "unknown libreadstat error"));
}

util::Expected<std::vector<readstat_variable_t*>> add_variables(readstat_writer_t* writer,
                                                                const Dataset& dataset,
                                                                const std::filesystem::path& path) {
  std::vector<readstat_variable_t*> variables;
  variables.reserve(dataset.variables.size());
  for (const Variable& variable : dataset.variables) {
    const readstat_type_t type =
        variable.type == VariableType::numeric ? READSTAT_TYPE_DOUBLE : READSTAT_TYPE_STRING;
    readstat_variable_t* added =
        readstat_add_variable(writer, variable.name.c_str(), type, variable.length);
    if (added == nullptr) {
      return util::io_error(
          fmt::format("cannot write XPT file '{}': libreadstat refused variable '{}'",
                      path.string(), variable.name));
    }
    readstat_variable_set_label(added, variable.label.c_str());
    if (!variable.format.empty()) readstat_variable_set_format(added, variable.format.c_str());
    variables.push_back(added);
  }
  return variables;
}

readstat_error_t insert_cell(readstat_writer_t* writer, const readstat_variable_t* variable,
                             const Cell& cell) {
  if (const double* value = std::get_if<double>(&cell)) {
    return readstat_insert_double_value(writer, variable, *value);
  }
  if (const auto* value = std::get_if<std::string>(&cell)) {
    return readstat_insert_string_value(writer, variable, value->c_str());
  }
  if (readstat_variable_get_type_class(variable) == READSTAT_TYPE_CLASS_STRING) {
    return readstat_insert_string_value(writer, variable, "");
  }
  return readstat_insert_missing_value(writer, variable);
}

util::Expected<void> write_to(std::FILE* file, const Dataset& dataset,
                              const std::filesystem::path& path, const XptWriteOptions& options) {
  WriterPtr writer(readstat_writer_init());
  if (!writer)
    return util::io_error(fmt::format("cannot write XPT file '{}': out of memory", path.string()));
  readstat_set_data_writer(writer.get(), &write_bytes);
  readstat_writer_set_file_format_version(writer.get(), k_xpt_version);
  readstat_writer_set_table_name(writer.get(), dataset.name.c_str());
  readstat_writer_set_file_label(writer.get(), dataset.label.c_str());
  const std::time_t timestamp = options.timestamp_seconds
                                    ? static_cast<std::time_t>(*options.timestamp_seconds)
                                    : std::time(nullptr);
  readstat_writer_set_file_timestamp(writer.get(), timestamp);
  MYOIVIG_TRY_ASSIGN(variables, add_variables(writer.get(), dataset, path));

  const long row_count = static_cast<long>(dataset.rows.size());
  if (auto code = readstat_begin_writing_xport(writer.get(), file, row_count);
      code != READSTAT_OK) {
    return readstat_failure(path, "header", code);
  }
  for (std::size_t row = 0; row < dataset.rows.size(); ++row) {
    readstat_error_t code = readstat_begin_row(writer.get());
    for (std::size_t column = 0; code == READSTAT_OK && column < variables.size(); ++column) {
      code = insert_cell(writer.get(), variables[column], dataset.rows[row][column]);
    }
    if (code == READSTAT_OK) code = readstat_end_row(writer.get());
    if (code != READSTAT_OK) return readstat_failure(path, fmt::format("row {}", row + 1), code);
  }
  if (auto code = readstat_end_writing(writer.get()); code != READSTAT_OK) {
    return readstat_failure(path, "end of file", code);
  }
  return {};
}

}  // namespace

util::Expected<void> write_xpt(const Dataset& dataset, const std::filesystem::path& path,
                               const XptWriteOptions& options) {
  MYOIVIG_TRY(validate_for_xpt(dataset));
  std::filesystem::path partial = path;
  partial += ".partial";
  std::vector<char> buffer(k_file_buffer_bytes);
  {
    FilePtr file(std::fopen(partial.c_str(), "wb"));
    if (!file) {
      return util::io_error(fmt::format("cannot write XPT file '{}': cannot create '{}'",
                                        path.string(), partial.string()));
    }
    std::setvbuf(file.get(), buffer.data(), _IOFBF, buffer.size());
    auto written = write_to(file.get(), dataset, path, options);
    const bool flushed = std::fflush(file.get()) == 0 && std::ferror(file.get()) == 0;
    if (written && !flushed) {
      written = util::io_error(
          fmt::format("cannot write XPT file '{}': write failed (disk full?)", path.string()));
    }
    if (!written) {
      file.reset();
      std::error_code ignored;
      std::filesystem::remove(partial, ignored);
      return written;
    }
  }
  std::error_code error;
  std::filesystem::rename(partial, path, error);
  if (error) {
    std::filesystem::remove(partial, error);
    return util::io_error(fmt::format(
        "cannot write XPT file '{}': cannot rename the finished file into place", path.string()));
  }
  return {};
}

}  // namespace myoivig::io::xpt
