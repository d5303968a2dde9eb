// Escaping for the report (report.hpp, "building blocks"): HTML text, GitHub
// Markdown table cells, stakeholder anchors, and the SVG inliner. Text from
// documents is untrusted: it may carry markup, Markdown syntax, control
// characters or invalid UTF-8, and must show up literally and never as code.
//
// The SVG inliner is a small tag scanner, not an XML parser: it relies on
// the renderer writing well-formed SVG with quoted attribute values (which
// Graphviz does) and only has to drop the prolog and comments, prefix ids,
// and refuse active content, per the HTML Living Standard's rules for
// foreign (SVG) content.
#include <array>
#include <cctype>

#include "stakegraph/graph/text.hpp"
#include "stakegraph/render/report.hpp"

namespace stakegraph::render {

namespace {

std::string valid_utf8(std::string_view text) {
  if (!graph::first_invalid_utf8(text)) return std::string(text);
  return graph::repair_utf8(text);
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

}  // namespace

std::string report_anchor(std::string_view node_id) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out = "node-";
  for (char ch : node_id) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c == '-') {
      out += static_cast<char>(c);
    } else {
      out += '_';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string html_escape(std::string_view raw) {
  const std::string text = valid_utf8(raw);
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
        if (c == 0x7F) break;
        out += ch;
    }
  }
  return out;
}

std::string markdown_cell(std::string_view raw) {
  const std::string text = valid_utf8(raw);
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '|':
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '~':
        out += '\\';
        out += static_cast<char>(c);
        break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        out += ' ';
        break;
      case '\n':
      case '\t': out += ' '; break;
      default:
        if (c < 0x20 || c == 0x7F) break;
        out += static_cast<char>(c);
    }
  }
  return out;
}

std::string inline_svg(std::string_view svg, std::string_view id_prefix) {
  std::string out;
  out.reserve(svg.size() + 256);
  bool seen_root = false;
  const std::string prefix(id_prefix);
  auto fail = [](const std::string& what) { throw ReportError("figure SVG: " + what); };

  std::size_t i = 0;
  while (i < svg.size()) {
    if (svg[i] != '<') {
      const auto next = svg.find('<', i);
      const auto end = next == std::string_view::npos ? svg.size() : next;
      if (seen_root) out.append(svg.substr(i, end - i));
      i = end;
      continue;
    }
    const auto rest = svg.substr(i);
    if (rest.starts_with("<?")) {  // XML declaration, processing instructions
      const auto e = svg.find("?>", i);
      if (e == std::string_view::npos) fail("unterminated processing instruction");
      i = e + 2;
      continue;
    }
    if (rest.starts_with("<!--")) {
      const auto e = svg.find("-->", i + 4);
      if (e == std::string_view::npos) fail("unterminated comment");
      i = e + 3;
      continue;
    }
    if (rest.starts_with("<![CDATA[")) {
      const auto e = svg.find("]]>", i);
      if (e == std::string_view::npos) fail("unterminated CDATA section");
      if (seen_root) out.append(svg.substr(i, e + 3 - i));
      i = e + 3;
      continue;
    }
    if (rest.starts_with("<!")) {  // DOCTYPE, possibly with an internal subset
      const auto gt = svg.find('>', i);
      const auto bracket = svg.find('[', i);
      std::size_t e = gt;
      if (bracket != std::string_view::npos && bracket < gt) e = svg.find("]>", bracket) + 1;
      if (gt == std::string_view::npos || e == 0) fail("unterminated declaration");
      i = e + 1;
      continue;
    }
    // An element tag.
    std::size_t p = i + 1;
    const bool closing = p < svg.size() && svg[p] == '/';
    if (closing) ++p;
    const std::size_t name_begin = p;
    while (p < svg.size() && !is_space(svg[p]) && svg[p] != '>' && svg[p] != '/') ++p;
    const std::string name(svg.substr(name_begin, p - name_begin));
    const std::string lname = lower(name);
    if (name.empty()) fail("malformed tag");
    if (!seen_root) {
      if (closing || lname != "svg") fail("the document element is <" + name + ">, not <svg>");
      seen_root = true;
    }
    for (const char* bad : {"script", "foreignobject", "iframe", "object", "embed", "handler"})
      if (lname == bad) fail("active content <" + name + "> is not allowed");
    out += '<';
    if (closing) out += '/';
    out += name;
    bool self_closing = false;
    for (;;) {
      while (p < svg.size() && is_space(svg[p])) ++p;
      if (p >= svg.size()) fail("unterminated tag <" + name + ">");
      if (svg[p] == '>') {
        ++p;
        break;
      }
      if (svg[p] == '/') {
        self_closing = true;
        ++p;
        continue;
      }
      const std::size_t an = p;
      while (p < svg.size() && !is_space(svg[p]) && svg[p] != '=' && svg[p] != '>' && svg[p] != '/')
        ++p;
      const std::string attr(svg.substr(an, p - an));
      const std::string lattr = lower(attr);
      if (lattr.starts_with("on")) fail("event handler attribute " + attr + " is not allowed");
      std::string value;
      bool has_value = false;
      while (p < svg.size() && is_space(svg[p])) ++p;
      if (p < svg.size() && svg[p] == '=') {
        ++p;
        while (p < svg.size() && is_space(svg[p])) ++p;
        if (p >= svg.size() || (svg[p] != '"' && svg[p] != '\'')) fail("unquoted attribute value");
        const char q = svg[p];
        const auto e = svg.find(q, p + 1);
        if (e == std::string_view::npos) fail("unterminated attribute value");
        value = std::string(svg.substr(p + 1, e - p - 1));
        has_value = true;
        p = e + 1;
      }
      std::string compact;
      for (char c : lower(value))
        if (!is_space(c)) compact += c;
      if (compact.find("javascript:") != std::string::npos ||
          compact.find("data:text/html") != std::string::npos)
        fail("script URL in attribute " + attr + " is not allowed");
      if (lattr == "id") value = prefix + value;
      for (std::size_t u = value.find("url(#"); u != std::string::npos;
           u = value.find("url(#", u + 5 + prefix.size()))
        value.insert(u + 5, prefix);
      out += ' ';
      out += attr;
      if (has_value) {
        const char q = value.find('"') == std::string::npos ? '"' : '\'';
        out += '=';
        out += q;
        out += value;
        out += q;
      }
    }
    if (self_closing) out += '/';
    out += '>';
    i = p;
  }
  if (!seen_root) fail("no <svg> element");
  while (!out.empty() && is_space(out.back())) out.pop_back();
  return out;
}

}  // namespace stakegraph::render
