// Exports of a stakeholder graph to the formats other tools open: GraphML
// (Gephi, Cytoscape, yEd, NetworkX), GEXF 1.3 (Gephi), CSV node and edge
// tables (spreadsheets, Kumu, pandas), node-link JSON (networkx.node_link_graph)
// and DOT text (Graphviz, Gephi). Provenance travels along: every node carries
// its mention count, the paragraphs it was mentioned in and its first
// mention; every edge its relation, weight, evidence count, evidence
// paragraphs and first quote. With an analysis, nodes also carry their
// cluster, every numeric metric and every role.
//
// Conventions shared by every format (README, "Exports"):
// - The graph is exported as a DIRECTED MULTIGRAPH. Explicit relations keep
//   their direction (source -> target). A co_mentioned edge, which is
//   symmetric, is written ONCE, in the stored order (source < target), with
//   `symmetric` = true (CSV: Direction = undirected; DOT: dir="none"). Two
//   nodes may be joined by several edges of different relation types.
//   NetworkX therefore reads a MultiDiGraph (GraphML: when parallel edges
//   exist; node-link: always); `G.to_undirected()` gives the symmetric view.
// - Node attributes: label, name, type, aliases ("; "-joined), mention_count,
//   paragraphs ("doc:1,5,8; doc2:3"), first_mention; with an analysis
//   cluster (int), cluster_label, every metric by its own name (double) and
//   every role by its own name (string). The node's free-form attributes are
//   prefixed "attr_" (attr_role) so they never collide with analysis roles.
// - Edge attributes: relation, weight (double), symmetric (bool),
//   evidence_count (int), paragraphs, first_evidence.
// - Output is deterministic: nodes by id, edges by (source, target,
//   relation), columns in a fixed order; numbers in the shortest form that
//   reads back to the same double. The same graph gives the same bytes.
// - Text is escaped for each format; characters a format cannot carry (XML
//   1.0 forbids C0 controls other than tab, LF and CR) are dropped.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "stakegraph/graph/model.hpp"

namespace stakegraph::data {

enum class ExportFormat { graphml, gexf, csv, nodelink, dot };

std::string_view to_string(ExportFormat f) noexcept;

// "graphml", "gexf", "csv", "nodelink" (also "json", "node-link"), "dot"
// (also "gv"); std::nullopt otherwise.
std::optional<ExportFormat> parse_export_format(std::string_view name) noexcept;

// The format a file name implies by its extension (case-insensitive):
// .graphml, .gexf, .csv, .json -> nodelink, .dot/.gv; std::nullopt otherwise.
std::optional<ExportFormat> export_format_from_path(std::string_view path) noexcept;

// GraphML 1.0 (http://graphml.graphdrawing.org/xmlns), edgedefault="directed",
// typed <key>s (string, int, double, boolean) for nodes, edges and the graph,
// edge ids e0, e1, ... O(V + E) in the size of the text.
std::string write_graphml(const graph::StakeholderGraph& g);

// GEXF 1.3 (xmlns http://gexf.net/1.3), defaultedgetype="directed", node and
// edge attributes declared in <attributes> and given as <attvalues>; the edge
// weight in the weight attribute, the relation as label and kind; with
// `viz_colours`, nodes get a viz:color from a colour-blind-safe palette (by
// cluster with an analysis, else by type). O(V + E).
std::string write_gexf(const graph::StakeholderGraph& g, bool viz_colours = true);

// nodes.csv and edges.csv (RFC 4180: comma separated, CRLF line endings, a
// header row, fields holding a comma, quote, CR or LF are quoted with quotes
// doubled; UTF-8 without BOM). Column names follow Kumu where Kumu has a
// field: nodes "ID", "Label", "Type"; edges "From", "To" (node IDs), "Type"
// (the relation), "Direction" ("directed" or "undirected"); the other
// columns carry the attribute names above. Text cells that a spreadsheet
// would evaluate as a formula (starting with = + - @ or a tab/CR) get a
// leading apostrophe (OWASP "CSV injection"); numeric cells are untouched.
struct CsvTables {
  std::string nodes;
  std::string edges;
};
CsvTables write_csv(const graph::StakeholderGraph& g);

// Node-link JSON as networkx.node_link_graph (2.8 and later) reads it:
// {"directed": true, "multigraph": true, "graph": {...}, "nodes": [{"id": ...,
// ...}], "links": [{"source": ..., "target": ..., "key": <relation>, ...}]}.
// The relation is the multigraph key, unique per (source, target). Two-space
// indentation, final newline.
std::string write_node_link_json(const graph::StakeholderGraph& g);

// DOT text for Graphviz and Gephi, structure only (no layout): a `digraph`
// in which every ID and every value is double-quoted and escaped with
// dot_quote, so no input can end a string early or inject statements. Node
// attributes label, type, cluster (with an analysis); edge attributes type
// (the relation), weight, and dir="none" for symmetric edges. Graph-level
// metadata is prefixed "stakegraph_" so it never sets a Graphviz attribute
// (Graphviz reads "resolution" as dpi).
std::string write_dot(const graph::StakeholderGraph& g);

// ------------------------------------------------------------ building blocks

// Text for XML content and attribute values: & < > " ' become entities; tab,
// LF and CR become character references (so attribute-value normalisation
// cannot turn them into spaces); other C0 controls, U+FFFE, U+FFFF and
// invalid UTF-8 bytes (replaced by U+FFFD) are not allowed in XML 1.0 and are
// dropped.
std::string xml_escape(std::string_view text);

// One RFC 4180 field: quoted when it holds a comma, quote, CR or LF (quotes
// doubled), else as is.
std::string csv_field(std::string_view text);

// A double-quoted DOT string: `\` -> `\\`, `"` -> `\"`, CR LF / CR / LF ->
// `\n`, other control characters dropped. Graphviz reads `\\` in a label as
// one backslash, so labels display literally (`\N`, `\G` are not expanded);
// in IDs and other values a backslash reads back doubled, because DOT cannot
// write a backslash before the closing quote any other way.
// With `label`, `&` also becomes `&amp;` (Graphviz decodes entities in
// labels).
std::string dot_quote(std::string_view text, bool label = false);

// The shortest decimal form that reads back to `v` ("0.25", "12", "1e-07");
// "NaN", "INF", "-INF" for non-finite values.
std::string format_number(double v);

}  // namespace stakegraph::data
