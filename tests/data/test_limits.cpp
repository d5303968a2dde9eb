// Resource limits of the data module, each tested at N (accepted) and N+1
// (rejected with a message naming the limit): input bytes, line bytes,
// paragraphs, JSON bytes and JSON nesting depth.
#include <doctest/doctest.h>

#include <string>

#include "stakegraph/data/document.hpp"
#include "stakegraph/data/error.hpp"
#include "stakegraph/data/graph_json.hpp"

using namespace stakegraph;

namespace {

// Parses `bytes` with `options`; returns "" if accepted, else the message.
std::string document_error(const std::string& bytes, const data::ReadOptions& options) {
  try {
    (void)data::parse_document(bytes, "limits.txt", "limits", options);
    return "";
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::data);
    return e.what();
  }
}

std::string json_error(const std::string& text, const data::JsonReadLimits& limits) {
  try {
    (void)data::read_graph_json(text, "limits.json", limits);
    return "";
  } catch (const data::ParseError& e) {
    return e.what();
  }
}

std::string nested_graph(int depth) {
  // Root object (depth 1), analysis object (2), then depth - 2 nested arrays
  // in cluster_links (whose shape is checked only after the depth).
  std::string doc =
      R"({"schema": "stakegraph/1", "nodes": [], "edges": [], "analysis": {"cluster_links": )";
  const int arrays = depth - 2;
  doc += std::string(static_cast<std::size_t>(arrays), '[') +
         std::string(static_cast<std::size_t>(arrays), ']') + "}}";
  return doc;
}

}  // namespace

TEST_CASE("data: input byte limit accepts N and rejects N+1") {
  const std::string text = "1. The United Nations met.\n";
  data::ReadOptions o;
  o.max_input_bytes = text.size();
  CHECK(document_error(text, o).empty());
  o.max_input_bytes = text.size() - 1;
  const std::string err = document_error(text, o);
  CHECK(err.find("--max-input-bytes") != std::string::npos);
}

TEST_CASE("data: line byte limit accepts N and rejects N+1") {
  const std::string line(1000, 'a');
  const std::string text = line + "\n";
  data::ReadOptions o;
  o.max_line_bytes = 1000;
  CHECK(document_error(text, o).empty());
  o.max_line_bytes = 999;
  const std::string err = document_error(text, o);
  CHECK(err.find("--max-line-bytes") != std::string::npos);
  CHECK(err.find("limits.txt:1") != std::string::npos);
}

TEST_CASE("data: paragraph limit accepts N and rejects N+1") {
  std::string text;
  for (int i = 0; i < 50; ++i) text += "word\n\n";
  data::ReadOptions o;
  o.max_paragraphs = 50;
  CHECK(document_error(text, o).empty());
  o.max_paragraphs = 49;
  CHECK(document_error(text, o).find("--max-paragraphs") != std::string::npos);
}

TEST_CASE("data: JSON byte limit accepts N and rejects N+1") {
  const std::string text = R"({"schema": "stakegraph/1", "nodes": [], "edges": []})";
  data::JsonReadLimits l;
  l.max_bytes = text.size();
  CHECK(json_error(text, l).empty());
  l.max_bytes = text.size() - 1;
  CHECK(json_error(text, l).find("larger than the limit") != std::string::npos);
}

TEST_CASE("data: JSON depth limit accepts N and rejects N+1") {
  data::JsonReadLimits l;
  l.max_depth = 64;
  CHECK(json_error(nested_graph(64), l).find("nesting") == std::string::npos);
  CHECK(json_error(nested_graph(65), l).find("nesting deeper than 64") != std::string::npos);
  l.max_depth = 10;
  CHECK(json_error(nested_graph(10), l).find("nesting") == std::string::npos);
  CHECK(json_error(nested_graph(11), l).find("nesting deeper than 10") != std::string::npos);
}
