// Resource limits of the renderer at N (accepted) and N+1 (refused): label
// bytes, nodes and edges for the dot layout.
#include <doctest/doctest.h>

#include <string>

#include "stakegraph/render/figure.hpp"

namespace gr = stakegraph::graph;
using namespace stakegraph::render;

namespace {
FigureOptions dot_svg() {
  FigureOptions o;
  o.format = Format::svg;
  o.layout = Layout::dot;
  o.legend = false;
  o.caption = false;
  return o;
}
gr::StakeholderGraph chain(std::size_t nodes) {
  gr::StakeholderGraph g;
  std::string prev;
  for (std::size_t i = 0; i < nodes; ++i) {
    const std::string id = g.add_node(gr::NodeType::organisation, "Body " + std::to_string(i));
    if (!prev.empty()) g.add_edge(prev, id, gr::RelationType::partner_of);
    prev = id;
  }
  return g;
}
}  // namespace

TEST_CASE("render: label byte limit keeps N bytes and cuts N+1") {
  CHECK(escape_label(std::string(40, 'w'), 40) == std::string(40, 'w'));
  CHECK(escape_label(std::string(41, 'w'), 40) == std::string(40, 'w') + "…");
}

TEST_CASE("render: dot node limit draws N nodes and refuses N+1") {
  FigureOptions o = dot_svg();
  o.limits.max_dot_nodes = 20;
  CHECK_NOTHROW(render_figure(chain(20), o));
  try {
    render_figure(chain(21), o);
    FAIL("expected the dot node cap");
  } catch (const RenderError& e) {
    CHECK(e.kind() == stakegraph::ErrorKind::data);
    CHECK(std::string(e.what()).find("21 nodes") != std::string::npos);
  }
}

TEST_CASE("render: dot edge limit draws N edges and refuses N+1") {
  FigureOptions o = dot_svg();
  o.limits.max_dot_edges = 19;
  CHECK_NOTHROW(render_figure(chain(20), o));  // 19 edges
  try {
    render_figure(chain(21), o);  // 20 edges
    FAIL("expected the dot edge cap");
  } catch (const RenderError& e) {
    CHECK(std::string(e.what()).find("20 edges") != std::string::npos);
  }
}
