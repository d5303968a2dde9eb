// Lexicon loading: the shipped files load and are consistent; malformed,
// unknown-field and conflicting lexicons are rejected with file:line:col;
// a user's lexicon overrides entries by name.
#include <doctest/doctest.h>

#include <functional>

#include "stakegraph/data/error.hpp"
#include "stakegraph/data/lexicon.hpp"
#include "stakegraph/graph/error.hpp"

using namespace stakegraph;

namespace {
Error error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e;
  }
  FAIL("no error");
  return Error(ErrorKind::internal, "unreachable");
}
}  // namespace

TEST_CASE("data: the shipped lexicons load without conflicts") {
  const auto lex = data::load_lexicons({});
  CHECK(lex.entities.size() > 500);
  CHECK(lex.files.size() >= 5);
  CHECK(std::is_sorted(lex.files.begin(), lex.files.end()));
  CHECK(!lex.honorifics.empty());
  CHECK(!lex.ignore.empty());
}

TEST_CASE("data: a malformed lexicon is rejected with line and column") {
  const auto e = error_of([] {
    data::parse_lexicon("{\n  \"schema\": \"stakegraph-lexicon/1\",\n  \"entities\": [,]\n}",
                        "x.json");
  });
  CHECK(e.kind() == ErrorKind::data);
  CHECK(e.where().file == "x.json");
  CHECK(e.where().line == 3);
  CHECK(e.where().column > 0);
}

TEST_CASE("data: unknown lexicon fields and types are errors") {
  const auto e = error_of([] {
    data::parse_lexicon(
        "{\"schema\": \"stakegraph-lexicon/1\", \"entities\": [{\"type\": \"organisation\", "
        "\"name\": \"X\", \"acronym\": [\"X\"]}]}",
        "u.json");
  });
  CHECK(e.message().find("unknown field \"acronym\"") != std::string::npos);
  CHECK(
      error_of([] {
        data::parse_lexicon(
            "{\"schema\": \"stakegraph-lexicon/1\", \"entities\": [{\"type\": \"body\", \"name\": "
            "\"X\"}]}",
            "u.json");
      })
          .message()
          .find("unknown entity type") != std::string::npos);
  CHECK(
      error_of([] { data::parse_lexicon("{\"schema\": \"other/1\", \"entities\": []}", "s.json"); })
          .message()
          .find("unknown schema") != std::string::npos);
}

TEST_CASE("data: a conflicting lexicon names both entities") {
  auto lex = data::parse_lexicon(
      "{\"schema\": \"stakegraph-lexicon/1\", \"entities\": ["
      "{\"type\": \"organisation\", \"name\": \"Alpha Office\", \"acronyms\": [\"AO\"]},"
      "{\"type\": \"organisation\", \"name\": \"Another Organisation\", \"acronyms\": [\"AO\"]}]}",
      "c.json");
  const auto e = error_of([&] { data::check_lexicon(lex); });
  CHECK(e.message().find("Alpha Office") != std::string::npos);
  CHECK(e.message().find("Another Organisation") != std::string::npos);
  lex.forbid_merge.push_back({"Alpha Office", "Another Organisation", "two bodies"});
  CHECK_NOTHROW(data::check_lexicon(lex));
}

TEST_CASE("data: a user lexicon overrides an entry with the same name") {
  auto base = data::parse_lexicon(
      "{\"schema\": \"stakegraph-lexicon/1\", \"entities\": [{\"type\": \"organisation\", "
      "\"name\": \"Alpha Office\", \"acronyms\": [\"AO\"]}]}",
      "a.json");
  data::merge_lexicon(
      base, data::parse_lexicon("{\"schema\": \"stakegraph-lexicon/1\", \"entities\": [{\"type\": "
                                "\"organisation\", \"name\": \"ALPHA office\", \"acronyms\": "
                                "[\"AOF\"]}], \"ignore\": [\"the alphas\"]}",
                                "b.json"));
  REQUIRE(base.entities.size() == 1);
  CHECK(base.entities[0].acronyms == std::vector<std::string>{"AOF"});
  CHECK(base.ignore == std::vector<std::string>{"the alphas"});
  CHECK(base.files == std::vector<std::string>{"a.json", "b.json"});
}
