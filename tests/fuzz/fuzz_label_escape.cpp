// Fuzz target: label escaping for Graphviz plain labels. Property: what
// Graphviz renders equals the input text. escape_label repairs UTF-8, turns
// controls, U+2028/2029 and U+FEFF into spaces and cuts at the byte cap; undoing the two escapes
// ("\\" -> "\", "&amp;" -> "&") must give back exactly that sanitised text,
// every backslash in the output must be doubled (so no \N, \G, \L, \n or
// trailing "\" can reach Graphviz), and a DOT file carrying the label must
// parse with Graphviz's own reader.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "stakegraph/graph/text.hpp"
#include "stakegraph/render/figure.hpp"

namespace {

std::string unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    if (s.compare(i, 2, "\\\\") == 0) {
      out += '\\';
      i += 2;
    } else if (s[i] == '\\') {
      std::abort();  // a lone backslash would start a Graphviz escape
    } else if (s.compare(i, 5, "&amp;") == 0) {
      out += '&';
      i += 5;
    } else {
      out += s[i++];
    }
  }
  return out;
}

std::string sanitised(const std::string& in) {
  std::string text = stakegraph::graph::repair_utf8(in);
  for (char& c : text)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  // Documented: U+2028, U+2029 and U+FEFF (invisible or line-breaking in
  // renderers) become spaces.
  for (const char* bad : {"\xE2\x80\xA8", "\xE2\x80\xA9", "\xEF\xBB\xBF"}) {
    for (auto pos = text.find(bad); pos != std::string::npos; pos = text.find(bad, pos))
      text.replace(pos, 3, " ");
  }
  return text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace stakegraph;
  const std::string input(reinterpret_cast<const char*>(data), size);
  constexpr std::size_t kCap = 256;
  const std::string escaped = render::escape_label(input, kCap);
  if (graph::first_invalid_utf8(escaped)) std::abort();
  const std::string back = unescape(escaped);
  const std::string clean = sanitised(input);
  if (clean.size() <= kCap && back != clean) std::abort();
  if (back.size() > kCap + 3) std::abort();
  std::string quoted;
  for (char c : escaped) {
    if (c == '"') quoted += '\\';
    quoted += c;
  }
  const std::string dot = "digraph g { n0 [label=\"" + quoted + "\"]; }";
  std::string error;
  if (!render::dot_parses(dot, &error)) std::abort();
  return 0;
}
