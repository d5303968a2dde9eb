// Fuzz target: reading and segmenting a document, then extracting with the
// shipped lexicons. Invariants: a rejected text raises an Error of kind data
// naming the file; an accepted one yields a graph whose JSON is valid UTF-8,
// whose every mention quotes exactly the bytes of the input at its offsets,
// and whose extraction is deterministic (a second run writes the same bytes).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "stakegraph/data/document.hpp"
#include "stakegraph/data/extract.hpp"
#include "stakegraph/data/graph_json.hpp"
#include "stakegraph/data/lexicon.hpp"
#include "stakegraph/graph/text.hpp"

namespace {
const stakegraph::data::Lexicon& lexicon() {
  static const stakegraph::data::Lexicon lex = stakegraph::data::load_lexicons({});
  return lex;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace stakegraph;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  data::ReadOptions options;
  options.max_line_bytes = 4096;
  options.max_paragraphs = 2000;
  data::SourceDocument doc;
  try {
    doc = data::parse_document(bytes, "fuzz.txt", "fuzz", options);
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::data || e.where().file != "fuzz.txt") std::abort();
    return 0;
  }
  data::ExtractOptions xo;
  xo.jobs = 1;
  const data::ExtractResult first = data::extract({doc}, lexicon(), xo);
  const std::string json = data::write_graph_json(first.graph);
  if (graph::first_invalid_utf8(json)) std::abort();
  for (const auto& [id, node] : first.graph.nodes()) {
    for (const auto& m : node.mentions) {
      if (m.end < m.start || m.end > bytes.size()) std::abort();
      if (bytes.compare(m.start, m.end - m.start, m.text) != 0) std::abort();
    }
  }
  const data::ExtractResult second = data::extract({doc}, lexicon(), xo);
  if (data::write_graph_json(second.graph) != json) std::abort();
  return 0;
}
