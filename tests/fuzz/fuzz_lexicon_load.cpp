// Fuzz target: the lexicon loader. Invariants: a rejected lexicon raises
// data::ParseError naming the file and a line (or an Error of kind data for
// a conflict between entities); an accepted one has entities with non-empty
// names and parses to the same entities a second time.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "stakegraph/data/error.hpp"
#include "stakegraph/data/lexicon.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace stakegraph;
  const std::string text(reinterpret_cast<const char*>(data), size);
  data::Lexicon lex;
  try {
    lex = data::parse_lexicon(text, "fuzz.json");
  } catch (const data::ParseError& e) {
    if (e.where().file != "fuzz.json" || e.where().line == 0) std::abort();
    return 0;
  }
  for (const auto& e : lex.entities)
    if (e.name.empty()) std::abort();
  const data::Lexicon again = data::parse_lexicon(text, "fuzz.json");
  if (again.entities.size() != lex.entities.size()) std::abort();
  try {
    // Conflicts between entities are checked on the merged lexicon, which
    // no longer has one text to point into: the error names the file(s).
    data::check_lexicon(lex);
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::data || std::string(e.what()).find("fuzz.json") == std::string::npos)
      std::abort();
  }
  return 0;
}
