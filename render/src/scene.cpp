// DOT text of a Scene, written by us rather than by agwrite, whose output
// order depends on heap addresses in Graphviz 2.42 (API-NOTES §2.2, §2.6) and
// which emits a value ending in '\' as "x\" (RELIABILITY-NOTES E7).
#include "scene.hpp"

namespace stakegraph::render::detail {
namespace {

void quoted(std::string& out, const std::string& s) {
  out += '"';
  for (char c : s) {
    if (c == '"') out += '\\';
    out += c;
  }
  std::size_t run = 0;
  for (auto it = s.rbegin(); it != s.rend() && *it == '\\'; ++it) ++run;
  if (run % 2 == 1) out += ' ';
  out += '"';
}

void attr_list(std::string& out, const Attrs& attrs) {
  out += " [";
  bool first = true;
  for (const auto& [name, value] : attrs) {
    if (!first) out += ", ";
    first = false;
    quoted(out, name);
    out += '=';
    quoted(out, value);
  }
  out += "]";
}

}  // namespace

std::string scene_to_dot(const Scene& scene) {
  std::string out = "digraph ";
  quoted(out, scene.name);
  out += " {\n";
  if (!scene.graph_attrs.empty()) {
    out += "  graph";
    attr_list(out, scene.graph_attrs);
    out += ";\n";
  }
  if (!scene.node_defaults.empty()) {
    out += "  node";
    attr_list(out, scene.node_defaults);
    out += ";\n";
  }
  if (!scene.edge_defaults.empty()) {
    out += "  edge";
    attr_list(out, scene.edge_defaults);
    out += ";\n";
  }
  auto node = [&](const SceneNode& n, const char* indent) {
    out += indent;
    quoted(out, n.name);
    if (!n.attrs.empty()) attr_list(out, n.attrs);
    out += ";\n";
  };
  // Graphviz's layouts depend on the order in which objects are created
  // (node order seeds dot's initial order and sfdp's coarsening; subgraphs
  // are visited in creation order). stakegraph creates the subgraphs first,
  // then the nodes in figure order; the lists below recreate that order, so
  // `dot`/`sfdp` on this file draw the figure stakegraph drew, not another.
  if (!scene.subgraphs.empty()) {
    out += "  // creation order of subgraphs and nodes, as stakegraph laid them out\n";
    for (const auto& sub : scene.subgraphs) {
      out += "  subgraph ";
      quoted(out, sub.name);
      out += " {}\n";
    }
    out += " ";
    for (const auto& n : scene.nodes) {
      out += ' ';
      quoted(out, n.name);
      out += ';';
    }
    out += "\n";
  }
  for (std::size_t s = 0; s < scene.subgraphs.size(); ++s) {
    out += "  subgraph ";
    quoted(out, scene.subgraphs[s].name);
    out += " {\n";
    if (!scene.subgraphs[s].attrs.empty()) {
      out += "    graph";
      attr_list(out, scene.subgraphs[s].attrs);
      out += ";\n";
    }
    for (const auto& n : scene.nodes) {
      if (n.subgraph == static_cast<int>(s)) node(n, "    ");
    }
    out += "  }\n";
  }
  for (const auto& n : scene.nodes) {
    if (n.subgraph < 0) node(n, "  ");
  }
  for (const auto& e : scene.edges) {
    out += "  ";
    quoted(out, scene.nodes.at(e.tail).name);
    out += " -> ";
    quoted(out, scene.nodes.at(e.head).name);
    if (!e.attrs.empty()) attr_list(out, e.attrs);
    out += ";\n";
  }
  out += "}\n";
  return out;
}

}  // namespace stakegraph::render::detail
