// Figures: every format valid, every view and preset drawn, hostile labels
// rendered literally, determinism, the dot size cap and the render timeout.
// Graphs are built by hand (sample_graphs.hpp) with a hand-set analysis.
#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "sample_graphs.hpp"
#include "stakegraph/graph/views.hpp"
#include "stakegraph/render/figure.hpp"
#include "stakegraph/render/report.hpp"

namespace {

using namespace stakegraph::render;
namespace gr = stakegraph::graph;

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto p = text.find(what); p != std::string::npos; p = text.find(what, p + 1)) ++n;
  return n;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// xmllint --noout on the text (libxml2-utils is installed by install-deps.sh).
bool well_formed_xml(const std::string& text) {
  const auto path =
      std::filesystem::temp_directory_path() / ("sg-render-" + std::to_string(::getpid()) + ".svg");
  std::ofstream(path, std::ios::binary) << text;
  const std::string cmd = "xmllint --noout --nonet '" + path.string() + "' 2>/dev/null";
  const int rc = std::system(cmd.c_str());
  std::filesystem::remove(path);
  return rc == 0;
}

FigureOptions opts(Format f, Layout l = Layout::dot) {
  FigureOptions o;
  o.format = f;
  o.layout = l;
  return o;
}

}  // namespace

TEST_CASE("render: escape_label doubles backslashes, encodes & and blanks controls") {
  CHECK(escape_label("a\\N b", 100) == "a\\\\N b");
  CHECK(escape_label("x & &lt; y", 100) == "x &amp; &amp;lt; y");
  CHECK(escape_label("a\tb\nc\x01\x7f", 100) == "a b c  ");
  CHECK(escape_label("\"{<|>}\"", 100) == "\"{<|>}\"");
  CHECK(escape_label("bad \xC3\x28", 100) == "bad \xEF\xBF\xBD(");
  // Cut on a code-point boundary: "é" is two bytes and is not split.
  CHECK(escape_label("ab\xC3\xA9", 3) == "ab…");
  CHECK(escape_label(std::string(5000, 'x'), 256).size() == 256 + 3);
}

TEST_CASE("render: format_from_path reads the extension") {
  CHECK(format_from_path("out/fig.svg") == Format::svg);
  CHECK(format_from_path("FIG.PNG") == Format::png);
  CHECK(format_from_path("a.b/fig.pdf") == Format::pdf);
  CHECK(format_from_path("x.gv") == Format::dot);
  CHECK(!format_from_path("a.b/fig").has_value());
  CHECK(!format_from_path("fig.jpeg").has_value());
}

TEST_CASE("render: SVG is well-formed with one cluster group per cluster plus the legend") {
  const auto svg = render_figure(sample::small(), opts(Format::svg));
  CHECK(svg.rfind("<?xml", 0) == 0);
  CHECK(well_formed_xml(svg));
  CHECK(count(svg, "class=\"cluster\"") == 3);  // two clusters and the legend box
  CHECK(svg.find("<title>cluster_0</title>") != std::string::npos);
  CHECK(svg.find("<title>cluster_1</title>") != std::string::npos);
  // Stable ids and tooltips that lead back to the paragraph.
  CHECK(svg.find("id=\"node&#45;organisation:united&#45;nations&#45;office&#45;on&#45;drugs&#45;"
                 "and&#45;crime\"") != std::string::npos);
  CHECK(svg.find("paragraph 6&#10;¶6: “UNODC and ILO”") != std::string::npos);
  CHECK(svg.find("class=\"node node&#45;organisation broker") != std::string::npos);
  CHECK(svg.find("Source: Chairs&#39; Summary, 5 March 2007") != std::string::npos);
}

TEST_CASE("render: PNG and PDF have their signatures and PDF bytes do not depend on the time") {
  const auto png = render_figure(sample::small(), opts(Format::png));
  REQUIRE(png.size() > 8);
  CHECK(png.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
  ::unsetenv("SOURCE_DATE_EPOCH");
  const auto pdf = render_figure(sample::small(), opts(Format::pdf));
  CHECK(pdf.rfind("%PDF-", 0) == 0);
  CHECK(pdf.find("%%EOF") != std::string::npos);
  // cairo stamps the time of writing; the renderer fixes the stamp.
  CHECK(pdf.find("/CreationDate (D:19700101000000Z)") != std::string::npos);
  sleep(1);
  CHECK(render_figure(sample::small(), opts(Format::pdf)) == pdf);
  ::setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  const auto dated = render_figure(sample::small(), opts(Format::pdf));
  ::unsetenv("SOURCE_DATE_EPOCH");
  CHECK(dated.find("/CreationDate (D:20231114221320Z)") != std::string::npos);
  CHECK(dated.size() == pdf.size());
}

TEST_CASE("render: DOT output re-parses and matches the golden file") {
  const auto dot = render_figure(sample::small(), opts(Format::dot));
  std::string error;
  CHECK(dot_parses(dot, &error));
  CHECK(error.empty());
  CHECK(dot.find("record") == std::string::npos);
  CHECK(dot.find("<<") == std::string::npos);  // no HTML-like label
  const std::string golden = std::string(STAKEGRAPH_FIXTURES_DIR) + "/render/small.dot";
  if (std::getenv("STAKEGRAPH_UPDATE_GOLDEN") != nullptr) std::ofstream(golden) << dot;
  CHECK(dot == slurp(golden));
  std::string bad_error;
  CHECK_FALSE(dot_parses("digraph { a -> ; }", &bad_error));
  CHECK(bad_error.find("syntax error") != std::string::npos);
}

TEST_CASE("render: hostile labels render literally in SVG text and tooltips") {
  gr::StakeholderGraph g;
  gr::Node n;
  n.id = "organisation:x";
  n.type = gr::NodeType::organisation;
  n.label =
      "q\"t \\N \\G \\L \\n <b>&lt;&amp; {r|s} c\x01"
      "d end\\";
  n.name = n.label;
  g.insert_node(n);
  FigureOptions o = opts(Format::svg);
  o.legend = false;
  o.caption = false;
  const auto svg = render_figure(g, o);
  CHECK(well_formed_xml(svg));
  // Wrapped onto lines at spaces; each line literal (XML-escaped once).
  CHECK(svg.find(">q&quot;t \\N \\G \\L</text>") != std::string::npos);
  CHECK(svg.find(">\\n</text>") != std::string::npos);
  CHECK(svg.find(">&lt;b&gt;&amp;lt;&amp;amp;</text>") != std::string::npos);
  CHECK(svg.find(">{r|s} c d end\\</text>") != std::string::npos);
  CHECK(svg.find("xlink:title=\"q&quot;t \\N \\G \\L \\n &lt;b&gt;&amp;lt;&amp;amp; {r|s} c d "
                 "end\\ (organisation)") != std::string::npos);
  CHECK(count(svg, "stakegraph") == 2);  // the title comment and <title>: \G never expanded
  CHECK(svg.find(">n0</text>") == std::string::npos);  // \N never expanded
  const auto dot = render_figure(g, opts(Format::dot));
  CHECK(dot_parses(dot));
}

TEST_CASE("render: a label over the byte cap is cut with an ellipsis") {
  gr::StakeholderGraph g;
  g.add_node(gr::NodeType::organisation, std::string(3000, 'w'));
  FigureOptions o = opts(Format::dot);
  o.limits.label_bytes = 40;
  const auto dot = render_figure(g, o);
  CHECK(dot.find("\"label\"=\"" + std::string(40, 'w') + "…\"") != std::string::npos);
}

TEST_CASE("render: every view is drawn") {
  const auto g = sample::conference();
  for (View v : {View::full, View::actors, View::clusters, View::ego}) {
    // The actor projection is dense (~850 edges): sfdp, as a user would.
    FigureOptions o = opts(Format::svg, v == View::actors ? Layout::sfdp : Layout::dot);
    o.view = v;
    o.focus = "United Nations Office on Drugs and Crime";  // an alias, not the id
    o.depth = 1;
    CAPTURE(to_string(v));
    const auto svg = render_figure(g, o);
    CHECK(well_formed_xml(svg));
    CHECK(count(svg, "class=\"node") > 3);
  }
  FigureOptions o;
  o.view = View::clusters;
  const auto collapsed = figure_graph(g, o);
  CHECK(collapsed.node_count() == 5);
  o.view = View::actors;
  const auto actors = figure_graph(g, o);
  for (const auto& [id, n] : actors.nodes()) CHECK(gr::is_actor(n.type));
  o.view = View::ego;
  o.focus = "no such body";
  CHECK_THROWS_AS(figure_graph(g, o), RenderError);
}

TEST_CASE("render: collapse_clusters sums the weights between clusters") {
  const auto c = collapse_clusters(sample::small());
  REQUIRE(c.node_count() == 2);
  REQUIRE(c.edge_count() == 1);
  const auto& e = c.edges().begin()->second;
  CHECK(e.source == "cluster:0");
  CHECK(e.target == "cluster:1");
  // UNODC-ILO (3) and UNODC-Sweden (1) cross; ILO-Sweden is inside cluster 1.
  CHECK(e.weight == doctest::Approx(4.0));
  CHECK(c.find("cluster:0")->label == "UNODC (3)");
}

TEST_CASE("render: top and min-weight narrow the figure") {
  const auto g = sample::conference();
  FigureOptions o;
  o.top = 10;
  const auto top = figure_graph(g, o);
  CHECK(top.node_count() == 10);
  REQUIRE(top.analysis().has_value());
  CHECK(top.analysis()->metrics.size() == 10);
  FigureOptions w;
  w.min_weight = 3.0;
  const auto light = figure_graph(g, w);
  CHECK(light.node_count() == g.node_count());
  for (const auto& [k, e] : light.edges()) {
    if (e.type == gr::RelationType::co_mentioned) CHECK(e.weight >= 3.0);
  }
  CHECK(light.edge_count() < g.edge_count());
  FigureOptions t;
  t.types = {gr::NodeType::country};
  CHECK(figure_graph(g, t).node_count() == 10);
}

TEST_CASE("render: without an analysis nodes are drawn without clusters") {
  auto g = sample::small();
  g.analysis().reset();
  const auto svg = render_figure(g, opts(Format::svg));
  CHECK(count(svg, "class=\"cluster\"") == 1);  // the legend only
  CHECK(svg.find("fill=\"#e5e5e5\"") != std::string::npos);
}

TEST_CASE("render: each preset and each layout produces a figure") {
  const auto g = sample::conference();
  for (Preset p : {Preset::paper, Preset::slide, Preset::poster}) {
    FigureOptions o = opts(Format::svg);
    o.preset = p;
    o.title = "Stakeholders";
    const auto svg = render_figure(g, o);
    CHECK(svg.find(">Stakeholders</text>") != std::string::npos);
    CHECK(svg.find(p == Preset::paper ? "DejaVu Serif" : "DejaVu Sans") != std::string::npos);
  }
  for (Layout l : {Layout::neato, Layout::fdp, Layout::sfdp, Layout::circo}) {
    CAPTURE(to_string(l));
    const auto svg = render_figure(sample::small(), opts(Format::svg, l));
    CHECK(well_formed_xml(svg));
    // Clusters are boxes for fdp only (dot tested above); colour groups
    // elsewhere. Every layout draws the legend as one box (of the 3 for fdp).
    CHECK(count(svg, "class=\"cluster\"") == (l == Layout::fdp ? 3u : 1u));
    CHECK(count(svg, "<g id=\"legend\" class=\"cluster\">") == 1);
  }
}

namespace {

// The y of the first label of each node group of an SVG, split into legend
// entries (class legend-... or caption) and the figure's nodes.
void node_label_ys(const std::string& svg, std::vector<double>& legend,
                   std::vector<double>& figure) {
  std::size_t pos = 0;
  while ((pos = svg.find("class=\"node", pos)) != std::string::npos) {
    const std::size_t class_end = svg.find('"', pos + 7);
    const std::string cls = svg.substr(pos + 7, class_end - pos - 7);
    const std::size_t text = svg.find("<text", pos);
    const std::size_t next = svg.find("class=\"node", pos + 1);
    pos = class_end;
    if (text == std::string::npos || (next != std::string::npos && text > next)) continue;
    const std::size_t y = svg.find(" y=\"", text);
    const double value = std::stod(svg.substr(y + 4));
    const bool in_legend =
        cls.find("legend") != std::string::npos || cls.find("caption") != std::string::npos;
    (in_legend ? legend : figure).push_back(value);
  }
}

}  // namespace

TEST_CASE("render: engines without clusters keep the legend together below the figure") {
  // neato, sfdp and circo ignore subgraphs: the legend's entries would be
  // scattered as free nodes. The legend is laid out apart with dot and placed
  // under the drawing, so every entry sits below every node of the figure.
  for (Layout l : {Layout::neato, Layout::sfdp, Layout::circo}) {
    CAPTURE(to_string(l));
    FigureOptions o = opts(Format::svg, l);
    o.title = "Stakeholders";
    const auto svg = render_figure(sample::conference(), o);
    REQUIRE(well_formed_xml(svg));
    std::vector<double> legend, figure;
    node_label_ys(svg, legend, figure);
    REQUIRE(legend.size() >= 4);
    REQUIRE(!figure.empty());
    // SVG y grows downwards.
    CHECK(*std::min_element(legend.begin(), legend.end()) >
          *std::max_element(figure.begin(), figure.end()));
    CHECK(svg.find(">Stakeholders</text>") != std::string::npos);
    CHECK(svg.find(">Legend</text>") != std::string::npos);
  }
}

TEST_CASE("render: output is byte-identical across runs for SVG, PNG and DOT") {
  const auto g = sample::conference();
  for (Format f : {Format::svg, Format::png, Format::dot}) {
    for (Layout l : {Layout::dot, Layout::neato, Layout::sfdp}) {
      FigureOptions o = opts(f, l);
      o.seed = 7;
      CAPTURE(to_string(f));
      CAPTURE(to_string(l));
      CHECK(render_figure(g, o) == render_figure(g, o));
    }
  }
  // The paper preset's 300 dpi PNG drawn by sfdp (small glyphs, the legend
  // joined in with nop2): three renders, one result.
  FigureOptions paper = opts(Format::png, Layout::sfdp);
  paper.preset = Preset::paper;
  const std::string first = render_figure(g, paper);
  CHECK(render_figure(g, paper) == first);
  CHECK(render_figure(g, paper) == first);
}

TEST_CASE("render: a graph over the dot cap is refused with a suggestion") {
  const auto g = sample::clustered(2100, 8);
  try {
    render_figure(g, opts(Format::svg));
    FAIL("expected RenderError");
  } catch (const RenderError& e) {
    CHECK(e.kind() == stakegraph::ErrorKind::data);
    CHECK(std::string(e.what()).find("--layout sfdp") != std::string::npos);
    CHECK(std::string(e.what()).find("--top") != std::string::npos);
  }
  FigureOptions top = opts(Format::svg);
  top.top = 50;
  CHECK_NOTHROW(render_figure(g, top));
}

TEST_CASE("render: a render over the wall-clock limit is stopped") {
  const auto g = sample::clustered(1500, 8);
  FigureOptions o = opts(Format::svg, Layout::neato);
  o.limits.wall_seconds = 0.05;
  try {
    render_figure(g, o);
    FAIL("expected RenderError");
  } catch (const RenderError& e) {
    CHECK(e.kind() == stakegraph::ErrorKind::internal);
    CHECK(std::string(e.what()).find("renderer timed out after 0.05 s") != std::string::npos);
  }
}

namespace {

// Width in pixels from a PNG's IHDR chunk.
std::uint32_t png_width(const std::string& png) {
  REQUIRE(png.size() > 24);
  std::uint32_t w = 0;
  for (int i = 16; i < 20; ++i) w = (w << 8) | static_cast<unsigned char>(png[i]);
  return w;
}

// The width="...pt" of an SVG's root element.
double svg_width_pt(const std::string& svg) {
  const auto p = svg.find("<svg width=\"");
  REQUIRE(p != std::string::npos);
  return std::stod(svg.substr(p + 12));
}

}  // namespace

TEST_CASE("render: render_figures gives each format the bytes of render_figure") {
  const auto g = sample::conference();
  for (Layout l : {Layout::dot, Layout::sfdp}) {
    FigureOptions o = opts(Format::svg, l);
    o.seed = 3;
    CAPTURE(to_string(l));
    const auto all =
        render_figures(g, o, {Format::svg, Format::png, Format::pdf, Format::dot, Format::svg});
    REQUIRE(all.size() == 4);
    for (Format f : {Format::svg, Format::png, Format::pdf, Format::dot}) {
      CAPTURE(to_string(f));
      o.format = f;
      const std::string single = render_figure(g, o);
      if (f == Format::pdf) {
        // sfdp's coordinates differ between runs below the 2 decimals of
        // SVG (Graphviz 2.42), which shows in PDF's finer numbers.
        if (l == Layout::dot) CHECK(all.at(f) == single);
        CHECK(all.at(f).rfind("%PDF-", 0) == 0);
      } else {
        CHECK(all.at(f) == single);
      }
    }
  }
  CHECK(render_figures(g, opts(Format::svg), {}).empty());
}

TEST_CASE("render: PNG is rendered at the preset's resolution and SVG at 72 dpi") {
  const auto g = sample::small();
  FigureOptions o = opts(Format::svg);
  const auto all = render_figures(g, o, {Format::png, Format::svg});
  const double pt = svg_width_pt(all.at(Format::svg));
  // paper: 300 dpi; the SVG is in points (1/72 in).
  CHECK(std::abs(static_cast<double>(png_width(all.at(Format::png))) - pt * 300.0 / 72.0) < 8.0);
  o.preset = Preset::slide;
  const auto slide = render_figures(g, o, {Format::png, Format::svg});
  CHECK(std::abs(static_cast<double>(png_width(slide.at(Format::png))) -
                 svg_width_pt(slide.at(Format::svg)) * 96.0 / 72.0) < 8.0);
}

namespace {

// Ten organisations, every pair co-mentioned once, the 17 pairs of body 0 or 1 three times,
// and two stated relations: 47 edges, over the budget of max(40, 2 x 10).
gr::StakeholderGraph dense() {
  gr::StakeholderGraph g;
  g.documents().push_back(sample::doc("doc-1", "Dense"));
  std::vector<std::string> ids;
  for (int i = 0; i < 10; ++i) {
    ids.push_back(g.add_node(gr::NodeType::organisation, "Body " + std::to_string(i)));
  }
  for (std::size_t a = 0; a < ids.size(); ++a) {
    for (std::size_t b = a + 1; b < ids.size(); ++b) {
      const double w = a <= 1 ? 3.0 : 1.0;
      g.add_edge(ids[a], ids[b], gr::RelationType::co_mentioned, sample::ev(1, "both"), w);
    }
  }
  g.add_edge(ids[4], ids[5], gr::RelationType::partner_of, sample::ev(2, "partners"));
  g.add_edge(ids[6], ids[7], gr::RelationType::member_of, sample::ev(3, "member"));
  return g;
}

}  // namespace

TEST_CASE("render: dense figures drop light co-mentions and say so in the caption") {
  const auto g = dense();
  CHECK(edge_budget(10) == 40);
  CHECK(edge_budget(100) == 200);
  CHECK(automatic_min_weight(g) == 3.0);
  FigureOptions o = opts(Format::svg);
  const auto drawn = figure_graph(g, o);
  CHECK(drawn.node_count() == 10);  // nodes stay, also when isolated
  CHECK(drawn.edge_count() == 19);  // 17 heavy co-mentions + 2 stated relations
  // The caption says it (wrapped into lines: joined again here).
  std::string dot = render_figure(g, opts(Format::dot));
  for (auto p = dot.find("\\n"); p != std::string::npos; p = dot.find("\\n", p)) {
    dot.replace(p, 2, " ");
  }
  CHECK(dot.find("Co-mentions with fewer than 3 shared sentences omitted (28 of 45;") !=
        std::string::npos);
  CHECK(well_formed_xml(render_figure(g, o)));
  // A sparse figure is drawn whole, without the sentence.
  CHECK(automatic_min_weight(sample::small()) == 0.0);
  CHECK(render_figure(sample::small(), o).find("omitted") == std::string::npos);
  // A threshold that would leave a skeleton (under a quarter of the budget)
  // is not applied: 2,500 co-mentions of weight 1 or 2 among 1,000 nodes.
  CHECK(automatic_min_weight(sample::clustered(1000, 8)) == 0.0);
}

TEST_CASE("render: a min_weight given by the user overrides the automatic threshold") {
  const auto g = dense();
  FigureOptions o = opts(Format::svg);
  o.min_weight = 0.0;  // everything
  CHECK(figure_graph(g, o).edge_count() == 47);
  CHECK(render_figure(g, o).find("omitted") == std::string::npos);
  o.min_weight = 1.0;
  CHECK(figure_graph(g, o).edge_count() == 47);
  o.min_weight = 2.0;
  CHECK(figure_graph(g, o).edge_count() == 19);
  o.min_weight = 4.0;
  CHECK(figure_graph(g, o).edge_count() == 2);
}

TEST_CASE("render: nodes link to their report section only when asked") {
  const auto g = sample::small();
  FigureOptions o = opts(Format::svg);
  const auto plain = render_figure(g, o);
  CHECK(plain.find("xlink:href") == std::string::npos);
  o.report_links = true;
  const auto linked = render_figure(g, o);
  CHECK(well_formed_xml(linked));
  const std::string anchor = report_anchor(g.nodes().begin()->first);
  CHECK(linked.find("xlink:href=\"#" + anchor + "\"") != std::string::npos);
  CHECK(count(linked, "xlink:href=\"#node&#45;") + count(linked, "xlink:href=\"#node-") ==
        g.node_count());
  o.view = View::clusters;
  const auto clusters = render_figure(g, o);
  CHECK(clusters.find("xlink:href=\"#cluster-0\"") != std::string::npos);
}

TEST_CASE("render: choose_layout keeps dot under the edge budget and switches to sfdp above") {
  CHECK(dot_edge_budget(10) == kDotMinEdges);
  CHECK(dot_edge_budget(100) == 300u);
  CHECK(dot_edge_budget(1000) == kDotMaxEdges);
  // A 40-node co-mention clique (780 edges) among 73 nodes: sfdp, said so.
  const LayoutChoice dense = choose_layout(Layout::automatic, 73, 780);
  CHECK(dense.layout == Layout::sfdp);
  CHECK(dense.reason == "780 edges > budget 219 for dot");
  const LayoutChoice sparse = choose_layout(Layout::automatic, 71, 121);
  CHECK(sparse.layout == Layout::dot);
  CHECK(sparse.reason == "121 edges <= budget 213 for dot");
  CHECK(choose_layout(Layout::automatic, 40, 120).layout == Layout::dot);
  CHECK(choose_layout(Layout::automatic, 40, 121).layout == Layout::sfdp);
  CHECK(choose_layout(Layout::automatic, 300, 600).layout == Layout::dot);
  CHECK(choose_layout(Layout::automatic, 300, 601).layout == Layout::sfdp);
  RenderLimits few;
  few.max_dot_nodes = 50;
  CHECK(choose_layout(Layout::automatic, 51, 10, few).layout == Layout::sfdp);
  CHECK(choose_layout(Layout::automatic, 51, 10, few).reason == "51 nodes > 50 for dot");
  // An explicit layout is always honoured, however dense the graph.
  for (Layout l : {Layout::dot, Layout::neato, Layout::fdp, Layout::sfdp, Layout::circo}) {
    CHECK(choose_layout(l, 73, 780).layout == l);
    CHECK(choose_layout(l, 5, 4).layout == l);
  }
  CHECK(parse_layout("auto") == Layout::automatic);
  CHECK(to_string(Layout::automatic) == "auto");
}

TEST_CASE("render: the automatic layout is reported and draws dense figures with sfdp") {
  // 60 nodes, 8 clusters, about 150 co-mentions: a budget of 180 keeps dot.
  const auto sparse = sample::clustered(60, 8);
  FigureOptions o;  // layout automatic by default
  o.format = Format::dot;
  FigureInfo info;
  const std::string dot_text = render_figure(sparse, o, &info);
  CHECK(info.layout == Layout::dot);
  CHECK(dot_text.find("\"layout\"=\"dot\"") != std::string::npos);
  CHECK(info.edges <= dot_edge_budget(info.nodes));
  // Clusters drawn as boxes only by dot: one group per cluster in the SVG.
  o.format = Format::svg;
  CHECK(count(render_figure(sparse, o), "class=\"cluster\"") > 1u);

  // A clique of 30 equal-weight co-mentions (435 edges): the automatic
  // co-mention threshold cannot thin it, so sfdp draws it.
  gr::StakeholderGraph clique;
  clique.documents().push_back(sample::doc("d", "Clique"));
  for (int i = 0; i < 30; ++i) {
    gr::Node n;
    n.id = "country:c" + std::to_string(100 + i);
    n.type = gr::NodeType::country;
    n.label = n.name = "C" + std::to_string(i);
    clique.insert_node(n);
  }
  for (int i = 0; i < 30; ++i) {
    for (int j = i + 1; j < 30; ++j) {
      gr::Edge e;
      e.source = "country:c" + std::to_string(100 + i);
      e.target = "country:c" + std::to_string(100 + j);
      e.type = gr::RelationType::co_mentioned;
      e.weight = 1;
      clique.insert_edge(e);
    }
  }
  const std::string svg = render_figure(clique, o, &info);
  CHECK(info.layout == Layout::sfdp);
  CHECK(info.edges == 435u);
  CHECK(info.layout_reason == "435 edges > budget 120 for dot");
  CHECK(well_formed_xml(svg));
  o.layout = Layout::dot;  // honoured when asked for (and still fast enough here)
  o.format = Format::dot;
  CHECK(render_figure(clique, o, &info).find("\"layout\"=\"dot\"") != std::string::npos);
  CHECK(info.layout == Layout::dot);
}
