// The SDTM domains myoivig exports (shared/specs/interchange.md; SDTM IG conventions), each
// built from a StudyContext. Rows come in subject (enrolment) order, then in the order the
// records were added; --SEQ counts 1, 2, ... within each subject. Dates are ISO 8601 text.
//   DM one record per subject: reference dates, age from the birth year, arms, death.
//   EX one record per infusion (EXTRT the product, EXDOSE g, SOLUTION, INTRAVENOUS, QD).
//   CM one record per prednisolone dose period (mg, QD, ORAL).
//   AE one record per adverse event, AELNKGRP "COURSE n" naming the course (EXLNKGRP).
//   LB CK with its upper limit of normal (LBORNRHI), LBNRIND, LBBLFL at the baseline week.
//   VS WEIGHT (kg) at visits and HEIGHT (cm) at enrolment, VSBLFL at the baseline week.
//   QS sponsor-defined tests (no CDISC supplement covers MMT-8 or these VAS): the seed's MMT
//      and ADL totals, fatigue and pain VAS, physician's global change; the IMACS core set
//      (MMT-8, physician, patient and extramuscular global activity VAS, HAQ-DI); MMT grades
//      by muscle group and side.
//   SV one record per visit done; TA, TE, TV the trial design.
// Thread-safety: pure functions.
#pragma once

#include "io/cdisc/cdisc_dataset.hpp"
#include "io/cdisc/study_context.hpp"

namespace myoivig::io::cdisc {

CdiscDataset build_dm(const StudyContext& context);
CdiscDataset build_ex(const StudyContext& context);
CdiscDataset build_cm(const StudyContext& context);
CdiscDataset build_ae(const StudyContext& context);
CdiscDataset build_lb(const StudyContext& context);
CdiscDataset build_vs(const StudyContext& context);
CdiscDataset build_qs(const StudyContext& context);
CdiscDataset build_sv(const StudyContext& context);
CdiscDataset build_ta(const StudyContext& context);
CdiscDataset build_te(const StudyContext& context);
CdiscDataset build_tv(const StudyContext& context);

// AEREL, AEOUT, AESEV in CDISC controlled terminology.
std::string_view sdtm_relatedness(domain::Relatedness relatedness);
std::string_view sdtm_outcome(domain::AdverseEventOutcome outcome);
std::string_view sdtm_severity(domain::Severity severity);

// ISO 3166 alpha-3 country of a site code starting with an alpha-2 code ("JP-01" -> "JPN"),
// or "" when the prefix is not a country myoivig knows ("EU-01").
std::string country_of_site(std::string_view site);

}  // namespace myoivig::io::cdisc
