// StudyContext: what every SDTM and ADaM dataset of one study shares, worked out once:
//   - STUDYID: the data set's study id (the bundle manifest's), else the protocol id;
//   - per subject: USUBJID = STUDYID-SITEID-SUBJID, the reference start (RFSTDTC: the
//     randomisation date in a randomised study, else the first infusion, from which the
//     protocol's weeks count), first and last infusion, last contact, planned and actual arm;
//   - the visits of the protocol's schedule: VISITNUM 1, 2, ... in week order, VISIT
//     "SCREENING" (or "SCREENING WEEK -4" when there are several before baseline),
//     "BASELINE", "WEEK 12", and the planned study day (week x 7 + 1; before day 1 week x 7).
// Arms: a single-arm study has one arm "IVIG" (the regimen's description); a randomised one
// the design's arms (ARMCD the upper-case arm id); a patient of a randomised study without
// an allocation is "NOTASSGN", and a patient of an active arm with no infusion "NOTTRT"
// (placebo infusions are not recorded, so a placebo patient's actual arm is the planned).
// Holds pointers into the StudyData and Protocol it was built from, which must outlive it.
// Thread-safety: immutable after construction.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analysis/study_index.hpp"
#include "domain/protocol.hpp"
#include "domain/study_data.hpp"

namespace myoivig::io::cdisc {

struct VisitInfo {
  int week = 0;
  int number = 0;       // VISITNUM
  std::string name;     // VISIT
  int planned_day = 1;  // VISITDY
  bool scheduled = true;
};

struct ArmInfo {
  std::string code;  // ARMCD, e.g. "IVIG", "PLACEBO"
  std::string name;  // ARM
  bool placebo = false;
};

struct SubjectInfo {
  const domain::Patient* patient = nullptr;
  const domain::Allocation* allocation = nullptr;  // randomised studies only
  std::string usubjid;
  std::optional<util::Date> reference_start;  // RFSTDTC
  std::optional<util::Date> first_infusion;   // RFXSTDTC
  std::optional<util::Date> last_infusion;    // RFXENDTC
  std::optional<util::Date> last_contact;     // RFENDTC, RFPENDTC
  ArmInfo planned;
  ArmInfo actual;
  bool treated = false;  // at least one infusion recorded
};

class StudyContext {
 public:
  StudyContext(const domain::StudyData& data, const domain::Protocol& protocol);

  [[nodiscard]] const std::string& study_id() const { return m_study_id; }
  [[nodiscard]] const domain::StudyData& data() const { return *m_data; }
  [[nodiscard]] const domain::Protocol& protocol() const { return *m_protocol; }
  [[nodiscard]] const analysis::StudyIndex& index() const { return m_index; }
  [[nodiscard]] bool randomised() const;

  // Every patient, in the order they were enrolled (added).
  [[nodiscard]] const std::vector<SubjectInfo>& subjects() const { return m_subjects; }
  // The patient's subject; a bare one (USUBJID from the id) for an unknown id.
  [[nodiscard]] const SubjectInfo& subject(std::string_view patient_id) const;
  // The study day of `date` for the patient (empty without a reference start).
  [[nodiscard]] std::optional<int> day(std::string_view patient_id, util::Date date) const;

  // The arms of the design (one for a single-arm study).
  [[nodiscard]] const std::vector<ArmInfo>& arms() const { return m_arms; }
  // The scheduled visits in week order.
  [[nodiscard]] const std::vector<VisitInfo>& visits() const { return m_visits; }
  // The visit of `week`; an unscheduled week gets VISITNUM 1000 + week and its own name.
  [[nodiscard]] VisitInfo visit(int week) const;
  // The patient's visit on `date`, if any.
  [[nodiscard]] std::optional<VisitInfo> visit_on(std::string_view patient_id,
                                                  util::Date date) const;

 private:
  void add_subject(const domain::Patient& patient);

  const domain::StudyData* m_data;
  const domain::Protocol* m_protocol;
  analysis::StudyIndex m_index;
  std::string m_study_id;
  std::vector<ArmInfo> m_arms;
  std::vector<VisitInfo> m_visits;
  std::vector<SubjectInfo> m_subjects;
  std::unordered_map<std::string_view, std::size_t> m_subject_of;
  std::unordered_map<std::string_view, const domain::Allocation*> m_allocation_of;
  std::unordered_map<std::string_view, std::pair<util::Date, util::Date>> m_infusions;
  SubjectInfo m_unknown;
};

// The records of `records` grouped by patient id, each group in the order of `records`.
template <typename Record>
std::unordered_map<std::string_view, std::vector<const Record*>> by_patient(
    const std::vector<Record>& records) {
  std::unordered_map<std::string_view, std::vector<const Record*>> groups;
  for (const Record& record : records) groups[record.patient_id].push_back(&record);
  return groups;
}

// The visit name for `week` given the protocol's schedule (see above).
std::string visit_name(int week, int baseline_week, int weeks_before_baseline);

}  // namespace myoivig::io::cdisc
