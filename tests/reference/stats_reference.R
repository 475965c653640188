#!/usr/bin/env Rscript
# Reference values for myoivig's statistics engine (src/stats), computed by R.
#
# Run by hand from the repository root with Debian's R 4.2.2 and the packages
# r-cran-exactranktests, r-cran-coin and r-cran-boot:
#     Rscript tests/reference/stats_reference.R
# It rewrites tests/reference/stats_*.csv, which the C++ tests (src/stats/*_test.cpp) read.
# Numbers are written with 17 significant digits so that they read back as the same
# doubles; vectors are space-separated; NA marks a missing value, Inf/-Inf infinite ends.
#
# What is compared, and how closely (see shared/specs/statistics.md):
#   1e-9 relative: exact and closed-form results (p-values, V, t, df, exact Walsh-average
#     intervals, Clopper-Pearson and Wilson bounds, Fisher p, adjusted p, descriptive).
#   1e-4 relative: where R root-finds (Fisher's conditional MLE and interval from
#     fisher.test; wilcox.test's asymptotic interval, which myoivig solves exactly).
#   The *_tight columns of stats_fisher.csv solve fisher.test's own equations with
#   uniroot on log(odds ratio) at tol 1e-13, to show how close R's default output is.

suppressPackageStartupMessages({
  library(exactRankTests)
  library(coin)
})
stopifnot(getRversion() == "4.2.2")

out_dir <- if (dir.exists("tests/reference")) "tests/reference" else "."
num <- function(v) {
  v <- as.numeric(v)
  s <- sprintf("%.17g", v)
  s[is.na(v) & !is.nan(v)] <- "NA"
  s[is.nan(v)] <- "NaN"
  s
}
vec <- function(v) if (length(v) == 0) "" else paste(num(v), collapse = " ")
write_table <- function(rows, name) {
  df <- do.call(rbind, lapply(rows, function(r) as.data.frame(r, stringsAsFactors = FALSE)))
  path <- file.path(out_dir, name)
  write.csv(df, path, row.names = FALSE, quote = TRUE, na = "NA")
  cat(sprintf("%-28s %4d cases\n", name, nrow(df)))
}
quiet <- function(expr) tryCatch(suppressWarnings(expr), error = function(e) NULL)
alternatives <- c("two.sided", "less", "greater")
alt_name <- function(a) if (a == "two.sided") "two-sided" else a

# ---------------------------------------------------------------------------------------
# Data sets: differences (or x, y pairs) covering the edge cases of the issue.
set.seed(20240501)
data_sets <- list(
  seed_paired_all_positive = list(x = c(62, 58, 70, 55, 66, 49, 73, 60),
                                  y = c(50, 51, 60, 53, 52, 45, 58, 54)),
  seed_paired_tied_changes = list(x = c(2, 4, 4, 6, 8, 8, 10, 12)),
  n1 = list(x = 3.5),
  n1_negative = list(x = -2),
  n2 = list(x = c(1.5, -0.5)),
  n3 = list(x = c(2.1, 3.3, -1.2)),
  n5 = list(x = c(1.1, 2.3, -0.4, 3.7, 0.9)),
  all_ties = list(x = rep(2, 7)),
  all_ties_negative = list(x = rep(-1.5, 10)),
  zeros = list(x = c(0, 1, 2, -3, 4, 5, 0, 6)),
  zeros_and_ties = list(x = c(0, 0, 1, -2, 3, 3, 4, 5, -1, 6, 2)),
  half_midranks = list(x = c(0.5, 1, 1, -0.5, 1.5, 2, 2, 2, -1, 3)),
  decimal_ties = list(x = c(0.1, -0.1, 0.2, 0.3, -0.2, 0.2, 0.4, 0.1, 0.7, -0.3)),
  normal_n10 = list(x = round(rnorm(10, 0.5, 1), 4)),
  normal_n20 = list(x = round(rnorm(20, 0.4, 1), 4)),
  normal_n30 = list(x = round(rnorm(30, -0.3, 1), 4)),
  normal_n49 = list(x = round(rnorm(49, 0.3, 1), 5)),
  normal_n50 = list(x = round(rnorm(50, 0.3, 1), 5)),
  normal_n60 = list(x = round(rnorm(60, 0.2, 1), 5)),
  integer_n15 = list(x = sample(-3:6, 15, replace = TRUE)),
  integer_n30 = list(x = sample(-4:6, 30, replace = TRUE)),
  integer_n49 = list(x = sample(-5:8, 49, replace = TRUE)),
  integer_n50 = list(x = sample(-5:8, 50, replace = TRUE)),
  integer_n80 = list(x = sample(-6:9, 80, replace = TRUE)),
  integer_n200 = list(x = round(rnorm(200, 0.6, 3))),
  halves_n200 = list(x = round(rnorm(200, -0.3, 2) * 2) / 2),
  integer_n400 = list(x = round(rnorm(400, 0.2, 4))),
  positive_n40 = list(x = (1:40) * 1.1),
  positive_n60 = list(x = (1:60) * 0.7 + 0.05),
  positive_n100 = list(x = sqrt(1:100)),
  positive_n300 = list(x = (1:300) / 7),
  paired_missing = list(x = c(10, 12, NA, 15, 9, 11, 14, 13, 8),
                        y = c(8, 12, 9, NA, 10, 7, 9, 10, 8.5))
)
with_mu <- list(
  list(set = "normal_n20", mu = 1),
  list(set = "integer_n15", mu = 2),
  list(set = "normal_n10", mu = -0.5),
  list(set = "integer_n50", mu = 1),
  list(set = "half_midranks", mu = 0.5)
)
cases <- list()
for (name in names(data_sets)) cases[[length(cases) + 1]] <- c(list(name = name, mu = 0), data_sets[[name]])
for (m in with_mu) {
  cases[[length(cases) + 1]] <- c(list(name = paste0(m$set, "_mu", m$mu), mu = m$mu), data_sets[[m$set]])
}
differences <- function(case) {
  if (is.null(case$y)) case$x[!is.na(case$x)] else {
    ok <- complete.cases(case$x, case$y)
    case$x[ok] - case$y[ok]
  }
}
walsh_median <- function(v) {
  w <- outer(v, v, "+")
  median(w[!lower.tri(w)] / 2)
}

# ---------------------------------------------------------------------------------------
# Wilcoxon signed rank
signrank_rows <- list()
add_signrank <- function(case, alternative, conf_level, method, correct, zeros, reference,
                         expected_method, res, ci_tolerance, hl) {
  ci <- if (is.null(res$conf.int)) c(NA, NA) else as.numeric(res$conf.int)
  level <- if (is.null(res$conf.int)) NA else attr(res$conf.int, "conf.level")
  p <- if (reference == "coin") res$p else res$p.value
  stat <- if (reference == "coin") res$statistic else unname(res$statistic)
  signrank_rows[[length(signrank_rows) + 1]] <<- list(
    case = case$name, x = vec(case$x), y = if (is.null(case$y)) "" else vec(case$y),
    mu = num(case$mu), alternative = alt_name(alternative), conf_level = num(conf_level),
    method = method, correct = correct, zeros = zeros, reference = reference,
    expected_method = expected_method, statistic = num(stat), p_value = num(p),
    ci_low = num(ci[1]), ci_high = num(ci[2]), ci_conf_level = num(level),
    ci_tolerance = ci_tolerance, hl_estimate = num(hl))
}
for (case in cases) {
  d <- differences(case)
  shifted <- d - case$mu
  nonzero <- shifted[shifted != 0]
  n <- length(nonzero)
  if (n == 0) next
  has_zeros <- any(shifted == 0)
  has_ties <- anyDuplicated(abs(nonzero)) > 0
  hl_wilcoxon <- walsh_median(nonzero + case$mu)
  hl_pratt <- walsh_median(shifted + case$mu)
  levels <- if (case$name %in% c("seed_paired_all_positive", "zeros_and_ties", "normal_n20",
                                 "integer_n30", "n5", "half_midranks")) c(0.95, 0.9, 0.99) else 0.95
  want_ci <- length(d) <= 200
  for (alternative in alternatives) for (conf_level in levels) {
    call_wilcox <- function(...) {
      if (is.null(case$y)) wilcox.test(case$x, mu = case$mu, alternative = alternative,
                                        conf.int = want_ci, conf.level = conf_level, ...)
      else wilcox.test(case$x, case$y, paired = TRUE, mu = case$mu, alternative = alternative,
                       conf.int = want_ci, conf.level = conf_level, ...)
    }
    if (!has_ties && !has_zeros) {
      res <- quiet(call_wilcox(exact = TRUE))
      if (!is.null(res)) add_signrank(case, alternative, conf_level, "exact", "true", "wilcoxon",
                                      "wilcox.test", "exact", res,
                                      if (want_ci) "exact" else "none", hl_wilcoxon)
    }
    for (correct in c(TRUE, FALSE)) {
      res <- quiet(call_wilcox(exact = FALSE, correct = correct))
      if (is.null(res)) res <- quiet(call_wilcox(exact = FALSE, correct = correct, conf.int = FALSE))
      if (is.null(res)) next
      ci_ok <- want_ci && !is.null(res$conf.int) && all(is.finite(res$conf.int) | is.infinite(res$conf.int)) &&
        !any(is.nan(res$conf.int))
      add_signrank(case, alternative, conf_level, "normal", tolower(correct), "wilcoxon",
                   "wilcox.test", "normal", res, if (ci_ok) "root" else "none", hl_wilcoxon)
    }
    res <- quiet(call_wilcox())
    if (!is.null(res)) {
      classic_exact <- n < 50 && !has_ties && !has_zeros
      ci_ok <- want_ci && !any(is.nan(res$conf.int))
      add_signrank(case, alternative, conf_level, "classic", "true", "wilcoxon", "wilcox.test",
                   if (classic_exact) "exact" else "normal", res,
                   if (!ci_ok) "none" else if (classic_exact) "exact" else "root", hl_wilcoxon)
    }
    if (has_ties || has_zeros) {
      res <- quiet(if (is.null(case$y))
        wilcox.exact(case$x, mu = case$mu, alternative = alternative, exact = TRUE,
                     conf.int = want_ci, conf.level = conf_level)
      else wilcox.exact(case$x, case$y, paired = TRUE, mu = case$mu, alternative = alternative,
                        exact = TRUE, conf.int = want_ci, conf.level = conf_level))
      if (!is.null(res)) add_signrank(case, alternative, conf_level, "exact", "true", "wilcoxon",
                                      "wilcox.exact", "exact-conditional", res,
                                      if (want_ci) "exact" else "none", hl_wilcoxon)
    }
    if (has_zeros && conf_level == 0.95) {
      df <- data.frame(y = shifted, x = 0)
      coin_alt <- alternative
      test <- quiet(wilcoxsign_test(y ~ x, data = df, zero.method = "Pratt",
                                    distribution = "exact", alternative = coin_alt))
      if (!is.null(test)) {
        res <- list(p = pvalue(test), statistic = as.numeric(statistic(test, "linear")))
        # Zeros are present, so the scores are not 1..n: always the conditional distribution.
        add_signrank(case, alternative, conf_level, "exact", "true", "pratt", "coin",
                     "exact-conditional", res, "none", hl_pratt)
      }
    }
  }
}
write_table(signrank_rows, "stats_signrank.csv")

# ---------------------------------------------------------------------------------------
# t-test, sign test
ttest_rows <- list()
signtest_rows <- list()
for (case in cases) {
  d <- differences(case)
  for (alternative in alternatives) for (conf_level in c(0.95, 0.9)) {
    res <- quiet(if (is.null(case$y)) t.test(case$x, mu = case$mu, alternative = alternative,
                                              conf.level = conf_level)
                 else t.test(case$x, case$y, paired = TRUE, mu = case$mu,
                             alternative = alternative, conf.level = conf_level))
    if (!is.null(res) && is.finite(res$statistic)) {
      ttest_rows[[length(ttest_rows) + 1]] <- list(
        case = case$name, x = vec(case$x), y = if (is.null(case$y)) "" else vec(case$y),
        mu = num(case$mu), alternative = alt_name(alternative), conf_level = num(conf_level),
        statistic = num(res$statistic), df = num(res$parameter), p_value = num(res$p.value),
        estimate = num(res$estimate), ci_low = num(res$conf.int[1]),
        ci_high = num(res$conf.int[2]))
    }
    if (conf_level == 0.95) {
      positives <- sum(d > case$mu)
      nonzero <- sum(d != case$mu)
      if (nonzero > 0) {
        res <- binom.test(positives, nonzero, 0.5, alternative = alternative)
        signtest_rows[[length(signtest_rows) + 1]] <- list(
          case = case$name, x = vec(case$x), y = if (is.null(case$y)) "" else vec(case$y),
          mu = num(case$mu), alternative = alt_name(alternative), positives = positives,
          n = nonzero, p_value = num(res$p.value))
      }
    }
  }
}
write_table(ttest_rows, "stats_ttest.csv")
write_table(signtest_rows, "stats_signtest.csv")

# ---------------------------------------------------------------------------------------
# Binomial: exact test, Clopper-Pearson, Wilson (prop.test without and with correction)
binom_cases <- list(c(0, 10, 0.5), c(10, 10, 0.5), c(1, 1, 0.5), c(0, 1, 0.5), c(3, 10, 0.5),
                    c(7, 10, 0.3), c(5, 20, 0.25), c(37, 47, 0.5), c(21, 48, 0.5),
                    c(0, 1000, 0.5), c(1, 1000, 0.5), c(500, 1000, 0.5), c(450, 1000, 0.5),
                    c(3, 100, 0.01), c(0, 50, 0.01), c(50, 50, 0.99), c(13, 30, 1 / 3),
                    c(15, 30, 0.5), c(2, 5, 0), c(0, 5, 0), c(5, 5, 1), c(12345, 40000, 0.3),
                    c(8, 8, 0.5), c(6, 8, 0.5), c(1, 8, 0.5))
binom_rows <- list()
for (bc in binom_cases) for (alternative in alternatives) for (conf_level in c(0.95, 0.9)) {
  x <- bc[1]; n <- bc[2]; p <- bc[3]
  res <- binom.test(x, n, p, alternative = alternative, conf.level = conf_level)
  wilson <- suppressWarnings(prop.test(x, n, p = 0.5, alternative = alternative,
                                       conf.level = conf_level, correct = FALSE))$conf.int
  # prop.test shrinks the continuity correction to |x - n p| below 1/2: use a p far away.
  p_far <- if (x / n < 0.5) 0.99 else 0.01
  wilson_cc <- suppressWarnings(prop.test(x, n, p = p_far, alternative = alternative,
                                          conf.level = conf_level, correct = TRUE))$conf.int
  binom_rows[[length(binom_rows) + 1]] <- list(
    x = x, n = n, p = num(p), alternative = alt_name(alternative), conf_level = num(conf_level),
    p_value = num(res$p.value), estimate = num(res$estimate), cp_low = num(res$conf.int[1]),
    cp_high = num(res$conf.int[2]), wilson_low = num(wilson[1]), wilson_high = num(wilson[2]),
    wilson_cc_low = num(wilson_cc[1]), wilson_cc_high = num(wilson_cc[2]))
}
write_table(binom_rows, "stats_binom.csv")

# ---------------------------------------------------------------------------------------
# Fisher's exact test for 2x2 tables
fisher_tight <- function(tab, alternative, conf.level) {
  m <- sum(tab[, 1]); n <- sum(tab[, 2]); k <- sum(tab[1, ]); x <- tab[1, 1]
  lo <- max(0, k - n); hi <- min(k, m); support <- lo:hi
  logdc <- dhyper(support, m, n, k, log = TRUE)
  dn <- function(theta) { d <- logdc + theta * support; d <- exp(d - max(d)); d / sum(d) }
  mn <- function(theta) sum(support * dn(theta))
  solve <- function(f) exp(uniroot(f, c(-5, 5), tol = 1e-13, extendInt = "yes")$root)
  est <- if (x == lo) 0 else if (x == hi) Inf else solve(function(t) mn(t) - x)
  upper_end <- function(alpha) if (x == hi) Inf else solve(function(t) sum(dn(t)[support <= x]) - alpha)
  lower_end <- function(alpha) if (x == lo) 0 else solve(function(t) sum(dn(t)[support >= x]) - alpha)
  ci <- switch(alternative, less = c(0, upper_end(1 - conf.level)),
               greater = c(lower_end(1 - conf.level), Inf),
               two.sided = c(lower_end((1 - conf.level) / 2), upper_end((1 - conf.level) / 2)))
  c(est, ci)
}
fisher_tables <- list(c(3, 1, 1, 3), c(1, 3, 3, 1), c(10, 2, 3, 15), c(37, 10, 21, 27),
                      c(0, 5, 5, 0), c(5, 0, 0, 5), c(0, 10, 10, 10), c(10, 0, 5, 5),
                      c(2, 8, 8, 2), c(1, 0, 0, 1), c(50, 0, 0, 50), c(100, 10, 10, 100),
                      c(20, 30, 25, 25), c(3, 7, 5, 5), c(7, 12, 0, 15), c(0, 0, 5, 5),
                      c(1, 9, 0, 10), c(12, 5, 4, 11), c(200, 150, 180, 210), c(6, 2, 1, 9))
fisher_rows <- list()
for (tb in fisher_tables) for (alternative in alternatives) for (conf_level in c(0.95, 0.9)) {
  tab <- matrix(tb, 2, 2, byrow = TRUE)
  res <- fisher.test(tab, alternative = alternative, conf.level = conf_level)
  degenerate <- any(rowSums(tab) == 0) || any(colSums(tab) == 0)
  tight <- if (degenerate) c(NA, NA, NA) else fisher_tight(tab, alternative, conf_level)
  fisher_rows[[length(fisher_rows) + 1]] <- list(
    a = tb[1], b = tb[2], c = tb[3], d = tb[4], alternative = alt_name(alternative),
    conf_level = num(conf_level), p_value = num(res$p.value),
    estimate = num(if (degenerate) NA else res$estimate),
    ci_low = num(if (degenerate) NA else res$conf.int[1]),
    ci_high = num(if (degenerate) NA else res$conf.int[2]),
    estimate_tight = num(tight[1]), ci_low_tight = num(tight[2]), ci_high_tight = num(tight[3]))
}
write_table(fisher_rows, "stats_fisher.csv")

# ---------------------------------------------------------------------------------------
# Difference of proportions: Newcombe's hybrid score interval from prop.test's Wilson
# intervals, and fisher.test's two-sided p-value.
newcombe <- function(x1, n1, x2, n2, conf_level) {
  w1 <- prop.test(x1, n1, correct = FALSE, conf.level = conf_level)$conf.int
  w2 <- prop.test(x2, n2, correct = FALSE, conf.level = conf_level)$conf.int
  p1 <- x1 / n1; p2 <- x2 / n2; d <- p1 - p2
  c(d, d - sqrt((p1 - w1[1])^2 + (w2[2] - p2)^2), d + sqrt((w1[2] - p1)^2 + (p2 - w2[1])^2))
}
prop_cases <- list(c(37, 47, 21, 48), c(5, 10, 5, 10), c(0, 10, 0, 12), c(10, 10, 0, 10),
                   c(9, 10, 3, 10), c(1, 25, 8, 25), c(56, 70, 48, 80), c(0, 5, 3, 5),
                   c(150, 200, 120, 200), c(1, 1, 0, 1))
prop_rows <- list()
for (pc in prop_cases) for (conf_level in c(0.95, 0.9)) {
  r <- suppressWarnings(newcombe(pc[1], pc[2], pc[3], pc[4], conf_level))
  f <- fisher.test(matrix(c(pc[1], pc[2] - pc[1], pc[3], pc[4] - pc[3]), 2, 2, byrow = TRUE))
  prop_rows[[length(prop_rows) + 1]] <- list(
    x1 = pc[1], n1 = pc[2], x2 = pc[3], n2 = pc[4], conf_level = num(conf_level),
    difference = num(r[1]), ci_low = num(r[2]), ci_high = num(r[3]), p_value = num(f$p.value))
}
write_table(prop_rows, "stats_prop_diff.csv")

# ---------------------------------------------------------------------------------------
# p.adjust
p_sets <- list(c(0.01, 0.04, 0.03, 0.005, 0.2), c(0.01, NA, 0.04, 0.03, NA, 0.5),
               c(0.01, 0.01, 0.02, 0.02, 0.5), c(0.03), c(NA, 0.02, NA), c(0.9, 0.95, 1),
               c(0, 0, 1e-10, 0.5), round(runif(20), 6), c(0.04, 0.049, 0.0491, 0.05))
p_rows <- list()
for (i in seq_along(p_sets)) for (method in c("holm", "hochberg", "BH", "bonferroni")) {
  p_rows[[length(p_rows) + 1]] <- list(case = i, method = method, p = vec(p_sets[[i]]),
                                       adjusted = vec(p.adjust(p_sets[[i]], method)))
}
write_table(p_rows, "stats_p_adjust.csv")

# ---------------------------------------------------------------------------------------
# Descriptive statistics
desc_sets <- list(c(1, 2, 3, 4), c(5, NA), c(2, 2, 2), round(rnorm(25, 10, 3), 3),
                  c(1e10 + 1, 1e10 + 2, 1e10 + 3), c(-3.5, 0, 7.25, 100), c(3, 1, 4, 1, 5, 9, 2, 6),
                  c(0.1, 0.2, 0.3), sample(0:5, 17, replace = TRUE))
probs <- c(0, 0.1, 0.25, 1 / 3, 0.5, 0.9, 1)
desc_rows <- list()
for (i in seq_along(desc_sets)) {
  v <- desc_sets[[i]]
  w <- v[!is.na(v)]
  desc_rows[[length(desc_rows) + 1]] <- list(
    case = i, x = vec(v), mean = num(mean(w)), variance = num(if (length(w) > 1) var(w) else NA),
    sd = num(if (length(w) > 1) sd(w) else NA), median = num(median(w)),
    q1 = num(quantile(w, 0.25, names = FALSE)), q3 = num(quantile(w, 0.75, names = FALSE)),
    min = num(min(w)), max = num(max(w)), probs = vec(probs),
    quantiles = vec(quantile(w, probs, names = FALSE)))
}
write_table(desc_rows, "stats_descriptive.csv")

# ---------------------------------------------------------------------------------------
# Distribution functions (Boost.Math wrappers and the signed-rank distribution)
dist_rows <- list()
add_dist <- function(fn, args, value) {
  a <- c(args, rep(NA, 4 - length(args)))
  dist_rows[[length(dist_rows) + 1]] <<- list(fn = fn, a = num(a[1]), b = num(a[2]),
                                              c = num(a[3]), d = num(a[4]), value = num(value))
}
for (z in c(-40, -8, -1.96, 0, 0.5, 5)) add_dist("pnorm", z, pnorm(z))
for (z in c(-3, 1.96, 10, 37)) add_dist("pnorm_upper", z, pnorm(z, lower.tail = FALSE))
for (p in c(1e-300, 1e-10, 0.025, 0.5, 0.975, 0.999999)) add_dist("qnorm", p, qnorm(p))
for (a in list(c(-3, 5), c(2.5, 1), c(0.3, 30), c(-40, 3))) add_dist("pt", a, pt(a[1], a[2]))
for (a in list(c(50, 3), c(2, 10), c(8, 100))) add_dist("pt_upper", a, pt(a[1], a[2], lower.tail = FALSE))
for (a in list(c(0.975, 1), c(0.999, 7), c(0.95, 49), c(0.025, 3.5))) add_dist("qt", a, qt(a[1], a[2]))
for (a in list(c(0.025, 1, 10), c(0.975, 37, 11), c(0.5, 0.5, 0.5), c(1e-8, 3, 4000))) {
  add_dist("qbeta", a, qbeta(a[1], a[2], a[3]))
}
for (a in list(c(3, 10, 0.3), c(0, 1000, 0.5), c(40, 50, 0.9))) {
  add_dist("dbinom", a, dbinom(a[1], a[2], a[3]))
  add_dist("pbinom", a, pbinom(a[1], a[2], a[3]))
  add_dist("pbinom_upper_ge", a, pbinom(a[1] - 1, a[2], a[3], lower.tail = FALSE))
}
for (a in list(c(2, 10, 7, 8), c(0, 50, 50, 50), c(30, 300, 200, 60))) {
  add_dist("dhyper", a, dhyper(a[1], a[2], a[3], a[4]))
  add_dist("phyper", a, phyper(a[1], a[2], a[3], a[4]))
  add_dist("phyper_upper_ge", a, phyper(a[1] - 1, a[2], a[3], a[4], lower.tail = FALSE))
}
for (a in list(c(10, 12), c(0, 5), c(27, 10), c(54, 10), c(300, 40), c(1000, 63), c(1200, 70), c(100, 200))) {
  add_dist("psignrank", a, psignrank(a[1], a[2]))
}
for (a in list(c(0.025, 10), c(0.5, 10), c(0.7, 10), c(0.975, 10), c(0.05, 30), c(0.005, 64), c(0.025, 1), c(0.95, 5))) {
  add_dist("qsignrank", a, qsignrank(a[1], a[2]))
}
write_table(dist_rows, "stats_distributions.csv")

# ---------------------------------------------------------------------------------------
# Bootstrap: the jackknife acceleration of Efron (1987) for each statistic, and for
# continuous samples boot's percentile and BCa intervals given the same textbook jackknife
# influence values L_i = (n - 1)(mean of the leave-one-out values - theta_(i)) (boot's own
# empinf(type = "jack") centres at theta_hat instead, which differs for the median and the
# Hodges-Lehmann estimator). The intervals differ from myoivig's by Monte Carlo error and
# by boot's interpolation at (R + 1) alpha, so the C++ test compares them only to a
# fraction of the bootstrap standard deviation.
suppressPackageStartupMessages(library(boot))
jack_influence <- function(v, f) {
  jk <- sapply(seq_along(v), function(i) f(v[-i]))
  (length(v) - 1) * (mean(jk) - jk)
}
jack_a <- function(v, f) {
  dev <- jack_influence(v, f)
  if (sum(dev^2) == 0) 0 else sum(dev^3) / (6 * sum(dev^2)^1.5)
}
stat_fns <- list(mean = mean, median = median, `hodges-lehmann` = walsh_median)
boot_reps <- 20000
boot_rows <- list()
for (name in c("seed_paired_all_positive", "half_midranks", "normal_n20", "normal_n30",
               "normal_n49", "positive_n40")) {
  d <- differences(c(list(name = name, mu = 0), data_sets[[name]]))
  compare <- name %in% c("normal_n20", "normal_n30", "normal_n49")
  for (s in names(stat_fns)) {
    ci <- rep(NA, 5)
    if (compare) {
      set.seed(7)
      b <- boot(d, function(x, i) stat_fns[[s]](x[i]), R = boot_reps)
      bc <- boot.ci(b, conf = 0.95, type = c("perc", "bca"), L = jack_influence(d, stat_fns[[s]]))
      ci <- c(bc$percent[4:5], bc$bca[4:5], sd(b$t))
    }
    boot_rows[[length(boot_rows) + 1]] <- list(
      case = name, x = vec(d), statistic = s, estimate = num(stat_fns[[s]](d)),
      acceleration = num(jack_a(d, stat_fns[[s]])), reps = boot_reps,
      percentile_low = num(ci[1]), percentile_high = num(ci[2]), bca_low = num(ci[3]),
      bca_high = num(ci[4]), boot_sd = num(ci[5]))
  }
}
write_table(boot_rows, "stats_bootstrap.csv")
