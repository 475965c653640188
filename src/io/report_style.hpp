// The stylesheet of the HTML analysis report, inlined in its <style> element: system
// fonts only (no web font, no URL), booktabs-like tables with right-aligned tabular
// figures, a small-multiples grid for the plots, and print rules (A4, no page break inside
// a table or figure, banner colours kept); and the synthetic-data banner both reports use.
// Thread-safety: a constant.
#pragma once

#include <string_view>

namespace myoivig::io {

std::string_view report_stylesheet();

// The banner every report of synthetic data opens with (styled by the sheet's .banner).
std::string_view synthetic_data_banner();

}  // namespace myoivig::io
