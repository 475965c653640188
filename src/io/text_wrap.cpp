#include "io/text_wrap.hpp"

#include <algorithm>

namespace myoivig::io {
namespace {

bool continuation_byte(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0U) == 0x80U;
}

// The byte length of the first `count` code points of `text`.
std::size_t prefix_bytes(std::string_view text, std::size_t count) {
  std::size_t bytes = 0;
  std::size_t seen = 0;
  while (bytes < text.size()) {
    if (!continuation_byte(text[bytes])) {
      if (seen == count) break;
      ++seen;
    }
    ++bytes;
  }
  return bytes;
}

}  // namespace

std::size_t character_count(std::string_view text) {
  std::size_t count = 0;
  for (const char byte : text) {
    if (!continuation_byte(byte)) ++count;
  }
  return count;
}

std::vector<std::string> wrap_words(std::string_view text, std::size_t first_width,
                                    std::size_t rest_width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t line_length = 0;
  const auto width = [&] { return lines.empty() ? first_width : rest_width; };
  const auto finish_line = [&] {
    lines.push_back(line);
    line.clear();
    line_length = 0;
  };

  std::size_t position = 0;
  while (position < text.size()) {
    const std::size_t start = text.find_first_not_of(' ', position);
    if (start == std::string_view::npos) break;
    const std::size_t end = std::min(text.find(' ', start), text.size());
    std::string_view word = text.substr(start, end - start);
    position = end;

    std::size_t word_length = character_count(word);
    if (line_length > 0 && line_length + 1 + word_length > width()) finish_line();
    // A word wider than a line (alone on its lines, as the line was just finished): cut it.
    while (word_length > width()) {
      const std::size_t cut = width();
      const std::size_t bytes = prefix_bytes(word, cut);
      line = word.substr(0, bytes);
      word.remove_prefix(bytes);
      word_length -= cut;
      finish_line();
    }
    if (word_length == 0) continue;
    if (line_length > 0) {
      line += ' ';
      ++line_length;
    }
    line += word;
    line_length += word_length;
  }
  if (line_length > 0) lines.push_back(line);
  return lines;
}

}  // namespace myoivig::io
