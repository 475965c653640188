// SV (visits done) and the trial design domains TE (elements), TA (arms) and TV (visits),
// from the protocol: a screening element, then the arm's treatment (a single-arm study's
// regimen, or each randomised arm up to the end of blinding), then open-label IVIG when the
// design has an open-label extension.
#include <algorithm>
#include <utility>

#include "io/cdisc/sdtm_columns.hpp"
#include "io/cdisc/sdtm_domains.hpp"

namespace myoivig::io::cdisc {
namespace {

constexpr std::size_t k_max_element_code_length = 8;

struct Element {
  std::string code;
  std::string name;
  std::string start_rule;
  std::string end_rule;
  std::string duration;  // ISO 8601, e.g. "P16W"
  std::string epoch;
};

int last_week(const StudyContext& context) {
  return context.visits().empty() ? 0 : context.visits().back().week;
}
int first_week(const StudyContext& context) {
  return context.visits().empty() ? 0 : context.visits().front().week;
}

std::optional<int> open_label_from(const StudyContext& context) {
  const auto& until = context.protocol().design.blinded_until_week;
  if (!context.randomised() || !until || *until >= last_week(context)) return std::nullopt;
  return until;
}

Element screening(const StudyContext& context) {
  const int weeks = -first_week(context);
  return {"SCRN",
          "Screening",
          "Enrolment (informed consent)",
          context.randomised() ? "Randomisation" : "First infusion of course 1",
          weeks > 0 ? "P" + std::to_string(weeks) + "W" : "",
          "SCREENING"};
}

Element treatment(const StudyContext& context, const ArmInfo& arm) {
  const auto open_label = open_label_from(context);
  const int end = open_label ? *open_label : last_week(context);
  std::string code = arm.code.substr(0, k_max_element_code_length);
  return {code,
          arm.name,
          context.randomised() ? "Randomisation" : "First infusion of course 1",
          open_label ? "Week " + std::to_string(end) + " visit (end of blinding)"
                     : "Week " + std::to_string(end) + " visit (end of follow-up)",
          "P" + std::to_string(end) + "W",
          open_label ? "BLINDED TREATMENT" : "TREATMENT"};
}

Element open_label_element(const StudyContext& context) {
  const int start = *open_label_from(context);
  const int end = last_week(context);
  return {"OLE",
          "Open-label IVIG",
          "Week " + std::to_string(start) + " visit",
          "Week " + std::to_string(end) + " visit (end of follow-up)",
          "P" + std::to_string(end - start) + "W",
          "OPEN LABEL TREATMENT"};
}

ColumnSpec protocol_column(std::string name, std::string label, xpt::VariableType type = k_char,
                           bool codelist = false) {
  return {std::move(name), std::move(label), type, Origin::protocol, "", codelist};
}

std::vector<ColumnSpec> design_identifiers() {
  return {identifier_columns()[0], identifier_columns()[1]};
}

}  // namespace

CdiscDataset build_sv(const StudyContext& context) {
  std::vector<ColumnSpec> columns = identifier_columns();
  const auto visits = visit_columns();
  columns.insert(columns.end(), visits.begin(), visits.end());
  columns.push_back(date_column("SVSTDTC", "Start Date/Time of Visit"));
  columns.push_back(date_column("SVENDTC", "End Date/Time of Visit"));
  columns.push_back(day_column("SVSTDY", "Study Day of Start of Visit"));
  columns.push_back(day_column("SVENDY", "Study Day of End of Visit"));
  CdiscDataset sv = make_dataset(Standard::sdtm, "SV", "Subject Visits", "SPECIAL PURPOSE",
                                 "One record per subject per actual visit",
                                 {"STUDYID", "USUBJID", "VISITNUM"}, std::move(columns));
  for (const SubjectInfo& subject : context.subjects()) {
    const std::string& id = subject.patient->id;
    std::vector<const domain::Visit*> visits_done = context.index().records(id).visits;
    std::stable_sort(
        visits_done.begin(), visits_done.end(),
        [](const domain::Visit* a, const domain::Visit* b) { return a->week < b->week; });
    for (const domain::Visit* visit : visits_done) {
      xpt::Row row;
      add_identifiers(row, context, "SV", subject);
      add_visit(row, context.visit(visit->week));
      row.push_back(iso_date(visit->date));
      row.push_back(iso_date(visit->date));
      row.push_back(day_cell(context, id, visit->date));
      row.push_back(day_cell(context, id, visit->date));
      sv.data.rows.push_back(std::move(row));
    }
  }
  finish(sv);
  return sv;
}

CdiscDataset build_te(const StudyContext& context) {
  std::vector<ColumnSpec> columns = design_identifiers();
  columns.push_back(protocol_column("ETCD", "Element Code", k_char, true));
  columns.push_back(protocol_column("ELEMENT", "Description of Element"));
  columns.push_back(protocol_column("TESTRL", "Rule for Start of Element"));
  columns.push_back(protocol_column("TEENRL", "Rule for End of Element"));
  columns.push_back(protocol_column("TEDUR", "Planned Duration of Element"));
  CdiscDataset te =
      make_dataset(Standard::sdtm, "TE", "Trial Elements", "TRIAL DESIGN",
                   "One record per planned Element", {"STUDYID", "ETCD"}, std::move(columns));
  std::vector<Element> elements = {screening(context)};
  for (const ArmInfo& arm : context.arms()) elements.push_back(treatment(context, arm));
  if (open_label_from(context)) elements.push_back(open_label_element(context));
  for (const Element& element : elements) {
    te.data.rows.push_back({xpt::text(context.study_id()), xpt::text("TE"), xpt::text(element.code),
                            xpt::text(element.name), xpt::text(element.start_rule),
                            xpt::text(element.end_rule), xpt::text(element.duration)});
  }
  finish(te);
  return te;
}

CdiscDataset build_ta(const StudyContext& context) {
  std::vector<ColumnSpec> columns = design_identifiers();
  columns.push_back(protocol_column("ARMCD", "Planned Arm Code", k_char, true));
  columns.push_back(protocol_column("ARM", "Description of Planned Arm"));
  columns.push_back(protocol_column("TAETORD", "Planned Order of Element within Arm", k_num));
  columns.push_back(protocol_column("ETCD", "Element Code", k_char, true));
  columns.push_back(protocol_column("ELEMENT", "Description of Element"));
  columns.push_back(protocol_column("TABRANCH", "Branch"));
  columns.push_back(protocol_column("TATRANS", "Transition Rule"));
  columns.push_back(protocol_column("EPOCH", "Epoch", k_char, true));
  CdiscDataset ta = make_dataset(Standard::sdtm, "TA", "Trial Arms", "TRIAL DESIGN",
                                 "One record per planned Element per Arm",
                                 {"STUDYID", "ARMCD", "TAETORD"}, std::move(columns));
  const auto& crossover = context.protocol().design.crossover;
  for (const ArmInfo& arm : context.arms()) {
    std::vector<Element> elements = {screening(context), treatment(context, arm)};
    if (open_label_from(context)) elements.push_back(open_label_element(context));
    for (std::size_t order = 0; order < elements.size(); ++order) {
      const Element& element = elements[order];
      std::string branch;
      if (order == 0 && context.randomised()) branch = "Randomised to " + arm.name;
      std::string transition;
      if (order == 1 && crossover && upper(crossover->from_arm) == arm.code) {
        transition = "Confirmed deterioration: switch to " + upper(crossover->to_arm);
      }
      ta.data.rows.push_back({xpt::text(context.study_id()), xpt::text("TA"), xpt::text(arm.code),
                              xpt::text(arm.name), xpt::number(static_cast<double>(order + 1)),
                              xpt::text(element.code), xpt::text(element.name), xpt::text(branch),
                              xpt::text(transition), xpt::text(element.epoch)});
    }
  }
  finish(ta);
  return ta;
}

CdiscDataset build_tv(const StudyContext& context) {
  std::vector<ColumnSpec> columns = design_identifiers();
  for (const ColumnSpec& column : visit_columns()) columns.push_back(column);
  columns.push_back(protocol_column("ARMCD", "Planned Arm Code", k_char, true));
  columns.push_back(protocol_column("TVSTRL", "Visit Start Rule"));
  columns.push_back(protocol_column("TVENRL", "Visit End Rule"));
  CdiscDataset tv = make_dataset(Standard::sdtm, "TV", "Trial Visits", "TRIAL DESIGN",
                                 "One record per planned Visit per Arm",
                                 {"STUDYID", "VISITNUM", "ARMCD"}, std::move(columns));
  for (const VisitInfo& visit : context.visits()) {
    const domain::ScheduledVisit* planned = context.protocol().visit(visit.week);
    const int before = planned ? planned->window_before_days : 0;
    const int after = planned ? planned->window_after_days : 0;
    tv.data.rows.push_back({xpt::text(context.study_id()), xpt::text("TV"),
                            xpt::number(visit.number), xpt::text(visit.name),
                            xpt::number(visit.planned_day), xpt::text(""),
                            xpt::text("Study day " + std::to_string(visit.planned_day) + " minus " +
                                      std::to_string(before) + " days"),
                            xpt::text("Study day " + std::to_string(visit.planned_day) + " plus " +
                                      std::to_string(after) + " days")});
  }
  finish(tv);
  return tv;
}

}  // namespace myoivig::io::cdisc
