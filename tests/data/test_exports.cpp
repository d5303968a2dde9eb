// Exports: escaping of hostile text for XML, CSV and DOT; number formatting;
// format detection; structure and determinism of every writer on a small
// drawn graph and on the shared report fixture. (NetworkX and Graphviz read
// the files back in tests/scripts/check_exports_networkx.py.)
#include <doctest/doctest.h>

#include <algorithm>
#include <limits>
#include <string>

#include "stakegraph/data/exports.hpp"
#include "stakegraph/data/graph_json.hpp"

using namespace stakegraph;
using data::ExportFormat;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto p = text.find(what); p != std::string::npos; p = text.find(what, p + what.size())) ++n;
  return n;
}

// a -> b (affiliated_with), b -- a (co_mentioned, stored in sorted order,
// 2 paragraphs), c isolated.
graph::StakeholderGraph small_graph() {
  graph::StakeholderGraph g;
  graph::Node a{"person:a", graph::NodeType::person, "A <b>&\"'", "Anne \\ Smith\\", {}, {}, {}};
  a.mentions = {{"doc-1", 1, 0, 4, "Anne"}, {"doc-1", 5, 10, 14, "Anne"}, {"doc-2", 3, 0, 4, "A"}};
  a.attributes["role"] = "=cmd|' /C calc'!A0";
  g.insert_node(a);
  g.insert_node(
      {"organisation:b", graph::NodeType::organisation, "B, Inc.\r\nline", "B", {}, {}, {}});
  g.insert_node({"country:c", graph::NodeType::country, "C\x01\x1f", "Č 🌍", {}, {}, {}});
  g.add_edge("person:a", "organisation:b", graph::RelationType::affiliated_with,
             graph::Evidence{"doc-1", 1, 0, 20, "Anne \"works\" at B"});
  g.add_edge("person:a", "organisation:b", graph::RelationType::co_mentioned,
             graph::Evidence{"doc-1", 1, 0, 20, "x"});
  g.add_edge("person:a", "organisation:b", graph::RelationType::co_mentioned,
             graph::Evidence{"doc-1", 5, 0, 20, "y"});
  return g;
}

graph::StakeholderGraph fixture() {
  return data::load_graph_file(std::string(STAKEGRAPH_FIXTURES_DIR) + "/report/sample-graph.json");
}

}  // namespace

TEST_CASE("data: xml_escape encodes markup and quotes") {
  CHECK(data::xml_escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(data::xml_escape("a & b \"c\" 'd'") == "a &amp; b &quot;c&quot; &apos;d&apos;");
  CHECK(data::xml_escape("&amp;") == "&amp;amp;");
}

TEST_CASE("data: xml_escape keeps tab LF CR as references and drops other controls") {
  CHECK(data::xml_escape("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d");
  CHECK(data::xml_escape(std::string("x\x01\x08\x0b\x0c\x1fy")) == "xy");
  CHECK(data::xml_escape(std::string("nul\0end", 7)) == "nulend");
  CHECK(data::xml_escape("\xEF\xBF\xBE|\xEF\xBF\xBF|\xEF\xBF\xBD") == "||\xEF\xBF\xBD");
}

TEST_CASE("data: xml_escape keeps UTF-8 and repairs invalid bytes") {
  CHECK(data::xml_escape("Čekuolis Ñandú 🌍 ™") == "Čekuolis Ñandú 🌍 ™");
  CHECK(data::xml_escape("bad\xff\xfe!") == "bad\xEF\xBF\xBD\xEF\xBF\xBD!");
  CHECK(data::xml_escape("cut\xE2\x82") == "cut\xEF\xBF\xBD");
}

TEST_CASE("data: csv_field follows RFC 4180") {
  CHECK(data::csv_field("plain text") == "plain text");
  CHECK(data::csv_field("") == "");
  CHECK(data::csv_field("a,b") == "\"a,b\"");
  CHECK(data::csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(data::csv_field("\"") == "\"\"\"\"");
  CHECK(data::csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(data::csv_field("cr\rlf") == "\"cr\rlf\"");
  CHECK(data::csv_field("semi;colon 'q'") == "semi;colon 'q'");
  CHECK(data::csv_field("Čekuolis 🌍") == "Čekuolis 🌍");
}

TEST_CASE("data: dot_quote escapes backslashes quotes and newlines") {
  CHECK(data::dot_quote("plain") == "\"plain\"");
  CHECK(data::dot_quote("") == "\"\"");
  CHECK(data::dot_quote("ends with \\") == "\"ends with \\\\\"");
  CHECK(data::dot_quote("a\"];evil[\"b") == "\"a\\\"];evil[\\\"b\"");
  CHECK(data::dot_quote("\\N \\G \\L") == "\"\\\\N \\\\G \\\\L\"");
  CHECK(data::dot_quote("one\ntwo\r\nthree\rfour") == "\"one\\ntwo\\nthree\\nfour\"");
  CHECK(data::dot_quote(std::string("t\tab\x01\x7f")) == "\"tab\"");
  CHECK(data::dot_quote("AT&T") == "\"AT&T\"");
  CHECK(data::dot_quote("AT&T", true) == "\"AT&amp;T\"");
  CHECK(data::dot_quote("<b>html</b>") == "\"<b>html</b>\"");
}

TEST_CASE("data: dot_quote never lets a quote end the string early") {
  // Every '"' inside is preceded by an odd number of backslashes.
  for (std::string s : {"\"", "\\\"", "\\\\\"", "x\\", "\\", "\"\\\"\\"}) {
    const std::string q = data::dot_quote(s);
    REQUIRE(q.size() >= 2);
    for (std::size_t i = 1; i + 1 < q.size(); ++i) {
      if (q[i] != '"') continue;
      std::size_t slashes = 0;
      for (std::size_t j = i; j > 0 && q[j - 1] == '\\'; --j) ++slashes;
      CHECK(slashes % 2 == 1);
    }
    std::size_t trailing = 0;
    for (std::size_t j = q.size() - 1; j > 0 && q[j - 1] == '\\'; --j) ++trailing;
    CHECK(trailing % 2 == 0);
  }
}

TEST_CASE("data: format_number gives the shortest round-trip form") {
  CHECK(data::format_number(0.1) == "0.1");
  CHECK(data::format_number(12.0) == "12");
  CHECK(data::format_number(-0.0) == "0");
  CHECK(data::format_number(1e-7) == "1e-07");
  CHECK(data::format_number(0.30000000000000004) == "0.30000000000000004");
  CHECK(data::format_number(std::numeric_limits<double>::quiet_NaN()) == "NaN");
  CHECK(data::format_number(std::numeric_limits<double>::infinity()) == "INF");
  CHECK(data::format_number(-std::numeric_limits<double>::infinity()) == "-INF");
}

TEST_CASE("data: export formats from names and extensions") {
  CHECK(data::parse_export_format("graphml") == ExportFormat::graphml);
  CHECK(data::parse_export_format("node-link") == ExportFormat::nodelink);
  CHECK(data::parse_export_format("gv") == ExportFormat::dot);
  CHECK_FALSE(data::parse_export_format("GraphML").has_value());
  CHECK(data::export_format_from_path("out/g.GraphML") == ExportFormat::graphml);
  CHECK(data::export_format_from_path("g.gexf") == ExportFormat::gexf);
  CHECK(data::export_format_from_path("a.b/g.json") == ExportFormat::nodelink);
  CHECK(data::export_format_from_path("g.gv") == ExportFormat::dot);
  CHECK(data::export_format_from_path("t.csv") == ExportFormat::csv);
  CHECK_FALSE(data::export_format_from_path("a.b/graph").has_value());
  CHECK_FALSE(data::export_format_from_path(".graphml").has_value());
  CHECK_FALSE(data::export_format_from_path("g.svg").has_value());
  for (auto f : {ExportFormat::graphml, ExportFormat::gexf, ExportFormat::csv,
                 ExportFormat::nodelink, ExportFormat::dot})
    CHECK(data::parse_export_format(data::to_string(f)) == f);
}

TEST_CASE("data: GraphML has typed keys and escapes every value") {
  const auto g = small_graph();
  const std::string x = data::write_graphml(g);
  CHECK(x.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml ", 0) == 0);
  CHECK(x.find("edgedefault=\"directed\"") != std::string::npos);
  CHECK(x.find("attr.name=\"type\" attr.type=\"string\"") != std::string::npos);
  CHECK(x.find("attr.name=\"weight\" attr.type=\"double\"") != std::string::npos);
  CHECK(x.find("attr.name=\"symmetric\" attr.type=\"boolean\"") != std::string::npos);
  CHECK(x.find("attr.name=\"mention_count\" attr.type=\"int\"") != std::string::npos);
  CHECK(x.find("attr.name=\"attr_role\"") != std::string::npos);
  CHECK(x.find("attr.name=\"cluster\"") == std::string::npos);  // no analysis, no cluster
  CHECK(x.find("A &lt;b&gt;&amp;&quot;&apos;") != std::string::npos);
  CHECK(x.find("<b>") == std::string::npos);
  CHECK(x.find("B, Inc.&#13;&#10;line") != std::string::npos);
  CHECK(x.find('\x01') == std::string::npos);
  CHECK(x.find("doc-1:1,5; doc-2:3") != std::string::npos);
  CHECK(count(x, "<node ") == 3);
  CHECK(count(x, "<edge ") == 2);  // co_mentioned once, beside affiliated_with
  CHECK(count(x, ">true</data>") == 1);
  CHECK(x.find(">2</data>") != std::string::npos);  // co_mentioned weight 1 + 1
}

TEST_CASE("data: GEXF 1.3 declares attributes and gives values per node") {
  const auto g = small_graph();
  const std::string x = data::write_gexf(g);
  CHECK(x.find("<gexf xmlns=\"http://gexf.net/1.3\"") != std::string::npos);
  CHECK(x.find("version=\"1.3\"") != std::string::npos);
  CHECK(x.find("<graph defaultedgetype=\"directed\" mode=\"static\">") != std::string::npos);
  CHECK(x.find("title=\"type\" type=\"string\"") != std::string::npos);
  CHECK(x.find("title=\"symmetric\" type=\"boolean\"") != std::string::npos);
  CHECK(count(x, "<node ") == 3);
  CHECK(count(x, "<edge ") == 2);
  CHECK(count(x, "<viz:color ") == 3);
  CHECK(x.find("label=\"co_mentioned\" kind=\"co_mentioned\" weight=\"2\"") != std::string::npos);
  CHECK(x.find("label=\"A &lt;b&gt;&amp;&quot;&apos;\"") != std::string::npos);
  CHECK(data::write_gexf(g, false).find("viz:color ") == std::string::npos);
}

TEST_CASE("data: CSV tables use CRLF a header and Kumu column names") {
  const auto t = data::write_csv(small_graph());
  CHECK(t.nodes.rfind(
            "ID,Label,name,Type,aliases,mention_count,paragraphs,first_mention,attr_role\r\n", 0) ==
        0);
  CHECK(t.edges.rfind("From,To,Type,weight,Direction,evidence_count,paragraphs,first_evidence\r\n",
                      0) == 0);
  CHECK(count(t.nodes, "\r\n") == 4 + 1);  // header, 3 rows, and the CRLF inside a quoted label
  CHECK(count(t.edges, "\r\n") == 3);
  CHECK(t.nodes.find("\"A <b>&\"\"'\"") != std::string::npos);
  CHECK(t.nodes.find("\"B, Inc.\r\nline\"") != std::string::npos);
  CHECK(t.nodes.find("\"'=cmd|' /C calc'!A0\"") == std::string::npos);   // no comma: unquoted
  CHECK(t.nodes.find(",'=cmd|' /C calc'!A0\r\n") != std::string::npos);  // formula neutralised
  CHECK(t.nodes.find("\"doc-1:1,5; doc-2:3\"") != std::string::npos);
  CHECK(t.edges.find("organisation:b,person:a,co_mentioned,2,undirected,2,\"doc-1:1,5\",x\r\n") !=
        std::string::npos);
  CHECK(t.edges.find("affiliated_with,1,directed,1,doc-1:1,\"Anne \"\"works\"\" at B\"\r\n") !=
        std::string::npos);
}

TEST_CASE("data: node-link JSON has the networkx shape") {
  const std::string j = data::write_node_link_json(small_graph());
  CHECK(j.rfind("{\n  \"directed\": true,\n  \"multigraph\": true,\n  \"graph\": {", 0) == 0);
  CHECK(j.find("\"nodes\": [") != std::string::npos);
  CHECK(j.find("\"links\": [") != std::string::npos);
  CHECK(j.find("\"key\": \"co_mentioned\"") != std::string::npos);
  CHECK(j.find("\"label\": \"A <b>&\\\"'\"") != std::string::npos);
  CHECK(j.find("\"label\": \"C\\u0001\\u001f\"") != std::string::npos);
  CHECK(count(j, "\"source\":") == 2);
  CHECK(j.back() == '\n');
}

TEST_CASE("data: DOT quotes every id and value and marks symmetric edges") {
  const std::string d = data::write_dot(small_graph());
  CHECK(d.find("digraph \"stakegraph\" {") != std::string::npos);
  CHECK(d.find("\"person:a\" [label=\"A <b>&amp;\\\"'\", type=\"person\"];") != std::string::npos);
  CHECK(d.find("\"organisation:b\" [label=\"B, Inc.\\nline\"") != std::string::npos);
  CHECK(d.find("\"country:c\" [label=\"C\", type=\"country\"];") != std::string::npos);
  CHECK(d.find("\"organisation:b\" -> \"person:a\" [type=\"co_mentioned\", weight=\"2\", "
               "dir=\"none\"];") != std::string::npos);
  CHECK(d.find("[type=\"affiliated_with\", weight=\"1\"];") != std::string::npos);
  CHECK(count(d, " -> ") == 2);
}

TEST_CASE("data: the fixture exports with analysis columns") {
  const auto g = fixture();
  REQUIRE(g.analysis().has_value());
  const std::string x = data::write_graphml(g);
  CHECK(x.find("attr.name=\"cluster\" attr.type=\"int\"") != std::string::npos);
  CHECK(x.find("attr.name=\"pagerank\" attr.type=\"double\"") != std::string::npos);
  CHECK(x.find("attr.name=\"role\" attr.type=\"string\"") != std::string::npos);
  CHECK(x.find("attr.name=\"attr_role\" attr.type=\"string\"") != std::string::npos);
  CHECK(count(x, "<node ") == g.node_count());
  CHECK(count(x, "<edge ") == g.edge_count());
  CHECK(x.find("<script>") == std::string::npos);
  const auto t = data::write_csv(g);
  CHECK(t.nodes.find(",cluster,cluster_label,betweenness,") != std::string::npos);
  CHECK(count(data::write_dot(g), "cluster=\"") == g.node_count());
}

TEST_CASE("data: every export is byte-identical across runs and reloads") {
  const auto a = fixture();
  const auto b = data::read_graph_json(data::write_graph_json(a), "reloaded");
  CHECK(data::write_graphml(a) == data::write_graphml(b));
  CHECK(data::write_gexf(a) == data::write_gexf(b));
  CHECK(data::write_csv(a).nodes == data::write_csv(b).nodes);
  CHECK(data::write_csv(a).edges == data::write_csv(b).edges);
  CHECK(data::write_node_link_json(a) == data::write_node_link_json(b));
  CHECK(data::write_dot(a) == data::write_dot(b));
  CHECK(data::write_graphml(a) == data::write_graphml(a));
}

TEST_CASE("data: an empty graph exports to valid empty documents") {
  const graph::StakeholderGraph g;
  CHECK(data::write_graphml(g).find("<graph id=\"stakegraph\" edgedefault=\"directed\">") !=
        std::string::npos);
  CHECK(count(data::write_gexf(g), "<node ") == 0);
  CHECK(data::write_csv(g).nodes ==
        "ID,Label,name,Type,aliases,mention_count,paragraphs,first_mention\r\n");
  CHECK(data::write_node_link_json(g).find("\"nodes\": []") != std::string::npos);
  CHECK(count(data::write_dot(g), ";") == 1);  // the graph attribute line only
}
