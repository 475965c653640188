// define.xml: the Define-XML 2.0 document describing every dataset and variable of an
// export: one ItemGroupDef per dataset (class, structure, keys, the file it is in), one
// ItemDef per variable (data type, length, significant digits, label, origin, a comment
// saying how it is derived), and a CodeList for each variable whose values are a coded
// list (SEX, AESEV, QSTESTCD with its QSTEST decodes, PARAMCD, ...), built from the values
// actually written. Data types follow Define-XML: text, integer, float, and date, datetime
// or partialDate for ISO 8601 --DTC variables.
// Thread-safety: pure function.
#pragma once

#include <string>
#include <vector>

#include "io/cdisc/cdisc_dataset.hpp"

namespace myoivig::io::cdisc {

struct DefineInfo {
  Standard standard = Standard::sdtm;
  std::string study_id;
  std::string protocol_id;
  std::string description;
  std::string created_utc;     // ISO 8601, e.g. "2026-11-25T10:00:00Z"
  std::string file_extension;  // "xpt" or "csv": each dataset's file is <name>.<extension>
};

std::string define_xml(const std::vector<CdiscDataset>& datasets, const DefineInfo& info);

// "text" | "integer" | "float" | "date" | "datetime" | "partialDate", from the variable's
// type, name and values.
std::string define_data_type(const CdiscDataset& dataset, std::size_t column);

}  // namespace myoivig::io::cdisc
