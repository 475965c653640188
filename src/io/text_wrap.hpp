// Word wrapping of plain text into lines of at most a given number of characters, for SVG
// text, which has no line breaking of its own. Characters are UTF-8 code points.
// Thread-safety: pure functions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace myoivig::io {

// The number of UTF-8 code points in `text`.
std::size_t character_count(std::string_view text);

// Splits `text` at spaces into lines of at most `first_width` characters for the first
// line and `rest_width` for the others. A word longer than the width is cut. Runs of
// spaces collapse; empty text gives no line. Precondition: widths >= 1.
std::vector<std::string> wrap_words(std::string_view text, std::size_t first_width,
                                    std::size_t rest_width);

}  // namespace myoivig::io
