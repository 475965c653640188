// ImportProblems: every problem an import finds, collected rather than stopping at the
// first, so that one run shows the data manager everything to fix. A problem names the
// file, the row (its 1-based line), the column, the raw value and the rule broken.
// Errors refuse the import; warnings are reported and the import goes ahead.
// Thread-safety: a plain value type; one collector per import.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace myoivig::io::redcap {

enum class ProblemSeverity { error, warning };

struct ImportProblem {
  ProblemSeverity severity = ProblemSeverity::error;
  std::string file;     // e.g. "records.csv", "mapping.toml"
  std::size_t row = 0;  // 1-based line of the file; 0 when the problem is not a row's
  std::string column;   // REDCap column, ODM item or mapping key; empty when none
  std::string value;    // the raw value as read
  std::string rule;     // what is wrong, e.g. "must be an integer"

  // "records.csv:12: column 'ck' value 'abc': must be an integer"
  [[nodiscard]] std::string to_string() const;
};

class ImportProblems {
 public:
  // At most this many problems of each severity are kept; the rest are only counted, so
  // that a systematic problem in a 100,000-row file does not flood memory or the screen.
  static constexpr std::size_t k_kept_per_severity = 1000;

  void error(std::string file, std::size_t row, std::string column, std::string value,
             std::string rule);
  void warning(std::string file, std::size_t row, std::string column, std::string value,
               std::string rule);
  void add(ImportProblem problem);

  [[nodiscard]] bool has_errors() const { return m_error_count > 0; }
  [[nodiscard]] std::size_t error_count() const { return m_error_count; }
  [[nodiscard]] std::size_t warning_count() const { return m_warning_count; }
  // The kept problems of one severity, in the order found.
  [[nodiscard]] std::vector<ImportProblem> of(ProblemSeverity severity) const;
  [[nodiscard]] const std::vector<ImportProblem>& all() const { return m_kept; }

 private:
  std::vector<ImportProblem> m_kept;
  std::size_t m_error_count = 0;
  std::size_t m_warning_count = 0;
};

}  // namespace myoivig::io::redcap
