// End-to-end tests of `myoivig export xlsx|csv|fhir` through the real binary on the bundled
// seed study and randomised trial: the JSON summaries (row and resource counts from the
// bundles' CSV rows), the files written, a monitor's query in the listings, blinding, help,
// and exit status 2 with the problem named for bad options and unwritable outputs.
#include <filesystem>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/command_runner_test_support.hpp"
#include "store/open_store.hpp"
#include "store/store.hpp"

namespace myoivig::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::quoted;
using testing::read_text;
using testing::run_myoivig;
using testing::ScratchDir;

const fs::path k_source = MYOIVIG_SOURCE_DIR;

fs::path study_db(const fs::path& scratch, const std::string& protocol, const std::string& bundle) {
  const fs::path db = scratch / (bundle + ".db");
  EXPECT_EQ(run_myoivig("init --protocol " + quoted(k_source / "protocols" / protocol) + " --db " +
                            quoted(db),
                        scratch)
                .exit_status,
            0);
  const auto loaded = run_myoivig(
      "load --db " + quoted(db) + " " + quoted(k_source / "data/demo" / bundle), scratch);
  EXPECT_EQ(loaded.exit_status, 0) << loaded.err;
  return db;
}

// Raises a monitor's query about SEED-01's first assessment, as the web application does.
void raise_query(const fs::path& db) {
  auto store = store::open_store(db.string());
  ASSERT_TRUE(store) << store.error().message;
  auto patient = (*store)->read_patient("SEED-01");
  ASSERT_TRUE(patient);
  store::NewQuery query{"SEED-01", "assessments", patient->assessments.front().id, "",
                        "CK 1670, please confirm"};
  auto written = (*store)->write(
      {store::RaiseQuery{query}, {"monitor", "data query", "2026-11-24T23:50:00.125Z"}});
  ASSERT_TRUE(written) << written.error().message;
}

TEST(ExportListingCommand, XlsxSummarisesEverySheetAndWithholdsTheArm) {
  ScratchDir scratch("export-xlsx");
  const fs::path db = study_db(scratch.path(), "rct-ivig-2g.toml", "rct-trial");
  const struct {
    const char* flags;
    const char* arm;
    int patient_columns;
  } cases[] = {{"", "withheld", 16}, {" --unblinded", "shown", 17}};
  for (const auto& c : cases) {
    const auto result = run_myoivig(
        "export xlsx --db " + quoted(db) + " --out trial.xlsx --json" + c.flags, scratch.path());
    ASSERT_EQ(result.exit_status, 0) << result.err;
    const json summary = json::parse(result.out);
    EXPECT_EQ(summary.at("command"), "export xlsx");
    EXPECT_EQ(summary.at("study_id"), "SYN-RCT-IVIG-2G-N95-S1");
    EXPECT_EQ(summary.at("synthetic"), true);
    EXPECT_EQ(summary.at("arm"), c.arm);
    const std::vector<std::pair<std::string, int>> sheets = {
        {"About", 0},    {"patients", 95},     {"courses", 912},       {"infusions", 4560},
        {"visits", 829}, {"assessments", 829}, {"adverse events", 97}, {"queries", 0}};
    ASSERT_EQ(summary.at("sheets").size(), sheets.size());
    for (std::size_t i = 0; i < sheets.size(); ++i) {
      EXPECT_EQ(summary.at("sheets")[i].at("name"), sheets[i].first);
      EXPECT_EQ(summary.at("sheets")[i].at("rows"), sheets[i].second);
    }
    EXPECT_EQ(summary.at("sheets")[1].at("columns"), c.patient_columns);
    EXPECT_EQ(summary.at("rows"), 95 + 912 + 4560 + 829 + 829 + 97);
    EXPECT_TRUE(fs::exists(scratch.path() / "trial.xlsx"));
  }
  const auto text =
      run_myoivig("export xlsx --db " + quoted(db) + " --out trial.xlsx", scratch.path());
  EXPECT_NE(text.out.find("Arm withheld (blinded study; --unblinded shows it)"), std::string::npos)
      << text.out;
  EXPECT_NE(text.out.find("infusions             4560       12"), std::string::npos) << text.out;
}

TEST(ExportListingCommand, CsvWritesTheListingsWithAMonitorsQuery) {
  ScratchDir scratch("export-listing-csv");
  const fs::path db = study_db(scratch.path(), "seed-ivig.toml", "seed-study");
  raise_query(db);
  const auto result =
      run_myoivig("export csv --db " + quoted(db) + " --out listings --json", scratch.path());
  ASSERT_EQ(result.exit_status, 0) << result.err;
  const json summary = json::parse(result.out);
  EXPECT_EQ(summary.at("readme"), "listings/README.txt");
  ASSERT_EQ(summary.at("files").size(), 7u);
  EXPECT_EQ(summary.at("files")[6].at("file"), "listings/queries.csv");
  EXPECT_EQ(summary.at("files")[6].at("rows"), 1);
  EXPECT_EQ(summary.at("rows"), 12 + 15 + 75 + 64 + 64 + 2 + 1);
  const std::string queries = read_text(scratch.path() / "listings/queries.csv");
  EXPECT_NE(queries.find("\r\n1,SEED-01,JP-01,assessments,"), std::string::npos) << queries;
  EXPECT_NE(queries.find(",open,\"CK 1670, please confirm\",monitor,2026-11-24T23:50:00.125Z,,,,,"
                         "\r\n"),
            std::string::npos)
      << queries;
  EXPECT_EQ(read_text(scratch.path() / "listings/adverse_events.csv"),
            "patient_id,site,course,term,onset_date,end_date,duration_days,serious,severity,"
            "relatedness,outcome\r\n"
            "SEED-04,JP-01,1,asymptomatic myocardial infarction,2001-09-15,2001-10-06,22,true,"
            "moderate,possible,recovered\r\n"
            "SEED-05,JP-02,2,blood urea nitrogen increased,2001-12-16,2001-12-25,10,false,mild,"
            "probable,recovered\r\n");
  EXPECT_NE(read_text(scratch.path() / "listings/README.txt").find("Study:       SEED-IVIG-DEMO"),
            std::string::npos);

  // The same query reaches the workbook.
  const auto xlsx =
      run_myoivig("export xlsx --db " + quoted(db) + " --out seed.xlsx --json", scratch.path());
  ASSERT_EQ(xlsx.exit_status, 0) << xlsx.err;
  EXPECT_EQ(json::parse(xlsx.out).at("sheets")[7].at("rows"), 1);
}

TEST(ExportListingCommand, FhirCountsResourcesAndIsReproducible) {
  ScratchDir scratch("export-fhir");
  const fs::path db = study_db(scratch.path(), "seed-ivig.toml", "seed-study");
  const auto result =
      run_myoivig("export fhir --db " + quoted(db) + " --out a.json --json", scratch.path());
  ASSERT_EQ(result.exit_status, 0) << result.err;
  const json summary = json::parse(result.out);
  EXPECT_EQ(summary.at("fhir_version"), "4.0.1");
  EXPECT_EQ(summary.at("arm"), "not_applicable");
  EXPECT_EQ(summary.at("entries"), 242);  // 1 + 12 + 12 + 140 + 75 + 2
  EXPECT_EQ(summary.at("resources"), json::parse(R"({"ResearchStudy": 1, "Patient": 12,
      "ResearchSubject": 12, "Observation": 140, "MedicationAdministration": 75,
      "AdverseEvent": 2})"));
  ASSERT_EQ(
      run_myoivig("export fhir --db " + quoted(db) + " --out b.json", scratch.path()).exit_status,
      0);
  const std::string first = read_text(scratch.path() / "a.json");
  EXPECT_EQ(first, read_text(scratch.path() / "b.json"));
  EXPECT_EQ(json::parse(first).at("entry").size(), 242u);

  ASSERT_EQ(run_myoivig("export fhir --db " + quoted(db) + " --out c.json --utc-offset +09:00",
                        scratch.path())
                .exit_status,
            0);
  EXPECT_NE(read_text(scratch.path() / "c.json").find("\"start\":\"2001-03-12T09:15:00+09:00\""),
            std::string::npos);
}

TEST(ExportListingCommand, HelpAndUsageErrors) {
  ScratchDir scratch("export-listing-usage");
  for (const char* command : {"export xlsx --help", "export csv --help", "export fhir --help"}) {
    const auto help = run_myoivig(command, scratch.path());
    EXPECT_EQ(help.exit_status, 0) << command;
    EXPECT_NE(help.out.find("--unblinded"), std::string::npos) << command;
  }
  EXPECT_NE(run_myoivig("export fhir --help", scratch.path()).out.find("--utc-offset"),
            std::string::npos);
  EXPECT_EQ(run_myoivig("export xlsx --out x.xlsx", scratch.path()).exit_status, 2);  // no --db
  EXPECT_EQ(run_myoivig("export csv --db x.db", scratch.path()).exit_status, 2);      // no --out
  const auto missing = run_myoivig("export fhir --db nowhere.db --out x.json", scratch.path());
  EXPECT_EQ(missing.exit_status, 2);
  EXPECT_NE(missing.err.find("myoivig export fhir: "), std::string::npos) << missing.err;

  const fs::path db = study_db(scratch.path(), "seed-ivig.toml", "seed-study");
  const auto offset = run_myoivig("export fhir --db " + quoted(db) + " --out x.json --utc-offset 9",
                                  scratch.path());
  EXPECT_EQ(offset.exit_status, 2);
  EXPECT_EQ(offset.err,
            "myoivig export fhir: --utc-offset: must be +HH:MM, -HH:MM or Z, got '9'\n");
  EXPECT_FALSE(fs::exists(scratch.path() / "x.json"));
  const auto unwritable = run_myoivig(
      "export xlsx --db " + quoted(db) + " --out no-such-folder/x.xlsx", scratch.path());
  EXPECT_EQ(unwritable.exit_status, 2);
  EXPECT_EQ(unwritable.err,
            "myoivig export xlsx: cannot write 'no-such-folder/x.xlsx': folder 'no-such-folder' "
            "does not exist\n");
}

}  // namespace
}  // namespace myoivig::cli
