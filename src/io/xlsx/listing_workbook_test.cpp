// The listings workbook read back by an independent reader: tests/reference/xlsx_cells.py
// (Python's zipfile and xml.etree, nothing shared with libxlsxwriter) prints every sheet's
// cells with their types and number formats, the frozen pane and the autofilter. Checked:
// sheet names, bold header cells, typed values (Excel serial 37149 = 2001-09-15), the About
// sheet (SYNTHETIC, the arm withheld), and the errors libxlsxwriter reports.
#include "io/xlsx/listing_workbook.hpp"

#include <array>
#include <cstdio>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include "io/listing/listing_test_support.hpp"

namespace myoivig::io::xlsx {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const WorkbookSettings k_settings{"2026-11-25T10:00:00Z", 1764064800, "myoivig test"};

fs::path scratch_file(const std::string& name) {
  const fs::path folder =
      fs::temp_directory_path() / ("myoivig-xlsx-" + std::to_string(::getpid()));
  fs::create_directories(folder);
  return folder / name;
}

// The reference reader's JSON of `path`; null (and a failure) when it cannot read it.
json read_back(const fs::path& path) {
  const std::string command = std::string("python3 '") + MYOIVIG_SOURCE_DIR +
                              "/tests/reference/xlsx_cells.py' '" + path.string() + "'";
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return nullptr;
  std::string out;
  std::array<char, 65536> buffer{};
  std::size_t read = 0;
  while ((read = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.append(buffer.data(), read);
  const int status = pclose(pipe);
  EXPECT_EQ(status, 0) << "xlsx_cells.py failed on " << path;
  if (status != 0) return nullptr;
  return json::parse(out);
}

const json& sheet(const json& workbook, const std::string& name) {
  for (const json& candidate : workbook.at("sheets")) {
    if (candidate.at("name") == name) return candidate;
  }
  ADD_FAILURE() << "no sheet " << name;
  static const json none = {{"cells", json::object()}};
  return none;
}

// "type value format" of a cell, or "empty".
std::string cell(const json& sheet, const std::string& reference) {
  const json& cells = sheet.at("cells");
  if (!cells.contains(reference)) return "empty";
  const json& c = cells.at(reference);
  const std::string value =
      c.at("value").is_string() ? c.at("value").get<std::string>() : c.at("value").dump();
  return c.at("type").get<std::string>() + " " + value + " " + c.at("format").get<std::string>();
}

TEST(ListingWorkbook, SeedStudyReadsBackWithTypesFormatsAndFrozenFilteredHeaders) {
  const auto seed = listing::testing::seed_study();
  auto listings = listing::build_investigator_listings(seed.data, seed.protocol, {}, {});
  ASSERT_TRUE(listings);
  const fs::path path = scratch_file("seed.xlsx");
  auto sheets = write_listing_workbook(*listings, path, k_settings);
  ASSERT_TRUE(sheets) << sheets.error().message;
  EXPECT_FALSE(fs::exists(path.string() + ".partial"));
  const json workbook = read_back(path);
  ASSERT_FALSE(workbook.is_null());
  EXPECT_EQ(workbook.at("title"), "Investigator listings: SEED-IVIG-DEMO");

  const std::vector<std::string> names = {"About",  "patients",    "courses",        "infusions",
                                          "visits", "assessments", "adverse events", "queries"};
  ASSERT_EQ(workbook.at("sheets").size(), names.size());
  for (std::size_t i = 0; i < names.size(); ++i) {
    EXPECT_EQ(workbook.at("sheets")[i].at("name"), names[i]);
    EXPECT_EQ((*sheets)[i].name, names[i]);
  }
  const struct {
    const char* sheet;
    const char* autofilter;  // header row + one row per record
  } filters[] = {{"patients", "A1:N13"}, {"courses", "A1:M16"},     {"infusions", "A1:K76"},
                 {"visits", "A1:I65"},   {"assessments", "A1:R65"}, {"adverse events", "A1:K3"},
                 {"queries", "A1:O1"}};
  for (const auto& f : filters) {
    const json& s = sheet(workbook, f.sheet);
    EXPECT_EQ(s.at("frozen"), "A2") << f.sheet;
    EXPECT_EQ(s.at("autofilter"), f.autofilter) << f.sheet;
    EXPECT_TRUE(s.at("cells").at("A1").at("bold")) << f.sheet;
  }

  const json& patients = sheet(workbook, "patients");
  EXPECT_EQ(cell(patients, "A1"), "text patient_id General");
  EXPECT_EQ(cell(patients, "A2"), "text SEED-01 General");
  EXPECT_EQ(cell(patients, "D2"), "number 1949 0");
  EXPECT_EQ(cell(patients, "G2"), "boolean true General");
  EXPECT_EQ(cell(patients, "H2"), "number 36896 yyyy-mm-dd");  // 2001-01-05
  EXPECT_EQ(cell(patients, "I3"), "number 157.5 General");
  EXPECT_EQ(cell(patients, "M2"), "empty");                    // not withdrawn
  EXPECT_EQ(cell(patients, "M4"), "number 37092 yyyy-mm-dd");  // SEED-03 withdrew 2001-07-20
  EXPECT_FALSE(patients.at("cells").at("A2").at("bold"));
  EXPECT_GE(patients.at("widths").at("N").get<double>(), 50.0);  // the long withdrawal reason

  const json& infusions = sheet(workbook, "infusions");
  EXPECT_EQ(cell(infusions, "H2"), "number 0.3854166666666667 hh:mm");  // 09:15 = 555/1440
  EXPECT_EQ(cell(infusions, "K2"), "number 85.7 General");

  const json& events = sheet(workbook, "adverse events");
  EXPECT_EQ(cell(events, "D2"), "text asymptomatic myocardial infarction General");
  EXPECT_EQ(cell(events, "E2"), "number 37149 yyyy-mm-dd");  // 2001-09-15
  EXPECT_EQ(cell(events, "H2"), "boolean true General");
  EXPECT_EQ(cell(events, "H3"), "boolean false General");

  const json& about = sheet(workbook, "About");
  EXPECT_EQ(cell(about, "A1"), "text myoivig investigator listings: SEED-IVIG-DEMO General");
  EXPECT_EQ(cell(about, "A2"),
            "text SYNTHETIC DATA: invented patients, no real patient data General");
  EXPECT_EQ(cell(about, "B10"), "text 2026-11-25T10:00:00Z General");
  EXPECT_EQ(cell(about, "A16"), "text infusions General");
  EXPECT_EQ(cell(about, "C16"), "number 75 General");
  fs::remove_all(path.parent_path());
}

TEST(ListingWorkbook, BlindedTrialAboutSheetSaysTheArmIsWithheld) {
  const auto rct = listing::testing::rct_study();
  const struct {
    bool unblinded;
    const char* arm_line;
    const char* patients_filter;
  } cases[] = {
      {false, "WITHHELD: blinded randomised study", "A1:P96"},
      {true, "shown (patients: arm", "A1:Q96"},
  };
  for (const auto& c : cases) {
    auto listings = listing::build_investigator_listings(rct.data, rct.protocol, {}, {c.unblinded});
    ASSERT_TRUE(listings);
    const fs::path path = scratch_file("rct.xlsx");
    ASSERT_TRUE(write_listing_workbook(*listings, path, k_settings));
    const json workbook = read_back(path);
    ASSERT_FALSE(workbook.is_null());
    const json& about = sheet(workbook, "About");
    EXPECT_EQ(cell(about, "A9"), "text Arm General");
    EXPECT_NE(cell(about, "B9").find(c.arm_line), std::string::npos) << cell(about, "B9");
    EXPECT_EQ(sheet(workbook, "patients").at("autofilter"), c.patients_filter);
    EXPECT_EQ(sheet(workbook, "infusions").at("autofilter"), "A1:L4561");
    fs::remove_all(path.parent_path());
  }
}

listing::InvestigatorListings one_listing(std::size_t rows, std::string text) {
  listing::InvestigatorListings listings;
  listings.study_id = "TEST";
  listing::Listing table;
  table.sheet = "adverse events";
  table.file_stem = "adverse_events";
  table.columns = {{"patient_id", listing::ColumnType::text, ""},
                   {"term", listing::ColumnType::text, ""}};
  table.rows = rows;
  table.fill = [text](std::size_t row, std::vector<listing::Cell>& cells) {
    cells[0] = listing::text_cell("P-" + std::to_string(row + 1));
    cells[1] = listing::text_cell(row == 1 ? text : "headache");
  };
  listings.listings.push_back(std::move(table));
  return listings;
}

TEST(ListingWorkbook, LibxlsxwriterErrorsAreReportedAndLeaveNoFile) {
  const fs::path path = scratch_file("bad.xlsx");
  // Excel cells hold at most 32,767 characters.
  auto too_long = write_listing_workbook(one_listing(3, std::string(32768, 'x')), path, k_settings);
  ASSERT_FALSE(too_long);
  EXPECT_EQ(too_long.error().code, util::ErrorCode::invalid_argument);
  EXPECT_EQ(
      too_long.error().message.rfind("XLSX sheet 'adverse events', cell B3 (column 'term'): ", 0),
      0u)
      << too_long.error().message;
  EXPECT_NE(too_long.error().message.find("libxlsxwriter error"), std::string::npos);
  EXPECT_FALSE(fs::exists(path));
  EXPECT_FALSE(fs::exists(path.string() + ".partial"));
  // 32,767 characters still fit.
  EXPECT_TRUE(write_listing_workbook(one_listing(3, std::string(32767, 'x')), path, k_settings));

  auto too_many = write_listing_workbook(one_listing(1048576, "x"), path, k_settings);
  ASSERT_FALSE(too_many);
  EXPECT_EQ(too_many.error().message,
            "XLSX sheet 'adverse events': 1048576 rows do not fit in a worksheet (at most "
            "1048575 below the header)");

  const fs::path nowhere = path.parent_path() / "no-such-folder" / "out.xlsx";
  auto unwritable = write_listing_workbook(one_listing(3, "x"), nowhere, k_settings);
  ASSERT_FALSE(unwritable);
  EXPECT_EQ(unwritable.error().code, util::ErrorCode::io_error);
  EXPECT_EQ(unwritable.error().message.rfind("cannot write '" + nowhere.string() + "': ", 0), 0u)
      << unwritable.error().message;
  fs::remove_all(path.parent_path());
}

}  // namespace
}  // namespace myoivig::io::xlsx
