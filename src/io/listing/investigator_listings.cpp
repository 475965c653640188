#include "io/listing/investigator_listings.hpp"

#include <memory>

#include "io/listing/listing_tables.hpp"

namespace myoivig::io::listing {
namespace {

std::string design_text(const domain::StudyDesign& design) {
  if (design.kind != domain::DesignKind::randomised) return "single arm";
  std::string arms;
  for (const domain::Arm& arm : design.arms) arms += (arms.empty() ? "" : ", ") + arm.id;
  std::string text = design.blinded ? "randomised, blinded" : "randomised, open label";
  if (design.blinded && design.blinded_until_week) {
    text += " up to week " + std::to_string(*design.blinded_until_week);
  }
  return text + " (" + std::to_string(design.arms.size()) + " arms: " + arms + ")";
}

std::string arm_text(ArmVisibility arm) {
  switch (arm) {
    case ArmVisibility::not_randomised:
      return "not applicable (single-arm study)";
    case ArmVisibility::shown:
      return "shown (patients: arm; courses and infusions: study_drug says IVIG or placebo)";
    case ArmVisibility::withheld:
      return "WITHHELD: blinded randomised study; study_drug of masked courses says 'masked' "
             "(export with --unblinded to show the arm)";
  }
  return {};
}

}  // namespace

util::Expected<InvestigatorListings> build_investigator_listings(
    const domain::StudyData& data, const domain::Protocol& protocol,
    const std::vector<store::DataQuery>& queries, const ListingOptions& options) {
  MYOIVIG_TRY(domain::validate(protocol));
  InvestigatorListings listings;
  listings.study_id = data.info.study_id.empty() ? protocol.id : data.info.study_id;
  listings.description = data.info.description;
  listings.synthetic = data.info.synthetic;
  listings.protocol_id = protocol.id;
  listings.protocol_title = protocol.title;
  listings.protocol_version = protocol.version;
  listings.design = design_text(protocol.design);
  const bool randomised = protocol.design.kind == domain::DesignKind::randomised;
  listings.arm = !randomised                                     ? ArmVisibility::not_randomised
                 : protocol.design.blinded && !options.unblinded ? ArmVisibility::withheld
                                                                 : ArmVisibility::shown;
  const auto context =
      std::make_shared<const ListingContext>(data, protocol, listings.arm == ArmVisibility::shown);
  listings.listings.push_back(patients_listing(context));
  listings.listings.push_back(courses_listing(context));
  listings.listings.push_back(infusions_listing(context));
  listings.listings.push_back(visits_listing(context));
  listings.listings.push_back(assessments_listing(context));
  listings.listings.push_back(adverse_events_listing(context));
  listings.listings.push_back(queries_listing(queries));
  return listings;
}

std::vector<std::pair<std::string, std::string>> about_lines(const InvestigatorListings& listings,
                                                             const std::string& exported_utc) {
  std::string protocol = listings.protocol_id;
  if (!listings.protocol_title.empty()) protocol += ": " + listings.protocol_title;
  if (!listings.protocol_version.empty())
    protocol += " (version " + listings.protocol_version + ")";
  return {
      {"Study", listings.study_id},
      {"Description", listings.description},
      {"Data", listings.synthetic
                   ? "SYNTHETIC: invented patients, no real patient data"
                   : "study data: pseudonymised patient records, handle as confidential"},
      {"Protocol", protocol},
      {"Design", listings.design},
      {"Arm", arm_text(listings.arm)},
      {"Exported", exported_utc},
  };
}

}  // namespace myoivig::io::listing
