// UTF-8 validation at every RFC 3629 boundary, repair, folding and slugs.
#include <doctest/doctest.h>

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
