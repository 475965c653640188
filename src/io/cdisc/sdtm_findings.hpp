// The shape the findings domains (LB, VS, QS) share: one record per test per visit with the
// result as collected (--ORRES, --ORRESU), in standard units (--STRESC, --STRESN, --STRESU),
// a baseline flag, the visit and the date. Each domain adds its own columns (LB: category and
// normal range; QS: category, subcategory and the not-done status) through FindingShape.
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "io/cdisc/cdisc_dataset.hpp"
#include "io/cdisc/study_context.hpp"

namespace myoivig::io::cdisc {

struct FindingShape {
  std::string prefix;  // "LB", "VS", "QS"
  bool category = false;
  bool subcategory = false;
  bool normal_range = false;  // --ORNRHI, --STNRHI, --NRIND
  bool status = false;        // --STAT, --REASND
};

struct Finding {
  Finding(std::string code, std::string name, std::string category_ = {},
          std::string subcategory_ = {})
      : test_code(std::move(code)),
        test(std::move(name)),
        category(std::move(category_)),
        subcategory(std::move(subcategory_)) {}

  std::string test_code;  // --TESTCD, <= 8 characters
  std::string test;       // --TEST, <= 40 characters
  std::string category;
  std::string subcategory;
  std::string result;  // --ORRES as collected ("5.9", "1670", "IMPROVED"); "" when not done
  std::string unit;    // --ORRESU = --STRESU
  std::optional<double> numeric;  // --STRESN
  std::optional<double> upper_limit;
  std::string not_done_reason;  // --REASND; sets --STAT NOT DONE
};

// The domain's columns: identifiers, --SEQ, --TESTCD, --TEST, [--CAT, [--SCAT]], --ORRES,
// --ORRESU, [--ORNRHI], --STRESC, --STRESN, --STRESU, [--STNRHI, --NRIND], [--STAT,
// --REASND], --BLFL, VISITNUM, VISIT, VISITDY, --DTC, --DY.
std::vector<ColumnSpec> finding_columns(const FindingShape& shape, std::string test_comment);

// Appends one record of `finding` for the subject's visit of `week` (none: no visit), on
// `date`.
void add_finding(CdiscDataset& dataset, const FindingShape& shape, const StudyContext& context,
                 const SubjectInfo& subject, int sequence, std::optional<int> week,
                 const Finding& finding, const std::optional<util::Date>& date);

// The date of the patient's visit of `week`, if recorded.
std::optional<util::Date> visit_date(const StudyContext& context, std::string_view patient_id,
                                     int week);

}  // namespace myoivig::io::cdisc
