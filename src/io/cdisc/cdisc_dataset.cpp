#include "io/cdisc/cdisc_dataset.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <utility>

namespace myoivig::io::cdisc {

std::string_view define_origin(Origin origin) {
  switch (origin) {
    case Origin::collected:
      return "CRF";
    case Origin::derived:
      return "Derived";
    case Origin::assigned:
      return "Assigned";
    case Origin::protocol:
      return "Protocol";
  }
  return "Derived";
}

CdiscDataset make_dataset(Standard standard, std::string name, std::string label,
                          std::string dataset_class, std::string structure,
                          std::vector<std::string> keys, std::vector<ColumnSpec> columns) {
  CdiscDataset dataset;
  dataset.standard = standard;
  dataset.dataset_class = std::move(dataset_class);
  dataset.structure = std::move(structure);
  dataset.keys = std::move(keys);
  dataset.data.name = std::move(name);
  dataset.data.label = std::move(label);
  for (const ColumnSpec& column : columns) {
    const bool numeric = column.type == xpt::VariableType::numeric;
    dataset.data.variables.push_back({column.name, column.label, column.type,
                                      numeric ? std::size_t{8} : std::size_t{1}, column.format});
  }
  dataset.columns = std::move(columns);
  return dataset;
}

void finish(CdiscDataset& dataset) {
  auto& variables = dataset.data.variables;
  for (std::size_t column = 0; column < variables.size(); ++column) {
    if (variables[column].type != xpt::VariableType::character) continue;
    std::size_t longest = 1;
    for (const xpt::Row& row : dataset.data.rows) {
      if (column >= row.size()) continue;
      if (const auto* value = std::get_if<std::string>(&row[column])) {
        longest = std::max(longest, value->size());
      }
    }
    variables[column].length = longest;
  }
}

xpt::Cell iso_date(const std::optional<util::Date>& date) {
  return xpt::text(date ? date->iso() : std::string());
}

xpt::Cell sas_date(const std::optional<util::Date>& date) {
  if (!date) return xpt::missing();
  return xpt::number(date->days_since_epoch() + k_sas_epoch_offset_days);
}

xpt::Cell integer(const std::optional<int>& value) {
  return value ? xpt::number(*value) : xpt::missing();
}

xpt::Cell yes_no(bool value) {
  return xpt::text(value ? "Y" : "N");
}

xpt::Cell yes_or_blank(bool value) {
  return xpt::text(value ? "Y" : "");
}

std::string iso_date_time(util::Date date, const std::optional<util::TimeOfDay>& time) {
  return time ? date.iso() + "T" + time->hh_mm() : date.iso();
}

std::optional<int> study_day(util::Date date, const std::optional<util::Date>& reference) {
  if (!reference) return std::nullopt;
  const int days = date.days_since(*reference);
  return days >= 0 ? days + 1 : days;
}

std::string decimal_text(double value) {
  std::array<char, 32> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  return std::string(buffer.data(), result.ptr);
}

std::string upper(std::string_view text) {
  std::string result(text);
  for (char& c : result) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return result;
}

}  // namespace myoivig::io::cdisc
