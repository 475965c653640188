#include "cli/analysis_output.hpp"

#include <filesystem>
#include <iostream>
#include <system_error>

#include "io/analysis_json.hpp"
#include "io/analysis_table.hpp"
#include "io/report_html.hpp"
#include "io/trial_json.hpp"
#include "io/trial_report_html.hpp"
#include "io/trial_table.hpp"
#include "util/file.hpp"

namespace myoivig::cli {

namespace {

util::Expected<std::filesystem::path> output_folder(const std::string& folder) {
  const std::filesystem::path directory(folder);
  std::error_code error;
  std::filesystem::create_directories(directory, error);
  if (error) {
    return util::io_error("--out " + folder + ": cannot create the folder (" + error.message() +
                          ")");
  }
  return directory;
}

}  // namespace

util::Expected<void> write_report_folder(const std::string& folder,
                                         const analysis::AnalysisResult& result,
                                         const domain::Protocol& protocol) {
  MYOIVIG_TRY_ASSIGN(directory, output_folder(folder));
  MYOIVIG_TRY(util::write_file_atomically(directory / "report.html",
                                          io::render_html_report(result, protocol)));
  MYOIVIG_TRY(util::write_file_atomically(directory / "analysis.json",
                                          io::analysis_json(result).dump(2) + "\n"));
  return {};
}

void print_analysis(const analysis::AnalysisResult& result, bool json) {
  if (json) {
    std::cout << io::analysis_json(result).dump(2) << '\n';
  } else {
    std::cout << io::analysis_table(result);
  }
}

util::Expected<void> write_trial_folder(const std::string& folder,
                                        const analysis::TrialResult& result,
                                        const domain::Protocol& protocol) {
  MYOIVIG_TRY_ASSIGN(directory, output_folder(folder));
  MYOIVIG_TRY(util::write_file_atomically(directory / "report.html",
                                          io::render_trial_report(result, protocol)));
  return util::write_file_atomically(directory / "analysis.json",
                                     io::trial_json(result).dump(2) + "\n");
}

void print_trial(const analysis::TrialResult& result, bool json) {
  if (json) {
    std::cout << io::trial_json(result).dump(2) << '\n';
  } else {
    std::cout << io::trial_table(result);
  }
}

}  // namespace myoivig::cli
