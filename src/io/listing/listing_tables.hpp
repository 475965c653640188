// The investigator listings' tables, for io/listing only: ListingContext (the lookups every
// table needs, built once), Field (a column and how to read its cell from a record) and one
// function per table that defines its columns (the one place each listing's columns are
// defined: patient_listings.cpp, visit_listings.cpp, safety_listings.cpp).
// Thread-safety: ListingContext is immutable after construction; the tables read it through
// a shared pointer, and the StudyData it points into must outlive them.
#pragma once

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "domain/protocol.hpp"
#include "domain/study_data.hpp"
#include "io/listing/listing.hpp"
#include "store/data_query.hpp"

namespace myoivig::io::listing {

// What the infusions recorded for one course add up to.
struct CourseTotals {
  int infusions = 0;
  double dose_g = 0;
  std::optional<util::Date> last_infusion;
};

class ListingContext {
 public:
  ListingContext(const domain::StudyData& data, const domain::Protocol& protocol, bool show_arm);

  [[nodiscard]] const domain::StudyData& data() const { return *m_data; }
  [[nodiscard]] const domain::Protocol& protocol() const { return *m_protocol; }
  [[nodiscard]] bool randomised() const;
  [[nodiscard]] bool show_arm() const { return m_show_arm; }

  // The patient's position in enrolment order (unknown ids last) and site ("" if unknown).
  [[nodiscard]] std::size_t order(std::string_view patient_id) const;
  [[nodiscard]] std::string_view site(std::string_view patient_id) const;
  [[nodiscard]] const domain::Allocation* allocation(std::string_view patient_id) const;
  [[nodiscard]] const CourseTotals& totals(std::string_view patient_id, int course) const;
  // The patient's course `number`, or nullptr.
  [[nodiscard]] const domain::Course* course(std::string_view patient_id, int number) const;
  [[nodiscard]] int courses_of(std::string_view patient_id) const;
  [[nodiscard]] int infusions_of(std::string_view patient_id) const;
  [[nodiscard]] const domain::Visit* visit(std::string_view patient_id, int week) const;
  // Day 1 of the protocol's weeks: the randomisation date in a randomised study, else the
  // first infusion.
  [[nodiscard]] std::optional<util::Date> day_one(std::string_view patient_id) const;

  // "IVIG" (open label, or masked drug of an active arm when shown), "placebo" (masked drug
  // of a placebo arm, when shown) or "masked" (blinded and not shown, or no allocation).
  [[nodiscard]] std::string_view study_drug(const domain::Course& course) const;
  // "Screening", "Baseline", "Week 12", "Week 7 (unscheduled)".
  [[nodiscard]] std::string visit_label(int week) const;

 private:
  struct PatientFacts {
    std::size_t order = 0;
    const domain::Patient* patient = nullptr;
    const domain::Allocation* allocation = nullptr;
    std::map<int, CourseTotals> courses;
    std::map<int, const domain::Course*> course_records;
    std::map<int, const domain::Visit*> visits;
    std::optional<util::Date> first_infusion;
    int course_count = 0;
  };
  [[nodiscard]] const PatientFacts* facts(std::string_view patient_id) const;

  const domain::StudyData* m_data;
  const domain::Protocol* m_protocol;
  bool m_show_arm;
  std::unordered_map<std::string_view, PatientFacts> m_patients;
};

using Context = std::shared_ptr<const ListingContext>;

template <typename Record>
struct Field {
  ListingColumn column;
  std::function<Cell(const Record&)> value;
};

// A listing of `rows` (pointers into the context's data) with one column per field.
template <typename Record>
Listing make_listing(std::string sheet, std::string file_stem, std::string title,
                     std::vector<const Record*> rows, std::vector<Field<Record>> fields) {
  Listing listing;
  listing.sheet = std::move(sheet);
  listing.file_stem = std::move(file_stem);
  listing.title = std::move(title);
  for (const Field<Record>& field : fields) listing.columns.push_back(field.column);
  listing.rows = rows.size();
  listing.fill = [rows = std::move(rows), fields = std::move(fields)](std::size_t row,
                                                                      std::vector<Cell>& cells) {
    const Record& record = *rows[row];
    for (std::size_t i = 0; i < fields.size(); ++i) cells[i] = fields[i].value(record);
  };
  return listing;
}

// Pointers to `records` stably sorted by the patient's enrolment order, then by `key`.
template <typename Record, typename Key>
std::vector<const Record*> in_patient_order(const std::vector<Record>& records,
                                            const ListingContext& context, Key key) {
  std::vector<const Record*> rows;
  rows.reserve(records.size());
  for (const Record& record : records) rows.push_back(&record);
  std::stable_sort(rows.begin(), rows.end(), [&](const Record* a, const Record* b) {
    const std::size_t order_a = context.order(a->patient_id);
    const std::size_t order_b = context.order(b->patient_id);
    if (order_a != order_b) return order_a < order_b;
    return key(*a) < key(*b);
  });
  return rows;
}

// The tables (patient_listings.cpp, visit_listings.cpp, safety_listings.cpp).
Listing patients_listing(const Context& context);
Listing courses_listing(const Context& context);
Listing infusions_listing(const Context& context);
Listing visits_listing(const Context& context);
Listing assessments_listing(const Context& context);
Listing adverse_events_listing(const Context& context);
// Keeps its own copy of the queries (a study has few).
Listing queries_listing(std::vector<store::DataQuery> queries);

}  // namespace myoivig::io::listing
