// Fuzz target: the whole pipeline up to DOT without layout: text -> document
// -> extraction with the shipped lexicons -> analysis -> the figure's DOT
// source. Invariants: the DOT is valid UTF-8, parses with Graphviz's reader,
// and is byte-identical on a second run.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "stakegraph/data/document.hpp"
#include "stakegraph/data/extract.hpp"
#include "stakegraph/data/lexicon.hpp"
#include "stakegraph/graph/analyse.hpp"
#include "stakegraph/graph/text.hpp"
#include "stakegraph/render/figure.hpp"

namespace {
const stakegraph::data::Lexicon& lexicon() {
  static const stakegraph::data::Lexicon lex = stakegraph::data::load_lexicons({});
  return lex;
}

std::string pipeline(const stakegraph::data::SourceDocument& doc) {
  using namespace stakegraph;
  data::ExtractOptions xo;
  xo.jobs = 1;
  graph::StakeholderGraph g = data::extract({doc}, lexicon(), xo).graph;
  g.analysis() = graph::analyse(g, {});
  render::FigureOptions fo;
  fo.format = render::Format::dot;
  return render::render_figure(g, fo);
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace stakegraph;
  data::ReadOptions options;
  options.max_line_bytes = 4096;
  options.max_paragraphs = 500;
  data::SourceDocument doc;
  try {
    doc = data::parse_document(std::string(reinterpret_cast<const char*>(data), size), "fuzz.txt",
                               "fuzz", options);
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::data) std::abort();
    return 0;
  }
  const std::string dot = pipeline(doc);
  if (graph::first_invalid_utf8(dot)) std::abort();
  std::string error;
  if (!render::dot_parses(dot, &error)) std::abort();
  if (pipeline(doc) != dot) std::abort();
  return 0;
}
