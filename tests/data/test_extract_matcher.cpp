// The lexicon matcher on a lexicon of its own: forms that share a first
// word compete for the longest match, words match across commas and
// possessives, and a form is never matched when its second word is not the
// next word (the matcher only tries the forms whose second key is the next
// token's). Nonsense names, so that no shipped lexicon entry interferes.
#include <doctest/doctest.h>

#include <string>

#include "stakegraph/data/document.hpp"
#include "stakegraph/data/extract.hpp"
#include "stakegraph/data/lexicon.hpp"

using namespace stakegraph;

namespace {

data::Lexicon zorvan_lexicon() {
  data::Lexicon lex;
  auto org = [&](std::string name, std::vector<std::string> acronyms = {}) {
    data::LexiconEntity e;
    e.type = graph::NodeType::organisation;
    e.name = std::move(name);
    e.acronyms = std::move(acronyms);
    lex.entities.push_back(std::move(e));
  };
  org("Zorvan Qelt");
  org("Zorvan Qelt Fund for Brimwater", {"ZQFB"});
  org("Zorvan Maddox Agency");
  org("Zorvan Maddox Agency for Tillage");
  org("Zorvan");  // the single-key form of the same bucket
  return lex;
}

// Each node's name and the texts it was mentioned by, in one string.
std::string mentions_of(const graph::StakeholderGraph& g, const std::string& name) {
  for (const auto& [id, n] : g.nodes())
    if (n.name == name) {
      std::string out;
      for (const auto& m : n.mentions) out += "[" + std::string(m.text) + "]";
      return out;
    }
  return "(none)";
}

}  // namespace

TEST_CASE("data: the lexicon matcher takes the longest form among those sharing a first word") {
  const auto lex = zorvan_lexicon();
  const auto g =
      data::extract({data::parse_document("The Zorvan Qelt Fund for Brimwater met the Zorvan "
                                          "Maddox Agency. The Zorvan Qelt came too.",
                                          "m.txt", "m")},
                    lex)
          .graph;
  CHECK(mentions_of(g, "Zorvan Qelt Fund for Brimwater") == "[Zorvan Qelt Fund for Brimwater]");
  CHECK(mentions_of(g, "Zorvan Maddox Agency") == "[Zorvan Maddox Agency]");
  CHECK(mentions_of(g, "Zorvan Qelt") == "[Zorvan Qelt]");
  CHECK(mentions_of(g, "Zorvan Maddox Agency for Tillage") == "(none)");
}

TEST_CASE("data: the lexicon matcher reads across commas and possessives") {
  const auto lex = zorvan_lexicon();
  const auto g =
      data::extract(
          {data::parse_document("Staff of the Zorvan, Maddox Agency and the Zorvan Qelt’s "
                                "donors met. Zorvan’s Maddox Agency for Tillage wrote.",
                                "m.txt", "m")},
          lex)
          .graph;
  // A comma between the words is transparent. A possessive last word
  // still matches its form (the mention quotes it as written), and so does
  // a possessive first word before the rest of a longer form.
  CHECK(mentions_of(g, "Zorvan Maddox Agency") == "[Zorvan, Maddox Agency]");
  CHECK(mentions_of(g, "Zorvan Qelt") == "[Zorvan Qelt’s]");
  CHECK(mentions_of(g, "Zorvan Maddox Agency for Tillage") ==
        "[Zorvan’s Maddox Agency for Tillage]");
  CHECK(mentions_of(g, "Zorvan") == "(none)");
}

TEST_CASE("data: the lexicon matcher does not match a form whose second word differs") {
  const auto lex = zorvan_lexicon();
  const auto g =
      data::extract({data::parse_document("The Zorvan Brimwater Qelt Fund met.", "m.txt", "m")},
                    lex)
          .graph;
  CHECK(mentions_of(g, "Zorvan Qelt") == "(none)");
  CHECK(mentions_of(g, "Zorvan Qelt Fund for Brimwater") == "(none)");
  CHECK(mentions_of(g, "Zorvan") == "[Zorvan]");
}
