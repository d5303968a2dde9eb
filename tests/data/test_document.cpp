// Reading and segmenting documents: numbering conventions, offsets into CRLF
// files, sentence splitting around abbreviations, and every rejected input
// with its exit-code kind and position.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <set>

#include "stakegraph/data/document.hpp"
#include "stakegraph/data/error.hpp"
#include "stakegraph/data/files.hpp"
#include "stakegraph/graph/error.hpp"

using namespace stakegraph;
namespace fs = std::filesystem;

namespace {

data::SourceDocument parse(const std::string& text, const data::ReadOptions& o = {}) {
  return data::parse_document(text, "doc.txt", "doc", o);
}

// The error parse() throws, or a failed check.
Error error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e;
  }
  FAIL("no error");
  return Error(ErrorKind::internal, "unreachable");
}

std::string sentence(const data::SourceDocument& d, std::size_t p, std::size_t s) {
  const auto& sp = d.paragraphs.at(p).sentences.at(s);
  return d.text.substr(sp.start, sp.end - sp.start);
}

}  // namespace

TEST_CASE("data: numbered paragraphs keep their numbers across headings and shared lines") {
  const std::string text =
      "TITLE OF THE MEETING\n\nNew York, 5 March 2007\n\nI. Introduction\n\n"
      "1. First paragraph.\n2. Second paragraph follows without a blank line.\n"
      " II. Key findings\nAn unnumbered sentence.\nSub-heading:\n\n"
      "3. Third. 4. Fourth starts inside the line.\n\nII. Other 5. Fifth after a heading.\n\n"
      "Footnote text.\n";
  const auto d = parse(text);
  std::vector<std::int64_t> numbers;
  for (const auto& p : d.doc.paragraphs) numbers.push_back(p.number);
  CHECK(numbers == std::vector<std::int64_t>{0, 1, 2, 2, 3, 4, 5, 6});
  CHECK(d.doc.paragraphs[0].text.find("TITLE OF THE MEETING") == 0);
  CHECK(d.doc.paragraphs[1].section == "I. Introduction");
  CHECK(d.doc.paragraphs[3].section == "II. Key findings");
  CHECK(d.doc.paragraphs[4].section == "Sub-heading:");
  CHECK(d.doc.paragraphs[5].text == "4. Fourth starts inside the line.");
  CHECK(d.doc.paragraphs[6].section == "II. Other");
  CHECK(d.doc.paragraphs[6].text == "5. Fifth after a heading.");
  CHECK(d.doc.paragraphs[7].text == "Footnote text.");
  for (const auto& p : d.doc.paragraphs) CHECK(text.substr(p.start, p.end - p.start) == p.text);
}

TEST_CASE("data: the bundled summary has paragraphs 0 to 41 with 11 and 12 apart") {
  const auto d = data::read_document(std::string(STAKEGRAPH_FIXTURES_DIR) +
                                     "/extraction/chairs-summary-2007.txt");
  CHECK(d.doc.id == "chairs-summary-2007");
  CHECK(d.doc.sha256.size() == 64);
  std::set<std::int64_t> numbers;
  for (const auto& p : d.doc.paragraphs) numbers.insert(p.number);
  for (std::int64_t n = 0; n <= 41; ++n) CHECK(numbers.count(n) == 1);
  for (const auto& p : d.doc.paragraphs) {
    if (p.number == 11) CHECK(p.text.find("12.") == std::string::npos);
    if (p.number == 10)
      CHECK(p.section == "Understanding the threats posed by trafficking in persons:");
  }
}

TEST_CASE("data: unnumbered documents number their blocks from 1") {
  const auto d = parse("HEADLINE\n\nFirst block\nstill first.\n\nSecond block.\n");
  REQUIRE(d.doc.paragraphs.size() == 3);
  CHECK(d.doc.paragraphs[0].number == 1);
  CHECK(d.doc.paragraphs[1].number == 2);
  CHECK(d.doc.paragraphs[1].section == "HEADLINE");
  CHECK(d.doc.paragraphs[2].number == 3);
}

TEST_CASE("data: a Role colon honorific line is a paragraph and no heading") {
  // Numbered: "Rapporteur: Mr. X" after the last paragraph is text, while
  // "Annex: Programme" (no honorific after the colon) stays a heading.
  const auto d = parse(
      "1. First paragraph.\n\n2. Second paragraph.\n\nRapporteur: Mr. Felipe Andrade (Secretariat)"
      "\n\nAnnex: Programme\n\nModerator: Dr Ana Ruiz, Director\n");
  REQUIRE(d.doc.paragraphs.size() == 4);
  CHECK(d.doc.paragraphs[2].text == "Rapporteur: Mr. Felipe Andrade (Secretariat)");
  CHECK(d.doc.paragraphs[2].section.empty());
  CHECK(d.doc.paragraphs[3].text == "Moderator: Dr Ana Ruiz, Director");
  CHECK(d.doc.paragraphs[3].section == "Annex: Programme");
  // Unnumbered: the one-line block is a block either way, but names no section.
  const auto u =
      parse("Chair: Ms. Lena Fischer\n\nFirst block.\n\nPanel two: financing\n\nNext.\n");
  REQUIRE(u.doc.paragraphs.size() == 4);
  CHECK(u.doc.paragraphs[1].section.empty());
  CHECK(u.doc.paragraphs[3].section == "Panel two: financing");
}

TEST_CASE("data: a programme's timed item is a paragraph and no heading") {
  const auto d = parse(
      "PROGRAMME\n\n10:00 - 10:10 Opening remarks\nH.E. Ms. Ana Ruiz\n\n"
      "10:40 - 11:20 Interactive dialogue with Member States\n\n11:20 Closing remarks\n"
      "Mr. Tomas Vega, Director\n");
  REQUIRE(d.doc.paragraphs.size() == 4);
  CHECK(d.doc.paragraphs[2].text == "10:40 - 11:20 Interactive dialogue with Member States");
  CHECK(d.doc.paragraphs[2].section == "PROGRAMME");
  CHECK(d.doc.paragraphs[3].section == "PROGRAMME");
}

TEST_CASE("data: offsets in CRLF and CR files refer to the file's bytes") {
  const std::string text = "A title\r\n\r\n1. One line.\r\n2. Two.\rMore of two.\r\n";
  const auto d = parse(text);
  REQUIRE(d.doc.paragraphs.size() == 3);
  const auto& two = d.doc.paragraphs[2];
  CHECK(two.number == 2);
  CHECK(text.substr(two.start, two.end - two.start) == "2. Two.\rMore of two.");
  CHECK(two.text == "2. Two.\nMore of two.");
  CHECK(text.substr(d.doc.paragraphs[1].start, 12) == "1. One line.");
}

TEST_CASE("data: a UTF-8 BOM is skipped but offsets still count it") {
  const std::string text = "\xEF\xBB\xBFHello world.\n";
  const auto d = parse(text);
  REQUIRE(d.doc.paragraphs.size() == 1);
  CHECK(d.doc.paragraphs[0].start == 3);
  CHECK(d.doc.paragraphs[0].text == "Hello world.");
}

TEST_CASE("data: sentences split around abbreviations numbers and symbols") {
  const auto d = parse(
      "Ms. Kang and H.E. Mr. Naumov met Dr. Smith of Acme Inc. in the U.S. today. It cost 9.5 "
      "billion, e.g. for No. 29 and E/2002/68/Add. 1 as agreed. Then A/RES/61/144 passed! Why?\n");
  REQUIRE(d.paragraphs.size() == 1);
  REQUIRE(d.paragraphs[0].sentences.size() == 4);
  CHECK(sentence(d, 0, 0) ==
        "Ms. Kang and H.E. Mr. Naumov met Dr. Smith of Acme Inc. in the U.S. today.");
  CHECK(sentence(d, 0, 1) ==
        "It cost 9.5 billion, e.g. for No. 29 and E/2002/68/Add. 1 as agreed.");
  CHECK(sentence(d, 0, 2) == "Then A/RES/61/144 passed!");
  CHECK(sentence(d, 0, 3) == "Why?");
}

TEST_CASE("data: rejected documents name the problem and its position") {
  SUBCASE("empty") {
    const auto e = error_of([] { parse(""); });
    CHECK(e.kind() == ErrorKind::data);
    CHECK(e.message().find("no text") != std::string::npos);
  }
  SUBCASE("white space only") {
    CHECK(error_of([] { parse(" \n\t\r\n"); }).message().find("no text") != std::string::npos);
  }
  SUBCASE("invalid UTF-8 with offset and line:col") {
    const auto e = error_of([] { parse("ok line\nab\xC3\x28 rest\n"); });
    CHECK(e.kind() == ErrorKind::data);
    CHECK(e.message().find("byte offset 10") != std::string::npos);
    CHECK(e.where().line == 2);
    CHECK(e.where().column == 3);
  }
  SUBCASE("lenient repair reports a count") {
    data::ReadOptions o;
    o.lenient = true;
    const auto d = parse(
        "ab\xFF"
        "cd.\n",
        o);
    REQUIRE(d.diagnostics.size() == 1);
    CHECK(d.diagnostics[0].find("replaced 1 invalid") != std::string::npos);
    CHECK(d.text.find("\xEF\xBF\xBD") == 2);
  }
  SUBCASE("NUL byte") {
    const auto e = error_of([] { parse(std::string("abc\0def", 7)); });
    CHECK(e.message().find("NUL byte at byte offset 3") != std::string::npos);
  }
  SUBCASE("UTF-16 BOM") {
    CHECK(error_of([] { parse("\xFF\xFEh\0i\0"); }).message().find("UTF-16") != std::string::npos);
  }
  SUBCASE("PDF") {
    CHECK(error_of([] { parse("%PDF-1.7\n..."); }).message().find("PDF") != std::string::npos);
  }
  SUBCASE("ZIP") {
    CHECK(error_of([] { parse(std::string("PK\x03\x04rest", 8)); }).message().find("ZIP") !=
          std::string::npos);
  }
  SUBCASE("a 100 MB single line exceeds the line limit") {
    data::ReadOptions o;
    o.max_input_bytes = 200u << 20;
    const std::string big(100u << 20, 'a');
    const auto e = error_of([&] { parse(big, o); });
    CHECK(e.kind() == ErrorKind::data);
    CHECK(e.message().find("--max-line-bytes") != std::string::npos);
    CHECK(e.where().line == 1);
  }
  SUBCASE("input over the size limit") {
    data::ReadOptions o;
    o.max_input_bytes = 10;
    CHECK(error_of([&] { parse("more than ten bytes", o); }).message().find("--max-input-bytes") !=
          std::string::npos);
  }
  SUBCASE("more than a million paragraphs") {
    std::string many;
    many.reserve(3'000'010);
    for (int i = 0; i < 1'000'001; ++i) many += "a\n\n";
    const auto e = error_of([&] { parse(many); });
    CHECK(e.message().find("--max-paragraphs") != std::string::npos);
    CHECK(e.where().line == 2'000'001);
  }
}

TEST_CASE("data: a missing file and a directory are exit 66") {
  CHECK(error_of([] { data::read_document("/nonexistent/stakegraph/x.txt"); }).kind() ==
        ErrorKind::missing);
  CHECK(error_of([] { data::read_document(fs::temp_directory_path().string()); }).kind() ==
        ErrorKind::missing);
}

TEST_CASE("data: each line of a list of persons is a sentence of its own") {
  // Lines longer than a title, one person each, then a bullet and a heading.
  const auto d = parse(
      "H.E. Mr. Enrique Manalo, Permanent Representative of the Republic of the Philippines to "
      "the United Nations\nH.E. Mr. Jose Blanco Conde, Permanent Representative of the Dominican "
      "Republic to the United Nations\nMs. Ghada Waly, Executive Director, United Nations Office "
      "on Drugs and Crime\n\u2022 Representative, UN High Commissioner for Refugees\n");
  REQUIRE(d.paragraphs.size() == 1);
  REQUIRE(d.paragraphs[0].sentences.size() == 4);
  CHECK(sentence(d, 0, 1).substr(0, 26) == "H.E. Mr. Jose Blanco Conde");
  CHECK(sentence(d, 0, 2) ==
        "Ms. Ghada Waly, Executive Director, United Nations Office on Drugs and Crime");
  // Prose wrapped by hand goes on: the line ends in "of" or a comma.
  const auto w = parse(
      "H.E. Mr. Vladimir Naumov, Minister of Interior of the Republic of Belarus and head of\n"
      "Mr. Smith's delegation, opened the meeting and thanked the hosts for their support,\n"
      "Mr. Lee and Ms. Kang for the arrangements.\n");
  REQUIRE(w.paragraphs.size() == 1);
  CHECK(w.paragraphs[0].sentences.size() == 1);
}

TEST_CASE("data: a resolution's preambular paragraphs a line each are sentences of their own") {
  // A PDF's text layer: lines wrapped at about 80 bytes, each paragraph
  // ending in a comma on a short line.
  const auto d = parse(
      "The General Assembly,\n"
      "Reaffirming the principles set forth in the Universal Declaration of Human Rights\n"
      "and in the conventions on migrant workers,\n"
      "Welcoming also the entry into force of the Protocol on 1 May 2031 and the work\n"
      "of the regional commissions,\n"
      "Deeply concerned by the number of victims,\n"
      "Affirming the outcome of the regional conference held in Beijing and of the two\n"
      "expert meetings held at Beijing,\n"
      "Beijing Office of the Fund, and Dakar Office of the Fund, attended.\n");
  REQUIRE(d.paragraphs.size() == 1);
  const auto& s = d.paragraphs[0].sentences;
  REQUIRE(s.size() == 5);
  CHECK(sentence(d, 0, 2).substr(0, 17) == "Welcoming also th");
  CHECK(sentence(d, 0, 3).substr(0, 15) == "Deeply concerne");
  // A place after a comma is no preambular verb (no lower-case word after
  // it): the sentence goes on.
  CHECK(sentence(d, 0, 4).find("held at Beijing,\nBeijing Office") != std::string::npos);
}
