// ADEFF: the efficacy basic data structure (one record per subject, parameter and visit).
#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

#include "domain/measure.hpp"
#include "io/cdisc/adam_datasets.hpp"
#include "io/cdisc/sdtm_columns.hpp"

namespace myoivig::io::cdisc {
namespace {

constexpr double k_percent = 100.0;
// Changes are rounded to 9 decimals so that binary noise does not show (0.9 - 5.9 cm is
// -5, not -5.000000000000001); recorded values have at most 3 decimals.
constexpr double k_change_scale = 1e9;

struct Parameter {
  domain::Measure measure;
  const char* code;
  const char* name;
};

// Efficacy measures in PARAMN order (body weight is in ADSL and VS, not here).
constexpr std::array<Parameter, 10> k_parameters{{
    {domain::Measure::mmt, "MMTTOT", "MMT Total Score"},
    {domain::Measure::adl, "ADLTOT", "ADL Total Score"},
    {domain::Measure::ck, "CK", "Creatine Kinase (U/L)"},
    {domain::Measure::vas_fatigue, "FATVAS", "Fatigue VAS (cm)"},
    {domain::Measure::vas_pain, "PAINVAS", "Muscle Pain VAS (cm)"},
    {domain::Measure::mmt8, "MMT8TOT", "MMT-8 Total Score"},
    {domain::Measure::physician_activity, "PHGLVAS", "Physician Global Activity VAS (cm)"},
    {domain::Measure::patient_activity, "PTGLVAS", "Patient Global Activity VAS (cm)"},
    {domain::Measure::extramuscular_activity, "EXTRAVAS", "Extramuscular Global Activity VAS (cm)"},
    {domain::Measure::haq, "HAQDI", "HAQ Disability Index"},
}};
constexpr int k_tis_paramn = 20;
constexpr int k_deterioration_paramn = 21;
constexpr int k_responder_paramn = 22;

std::vector<ColumnSpec> adeff_columns() {
  std::vector<ColumnSpec> columns = adam_subject_columns(false);
  const std::vector<ColumnSpec> own = {
      {"PARAMCD", "Parameter Code", k_char, Origin::assigned,
       "Sponsor-defined; as QSTESTCD and LBTESTCD for the measures", true, "PARAM"},
      {"PARAM", "Parameter", k_char, Origin::assigned},
      {"PARAMN", "Parameter (N)", k_num, Origin::assigned, "Order of the parameter"},
      {"AVISIT", "Analysis Visit", k_char, Origin::derived, "SV.VISIT of the visit", true},
      {"AVISITN", "Analysis Visit (N)", k_num, Origin::derived, "The protocol's week"},
      {"ADT", "Analysis Date", k_num, Origin::derived, "The visit date", false, "", "DATE9."},
      {"ADY", "Analysis Relative Day", k_num, Origin::derived, "Study day of ADT"},
      {"AVAL", "Analysis Value", k_num, Origin::derived,
       "The measure in its reporting unit (VAS cm, CK U/L); TIS; 1/0 for a flag parameter"},
      {"AVALC", "Analysis Value (C)", k_char, Origin::derived,
       "Y or N for the responder and deterioration parameters"},
      {"BASE", "Baseline Value", k_num, Origin::derived, "AVAL at the baseline week"},
      {"CHG", "Change from Baseline", k_num, Origin::derived,
       "AVAL - BASE after the baseline week, rounded to 9 decimals"},
      {"PCHG", "Percent Change from Baseline", k_num, Origin::derived,
       "100 x CHG / BASE (missing when BASE is 0)"},
      {"ABLFL", "Baseline Record Flag", k_char, Origin::derived,
       "Y on the record of the protocol's baseline week", true},
      {"DTYPE", "Derivation Type", k_char, Origin::derived,
       "NRI: a responder record imputed as non-response because the TIS at the primary week "
       "is missing (sponsor-defined term)",
       true},
      {"ANL01FL", "Analysis Flag 01", k_char, Origin::derived,
       "Y on the records the protocol's primary analysis uses: endpoint measures at the "
       "baseline and primary weeks for the analysed set (randomised: subjects with both), "
       "TIS, deterioration and responders at the primary week",
       true},
  };
  columns.insert(columns.end(), own.begin(), own.end());
  return columns;
}

struct Record {
  Record(std::string code_, std::string name_, int number_, std::optional<int> week_)
      : code(std::move(code_)), name(std::move(name_)), number(number_), week(week_) {}

  std::string code;
  std::string name;
  int number;
  std::optional<int> week;
  std::optional<util::Date> date;
  std::optional<double> value;
  std::string value_text;
  std::optional<double> base;
  bool baseline = false;
  std::string dtype;
  bool analysis = false;
};

void add_record(CdiscDataset& dataset, const AdamInputs& inputs, const SubjectInfo& subject,
                const Record& record) {
  const StudyContext& context = *inputs.context;
  xpt::Row row;
  row.reserve(dataset.data.variables.size());
  add_subject_cells(row, inputs, subject, false);
  row.push_back(xpt::text(record.code));
  row.push_back(xpt::text(record.name));
  row.push_back(xpt::number(record.number));
  row.push_back(xpt::text(record.week ? context.visit(*record.week).name : ""));
  row.push_back(integer(record.week));
  row.push_back(sas_date(record.date));
  row.push_back(record.date ? day_cell(context, subject.patient->id, *record.date)
                            : xpt::missing());
  row.push_back(xpt::number_or_missing(record.value));
  row.push_back(xpt::text(record.value_text));
  row.push_back(xpt::number_or_missing(record.base));
  std::optional<double> change;
  std::optional<double> percent;
  const int baseline_week = context.protocol().analysis.baseline_week;
  if (record.base && record.value && record.week && *record.week > baseline_week) {
    change = std::round((*record.value - *record.base) * k_change_scale) / k_change_scale;
    if (*record.base != 0) percent = k_percent * *change / *record.base;
  }
  row.push_back(xpt::number_or_missing(change));
  row.push_back(xpt::number_or_missing(percent));
  row.push_back(yes_or_blank(record.baseline));
  row.push_back(xpt::text(record.dtype));
  row.push_back(yes_or_blank(record.analysis));
  dataset.data.rows.push_back(std::move(row));
}

bool is_endpoint(const domain::Protocol& protocol, domain::Measure measure) {
  const auto& endpoints = protocol.analysis.endpoints;
  return std::find(endpoints.begin(), endpoints.end(), measure) != endpoints.end();
}

void add_measures(CdiscDataset& dataset, const AdamInputs& inputs, const SubjectInfo& subject) {
  const StudyContext& context = *inputs.context;
  const domain::AnalysisPlan& plan = context.protocol().analysis;
  const std::string& id = subject.patient->id;
  std::vector<const domain::Assessment*> assessments = context.index().records(id).assessments;
  std::stable_sort(assessments.begin(), assessments.end(),
                   [](const auto* a, const auto* b) { return a->week < b->week; });
  const domain::Assessment* baseline = context.index().assessment(id, plan.baseline_week);
  const domain::Assessment* primary = context.index().assessment(id, plan.primary_week);
  const bool analysed = inputs.analysed.count(id) > 0;
  for (std::size_t p = 0; p < k_parameters.size(); ++p) {
    const Parameter& parameter = k_parameters[p];
    const auto base = baseline ? domain::value_of(*baseline, parameter.measure) : std::nullopt;
    const bool paired = base && primary && domain::value_of(*primary, parameter.measure);
    const bool endpoint = is_endpoint(context.protocol(), parameter.measure);
    for (const domain::Assessment* assessment : assessments) {
      const auto value = domain::value_of(*assessment, parameter.measure);
      if (!value) continue;
      Record record(parameter.code, parameter.name, static_cast<int>(p) + 1, assessment->week);
      record.date = context.index().visit(id, assessment->week)
                        ? std::optional(context.index().visit(id, assessment->week)->date)
                        : std::nullopt;
      record.value = value;
      record.base = base;
      record.baseline = assessment->week == plan.baseline_week;
      const bool analysis_week =
          assessment->week == plan.baseline_week || assessment->week == plan.primary_week;
      record.analysis = analysed && endpoint && analysis_week && paired;
      add_record(dataset, inputs, subject, record);
    }
  }
}

void add_trial_parameters(CdiscDataset& dataset, const AdamInputs& inputs,
                          const SubjectInfo& subject) {
  const auto found = inputs.responses.find(subject.patient->id);
  if (found == inputs.responses.end()) return;
  const analysis::PatientResponse& response = *found->second;
  const StudyContext& context = *inputs.context;
  const domain::AnalysisPlan& plan = context.protocol().analysis;
  const std::string& id = subject.patient->id;
  const auto date_of = [&](int week) {
    const domain::Visit* visit = context.index().visit(id, week);
    return visit ? std::optional(visit->date) : std::nullopt;
  };
  for (const analysis::TisAtWeek& at : response.tis_by_week) {
    if (!at.tis) continue;
    Record tis("TIS", "Total Improvement Score (ACR/EULAR)", k_tis_paramn, at.week);
    tis.date = date_of(at.week);
    tis.value = at.tis;
    tis.analysis = at.week == plan.primary_week;
    add_record(dataset, inputs, subject, tis);
  }
  const domain::ResponsePlan& rules = *plan.response;
  Record deterioration("CDETER",
                       "Confirmed Deterioration up to Week " + std::to_string(plan.primary_week),
                       k_deterioration_paramn, plan.primary_week);
  deterioration.value = response.confirmed_deterioration ? 1 : 0;
  deterioration.value_text = response.confirmed_deterioration ? "Y" : "N";
  deterioration.analysis = true;
  add_record(dataset, inputs, subject, deterioration);

  std::vector<int> thresholds = {rules.threshold};
  thresholds.insert(thresholds.end(), rules.secondary_thresholds.begin(),
                    rules.secondary_thresholds.end());
  for (std::size_t t = 0; t < thresholds.size(); ++t) {
    const int threshold = thresholds[t];
    const bool responds =
        response.tis_at_primary && *response.tis_at_primary >= threshold &&
        !(rules.without_confirmed_deterioration && response.confirmed_deterioration);
    Record responder(
        "RESP" + std::to_string(threshold),
        "TIS >= " + std::to_string(threshold) +
            (rules.without_confirmed_deterioration ? " without confirmed deterioration" : "") +
            " at week " + std::to_string(plan.primary_week),
        k_responder_paramn + static_cast<int>(t), plan.primary_week);
    responder.date = date_of(plan.primary_week);
    responder.value = responds ? 1 : 0;
    responder.value_text = responds ? "Y" : "N";
    responder.dtype = response.tis_at_primary ? "" : "NRI";
    responder.analysis = true;
    add_record(dataset, inputs, subject, responder);
  }
}

}  // namespace

CdiscDataset build_adeff(const AdamInputs& inputs) {
  CdiscDataset adeff =
      make_dataset(Standard::adam, "ADEFF", "Efficacy Analysis Dataset", "BASIC DATA STRUCTURE",
                   "One record per subject per parameter per analysis visit",
                   {"STUDYID", "USUBJID", "PARAMCD", "AVISITN"}, adeff_columns());
  for (const SubjectInfo& subject : inputs.context->subjects()) {
    add_measures(adeff, inputs, subject);
    if (inputs.context->protocol().analysis.response) add_trial_parameters(adeff, inputs, subject);
  }
  finish(adeff);
  return adeff;
}

}  // namespace myoivig::io::cdisc
