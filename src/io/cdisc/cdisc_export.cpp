#include "io/cdisc/cdisc_export.hpp"

#include <chrono>
#include <ctime>
#include <system_error>

#include <fmt/format.h>

#include "analysis/analyse_study.hpp"
#include "analysis/trial_analysis.hpp"
#include "io/cdisc/adam_datasets.hpp"
#include "io/cdisc/define_xml.hpp"
#include "io/cdisc/sdtm_domains.hpp"
#include "io/cdisc/study_context.hpp"
#include "io/xpt/xpt_limits.hpp"
#include "io/xpt/xpt_writer.hpp"
#include "util/csv.hpp"
#include "util/file.hpp"

namespace myoivig::io::cdisc {
namespace {

CdiscExport start_export(Standard standard, const domain::StudyData& data,
                         const domain::Protocol& protocol, const StudyContext& context) {
  CdiscExport exported;
  exported.standard = standard;
  exported.study_id = context.study_id();
  exported.protocol_id = protocol.id;
  exported.protocol_title = protocol.title;
  exported.description = data.info.description;
  exported.synthetic = data.info.synthetic;
  return exported;
}

void keep(CdiscExport& exported, CdiscDataset dataset) {
  if (dataset.data.rows.empty()) {
    exported.empty.push_back(dataset.data.name);
  } else {
    exported.datasets.push_back(std::move(dataset));
  }
}

std::string lower_name(const std::string& name) {
  std::string result = name;
  for (char& c : result) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return result;
}

// RFC 4180 CSV with a header of names; numbers in shortest form, DATE9. numbers as ISO dates.
std::string csv_text(const xpt::Dataset& dataset) {
  std::string text;
  for (std::size_t i = 0; i < dataset.variables.size(); ++i) {
    text += (i ? "," : "") + util::csv_escape(dataset.variables[i].name);
  }
  text += "\n";
  for (const xpt::Row& row : dataset.rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i) text += ',';
      if (const auto* value = std::get_if<std::string>(&row[i])) {
        text += util::csv_escape(*value);
      } else if (const double* number = std::get_if<double>(&row[i])) {
        if (dataset.variables[i].format == "DATE9.") {
          text += util::Date::from_days_since_epoch(static_cast<std::int32_t>(*number) -
                                                    k_sas_epoch_offset_days)
                      .iso();
        } else {
          text += decimal_text(*number);
        }
      }
    }
    text += "\n";
  }
  return text;
}

std::string utc_text(std::int64_t seconds) {
  const auto time = static_cast<std::time_t>(seconds);
  std::tm parts{};
  gmtime_r(&time, &parts);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", parts.tm_year + 1900, parts.tm_mon + 1,
                     parts.tm_mday, parts.tm_hour, parts.tm_min, parts.tm_sec);
}

}  // namespace

std::string_view to_string(ExportFormat format) {
  return format == ExportFormat::xpt ? "xpt" : "csv";
}

util::Expected<CdiscExport> build_sdtm(const domain::StudyData& data,
                                       const domain::Protocol& protocol) {
  MYOIVIG_TRY(domain::validate(protocol));
  const StudyContext context(data, protocol);
  CdiscExport exported = start_export(Standard::sdtm, data, protocol, context);
  for (auto* build : {&build_dm, &build_sv, &build_ex, &build_cm, &build_ae, &build_lb, &build_vs,
                      &build_qs, &build_ta, &build_te, &build_tv}) {
    keep(exported, build(context));
  }
  return exported;
}

util::Expected<CdiscExport> build_adam(const domain::StudyData& data,
                                       const domain::Protocol& protocol) {
  MYOIVIG_TRY(domain::validate(protocol));
  const StudyContext context(data, protocol);
  AdamInputs inputs;
  inputs.context = &context;
  if (context.randomised()) {
    MYOIVIG_TRY_ASSIGN(trial, analysis::analyse_trial(data, protocol));
    inputs.trial = std::move(trial);
    for (const analysis::PatientResponse& response : inputs.trial->patients) {
      inputs.analysed.insert(response.patient_id);
      inputs.responses.emplace(response.patient_id, &response);
    }
  } else {
    MYOIVIG_TRY_ASSIGN(result, analysis::analyse_study(data, protocol));
    inputs.single_arm = std::move(result);
    inputs.analysed.insert(inputs.single_arm->population.analysed_ids.begin(),
                           inputs.single_arm->population.analysed_ids.end());
  }
  CdiscExport exported = start_export(Standard::adam, data, protocol, context);
  keep(exported, build_adsl(inputs));
  keep(exported, build_adeff(inputs));
  keep(exported, build_adae(inputs));
  return exported;
}

util::Expected<std::vector<WrittenFile>> write_cdisc(const CdiscExport& exported,
                                                     const std::filesystem::path& directory,
                                                     const WriteSettings& settings) {
  // CSV has no limits of its own; the names and labels are myoivig's and fit XPT anyway.
  for (const CdiscDataset& dataset : exported.datasets) {
    if (settings.format == ExportFormat::xpt) MYOIVIG_TRY(xpt::validate_for_xpt(dataset.data));
  }
  std::error_code error;
  std::filesystem::create_directories(directory, error);
  if (error) {
    return util::io_error(
        fmt::format("cannot create the folder '{}': {}", directory.string(), error.message()));
  }
  const std::int64_t now =
      settings.timestamp_seconds.value_or(std::chrono::duration_cast<std::chrono::seconds>(
                                              std::chrono::system_clock::now().time_since_epoch())
                                              .count());
  const std::string extension(to_string(settings.format));
  std::vector<WrittenFile> written;
  for (const CdiscDataset& dataset : exported.datasets) {
    const std::filesystem::path path =
        directory / (lower_name(dataset.data.name) + "." + extension);
    if (settings.format == ExportFormat::xpt) {
      MYOIVIG_TRY(xpt::write_xpt(dataset.data, path, {now}));
    } else {
      MYOIVIG_TRY(util::write_file_atomically(path, csv_text(dataset.data)));
    }
    written.push_back(
        {dataset.data.name, path, dataset.data.rows.size(), dataset.data.variables.size()});
  }
  // A dataset left out now must not survive from an earlier export into the same folder.
  for (const std::string& name : exported.empty) {
    std::filesystem::remove(directory / (lower_name(name) + "." + extension), error);
  }
  const DefineInfo info{exported.standard,       exported.study_id, exported.protocol_id,
                        exported.protocol_title, utc_text(now),     extension};
  const std::filesystem::path define_path = directory / "define.xml";
  MYOIVIG_TRY(util::write_file_atomically(define_path, define_xml(exported.datasets, info)));
  written.push_back({"", define_path, 0, 0});
  return written;
}

}  // namespace myoivig::io::cdisc
