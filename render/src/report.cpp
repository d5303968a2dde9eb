// report.html and report.md (report.hpp). Both are written from the same
// ReportModel. The HTML page is self-contained (inline CSS and script, SVG
// inlined through inline_svg) so it can be mailed or archived as one file and
// opened offline; its colours come from the Okabe & Ito (2008) palette, which
// stays distinguishable under the common colour-vision deficiencies, and its
// print style sheet drops the interactive parts. The script only sorts tables
// and links figure nodes to their sections; the page is complete without it.
#include "stakegraph/render/report.hpp"

#include <cmath>

#include "report_model.hpp"

namespace stakegraph::render {

using detail::display_number;
using detail::exact_number;
using detail::ReportModel;
using graph::Node;

namespace {

std::string node_link(const Node& n) {
  return "<a href=\"#" + report_anchor(n.id) + "\">" + html_escape(n.label) + "</a>";
}

std::string cluster_swatch(int id) {
  if (id < 0) return "<span class=\"sw sw-none\" aria-hidden=\"true\"></span>";
  return "<span class=\"sw sw" + std::to_string(id % 7) + "\" aria-hidden=\"true\"></span>";
}

const char* kStyle = R"CSS(
:root{--fg:#1a1a1a;--muted:#555;--line:#d0d0d0;--stripe:#f5f5f5;--link:#0060a0;--mark:#f0e442}
*{box-sizing:border-box}
body{margin:0 auto;max-width:72rem;padding:1rem 1.5rem 3rem;color:var(--fg);background:#fff;
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif}
h1{font-size:1.8rem;margin:.5rem 0}h2{font-size:1.35rem;margin-top:2.2rem;border-bottom:2px solid var(--fg)}
h3{font-size:1.1rem;margin:1.4rem 0 .3rem}h4{font-size:.95rem;margin:.8rem 0 .2rem}
a{color:var(--link)}a:focus,button:focus{outline:3px solid #e69f00;outline-offset:1px}
.summary{color:var(--muted)}nav ul{columns:2;padding-left:1.2rem}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem;width:100%}
th,td{border:1px solid var(--line);padding:.25rem .45rem;text-align:left;vertical-align:top}
thead th{background:#ececec}
.scroll{overflow-x:auto;margin:.5rem 0 1rem}.scroll table{margin:0}#stakeholder-table td,#stakeholder-table th{white-space:nowrap}th button{white-space:nowrap}
tbody tr:nth-child(even){background:var(--stripe)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
th button{font:inherit;font-weight:bold;background:none;border:0;padding:0;cursor:pointer;color:inherit;text-align:inherit}
th[aria-sort=ascending] button::after{content:" \25B2"}th[aria-sort=descending] button::after{content:" \25BC"}
code{font-size:.85em;word-break:break-all}
figure{margin:1rem 0;border:1px solid var(--line);padding:.5rem;overflow:auto}
figure svg{max-width:100%;height:auto;display:block;margin:0 auto}
figcaption{font-size:.9rem;color:var(--muted);margin-top:.3rem}
mark{background:var(--mark);color:#000;padding:0 .1em}
q{quotes:"\201C" "\201D"}
.sw{display:inline-block;width:.8em;height:.8em;border:1px solid #333;margin-right:.3em;vertical-align:-.05em}
.sw0{background:#e69f00}.sw1{background:#56b4e9}.sw2{background:#009e73}.sw3{background:#f0e442}
.sw4{background:#0072b2}.sw5{background:#d55e00}.sw6{background:#cc79a7}.sw-none{background:#fff}
.type{font-size:.8rem;font-weight:normal;color:var(--muted);border:1px solid var(--line);border-radius:.3em;padding:0 .3em;margin-left:.4em}
article.node{border-top:1px solid var(--line);padding-top:.2rem}
article.node:target{background:#fff8d6}
ol.mentions li,ul.relations li{margin:.2rem 0}.where{font-weight:bold;white-space:nowrap}
.hint{font-size:.85rem;color:var(--muted)}.columns{display:flex;flex-wrap:wrap;gap:1.5rem}.columns>div{flex:1 1 20rem}
@media print{body{max-width:none;padding:0;font-size:10pt}nav,.hint{display:none}
a{color:inherit;text-decoration:none}.scroll{overflow:visible}
tr,figure,article.node{break-inside:avoid}h2,h3{break-after:avoid}figure{border:0}}
)CSS";

// Mirrors report_anchor() for figure nodes that carry the stakeholder id as
// their <title> but no link of their own.
const char* kScript = R"JS(
(function () {
  'use strict';
  function anchor(id) {
    var bytes = new TextEncoder().encode(id), out = 'node-', hex = '0123456789ABCDEF';
    for (var i = 0; i < bytes.length; i++) {
      var c = bytes[i];
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45) {
        out += String.fromCharCode(c);
      } else {
        out += '_' + hex[c >> 4] + hex[c & 15];
      }
    }
    return out;
  }
  function key(row, index, numeric) {
    var cell = row.cells[index];
    if (!cell) return null;
    var v = cell.getAttribute('data-value');
    if (v === null) v = cell.textContent;
    if (!numeric) return v.toLowerCase();
    if (v === '') return null;
    var n = Number(v);
    return isNaN(n) ? null : n;
  }
  function sortTable(table, index, dir) {
    var heads = table.tHead.rows[0].cells;
    var numeric = heads[index].getAttribute('data-type') === 'number';
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var position = new Map();
    rows.forEach(function (r, i) { position.set(r, i); });
    rows.sort(function (a, b) {
      var x = key(a, index, numeric), y = key(b, index, numeric);
      if (x === null || y === null) {
        if (x === y) return position.get(a) - position.get(b);
        return x === null ? 1 : -1;
      }
      var c = numeric ? x - y : x.localeCompare(y);
      if (c === 0) return position.get(a) - position.get(b);
      return dir === 'asc' ? c : -c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
    for (var i = 0; i < heads.length; i++) {
      heads[i].setAttribute('aria-sort', i === index ? (dir === 'asc' ? 'ascending' : 'descending') : 'none');
    }
    table.setAttribute('data-sorted-by', heads[index].getAttribute('data-key') + ' ' + dir);
  }
  document.querySelectorAll('table.sortable').forEach(function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (head, index) {
      var button = head.querySelector('button');
      if (!button) return;
      button.addEventListener('click', function () {
        var now = head.getAttribute('aria-sort');
        var numeric = head.getAttribute('data-type') === 'number';
        var dir = now === 'ascending' ? 'desc' : now === 'descending' ? 'asc' : numeric ? 'desc' : 'asc';
        sortTable(table, index, dir);
      });
    });
  });
  var params = new URLSearchParams(window.location.search);
  var wanted = params.get('sort');
  var table = document.getElementById('stakeholder-table');
  if (wanted && table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (head, index) {
      if (head.getAttribute('data-key') === wanted) {
        sortTable(table, index, params.get('dir') === 'asc' ? 'asc' : 'desc');
      }
    });
  }
  document.querySelectorAll('figure svg g.node').forEach(function (g) {
    if (g.querySelector('a') || g.closest('a')) return;
    var title = g.querySelector('title');
    var target = title && document.getElementById(anchor(title.textContent));
    if (!target) return;
    g.style.cursor = 'pointer';
    g.addEventListener('click', function () { window.location.hash = target.id; });
  });
  document.documentElement.setAttribute('data-report-ready', '1');
})();
)JS";

// The prefix that makes the element ids of the i-th inlined figure unique in
// the page: "f<i+1>-<view>-" ("f1-full-cluster&#45;3"), so that no id of a
// figure (Graphviz's "cluster-3", "node-...") collides with the report's own
// ("cluster-3" rows of the cluster table) or another figure's. The view is
// reduced to [a-z0-9]; the index keeps two figures of one view apart.
std::string figure_id_prefix(std::size_t i, std::string_view view) {
  std::string out = "f" + std::to_string(i + 1) + "-";
  std::string slug;
  for (char c : view) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) slug += c;
    if (c >= 'A' && c <= 'Z') slug += static_cast<char>(c + 32);
  }
  if (!slug.empty()) out += slug.substr(0, 32) + "-";
  return out;
}

class HtmlWriter {
 public:
  HtmlWriter(const ReportModel& m, const std::vector<ReportFigure>& figures, const ReportOptions& o)
      : m_(m), figures_(figures), o_(o) {}

  std::string write() {
    const auto& g = m_.graph();
    out_ += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    out_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out_ += "<meta name=\"generator\" content=\"" +
            html_escape(g.generator().empty() ? "stakegraph" : g.generator()) + "\">\n";
    out_ += "<title>" + html_escape(o_.title) + "</title>\n<style>" + kStyle + "</style>\n";
    out_ += "</head>\n<body>\n<header>\n<h1>" + html_escape(o_.title) + "</h1>\n";
    out_ += "<p class=\"summary\">" + summary() + "</p>\n</header>\n";
    nav();
    documents();
    figures();
    clusters();
    stakeholders();
    brokers();
    gaps();
    mentions();
    out_ += "<footer class=\"hint\"><p>Generated by " +
            html_escape(g.generator().empty() ? "stakegraph" : g.generator()) +
            ". Every stakeholder and relation is traced to the paragraphs it came from.</p>"
            "</footer>\n";
    out_ += "<script>" + std::string(kScript) + "</script>\n</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  std::string summary() const {
    const auto& g = m_.graph();
    std::string s = std::to_string(g.node_count()) + " stakeholders, " +
                    std::to_string(g.edge_count()) + " relations from " +
                    std::to_string(g.documents().size()) + " document" +
                    (g.documents().size() == 1 ? "" : "s");
    if (const auto* a = m_.analysis()) {
      s += "; " + std::to_string(a->clusters.size()) + " clusters (" + a->algorithm + ", " +
           std::to_string(a->runs) + " run" + (a->runs == 1 ? "" : "s") + ", seed " +
           std::to_string(a->seed) + ", modularity " + display_number(a->modularity) + ")";
    } else {
      s += "; not analysed (run stakegraph analyse for clusters and metrics)";
    }
    return html_escape(s) + ".";
  }

  void nav() {
    out_ += "<nav aria-label=\"Contents\"><ul>";
    out_ += "<li><a href=\"#documents\">Source documents</a></li>";
    if (!figures_.empty()) out_ += "<li><a href=\"#figures\">Figures</a></li>";
    if (m_.analysis()) out_ += "<li><a href=\"#clusters\">Clusters</a></li>";
    out_ += "<li><a href=\"#stakeholders\">Stakeholders</a></li>";
    if (m_.analysis()) {
      out_ += "<li><a href=\"#brokers\">Brokers</a></li>";
      out_ += "<li><a href=\"#gaps\">Coordination gaps</a></li>";
    }
    out_ += "<li><a href=\"#mentions\">Stakeholders in the text</a></li></ul></nav>\n";
  }

  void documents() {
    out_ += "<section id=\"documents\">\n<h2>Source documents</h2>\n";
    out_ +=
        "<table>\n<thead><tr><th scope=\"col\">Document</th><th scope=\"col\">Title</th>"
        "<th scope=\"col\" class=\"num\">Paragraphs</th><th scope=\"col\">SHA-256</th></tr>"
        "</thead>\n<tbody>\n";
    for (const auto& d : m_.graph().documents()) {
      out_ += "<tr><td><code>" + html_escape(d.id) + "</code>";
      if (!d.path.empty()) out_ += "<br><span class=\"hint\">" + html_escape(d.path) + "</span>";
      out_ += "</td><td>" + html_escape(d.title) + "</td><td class=\"num\">" +
              std::to_string(d.paragraphs.size()) + "</td><td><code>" + html_escape(d.sha256) +
              "</code></td></tr>\n";
    }
    out_ += "</tbody>\n</table>\n</section>\n";
  }

  void figures() {
    if (figures_.empty()) return;
    out_ += "<section id=\"figures\">\n<h2>Figures</h2>\n";
    out_ += "<p class=\"hint\">Click a stakeholder in a figure to jump to its mentions.</p>\n";
    for (std::size_t i = 0; i < figures_.size(); ++i) {
      const auto& f = figures_[i];
      const std::string id = "figure-" + std::to_string(i + 1);
      out_ += "<figure id=\"" + id + "\" data-view=\"" + html_escape(f.view) + "\">\n";
      if (!f.svg.empty()) out_ += inline_svg(f.svg, figure_id_prefix(i, f.view)) + "\n";
      out_ += "<figcaption>Figure " + std::to_string(i + 1) + ". " + html_escape(f.title);
      if (!f.view.empty()) out_ += " (view: " + html_escape(f.view) + ")";
      std::string files;
      for (const auto& [name, label] : {std::pair{f.svg_file, "SVG"}, std::pair{f.png_file, "PNG"},
                                        std::pair{f.pdf_file, "PDF"}}) {
        if (name.empty()) continue;
        files += (files.empty() ? "" : " \xC2\xB7 ") + std::string("<a href=\"") +
                 html_escape(name) + "\">" + label + "</a>";
      }
      if (!files.empty()) out_ += ". Files: " + files;
      out_ += "</figcaption>\n</figure>\n";
    }
    out_ += "</section>\n";
  }

  void clusters() {
    const auto* a = m_.analysis();
    if (!a) return;
    out_ += "<section id=\"clusters\">\n<h2>Clusters</h2>\n";
    out_ += "<p>" + std::to_string(a->clusters.size()) + " clusters, modularity " +
            display_number(a->modularity) +
            ". Stability is the share of runs that reproduce the cluster.</p>\n";
    out_ +=
        "<table>\n<thead><tr><th scope=\"col\">Cluster</th><th scope=\"col\">Label</th>"
        "<th scope=\"col\" class=\"num\">Size</th><th scope=\"col\">Members</th>"
        "<th scope=\"col\">Theme</th><th scope=\"col\" class=\"num\">Stability</th></tr>"
        "</thead>\n<tbody>\n";
    for (const auto& c : a->clusters) {
      out_ += "<tr id=\"cluster-" + std::to_string(c.id) + "\"><td>" + cluster_swatch(c.id) + "C" +
              std::to_string(c.id) + "</td><td>" + html_escape(c.label) +
              "</td><td class=\"num\">" + std::to_string(c.members.size()) + "</td><td>";
      bool first = true;
      for (const auto& id : c.members) {
        if (!first) out_ += ", ";
        first = false;
        const Node* n = m_.graph().find(id);
        out_ += n ? node_link(*n) : html_escape(id);
      }
      out_ += "</td><td>";
      first = true;
      for (const auto& w : c.theme) {
        out_ += (first ? "" : ", ") + html_escape(w);
        first = false;
      }
      out_ += "</td><td class=\"num\">" + display_number(c.stability) + "</td></tr>\n";
    }
    out_ += "</tbody>\n</table>\n</section>\n";
  }

  void stakeholders() {
    out_ += "<section id=\"stakeholders\">\n<h2>Stakeholders</h2>\n";
    out_ +=
        "<p class=\"hint\">Click a column header to sort; click again to reverse. A name leads "
        "to its mentions in the text.</p>\n";
    out_ +=
        "<div class=\"scroll\">\n<table class=\"sortable\" id=\"stakeholder-table\">\n<thead><tr>";
    auto head = [&](const std::string& key, const std::string& label, bool numeric) {
      out_ += "<th scope=\"col\" data-key=\"" + html_escape(key) + "\" data-type=\"" +
              (numeric ? "number" : "text") + "\" aria-sort=\"none\"" +
              (numeric ? " class=\"num\"" : "") + "><button type=\"button\">" + html_escape(label) +
              "</button></th>";
    };
    head("label", "Stakeholder", false);
    head("type", "Type", false);
    if (m_.analysis()) head("cluster", "Cluster", true);
    head("mentions", "Mentions", true);
    for (const auto& k : m_.metric_names()) head(k, k, true);
    for (const auto& k : m_.role_names()) head(k, k, false);
    out_ += "</tr></thead>\n<tbody>\n";
    for (const Node* n : m_.stakeholders()) {
      const auto* met = m_.metrics(n->id);
      out_ += "<tr><td data-value=\"" + html_escape(n->label) + "\">" + node_link(*n) +
              "</td><td>" + std::string(graph::to_string(n->type)) + "</td>";
      if (m_.analysis()) {
        if (met && met->cluster >= 0)
          out_ += "<td class=\"num\" data-value=\"" + std::to_string(met->cluster) + "\">" +
                  cluster_swatch(met->cluster) + "<a href=\"#cluster-" +
                  std::to_string(met->cluster) + "\">C" + std::to_string(met->cluster) +
                  "</a></td>";
        else
          out_ += "<td class=\"num\" data-value=\"\"></td>";
      }
      out_ += "<td class=\"num\">" + std::to_string(n->mentions.size()) + "</td>";
      for (const auto& k : m_.metric_names()) {
        const auto v = m_.value(n->id, k);
        if (v)
          out_ += "<td class=\"num\" data-value=\"" + exact_number(*v) + "\">" +
                  display_number(*v) + "</td>";
        else
          out_ += "<td class=\"num\" data-value=\"\"></td>";
      }
      for (const auto& k : m_.role_names()) {
        auto it = met ? met->roles.find(k) : decltype(met->roles.end()){};
        out_ += "<td>" + (met && it != met->roles.end() ? html_escape(it->second) : "") + "</td>";
      }
      out_ += "</tr>\n";
    }
    out_ += "</tbody>\n</table>\n</div>\n</section>\n";
  }

  void metric_table(const std::string& title, const std::string& metric, bool ascending,
                    const std::string& note) {
    const auto rows = m_.top_by(metric, ascending);
    out_ += "<div>\n<h3>" + html_escape(title) + "</h3>\n<p class=\"hint\">" + html_escape(note) +
            "</p>\n";
    if (rows.empty()) {
      out_ += "<p>No " + html_escape(metric) + " values.</p>\n</div>\n";
      return;
    }
    out_ += "<table class=\"brokers\" data-metric=\"" + html_escape(metric) +
            "\">\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Stakeholder</th><th "
            "scope=\"col\">Cluster</th><th scope=\"col\" class=\"num\">" +
            html_escape(metric) + "</th></tr></thead>\n<tbody>\n";
    int rank = 1;
    for (const Node* n : rows) {
      const auto* met = m_.metrics(n->id);
      const int c = met ? met->cluster : -1;
      out_ += "<tr><td>" + std::to_string(rank++) + "</td><td>" + node_link(*n) + "</td><td>" +
              (c >= 0 ? cluster_swatch(c) + html_escape(m_.cluster_name(c)) : "") +
              "</td><td class=\"num\">" + display_number(*m_.value(n->id, metric)) + "</td></tr>\n";
    }
    out_ += "</tbody>\n</table>\n</div>\n";
  }

  void brokers() {
    if (!m_.analysis()) return;
    out_ += "<section id=\"brokers\">\n<h2>Brokers</h2>\n";
    out_ +=
        "<p>Brokers join parts of the network that would otherwise be far apart: they lie on "
        "many shortest paths (betweenness), their contacts are not connected to one another "
        "(low constraint, Burt 1992), or their links spread over several clusters "
        "(participation, Guimer\xC3\xA0 &amp; Amaral 2005).</p>\n<div class=\"columns\">\n";
    metric_table("Highest betweenness", "betweenness", false,
                 "Share of shortest paths through the stakeholder.");
    metric_table("Lowest constraint", "constraint", true,
                 "Low values: contacts that do not know each other (structural holes).");
    out_ += "</div>\n";
    const auto groups = m_.role_groups();
    if (!groups.empty()) {
      out_ +=
          "<h3>Roles</h3>\n<table id=\"roles\">\n<thead><tr><th scope=\"col\">Role</th>"
          "<th scope=\"col\" class=\"num\">Count</th><th scope=\"col\">Stakeholders</th>"
          "</tr></thead>\n<tbody>\n";
      for (const auto& grp : groups) {
        out_ += "<tr><td>" + html_escape(grp.role) + ": " + html_escape(grp.value) +
                "</td><td class=\"num\">" + std::to_string(grp.members.size()) + "</td><td>";
        for (std::size_t i = 0; i < grp.members.size(); ++i)
          out_ += (i ? ", " : "") + node_link(*grp.members[i]);
        out_ += "</td></tr>\n";
      }
      out_ += "</tbody>\n</table>\n";
    }
    out_ += "</section>\n";
  }

  void gaps() {
    const auto* a = m_.analysis();
    if (!a) return;
    out_ += "<section id=\"gaps\">\n<h2>Coordination gaps</h2>\n";
    if (a->gaps.empty()) {
      out_ += "<p>No pair of clusters is markedly less connected than its size predicts.</p>\n";
    } else {
      out_ +=
          "<p>Pairs of clusters joined by much less weight than their sizes and degrees "
          "predict: candidates for coordination.</p>\n<table id=\"gap-table\">\n<thead><tr>"
          "<th scope=\"col\">Cluster</th><th scope=\"col\">Cluster</th><th scope=\"col\" "
          "class=\"num\">Link weight</th><th scope=\"col\" class=\"num\">Expected</th><th "
          "scope=\"col\" class=\"num\">Observed / expected</th></tr></thead>\n<tbody>\n";
      for (const auto& gap : a->gaps) {
        out_ += "<tr><td>" + cluster_swatch(gap.a) + "<a href=\"#cluster-" + std::to_string(gap.a) +
                "\">" + html_escape(m_.cluster_name(gap.a)) + "</a></td><td>" +
                cluster_swatch(gap.b) + "<a href=\"#cluster-" + std::to_string(gap.b) + "\">" +
                html_escape(m_.cluster_name(gap.b)) + "</a></td><td class=\"num\">" +
                display_number(gap.weight) + "</td><td class=\"num\">" +
                display_number(gap.expected) + "</td><td class=\"num\">" +
                (gap.expected > 0 ? display_number(gap.weight / gap.expected) : "") +
                "</td></tr>\n";
      }
      out_ += "</tbody>\n</table>\n";
    }
    const auto& links = a->cluster_links;
    if (!links.empty() && links.size() == a->clusters.size()) {
      out_ +=
          "<h3>Links between clusters</h3>\n<p class=\"hint\">Total edge weight within "
          "(diagonal) and between clusters.</p>\n<table id=\"cluster-links\">\n<thead><tr>"
          "<th scope=\"col\"></th>";
      for (const auto& c : a->clusters)
        out_ += "<th scope=\"col\" class=\"num\">" + cluster_swatch(c.id) + "C" +
                std::to_string(c.id) + "</th>";
      out_ += "</tr></thead>\n<tbody>\n";
      for (std::size_t r = 0; r < links.size(); ++r) {
        out_ += "<tr><th scope=\"row\">" + cluster_swatch(a->clusters[r].id) +
                html_escape(m_.cluster_name(a->clusters[r].id)) + "</th>";
        for (double v : links[r]) out_ += "<td class=\"num\">" + display_number(v) + "</td>";
        out_ += "</tr>\n";
      }
      out_ += "</tbody>\n</table>\n";
    }
    out_ += "</section>\n";
  }

  void mentions() {
    constexpr std::size_t kMaxMentions = 25;
    out_ += "<section id=\"mentions\">\n<h2>Stakeholders in the text</h2>\n";
    out_ +=
        "<p class=\"hint\">Each stakeholder with the paragraphs that mention it and the "
        "relations found, with their evidence.</p>\n";
    for (const Node* n : m_.by_id()) {
      out_ += "<article class=\"node\" id=\"" + report_anchor(n->id) + "\">\n<h3>" +
              html_escape(n->label) + "<span class=\"type\">" +
              std::string(graph::to_string(n->type)) + "</span></h3>\n<p>";
      out_ += "<code>" + html_escape(n->id) + "</code>";
      if (n->name != n->label) out_ += " \xC2\xB7 " + html_escape(n->name);
      if (const auto* met = m_.metrics(n->id); met && met->cluster >= 0)
        out_ += " \xC2\xB7 " + cluster_swatch(met->cluster) + "<a href=\"#cluster-" +
                std::to_string(met->cluster) + "\">" + html_escape(m_.cluster_name(met->cluster)) +
                "</a>";
      std::string aliases;
      for (const auto& al : n->aliases)
        if (al != n->label && al != n->name)
          aliases += (aliases.empty() ? "" : "; ") + html_escape(al);
      if (!aliases.empty()) out_ += "<br>Also: " + aliases;
      out_ += "</p>\n<h4>Mentions (" + std::to_string(n->mentions.size()) + ")</h4>\n";
      if (n->mentions.empty()) out_ += "<p>None recorded.</p>\n";
      if (!n->mentions.empty()) out_ += "<ol class=\"mentions\">\n";
      for (std::size_t i = 0; i < n->mentions.size() && i < kMaxMentions; ++i) {
        const auto& e = n->mentions[i];
        const auto x = m_.excerpt(e, o_.excerpt_bytes);
        out_ += "<li><span class=\"where\">" + html_escape(e.document) + " \xC2\xB6" +
                std::to_string(e.paragraph) + "</span>";
        if (x.paragraph && !x.paragraph->section.empty())
          out_ += " <span class=\"hint\">(" + html_escape(x.paragraph->section) + ")</span>";
        out_ += ": <q>" + std::string(x.cut_before ? "\xE2\x80\xA6" : "") + html_escape(x.before);
        if (x.located) {
          out_ += "<mark>" + html_escape(x.match) + "</mark>";
        }
        out_ += html_escape(x.after) + (x.cut_after ? "\xE2\x80\xA6" : "") + "</q>";
        if (!x.located && !e.text.empty())
          out_ += " \xE2\x80\x94 as <mark>" + html_escape(e.text) + "</mark>";
        out_ += "</li>\n";
      }
      if (!n->mentions.empty()) out_ += "</ol>\n";
      if (n->mentions.size() > kMaxMentions) {
        std::vector<graph::Evidence> rest(n->mentions.begin() + kMaxMentions, n->mentions.end());
        out_ += "<p class=\"hint\">" + std::to_string(rest.size()) +
                " more: " + html_escape(detail::paragraph_refs(rest)) + "</p>\n";
      }
      const auto& edges = m_.edges_of(n->id);
      if (!edges.empty()) {
        out_ +=
            "<h4>Relations (" + std::to_string(edges.size()) + ")</h4>\n<ul class=\"relations\">\n";
        for (const auto* e : edges) {
          const bool out_going = e->source == n->id;
          const Node* other = m_.graph().find(out_going ? e->target : e->source);
          const char* arrow = graph::is_symmetric(e->type) ? "\xE2\x86\x94"
                              : out_going                  ? "\xE2\x86\x92"
                                                           : "\xE2\x86\x90";
          out_ += "<li>" + std::string(arrow) + " " + std::string(graph::to_string(e->type)) + " " +
                  (other ? node_link(*other) : html_escape(out_going ? e->target : e->source));
          if (e->weight != 1.0) out_ += " (weight " + display_number(e->weight) + ")";
          if (!e->evidence.empty())
            out_ += " \xE2\x80\x94 <span class=\"hint\">" +
                    html_escape(detail::paragraph_refs(e->evidence)) + "</span>";
          out_ += "</li>\n";
        }
        out_ += "</ul>\n";
      }
      out_ += "</article>\n";
    }
    out_ += "</section>\n";
  }

  const ReportModel& m_;
  const std::vector<ReportFigure>& figures_;
  const ReportOptions& o_;
  std::string out_;
};

// ------------------------------------------------------------ Markdown

// A relative file name as a Markdown link target: bytes outside the URL
// unreserved set and '/' are percent-encoded, so spaces and parentheses
// cannot end the link.
std::string md_url(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~' || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

class MarkdownWriter {
 public:
  MarkdownWriter(const ReportModel& m, const std::vector<ReportFigure>& figures,
                 const ReportOptions& o)
      : m_(m), figures_(figures), o_(o) {}

  std::string write() {
    const auto& g = m_.graph();
    out_ += "# " + markdown_cell(o_.title) + "\n\n";
    out_ += std::to_string(g.node_count()) + " stakeholders, " + std::to_string(g.edge_count()) +
            " relations from " + std::to_string(g.documents().size()) + " document" +
            (g.documents().size() == 1 ? "" : "s");
    if (const auto* a = m_.analysis())
      out_ += "; " + std::to_string(a->clusters.size()) + " clusters (" +
              markdown_cell(a->algorithm) + ", " + std::to_string(a->runs) + " runs, seed " +
              std::to_string(a->seed) + ", modularity " + display_number(a->modularity) + ")";
    out_ += ".\n\n## Source documents\n\n";
    row({"Document", "Title", "Paragraphs", "SHA-256"});
    out_ += "| --- | --- | ---: | --- |\n";
    for (const auto& d : g.documents())
      row({code(d.id), markdown_cell(d.title), std::to_string(d.paragraphs.size()),
           code(d.sha256)});

    if (!figures_.empty()) {
      out_ += "\n## Figures\n";
      for (std::size_t i = 0; i < figures_.size(); ++i) {
        const auto& f = figures_[i];
        out_ += "\n";
        if (!f.svg_file.empty())
          out_ += "![" + markdown_cell(f.title) + "](" + md_url(f.svg_file) + ")\n\n";
        out_ += "*Figure " + std::to_string(i + 1) + ". " + markdown_cell(f.title);
        if (!f.view.empty()) out_ += " (view: " + markdown_cell(f.view) + ")";
        out_ += ".*";
        std::string files;
        for (const auto& [name, label] :
             {std::pair{f.svg_file, "SVG"}, std::pair{f.png_file, "PNG"},
              std::pair{f.pdf_file, "PDF"}})
          if (!name.empty())
            files +=
                (files.empty() ? "" : " · ") + std::string("[") + label + "](" + md_url(name) + ")";
        if (!files.empty()) out_ += " Files: " + files;
        out_ += "\n";
      }
    }

    if (const auto* a = m_.analysis()) {
      out_ += "\n## Clusters\n\n";
      row({"Cluster", "Label", "Size", "Members", "Theme", "Stability"});
      out_ += "| --- | --- | ---: | --- | --- | ---: |\n";
      for (const auto& c : a->clusters) {
        std::string members;
        for (std::size_t i = 0; i < c.members.size() && i < o_.markdown_members; ++i) {
          const Node* n = g.find(c.members[i]);
          members += (i ? ", " : "") + markdown_cell(n ? n->label : c.members[i]);
        }
        if (c.members.size() > o_.markdown_members)
          members += ", … (" + std::to_string(c.members.size() - o_.markdown_members) + " more)";
        std::string theme;
        for (std::size_t i = 0; i < c.theme.size(); ++i)
          theme += (i ? ", " : "") + markdown_cell(c.theme[i]);
        row({"C" + std::to_string(c.id), markdown_cell(c.label), std::to_string(c.members.size()),
             members, theme, display_number(c.stability)});
      }
    }

    out_ += "\n## Stakeholders\n\n";
    std::vector<std::string> head = {"Stakeholder", "Type"};
    std::string align = "| --- | ---";
    if (m_.analysis()) {
      head.push_back("Cluster");
      align += " | ---:";
    }
    head.push_back("Mentions");
    align += " | ---:";
    for (const auto& k : m_.metric_names()) {
      head.push_back(markdown_cell(k));
      align += " | ---:";
    }
    for (const auto& k : m_.role_names()) {
      head.push_back(markdown_cell(k));
      align += " | ---";
    }
    row(head);
    out_ += align + " |\n";
    for (const Node* n : m_.stakeholders()) {
      const auto* met = m_.metrics(n->id);
      std::vector<std::string> cells = {markdown_cell(n->label),
                                        std::string(graph::to_string(n->type))};
      if (m_.analysis())
        cells.push_back(met && met->cluster >= 0 ? "C" + std::to_string(met->cluster) : "");
      cells.push_back(std::to_string(n->mentions.size()));
      for (const auto& k : m_.metric_names()) {
        const auto v = m_.value(n->id, k);
        cells.push_back(v ? display_number(*v) : "");
      }
      for (const auto& k : m_.role_names()) {
        auto it = met ? met->roles.find(k) : decltype(met->roles.end()){};
        cells.push_back(met && it != met->roles.end() ? markdown_cell(it->second) : "");
      }
      row(cells);
    }

    if (const auto* a = m_.analysis()) {
      out_ += "\n## Brokers\n";
      broker_table("Highest betweenness", "betweenness", false);
      broker_table("Lowest constraint", "constraint", true);
      const auto groups = m_.role_groups();
      if (!groups.empty()) {
        out_ += "\n### Roles\n\n";
        row({"Role", "Count", "Stakeholders"});
        out_ += "| --- | ---: | --- |\n";
        for (const auto& grp : groups) {
          std::string members;
          for (std::size_t i = 0; i < grp.members.size(); ++i)
            members += (i ? ", " : "") + markdown_cell(grp.members[i]->label);
          row({markdown_cell(grp.role + ": " + grp.value), std::to_string(grp.members.size()),
               members});
        }
      }
      out_ += "\n## Coordination gaps\n\n";
      if (a->gaps.empty()) {
        out_ += "No pair of clusters is markedly less connected than its size predicts.\n";
      } else {
        row({"Cluster", "Cluster", "Link weight", "Expected", "Observed / expected"});
        out_ += "| --- | --- | ---: | ---: | ---: |\n";
        for (const auto& gap : a->gaps)
          row({markdown_cell(m_.cluster_name(gap.a)), markdown_cell(m_.cluster_name(gap.b)),
               display_number(gap.weight), display_number(gap.expected),
               gap.expected > 0 ? display_number(gap.weight / gap.expected) : ""});
      }
    }

    out_ += "\n## Stakeholders in the text\n\n";
    row({"Stakeholder", "Paragraphs", "First mention"});
    out_ += "| --- | --- | --- |\n";
    for (const Node* n : m_.by_id()) {
      std::string quote;
      if (!n->mentions.empty()) {
        const auto x = m_.excerpt(n->mentions.front(), 80);
        quote = x.located ? (x.cut_before ? "…" : "") + markdown_cell(x.before) + "**" +
                                markdown_cell(x.match) + "**" + markdown_cell(x.after) +
                                (x.cut_after ? "…" : "")
                          : markdown_cell(n->mentions.front().text);
      }
      row({markdown_cell(n->label), markdown_cell(detail::paragraph_refs(n->mentions)), quote});
    }
    return std::move(out_);
  }

 private:
  // An id or hash as inline code. Code spans show text literally (no
  // backslash escapes, no entities, no HTML), so only control characters are
  // dropped; text with a backtick, pipe or line break falls back to an
  // escaped plain cell.
  static std::string code(const std::string& s) {
    if (s.empty()) return "";
    if (s.find_first_of("`|\r\n") != std::string::npos) return markdown_cell(s);
    std::string out = "`";
    for (char ch : s)
      if (static_cast<unsigned char>(ch) >= 0x20 && ch != 0x7F) out += ch;
    return out + "`";
  }

  void row(const std::vector<std::string>& cells) {
    out_ += "|";
    for (const auto& c : cells) out_ += " " + c + " |";
    out_ += "\n";
  }

  void broker_table(const std::string& title, const std::string& metric, bool ascending) {
    const auto rows = m_.top_by(metric, ascending);
    out_ += "\n### " + title + "\n\n";
    if (rows.empty()) {
      out_ += "No " + metric + " values.\n";
      return;
    }
    row({"#", "Stakeholder", "Cluster", metric});
    out_ += "| ---: | --- | --- | ---: |\n";
    int rank = 1;
    for (const Node* n : rows) {
      const auto* met = m_.metrics(n->id);
      row({std::to_string(rank++), markdown_cell(n->label),
           met && met->cluster >= 0 ? markdown_cell(m_.cluster_name(met->cluster)) : "",
           display_number(*m_.value(n->id, metric))});
    }
  }

  const ReportModel& m_;
  const std::vector<ReportFigure>& figures_;
  const ReportOptions& o_;
  std::string out_;
};

}  // namespace

std::string write_report_html(const graph::StakeholderGraph& g,
                              const std::vector<ReportFigure>& figures,
                              const ReportOptions& options) {
  const ReportModel model(g, options.top);
  return HtmlWriter(model, figures, options).write();
}

std::string write_report_markdown(const graph::StakeholderGraph& g,
                                  const std::vector<ReportFigure>& figures,
                                  const ReportOptions& options) {
  const ReportModel model(g, options.top);
  return MarkdownWriter(model, figures, options).write();
}

}  // namespace stakegraph::render
