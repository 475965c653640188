// The course planner: POST /api/v1/patients/{patient}/dose-plan proposes a course for the
// protocol's regimen (the dose planner: dosing weight, vials, rate steps, warnings) without
// saving anything; POST /api/v1/patients/{patient}/courses plans again on the server (a
// client's numbers are never trusted) and, unless the plan is refused, creates the course
// with the plan's dosing weight and dose, storing the plan shown with it
// (course_plan_routes.hpp: read back at .../courses/{course}/plan). GET /api/v1/products
// lists the product table the planner chooses from. Infusions are then logged day by day
// (record_routes.cpp: /infusions).
#include <cmath>

#include "domain/blinded_period.hpp"
#include "domain/dose_plan.hpp"
#include "server/course_plan_routes.hpp"
#include "server/dose_plan_json.hpp"
#include "server/json_form.hpp"
#include "server/permissions.hpp"
#include "server/product_json.hpp"
#include "server/record_validation.hpp"
#include "server/record_writes.hpp"
#include "server/route_support.hpp"
#include "server/routes.hpp"

namespace myoivig::server {
namespace {

constexpr int k_days_per_week = 7;

struct PlannedCourse {
  domain::DoseRequest request;
  std::optional<util::Date> start_date;
  int number = 1;
  bool blinded = false;  // masked study drug (domain::starts_blinded unless the form says)
};

// Reads the planner's form: weight_kg (required), height_cm (default: the patient's),
// weight_policy and product (default: the regimen's), risk_factors (codes), start_date,
// course (default: the next number), blinded (default: masked study drug when the course
// starts in the patient's blinded period).
std::optional<PlannedCourse> read_plan_form(const Call& call, const store::PatientRecords& records,
                                            FieldErrors& errors, Need need_start) {
  const ServerContext& server = call.server;
  const domain::Patient& patient = records.patient.record;
  Form form(call.body, errors);
  PlannedCourse planned;
  domain::DoseRequest& request = planned.request;
  request.weight_kg = form.number("weight_kg", Need::required).value_or(0);
  request.height_cm = form.number("height_cm");
  if (!request.height_cm) request.height_cm = patient.height_cm;
  request.sex = patient.sex;
  planned.start_date = form.date("start_date", need_start);
  request.age_years = patient.age_at(planned.start_date.value_or(server.today()));
  request.regimen = server.protocol.regimen;
  if (auto policy = form.coded("weight_policy", domain::parse_weight_policy)) {
    request.regimen.weight_policy = *policy;
  }
  const std::string product = form.text("product").value_or(server.protocol.regimen.product);
  const int next = static_cast<int>(records.courses.size()) + 1;
  planned.number = form.whole("course").value_or(next);
  const domain::Allocation* allocation = records.allocation ? &records.allocation->record : nullptr;
  planned.blinded = form.flag("blinded").value_or(domain::starts_blinded(
      server.protocol, allocation, planned.start_date.value_or(server.today())));
  if (const nlohmann::json* risks = form.value("risk_factors")) {
    form.mark_read("risk_factors");
    if (!risks->is_array()) {
      errors.add("risk_factors", *risks, "must be a list of risk factor codes");
    } else {
      for (const nlohmann::json& code : *risks) {
        auto factor =
            code.is_string()
                ? domain::parse_risk_factor(code.get<std::string>())
                : util::Expected<domain::RiskFactor>(util::invalid_argument("must be text"));
        if (factor) {
          request.risk_factors.push_back(*factor);
        } else if (!errors.has("risk_factors")) {
          errors.add("risk_factors", code, factor.error().message);
        }
      }
    }
  }
  form.finish({"reason"});
  if (!server.products) {
    errors.add("product", product, "no product table: " + server.products_error);
    return std::nullopt;
  }
  const domain::Product* found = server.products->find(product);
  if (!found) {
    errors.add("product", product, "is not in the product table");
    return std::nullopt;
  }
  request.product = *found;
  request.regimen.product = found->name;
  if (!errors.empty()) return std::nullopt;
  return planned;
}

domain::Course course_of(const PlannedCourse& planned, const domain::DosePlan& plan,
                         const std::string& patient_id) {
  domain::Course course;
  course.patient_id = patient_id;
  course.number = planned.number;
  course.regimen = planned.request.regimen.id;
  course.product = planned.request.product.name;
  course.start_date = planned.start_date.value_or(util::Date());
  course.dosing_weight_kg = plan.weight ? plan.weight->dosing_weight_kg : 0;
  course.weight_policy = planned.request.regimen.weight_policy;
  course.dose_g_per_kg_per_day = plan.dose_g_per_kg_per_day;
  course.blinded = planned.blinded;
  return course;
}

// The infusion days the plan proposes (dose to the mg, volume to 0.01 mL), for the
// infusion log to start from.
nlohmann::json infusion_days(const PlannedCourse& planned, const domain::DosePlan& plan) {
  nlohmann::json days = nlohmann::json::array();
  if (!planned.start_date || plan.refused()) return days;
  const auto rounded = [](const std::optional<double>& value, double scale) {
    return value ? nlohmann::json(std::round(*value * scale) / scale) : nlohmann::json(nullptr);
  };
  constexpr double k_per_mg = 1000;
  constexpr double k_per_hundredth = 100;
  for (int day = 1; day <= plan.days; ++day) {
    days.push_back({{"course", planned.number},
                    {"day", day},
                    {"date", planned.start_date->plus_days(day - 1).iso()},
                    {"dose_g", rounded(plan.daily_dose_g(), k_per_mg)},
                    {"volume_ml", rounded(plan.volume_ml_per_day(), k_per_hundredth)}});
  }
  return days;
}

Reply propose(Call& call) {
  auto records = editable_patient(call);
  if (!records) return error_reply(records.error());
  FieldErrors errors;
  const auto planned = read_plan_form(call, *records, errors, Need::optional);
  if (!planned) return field_errors_reply(errors);
  const domain::DosePlan plan = domain::plan_course(planned->request);
  nlohmann::json course = to_json(course_of(*planned, plan, records->patient.record.id), {});
  if (!planned->start_date) course["start_date"] = nullptr;
  if (planned->start_date && call.server.protocol.regimen.interval_weeks) {
    course["next_course_from"] =
        planned->start_date
            ->plus_days(*call.server.protocol.regimen.interval_weeks * k_days_per_week)
            .iso();
  }
  return json_reply({{"plan", dose_plan_json(plan)},
                     {"course", plan.refused() ? nlohmann::json(nullptr) : course},
                     {"infusion_days", infusion_days(*planned, plan)}});
}

std::vector<std::string> risk_codes(const std::vector<domain::RiskFactor>& factors) {
  std::vector<std::string> codes;
  for (domain::RiskFactor factor : factors) codes.emplace_back(domain::code(factor));
  return codes;
}

// Creates the course and stores the plan shown at confirmation with it, in one write (so a
// refused course leaves no plan either); the reply's plan and infusion days are the stored
// document's.
Reply confirm(Call& call) {
  auto records = editable_patient(call);
  if (!records) return error_reply(records.error());
  FieldErrors errors;
  const auto planned = read_plan_form(call, *records, errors, Need::required);
  if (!planned) return field_errors_reply(errors);
  const domain::DosePlan plan = domain::plan_course(planned->request);
  if (plan.refused()) {
    for (const domain::PlanNote& reason : plan.reasons)
      errors.add("plan", reason.code, reason.message);
    return field_errors_reply(errors);
  }
  const std::string& patient_id = records->patient.record.id;
  const domain::Course course = course_of(*planned, plan, patient_id);
  validate_records({course}, {}, std::nullopt, &*records, call.server.protocol, errors);
  if (!errors.empty()) return field_errors_reply(errors);
  const nlohmann::json document = confirmed_plan_document(
      to_json(course, RecordView{}), dose_plan_json(plan), infusion_days(*planned, plan));
  store::AddRecords add;
  add.records.courses.push_back(course);
  add.course_plans.push_back(
      {patient_id, course.number, document.dump(), risk_codes(planned->request.risk_factors)});
  auto written =
      call.write(std::move(add), creation_reason(call, "confirmed in the course planner"));
  if (!written) return error_reply(written.error());
  auto db = call.store();
  if (!db) return error_reply(db.error());
  auto after = (*db)->read_patient(patient_id);
  if (!after) return error_reply(after.error());
  return json_reply(
      {{"records", nlohmann::json::array({stored_record_json(*after, course, 0, call)})},
       {"plan", document["plan"]},
       {"infusion_days", document["infusion_days"]}},
      k_created);
}

}  // namespace

void add_course_routes(Router& router) {
  router.add("GET", "/api/v1/products", Access{false, {}}, [](Call& call) {
    const ServerContext& server = call.server;
    return products_reply(server.products, server.products_error, server.protocol.regimen.product);
  });
  router.add("POST", "/api/v1/patients/{patient}/dose-plan", Access{false, record_editors()},
             propose);
  router.add("POST", "/api/v1/patients/{patient}/courses", Access{false, record_editors()},
             confirm);
  add_course_plan_routes(router);
}

}  // namespace myoivig::server
