// CDISC export of one study: builds the SDTM domains (io/cdisc/sdtm_domains.hpp) or the
// ADaM datasets (io/cdisc/adam_datasets.hpp) from the stored records and the protocol, and
// writes them into a folder as SAS transport v5 files (dm.xpt, ...; io/xpt) or CSV (dm.csv:
// RFC 4180, a header row of names, numbers in their shortest exact form, ADaM dates as ISO
// 8601), with define.xml (Define-XML 2.0) describing every dataset and variable written.
// A dataset without records is not written (nor described), as the FDA asks.
// Thread-safety: pure builders; write_cdisc writes files.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "domain/protocol.hpp"
#include "domain/study_data.hpp"
#include "io/cdisc/cdisc_dataset.hpp"
#include "util/expected.hpp"

namespace myoivig::io::cdisc {

enum class ExportFormat { xpt, csv };
std::string_view to_string(ExportFormat format);  // "xpt" | "csv"

struct CdiscExport {
  Standard standard = Standard::sdtm;
  std::string study_id;
  std::string protocol_id;
  std::string protocol_title;
  std::string description;
  bool synthetic = false;
  std::vector<CdiscDataset> datasets;  // with records, in the order they are written
  std::vector<std::string> empty;      // names of datasets left out for having no records
};

// DM, SV, EX, CM, AE, LB, VS, QS, TA, TE, TV. Fails when the protocol does not validate.
util::Expected<CdiscExport> build_sdtm(const domain::StudyData& data,
                                       const domain::Protocol& protocol);

// ADSL, ADEFF, ADAE, running the protocol's analysis (single-arm or randomised). Fails as
// the analysis does (an invalid protocol, a value outside its instrument's range).
util::Expected<CdiscExport> build_adam(const domain::StudyData& data,
                                       const domain::Protocol& protocol);

struct WrittenFile {
  std::string dataset;  // "DM", or "" for define.xml
  std::filesystem::path path;
  std::size_t rows = 0;
  std::size_t variables = 0;
};

struct WriteSettings {
  ExportFormat format = ExportFormat::xpt;
  // The creation time written into define.xml and the XPT headers, as seconds since
  // 1970-01-01 UTC; empty: now.
  std::optional<std::int64_t> timestamp_seconds;
};

// Writes every dataset and define.xml into `directory` (created when missing; files of the
// same names are replaced, and the file of a dataset left out for having no records is
// removed). For XPT every dataset is checked against the limits of XPT v5
// first, so a violation fails naming the dataset and variable before any file is written.
// Fails with io_error naming the path when a file cannot be written.
util::Expected<std::vector<WrittenFile>> write_cdisc(const CdiscExport& exported,
                                                     const std::filesystem::path& directory,
                                                     const WriteSettings& settings);

}  // namespace myoivig::io::cdisc
