// stakegraph/1 JSON: byte-identical round trip and one test per rejection.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "stakegraph/data/error.hpp"
#include "stakegraph/data/graph_json.hpp"

using namespace stakegraph;
using namespace stakegraph::graph;
using stakegraph::data::ParseError;

namespace {

StakeholderGraph sample() {
  StakeholderGraph g;
  g.generator() = "stakegraph test";
  Document d;
  d.id = "doc";
  d.title = "A \"quoted\" title";
  d.path = "doc.txt";
  d.sha256 = "00";
  d.paragraphs.push_back(Paragraph{1, "I. Introduction", 0, 20, "UNODC and Čekuolis."});
  g.documents().push_back(d);
  const std::string a =
      g.add_node(NodeType::organisation, "United Nations Office on Drugs and Crime", "UNODC");
  const std::string b = g.add_node(NodeType::person, "Dalius Čekuolis");
  g.set_attribute(b, "role", "President of the Economic and Social Council");
  g.add_mention(a, Evidence{"doc", 1, 0, 5, "UNODC"});
  g.add_edge(a, b, RelationType::co_mentioned, Evidence{"doc", 1, 0, 20, "UNODC and Čekuolis."},
             1.0);
  g.merges().push_back(MergeRecord{a, {"UNODC"}, "acronym definition"});
  Analysis an;
  an.modularity = 0.125;
  an.clusters.push_back(
      ClusterSummary{0, "UNODC", {a, b}, {{"organisation", 1}, {"person", 1}}, {"drugs"}, 0.75});
  an.metrics[a].cluster = 0;
  an.metrics[a].values["pagerank"] = 0.5;
  an.metrics[a].roles["role"] = "connector";
  an.cluster_links = {{1.0}};
  g.analysis() = an;
  return g;
}

std::string valid_doc(const std::string& nodes, const std::string& edges) {
  return R"({"schema": "stakegraph/1", "nodes": )" + nodes + R"(, "edges": )" + edges + "}";
}

void check_rejected(const std::string& text, const std::string& needle, std::size_t line = 0) {
  try {
    (void)data::read_graph_json(text, "g.json");
    FAIL("accepted: " << text.substr(0, 80));
  } catch (const ParseError& e) {
    CHECK_MESSAGE(std::string(e.what()).find(needle) != std::string::npos, e.what());
    CHECK(e.where().file == "g.json");
    CHECK(e.kind() == ErrorKind::data);
    if (line) CHECK_MESSAGE(e.where().line == line, e.what());
    CHECK_MESSAGE(e.where().line > 0, e.what());
  }
}

}  // namespace

TEST_CASE("data: graph JSON round trip is byte-identical") {
  const std::string once = data::write_graph_json(sample());
  const StakeholderGraph back = data::read_graph_json(once, "mem.json");
  const std::string twice = data::write_graph_json(back);
  CHECK(once == twice);
  CHECK(back.analysis().has_value());
  CHECK(back.analysis()
            ->metrics.at("organisation:united-nations-office-on-drugs-and-crime")
            .roles.at("role") == "connector");
  CHECK(once.find("\"schema\": \"stakegraph/1\"") != std::string::npos);
  CHECK(once.back() == '\n');
}

TEST_CASE("data: graph JSON output does not depend on insertion order") {
  StakeholderGraph a, b;
  a.add_node(NodeType::country, "Sweden");
  a.add_node(NodeType::country, "Belarus");
  b.add_node(NodeType::country, "Belarus");
  b.add_node(NodeType::country, "Sweden");
  CHECK(data::write_graph_json(a) == data::write_graph_json(b));
}

TEST_CASE("data: graph JSON rejects malformed JSON with line and column") {
  check_rejected("{\n  \"schema\": \"stakegraph/1\",\n  \"nodes\": [,]\n}", "invalid JSON", 3);
  check_rejected("{\"schema\": \"stakegraph/1\", \"nodes\": [], \"edges\": []} trailing",
                 "invalid JSON");
}

TEST_CASE("data: graph JSON rejects a wrong or missing schema") {
  check_rejected(R"({"schema": "stakegraph/2", "nodes": [], "edges": []})", "unsupported schema");
  check_rejected(R"({"nodes": [], "edges": []})", "missing required field \"schema\"");
}

TEST_CASE("data: graph JSON rejects missing and mistyped fields") {
  check_rejected(R"({"schema": "stakegraph/1", "edges": []})", "missing required field \"nodes\"");
  check_rejected(R"({"schema": "stakegraph/1", "nodes": {}, "edges": []})", "expected an array");
  check_rejected(valid_doc(R"([{"id": 7, "type": "person"}])", "[]"),
                 "/nodes/0/id: expected a string");
  check_rejected(valid_doc(R"([{"type": "person"}])", "[]"), "missing required field \"id\"");
  check_rejected(valid_doc(R"([{"id": "a", "type": "person", "colour": "red"}])", "[]"),
                 "unknown field \"colour\"");
}

TEST_CASE("data: graph JSON rejects unknown node and relation types") {
  check_rejected(valid_doc(R"([{"id": "a", "type": "alien"}])", "[]"),
                 "unknown node type \"alien\"");
  check_rejected(valid_doc(R"([{"id": "a", "type": "person"}, {"id": "b", "type": "person"}])",
                           R"([{"source": "a", "target": "b", "type": "funds"}])"),
                 "unknown relation type \"funds\"");
}

TEST_CASE("data: graph JSON rejects duplicate node ids") {
  check_rejected(
      valid_doc("[\n{\"id\": \"a\", \"type\": \"person\"},\n{\"id\": \"a\", \"type\": \"person\"}]",
                "[]"),
      "duplicate node id", 3);
}

TEST_CASE("data: graph JSON rejects edges to unknown nodes, naming the position") {
  const std::string text =
      valid_doc(R"([{"id": "a", "type": "person"}])",
                "[\n  {\"source\": \"a\",\n   \"target\": \"zz\", \"type\": \"partner_of\"}]");
  check_rejected(text, "/edges/0/target: no node has id \"zz\"", 3);
}

TEST_CASE("data: graph JSON rejects negative and non-finite weights") {
  const std::string nodes = R"([{"id": "a", "type": "person"}, {"id": "b", "type": "person"}])";
  check_rejected(
      valid_doc(nodes, R"([{"source": "a", "target": "b", "type": "co_mentioned", "weight": -1}])"),
      "weight must not be negative");
  check_rejected(
      valid_doc(nodes,
                R"([{"source": "a", "target": "b", "type": "co_mentioned", "weight": 1e400}])"),
      "invalid JSON");
  check_rejected(
      valid_doc(nodes,
                R"([{"source": "a", "target": "b", "type": "co_mentioned", "weight": NaN}])"),
      "invalid JSON");
}

TEST_CASE("data: graph JSON enforces the nesting depth while parsing") {
  std::string deep(65, '[');
  deep += std::string(65, ']');
  check_rejected(R"({"schema": "stakegraph/1", "x": )" + deep + "}", "nesting deeper than 64");
  // 100,000 levels are rejected before any DOM is built (no stack overflow).
  std::string very_deep(100000, '[');
  check_rejected(very_deep, "nesting deeper than 64", 1);
  std::string obj;
  for (int i = 0; i < 100000; ++i) obj += "{\"a\":";
  check_rejected(obj, "nesting deeper than 64", 1);
}

TEST_CASE("data: graph JSON rejects a NUL byte anywhere") {
  std::string text = valid_doc("[]", "[]");
  text += std::string("\0junk", 5);
  check_rejected(text, "NUL byte");
  std::string mid = valid_doc(R"([{"id": "a)", "[]");
  mid.insert(30, 1, '\0');
  check_rejected(mid, "NUL byte");
}

TEST_CASE("data: graph JSON rejects invalid UTF-8 with its offset") {
  std::string text = valid_doc("[{\"id\": \"a\xC3\x28\", \"type\": \"person\"}]", "[]");
  check_rejected(text, "invalid UTF-8 at byte offset");
}

TEST_CASE("data: graph JSON rejects duplicate keys") {
  check_rejected(R"({"schema": "stakegraph/1", "nodes": [], "nodes": [], "edges": []})",
                 "duplicate key \"nodes\"");
}

TEST_CASE("data: graph JSON rejects empty input and oversize input") {
  check_rejected("", "empty JSON input");
  try {
    data::JsonReadLimits small;
    small.max_bytes = 10;
    (void)data::read_graph_json(valid_doc("[]", "[]"), "g.json", small);
    FAIL("accepted oversize input");
  } catch (const ParseError& e) {
    CHECK(std::string(e.what()).find("larger than the limit") != std::string::npos);
  }
}

TEST_CASE("data: write_graph_json writes strings with the bytes of nlohmann's dump") {
  // The writer escapes strings itself (evidence sentences are most of a
  // graph's bytes); the document must still be exactly dump(2) of its parse:
  // quotes, backslashes, every control character, DEL, multi-byte UTF-8 and
  // invalid UTF-8 (replaced with U+FFFD, as dump() does).
  StakeholderGraph g = sample();
  std::string hostile = "q\"b\\s/ \x7f \xC4\x8C \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80";
  for (int c = 1; c < 0x20; ++c) hostile += static_cast<char>(c);
  const std::string a = g.add_node(NodeType::organisation, "Hostile " + hostile);
  g.set_attribute(a, "role", hostile);
  g.add_mention(a, Evidence{"doc", 1, 0, 5, hostile});
  g.add_mention(a, Evidence{"doc", 1, 6, 9, "bad \xC3\x28 utf8 \xFF"});
  // One quote shared by several items is checked once: a valid one and an
  // invalid one must each come out right every time.
  const SharedText good_shared("shared \xC4\x8C good"), bad_shared("shared \xC3\x28 bad");
  for (std::size_t k = 0; k < 3; ++k) {
    g.add_mention(a, Evidence{"doc", 2, k, k + 1, good_shared});
    g.add_mention(a, Evidence{"doc", 3, k, k + 1, bad_shared});
  }
  const std::string written = data::write_graph_json(g);
  auto occurrences = [&](const std::string& what) {
    std::size_t n = 0;
    for (auto p = written.find(what); p != std::string::npos; p = written.find(what, p + 1)) ++n;
    return n;
  };
  CHECK(occurrences("shared \xC4\x8C good") == 3);
  CHECK(occurrences("shared \xEF\xBF\xBD( bad") == 3);
  const nlohmann::json parsed = nlohmann::json::parse(written);
  CHECK(written == parsed.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
  CHECK(written.find("\\u001f") != std::string::npos);
  CHECK(written.find("\\b\\t\\n\\u000b\\f\\r") != std::string::npos);
  CHECK(written.find("\xEF\xBF\xBD") != std::string::npos);  // U+FFFD for the invalid bytes
}

TEST_CASE("data: graph JSON streamed in pieces has the bytes of the whole document") {
  // Enough evidence for a few megabytes, so that the writer hands over
  // several pieces, some of them in the middle of an evidence list.
  StakeholderGraph g = sample();
  const std::string sentence(200, 'x');
  std::vector<std::string> ids;
  for (int i = 0; i < 40; ++i)
    ids.push_back(g.add_node(NodeType::organisation, "Body " + std::to_string(i)));
  for (int i = 0; i < 40; ++i)
    for (int k = 0; k < 500; ++k)
      g.add_mention(ids[static_cast<std::size_t>(i)],
                    Evidence{"doc", 1, static_cast<std::size_t>(k), 20, sentence});
  const std::string whole = data::write_graph_json(g);
  std::string joined;
  std::size_t pieces = 0;
  data::write_graph_json(g, [&](std::string_view piece) {
    joined.append(piece);
    ++pieces;
  });
  CHECK(whole.size() > (std::size_t{3} << 20));
  CHECK(pieces >= 3);
  CHECK(joined == whole);

  const std::vector<std::string> list_ids = {"a", "b", "c"};
  const std::vector<WeightedEdge> merged = {{0, 1, 1.0}, {1, 2, 2.5}};
  std::string list_joined;
  data::write_edge_list_json(list_ids, merged, nullptr,
                             [&](std::string_view piece) { list_joined.append(piece); });
  CHECK(list_joined == data::write_edge_list_json(list_ids, merged, nullptr));
}

TEST_CASE("data: write_graph_json writes numbers with the bytes of nlohmann's dump") {
  // Whole weights are written by the writer itself, other numbers by the
  // serializer; both must give dump()'s bytes, including its switch to
  // exponent notation at 10^15 and the ".0" of whole doubles.
  StakeholderGraph g = sample();
  const std::vector<double> weights = {0.0,
                                       -0.0,
                                       1.0,
                                       3.0,
                                       2.5,
                                       0.1,
                                       1e14,
                                       999999999999999.0,
                                       1e15,
                                       1e16,
                                       1e20,
                                       1.5e300,
                                       1e-7,
                                       123456789.125,
                                       4503599627370497.0};
  std::vector<std::string> ids;
  for (std::size_t i = 0; i <= weights.size(); ++i)
    ids.push_back(g.add_node(NodeType::organisation, "Weighted " + std::to_string(i)));
  for (std::size_t i = 0; i < weights.size(); ++i)
    g.add_edge(ids[i], ids[i + 1], RelationType::partner_of,
               Evidence{"doc", static_cast<std::int64_t>(i) - 3, i, i + 10, "text"}, weights[i]);
  g.analysis()->metrics[ids[0]].values["odd"] = 1e15;
  g.analysis()->metrics[ids[0]].values["whole"] = 42.0;
  g.analysis()->metrics[ids[0]].cluster = -1;
  const std::string written = data::write_graph_json(g);
  const nlohmann::json parsed = nlohmann::json::parse(written);
  CHECK(written == parsed.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
  CHECK(written.find("\"weight\": 3.0") != std::string::npos);
  CHECK(written.find("\"weight\": 1e+15") != std::string::npos);
  CHECK(written.find("\"paragraph\": -3") != std::string::npos);
}
