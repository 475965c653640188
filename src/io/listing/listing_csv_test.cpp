// CSV of the investigator listings: every cell type's text, RFC 4180 quoting with CRLF line
// ends, the seed study's adverse events file in full (checked against
// data/demo/seed-study/adverse_events.csv), README.txt, and the files written into a folder.
#include "io/listing/listing_csv.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <unistd.h>

#include "io/listing/listing_test_support.hpp"

namespace myoivig::io::listing {
namespace {

namespace fs = std::filesystem;

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(ListingCsv, EveryCellTypeHasOneText) {
  const struct {
    Cell cell;
    const char* text;
  } cases[] = {
      {Cell(), ""},
      {text_cell("plain"), "plain"},
      {text_cell("a, b"), "\"a, b\""},
      {text_cell("say \"no\""), "\"say \"\"no\"\"\""},
      {text_cell("two\nlines"), "\"two\nlines\""},
      {text_cell("Übelkeit"), "Übelkeit"},
      {integer_cell(-31), "-31"},
      {number_cell(64.3), "64.3"},
      {number_cell(0.1 + 0.2), "0.30000000000000004"},  // shortest text that reads back exactly
      {mm_as_cm_cell(59), "5.9"},
      {mm_as_cm_cell(50), "5"},
      {date_cell(*util::Date::from_ymd(2001, 3, 12)), "2001-03-12"},
      {time_cell(util::TimeOfDay::from_minutes(9 * 60 + 5)), "09:05"},
      {timestamp_cell("2026-11-24T23:50:00Z"), "2026-11-24T23:50:00Z"},
      {boolean_cell(true), "true"},
      {boolean_cell(false), "false"},
      {integer_cell(std::nullopt), ""},
  };
  for (const auto& c : cases) EXPECT_EQ(csv_field(c.cell), c.text) << c.text;
}

TEST(ListingCsv, SeedAdverseEventsFileInFull) {
  const auto seed = testing::seed_study();
  auto listings = build_investigator_listings(seed.data, seed.protocol, {}, {});
  ASSERT_TRUE(listings);
  EXPECT_EQ(listing_csv_text(testing::listing_named(*listings, "adverse events")),
            "patient_id,site,course,term,onset_date,end_date,duration_days,serious,severity,"
            "relatedness,outcome\r\n"
            "SEED-04,JP-01,1,asymptomatic myocardial infarction,2001-09-15,2001-10-06,22,true,"
            "moderate,possible,recovered\r\n"
            "SEED-05,JP-02,2,blood urea nitrogen increased,2001-12-16,2001-12-25,10,false,mild,"
            "probable,recovered\r\n");
  // A listing without rows is its header alone.
  EXPECT_EQ(listing_csv_text(testing::listing_named(*listings, "queries")),
            "query_id,patient_id,site,entity,record_id,field,status,question,raised_by,raised_utc,"
            "answer,answered_by,answered_utc,closed_by,closed_utc\r\n");
}

TEST(ListingCsv, WritesEveryListingAndAReadme) {
  const auto seed = testing::seed_study();
  auto listings = build_investigator_listings(seed.data, seed.protocol, {}, {});
  ASSERT_TRUE(listings);
  const fs::path folder =
      fs::temp_directory_path() / ("myoivig-listing-csv-" + std::to_string(::getpid())) / "out";
  fs::remove_all(folder.parent_path());
  auto written = write_listing_csv(*listings, folder, "2026-11-25T10:00:00Z");
  ASSERT_TRUE(written) << written.error().message;
  const std::vector<std::pair<std::string, std::size_t>> expected = {
      {"patients.csv", 12},    {"courses.csv", 15},       {"infusions.csv", 75}, {"visits.csv", 64},
      {"assessments.csv", 64}, {"adverse_events.csv", 2}, {"queries.csv", 0},    {"README.txt", 0}};
  ASSERT_EQ(written->size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ((*written)[i].path, folder / expected[i].first);
    EXPECT_EQ((*written)[i].rows, expected[i].second);
    const std::string text = read_text(folder / expected[i].first);
    if (i + 1 < expected.size()) {
      // header + rows, each ending in CRLF (no field of the seed study holds a line break)
      std::size_t lines = 0;
      for (std::size_t at = text.find("\r\n"); at != std::string::npos;
           at = text.find("\r\n", at + 2)) {
        ++lines;
      }
      EXPECT_EQ(lines, expected[i].second + 1) << expected[i].first;
    }
  }
  const std::string readme = read_text(folder / "README.txt");
  EXPECT_NE(readme.find("Study:       SEED-IVIG-DEMO\n"), std::string::npos) << readme;
  EXPECT_NE(readme.find("Data:        SYNTHETIC: invented patients, no real patient data\n"),
            std::string::npos);
  EXPECT_NE(readme.find("Exported:    2026-11-25T10:00:00Z\n"), std::string::npos);
  EXPECT_NE(readme.find("infusions.csv (75 rows): One row per infusion day\n"), std::string::npos);
  EXPECT_NE(readme.find("  mean_rate_ml_per_h  number     Volume over duration, mL/h (one "
                        "decimal)\n"),
            std::string::npos)
      << readme;
  fs::remove_all(folder.parent_path());
}

TEST(ListingCsv, AFolderThatCannotBeMadeIsAnIoError) {
  const auto seed = testing::seed_study();
  auto listings = build_investigator_listings(seed.data, seed.protocol, {}, {});
  ASSERT_TRUE(listings);
  const fs::path file =
      fs::temp_directory_path() / ("myoivig-listing-file-" + std::to_string(::getpid()));
  std::ofstream(file) << "not a folder";
  auto written = write_listing_csv(*listings, file / "out", "2026-11-25T10:00:00Z");
  ASSERT_FALSE(written);
  EXPECT_EQ(written.error().code, util::ErrorCode::io_error);
  EXPECT_NE(written.error().message.find("cannot create folder '" + (file / "out").string() + "'"),
            std::string::npos)
      << written.error().message;
  fs::remove(file);
}

}  // namespace
}  // namespace myoivig::io::listing
