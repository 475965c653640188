# demo_analysis_reference.R: R 4.2.2's numbers for the analysis of the bundled SYNTHETIC
# seed study (data/demo/seed-study), written to demo_analysis.csv for the `analyze` tests.
#
# Usage (from the repository root): Rscript tests/reference/demo_analysis_reference.R
# Analysed set: the 8 treated patients with every endpoint at weeks 0 and 12 (the protocol's
# population rule). Base R only; wilcox.test's exact test applies (no ties or zeros).

dir <- "data/demo/seed-study"
read <- function(name) read.csv(file.path(dir, paste0(name, ".csv")), stringsAsFactors = FALSE)
assessments <- read("assessments")
visits <- read("visits")
doses <- read("steroid_doses")
patients <- read("patients")

endpoints <- list(mmt = "mmt", adl = "adl", ck = "ck_iu_per_l",
                  vas_fatigue = "fatigue_vas_cm", vas_pain = "pain_vas_cm")
at <- function(week) assessments[assessments$week == week, ]
complete <- function(a) stats::complete.cases(a[, unlist(endpoints)])
base <- at(0); base <- base[complete(base), ]
follow <- at(12); follow <- follow[complete(follow), ]
analysed <- intersect(base$patient_id, follow$patient_id)
stopifnot(length(analysed) == 8)
base <- base[match(analysed, base$patient_id), ]
follow <- follow[match(analysed, follow$patient_id), ]

rows <- list()
put <- function(endpoint, quantity, value) {
  rows[[length(rows) + 1]] <<- data.frame(endpoint = endpoint, quantity = quantity,
                                          value = sprintf("%.17g", value))
}
describe <- function(endpoint, prefix, x) {
  q <- quantile(x, c(0.25, 0.5, 0.75), type = 7)
  put(endpoint, paste0(prefix, "_mean"), mean(x)); put(endpoint, paste0(prefix, "_sd"), sd(x))
  put(endpoint, paste0(prefix, "_median"), q[[2]]); put(endpoint, paste0(prefix, "_q1"), q[[1]])
  put(endpoint, paste0(prefix, "_q3"), q[[3]]); put(endpoint, paste0(prefix, "_min"), min(x))
  put(endpoint, paste0(prefix, "_max"), max(x))
}
for (id in names(endpoints)) {
  column <- endpoints[[id]]
  x <- base[[column]]; y <- follow[[column]]
  describe(id, "baseline", x); describe(id, "followup", y)
  d <- y - x
  put(id, "change_mean", mean(d)); put(id, "change_sd", sd(d))
  t <- t.test(y, x, paired = TRUE)
  put(id, "change_ci_low", t$conf.int[1]); put(id, "change_ci_high", t$conf.int[2])
  put(id, "ttest_statistic", t$statistic); put(id, "ttest_df", t$parameter)
  put(id, "ttest_p_value", t$p.value)
  w <- wilcox.test(y, x, paired = TRUE, exact = TRUE, conf.int = TRUE)
  put(id, "signrank_statistic", w$statistic); put(id, "signrank_p_value", w$p.value)
  put(id, "signrank_estimate", w$estimate)
  put(id, "signrank_ci_low", w$conf.int[1]); put(id, "signrank_ci_high", w$conf.int[2])
  for (week in sort(unique(assessments$week))) {
    v <- assessments[assessments$week == week & assessments$patient_id %in% analysed, column]
    v <- v[!is.na(v)]
    if (length(v) == 0) next
    put(id, paste0("week", week, "_n"), length(v)); put(id, paste0("week", week, "_mean"), mean(v))
    if (length(v) > 1 && sd(v) > 0) {
      ci <- t.test(v)$conf.int
      put(id, paste0("week", week, "_ci_low"), ci[1]); put(id, paste0("week", week, "_ci_high"), ci[2])
    }
  }
}

improved <- follow$patient_id[follow$physician_global == "improved"]
physician <- binom.test(length(improved), nrow(follow))
put("physician", "improved", length(improved)); put("physician", "n", nrow(follow))
put("physician", "ci_low", physician$conf.int[1]); put("physician", "ci_high", physician$conf.int[2])

dose_on <- function(patient, week) {
  date <- as.Date(visits$date[visits$patient_id == patient & visits$week == week])
  p <- doses[doses$patient_id == patient, ]
  to <- ifelse(p$to_date == "" | is.na(p$to_date), "9999-12-31", p$to_date)
  sum(p$prednisolone_mg_per_day[as.Date(p$from_date) <= date & date <= as.Date(to)])
}
put("steroid", "improved_n", length(improved))
put("steroid", "dose_baseline_mean", mean(sapply(improved, dose_on, week = 0)))
put("steroid", "dose_followup_mean", mean(sapply(improved, dose_on, week = 12)))

ages <- sapply(analysed, function(id) {
  p <- patients[patients$patient_id == id, ]
  as.integer(substr(p$enrolment_date, 1, 4)) - p$birth_year
})
put("demographics", "age_mean", mean(ages)); put("demographics", "age_min", min(ages))
put("demographics", "age_max", max(ages))

courses <- unique(read("administrations")[, c("patient_id", "course")])
events <- unique(read("adverse_events")[, c("patient_id", "course")])
safety <- binom.test(nrow(events), nrow(courses))
put("safety", "courses", nrow(courses)); put("safety", "courses_with_event", nrow(events))
put("safety", "ci_low", safety$conf.int[1]); put("safety", "ci_high", safety$conf.int[2])

write.csv(do.call(rbind, rows), "tests/reference/demo_analysis.csv", row.names = FALSE,
          quote = FALSE)
cat("wrote", length(rows), "values to tests/reference/demo_analysis.csv\n")
