// UTF-8 validation at every RFC 3629 boundary, repair, folding and slugs.
#include <doctest/doctest.h>

#include <optional>
#include <random>
#include <vector>

#include "stakegraph/graph/text.hpp"

using namespace stakegraph::graph;

TEST_CASE("graph: UTF-8 validator accepts every boundary code point") {
  std::string s;
  for (char32_t cp :
       {0x0u, 0x7Fu, 0x80u, 0x7FFu, 0x800u, 0xD7FFu, 0xE000u, 0xFFFFu, 0x10000u, 0x10FFFFu})
    append_utf8(s, cp);
  CHECK_FALSE(first_invalid_utf8(s).has_value());
  std::size_t pos = 0;
  std::vector<char32_t> back;
  while (pos < s.size()) back.push_back(decode_utf8(s, pos));
  CHECK(back.back() == 0x10FFFF);
  CHECK(back.size() == 10);
}

TEST_CASE("graph: UTF-8 validator rejects overlongs, surrogates and values above U+10FFFF") {
  CHECK(first_invalid_utf8("ab\xC0\xAF") == 2);        // overlong '/'
  CHECK(first_invalid_utf8("\xC0\x80") == 0);          // overlong NUL
  CHECK(first_invalid_utf8("x\xE0\x80\xAF") == 1);     // 3-byte overlong
  CHECK(first_invalid_utf8("\xF0\x8F\xBF\xBF") == 0);  // 4-byte overlong
  CHECK(first_invalid_utf8("\xED\xA0\x80") == 0);      // U+D800
  CHECK(first_invalid_utf8("\xED\xBF\xBF") == 0);      // U+DFFF
  CHECK(first_invalid_utf8("\xF4\x90\x80\x80") == 0);  // U+110000
  CHECK(first_invalid_utf8("\xF5\x80\x80\x80") == 0);
  CHECK(first_invalid_utf8("abc\x80") == 3);      // stray continuation
  CHECK(first_invalid_utf8("abc\xE2\x82") == 3);  // truncated at end
  CHECK(first_invalid_utf8("\xFF") == 0);
}

namespace {

// RFC 3629 byte by byte (Table 3-7 of the Unicode Standard): the offset of
// the first byte that does not start a well-formed sequence. The oracle for
// the validator's word-at-a-time and inline paths.
std::optional<std::size_t> reference_invalid(std::string_view s) {
  const auto* u = reinterpret_cast<const unsigned char*>(s.data());
  for (std::size_t i = 0; i < s.size();) {
    const unsigned b = u[i];
    std::size_t len = 0;
    unsigned lo = 0x80, hi = 0xBF;
    if (b < 0x80)
      len = 1;
    else if (b >= 0xC2 && b <= 0xDF)
      len = 2;
    else if (b >= 0xE0 && b <= 0xEF) {
      len = 3;
      lo = b == 0xE0 ? 0xA0 : 0x80;
      hi = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
      len = 4;
      lo = b == 0xF0 ? 0x90 : 0x80;
      hi = b == 0xF4 ? 0x8F : 0xBF;
    } else {
      return i;
    }
    for (std::size_t k = 1; k < len; ++k) {
      if (i + k >= s.size()) return i;
      const unsigned c = u[i + k];
      if (c < (k == 1 ? lo : 0x80) || c > (k == 1 ? hi : 0xBF)) return i;
    }
    i += len;
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("graph: UTF-8 validator agrees with a byte-by-byte oracle on mixed text") {
  // ASCII runs of 0-40 bytes (across the 8- and 16-byte steps) between
  // sequences of every length, well-formed and not: lead bytes E0, ED, F0
  // and F4 at their limits, stray continuations, truncations, C0/C1/F5+.
  std::mt19937 rng(20261129);
  const std::vector<std::string> pieces = {"\xC3\xA9",
                                           "\xC2\x80",
                                           "\xDF\xBF",
                                           "\xE2\x80\x99",
                                           "\xE0\xA0\x80",
                                           "\xE0\x9F\xBF",
                                           "\xED\x9F\xBF",
                                           "\xED\xA0\x80",
                                           "\xEF\xBF\xBD",
                                           "\xF0\x90\x80\x80",
                                           "\xF0\x8F\xBF\xBF",
                                           "\xF4\x8F\xBF\xBF",
                                           "\xF4\x90\x80\x80",
                                           "\x80",
                                           "\xBF",
                                           "\xC0\xAF",
                                           "\xC1\xBF",
                                           "\xF5\x80",
                                           "\xFF",
                                           "\xE2\x82",
                                           "\xC3",
                                           "\xE1\x80\x41",
                                           "\xC3\xC3"};
  int invalid = 0;
  for (int round = 0; round < 4000; ++round) {
    std::string s;
    const int parts = static_cast<int>(rng() % 6);
    for (int p = 0; p <= parts; ++p) {
      s.append(rng() % 41, 'a' + static_cast<char>(rng() % 26));
      // Mostly well-formed sequences, so that later pieces are reached.
      const std::size_t k = rng() % 4 == 0 ? rng() % pieces.size() : rng() % 5;
      if (p < parts) s += pieces[k == 4 ? 8 : k];
    }
    const auto want = reference_invalid(s);
    invalid += want.has_value();
    CAPTURE(s);
    REQUIRE(first_invalid_utf8(s) == want);
  }
  CHECK(invalid > 500);  // both outcomes were exercised
  CHECK(invalid < 3500);
}

TEST_CASE("graph: lenient repair replaces each maximal subpart with U+FFFD") {
  std::size_t n = 0;
  CHECK(repair_utf8("a\xE2\x82"
                    "b",
                    &n) ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK(n == 1);
  CHECK(repair_utf8("\xC0\xAF", &n) == "\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(n == 2);
  CHECK_FALSE(first_invalid_utf8(repair_utf8("\xF4\x90\x80\x80 \xED\xA0\x80")).has_value());
}

TEST_CASE("graph: slugs fold diacritics and join words with dashes") {
  CHECK(slugify("Dalius Čekuolis") == "dalius-cekuolis");
  CHECK(slugify("Côte d’Ivoire") == "cote-divoire");
  CHECK(slugify("Girls Learn International™, Inc.") == "girls-learn-international-inc");
  CHECK(slugify("U.S.") == "us");
  CHECK(slugify("Straße") == "strasse");
  CHECK(slugify("---") == "x");
  CHECK(slugify("Беларусь").rfind("u0411", 0) == 0);
}

TEST_CASE("graph: alias keys ignore case, punctuation and diacritics") {
  CHECK(alias_key("U.S.") == alias_key("US"));
  CHECK(alias_key("Ms.Kyung-wha Kang") == "mskyung wha kang");
  CHECK(alias_key("Čekuolis") == alias_key("cekuolis"));
  CHECK(alias_key("Children’s Rights") == alias_key("Childrens Rights"));
}

TEST_CASE("graph: truncation keeps whole code points and marks the cut") {
  CHECK(truncate_utf8("short", 10) == "short");
  const std::string t = truncate_utf8("aČb", 2);  // Č is two bytes at offset 1
  CHECK(t == "a\xE2\x80\xA6");
  CHECK_FALSE(first_invalid_utf8(t).has_value());
}
