#include "io/report_style.hpp"

namespace myoivig::io {

std::string_view report_stylesheet() {
  return R"css(
:root {
  --ink: #1b2430; --muted: #5b6675; --rule: #d7dde5; --strong-rule: #1b2430;
  --accent: #1d4e89; --accent-soft: #eaf0f7; --paper: #ffffff; --page: #eef1f5;
  --alert: #a32018; --alert-soft: #fdf1ef;
}
* { box-sizing: border-box; }
html { font-size: 15px; -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--page); color: var(--ink); line-height: 1.5;
  font-family: "Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans",
    "DejaVu Sans", sans-serif;
}
.report { max-width: 1060px; margin: 0 auto; background: var(--paper); padding: 44px 60px 28px; }
header.report-header { border-bottom: 3px solid var(--accent); padding-bottom: 18px; }
.kicker { margin: 0; color: var(--accent); font-size: 0.8rem; font-weight: 700;
  letter-spacing: 0.12em; text-transform: uppercase; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 6px 0 14px; font-weight: 700; }
h2 { font-size: 1.22rem; margin: 40px 0 12px; padding-bottom: 5px;
  border-bottom: 1px solid var(--rule); break-after: avoid; }
h2 .number { color: var(--accent); margin-right: 0.5em; }
h3 { font-size: 1rem; margin: 24px 0 8px; break-after: avoid; }
p { margin: 0 0 10px; }
.lead { color: var(--muted); }
.muted { color: var(--muted); }
.tis-category { color: var(--muted); font-size: 0.85em; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 18px; margin: 0 0 10px;
  font-size: 0.93rem; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; font-weight: 600; }
.description { color: var(--muted); font-size: 0.93rem; margin: 8px 0 0; }
.banner { margin: 20px 0 4px; padding: 12px 16px; border: 2px solid var(--alert);
  border-left-width: 8px; background: var(--alert-soft); color: #5c130e; border-radius: 3px;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.banner strong { display: block; color: var(--alert); letter-spacing: 0.14em; font-size: 1.05rem; }
nav.contents { margin: 22px 0 0; font-size: 0.9rem; color: var(--muted); }
nav.contents ol { display: flex; flex-wrap: wrap; gap: 4px 22px; margin: 4px 0 0; padding: 0;
  list-style: none; counter-reset: item; }
nav.contents li { counter-increment: item; }
nav.contents li::before { content: counter(item) ". "; color: var(--accent); font-weight: 700; }
nav.contents a { color: var(--ink); text-decoration: none; border-bottom: 1px dotted var(--muted); }
figure { margin: 12px 0 18px; break-inside: avoid; }
figcaption { font-size: 0.88rem; color: var(--muted); margin-top: 6px; }
figcaption strong { color: var(--ink); }
svg { display: block; width: 100%; height: auto; font-family: inherit; }
figure.flow svg { max-width: 820px; }
.plots { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 10px 34px; }
.plots figure { margin: 0 0 8px; }
.table-block { margin: 14px 0 22px; break-inside: avoid; overflow-x: auto; }
table.report-table { width: 100%; border-collapse: collapse; font-size: 0.9rem;
  font-variant-numeric: tabular-nums lining-nums; border-top: 2px solid var(--strong-rule);
  border-bottom: 2px solid var(--strong-rule); }
table.report-table caption { caption-side: top; text-align: left; font-weight: 700;
  padding: 0 0 6px; font-size: 0.93rem; }
table.report-table th, table.report-table td { padding: 5px 9px; vertical-align: top;
  text-align: left; }
table.report-table thead th { border-bottom: 1px solid var(--strong-rule); font-weight: 600;
  vertical-align: bottom; line-height: 1.3; }
table.report-table tbody td, table.report-table tbody th { border-bottom: 1px solid var(--rule); }
table.report-table tbody tr:last-child td, table.report-table tbody tr:last-child th {
  border-bottom: none; }
table.report-table tbody th { font-weight: 400; }
table.endpoints tbody th, table.by-visit tbody th, table.listing tbody th,
table.details tbody th { font-weight: 600; white-space: nowrap; }
table.report-table thead th.num { white-space: normal; }
table.report-table .num { text-align: right; white-space: nowrap; }
table.report-table tr.group th { font-weight: 700; color: var(--accent); padding-top: 9px;
  border-bottom: none; font-size: 0.85rem; text-transform: uppercase; letter-spacing: 0.05em; }
table.demographics, table.outcomes, table.safety { max-width: 720px; }
table.demographics { max-width: 460px; }
table.assumptions tbody th, table.assumptions td:nth-child(2) { white-space: nowrap; }
.unit, .method, .n, .ci { display: block; font-size: 0.78rem; color: var(--muted); font-weight: 400; }
.serious { color: var(--alert); }
ul.table-notes { list-style: none; margin: 6px 0 0; padding: 0; font-size: 0.8rem;
  color: var(--muted); }
ul.table-notes li { margin: 2px 0; }
.test-line { font-size: 0.82rem; color: var(--muted); margin: -14px 0 20px; }
.endpoint-detail .table-block { margin-bottom: 18px; }
dl.facts { display: grid; grid-template-columns: 11rem 1fr; gap: 4px 20px; margin: 0 0 8px;
  font-size: 0.93rem; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
.empty { color: var(--muted); font-style: italic; }
footer { margin-top: 40px; padding-top: 10px; border-top: 1px solid var(--rule);
  font-size: 0.8rem; color: var(--muted); }
@media screen and (max-width: 760px) {
  .report { padding: 24px 18px; }
  .plots { grid-template-columns: minmax(0, 1fr); }
}
@page { size: A4; margin: 14mm 13mm 16mm; }
@media print {
  html { font-size: 10pt; }
  body { background: none; }
  .report { max-width: none; padding: 0; }
  nav.contents { display: none; }
  h2 { margin-top: 22px; }
  .plots { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 4px 18px; }
  .table-block { overflow: visible; }
  table.report-table { font-size: 8.5pt; }
  table.report-table th, table.report-table td { padding: 3px 5px; }
  thead { display: table-header-group; }
  tr, figure, .banner { break-inside: avoid; }
}
)css";
}

std::string_view synthetic_data_banner() {
  return R"(<div class="banner" role="note"><strong>SYNTHETIC DATA</strong>)"
         "These data are synthetic: every patient, date and value was invented (the seed "
         "study's to reproduce its published group figures). No real patient is behind any "
         "value. Do not use this report for a clinical or scientific conclusion.</div>\n";
}

}  // namespace myoivig::io
