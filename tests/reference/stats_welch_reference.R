#!/usr/bin/env Rscript
# Reference values for myoivig's two-sample Welch t-test (src/stats/welch_ttest.cpp),
# computed by R's t.test(x, y) (var.equal = FALSE).
#
# Run by hand from the repository root with Debian's R 4.2.2 (base R only):
#     Rscript tests/reference/stats_welch_reference.R
# It rewrites tests/reference/stats_welch.csv, which src/stats/welch_ttest_test.cpp reads,
# comparing to 1e-9 relative. Numbers are written with 17 significant digits; vectors are
# space-separated; Inf/-Inf mark the infinite end of a one-sided interval.
stopifnot(getRversion() == "4.2.2")

out_dir <- if (dir.exists("tests/reference")) "tests/reference" else "."
num <- function(v) {
  v <- as.numeric(v)
  s <- sprintf("%.17g", v)
  s[is.nan(v)] <- "NaN"
  s
}
vec <- function(v) paste(num(v), collapse = " ")

cases <- list(
  list(name = "mmt8_change", x = c(12, 9, 15, 4, 11, 18, 7, 10),
       y = c(3, 6, -1, 5, 2, 8, 0)),
  list(name = "vas_change_cm", x = c(-2.1, -3.4, -1.8, -2.9, -0.6, -2.2),
       y = c(-0.4, -1.1, 0.3, -0.9, -1.6, 0.2, -0.5, -0.8)),
  list(name = "unequal_spread", x = c(1, 2, 3, 4, 50), y = c(10, 11, 12)),
  list(name = "two_each", x = c(1, 3), y = c(2, 7)),
  list(name = "ck_change", x = c(-420, -150, -35, -610, -88, -240, -15, -300, -95),
       y = c(-60, 20, -110, -45, 5, -80)),
  list(name = "large_values", x = 1e6 + c(0.5, 1.5, 2.5, 3.5), y = 1e6 + c(1, 2, 2.2)),
  list(name = "identical_means", x = c(1, 2, 3), y = c(0, 2, 4)))
alternatives <- c("two.sided", "less", "greater")
alt_name <- function(a) if (a == "two.sided") "two-sided" else a

rows <- list()
for (case in cases) for (alternative in alternatives) for (conf_level in c(0.95, 0.9)) {
  for (mu in c(0, 1.5)) {
    res <- t.test(case$x, case$y, mu = mu, alternative = alternative, conf.level = conf_level)
    rows[[length(rows) + 1]] <- list(
      case = case$name, x = vec(case$x), y = vec(case$y), mu = num(mu),
      alternative = alt_name(alternative), conf_level = num(conf_level),
      statistic = num(res$statistic), df = num(res$parameter), p_value = num(res$p.value),
      estimate = num(res$estimate[1] - res$estimate[2]), std_error = num(res$stderr),
      ci_low = num(res$conf.int[1]), ci_high = num(res$conf.int[2]))
  }
}
df <- do.call(rbind, lapply(rows, function(r) as.data.frame(r, stringsAsFactors = FALSE)))
write.csv(df, file.path(out_dir, "stats_welch.csv"), row.names = FALSE, quote = TRUE)
cat(sprintf("%-28s %4d cases\n", "stats_welch.csv", nrow(df)))
