// Internal: a Graphviz-free description of one figure (graph, subgraphs,
// nodes, edges and their attributes, all in output order). The figure builder
// produces it from a StakeholderGraph; graphviz.cpp turns it into cgraph
// objects. Keeping the two apart keeps gvc.h in one file and lets the styling
// be tested without Graphviz.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace stakegraph::render::detail {

// Attribute name/value pairs, applied in order. Values are already escaped
// where they hold user text (escape_label); names must be in the whitelist
// of graphviz.cpp.
using Attrs = std::vector<std::pair<std::string, std::string>>;

struct SceneSubgraph {
  std::string name;  // "cluster_<n>" draws a box for dot and fdp
  Attrs attrs;
};

struct SceneNode {
  std::string name;   // synthetic: n0, n1, ... (never user text)
  int subgraph = -1;  // index into Scene::subgraphs, or -1 for the root
  Attrs attrs;
};

struct SceneEdge {
  std::size_t tail = 0;  // indices into Scene::nodes
  std::size_t head = 0;
  Attrs attrs;
};

struct Scene {
  std::string name = "stakegraph";
  Attrs graph_attrs;
  Attrs node_defaults;
  Attrs edge_defaults;
  std::vector<SceneSubgraph> subgraphs;
  std::vector<SceneNode> nodes;
  std::vector<SceneEdge> edges;
  // The legend: a "cluster_legend" subgraph of its own nodes and edges. With
  // `legend_apart`, layout engines that ignore clusters (neato, sfdp, circo)
  // would scatter it, so gv_layout_and_render lays it out with dot by
  // itself and places that drawing below the figure.
  int legend = -1;  // index into subgraphs, or -1
  bool legend_apart = false;
};

// The scene as DOT text: every id and value quoted, '"' escaped, subgraphs,
// nodes and edges in scene order, attributes in the order given. Values are
// written as they are (they are escStrings already); one ending in an odd run
// of backslashes gets a trailing space so that it cannot escape its closing
// quote (RELIABILITY-NOTES E7). O(size of the scene).
std::string scene_to_dot(const Scene& scene);

}  // namespace stakegraph::render::detail
