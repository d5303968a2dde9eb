// Writers for GraphML, GEXF 1.3, CSV (RFC 4180), node-link JSON and DOT
// (exports.hpp). All five take their attributes from the same tables
// (export_table.hpp), so a column has one name and one type everywhere.
//
// References: GraphML Primer (graphml.graphdrawing.org/primer/graphml-primer.html);
// GEXF 1.3 schema (gexf.net/schema.html); RFC 4180 (CSV); NetworkX 2.8
// readwrite.json_graph.node_link_graph; the DOT language
// (graphviz.org/doc/info/lang.html); XML 1.0 §2.2 (allowed characters) and
// §3.3.3 (attribute-value normalisation); RELIABILITY-NOTES §2.3 (DOT
// escaping, E7) and the OWASP note on CSV injection.
#include "stakegraph/data/exports.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

#include "export_table.hpp"
#include "stakegraph/graph/text.hpp"

namespace stakegraph::data {

using detail::Cell;
using detail::Column;
using detail::ColumnType;
using detail::Table;
using graph::StakeholderGraph;

// ------------------------------------------------------------ formats

std::string_view to_string(ExportFormat f) noexcept {
  switch (f) {
    case ExportFormat::graphml: return "graphml";
    case ExportFormat::gexf: return "gexf";
    case ExportFormat::csv: return "csv";
    case ExportFormat::nodelink: return "nodelink";
    case ExportFormat::dot: return "dot";
  }
  return "graphml";
}

std::optional<ExportFormat> parse_export_format(std::string_view name) noexcept {
  if (name == "graphml") return ExportFormat::graphml;
  if (name == "gexf") return ExportFormat::gexf;
  if (name == "csv") return ExportFormat::csv;
  if (name == "nodelink" || name == "node-link" || name == "json") return ExportFormat::nodelink;
  if (name == "dot" || name == "gv") return ExportFormat::dot;
  return std::nullopt;
}

std::optional<ExportFormat> export_format_from_path(std::string_view path) noexcept {
  const auto slash = path.find_last_of('/');
  const auto base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const auto dot = base.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return std::nullopt;
  std::string ext;
  for (char c : base.substr(dot + 1))
    ext += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  if (ext == "graphml" || ext == "gexf" || ext == "csv" || ext == "dot" || ext == "gv")
    return parse_export_format(ext);
  if (ext == "json") return ExportFormat::nodelink;
  return std::nullopt;
}

// ------------------------------------------------------------ building blocks

std::string xml_escape(std::string_view raw) {
  const std::string text = detail::valid_utf8(raw);
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    switch (c) {
      case '&': out += "&amp;"; continue;
      case '<': out += "&lt;"; continue;
      case '>': out += "&gt;"; continue;
      case '"': out += "&quot;"; continue;
      case '\'': out += "&apos;"; continue;
      case '\t': out += "&#9;"; continue;
      case '\n': out += "&#10;"; continue;
      case '\r': out += "&#13;"; continue;
      default: break;
    }
    if (c < 0x20) continue;  // not a Char in XML 1.0
    // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not Chars either.
    if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE) {
      i += 2;
      continue;
    }
    out += static_cast<char>(c);
  }
  return out;
}

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string dot_quote(std::string_view raw, bool label) {
  const std::string text = detail::valid_utf8(raw);
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '"') {
      out += "\\\"";
    } else if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += "\\n";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c < 0x20 || c == 0x7F) {
      continue;  // tabs and other controls carry nothing a DOT reader keeps
    } else if (c == '&' && label) {
      out += "&amp;";
    } else {
      out += static_cast<char>(c);
    }
  }
  out += '"';
  return out;
}

std::string format_number(double v) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "INF" : "-INF";
  if (v == 0) return "0";  // also for -0.0, which no reader needs
  std::array<char, 64> buf{};
  auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v);
  return std::string(buf.data(), r.ptr);
}

namespace {

// The text of a cell; empty for an absent value.
std::string cell_text(const Cell& cell) {
  struct Visitor {
    std::string operator()(std::monostate) const { return {}; }
    std::string operator()(const std::string& s) const { return s; }
    std::string operator()(std::int64_t i) const { return std::to_string(i); }
    std::string operator()(double d) const { return format_number(d); }
    std::string operator()(bool b) const { return b ? "true" : "false"; }
  };
  return std::visit(Visitor{}, cell);
}

bool absent(const Cell& cell) {
  return std::holds_alternative<std::monostate>(cell);
}

// Okabe & Ito (2008), "Color Universal Design": distinguishable with the
// common colour-vision deficiencies. Black is left out (it reads as "no
// colour" in Gephi); grey marks nodes without a cluster.
constexpr std::array<std::array<int, 3>, 7> kPalette = {{{230, 159, 0},
                                                         {86, 180, 233},
                                                         {0, 158, 115},
                                                         {240, 228, 66},
                                                         {0, 114, 178},
                                                         {213, 94, 0},
                                                         {204, 121, 167}}};
constexpr std::array<int, 3> kGrey = {153, 153, 153};

std::size_t column_index(const Table& t, std::string_view name) {
  for (std::size_t i = 0; i < t.columns.size(); ++i)
    if (t.columns[i].name == name) return i;
  return t.columns.size();
}

const char* gexf_type(ColumnType t) noexcept {
  switch (t) {
    case ColumnType::string: return "string";
    case ColumnType::integer: return "integer";
    case ColumnType::real: return "double";
    case ColumnType::boolean: return "boolean";
  }
  return "string";
}

}  // namespace

// ------------------------------------------------------------ GraphML

std::string write_graphml(const StakeholderGraph& g) {
  const Table nodes = detail::node_table(g);
  const Table edges = detail::edge_table(g);
  const auto graph_attrs = detail::graph_attributes(g);

  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  auto key = [&](const std::string& id, const char* domain, const Column& c) {
    out += "  <key id=\"" + id + "\" for=\"" + domain + "\" attr.name=\"" + xml_escape(c.name) +
           "\" attr.type=\"" + detail::graphml_type(c.type) + "\"/>\n";
  };
  for (std::size_t i = 0; i < graph_attrs.size(); ++i)
    key("g" + std::to_string(i), "graph", graph_attrs[i].first);
  for (std::size_t i = 0; i < nodes.columns.size(); ++i)
    key("n" + std::to_string(i), "node", nodes.columns[i]);
  for (std::size_t i = 0; i < edges.columns.size(); ++i)
    key("e" + std::to_string(i), "edge", edges.columns[i]);

  out += "  <graph id=\"stakegraph\" edgedefault=\"directed\">\n";
  for (std::size_t i = 0; i < graph_attrs.size(); ++i)
    out += "    <data key=\"g" + std::to_string(i) + "\">" +
           xml_escape(cell_text(graph_attrs[i].second)) + "</data>\n";

  std::size_t row = 0;
  for (const auto& [id, n] : g.nodes()) {
    out += "    <node id=\"" + xml_escape(id) + "\">\n";
    const auto& cells = nodes.rows[row++];
    for (std::size_t c = 0; c < cells.size(); ++c) {
      if (absent(cells[c])) continue;
      out += "      <data key=\"n" + std::to_string(c) + "\">" + xml_escape(cell_text(cells[c])) +
             "</data>\n";
    }
    out += "    </node>\n";
  }
  row = 0;
  for (const auto& [k, e] : g.edges()) {
    out += "    <edge id=\"e" + std::to_string(row) + "\" source=\"" + xml_escape(e.source) +
           "\" target=\"" + xml_escape(e.target) + "\">\n";
    const auto& cells = edges.rows[row++];
    for (std::size_t c = 0; c < cells.size(); ++c) {
      if (absent(cells[c])) continue;
      out += "      <data key=\"e" + std::to_string(c) + "\">" + xml_escape(cell_text(cells[c])) +
             "</data>\n";
    }
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

// ------------------------------------------------------------ GEXF 1.3

std::string write_gexf(const StakeholderGraph& g, bool viz_colours) {
  const Table nodes = detail::node_table(g);
  const Table edges = detail::edge_table(g);
  const std::size_t label_col = column_index(nodes, "label");
  const std::size_t type_col = column_index(nodes, "type");
  const std::size_t cluster_col = column_index(nodes, "cluster");
  const std::size_t weight_col = column_index(edges, "weight");
  const std::size_t relation_col = column_index(edges, "relation");

  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" "
      "version=\"1.3\">\n";
  out += "  <meta>\n    <creator>" +
         xml_escape(g.generator().empty() ? "stakegraph" : g.generator()) + "</creator>\n";
  std::string description = "stakeholder graph";
  for (const auto& [col, cell] : detail::graph_attributes(g))
    if (col.name == "documents" && !cell_text(cell).empty())
      description += " from " + cell_text(cell);
  out += "    <description>" + xml_escape(description) + "</description>\n  </meta>\n";
  out += "  <graph defaultedgetype=\"directed\" mode=\"static\">\n";

  // The node label and the edge weight are GEXF's own attributes; every
  // other column is declared, with its position as the attribute id.
  auto declare = [&](const char* cls, const Table& t, std::size_t skip) {
    out += std::string("    <attributes class=\"") + cls + "\" mode=\"static\">\n";
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      if (c == skip) continue;
      out += "      <attribute id=\"" + std::to_string(c) + "\" title=\"" +
             xml_escape(t.columns[c].name) + "\" type=\"" + gexf_type(t.columns[c].type) + "\"/>\n";
    }
    out += "    </attributes>\n";
  };
  declare("node", nodes, label_col);
  declare("edge", edges, weight_col);

  auto attvalues = [&](const std::vector<Cell>& cells, std::size_t skip) {
    out += "        <attvalues>\n";
    for (std::size_t c = 0; c < cells.size(); ++c) {
      if (c == skip || absent(cells[c])) continue;
      out += "          <attvalue for=\"" + std::to_string(c) + "\" value=\"" +
             xml_escape(cell_text(cells[c])) + "\"/>\n";
    }
    out += "        </attvalues>\n";
  };

  out += "    <nodes>\n";
  std::size_t row = 0;
  for (const auto& [id, n] : g.nodes()) {
    const auto& cells = nodes.rows[row++];
    out += "      <node id=\"" + xml_escape(id) + "\" label=\"" +
           xml_escape(cell_text(cells[label_col])) + "\">\n";
    attvalues(cells, label_col);
    if (viz_colours) {
      std::array<int, 3> rgb = kGrey;
      if (cluster_col < cells.size()) {
        if (const auto* k = std::get_if<std::int64_t>(&cells[cluster_col]))
          rgb = kPalette[static_cast<std::size_t>(*k) % kPalette.size()];
      } else {
        const auto type = cell_text(cells[type_col]);
        for (std::size_t t = 0; t < graph::kAllNodeTypes.size(); ++t)
          if (graph::to_string(graph::kAllNodeTypes[t]) == type) rgb = kPalette[t];
      }
      out += "        <viz:color r=\"" + std::to_string(rgb[0]) + "\" g=\"" +
             std::to_string(rgb[1]) + "\" b=\"" + std::to_string(rgb[2]) + "\"/>\n";
    }
    out += "      </node>\n";
  }
  out += "    </nodes>\n    <edges>\n";
  row = 0;
  for (const auto& [k, e] : g.edges()) {
    const auto& cells = edges.rows[row];
    const std::string relation = cell_text(cells[relation_col]);
    out += "      <edge id=\"" + std::to_string(row) + "\" source=\"" + xml_escape(e.source) +
           "\" target=\"" + xml_escape(e.target) + "\" label=\"" + relation + "\" kind=\"" +
           relation + "\" weight=\"" + cell_text(cells[weight_col]) + "\">\n";
    attvalues(cells, weight_col);
    out += "      </edge>\n";
    ++row;
  }
  out += "    </edges>\n  </graph>\n</gexf>\n";
  return out;
}

// ------------------------------------------------------------ CSV

namespace {

// A text cell a spreadsheet would evaluate gets a leading apostrophe.
std::string csv_text(const Cell& cell) {
  std::string s = cell_text(cell);
  if (std::holds_alternative<std::string>(cell) && !s.empty() &&
      (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r'))
    s.insert(s.begin(), '\'');
  return csv_field(s);
}

void csv_row(std::string& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out += ',';
    out += fields[i];
  }
  out += "\r\n";
}

}  // namespace

CsvTables write_csv(const StakeholderGraph& g) {
  const Table nodes = detail::node_table(g);
  const Table edges = detail::edge_table(g);
  CsvTables out;

  // Kumu's names for the fields it knows; the other columns keep their names.
  std::vector<std::string> header = {"ID"};
  for (const auto& c : nodes.columns) {
    if (c.name == "label") {
      header.push_back("Label");
    } else if (c.name == "type") {
      header.push_back("Type");
    } else {
      header.push_back(csv_field(c.name));
    }
  }
  csv_row(out.nodes, header);
  std::size_t row = 0;
  for (const auto& [id, n] : g.nodes()) {
    std::vector<std::string> fields = {csv_text(Cell{detail::valid_utf8(id)})};
    for (const auto& cell : nodes.rows[row]) fields.push_back(csv_text(cell));
    csv_row(out.nodes, fields);
    ++row;
  }

  header = {"From", "To"};
  const std::size_t symmetric_col = column_index(edges, "symmetric");
  for (const auto& c : edges.columns) {
    if (c.name == "relation") {
      header.push_back("Type");
    } else if (c.name == "symmetric") {
      header.push_back("Direction");
    } else {
      header.push_back(csv_field(c.name));
    }
  }
  csv_row(out.edges, header);
  row = 0;
  for (const auto& [k, e] : g.edges()) {
    std::vector<std::string> fields = {csv_text(Cell{detail::valid_utf8(e.source)}),
                                       csv_text(Cell{detail::valid_utf8(e.target)})};
    const auto& cells = edges.rows[row++];
    for (std::size_t c = 0; c < cells.size(); ++c) {
      if (c == symmetric_col)
        fields.push_back(std::get<bool>(cells[c]) ? "undirected" : "directed");
      else
        fields.push_back(csv_text(cells[c]));
    }
    csv_row(out.edges, fields);
  }
  return out;
}

// ------------------------------------------------------------ node-link JSON

namespace {

nlohmann::ordered_json json_cell(const Cell& cell) {
  struct Visitor {
    nlohmann::ordered_json operator()(std::monostate) const { return nullptr; }
    nlohmann::ordered_json operator()(const std::string& s) const { return s; }
    nlohmann::ordered_json operator()(std::int64_t i) const { return i; }
    nlohmann::ordered_json operator()(double d) const {
      if (!std::isfinite(d)) return nullptr;  // JSON has no NaN or infinity
      return d;
    }
    nlohmann::ordered_json operator()(bool b) const { return b; }
  };
  return std::visit(Visitor{}, cell);
}

}  // namespace

std::string write_node_link_json(const StakeholderGraph& g) {
  using nlohmann::ordered_json;
  const Table nodes = detail::node_table(g);
  const Table edges = detail::edge_table(g);

  ordered_json doc = ordered_json::object();
  doc["directed"] = true;
  doc["multigraph"] = true;
  ordered_json graph_obj = ordered_json::object();
  for (const auto& [col, cell] : detail::graph_attributes(g)) graph_obj[col.name] = json_cell(cell);
  doc["graph"] = std::move(graph_obj);

  ordered_json node_list = ordered_json::array();
  std::size_t row = 0;
  for (const auto& [id, n] : g.nodes()) {
    ordered_json o = ordered_json::object();
    o["id"] = detail::valid_utf8(id);
    const auto& cells = nodes.rows[row++];
    for (std::size_t c = 0; c < cells.size(); ++c)
      if (!absent(cells[c])) o[nodes.columns[c].name] = json_cell(cells[c]);
    node_list.push_back(std::move(o));
  }
  doc["nodes"] = std::move(node_list);

  ordered_json links = ordered_json::array();
  row = 0;
  for (const auto& [k, e] : g.edges()) {
    ordered_json o = ordered_json::object();
    o["source"] = detail::valid_utf8(e.source);
    o["target"] = detail::valid_utf8(e.target);
    o["key"] = std::string(graph::to_string(e.type));
    const auto& cells = edges.rows[row++];
    for (std::size_t c = 0; c < cells.size(); ++c)
      if (!absent(cells[c])) o[edges.columns[c].name] = json_cell(cells[c]);
    links.push_back(std::move(o));
  }
  doc["links"] = std::move(links);
  return doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

// ------------------------------------------------------------ DOT

std::string write_dot(const StakeholderGraph& g) {
  const Table nodes = detail::node_table(g);
  const std::size_t label_col = column_index(nodes, "label");
  const std::size_t type_col = column_index(nodes, "type");
  const std::size_t cluster_col = column_index(nodes, "cluster");

  std::string out = "// stakegraph export: structure only, no layout (stakegraph/1 ids)\n";
  out += "digraph \"stakegraph\" {\n";
  std::string graph_line;
  for (const auto& [col, cell] : detail::graph_attributes(g)) {
    const std::string v = cell_text(cell);
    if (v.empty()) continue;
    if (!graph_line.empty()) graph_line += ", ";
    // Prefixed: some names are Graphviz attributes ("resolution" is its dpi).
    graph_line += dot_quote("stakegraph_" + col.name) + "=" + dot_quote(v);
  }
  out += "  graph [" + graph_line + "];\n";
  std::size_t row = 0;
  for (const auto& [id, n] : g.nodes()) {
    const auto& cells = nodes.rows[row++];
    out += "  " + dot_quote(id) + " [label=" + dot_quote(cell_text(cells[label_col]), true) +
           ", type=" + dot_quote(cell_text(cells[type_col]));
    if (cluster_col < cells.size() && !absent(cells[cluster_col]))
      out += ", cluster=" + dot_quote(cell_text(cells[cluster_col]));
    out += "];\n";
  }
  for (const auto& [k, e] : g.edges()) {
    out += "  " + dot_quote(e.source) + " -> " + dot_quote(e.target) +
           " [type=" + dot_quote(graph::to_string(e.type)) +
           ", weight=" + dot_quote(format_number(e.weight));
    if (graph::is_symmetric(e.type)) out += ", dir=\"none\"";
    out += "];\n";
  }
  out += "}\n";
  return out;
}

}  // namespace stakegraph::data
