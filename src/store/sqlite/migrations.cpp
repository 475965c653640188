#include "store/sqlite/migrations.hpp"

#include <array>
#include <string>
#include <string_view>

namespace myoivig::store {
namespace {

// Migration 1: the seed study's model and the append-only audit trail. Every record
// table has a `version` counter for optimistic concurrency (a stale edit is refused).
constexpr std::string_view k_migration_1 = R"sql(
CREATE TABLE study (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE patients (
  patient_id TEXT PRIMARY KEY,
  site TEXT NOT NULL,
  sex TEXT NOT NULL CHECK (sex IN ('M', 'F')),
  birth_year INTEGER NOT NULL,
  diagnosis TEXT NOT NULL CHECK (diagnosis IN ('PM', 'DM')),
  biopsy_proven INTEGER NOT NULL CHECK (biopsy_proven IN (0, 1)),
  biopsy_date TEXT,
  height_cm REAL,
  enrolment_date TEXT NOT NULL,
  withdrawal_date TEXT,
  withdrawal_reason TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE conditions (
  patient_id TEXT NOT NULL REFERENCES patients (patient_id),
  code TEXT NOT NULL,
  present INTEGER NOT NULL CHECK (present IN (0, 1)),
  date TEXT,
  note TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (patient_id, code)
);
CREATE TABLE steroid_doses (
  id INTEGER PRIMARY KEY,
  patient_id TEXT NOT NULL REFERENCES patients (patient_id),
  prednisolone_mg_per_day REAL NOT NULL CHECK (prednisolone_mg_per_day >= 0),
  from_date TEXT NOT NULL,
  to_date TEXT,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX steroid_doses_patient ON steroid_doses (patient_id);
CREATE TABLE courses (
  patient_id TEXT NOT NULL REFERENCES patients (patient_id),
  course INTEGER NOT NULL CHECK (course >= 1),
  regimen TEXT NOT NULL,
  product TEXT NOT NULL DEFAULT '',
  start_date TEXT NOT NULL,
  dosing_weight_kg REAL NOT NULL CHECK (dosing_weight_kg > 0),
  weight_policy TEXT NOT NULL CHECK (weight_policy IN ('actual', 'ibw', 'adjbw', 'auto')),
  dose_g_per_kg_per_day REAL NOT NULL CHECK (dose_g_per_kg_per_day > 0),
  version INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (patient_id, course)
);
CREATE TABLE administrations (
  patient_id TEXT NOT NULL,
  course INTEGER NOT NULL,
  day INTEGER NOT NULL CHECK (day >= 1),
  date TEXT NOT NULL,
  dose_g REAL NOT NULL CHECK (dose_g > 0),
  volume_ml REAL,
  start_time TEXT,
  end_time TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (patient_id, course, day),
  FOREIGN KEY (patient_id, course) REFERENCES courses (patient_id, course)
);
CREATE TABLE visits (
  patient_id TEXT NOT NULL REFERENCES patients (patient_id),
  week INTEGER NOT NULL,
  date TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (patient_id, week)
);
CREATE TABLE assessments (
  patient_id TEXT NOT NULL,
  week INTEGER NOT NULL,
  mmt INTEGER,
  adl INTEGER,
  ck_iu_per_l INTEGER,
  ck_uln_iu_per_l INTEGER,
  fatigue_vas_mm INTEGER CHECK (fatigue_vas_mm BETWEEN 0 AND 100),
  pain_vas_mm INTEGER CHECK (pain_vas_mm BETWEEN 0 AND 100),
  physician_global TEXT CHECK (physician_global IN ('improved', 'unchanged', 'worse')),
  weight_kg REAL,
  version INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (patient_id, week),
  FOREIGN KEY (patient_id, week) REFERENCES visits (patient_id, week)
);
CREATE TABLE muscle_grades (
  patient_id TEXT NOT NULL,
  week INTEGER NOT NULL,
  muscle_group TEXT NOT NULL,
  side TEXT NOT NULL CHECK (side IN ('R', 'L', 'axial')),
  status TEXT NOT NULL CHECK (status IN ('tested', 'not_testable', 'missing')),
  grade INTEGER,
  version INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (patient_id, week, muscle_group, side),
  FOREIGN KEY (patient_id, week) REFERENCES assessments (patient_id, week)
);
CREATE TABLE adverse_events (
  id INTEGER PRIMARY KEY,
  patient_id TEXT NOT NULL,
  course INTEGER NOT NULL,
  term TEXT NOT NULL,
  onset_date TEXT NOT NULL,
  end_date TEXT,
  serious INTEGER NOT NULL CHECK (serious IN (0, 1)),
  severity TEXT NOT NULL,
  relatedness TEXT NOT NULL,
  outcome TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  FOREIGN KEY (patient_id, course) REFERENCES courses (patient_id, course)
);
CREATE TABLE audit (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  field TEXT NOT NULL,
  old_value TEXT NOT NULL DEFAULT '',
  new_value TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL
);
CREATE INDEX audit_entity ON audit (entity, entity_id);
CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_is_append_only_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
)sql";

// Migration 2: randomised trials. Assessments gain the IMACS core set (global activity and
// extramuscular VAS in whole mm, the MMT-8 total, HAQ-DI as exact text such as "1.125" or
// "10/7"); allocations record the arm each randomised patient took.
constexpr std::string_view k_migration_2 = R"sql(
ALTER TABLE assessments ADD COLUMN physician_activity_vas_mm INTEGER
  CHECK (physician_activity_vas_mm BETWEEN 0 AND 100);
ALTER TABLE assessments ADD COLUMN patient_activity_vas_mm INTEGER
  CHECK (patient_activity_vas_mm BETWEEN 0 AND 100);
ALTER TABLE assessments ADD COLUMN extramuscular_vas_mm INTEGER
  CHECK (extramuscular_vas_mm BETWEEN 0 AND 100);
ALTER TABLE assessments ADD COLUMN mmt8_score INTEGER CHECK (mmt8_score >= 0);
ALTER TABLE assessments ADD COLUMN haq_di TEXT;
CREATE TABLE allocations (
  patient_id TEXT PRIMARY KEY REFERENCES patients (patient_id),
  arm TEXT NOT NULL,
  stratum TEXT NOT NULL,
  sequence INTEGER NOT NULL CHECK (sequence >= 1),
  randomised_on TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  UNIQUE (stratum, sequence)
);
)sql";

// Migration 3: the concealed allocation list of a randomised study, written once at
// creation; only randomise() reads it, one slot at a time.
constexpr std::string_view k_migration_3 = R"sql(
CREATE TABLE allocation_list (
  stratum TEXT NOT NULL,
  sequence INTEGER NOT NULL CHECK (sequence >= 1),
  block INTEGER NOT NULL,
  block_size INTEGER NOT NULL,
  arm TEXT NOT NULL,
  PRIMARY KEY (stratum, sequence)
);
CREATE TRIGGER allocation_list_is_fixed_update BEFORE UPDATE ON allocation_list
BEGIN SELECT RAISE(ABORT, 'the allocation list cannot be changed'); END;
CREATE TRIGGER allocation_list_is_fixed_delete BEFORE DELETE ON allocation_list
BEGIN SELECT RAISE(ABORT, 'the allocation list cannot be changed'); END;
)sql";

// Migration 4: the web application. Users (an Argon2id hash of the password, never the
// password), sessions (a SHA-256 hash of the token, never the token), login attempts for
// throttling, monitors' data queries; an index to read one patient's adverse events.
constexpr std::string_view k_migration_web = R"sql(
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  role TEXT NOT NULL CHECK (role IN ('admin', 'investigator', 'monitor', 'statistician')),
  site TEXT NOT NULL DEFAULT '',
  password_hash TEXT NOT NULL,
  created_utc TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  version INTEGER NOT NULL DEFAULT 1,
  CHECK (role != 'investigator' OR site != '')
);
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id),
  csrf_token TEXT NOT NULL,
  created_utc TEXT NOT NULL,
  expires_utc TEXT NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_utc);
CREATE TABLE login_attempts (
  id INTEGER PRIMARY KEY,
  at_utc TEXT NOT NULL,
  name TEXT NOT NULL COLLATE NOCASE,
  client_address TEXT NOT NULL,
  succeeded INTEGER NOT NULL CHECK (succeeded IN (0, 1))
);
CREATE INDEX login_attempts_name ON login_attempts (name, at_utc);
CREATE INDEX login_attempts_address ON login_attempts (client_address, at_utc);
CREATE TABLE queries (
  id INTEGER PRIMARY KEY,
  patient_id TEXT NOT NULL REFERENCES patients (patient_id),
  entity TEXT NOT NULL,
  record_id INTEGER NOT NULL,
  field TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL CHECK (text != ''),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered', 'closed')),
  raised_by TEXT NOT NULL,
  raised_utc TEXT NOT NULL,
  answer TEXT NOT NULL DEFAULT '',
  answered_by TEXT NOT NULL DEFAULT '',
  answered_utc TEXT NOT NULL DEFAULT '',
  closed_by TEXT NOT NULL DEFAULT '',
  closed_utc TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX queries_patient ON queries (patient_id);
CREATE INDEX queries_status ON queries (status);
CREATE INDEX adverse_events_patient ON adverse_events (patient_id);
)sql";

// Migration 5: courses given as masked study drug in a blinded trial (placebo or IVIG by the
// patient's arm).
constexpr std::string_view k_migration_blinded_courses = R"sql(
ALTER TABLE courses ADD COLUMN blinded INTEGER NOT NULL DEFAULT 0 CHECK (blinded IN (0, 1));
)sql";

// Migration 6: the plan confirmed with each course created in the web application's course
// planner (the plan's JSON as the server showed it, the risk factors entered, who confirmed
// it and when). Written with its course; never changed or removed afterwards.
constexpr std::string_view k_migration_course_plans = R"sql(
CREATE TABLE course_plans (
  patient_id TEXT NOT NULL,
  course INTEGER NOT NULL,
  plan_json TEXT NOT NULL CHECK (json_valid(plan_json) AND json_type(plan_json) = 'object'),
  risk_factors TEXT NOT NULL DEFAULT '',
  confirmed_by TEXT NOT NULL,
  confirmed_utc TEXT NOT NULL,
  PRIMARY KEY (patient_id, course),
  FOREIGN KEY (patient_id, course) REFERENCES courses (patient_id, course)
);
CREATE TRIGGER course_plans_are_fixed_update BEFORE UPDATE ON course_plans
BEGIN SELECT RAISE(ABORT, 'a confirmed course plan cannot be changed'); END;
CREATE TRIGGER course_plans_are_fixed_delete BEFORE DELETE ON course_plans
BEGIN SELECT RAISE(ABORT, 'a confirmed course plan cannot be changed'); END;
)sql";

constexpr std::array<std::string_view, 6> k_migrations{k_migration_1,
                                                       k_migration_2,
                                                       k_migration_3,
                                                       k_migration_web,
                                                       k_migration_blinded_courses,
                                                       k_migration_course_plans};

util::Expected<int> user_version(SqliteDatabase& database) {
  MYOIVIG_TRY_ASSIGN(statement, database.prepare("PRAGMA user_version"));
  MYOIVIG_TRY_ASSIGN(has_row, statement.step());
  return has_row ? static_cast<int>(statement.integer(0)) : 0;
}

}  // namespace

int current_schema_version() {
  return static_cast<int>(k_migrations.size());
}

util::Expected<void> migrate(SqliteDatabase& database) {
  MYOIVIG_TRY_ASSIGN(version, user_version(database));
  if (version > current_schema_version()) {
    return util::corrupt("database schema version " + std::to_string(version) +
                         " is newer than this myoivig understands (" +
                         std::to_string(current_schema_version()) + "): upgrade myoivig");
  }
  for (int next = version; next < current_schema_version(); ++next) {
    MYOIVIG_TRY(database.transaction([&]() -> util::Expected<void> {
      MYOIVIG_TRY(database.execute(k_migrations[static_cast<std::size_t>(next)]));
      return database.execute("PRAGMA user_version = " + std::to_string(next + 1));
    }));
  }
  return {};
}

}  // namespace myoivig::store
