// HTML escaping for text that comes from data (patient ids, terms, reasons, descriptions)
// before it goes into an HTML or SVG document, as element content or attribute value.
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>

namespace myoivig::io {

// Replaces & < > " ' with &amp; &lt; &gt; &quot; &#39;, so the result is safe both as
// element text and inside a quoted attribute. Other characters (UTF-8 included) pass
// through unchanged.
std::string html_escape(std::string_view text);

}  // namespace myoivig::io
