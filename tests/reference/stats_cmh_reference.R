#!/usr/bin/env Rscript
# Reference values for myoivig's Cochran-Mantel-Haenszel test of 2 x 2 x K tables
# (src/stats/mantel_haenszel.cpp), computed by R's mantelhaen.test(x, correct = ...).
#
# Run by hand from the repository root with Debian's R 4.2.2 (base R only):
#     Rscript tests/reference/stats_cmh_reference.R
# It rewrites tests/reference/stats_cmh.csv, which src/stats/mantel_haenszel_test.cpp reads,
# comparing to 1e-9 relative. Each stratum is "a b c d" (rows a b / c d: responders and
# non-responders of the first arm, then of the second), strata separated by ";".
stopifnot(getRversion() == "4.2.2")

out_dir <- if (dir.exists("tests/reference")) "tests/reference" else "."
num <- function(v) sprintf("%.17g", as.numeric(v))
cases <- list(
  # Two strata as in a site-stratified trial.
  list(name = "two_sites", strata = list(c(10, 2, 6, 7), c(12, 4, 7, 9))),
  list(name = "six_sites", strata = list(c(6, 2, 4, 4), c(7, 1, 3, 5), c(5, 3, 4, 4),
                                         c(6, 2, 3, 5), c(7, 1, 4, 3), c(6, 1, 3, 6))),
  list(name = "small_delta", strata = list(c(3, 3, 3, 3), c(2, 2, 2, 3))),
  list(name = "unequal_sizes", strata = list(c(1, 1, 0, 2), c(20, 5, 8, 15), c(3, 0, 1, 2))),
  list(name = "favours_second", strata = list(c(2, 8, 7, 3), c(1, 9, 6, 4), c(3, 7, 8, 2))),
  list(name = "zero_cell", strata = list(c(5, 0, 2, 3), c(4, 1, 1, 4))))
rows <- list()
for (case in cases) for (correct in c(TRUE, FALSE)) for (conf_level in c(0.95, 0.9)) {
  k <- length(case$strata)
  x <- array(unlist(lapply(case$strata, function(s) s[c(1, 3, 2, 4)])), dim = c(2, 2, k))
  res <- mantelhaen.test(x, correct = correct, conf.level = conf_level)
  rows[[length(rows) + 1]] <- list(
    case = case$name,
    strata = paste(sapply(case$strata, function(s) paste(s, collapse = " ")), collapse = ";"),
    correct = if (correct) "true" else "false", conf_level = num(conf_level),
    statistic = num(res$statistic), p_value = num(res$p.value),
    estimate = num(res$estimate), ci_low = num(res$conf.int[1]), ci_high = num(res$conf.int[2]))
}
df <- do.call(rbind, lapply(rows, function(r) as.data.frame(r, stringsAsFactors = FALSE)))
write.csv(df, file.path(out_dir, "stats_cmh.csv"), row.names = FALSE, quote = TRUE)
cat(sprintf("%-28s %4d cases\n", "stats_cmh.csv", nrow(df)))
