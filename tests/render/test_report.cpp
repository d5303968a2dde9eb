// The HTML and Markdown report: escaping of hostile names, the SVG inliner,
// structure (tables, row counts, every in-page link has a target, nothing
// external), determinism, and a graph without analysis. The page is also
// loaded in a real browser by tests/scripts/check_report_browser.py.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "stakegraph/data/files.hpp"
#include "stakegraph/data/graph_json.hpp"
#include "stakegraph/render/report.hpp"

using namespace stakegraph;

namespace {

const std::string kDir = std::string(STAKEGRAPH_FIXTURES_DIR) + "/report";

graph::StakeholderGraph fixture() {
  return data::load_graph_file(kDir + "/sample-graph.json");
}

std::vector<render::ReportFigure> figures() {
  return {{"All stakeholders and relations", "full", data::read_file(kDir + "/figure-full.svg"),
           "figures/full.svg", "figures/full.png", "figures/full (print).pdf"}};
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto p = text.find(what); p != std::string::npos; p = text.find(what, p + what.size())) ++n;
  return n;
}

// The text between the first `open` after `from` and the next `close`.
std::string between(const std::string& text, const std::string& open, const std::string& close,
                    std::size_t from = 0) {
  const auto b = text.find(open, from);
  if (b == std::string::npos) return {};
  const auto e = text.find(close, b + open.size());
  return text.substr(b + open.size(), e - b - open.size());
}

std::set<std::string> attribute_values(const std::string& html, const std::string& attr) {
  std::set<std::string> out;
  const std::string key = " " + attr + "=\"";
  for (auto p = html.find(key); p != std::string::npos; p = html.find(key, p + 1)) {
    const auto b = p + key.size();
    out.insert(html.substr(b, html.find('"', b) - b));
  }
  return out;
}

}  // namespace

TEST_CASE("render: html_escape makes markup and quotes literal") {
  CHECK(render::html_escape("<script>alert(1)</script>") ==
        "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(render::html_escape("a&b \"c\" 'd'") == "a&amp;b &quot;c&quot; &#39;d&#39;");
  CHECK(render::html_escape(std::string("x\x01\x7fy\tz\n")) == "xy\tz\n");
  CHECK(render::html_escape("Čekuolis 🌍") == "Čekuolis 🌍");
  CHECK(render::html_escape("bad\xff") == "bad\xEF\xBF\xBD");
}

TEST_CASE("render: markdown_cell escapes pipes and inline syntax") {
  CHECK(render::markdown_cell("| pipes |") == "\\| pipes \\|");
  CHECK(render::markdown_cell("a*b_c`d[e](f)~g\\") == "a\\*b\\_c\\`d\\[e\\](f)\\~g\\\\");
  CHECK(render::markdown_cell("<script>&") == "&lt;script&gt;&amp;");
  CHECK(render::markdown_cell("one\ntwo\r\nthree\tfour") == "one two three four");
  CHECK(render::markdown_cell(std::string("bell\x07")) == "bell");
  CHECK(render::markdown_cell("UN.GIFT A/RES/61/144 ECPAT-1") == "UN.GIFT A/RES/61/144 ECPAT-1");
}

TEST_CASE("render: report_anchor is URL-safe and injective on bytes") {
  CHECK(render::report_anchor("organisation:unodc") == "node-organisation_3Aunodc");
  CHECK(render::report_anchor("a_b") == "node-a_5Fb");
  CHECK(render::report_anchor("a:b") != render::report_anchor("a_3Ab"));
  CHECK(render::report_anchor("x\"<>\\ é") == "node-x_22_3C_3E_5C_20_C3_A9");
}

TEST_CASE("render: inline_svg drops the prolog and prefixes ids") {
  const std::string svg =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
      "\"x.dtd\">\n<!-- a comment -->\n<svg width=\"10pt\" xmlns=\"http://www.w3.org/2000/svg\">"
      "<defs><linearGradient id=\"l_1\"/></defs><g id=\"node1\" class=\"node\">"
      "<title>a:b</title><rect fill=\"url(#l_1)\"/><text>onclick=x &lt;script&gt;</text></g>"
      "</svg>\n";
  const std::string out = render::inline_svg(svg, "f1-");
  CHECK(out.rfind("<svg width=\"10pt\"", 0) == 0);
  CHECK(out.find("<?xml") == std::string::npos);
  CHECK(out.find("DOCTYPE") == std::string::npos);
  CHECK(out.find("comment") == std::string::npos);
  CHECK(out.find("id=\"f1-node1\"") != std::string::npos);
  CHECK(out.find("id=\"f1-l_1\"") != std::string::npos);
  CHECK(out.find("fill=\"url(#f1-l_1)\"") != std::string::npos);
  CHECK(out.find("<text>onclick=x &lt;script&gt;</text>") != std::string::npos);
  CHECK(out.back() == '>');
}

TEST_CASE("render: inline_svg refuses active content") {
  const std::string head = "<svg xmlns=\"http://www.w3.org/2000/svg\">";
  CHECK_THROWS_AS(render::inline_svg(head + "<script>alert(1)</script></svg>", "f-"),
                  render::ReportError);
  CHECK_THROWS_AS(render::inline_svg(head + "<SCRIPT/></svg>", "f-"), render::ReportError);
  CHECK_THROWS_AS(render::inline_svg(head + "<foreignObject/></svg>", "f-"), render::ReportError);
  CHECK_THROWS_AS(render::inline_svg(head + "<g onload=\"x()\"/></svg>", "f-"),
                  render::ReportError);
  CHECK_THROWS_AS(render::inline_svg(head + "<a xlink:href=\" JavaScript:x()\"/></svg>", "f-"),
                  render::ReportError);
  CHECK_THROWS_AS(render::inline_svg("<html><svg/></html>", "f-"), render::ReportError);
  CHECK_THROWS_AS(render::inline_svg("no markup", "f-"), render::ReportError);
  CHECK_THROWS_AS(render::inline_svg(head + "<g id=unquoted/></svg>", "f-"), render::ReportError);
  try {
    render::inline_svg(head + "<script/></svg>", "f-");
  } catch (const render::ReportError& e) {
    CHECK(e.kind() == ErrorKind::internal);
  }
}

TEST_CASE("render: report.html has the tables and one article per stakeholder") {
  const auto g = fixture();
  const std::string html = render::write_report_html(g, figures());
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
  CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
  const std::string stakeholders =
      between(html, "<table class=\"sortable\" id=\"stakeholder-table\">", "</table>");
  CHECK(count(stakeholders, "<tr>") == g.node_count() + 1);
  // Stakeholder, type, cluster, mentions, the 7 metrics and the 1 role of the fixture.
  CHECK(count(stakeholders, "<button type=\"button\">") == 4 + 7 + 1);
  CHECK(count(stakeholders, "data-type=\"number\"") == 2 + 7);
  const std::string clusters = between(html, "<section id=\"clusters\">", "</section>");
  CHECK(count(clusters, "<tr id=\"cluster-") == g.analysis()->clusters.size());
  CHECK(count(html, "<article class=\"node\"") == g.node_count());
  CHECK(count(between(html, "<section id=\"documents\">", "</section>"),
              g.documents().front().sha256) == 1);
  CHECK(count(between(html, "<table id=\"gap-table\">", "</table>"), "<tr>") ==
        g.analysis()->gaps.size() + 1);
  CHECK(html.find("<table class=\"brokers\" data-metric=\"betweenness\">") != std::string::npos);
  CHECK(html.find("<table class=\"brokers\" data-metric=\"constraint\">") != std::string::npos);
  CHECK(html.find("role: connector") != std::string::npos);
  CHECK(count(html, "<figure id=\"figure-1\" data-view=\"full\">\n<svg ") == 1);
  CHECK(html.find("<a href=\"figures/full%20(print).pdf\">") == std::string::npos);
  CHECK(html.find("<a href=\"figures/full (print).pdf\">PDF</a>") != std::string::npos);
  CHECK(count(html, "<mark>") >= g.node_count());
}

TEST_CASE("render: report.html escapes hostile names and loads nothing external") {
  const std::string html = render::write_report_html(fixture(), figures());
  CHECK(count(html, "<script") == 1);  // the page's own sorting script
  CHECK(count(html, "alert(1)") > 3);
  CHECK(html.find("<script>alert(1)") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("Script &lt;b&gt;Injection&lt;/b&gt; &amp; Co") != std::string::npos);
  CHECK(html.find("<b>Injection") == std::string::npos);
  CHECK(html.find("&quot;Quoted&quot; &amp; &#39;Apostrophes&#39;") != std::string::npos);
  CHECK(html.find('\x07') == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find(" src=") == std::string::npos);
  CHECK(html.find("@import") == std::string::npos);
  CHECK(html.find("url(http") == std::string::npos);
  CHECK(html.find("Dalius Čekuolis") != std::string::npos);
  CHECK(html.find("🌍 Earth Alliance") != std::string::npos);
}

TEST_CASE("render: every in-page link of report.html has a target") {
  const auto g = fixture();
  const std::string html = render::write_report_html(g, figures());
  const auto ids = attribute_values(html, "id");
  std::set<std::string> targets;
  for (const auto& h : attribute_values(html, "href"))
    if (!h.empty() && h[0] == '#') targets.insert(h.substr(1));
  for (const auto& h : attribute_values(html, "xlink:href"))
    if (!h.empty() && h[0] == '#') targets.insert(h.substr(1));
  CHECK(targets.size() > g.node_count());
  for (const auto& t : targets) CHECK_MESSAGE(ids.count(t) == 1, "no element with id " << t);
  for (const auto& [id, n] : g.nodes()) CHECK(ids.count(render::report_anchor(id)) == 1);
  // Figure nodes link to the stakeholder sections.
  CHECK(html.find("xlink:href=\"#node-organisation_3Ascript\"") != std::string::npos);
}

TEST_CASE("render: report.md has the same tables with escaped cells") {
  const auto g = fixture();
  const std::string md = render::write_report_markdown(g, figures());
  CHECK(md.rfind("# Stakeholder network report\n", 0) == 0);
  CHECK(md.find("![All stakeholders and relations](figures/full.svg)") != std::string::npos);
  CHECK(md.find("[PDF](figures/full%20%28print%29.pdf)") != std::string::npos);
  CHECK(md.find("\\| pipes \\|") != std::string::npos);
  CHECK(md.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(md.find("<script") == std::string::npos);
  const std::string stakeholders = between(md, "## Stakeholders\n\n", "\n\n");
  CHECK(count(stakeholders, "\n") == g.node_count() + 1);  // header, alignment, rows (last w/o \n)
  // Every table row has as many unescaped pipes as its header.
  std::size_t header_pipes = 0;
  bool in_table = false;
  std::size_t pos = 0;
  while (pos < md.size()) {
    const auto end = md.find('\n', pos);
    const std::string line = md.substr(pos, end - pos);
    pos = end == std::string::npos ? md.size() : end + 1;
    if (line.empty() || line[0] != '|') {
      in_table = false;
      continue;
    }
    std::size_t pipes = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '\\') {
        ++i;
        continue;
      }
      if (line[i] == '|') ++pipes;
    }
    if (!in_table) header_pipes = pipes;
    in_table = true;
    CHECK_MESSAGE(pipes == header_pipes, line);
  }
  CHECK(count(between(md, "## Clusters\n\n", "\n\n"), "\n| C") == g.analysis()->clusters.size());
  CHECK(md.find("### Highest betweenness") != std::string::npos);
  CHECK(md.find("## Coordination gaps") != std::string::npos);
}

TEST_CASE("render: reports are byte-identical across runs and reloads") {
  const auto a = fixture();
  const auto b = data::read_graph_json(data::write_graph_json(a), "reloaded");
  CHECK(render::write_report_html(a, figures()) == render::write_report_html(b, figures()));
  CHECK(render::write_report_markdown(a, figures()) == render::write_report_markdown(b, figures()));
}

TEST_CASE("render: a graph without analysis still gives a report") {
  auto g = fixture();
  g.analysis().reset();
  const std::string html = render::write_report_html(g, {});
  CHECK(html.find("not analysed") != std::string::npos);
  CHECK(html.find("<section id=\"clusters\">") == std::string::npos);
  CHECK(html.find("<section id=\"figures\">") == std::string::npos);
  CHECK(count(html, "<article class=\"node\"") == g.node_count());
  g.documents().front().id = "doc_1|x";
  g.documents().push_back({"doc_2", "Second <b>", "", "ab12", {}});
  const std::string md = render::write_report_markdown(g, {});
  CHECK(md.find("| doc\\_1\\|x | ") != std::string::npos);  // no code span with a pipe
  CHECK(md.find("| `doc_2` | Second &lt;b&gt; | 0 | `ab12` |") != std::string::npos);
  CHECK(md.find("## Clusters") == std::string::npos);
  CHECK(md.find("## Stakeholders in the text") != std::string::npos);
}

TEST_CASE("render: a figure with active content stops the report") {
  auto figs = figures();
  figs[0].svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
  CHECK_THROWS_AS(render::write_report_html(fixture(), figs), render::ReportError);
}

TEST_CASE("render: ids of inlined figures are prefixed by figure and view and unique in the page") {
  auto figs = figures();
  figs.push_back(figs.front());  // a second figure with the very same ids
  figs.back().view = "Clusters";
  const std::string html = render::write_report_html(fixture(), figs);
  std::multiset<std::string> ids;
  for (auto p = html.find(" id=\""); p != std::string::npos; p = html.find(" id=\"", p + 1)) {
    const auto e = html.find('"', p + 5);
    ids.insert(html.substr(p + 5, e - p - 5));
  }
  REQUIRE(!ids.empty());
  for (const auto& id : ids) {
    CAPTURE(id);
    CHECK(ids.count(id) == 1u);
  }
  CHECK(html.find("id=\"f1-full-graph0\"") != std::string::npos);
  CHECK(html.find("id=\"f2-clusters-graph0\"") != std::string::npos);
}
