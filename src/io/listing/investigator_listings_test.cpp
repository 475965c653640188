// The investigator listings of the bundled demo studies: which listings, their columns, row
// counts (the bundles' CSV rows) and values checked by hand against the bundle files (e.g.
// SEED-01 day 1: 09:15-15:40 is 385 min, 550 mL / 385 min = 85.7 mL/h; the visit of
// 2001-03-27 is day 16 of a course started 2001-03-12); blinding of the randomised trial.
#include "io/listing/investigator_listings.hpp"

#include <algorithm>

#include <gtest/gtest.h>

#include "io/listing/listing_test_support.hpp"

namespace myoivig::io::listing {
namespace {

using testing::column_names;
using testing::listing_named;
using testing::row_text;
using Names = std::vector<std::string>;

TEST(InvestigatorListings, SeedStudyListingsColumnsAndRows) {
  const auto seed = testing::seed_study();
  auto listings = build_investigator_listings(seed.data, seed.protocol, {}, {});
  ASSERT_TRUE(listings) << listings.error().message;
  EXPECT_EQ(listings->study_id, "SEED-IVIG-DEMO");
  EXPECT_TRUE(listings->synthetic);
  EXPECT_EQ(listings->design, "single arm");
  EXPECT_EQ(listings->arm, ArmVisibility::not_randomised);

  const std::vector<std::pair<std::string, std::size_t>> expected = {
      {"patients", 12},    {"courses", 15},       {"infusions", 75}, {"visits", 64},
      {"assessments", 64}, {"adverse events", 2}, {"queries", 0}};
  ASSERT_EQ(listings->listings.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(listings->listings[i].sheet, expected[i].first);
    EXPECT_EQ(listings->listings[i].rows, expected[i].second) << expected[i].first;
  }

  const Listing& patients = listing_named(*listings, "patients");
  EXPECT_EQ(column_names(patients),
            (Names{"patient_id", "site", "sex", "birth_year", "age_at_enrolment", "diagnosis",
                   "biopsy_proven", "biopsy_date", "height_cm", "enrolment_date", "courses",
                   "infusions", "withdrawal_date", "withdrawal_reason"}));
  EXPECT_EQ(row_text(patients, 0),
            "SEED-01,JP-01,M,1949,52,PM,true,2001-01-05,168,2001-02-09,1,5,,");

  const Listing& courses = listing_named(*listings, "courses");
  EXPECT_EQ(row_text(courses, 0),
            "SEED-01,JP-01,1,seed,PEG-IgG 5%,2001-03-12,64.3,actual,0.4,IVIG,5,137.5,2001-03-16");

  const Listing& infusions = listing_named(*listings, "infusions");
  EXPECT_EQ(column_names(infusions),
            (Names{"patient_id", "site", "course", "day", "date", "dose_g", "volume_ml",
                   "start_time", "end_time", "duration_min", "mean_rate_ml_per_h"}));
  EXPECT_EQ(row_text(infusions, 0), "SEED-01,JP-01,1,1,2001-03-12,27.5,550,09:15,15:40,385,85.7");
  EXPECT_EQ(row_text(infusions, 1), "SEED-01,JP-01,1,2,2001-03-13,27.5,550,09:00,13:40,280,117.9");

  const Listing& visits = listing_named(*listings, "visits");
  EXPECT_EQ(row_text(visits, 0),
            "SEED-01,JP-01,-4,Screening (week -4),2001-02-09,-31,2001-02-12,-3,true");
  EXPECT_EQ(row_text(visits, 2), "SEED-01,JP-01,2,Week 2,2001-03-27,16,2001-03-26,1,true");

  const Listing& assessments = listing_named(*listings, "assessments");
  EXPECT_EQ(column_names(assessments),
            (Names{"patient_id", "site", "week", "visit", "date", "mmt", "adl", "ck_iu_per_l",
                   "ck_uln_iu_per_l", "fatigue_vas_cm", "pain_vas_cm", "physician_global",
                   "weight_kg", "physician_activity_vas_cm", "patient_activity_vas_cm",
                   "extramuscular_vas_cm", "mmt8", "haq_di"}));
  EXPECT_EQ(row_text(assessments, 1),
            "SEED-01,JP-01,0,Baseline,2001-03-12,66,28,1580,200,5.9,4.2,,64.3,,,,,");
  EXPECT_EQ(row_text(assessments, 2),
            "SEED-01,JP-01,2,Week 2,2001-03-27,70,30,1224,200,4.4,3,unchanged,64,,,,,");

  const Listing& events = listing_named(*listings, "adverse events");
  EXPECT_EQ(row_text(events, 0),
            "SEED-04,JP-01,1,asymptomatic myocardial infarction,2001-09-15,2001-10-06,22,true,"
            "moderate,possible,recovered");
  EXPECT_EQ(column_names(listing_named(*listings, "queries")).size(), 15u);
}

TEST(InvestigatorListings, BlindedTrialWithholdsTheArmUnlessUnblinded) {
  const auto rct = testing::rct_study();
  const struct {
    bool unblinded;
    ArmVisibility arm;
    bool arm_column;
    const char* placebo_course;  // RCT-001 (placebo arm) course 1, blinded
    const char* ivig_course;     // RCT-005 (ivig arm) course 1, blinded
  } cases[] = {
      {false, ArmVisibility::withheld, false, "masked", "masked"},
      {true, ArmVisibility::shown, true, "placebo", "IVIG"},
  };
  for (const auto& c : cases) {
    auto listings = build_investigator_listings(rct.data, rct.protocol, {}, {c.unblinded});
    ASSERT_TRUE(listings) << listings.error().message;
    EXPECT_EQ(listings->arm, c.arm);
    EXPECT_EQ(listings->design, "randomised, blinded up to week 16 (2 arms: ivig, placebo)");
    const Listing& patients = listing_named(*listings, "patients");
    const Names names = column_names(patients);
    EXPECT_EQ(std::find(names.begin(), names.end(), "arm") != names.end(), c.arm_column);
    EXPECT_EQ(patients.rows, 95u);
    const Listing& courses = listing_named(*listings, "courses");
    EXPECT_EQ(courses.rows, 912u);
    const Names course_columns = column_names(courses);
    const auto drug = static_cast<std::size_t>(
        std::find(course_columns.begin(), course_columns.end(), "study_drug") -
        course_columns.begin());
    ASSERT_LT(drug, course_columns.size());
    // The study_drug of the patient's course `number`.
    const auto study_drug = [&](const std::string& patient, int number) {
      std::vector<Cell> cells(course_columns.size());
      for (std::size_t row = 0; row < courses.rows; ++row) {
        courses.fill(row, cells);
        if (csv_field(cells[0]) == patient && csv_field(cells[2]) == std::to_string(number)) {
          return csv_field(cells[drug]);
        }
      }
      return std::string("no such course");
    };
    EXPECT_EQ(study_drug("RCT-001", 1), c.placebo_course);
    EXPECT_EQ(study_drug("RCT-001", 10), "IVIG");  // open-label extension
    EXPECT_EQ(study_drug("RCT-005", 1), c.ivig_course);
    EXPECT_EQ(listing_named(*listings, "infusions").rows, 4560u);
    EXPECT_EQ(listing_named(*listings, "adverse events").rows, 97u);
  }
}

TEST(InvestigatorListings, SpecialInterestColumnFollowsTheProtocol) {
  const auto rct = testing::rct_study();
  auto listings = build_investigator_listings(rct.data, rct.protocol, {}, {});
  ASSERT_TRUE(listings);
  const Listing& events = listing_named(*listings, "adverse events");
  EXPECT_EQ(column_names(events).back(), "special_interest");
  EXPECT_EQ(row_text(events, 2),
            "RCT-007,US-01,7,deep vein thrombosis,2017-10-06,2017-12-05,61,true,severe,probable,"
            "recovered,true");
  std::size_t flagged = 0;
  std::vector<Cell> cells(events.columns.size());
  for (std::size_t row = 0; row < events.rows; ++row) {
    events.fill(row, cells);
    if (std::get<bool>(cells.back())) ++flagged;
  }
  EXPECT_EQ(flagged, 6u);  // the 6 thromboembolic terms of adverse_events.csv
}

TEST(InvestigatorListings, QueriesListingShowsEveryFieldWithUtcTimestamps) {
  const auto seed = testing::seed_study();
  store::DataQuery query;
  query.id = 7;
  query.patient_id = "SEED-01";
  query.site = "JP-01";
  query.entity = "assessments";
  query.record_id = 12;
  query.field = "ck_iu_per_l";
  query.text = "CK 1670, please confirm";
  query.status = store::QueryStatus::answered;
  query.raised_by = "monitor";
  query.raised_utc = "2026-11-24T23:50:00.125Z";
  query.answer = "confirmed, \"as measured\"";
  query.answered_by = "nurse";
  query.answered_utc = "2026-11-25T08:00:00Z";
  auto listings = build_investigator_listings(seed.data, seed.protocol, {query}, {});
  ASSERT_TRUE(listings);
  const Listing& listing = listing_named(*listings, "queries");
  ASSERT_EQ(listing.rows, 1u);
  EXPECT_EQ(row_text(listing, 0),
            "7,SEED-01,JP-01,assessments,12,ck_iu_per_l,answered,\"CK 1670, please confirm\","
            "monitor,2026-11-24T23:50:00.125Z,\"confirmed, \"\"as measured\"\"\",nurse,"
            "2026-11-25T08:00:00Z,,");
}

TEST(InvestigatorListings, UtcTimestampsParseOrStayText) {
  const struct {
    const char* text;
    std::optional<int> milliseconds;  // of the day, when it parses
  } cases[] = {
      {"2026-11-24T23:50:00Z", (23 * 60 + 50) * 60000},
      {"2026-11-24T23:50Z", (23 * 60 + 50) * 60000},
      {"2026-11-24T00:00:01.5Z", 1500},
      {"2026-11-24T23:50:00", std::nullopt},   // no Z: local time, not UTC
      {"2026-02-30T10:00:00Z", std::nullopt},  // no such day
      {"2026-11-24T24:00:00Z", std::nullopt},
      {"2026-11-24T10:00:0xZ", std::nullopt},
  };
  for (const auto& c : cases) {
    const auto parsed = parse_utc_timestamp(c.text);
    ASSERT_EQ(parsed.has_value(), c.milliseconds.has_value()) << c.text;
    if (parsed) {
      EXPECT_EQ(parsed->milliseconds_of_day, *c.milliseconds) << c.text;
    }
  }
  EXPECT_EQ(iso(*parse_utc_timestamp("2026-11-24T23:50Z")), "2026-11-24T23:50:00Z");
  EXPECT_EQ(std::get<std::string>(timestamp_cell("yesterday")), "yesterday");
  EXPECT_TRUE(std::holds_alternative<std::monostate>(timestamp_cell("")));
}

TEST(InvestigatorListings, AboutLinesSaySyntheticAndBlinding) {
  const auto rct = testing::rct_study();
  auto listings = build_investigator_listings(rct.data, rct.protocol, {}, {});
  ASSERT_TRUE(listings);
  const auto lines = about_lines(*listings, "2026-11-25T10:00:00Z");
  ASSERT_EQ(lines.size(), 7u);
  EXPECT_EQ(lines[0], (std::pair<std::string, std::string>{"Study", "SYN-RCT-IVIG-2G-N95-S1"}));
  EXPECT_EQ(lines[2].second, "SYNTHETIC: invented patients, no real patient data");
  EXPECT_EQ(lines[5].first, "Arm");
  EXPECT_EQ(lines[5].second.rfind("WITHHELD: blinded randomised study", 0), 0u) << lines[5].second;
  EXPECT_EQ(lines[6].second, "2026-11-25T10:00:00Z");
}

}  // namespace
}  // namespace myoivig::io::listing
