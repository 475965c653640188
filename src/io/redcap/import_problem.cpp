#include "io/redcap/import_problem.hpp"

namespace myoivig::io::redcap {

std::string ImportProblem::to_string() const {
  std::string text = file;
  if (row > 0) text += ":" + std::to_string(row);
  if (!column.empty()) text += (text.empty() ? "" : ": ") + std::string("column '") + column + "'";
  if (!value.empty()) text += " value '" + value + "'";
  return text + (text.empty() ? "" : ": ") + rule;
}

void ImportProblems::error(std::string file, std::size_t row, std::string column, std::string value,
                           std::string rule) {
  add({ProblemSeverity::error, std::move(file), row, std::move(column), std::move(value),
       std::move(rule)});
}

void ImportProblems::warning(std::string file, std::size_t row, std::string column,
                             std::string value, std::string rule) {
  add({ProblemSeverity::warning, std::move(file), row, std::move(column), std::move(value),
       std::move(rule)});
}

void ImportProblems::add(ImportProblem problem) {
  std::size_t& count = problem.severity == ProblemSeverity::error ? m_error_count : m_warning_count;
  ++count;
  if (count <= k_kept_per_severity) m_kept.push_back(std::move(problem));
}

std::vector<ImportProblem> ImportProblems::of(ProblemSeverity severity) const {
  std::vector<ImportProblem> selected;
  for (const ImportProblem& problem : m_kept) {
    if (problem.severity == severity) selected.push_back(problem);
  }
  return selected;
}

}  // namespace myoivig::io::redcap
