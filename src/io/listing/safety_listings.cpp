// The adverse events and queries listings: their columns, defined once for XLSX and CSV.
#include <memory>

#include "io/listing/listing_tables.hpp"
#include "util/strings.hpp"

namespace myoivig::io::listing {
namespace {

using domain::AdverseEvent;
using store::DataQuery;
using T = ColumnType;

bool special_interest(const domain::SpecialInterest& interest, const AdverseEvent& event) {
  const std::string term = util::to_lower(event.term);
  for (const std::string& candidate : interest.terms) {
    if (util::to_lower(candidate) == term) return true;
  }
  return false;
}

}  // namespace

Listing adverse_events_listing(const Context& context) {
  auto rows =
      in_patient_order(context->data().adverse_events, *context, [](const AdverseEvent& event) {
        return std::make_pair(event.onset_date, event.course_number);
      });
  std::vector<Field<AdverseEvent>> fields = {
      {{"patient_id", T::text, "Study pseudonym of the patient"},
       [](const AdverseEvent& e) { return text_cell(e.patient_id); }},
      {{"site", T::text, "Site code of the patient"},
       [context](const AdverseEvent& e) { return text_cell(context->site(e.patient_id)); }},
      {{"course", T::integer, "The course the event follows"},
       [](const AdverseEvent& e) { return integer_cell(e.course_number); }},
      {{"term", T::text, "Verbatim term as reported (not MedDRA-coded)"},
       [](const AdverseEvent& e) { return text_cell(e.term); }},
      {{"onset_date", T::date, "Date of onset"},
       [](const AdverseEvent& e) { return date_cell(e.onset_date); }},
      {{"end_date", T::date, "Date the event ended (empty: ongoing or unknown)"},
       [](const AdverseEvent& e) { return date_cell(e.end_date); }},
      {{"duration_days", T::integer, "End date minus onset date plus 1, days"},
       [](const AdverseEvent& e) -> Cell {
         if (!e.end_date) return {};
         return integer_cell(e.end_date->days_since(e.onset_date) + 1);
       }},
      {{"serious", T::boolean, "Serious adverse event"},
       [](const AdverseEvent& e) { return boolean_cell(e.serious); }},
      {{"severity", T::text, "mild, moderate or severe"},
       [](const AdverseEvent& e) { return text_cell(domain::code(e.severity)); }},
      {{"relatedness", T::text,
        "Relation to the study drug: not_related, unlikely, possible, probable or definite"},
       [](const AdverseEvent& e) { return text_cell(domain::code(e.relatedness)); }},
      {{"outcome", T::text, "recovered, recovering, not_recovered, sequelae, fatal or unknown"},
       [](const AdverseEvent& e) { return text_cell(domain::code(e.outcome)); }},
  };
  if (const auto& interest = context->protocol().analysis.special_interest) {
    fields.push_back({{"special_interest", T::boolean,
                       "An adverse event of special interest of the protocol (" + interest->label +
                           "), matched by verbatim term ignoring case"},
                      [context](const AdverseEvent& e) {
                        return boolean_cell(
                            special_interest(*context->protocol().analysis.special_interest, e));
                      }});
  }
  return make_listing("adverse events", "adverse_events", "One row per adverse event",
                      std::move(rows), std::move(fields));
}

Listing queries_listing(std::vector<DataQuery> queries) {
  const auto owned = std::make_shared<const std::vector<DataQuery>>(std::move(queries));
  std::vector<const DataQuery*> rows;
  rows.reserve(owned->size());
  for (const DataQuery& query : *owned) rows.push_back(&query);
  std::vector<Field<DataQuery>> fields = {
      {{"query_id", T::integer, "Query number"},
       [](const DataQuery& q) { return integer_cell(q.id); }},
      {{"patient_id", T::text, "Study pseudonym of the patient"},
       [](const DataQuery& q) { return text_cell(q.patient_id); }},
      {{"site", T::text, "Site code of the patient"},
       [](const DataQuery& q) { return text_cell(q.site); }},
      {{"entity", T::text, "Kind of record asked about (assessments, visits, ...)"},
       [](const DataQuery& q) { return text_cell(q.entity); }},
      {{"record_id", T::integer, "Id of the record asked about (as the web application shows)"},
       [](const DataQuery& q) { return integer_cell(q.record_id); }},
      {{"field", T::text, "Field asked about (empty: the whole record)"},
       [](const DataQuery& q) { return text_cell(q.field); }},
      {{"status", T::text, "open, answered or closed"},
       [](const DataQuery& q) { return text_cell(store::code(q.status)); }},
      {{"question", T::text, "The monitor's question"},
       [](const DataQuery& q) { return text_cell(q.text); }},
      {{"raised_by", T::text, "User who raised the query"},
       [](const DataQuery& q) { return text_cell(q.raised_by); }},
      {{"raised_utc", T::timestamp, "When the query was raised, UTC"},
       [](const DataQuery& q) { return timestamp_cell(q.raised_utc); }},
      {{"answer", T::text, "The site's answer"},
       [](const DataQuery& q) { return text_cell(q.answer); }},
      {{"answered_by", T::text, "User who answered"},
       [](const DataQuery& q) { return text_cell(q.answered_by); }},
      {{"answered_utc", T::timestamp, "When the query was answered, UTC"},
       [](const DataQuery& q) { return timestamp_cell(q.answered_utc); }},
      {{"closed_by", T::text, "User who closed the query"},
       [](const DataQuery& q) { return text_cell(q.closed_by); }},
      {{"closed_utc", T::timestamp, "When the query was closed, UTC"},
       [](const DataQuery& q) { return timestamp_cell(q.closed_utc); }},
  };
  Listing listing = make_listing("queries", "queries", "One row per data query raised by a monitor",
                                 std::move(rows), std::move(fields));
  // The rows point into `owned`: the listing keeps it alive.
  listing.fill = [owned, fill = std::move(listing.fill)](
                     std::size_t row, std::vector<Cell>& cells) { fill(row, cells); };
  return listing;
}

}  // namespace myoivig::io::listing
