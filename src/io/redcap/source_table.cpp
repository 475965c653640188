#include "io/redcap/source_table.hpp"

#include <algorithm>

namespace myoivig::io::redcap {
namespace {

using Cells = std::vector<std::pair<ColumnIndex, std::string>>;

const std::string* find_cell(const Cells& cells, ColumnIndex column) {
  const auto found = std::lower_bound(cells.begin(), cells.end(), column,
                                      [](const std::pair<ColumnIndex, std::string>& cell,
                                         ColumnIndex c) { return cell.first < c; });
  return found != cells.end() && found->first == column ? &found->second : nullptr;
}

}  // namespace

std::string_view SourceRow::value(ColumnIndex column) const {
  const std::string* found = find_cell(values, column);
  return found ? std::string_view(*found) : std::string_view();
}

std::string_view SourceRow::raw_value(ColumnIndex column) const {
  if (const std::string* found = find_cell(raw, column)) return *found;
  return value(column);
}

std::optional<ColumnIndex> SourceTable::column(std::string_view name) const {
  const auto found = m_index.find(std::string(name));
  if (found == m_index.end()) return std::nullopt;
  return found->second;
}

ColumnIndex SourceTable::add_column(SourceColumn column) {
  const auto index = static_cast<ColumnIndex>(columns.size());
  m_index.emplace(column.name, index);
  columns.push_back(std::move(column));
  return index;
}

}  // namespace myoivig::io::redcap
