// InvestigatorListings: the study's records as the listings an investigator or monitor reads
// (patients, courses, infusions, visits, assessments, adverse events, queries), each a
// io/listing/listing.hpp table whose columns are defined once (listing_tables.hpp) for the
// XLSX workbook and the CSV files alike, plus what the workbook's About sheet and the CSV
// README say about the export.
//
// Blinding: in a blinded randomised study the arm and what masked study drug held (placebo or
// IVIG) are left out unless `unblinded` is asked for; `study_drug` then says "masked".
// Rows come in enrolment order (the order patients were added), then by course and day,
// week, or onset; queries oldest first.
// Thread-safety: the listings read `data` and `protocol`, which must outlive them and not
// change while they are read (the queries are copied).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "domain/protocol.hpp"
#include "domain/study_data.hpp"
#include "io/listing/listing.hpp"
#include "store/data_query.hpp"
#include "util/expected.hpp"

namespace myoivig::io::listing {

struct ListingOptions {
  bool unblinded = false;  // show the arm (and placebo) of a blinded randomised study
};

enum class ArmVisibility {
  not_randomised,  // a single-arm study: no arm column
  shown,           // open-label randomised study, or --unblinded
  withheld,        // blinded randomised study
};

struct InvestigatorListings {
  std::string study_id;  // the data set's id (the bundle manifest's), else the protocol id
  std::string description;
  bool synthetic = false;
  std::string protocol_id;
  std::string protocol_title;
  std::string protocol_version;
  std::string design;  // "single arm", "randomised, blinded (2 arms: ivig, placebo)", ...
  ArmVisibility arm = ArmVisibility::not_randomised;
  std::vector<Listing> listings;  // patients, courses, infusions, visits, assessments,
                                  // adverse events, queries
};

// Builds the listings. Fails when the protocol does not validate.
util::Expected<InvestigatorListings> build_investigator_listings(
    const domain::StudyData& data, const domain::Protocol& protocol,
    const std::vector<store::DataQuery>& queries, const ListingOptions& options);

// The lines the About sheet and README.txt start with, as (label, text): study, description,
// data (SYNTHETIC or not), protocol, design, arm (shown, withheld, or not applicable), and
// exported (`exported_utc` as given, e.g. "2026-11-25T10:00:00Z").
std::vector<std::pair<std::string, std::string>> about_lines(const InvestigatorListings& listings,
                                                             const std::string& exported_utc);

}  // namespace myoivig::io::listing
