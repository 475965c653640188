// Test support, not part of the library: checks that an inline SVG element is well formed
// (one <svg> root; every tag closed in order; attributes name="value"; '&' only in
// entities) and self-contained (no script, link, image, external URL or CSS import).
// For *_test.cpp files only. Thread-safety: pure functions.
#pragma once

#include <regex>
#include <string>
#include <vector>

namespace myoivig::io::test {

// An empty string when `svg` is well formed, otherwise what is wrong.
inline std::string svg_problem(const std::string& svg) {
  if (svg.rfind("<svg ", 0) != 0) return "does not start with <svg";
  if (svg.size() < 6 || svg.substr(svg.size() - 6) != "</svg>") return "does not end with </svg>";
  static const std::regex k_start_tag(
      R"(^([a-zA-Z][-a-zA-Z0-9]*)(\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*="[^"<>]*")*\s*/?$)");
  static const std::regex k_stray_ampersand(R"(&(?!(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);))");
  std::vector<std::string> open;
  std::size_t at = 0;
  while (at < svg.size()) {
    const std::size_t tag = svg.find('<', at);
    const std::string text =
        svg.substr(at, tag == std::string::npos ? std::string::npos : tag - at);
    if (std::regex_search(text, k_stray_ampersand)) return "stray & in text: " + text;
    if (text.find('>') != std::string::npos) return "stray > in text: " + text;
    if (tag == std::string::npos) break;
    const std::size_t end = svg.find('>', tag);
    if (end == std::string::npos) return "unclosed tag at " + std::to_string(tag);
    const std::string inside = svg.substr(tag + 1, end - tag - 1);
    if (!inside.empty() && inside.front() == '/') {
      if (open.empty() || open.back() != inside.substr(1)) return "unexpected <" + inside + ">";
      open.pop_back();
    } else {
      std::smatch match;
      if (!std::regex_match(inside, match, k_start_tag)) return "malformed tag <" + inside + ">";
      if (std::regex_search(inside, k_stray_ampersand)) return "stray & in <" + inside + ">";
      if (inside.back() != '/') open.push_back(match[1].str());
      if (open.empty() && at != 0) return "content after the root element";
    }
    at = end + 1;
    if (open.empty() && at < svg.size()) return "content after </svg>";
  }
  return open.empty() ? "" : "unclosed <" + open.back() + ">";
}

// The first external reference or active content found in `html`, or an empty string.
inline std::string external_reference(const std::string& html) {
  for (const char* part : {"http:", "https:", "href", "url(", "<script", "<image", "<iframe",
                           "<foreignObject", "@import", "javascript:"}) {
    if (html.find(part) != std::string::npos) return part;
  }
  return "";
}

}  // namespace myoivig::io::test
