#!/usr/bin/env Rscript
# Recomputes the randomised demo trial's primary endpoint from the bundle's measures with an
# implementation independent of myoivig's C++ (base R, integer arithmetic so that category
# bounds are exact), and stops at the first figure that differs from what README.md states:
#   - ACR/EULAR Total Improvement Score (adult) at week 16 against week 0: absolute change
#     over the range for the VAS (10 cm), HAQ-DI (3) and MMT-8 (150), relative for CK;
#   - confirmed deterioration (ProDERM) at two consecutive follow-up visits up to week 16;
#   - responder: TIS >= 20 at week 16 and no confirmed deterioration (no week-16 visit: no);
#   - 37 of 47 IVIG and 21 of 48 placebo responders, Fisher's exact p.
# Run from the repository root: Rscript data/demo/rct-trial/verify.R (R >= 4.2).
dir <- if (dir.exists("data/demo/rct-trial")) "data/demo/rct-trial" else "."
a <- read.csv(file.path(dir, "assessments.csv"))
arms <- read.csv(file.path(dir, "allocations.csv"))[, c("patient_id", "arm")]
a$pga <- round(a$physician_activity_vas_cm * 10)  # whole mm
a$ptga <- round(a$patient_activity_vas_cm * 10)
a$extra <- round(a$extramuscular_vas_cm * 10)
a$haq8 <- round(a$haq_di * 8)  # eighths
columns <- function(improvement_times_100, range, bounds) {
  # Column 1-5 of the points table: how many bounds the improvement (in %) exceeds.
  sapply(improvement_times_100, function(x) sum(x > bounds * range)) + 1
}
points <- list(pga = c(0, 7.5, 15, 17.5, 20), ptga = c(0, 2.5, 5, 7.5, 10),
               mmt = c(0, 10, 20, 27.5, 32.5), haq = c(0, 5, 7.5, 7.5, 10),
               ck = c(0, 2.5, 5, 7.5, 7.5), extra = c(0, 7.5, 12.5, 15, 20))
bounds <- c(5, 15, 25, 40)
tis <- function(b, f) {
  points$pga[columns((b$pga - f$pga) * 100, 100, bounds)] +
    points$ptga[columns((b$ptga - f$ptga) * 100, 100, bounds)] +
    points$extra[columns((b$extra - f$extra) * 100, 100, bounds)] +
    points$mmt[columns((f$mmt8 - b$mmt8) * 100, 150, c(2, 10, 20, 30))] +
    points$haq[columns((b$haq8 - f$haq8) * 100, 24, bounds)] +
    points$ck[columns((b$ck_iu_per_l - f$ck_iu_per_l) * 100, b$ck_iu_per_l, bounds)]
}
worse30 <- function(before, after, higher_better = FALSE) {
  change <- if (higher_better) before - after else after - before
  before > 0 && change * 100 >= 30 * before
}
deteriorated <- function(b, f) {
  (f$pga - b$pga >= 20 && (b$mmt8 - f$mmt8) * 100 >= 20 * b$mmt8) ||
    f$extra - b$extra >= 20 ||
    sum(worse30(b$pga, f$pga), worse30(b$ptga, f$ptga), worse30(b$mmt8, f$mmt8, TRUE),
        worse30(b$haq8, f$haq8), worse30(b$extra, f$extra)) >= 3
}
result <- do.call(rbind, lapply(split(a, a$patient_id), function(p) {
  p <- p[order(p$week), ]
  b <- p[p$week == 0, ]
  follow <- p[p$week > 0 & p$week <= 16, ]
  flags <- sapply(seq_len(nrow(follow)), function(i) deteriorated(b, follow[i, ]))
  confirmed <- length(flags) >= 2 && any(flags[-1] & flags[-length(flags)])
  at16 <- p[p$week == 16, ]
  score <- if (nrow(at16) == 1) tis(b, at16) else NA
  data.frame(patient_id = p$patient_id[1], tis16 = score, confirmed = confirmed)
}))
result <- merge(result, arms)
result$responder <- !is.na(result$tis16) & result$tis16 >= 20 & !result$confirmed
counts <- table(factor(result$arm, c("ivig", "placebo")), result$responder)
print(counts)
stopifnot(counts["ivig", "TRUE"] == 37, sum(counts["ivig", ]) == 47,
          counts["placebo", "TRUE"] == 21, sum(counts["placebo", ]) == 48)
for (threshold in c(40, 60)) {
  r <- !is.na(result$tis16) & result$tis16 >= threshold & !result$confirmed
  cat(sprintf("TIS >= %d: ivig %d, placebo %d\n", threshold, sum(r & result$arm == "ivig"),
              sum(r & result$arm == "placebo")))
}
cat(sprintf("confirmed deterioration: ivig %d, placebo %d\n",
            sum(result$confirmed & result$arm == "ivig"),
            sum(result$confirmed & result$arm == "placebo")))
p <- fisher.test(matrix(c(37, 10, 21, 27), 2))$p.value
cat(sprintf("37/47 (%.1f %%) vs 21/48 (%.1f %%), Fisher p = %.17g\n", 100 * 37 / 47,
            100 * 21 / 48, p))
# The same responders by randomisation stratum (site): the Cochran-Mantel-Haenszel test that
# a protocol with primary_test = "cmh" reports (continuity-corrected, R's default).
strata <- read.csv(file.path(dir, "allocations.csv"))[, c("patient_id", "stratum")]
result <- merge(result, strata)
cmh <- mantelhaen.test(table(factor(result$arm, c("ivig", "placebo")),
                             factor(result$responder, c(TRUE, FALSE)), result$stratum))
cat(sprintf("CMH by site: statistic %.17g, p = %.17g, MH odds ratio %.17g [%.17g, %.17g]\n",
            cmh$statistic, cmh$p.value, cmh$estimate, cmh$conf.int[1], cmh$conf.int[2]))
cat("verify.R: every check passed\n")
