// End-to-end tests of `myoivig export sdtm|adam` through the real binary on the bundled seed
// study and randomised trial: the files written, the JSON summary (row counts from the
// bundles' CSV rows), CSV output, help, and exit status 2 with the dataset and variable named
// (and nothing written) for a value SAS transport cannot hold.
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/command_runner_test_support.hpp"

namespace myoivig::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::quoted;
using testing::read_text;
using testing::run_myoivig;
using testing::ScratchDir;

const fs::path k_source = MYOIVIG_SOURCE_DIR;

// A study database of `bundle` (a folder) under `protocol`, in `scratch`.
fs::path study_db(const fs::path& scratch, const std::string& protocol, const fs::path& bundle) {
  const fs::path db = scratch / "study.db";
  EXPECT_EQ(run_myoivig("init --protocol " + quoted(k_source / "protocols" / protocol) + " --db " +
                            quoted(db),
                        scratch)
                .exit_status,
            0);
  const auto loaded = run_myoivig("load --db " + quoted(db) + " " + quoted(bundle), scratch);
  EXPECT_EQ(loaded.exit_status, 0) << loaded.err;
  return db;
}

struct ExportCase {
  const char* protocol;
  const char* bundle;
  const char* command;
  std::vector<std::pair<std::string, int>> rows;  // dataset, rows
};

TEST(ExportCommand, WritesEveryDatasetAndDefineXmlAndSummarisesThemInJson) {
  const std::vector<ExportCase> cases = {
      {"seed-ivig.toml",
       "seed-study",
       "sdtm",
       {{"DM", 12},
        {"SV", 64},
        {"EX", 75},
        {"CM", 34},
        {"AE", 2},
        {"LB", 64},
        {"VS", 76},
        {"QS", 272},
        {"TA", 2},
        {"TE", 2},
        {"TV", 6}}},
      {"seed-ivig.toml", "seed-study", "adam", {{"ADSL", 12}, {"ADEFF", 296}, {"ADAE", 2}}},
      // rct-trial: 95 patients, 829 visits, 4560 infusions, 74 dose periods, 97 events, 829 CK,
      // 274 weights + 95 heights, 4145 core set values; TA: 2 arms x 3 elements.
      {"rct-ivig-2g.toml",
       "rct-trial",
       "sdtm",
       {{"DM", 95},
        {"SV", 829},
        {"EX", 4560},
        {"CM", 74},
        {"AE", 97},
        {"LB", 829},
        {"VS", 369},
        {"QS", 4145},
        {"TA", 6},
        {"TE", 4},
        {"TV", 9}}},
  };
  for (const ExportCase& c : cases) {
    ScratchDir scratch(std::string("export-") + c.command);
    const fs::path db = study_db(scratch.path(), c.protocol, k_source / "data/demo" / c.bundle);
    const auto result = run_myoivig(
        std::string("export ") + c.command + " --db " + quoted(db) + " --out out --json",
        scratch.path());
    ASSERT_EQ(result.exit_status, 0) << result.err;
    const json summary = json::parse(result.out);
    EXPECT_EQ(summary.at("command"), std::string("export ") + c.command);
    EXPECT_EQ(summary.at("format"), "xpt");
    EXPECT_EQ(summary.at("synthetic"), true);
    EXPECT_EQ(summary.at("define"), "out/define.xml");
    ASSERT_EQ(summary.at("datasets").size(), c.rows.size()) << c.bundle << " " << c.command;
    int total = 0;
    for (std::size_t i = 0; i < c.rows.size(); ++i) {
      const json& dataset = summary.at("datasets")[i];
      EXPECT_EQ(dataset.at("name"), c.rows[i].first);
      EXPECT_EQ(dataset.at("rows"), c.rows[i].second) << c.rows[i].first;
      const std::string file = dataset.at("file");
      EXPECT_TRUE(fs::exists(scratch.path() / file)) << file;
      total += c.rows[i].second;
    }
    EXPECT_EQ(summary.at("rows"), total);
    EXPECT_TRUE(fs::exists(scratch.path() / "out/define.xml"));
  }
}

TEST(ExportCommand, CsvFormatAndHumanOutput) {
  ScratchDir scratch("export-csv");
  const fs::path db = study_db(scratch.path(), "seed-ivig.toml", k_source / "data/demo/seed-study");
  const auto result =
      run_myoivig("export adam --db " + quoted(db) + " --out csv --format csv", scratch.path());
  ASSERT_EQ(result.exit_status, 0) << result.err;
  EXPECT_NE(result.out.find("ADaM export of SEED-IVIG-DEMO (protocol SEED-IVIG-2003) as CSV"),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("ADSL            12        28  csv/adsl.csv"), std::string::npos)
      << result.out;
  const std::string adae = read_text(scratch.path() / "csv/adae.csv");
  EXPECT_NE(adae.find(",2001-09-15,2001-10-06,6,27,22,DAYS,MODERATE,Y,POSSIBLY RELATED,"),
            std::string::npos)
      << adae;
}

TEST(ExportCommand, HelpAndUsageErrors) {
  ScratchDir scratch("export-usage");
  for (const char* command : {"export --help", "export sdtm --help", "export adam --help"}) {
    const auto help = run_myoivig(command, scratch.path());
    EXPECT_EQ(help.exit_status, 0) << command;
  }
  EXPECT_NE(run_myoivig("export sdtm --help", scratch.path()).out.find("--format"),
            std::string::npos);
  EXPECT_EQ(run_myoivig("export", scratch.path()).exit_status, 2);
  EXPECT_EQ(run_myoivig("export sdtm --out x", scratch.path()).exit_status, 2);  // no --db
  EXPECT_EQ(run_myoivig("export sdtm --db x.db --out x --format sas", scratch.path()).exit_status,
            2);
  const auto missing = run_myoivig("export adam --db nowhere.db --out x", scratch.path());
  EXPECT_EQ(missing.exit_status, 2);
  EXPECT_NE(missing.err.find("myoivig export adam: "), std::string::npos) << missing.err;
  EXPECT_FALSE(fs::exists(scratch.path() / "x"));
}

TEST(ExportCommand, AValueXptCannotHoldExitsWithTwoNamingDatasetAndVariable) {
  ScratchDir scratch("export-limit");
  const fs::path bundle = scratch.path() / "bundle";
  fs::copy(k_source / "data/demo/seed-study", bundle, fs::copy_options::recursive);
  std::string events = read_text(bundle / "adverse_events.csv");
  const std::string term = "blood urea nitrogen increased";
  events.replace(events.find(term), term.size(), term + std::string(180, 'x'));
  std::ofstream(bundle / "adverse_events.csv") << events;
  const fs::path db = study_db(scratch.path(), "seed-ivig.toml", bundle);
  const auto result = run_myoivig("export sdtm --db " + quoted(db) + " --out out", scratch.path());
  EXPECT_EQ(result.exit_status, 2);
  EXPECT_NE(result.err.find("myoivig export sdtm: XPT dataset 'AE', variable 'AETERM': character "
                            "length 209 is outside 1-200"),
            std::string::npos)
      << result.err;
  EXPECT_FALSE(fs::exists(scratch.path() / "out"));
  // The same data go to CSV, which has no such limit.
  EXPECT_EQ(
      run_myoivig("export sdtm --db " + quoted(db) + " --out out --format csv", scratch.path())
          .exit_status,
      0);
}

}  // namespace
}  // namespace myoivig::cli
