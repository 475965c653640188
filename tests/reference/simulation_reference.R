#!/usr/bin/env Rscript
# Reference values for myoivig's trial-design simulator (src/stats simulation kernels,
# src/analysis power designs), computed by R.
#
# Run by hand from the repository root with Debian's R 4.2.2 and r-cran-exactranktests:
#     Rscript tests/reference/simulation_reference.R
# It rewrites
#   tests/reference/stats_simulation.csv        R's simulated power of several designs with
#                                               a large number of replicates (seed fixed);
#                                               myoivig's simulated power must agree within
#                                               4 combined Monte Carlo standard errors
#                                               (src/analysis/power_design_reference_test.cpp)
#   tests/reference/stats_signrank_critical.csv exact critical values of the signed-rank
#                                               test from psignrank/qsignrank and
#                                               wilcox.test's own p-value formula
#                                               (src/stats/signrank_critical_test.cpp)
# Numbers are written with 17 significant digits; vectors are space-separated.
#
# The designs use the same distributions as myoivig, not the same random numbers:
#   normal     D + S * rnorm(n)
#   t3         D + S * rt(n, 3) / sqrt(3)
#   lognormal  D + S * (exp(rnorm(n)) - exp(1/2)) / sqrt(exp(1) * (exp(1) - 1))
#   resample   sample(observed, n, replace = TRUE)
#   round h    h * round(x / h)
# and the same tests: signrank = wilcox.test(exact = TRUE) without ties or zeros,
# exactRankTests::wilcox.exact (exact conditional) with them; ttest = t.test; signtest =
# binom.test on the nonzero signs; fisher = fisher.test; prop-diff = the Newcombe hybrid
# score interval (from prop.test(correct = FALSE)'s Wilson intervals) excluding 0.
# Reject when p <= alpha; a trial whose test fails (all zeros, constant data) does not
# reject, as in myoivig.

suppressPackageStartupMessages(library(exactRankTests))
stopifnot(getRversion() == "4.2.2")

out_dir <- if (dir.exists("tests/reference")) "tests/reference" else "."
num <- function(v) sprintf("%.17g", as.numeric(v))
vec <- function(v) if (length(v) == 0) "" else paste(num(v), collapse = " ")
write_table <- function(df, name) {
  path <- file.path(out_dir, name)
  write.csv(df, path, row.names = FALSE, quote = TRUE, na = "NA")
  cat(sprintf("%-32s %4d rows\n", name, nrow(df)))
}
r_alt <- function(a) if (a == "two-sided") "two.sided" else a

# ---------------------------------------------------------------------------------------
# Exact critical values of the signed-rank test (no ties): the values of V whose
# wilcox.test(exact = TRUE) p-value is <= alpha.
signrank_p <- function(v, n, alternative) {
  switch(alternative,
         "two-sided" = {
           p <- if (v > n * (n + 1) / 4) psignrank(v - 1, n, lower.tail = FALSE)
                else psignrank(v, n)
           min(2 * p, 1)
         },
         less = psignrank(v, n),
         greater = psignrank(v - 1, n, lower.tail = FALSE))
}
critical_rows <- list()
for (n in c(1:12, 15, 20, 25, 30, 40, 49, 50, 51, 60, 80, 100)) {
  for (alpha in c(0.1, 0.05, 0.01, 0.001)) {
    for (alternative in c("two-sided", "less", "greater")) {
      total <- n * (n + 1) / 2
      v <- 0:total
      p <- vapply(v, signrank_p, 0, n = n, alternative = alternative)
      rejected <- v[p <= alpha]
      centre <- n * (n + 1) / 4
      lower <- if (any(rejected <= centre)) max(rejected[rejected <= centre]) else -1
      upper <- if (any(rejected > centre)) min(rejected[rejected > centre]) else total + 1
      attained <- (if (lower >= 0) psignrank(lower, n) else 0) +
        (if (upper <= total) psignrank(upper - 1, n, lower.tail = FALSE) else 0)
      q <- if (alternative == "two-sided") qsignrank(alpha / 2, n) else qsignrank(alpha, n)
      critical_rows[[length(critical_rows) + 1]] <- data.frame(
        n = n, alpha = num(alpha), alternative = alternative, lower = lower, upper = upper,
        attained_alpha = num(attained), qsignrank = q, stringsAsFactors = FALSE)
    }
  }
}
write_table(do.call(rbind, critical_rows), "stats_signrank_critical.csv")

# ---------------------------------------------------------------------------------------
# Simulated power.
lognormal_mean <- exp(0.5)
lognormal_sd <- sqrt(exp(1) * (exp(1) - 1))
draw_changes <- function(d) {
  x <- switch(d$distribution,
              normal = d$mean_change + d$sd * rnorm(d$n),
              t3 = d$mean_change + d$sd * rt(d$n, 3) / sqrt(3),
              lognormal = d$mean_change +
                d$sd * (exp(rnorm(d$n)) - lognormal_mean) / lognormal_sd,
              resample = sample(d$observed, d$n, replace = TRUE))
  if (d$round > 0) x <- d$round * round(x / d$round)
  x
}
paired_p <- function(x, test, alternative) {
  alt <- r_alt(alternative)
  tryCatch(switch(test,
    signrank = {
      nonzero <- x[x != 0]
      if (length(nonzero) == 0) stop("all zero")
      if (any(x == 0) || any(duplicated(abs(nonzero)))) {
        wilcox.exact(x, alternative = alt, exact = TRUE)$p.value
      } else {
        wilcox.test(x, alternative = alt, exact = TRUE)$p.value
      }
    },
    ttest = t.test(x, alternative = alt)$p.value,
    signtest = {
      m <- sum(x != 0)
      if (m == 0) stop("all zero")
      binom.test(sum(x > 0), m, alternative = alt)$p.value
    }), error = function(e) NA_real_)
}
simulate_paired <- function(d) {
  p <- vapply(seq_len(d$reps), function(i) paired_p(draw_changes(d), d$test, d$alternative), 0)
  sum(!is.na(p) & p <= d$alpha)
}
wilson <- function(x, n, level) {
  vapply(0:n, function(k) prop.test(k, n, correct = FALSE, conf.level = level)$conf.int[1:2],
         c(0, 0))
}
simulate_two_arm <- function(d) {
  x1 <- rbinom(d$reps, d$n1, d$p1)
  x2 <- rbinom(d$reps, d$n2, d$p2)
  if (d$test == "fisher") {
    p <- mapply(function(a, c) fisher.test(matrix(c(a, c, d$n1 - a, d$n2 - c), 2),
                                           alternative = r_alt(d$alternative))$p.value, x1, x2)
    return(sum(p <= d$alpha))
  }
  level <- if (d$alternative == "two-sided") 1 - d$alpha else 1 - 2 * d$alpha
  w1 <- wilson(0, d$n1, level)
  w2 <- wilson(0, d$n2, level)
  q1 <- x1 / d$n1
  q2 <- x2 / d$n2
  l1 <- w1[1, x1 + 1]; u1 <- w1[2, x1 + 1]; l2 <- w2[1, x2 + 1]; u2 <- w2[2, x2 + 1]
  low <- (q1 - q2) - sqrt((q1 - l1)^2 + (u2 - q2)^2)
  high <- (q1 - q2) + sqrt((u1 - q1)^2 + (q2 - l2)^2)
  reject <- switch(d$alternative, "two-sided" = low > 0 | high < 0, greater = low > 0,
                   less = high < 0)
  sum(reject)
}

observed_changes <- c(12, 7, 10, 2, 14, 4, 15, 6, -3, 0, 2, -1)
paired <- function(id, distribution, n, mean_change, sd, test, alternative = "two-sided",
                   alpha = 0.05, round = 0, observed = numeric(0), reps = 100000) {
  list(id = id, design = "paired", distribution = distribution, n = n,
       mean_change = mean_change, sd = sd, round = round, test = test, alpha = alpha,
       alternative = alternative, observed = observed, reps = reps,
       n1 = 0, n2 = 0, p1 = 0, p2 = 0)
}
two_arm <- function(id, n1, n2, p1, p2, test, alternative = "two-sided", alpha = 0.05,
                    reps = 40000) {
  list(id = id, design = "two-arm", distribution = "", n = 0, mean_change = 0, sd = 0,
       round = 0, test = test, alpha = alpha, alternative = alternative,
       observed = numeric(0), reps = reps, n1 = n1, n2 = n2, p1 = p1, p2 = p2)
}
designs <- list(
  paired("normal_n8_signrank", "normal", 8, 1, 1, "signrank"),
  paired("normal_n8_ttest", "normal", 8, 1, 1, "ttest"),
  paired("normal_n8_null_signrank", "normal", 8, 0, 1, "signrank"),
  paired("normal_n12_signtest", "normal", 12, 0.5, 1, "signtest"),
  paired("t3_n15_signrank_greater", "t3", 15, 0.4, 1, "signrank", "greater"),
  paired("t3_n15_ttest_greater", "t3", 15, 0.4, 1, "ttest", "greater"),
  paired("lognormal_n20_signrank", "lognormal", 20, 0.5, 1, "signrank"),
  paired("lognormal_n20_ttest", "lognormal", 20, 0.5, 1, "ttest"),
  paired("normal_round1_n10_signrank", "normal", 10, 3, 4, "signrank", round = 1),
  paired("normal_round1_n10_signtest", "normal", 10, 3, 4, "signtest", round = 1),
  paired("resample_n8_signrank", "resample", 8, 0, 0, "signrank",
         observed = observed_changes),
  paired("normal_n60_signrank_less_001", "normal", 60, -0.4, 1, "signrank", "less",
         alpha = 0.01),
  two_arm("fisher_20_20", 20, 20, 0.7, 0.3, "fisher"),
  two_arm("fisher_15_12_greater", 15, 12, 0.6, 0.3, "fisher", "greater"),
  two_arm("prop_diff_30_30", 30, 30, 0.6, 0.3, "prop-diff", reps = 100000),
  two_arm("prop_diff_25_20_less", 25, 20, 0.3, 0.6, "prop-diff", "less", reps = 100000)
)

set.seed(20240604)
rows <- lapply(designs, function(d) {
  started <- proc.time()[["elapsed"]]
  rejections <- if (d$design == "paired") simulate_paired(d) else simulate_two_arm(d)
  power <- rejections / d$reps
  cat(sprintf("  %-30s power %.4f (%.1f s)\n", d$id, power,
              proc.time()[["elapsed"]] - started))
  data.frame(id = d$id, design = d$design, distribution = d$distribution, n = d$n,
             mean_change = num(d$mean_change), sd = num(d$sd), round = num(d$round),
             observed = vec(d$observed), test = d$test, alpha = num(d$alpha),
             alternative = d$alternative, n1 = d$n1, n2 = d$n2, p1 = num(d$p1),
             p2 = num(d$p2), reps = as.integer(d$reps), rejections = rejections, power = num(power),
             mcse = num(sqrt(power * (1 - power) / d$reps)), stringsAsFactors = FALSE)
})
write_table(do.call(rbind, rows), "stats_simulation.csv")
