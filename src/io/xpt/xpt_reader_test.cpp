// read_xpt on the real SAS-written CDISC pilot files (shared/data/cdisc-pilot). Every
// expectation is a literal taken from an independent reader: names, labels, types,
// lengths, formats, row counts and row lengths from tests/reference/xpt/xpt_metadata.py
// (a TS-140 reader written without libreadstat), values from the `readstat` command's CSV
// (`readstat dm.xpt dm.csv`), which agree with each other. Damaged files (truncated, wrong
// header, empty, missing) fail with the file named.
#include "io/xpt/xpt_reader.hpp"

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "io/xpt/xpt_test_support.hpp"
#include "util/file.hpp"

namespace myoivig::io::xpt {
namespace {

namespace fs = std::filesystem;
constexpr VariableType num = VariableType::numeric;
constexpr VariableType chr = VariableType::character;

struct FileCase {
  const char* file;
  const char* name;
  std::size_t rows;
  std::size_t variables;
  std::size_t row_length;
};

const std::vector<FileCase> k_files = {
    {"dm.xpt", "DM", 306, 25, 348},      {"ex.xpt", "EX", 591, 17, 142},
    {"ta.xpt", "TA", 8, 10, 1050},       {"adsl.xpt", "ADSL", 254, 48, 422},
    {"adae.xpt", "ADAE", 1191, 55, 592},
};

struct VariableCase {
  const char* file;
  std::size_t position;  // 1-based
  Variable expected;
};

const std::vector<VariableCase> k_variables = {
    {"dm.xpt", 1, {"STUDYID", "Study Identifier", chr, 12, ""}},
    {"dm.xpt", 2, {"DOMAIN", "Domain Abbreviation", chr, 2, ""}},
    {"dm.xpt", 3, {"USUBJID", "Unique Subject Identifier", chr, 11, ""}},
    {"dm.xpt", 4, {"SUBJID", "Subject Identifier for the Study", chr, 4, ""}},
    {"dm.xpt", 5, {"RFSTDTC", "Subject Reference Start Date/Time", chr, 10, ""}},
    {"dm.xpt", 7, {"RFXSTDTC", "Date/Time of First Study Treatment", chr, 20, ""}},
    {"dm.xpt", 12, {"DTHFL", "Subject Death Flag", chr, 1, ""}},
    {"dm.xpt", 14, {"AGE", "Age", num, 8, ""}},
    {"dm.xpt", 15, {"AGEU", "Age Units", chr, 6, ""}},
    {"dm.xpt", 17, {"RACE", "Race", chr, 78, ""}},
    {"dm.xpt", 19, {"ARMCD", "Planned Arm Code", chr, 8, ""}},
    {"dm.xpt", 22, {"ACTARM", "Description of Actual Arm", chr, 20, ""}},
    {"dm.xpt", 25, {"DMDY", "Study Day of Collection", num, 8, ""}},
    {"ex.xpt", 4, {"EXSEQ", "Sequence Number", num, 8, ""}},
    {"ex.xpt", 6, {"EXDOSE", "Dose per Administration", num, 8, ""}},
    {"ex.xpt", 8, {"EXDOSFRM", "Dose Form", chr, 5, ""}},
    {"ex.xpt", 10, {"EXROUTE", "Route of Administration", chr, 11, ""}},
    {"ex.xpt", 12, {"VISIT", "Visit Name", chr, 19, ""}},
    {"ex.xpt", 17, {"EXENDY", "Study Day of End of Treatment", num, 8, ""}},
    {"ta.xpt", 5, {"TAETORD", "Order of Element within Arm", num, 8, ""}},
    {"ta.xpt", 6, {"ETCD", "Element Code", chr, 200, ""}},
    {"ta.xpt", 10, {"EPOCH", "Epoch", chr, 200, ""}},
    {"adsl.xpt", 8, {"TRT01PN", "Planned Treatment for Period 01 (N)", num, 8, ""}},
    {"adsl.xpt", 11, {"TRTSDT", "Date of First Exposure to Treatment", num, 8, "DATE9."}},
    {"adsl.xpt", 12, {"TRTEDT", "Date of Last Exposure to Treatment", num, 8, "DATE9."}},
    {"adsl.xpt", 30, {"DISCONFL", "Did the Subject Discontinue the Study?", chr, 1, ""}},
    {"adsl.xpt", 33, {"BMIBL", "Baseline BMI (kg/m^2)", num, 8, ""}},
    {"adsl.xpt", 38, {"DISONSDT", "Date of Onset of Disease", num, 8, "DATE9."}},
    {"adsl.xpt", 44, {"VISNUMEN", "End of Trt Visit (Vis 12 or Early Term.)", num, 8, ""}},
    {"adsl.xpt", 48, {"MMSETOT", "MMSE Total", num, 8, ""}},
    {"adae.xpt", 15, {"ASTDT", "Analysis Start Date", num, 8, "DATE9."}},
    {"adae.xpt", 22, {"AETERM", "Reported Term for the Adverse Event", chr, 46, ""}},
    {"adae.xpt", 31, {"AEBODSYS", "Body System or Organ Class", chr, 67, ""}},
    {"adae.xpt", 38, {"AESDISAB", "Persist or Signif Disability/Incapacity", chr, 1, ""}},
    {"adae.xpt", 45, {"AEOUT", "Outcome of Adverse Event", chr, 26, ""}},
    {"adae.xpt", 55, {"AOCC01FL", "1st Occurrence 01 Flag for CQ01", chr, 1, ""}},
};

struct ValueCase {
  const char* file;
  std::size_t row;  // 1-based
  const char* variable;
  Cell expected;
};

const std::vector<ValueCase> k_values = {
    {"dm.xpt", 1, "USUBJID", text("01-701-1015")},
    {"dm.xpt", 1, "AGE", number(63)},
    {"dm.xpt", 1, "SEX", text("F")},
    {"dm.xpt", 1, "ARMCD", text("Pbo")},
    {"dm.xpt", 1, "RFSTDTC", text("2014-01-02")},
    {"dm.xpt", 1, "RFICDTC", text("")},
    {"dm.xpt", 1, "DMDY", number(-7)},
    {"dm.xpt", 2, "RFXENDTC", text("2012-09-01")},
    {"dm.xpt", 306, "USUBJID", text("01-718-1427")},
    {"dm.xpt", 306, "RACE", text("BLACK OR AFRICAN AMERICAN")},
    {"dm.xpt", 306, "ARMCD", text("Xan_Hi")},
    {"ex.xpt", 1, "EXTRT", text("PLACEBO")},
    {"ex.xpt", 1, "EXDOSE", number(0)},
    {"ex.xpt", 1, "EXROUTE", text("TRANSDERMAL")},
    {"ex.xpt", 1, "VISIT", text("BASELINE")},
    {"ex.xpt", 1, "EXENDY", number(15)},
    {"ex.xpt", 591, "EXSEQ", number(2)},
    {"ex.xpt", 591, "EXDOSE", number(81)},
    {"ex.xpt", 591, "VISIT", text("WEEK 2")},
    {"ta.xpt", 1, "TABRANCH", text("Randomized to Placebo")},
    {"ta.xpt", 8, "ARMCD", text("Xan_Lo")},
    {"ta.xpt", 8, "TAETORD", number(2)},
    {"ta.xpt", 8, "TABRANCH", text("")},
    {"adsl.xpt", 1, "TRTSDT", number(19725)},
    {"adsl.xpt", 1, "HEIGHTBL", number(147.3)},
    {"adsl.xpt", 1, "BMIBL", number(25.1)},
    {"adsl.xpt", 1, "DURDIS", number(43.9)},
    {"adsl.xpt", 254, "TRT01PN", number(81)},
    {"adsl.xpt", 254, "HEIGHTBL", number(158.8)},
    {"adsl.xpt", 254, "DCREASCD", text("Lack of Efficacy")},
    {"adae.xpt", 1, "AETERM", text("APPLICATION SITE ERYTHEMA")},
    {"adae.xpt", 1, "ASTDY", number(2)},
    {"adae.xpt", 1, "AENDT", missing()},
    {"adae.xpt", 1, "ADURN", missing()},
    {"adae.xpt", 1, "AEOUT", text("NOT RECOVERED/NOT RESOLVED")},
    {"adae.xpt", 1191, "AENDT", number(19414)},
    {"adae.xpt", 1191, "ADURN", number(22)},
    {"adae.xpt", 1191, "AESEQ", number(16)},
    {"adae.xpt", 1191, "CQ01NAM", text("")},
};

class PilotTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::is_directory(testing::pilot_directory())) {
      GTEST_SKIP() << "CDISC pilot files not found at " << testing::pilot_directory();
    }
  }
  static Dataset read(const char* file) {
    auto dataset = read_xpt(testing::pilot_directory() / file);
    EXPECT_TRUE(dataset) << file << ": " << (dataset ? "" : dataset.error().message);
    return dataset ? *dataset : Dataset{};
  }
};

TEST_F(PilotTest, DatasetsHaveTheirNamesRowsAndVariables) {
  for (const FileCase& expected : k_files) {
    const Dataset dataset = read(expected.file);
    EXPECT_EQ(dataset.name, expected.name) << expected.file;
    EXPECT_EQ(dataset.label, "") << expected.file;  // the pilot files carry no dataset label
    EXPECT_EQ(dataset.rows.size(), expected.rows) << expected.file;
    EXPECT_EQ(dataset.variables.size(), expected.variables) << expected.file;
    std::size_t row_length = 0;
    for (const Variable& variable : dataset.variables) row_length += variable.length;
    EXPECT_EQ(row_length, expected.row_length) << expected.file;
  }
}

TEST_F(PilotTest, VariablesHaveTheirNamesLabelsTypesLengthsAndFormats) {
  for (const VariableCase& expected : k_variables) {
    const Dataset dataset = read(expected.file);
    ASSERT_GE(dataset.variables.size(), expected.position) << expected.file;
    const Variable& variable = dataset.variables[expected.position - 1];
    EXPECT_EQ(variable.name, expected.expected.name) << expected.file;
    EXPECT_EQ(variable.label, expected.expected.label) << expected.file << " " << variable.name;
    EXPECT_EQ(variable.type, expected.expected.type) << expected.file << " " << variable.name;
    EXPECT_EQ(variable.length, expected.expected.length) << expected.file << " " << variable.name;
    EXPECT_EQ(variable.format, expected.expected.format) << expected.file << " " << variable.name;
  }
}

TEST_F(PilotTest, CellsHoldTheValuesReadstatReports) {
  for (const ValueCase& expected : k_values) {
    const Dataset dataset = read(expected.file);
    const auto column = dataset.column(expected.variable);
    ASSERT_TRUE(column) << expected.file << " " << expected.variable;
    ASSERT_GE(dataset.rows.size(), expected.row) << expected.file;
    EXPECT_EQ(dataset.rows[expected.row - 1][*column], expected.expected)
        << expected.file << " row " << expected.row << " " << expected.variable;
  }
}

TEST_F(PilotTest, EveryCellAgreesWithTheReadstatCommand) {
  testing::Scratch scratch("pilot-readstat");
  for (const FileCase& file : k_files) {
    const Dataset dataset = read(file.file);
    auto csv = testing::readstat_csv(testing::pilot_directory() / file.file,
                                     scratch.path() / (std::string(file.file) + ".csv"));
    ASSERT_TRUE(csv) << csv.error().message;
    EXPECT_EQ(testing::mismatch_with_readstat(dataset, *csv), "") << file.file;
  }
}

// A copy of dm.xpt cut to `bytes`, or with its first record replaced.
fs::path damaged_copy(const fs::path& folder, const std::string& name, std::size_t bytes,
                      const std::string& first_record = "") {
  auto original = util::read_file(testing::pilot_directory() / "dm.xpt");
  EXPECT_TRUE(original);
  std::string contents = original->substr(0, bytes);
  if (!first_record.empty()) contents.replace(0, first_record.size(), first_record);
  const fs::path path = folder / name;
  std::ofstream(path, std::ios::binary) << contents;
  return path;
}

struct DamageCase {
  const char* name;
  std::size_t bytes;         // kept from dm.xpt (110,800 bytes)
  const char* first_record;  // replaces the start when not empty
  const char* message;       // expected in the error, after the file name
};

TEST_F(PilotTest, DamagedFilesFailWithTheFileNamed) {
  const std::vector<DamageCase> cases = {
      {"empty.xpt", 0, "", "not a SAS transport (XPT) file"},
      {"short-header.xpt", 50, "", "truncated SAS transport file: 50 bytes is not a whole"},
      {"in-namestr.xpt", 1200, "", "before the OBS header record"},
      {"mid-record.xpt", 5000, "", "5000 bytes is not a whole number of 80-byte records"},
      {"mid-row.xpt", 4960, "", "the row after row 2 is incomplete (24 of 348 bytes)"},
      {"csv.xpt", 110800, "STUDYID,DOMAIN,USUBJID\n", "not a SAS transport (XPT) file"},
      {"sas7bdat.xpt", 110800, "HEADER RECORD*******SAS7BDAT", "not a SAS transport (XPT)"},
  };
  testing::Scratch scratch("damaged");
  for (const DamageCase& c : cases) {
    const fs::path path = damaged_copy(scratch.path(), c.name, c.bytes, c.first_record);
    auto dataset = read_xpt(path);
    ASSERT_FALSE(dataset) << c.name;
    EXPECT_EQ(dataset.error().code, util::ErrorCode::corrupt) << c.name;
    EXPECT_NE(dataset.error().message.find(path.string() + ": "), std::string::npos)
        << dataset.error().message;
    EXPECT_NE(dataset.error().message.find(c.message), std::string::npos)
        << c.name << ": " << dataset.error().message;
  }
}

TEST(XptReader, AMissingFileIsNotFound) {
  auto dataset = read_xpt("/nonexistent/dm.xpt");
  ASSERT_FALSE(dataset);
  EXPECT_EQ(dataset.error().code, util::ErrorCode::not_found);
  EXPECT_EQ(dataset.error().message, "/nonexistent/dm.xpt: no such XPT file");
}

}  // namespace
}  // namespace myoivig::io::xpt
