# verify.R: checks the SYNTHETIC seed-study demo bundle against every published figure of
# Hara et al. 2003 (shared/seed/study.md) and the seed protocol (protocols/seed-ivig.toml).
#
# Usage: Rscript data/demo/seed-study/verify.R [BUNDLE_DIR]
# (BUNDLE_DIR defaults to the folder holding this script.) Base R only; if the
# exactRankTests package is installed, its exact p-values are printed as a cross-check.
# Prints a summary and stops with an error at the first constraint that fails.

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
dir <- if (length(commandArgs(TRUE)) > 0) commandArgs(TRUE)[1] else
  if (length(script) == 1) dirname(normalizePath(script)) else "."

options(warn = 2)  # any warning (e.g. an inexact test) is an error

check <- function(ok, what) {
  if (!isTRUE(all(ok))) stop("constraint failed: ", what, call. = FALSE)
  invisible(TRUE)
}

# ---------------------------------------------------------------- reading
columns <- list(
  manifest = c("key", "value"),
  patients = c("patient_id", "site", "sex", "birth_year", "diagnosis", "biopsy_proven",
               "biopsy_date", "height_cm", "enrolment_date", "withdrawal_date",
               "withdrawal_reason"),
  conditions = c("patient_id", "condition", "present", "date", "note"),
  steroid_doses = c("patient_id", "prednisolone_mg_per_day", "from_date", "to_date"),
  courses = c("patient_id", "course", "regimen", "product", "start_date",
              "dosing_weight_kg", "weight_policy", "dose_g_per_kg_per_day"),
  administrations = c("patient_id", "course", "day", "date", "dose_g", "volume_ml",
                      "start_time", "end_time"),
  visits = c("patient_id", "week", "date"),
  assessments = c("patient_id", "week", "mmt", "adl", "ck_iu_per_l", "ck_uln_iu_per_l",
                  "fatigue_vas_cm", "pain_vas_cm", "physician_global", "weight_kg"),
  adverse_events = c("patient_id", "course", "term", "onset_date", "end_date", "serious",
                     "severity", "relatedness", "outcome"))

read_bundle_file <- function(name) {
  path <- file.path(dir, paste0(name, ".csv"))
  check(file.exists(path), paste(path, "exists"))
  d <- read.csv(path, colClasses = "character", na.strings = character(0),
                check.names = FALSE, encoding = "UTF-8")
  check(identical(sort(names(d)), sort(columns[[name]])),
        paste(name, ".csv has exactly the documented columns"))
  # Missing is an empty field, never NA, '.', or a stray space.
  check(!as.matrix(d) %in% c("NA", ".", "NaN", "NULL"), paste(name, ": no NA-like tokens"))
  check(as.matrix(d) == trimws(as.matrix(d)), paste(name, ": no leading/trailing spaces"))
  d
}
b <- lapply(setNames(names(columns), names(columns)), read_bundle_file)

iso_date <- function(x, what, allow_empty = FALSE) {
  empty <- x == ""
  check(allow_empty | !empty, paste(what, "present"))
  check(grepl("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", x[!empty]), paste(what, "is YYYY-MM-DD"))
  out <- as.Date(ifelse(empty, NA, x), format = "%Y-%m-%d")
  check(!is.na(out[!empty]) & format(out[!empty]) == x[!empty], paste(what, "is a real date"))
  out
}
int_col <- function(x, what, lo, hi) {
  check(grepl("^-?[0-9]+$", x), paste(what, "is an integer"))
  v <- as.integer(x)
  check(v >= lo & v <= hi, sprintf("%s within %g-%g", what, lo, hi))
  v
}
num_col <- function(x, what, lo, hi) {
  check(grepl("^[0-9]+(\\.[0-9]+)?$", x), paste(what, "is a number"))
  v <- as.numeric(x)
  check(v >= lo & v <= hi, sprintf("%s within %g-%g", what, lo, hi))
  v
}
vas_mm <- function(x, what) {  # VAS cm with at most one decimal -> whole mm
  check(grepl("^[0-9]+(\\.[0-9])?$", x), paste(what, "has at most 1 decimal"))
  v <- round(as.numeric(x) * 10)
  check(v >= 0 & v <= 100, paste(what, "within 0-10 cm"))
  as.integer(v)
}
hhmm <- function(x, what) {
  check(grepl("^([01][0-9]|2[0-3]):[0-5][0-9]$", x), paste(what, "is HH:MM"))
  as.integer(substr(x, 1, 2)) * 60L + as.integer(substr(x, 4, 5))
}

# ---------------------------------------------------------------- manifest
m <- setNames(b$manifest$value, b$manifest$key)
check(!anyDuplicated(b$manifest$key), "manifest keys unique")
check(identical(unname(m["study_id"]), "SEED-IVIG-DEMO"), "manifest study_id")
check(identical(unname(m["protocol"]), "SEED-IVIG-2003"), "manifest protocol")
check(identical(unname(m["synthetic"]), "true"), "manifest synthetic = true")
check(grepl("synthetic reconstruction of Hara et al\\. 2003", m["description"],
            ignore.case = TRUE), "manifest description names the synthetic reconstruction")

# ---------------------------------------------------------------- patients
p <- b$patients
ids <- sprintf("SEED-%02d", 1:12)
check(identical(p$patient_id, ids), "12 patients SEED-01..SEED-12")
check(p$site %in% c("JP-01", "JP-02", "JP-03") & length(unique(p$site)) %in% 2:3, "2-3 sites")
check(p$sex %in% c("M", "F"), "sex M/F")
check(p$diagnosis %in% c("PM", "DM"), "diagnosis PM/DM")
check(p$biopsy_proven == "true", "all biopsy-proven")
p$enrol <- iso_date(p$enrolment_date, "enrolment_date")
p$biopsy <- iso_date(p$biopsy_date, "biopsy_date")
p$withdrawn <- iso_date(p$withdrawal_date, "withdrawal_date", allow_empty = TRUE)
enrol_year <- as.integer(format(p$enrol, "%Y"))
check(enrol_year %in% 2001:2002, "enrolment in 2001-2002")
check(p$biopsy <= p$enrol, "biopsy not after enrolment")
p$age <- enrol_year - int_col(p$birth_year, "birth_year", 1900, 2002)
invisible(num_col(p$height_cm, "height_cm", 100, 230))
check((p$withdrawal_date == "") == (p$withdrawal_reason == ""),
      "withdrawal_reason exactly when withdrawn")
check(is.na(p$withdrawn) | p$withdrawn >= p$enrol, "withdrawal not before enrolment")
free_text <- c(p$withdrawal_reason, b$conditions$note, m["description"])
check(!grepl("[0-9]{5,}", free_text), "no hospital-number-like digit strings in free text")

# ---------------------------------------------------------------- conditions
cond <- b$conditions
codes <- c("iga_deficiency", "thrombosis_history", "ischaemic_heart_disease",
           "severe_renal_disease", "severe_hepatic_disease", "prior_ivig", "malignancy")
check(nrow(cond) == 12 * 7 && !anyDuplicated(cond[c("patient_id", "condition")]) &&
        all(cond$patient_id %in% ids) && all(cond$condition %in% codes),
      "one conditions row per patient and exclusion code")
check(cond$present == "false", "no exclusion condition present at enrolment")

# ---------------------------------------------------------------- courses, administrations
co <- b$courses
co$course <- int_col(co$course, "course", 1, 2)
co$start <- iso_date(co$start_date, "course start_date")
co$weight <- num_col(co$dosing_weight_kg, "dosing_weight_kg", 20, 250)
check(!anyDuplicated(co[c("patient_id", "course")]), "course unique per patient")
check(co$regimen == "seed" & co$product == "PEG-IgG 5%" & co$weight_policy == "actual" &
        as.numeric(co$dose_g_per_kg_per_day) == 0.4, "course regimen/product/policy/dose")
check(setequal(co$patient_id[co$course == 1], ids), "all 12 treated (course 1)")
check(nrow(co) == 15 && sum(co$course == 2) == 3, "15 courses, 3 second courses")
d1 <- setNames(co$start[co$course == 1], co$patient_id[co$course == 1])
second <- co[co$course == 2, ]
check(second$start - d1[second$patient_id] >= 28 & second$start - d1[second$patient_id] <= 56,
      "second course started at week 4-8")

ad <- b$administrations
ad$course <- int_col(ad$course, "administration course", 1, 2)
ad$day <- int_col(ad$day, "administration day", 1, 5)
ad$date <- iso_date(ad$date, "administration date")
ad$dose <- num_col(ad$dose_g, "dose_g", 0.1, 1000)
ad$volume <- num_col(ad$volume_ml, "volume_ml", 1, 20000)
ad$t0 <- hhmm(ad$start_time, "start_time")
ad$t1 <- hhmm(ad$end_time, "end_time")
key_ad <- paste(ad$patient_id, ad$course)
key_co <- paste(co$patient_id, co$course)
check(key_ad %in% key_co, "administrations refer to existing courses")
check(!anyDuplicated(ad[c("patient_id", "course", "day")]), "administration day unique")
check(as.vector(table(factor(key_ad, levels = key_co))) == 5, "5 administrations per course")
ci <- match(key_ad, key_co)
check(ad$date == co$start[ci] + (ad$day - 1), "date = course start + (day - 1)")
target_g <- co$weight[ci] * 0.4
check(ad$dose == ceiling(target_g / 2.5 - 1e-9) * 2.5, "dose = weight x 0.4 rounded up to 2.5 g vials")
check(abs(ad$dose - target_g) / target_g <= 0.10, "dose within 10 % of weight x 0.4")
check(ad$volume == ad$dose * 20, "volume = dose x 20 mL (5 % solution)")
check(ad$t1 - ad$t0 >= 180 & ad$t1 - ad$t0 <= 480, "infusion lasts 3-8 hours")

# ---------------------------------------------------------------- visits
v <- b$visits
v$week <- int_col(v$week, "visit week", -4, 12)
check(v$week %in% c(-4, 0, 2, 4, 8, 12), "visit weeks in the schedule")
check(!anyDuplicated(v[c("patient_id", "week")]) && all(v$patient_id %in% ids), "visits unique")
v$date <- iso_date(v$date, "visit date")
windows <- data.frame(week = c(-4, 0, 2, 4, 8, 12), before = c(28, 14, 3, 3, 7, 7),
                      after = c(7, 0, 3, 3, 7, 7))
wi <- match(v$week, windows$week)
offset <- as.integer(v$date - d1[v$patient_id])
check(offset >= 7 * v$week - windows$before[wi] & offset <= 7 * v$week + windows$after[wi],
      "every visit within its window (weeks from course-1 day 1)")
vdate <- function(id, wk) v$date[v$patient_id == id & v$week == wk]
for (id in ids) {
  vv <- v[v$patient_id == id, ]
  check(!is.unsorted(vv$date[order(vv$week)], strictly = TRUE), paste(id, "visit dates in order"))
  check(vdate(id, -4) == p$enrol[p$patient_id == id], paste(id, "enrolled at screening"))
}

# ---------------------------------------------------------------- assessments
a <- b$assessments
check(identical(paste(a$patient_id, a$week), paste(v$patient_id, v$week)),
      "one assessment per visit, in visit order")
a$week <- as.integer(a$week)
has <- function(x) x != ""
req <- list("-4" = "mmt", "0" = c("mmt", "adl", "ck_iu_per_l", "fatigue_vas_cm",
  "pain_vas_cm", "weight_kg"), "2" = c("mmt", "adl", "ck_iu_per_l", "fatigue_vas_cm",
  "pain_vas_cm"), "4" = c("mmt", "adl", "ck_iu_per_l", "fatigue_vas_cm", "pain_vas_cm"),
  "8" = c("mmt", "adl", "ck_iu_per_l", "fatigue_vas_cm", "pain_vas_cm"),
  "12" = c("mmt", "adl", "ck_iu_per_l", "fatigue_vas_cm", "pain_vas_cm", "weight_kg"))
for (i in seq_len(nrow(a)))
  check(has(unlist(a[i, req[[as.character(a$week[i])]]])),
        paste(a$patient_id[i], "week", a$week[i], "has its required measures"))
g <- function(col, f, ...) { x <- a[[col]]; out <- rep(NA_real_, length(x))
  out[has(x)] <- f(x[has(x)], col, ...); out }
a$MMT <- g("mmt", int_col, 0, 130)
a$ADL <- g("adl", int_col, 0, 100)
a$CK <- g("ck_iu_per_l", int_col, 0, 100000)
a$ULN <- g("ck_uln_iu_per_l", int_col, 190, 200)
a$FAT <- g("fatigue_vas_cm", vas_mm)
a$PAIN <- g("pain_vas_cm", vas_mm)
a$W <- g("weight_kg", num_col, 20, 250)
check(has(a$ck_iu_per_l) == has(a$ck_uln_iu_per_l), "CK ULN recorded with every CK")
for (s in unique(p$site))
  check(length(unique(a$ULN[a$patient_id %in% p$patient_id[p$site == s]])) == 1,
        paste("one CK ULN per site", s))
check(a$physician_global[a$week <= 0] == "", "physician global empty at screening/baseline")
check(a$physician_global[a$week > 0] %in% c("improved", "unchanged", "worse"),
      "physician global recorded at weeks 2-12")
val <- function(col, id, wk) a[[col]][a$patient_id == id & a$week == wk]

# ---------------------------------------------------------------- steroids and eligibility
s <- b$steroid_doses
s$dose <- num_col(s$prednisolone_mg_per_day, "prednisolone_mg_per_day", 0, 200)
s$from <- iso_date(s$from_date, "steroid from_date")
s$to <- iso_date(s$to_date, "steroid to_date", allow_empty = TRUE)
check(s$patient_id %in% ids, "steroid rows refer to patients")
check(is.na(s$to) | s$to >= s$from, "steroid to_date not before from_date")
dose_on <- function(id, day) {
  r <- s[s$patient_id == id & s$from <= day & (is.na(s$to) | s$to >= day), ]
  check(nrow(r) == 1, paste(id, "exactly one prednisolone period on", day))
  r$dose
}
for (id in ids) {
  ss <- s[s$patient_id == id, ]
  ss <- ss[order(ss$from), ]
  ends <- ifelse(is.na(ss$to), as.Date("9999-12-31"), ss$to)
  check(nrow(ss) < 2 || all(ss$from[-1] > ends[-nrow(ss)]), paste(id, "steroid periods do not overlap"))
  # Steroid resistance: > 50 mg/day held for > 4 weeks (> 28 days) before course 1 ...
  day_before <- d1[[id]] - 1
  hi <- ss[ss$dose > 50 & ss$from <= day_before & (is.na(ss$to) | ss$to >= day_before), ]
  check(nrow(hi) == 1, paste(id, "on > 50 mg/day prednisolone up to course 1"))
  check(as.integer(d1[[id]] - hi$from) > 28, paste(id, "> 50 mg/day for > 4 weeks before course 1"))
  # Stricter than the rule: already > 4 weeks at enrolment (screening), so the patient is
  # eligible on the data known at enrolment too; the biopsy precedes the high dose.
  enrol <- p$enrol[p$patient_id == id]
  check(as.integer(enrol - hi$from) > 28, paste(id, "> 50 mg/day for > 4 weeks at enrolment"))
  check(p$biopsy[p$patient_id == id] < hi$from, paste(id, "biopsy before the high-dose period"))
  # ... with no MMT improvement from screening (week -4) to baseline (week 0).
  check(dose_on(id, vdate(id, -4)) > 50, paste(id, "screening under > 50 mg/day"))
  check(val("MMT", id, 0) - val("MMT", id, -4) < 1, paste(id, "no MMT improvement screening -> baseline"))
  check(co$weight[co$patient_id == id] == val("W", id, 0), paste(id, "dosing weight = baseline weight"))
}

# ---------------------------------------------------------------- analysed set
wd <- p$patient_id[!is.na(p$withdrawn)]
check(length(wd) == 4, "4 patients withdrawn (not analysed)")
for (id in wd) {
  wdate <- p$withdrawn[p$patient_id == id]
  check(wdate < d1[[id]] + 84 - 7, paste(id, "withdrawn before the week-12 window"))
  check(!any(v$patient_id == id & v$week == 12), paste(id, "has no week-12 visit"))
  check(v$date[v$patient_id == id] <= wdate, paste(id, "no visits after withdrawal"))
  check(nchar(p$withdrawal_reason[p$patient_id == id]) >= 20, paste(id, "withdrawal reason recorded"))
}
an <- sort(unique(a$patient_id[a$week == 12]))
check(identical(an, sort(setdiff(ids, wd))), "analysed = the 8 non-withdrawn with week 12")
check(length(an) == 8, "8 analysed")
for (id in an)
  check(setequal(v$week[v$patient_id == id], c(-4, 0, 2, 4, 8, 12)), paste(id, "complete visits"))
pa <- p[p$patient_id %in% an, ]
check(sum(pa$diagnosis == "PM") == 6 && sum(pa$diagnosis == "DM") == 2, "6 PM and 2 DM")
check(sum(pa$sex == "M") == 5 && sum(pa$sex == "F") == 3, "5 men and 3 women")
check(min(pa$age) == 29 && max(pa$age) == 67 && sum(pa$age) == 384, "ages 29-67, mean 48")
for (id in an) {
  check(!is.na(val("W", id, 12)) && abs(val("W", id, 12) - val("W", id, 0)) <= 2,
        paste(id, "weight stable"))
}

# ---------------------------------------------------------------- endpoints
measures <- c(MMT = "MMT", ADL = "ADL", CK = "CK", fatigue_VAS = "FAT", pain_VAS = "PAIN")
scale <- c(MMT = 1, ADL = 1, CK = 1, fatigue_VAS = 10, pain_VAS = 10)  # VAS held in mm
base <- sapply(measures, function(col) sapply(an, function(id) val(col, id, 0)))
wk12 <- sapply(measures, function(col) sapply(an, function(id) val(col, id, 12)))
check(colSums(base) == c(536, 217, 10299, 440, colSums(base)[5]) &
        colSums(wk12) == c(648, 313, 4901, 104, colSums(wk12)[5]),
      "baseline and week-12 sums MMT 536->648, ADL 217->313, CK 10299->4901, fatigue 44.0->10.4")
summary_tab <- data.frame(
  measure = c("MMT score", "ADL score", "CK (IU/l)", "fatigue VAS (cm)", "pain VAS (cm)"),
  baseline_mean = round(colMeans(base) / scale, 1), week12_mean = round(colMeans(wk12) / scale, 1),
  published = c("67.0 -> 81.0", "27.1 -> 39.1", "1287.4 -> 612.6", "5.5 -> 1.3", "(not published)"),
  row.names = NULL)
check(summary_tab$baseline_mean[1:4] == c(67.0, 27.1, 1287.4, 5.5) &
        summary_tab$week12_mean[1:4] == c(81.0, 39.1, 612.6, 1.3), "published means reproduced")
check(wk12[, "pain_VAS"] < base[, "pain_VAS"] | seq_along(an) %in% order(abs(wk12[, "pain_VAS"] - base[, "pain_VAS"]))[1:2],
      "pain VAS improving (at most the two smallest changes not improving)")
check(mean(wk12[, "pain_VAS"]) < mean(base[, "pain_VAS"]), "pain VAS improves on average")

tests <- do.call(rbind, lapply(names(measures), function(nm) {
  d <- wk12[, nm] - base[, nm]
  check(all(d != 0), paste(nm, "changes free of zeros"))
  check(!anyDuplicated(abs(d)), paste(nm, "|changes| free of ties"))
  # An exact test that silently fell back to the normal approximation would warn.
  wt <- withCallingHandlers(
    wilcox.test(wk12[, nm], base[, nm], paired = TRUE, exact = TRUE),
    warning = function(w) stop("constraint failed: ", nm, " signed-rank warned: ",
                               conditionMessage(w), call. = FALSE))
  check(wt$p.value < 0.05, paste(nm, "change significant (exact signed-rank p < 0.05)"))
  # Independent check of the exact null distribution.
  check(abs(wt$p.value - min(1, 2 * min(psignrank(wt$statistic, 8),
                                        1 - psignrank(wt$statistic - 1, 8)))) < 1e-12,
        paste(nm, "p agrees with psignrank"))
  ert <- if (requireNamespace("exactRankTests", quietly = TRUE))
    exactRankTests::wilcox.exact(wk12[, nm], base[, nm], paired = TRUE)$p.value else NA
  if (!is.na(ert)) check(abs(ert - wt$p.value) < 1e-12, paste(nm, "exactRankTests agrees"))
  data.frame(measure = nm, n = length(d), improved = sum(if (nm %in% c("MMT", "ADL")) d > 0 else d < 0),
             V = unname(wt$statistic), p_exact = wt$p.value, p_exactRankTests = ert)
}))

# Intermediate visits lie on a plausible path: within the baseline-week-12 band widened by
# a small margin (MMT/ADL 3 points, VAS 0.5 cm, CK 10 % of baseline).
margin <- function(nm, b0) switch(nm, MMT = 3, ADL = 3, CK = 0.1 * b0, 5)
for (nm in names(measures)) for (i in seq_along(an)) for (wk in c(2, 4, 8)) {
  x <- val(measures[[nm]], an[i], wk)
  lo <- min(base[i, nm], wk12[i, nm]) - margin(nm, base[i, nm])
  hi <- max(base[i, nm], wk12[i, nm]) + margin(nm, base[i, nm])
  check(x >= lo && x <= hi, paste(an[i], nm, "week", wk, "on a plausible path"))
}

# ---------------------------------------------------------------- physician, prednisolone
pg <- sapply(an, function(id) a$physician_global[a$patient_id == id & a$week == 12])
check(sum(pg == "improved") == 7 && sum(pg == "unchanged") == 1, "physician: 7 improved, 1 unchanged")
improved <- names(pg)[pg == "improved"]
pred12 <- sapply(improved, function(id) dose_on(id, vdate(id, 12)))
check(sum(pred12) == 330, "prednisolone at week 12 sums to 330 mg/day among the improved")
unchanged <- names(pg)[pg == "unchanged"]
check(abs(base[unchanged, "MMT"] - wk12[unchanged, "MMT"]) <= 3, "the unchanged patient changed little")

# ---------------------------------------------------------------- adverse events
ae <- b$adverse_events
ae$course <- int_col(ae$course, "AE course", 1, 2)
ae$onset <- iso_date(ae$onset_date, "AE onset_date")
ae$end <- iso_date(ae$end_date, "AE end_date", allow_empty = TRUE)
check(nrow(ae) == 2, "exactly 2 adverse events")
ae_key <- paste(ae$patient_id, ae$course)
check(all(ae_key %in% key_co) && !anyDuplicated(ae_key), "the 2 AEs on 2 different existing courses")
check(is.na(ae$end) | ae$end >= ae$onset, "AE end not before onset")
cs <- co$start[match(ae_key, key_co)]
check(ae$onset >= cs & ae$onset <= cs + 4 + 7, "AE onset during or within 7 days after the infusions")
mi <- ae[ae$term == "asymptomatic myocardial infarction", ]
bun <- ae[ae$term == "blood urea nitrogen increased", ]
check(nrow(mi) == 1 && mi$serious == "true" && mi$severity == "moderate" &&
        mi$relatedness == "possible" && mi$outcome == "recovered", "MI event as specified")
check(nrow(bun) == 1 && bun$serious == "false" && bun$severity == "mild" &&
        bun$relatedness == "probable" && bun$outcome == "recovered", "BUN event as specified")

# ---------------------------------------------------------------- report
cat("SEED-IVIG-DEMO: SYNTHETIC reconstruction of Hara et al. 2003 (no real patient)\n\n")
cat(sprintf("Enrolled %d (sites %s); withdrawn %d; analysed %d: %d PM / %d DM, %d M / %d F, age %d-%d, mean %.1f\n\n",
            nrow(p), paste(sort(unique(p$site)), collapse = ", "), length(wd), length(an),
            sum(pa$diagnosis == "PM"), sum(pa$diagnosis == "DM"), sum(pa$sex == "M"),
            sum(pa$sex == "F"), min(pa$age), max(pa$age), mean(pa$age)))
cat("Analysed set (n = 8), baseline (week 0) and week 12:\n")
print(summary_tab, row.names = FALSE)
cat("\nExact Wilcoxon signed-rank test, paired (week 12 - baseline), R wilcox.test(exact = TRUE):\n")
print(transform(tests, p_exact = sprintf("%.7f", p_exact),
                p_exactRankTests = sprintf("%.7f", p_exactRankTests)), row.names = FALSE)
cat(sprintf("\nPhysician's global at week 12: %d improved, %d unchanged, %d worse (%.1f %% improved)\n",
            sum(pg == "improved"), sum(pg == "unchanged"), sum(pg == "worse"), 100 * mean(pg == "improved")))
cat(sprintf("Prednisolone at the week-12 visit, %d improved: %s mg/day; sum %g, mean %.1f mg/day\n",
            length(pred12), paste(pred12, collapse = ", "), sum(pred12), mean(pred12)))
cat(sprintf("Courses: %d (%d patients with a second course); adverse events: %d on %d courses (%.0f %%)\n",
            nrow(co), nrow(second), nrow(ae), length(unique(ae_key)), 100 * length(unique(ae_key)) / nrow(co)))
cat("\nAll constraints hold.\n")
