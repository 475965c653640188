// CdiscDataset: one SDTM domain or ADaM dataset as myoivig exports it: the data (an
// xpt::Dataset, written as SAS transport or CSV) and the metadata define.xml needs (class,
// structure, keys, and for each variable its origin, a comment saying how it is derived,
// and whether its values form a codelist). Plus the cell helpers the builders share: ISO
// 8601 dates for SDTM, SAS numeric dates (days since 1960-01-01) for ADaM, study days.
// Thread-safety: plain value types; the functions are pure.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "io/xpt/xpt_dataset.hpp"
#include "util/date.hpp"

namespace myoivig::io::cdisc {

enum class Standard { sdtm, adam };

// Where a variable's values come from (define.xml def:Origin Type).
enum class Origin { collected, derived, assigned, protocol };
std::string_view define_origin(Origin origin);  // "CRF" | "Derived" | "Assigned" | "Protocol"

struct ColumnSpec {
  ColumnSpec(std::string name_, std::string label_,
             xpt::VariableType type_ = xpt::VariableType::character,
             Origin origin_ = Origin::collected, std::string comment_ = {}, bool codelist_ = false,
             std::string decode_ = {}, std::string format_ = {})
      : name(std::move(name_)),
        label(std::move(label_)),
        type(type_),
        origin(origin_),
        comment(std::move(comment_)),
        codelist(codelist_),
        decode(std::move(decode_)),
        format(std::move(format_)) {}

  std::string name;   // SAS name, <= 8 characters
  std::string label;  // <= 40 characters
  xpt::VariableType type;
  Origin origin;
  std::string comment;  // how it is derived or what it holds, for define.xml; may be empty
  bool codelist;        // define.xml lists the values found as a codelist
  std::string decode;   // the variable holding each code's decode (QSTEST for QSTESTCD)
  std::string format;   // SAS format, e.g. "DATE9."
};

struct CdiscDataset {
  Standard standard = Standard::sdtm;
  std::string dataset_class;  // e.g. "EVENTS", "BASIC DATA STRUCTURE"
  std::string structure;      // e.g. "One record per adverse event per subject"
  std::vector<std::string> keys;
  std::string comment;  // dataset-level note for define.xml; may be empty
  std::vector<ColumnSpec> columns;
  xpt::Dataset data;  // one variable per column, in order
};

// A dataset with one variable per column (numeric: 8 bytes; character: length 1 until
// finish) and no rows.
CdiscDataset make_dataset(Standard standard, std::string name, std::string label,
                          std::string dataset_class, std::string structure,
                          std::vector<std::string> keys, std::vector<ColumnSpec> columns);

// Sets every character variable's length to its longest value (at least 1), as the FDA
// asks; a value over 200 bytes is left for validate_for_xpt to refuse with its name.
void finish(CdiscDataset& dataset);

// --- cells ---

// Days from 1960-01-01 (SAS) to 1970-01-01 (util::Date's epoch).
constexpr int k_sas_epoch_offset_days = 3653;

xpt::Cell iso_date(const std::optional<util::Date>& date);  // "2001-03-12", or "" when empty
xpt::Cell sas_date(const std::optional<util::Date>& date);  // 15046, or missing when empty
xpt::Cell integer(const std::optional<int>& value);         // a number, or missing
xpt::Cell yes_no(bool value);                               // "Y" | "N"
xpt::Cell yes_or_blank(bool value);                         // "Y" | ""

// ISO 8601 date and time of day "2001-03-12T09:15", or the date alone without a time.
std::string iso_date_time(util::Date date, const std::optional<util::TimeOfDay>& time);

// SDTM study day of `date` counted from `reference` (day 1; the day before is -1, there is
// no day 0), or empty without a reference.
std::optional<int> study_day(util::Date date, const std::optional<util::Date>& reference);

// The shortest decimal text that reads back as `value` ("5.9", "64.3", "1670").
std::string decimal_text(double value);

// Upper case ASCII copy.
std::string upper(std::string_view text);

}  // namespace myoivig::io::cdisc
