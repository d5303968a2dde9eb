// Edge-list reader: a single pass over the file in memory, fields split with
// memchr, weights with std::from_chars, ids interned as string_views into the
// buffer and renumbered in sorted order at the end, so that vertex numbers and
// everything computed from them do not depend on the order of lines.
#include "stakegraph/data/edge_list.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <map>
#include <tuple>
#include <unordered_map>

#include "stakegraph/data/error.hpp"
#include "stakegraph/data/files.hpp"

namespace stakegraph::data {

namespace {

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if ((a[i] | 0x20) != (b[i] | 0x20)) return false;
  return true;
}

bool ends_with_ci(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && iequals(s.substr(s.size() - suffix.size()), suffix);
}

struct Field {
  std::string_view text;
  std::size_t column;  // 1-based byte column
};

// Splits `line` into fields; sep 0 = runs of spaces.
void split(std::string_view line, char sep, std::vector<Field>& out) {
  out.clear();
  if (sep != 0) {
    std::size_t pos = 0;
    for (;;) {
      const void* hit = std::memchr(line.data() + pos, sep, line.size() - pos);
      const std::size_t end =
          hit ? static_cast<std::size_t>(static_cast<const char*>(hit) - line.data()) : line.size();
      out.push_back({line.substr(pos, end - pos), pos + 1});
      if (!hit) return;
      pos = end + 1;
    }
  }
  std::size_t pos = 0;
  while (pos < line.size()) {
    while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t')) ++pos;
    if (pos == line.size()) break;
    std::size_t end = pos;
    while (end < line.size() && line[end] != ' ' && line[end] != '\t') ++end;
    out.push_back({line.substr(pos, end - pos), pos + 1});
    pos = end;
  }
}

}  // namespace

bool is_edge_list_path(std::string_view path) {
  return ends_with_ci(path, ".tsv") || ends_with_ci(path, ".csv") || ends_with_ci(path, ".txt");
}

EdgeList parse_edge_list(std::string_view text, const std::string& file) {
  EdgeList out;
  const bool csv = ends_with_ci(file, ".csv");
  char sep = csv ? ',' : '\t';
  bool sep_known = csv;
  std::size_t columns = 0;
  std::unordered_map<std::string_view, std::uint32_t> index;
  std::vector<std::string_view> names;
  struct Raw {
    std::uint32_t u, v;
    double w;
  };
  std::vector<Raw> raw;
  std::vector<Field> fields;
  std::size_t line_no = 0, pos = 0;
  auto fail = [&](const std::string& what, std::size_t col) -> void {
    throw ParseError(what, Location{file, line_no, col});
  };
  auto intern = [&](std::string_view id) {
    auto [it, inserted] = index.emplace(id, static_cast<std::uint32_t>(names.size()));
    if (inserted) names.push_back(id);
    return it->second;
  };
  while (pos < text.size()) {
    const void* nl = std::memchr(text.data() + pos, '\n', text.size() - pos);
    const std::size_t end =
        nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) : text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos || line[0] == '#') continue;
    if (!sep_known) {
      sep = line.find('\t') != std::string_view::npos ? '\t' : 0;
      sep_known = true;
    }
    split(line, sep, fields);
    if (columns == 0) {
      if (fields.size() < 2 || fields.size() > 3)
        fail("expected 2 or 3 columns (source, target, optional weight), found " +
                 std::to_string(fields.size()),
             1);
      columns = fields.size();
      if (iequals(fields[0].text, "source") && iequals(fields[1].text, "target") &&
          (columns == 2 || iequals(fields[2].text, "weight")))
        continue;  // the documented header line
    } else if (fields.size() != columns) {
      fail("expected " + std::to_string(columns) + " columns like the first line, found " +
               std::to_string(fields.size()),
           fields.size() > columns ? fields[columns].column : line.size() + 1);
    }
    for (std::size_t i = 0; i < 2; ++i) {
      if (fields[i].text.empty())
        fail(i == 0 ? "empty source id" : "empty target id", fields[i].column);
      if (csv && fields[i].text.front() == '"')
        fail("quoted CSV fields are not supported", fields[i].column);
    }
    double w = 1.0;
    if (columns == 3) {
      const std::string_view f = fields[2].text;
      const auto res = std::from_chars(f.data(), f.data() + f.size(), w);
      if (f.empty() || res.ec != std::errc() || res.ptr != f.data() + f.size()) {
        const std::string_view shown = f.substr(0, 40);
        fail("weight '" + std::string(shown) + "' is not a number", fields[2].column);
      }
      if (std::isnan(w)) fail("weight is NaN", fields[2].column);
      if (std::isinf(w)) fail("weight is infinite", fields[2].column);
      if (w < 0.0) fail("weight is negative", fields[2].column);
    }
    const std::uint32_t u = intern(fields[0].text), v = intern(fields[1].text);
    if (u == v) {
      ++out.self_loops;
      continue;
    }
    raw.push_back({u, v, w});
  }
  out.lines = line_no;
  if (raw.empty()) {
    line_no = 0;
    fail(out.self_loops > 0 ? "the edge list has only self-loops" : "the edge list has no edges",
         0);
  }
  // Renumber ids in sorted order.
  std::vector<std::uint32_t> order(names.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](auto a, auto b) { return names[a] < names[b]; });
  std::vector<std::uint32_t> rank(names.size());
  out.ids.reserve(names.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) {
    rank[order[i]] = i;
    out.ids.emplace_back(names[order[i]]);
  }
  out.edges.reserve(raw.size());
  for (const auto& r : raw) out.edges.push_back({rank[r.u], rank[r.v], r.w});
  return out;
}

EdgeList load_edge_list(const std::string& path) {
  const std::string text = read_file(path);
  return parse_edge_list(text, path);
}

graph::StakeholderGraph to_graph(const EdgeList& list) {
  graph::StakeholderGraph g;
  for (const auto& id : list.ids) {
    graph::Node n;
    n.id = id;
    n.type = graph::NodeType::organisation;
    n.name = id;
    n.label = id;
    n.aliases.push_back(id);
    g.insert_node(std::move(n));
  }
  std::map<std::pair<std::uint32_t, std::uint32_t>, double> merged;
  // Sorted first so that the sums do not depend on the order of the lines;
  // co_mentioned endpoints are stored in sorted id order, and ids are sorted.
  std::vector<graph::WeightedEdge> sorted = list.edges;
  for (auto& e : sorted)
    if (e.v < e.u) std::swap(e.u, e.v);
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
    return std::tie(a.u, a.v, a.w) < std::tie(b.u, b.v, b.w);
  });
  for (const auto& e : sorted) merged[{e.u, e.v}] += e.w;
  for (const auto& [pair, w] : merged) {
    graph::Edge e;
    e.source = list.ids[pair.first];
    e.target = list.ids[pair.second];
    e.type = graph::RelationType::co_mentioned;
    e.weight = w;
    g.insert_edge(std::move(e));
  }
  return g;
}

}  // namespace stakegraph::data
