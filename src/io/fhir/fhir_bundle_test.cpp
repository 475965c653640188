// Structural checks of the FHIR R4 Bundle of the demo studies: resource counts equal the
// source records (counted from the bundles' CSV files: seed 12 patients, 64 CK values, 64
// weights, 12 heights, 75 infusions, 2 adverse events; the trial 95, 829, 274, 95, 4560, 97),
// every reference resolves to a fullUrl of the Bundle, codes and UCUM units, blinding (890
// infusions of blinded courses in the placebo arm, 1830 of blinded courses in all), and
// byte-identical output for the same data.
#include "io/fhir/fhir_bundle.hpp"

#include <map>
#include <set>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "io/listing/listing_test_support.hpp"

namespace myoivig::io::fhir {
namespace {

using nlohmann::json;

struct Exported {
  std::string text;
  json bundle;
  FhirSummary summary;
};

Exported export_bundle(const listing::testing::DemoStudy& study, const FhirOptions& options) {
  std::ostringstream out;
  auto summary = write_fhir_bundle(study.data, study.protocol, options, out);
  EXPECT_TRUE(summary) << (summary ? "" : summary.error().message);
  Exported exported{out.str(), json::parse(out.str()), summary ? *summary : FhirSummary{}};
  return exported;
}

void collect_references(const json& node, std::vector<std::string>& references) {
  if (node.is_object()) {
    for (const auto& [key, value] : node.items()) {
      if (key == "reference") {
        references.push_back(value.get<std::string>());
      } else {
        collect_references(value, references);
      }
    }
  } else if (node.is_array()) {
    for (const json& value : node) collect_references(value, references);
  }
}

std::vector<json> resources(const json& bundle, const std::string& type) {
  std::vector<json> found;
  for (const json& entry : bundle.at("entry")) {
    if (entry.at("resource").at("resourceType") == type) found.push_back(entry.at("resource"));
  }
  return found;
}

std::size_t count_code(const json& bundle, const std::string& type, const std::string& code) {
  std::size_t count = 0;
  for (const json& resource : resources(bundle, type)) {
    if (resource.at("code").at("coding")[0].at("code") == code) ++count;
  }
  return count;
}

TEST(FhirBundle, CountsMatchTheSourceRecordsAndEveryReferenceResolves) {
  const struct {
    listing::testing::DemoStudy study;
    std::map<std::string, std::size_t> counts;
    std::size_t ck, weights, heights, suspects;
  } cases[] = {
      {listing::testing::seed_study(),
       {{"ResearchStudy", 1},
        {"Patient", 12},
        {"ResearchSubject", 12},
        {"Observation", 140},
        {"MedicationAdministration", 75},
        {"AdverseEvent", 2}},
       64,
       64,
       12,
       10},
      {listing::testing::rct_study(),
       {{"ResearchStudy", 1},
        {"Patient", 95},
        {"ResearchSubject", 95},
        {"Observation", 1198},
        {"MedicationAdministration", 4560},
        {"AdverseEvent", 97}},
       829,
       274,
       95,
       485},
  };
  for (const auto& c : cases) {
    const Exported exported = export_bundle(c.study, {});
    const json& bundle = exported.bundle;
    EXPECT_EQ(bundle.at("resourceType"), "Bundle");
    EXPECT_EQ(bundle.at("type"), "collection");
    std::set<std::string> urls;
    std::map<std::string, std::size_t> counts;
    for (const json& entry : bundle.at("entry")) {
      const std::string url = entry.at("fullUrl");
      EXPECT_EQ(url.rfind("urn:uuid:", 0), 0u) << url;
      EXPECT_EQ(url.size(), 45u) << url;
      EXPECT_EQ(url[23], '5') << url;  // version 5 UUID
      EXPECT_TRUE(urls.insert(url).second) << "duplicate " << url;
      ++counts[entry.at("resource").at("resourceType")];
      EXPECT_EQ(entry.at("resource").at("meta").at("security")[0].at("code"), "HTEST");
    }
    EXPECT_EQ(counts, c.counts);
    EXPECT_EQ(exported.summary.entries, bundle.at("entry").size());
    std::map<std::string, std::size_t> summary(exported.summary.counts.begin(),
                                               exported.summary.counts.end());
    EXPECT_EQ(summary, c.counts);
    EXPECT_EQ(count_code(bundle, "Observation", "2157-6"), c.ck);
    EXPECT_EQ(count_code(bundle, "Observation", "29463-7"), c.weights);
    EXPECT_EQ(count_code(bundle, "Observation", "8302-2"), c.heights);

    std::vector<std::string> references;
    collect_references(bundle, references);
    for (const std::string& reference : references) {
      EXPECT_TRUE(urls.count(reference)) << "unresolved " << reference;
    }
    std::size_t suspects = 0;
    for (const json& event : resources(bundle, "AdverseEvent")) {
      for (const json& suspect : event.at("suspectEntity")) {
        const std::string target = suspect.at("instance").at("reference");
        EXPECT_TRUE(urls.count(target));
        ++suspects;
      }
    }
    EXPECT_EQ(suspects, c.suspects);  // the infusions of each event's course
  }
}

TEST(FhirBundle, SeedResourcesCarryTheRequiredCodesAndUnits) {
  const Exported exported = export_bundle(listing::testing::seed_study(), {});
  const json& bundle = exported.bundle;
  const json patient = resources(bundle, "Patient")[0];
  EXPECT_EQ(patient.at("identifier")[0].at("value"), "SEED-01");
  EXPECT_EQ(patient.at("identifier")[0].at("system"), "urn:myoivig:SEED-IVIG-DEMO:patient");
  EXPECT_EQ(patient.at("gender"), "male");
  EXPECT_EQ(patient.at("birthDate"), "1949");
  EXPECT_FALSE(patient.contains("name"));
  EXPECT_EQ(bundle.at("entry")[1].at("fullUrl"), "urn:uuid:8231fd3a-acf8-5510-a16b-e82a14f17b4c");

  const json subject = resources(bundle, "ResearchSubject")[2];  // SEED-03, withdrawn
  EXPECT_EQ(subject.at("status"), "withdrawn");
  EXPECT_EQ(subject.at("period"), json({{"start", "2001-06-04"}, {"end", "2001-07-20"}}));
  EXPECT_EQ(subject.at("assignedArm"), "IVIG");

  const json ck = resources(bundle, "Observation")[12];  // first CK: SEED-01 week -4
  EXPECT_EQ(ck.at("code").at("coding")[0],
            json({{"system", "http://loinc.org"},
                  {"code", "2157-6"},
                  {"display", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma"}}));
  EXPECT_EQ(ck.at("effectiveDateTime"), "2001-02-09");
  EXPECT_EQ(ck.at("valueQuantity"), json({{"value", 1670},
                                          {"unit", "U/L"},
                                          {"system", "http://unitsofmeasure.org"},
                                          {"code", "U/L"}}));
  EXPECT_EQ(ck.at("referenceRange")[0].at("high").at("value"), 200);
  EXPECT_EQ(ck.at("interpretation")[0].at("coding")[0].at("code"), "H");
  const json weight = resources(bundle, "Observation")[13];
  EXPECT_EQ(weight.at("code").at("coding")[0].at("code"), "29463-7");
  EXPECT_EQ(weight.at("valueQuantity").at("value"), 64.2);
  EXPECT_EQ(weight.at("valueQuantity").at("code"), "kg");
  EXPECT_EQ(resources(bundle, "Observation")[0].at("valueQuantity").at("code"), "cm");

  const json infusion = resources(bundle, "MedicationAdministration")[0];
  EXPECT_EQ(infusion.at("status"), "completed");
  EXPECT_EQ(infusion.at("effectivePeriod"), json({{"start", "2001-03-12"}, {"end", "2001-03-12"}}));
  EXPECT_EQ(infusion.at("dosage").at("dose"), json({{"value", 27.5},
                                                    {"unit", "g"},
                                                    {"system", "http://unitsofmeasure.org"},
                                                    {"code", "g"}}));
  EXPECT_EQ(infusion.at("dosage").at("rateQuantity").at("value"), 85.7);
  EXPECT_EQ(infusion.at("dosage").at("rateQuantity").at("code"), "mL/h");
  EXPECT_EQ(infusion.at("dosage").at("route").at("coding")[0].at("code"), "47625008");
  EXPECT_EQ(infusion.at("medicationCodeableConcept").at("coding")[0].at("code"), "J06BA02");
  EXPECT_EQ(infusion.at("medicationCodeableConcept").at("text"), "PEG-IgG 5%");

  const json event = resources(bundle, "AdverseEvent")[0];  // SEED-04 myocardial infarction
  EXPECT_EQ(event.at("actuality"), "actual");
  EXPECT_EQ(event.at("event").at("text"), "asymptomatic myocardial infarction");
  EXPECT_EQ(event.at("date"), "2001-09-15");
  EXPECT_EQ(event.at("seriousness").at("coding")[0].at("code"), "Serious");
  EXPECT_EQ(event.at("seriousness").at("coding")[0].at("system"),
            "http://terminology.hl7.org/CodeSystem/adverse-event-seriousness");
  EXPECT_EQ(event.at("severity").at("coding")[0].at("code"), "moderate");
  EXPECT_EQ(event.at("outcome").at("coding")[0].at("code"), "resolved");
  EXPECT_EQ(event.at("suspectEntity").size(), 5u);
  EXPECT_EQ(
      event.at("suspectEntity")[0].at("causality")[0].at("assessment").at("coding")[0].at("code"),
      "Possible");
  EXPECT_EQ(resources(bundle, "AdverseEvent")[1].at("seriousness").at("coding")[0].at("code"),
            "Non-serious");
}

TEST(FhirBundle, BlindedTrialShowsArmsAndPlaceboOnlyWhenUnblinded) {
  const auto rct = listing::testing::rct_study();
  const struct {
    FhirOptions options;
    const char* arm;
    std::size_t placebo, masked, assigned;
  } cases[] = {
      {{false, std::nullopt}, "withheld", 0, 1830, 0},
      {{true, std::nullopt}, "shown", 890, 0, 95},
  };
  for (const auto& c : cases) {
    const Exported exported = export_bundle(rct, c.options);
    EXPECT_EQ(exported.summary.arm, c.arm);
    std::map<std::string, std::size_t> drugs;
    for (const json& infusion : resources(exported.bundle, "MedicationAdministration")) {
      for (const json& coding : infusion.at("medicationCodeableConcept").at("coding")) {
        if (coding.at("system") == "urn:myoivig:fhir:study-drug") ++drugs[coding.at("code")];
      }
      const bool placebo = infusion.at("medicationCodeableConcept")
                               .at("text")
                               .get<std::string>()
                               .rfind("Placebo", 0) == 0;
      EXPECT_EQ(infusion.at("dosage").contains("dose"), !placebo);
    }
    EXPECT_EQ(drugs["placebo"], c.placebo);
    EXPECT_EQ(drugs["masked"], c.masked);
    EXPECT_EQ(drugs["ivig"], 4560 - c.placebo - c.masked);
    std::size_t assigned = 0;
    for (const json& subject : resources(exported.bundle, "ResearchSubject")) {
      assigned += subject.contains("assignedArm");
    }
    EXPECT_EQ(assigned, c.assigned);
  }
}

TEST(FhirBundle, TwoExportsOfTheSameDataAreIdentical) {
  const auto rct = listing::testing::rct_study();
  EXPECT_EQ(export_bundle(rct, {}).text, export_bundle(rct, {}).text);
  const auto seed = listing::testing::seed_study();
  EXPECT_NE(export_bundle(seed, {}).text, export_bundle(rct, {}).text);
}

TEST(FhirBundle, UtcOffsetAddsTimesOfDay) {
  const auto seed = listing::testing::seed_study();
  const Exported exported = export_bundle(seed, {false, 9 * 60});
  const json infusion = resources(exported.bundle, "MedicationAdministration")[0];
  EXPECT_EQ(infusion.at("effectivePeriod"),
            json({{"start", "2001-03-12T09:15:00+09:00"}, {"end", "2001-03-12T15:40:00+09:00"}}));

  const struct {
    const char* text;
    std::optional<int> minutes;
  } offsets[] = {{"+09:00", 540},
                 {"-05:30", -330},
                 {"+00:00", 0},
                 {"Z", 0},
                 {"+14:00", 840},
                 {"+14:30", std::nullopt},
                 {"09:00", std::nullopt},
                 {"+9:00", std::nullopt},
                 {"+09:60", std::nullopt},
                 {"", std::nullopt}};
  for (const auto& o : offsets) {
    const auto parsed = parse_utc_offset(o.text);
    ASSERT_EQ(parsed.has_value(), o.minutes.has_value()) << o.text;
    if (parsed) {
      EXPECT_EQ(*parsed, *o.minutes) << o.text;
    }
  }
}

}  // namespace
}  // namespace myoivig::io::fhir
