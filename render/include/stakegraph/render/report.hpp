// The report: one self-contained HTML page and a Markdown twin built from an
// analysed stakeholder graph and its rendered figures.
//
// report.html opens offline: the SVG figures are inlined, the style sheet and
// the small sorting script are inline, and nothing is fetched (no external
// scripts, fonts, images or CSS). It holds the source documents with their
// SHA-256, the figures, the clusters (label, size, members, theme,
// stability), a stakeholder table sortable by every column (click a header;
// `?sort=<column>&dir=asc|desc` in the URL sorts on load), brokers (highest
// betweenness, lowest constraint, nodes by role), coordination gaps and the
// inter-cluster link matrix, and for each stakeholder its mentions with
// paragraph numbers and quotes and its relations with their evidence
// paragraphs. Every stakeholder has an anchor (report_anchor); table rows,
// cluster members, relations and figure nodes link to it.
//
// report.md holds the same tables in GitHub-flavoured Markdown, with the
// figures referenced by their relative SVG file names, ready to paste into
// a report.
//
// All text from the graph (labels, names, quotes, document titles) is
// untrusted and escaped for its context. Output is deterministic: no
// timestamps, rows in a fixed order, numbers formatted without the locale.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "stakegraph/graph/error.hpp"
#include "stakegraph/graph/model.hpp"

namespace stakegraph::render {

// A rendered figure as the report needs it.
struct ReportFigure {
  std::string title;     // caption, e.g. "Actors and their clusters"
  std::string view;      // view name, e.g. "full", "actors", "clusters"
  std::string svg;       // the SVG document (inlined into report.html)
  std::string svg_file;  // file names relative to the report, e.g. "figures/full.svg";
  std::string png_file;  // empty when that format was not written
  std::string pdf_file;
};

struct ReportOptions {
  std::string title = "Stakeholder network report";
  std::size_t top = 10;               // rows of each broker table
  std::size_t excerpt_bytes = 320;    // context shown around a mention (bytes, both sides)
  std::size_t markdown_members = 12;  // members listed per cluster in report.md
};

// A figure whose SVG holds active content (script, foreignObject, event
// handler attributes, javascript: links) or is not an <svg> document. The
// renderer never produces such SVG, so this is an internal error (exit 70).
class ReportError : public Error {
 public:
  explicit ReportError(std::string message) : Error(ErrorKind::internal, std::move(message)) {}
};

// The HTML id of a stakeholder's section: "node-" followed by the id with
// every byte outside [A-Za-z0-9-] written as "_XX" (upper-case hex), so it is
// unique, URL-fragment safe and the same in every report. Figure renderers
// that set a node's URL to "#" + report_anchor(id) make the inlined figure
// link to the node's mentions.
std::string report_anchor(std::string_view node_id);

// report.html. O(V + E + total mention and figure size).
std::string write_report_html(const graph::StakeholderGraph& g,
                              const std::vector<ReportFigure>& figures,
                              const ReportOptions& options = {});

// report.md. O(V + E).
std::string write_report_markdown(const graph::StakeholderGraph& g,
                                  const std::vector<ReportFigure>& figures,
                                  const ReportOptions& options = {});

// ------------------------------------------------------------ building blocks

// HTML text and attribute values: & < > " ' as entities; C0 controls other
// than tab, LF and CR dropped; invalid UTF-8 replaced by U+FFFD.
std::string html_escape(std::string_view text);

// One GitHub Markdown table cell: & < > as entities, `|` and the inline
// specials \ ` * _ [ ] ~ backslash-escaped, line breaks and tabs as spaces,
// other control characters dropped.
std::string markdown_cell(std::string_view text);

// An SVG document made safe to inline into HTML: the XML declaration,
// DOCTYPE and comments are removed, and every id (and url(#id) reference) is
// prefixed with `id_prefix` so that several figures can share a page.
// Throws ReportError for active content (see above).
std::string inline_svg(std::string_view svg, std::string_view id_prefix);

}  // namespace stakegraph::render
