// The shared content model of report.html and report.md (report_model.hpp).
// Everything is ordered explicitly (metric order, ties broken by id) so that
// both files are byte-identical for the same graph.
#include "report_model.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <set>

namespace stakegraph::render::detail {

using graph::Node;

namespace {

constexpr std::array<const char*, 7> kPreferred = {
    "degree", "strength", "betweenness", "pagerank", "constraint", "participation", "core"};

// Moves `i` back to the start of the UTF-8 sequence it points into.
std::size_t boundary(const std::string& s, std::size_t i) {
  if (i >= s.size()) return s.size();
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

}  // namespace

std::string exact_number(double v) {
  if (!std::isfinite(v)) return std::isnan(v) ? "NaN" : (v > 0 ? "Infinity" : "-Infinity");
  std::array<char, 64> buf{};
  auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v == 0 ? 0.0 : v);
  return std::string(buf.data(), r.ptr);
}

std::string display_number(double v) {
  if (!std::isfinite(v)) return exact_number(v);
  if (v == std::trunc(v) && std::fabs(v) < 1e15) {
    std::array<char, 32> buf{};
    auto r = std::to_chars(buf.data(), buf.data() + buf.size(), static_cast<long long>(v));
    return std::string(buf.data(), r.ptr);
  }
  std::array<char, 64> buf{};
  if (std::fabs(v) < 0.0005) {
    auto r =
        std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::scientific, 1);
    return std::string(buf.data(), r.ptr);
  }
  auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::fixed, 3);
  return std::string(buf.data(), r.ptr);
}

std::string paragraph_refs(const std::vector<graph::Evidence>& evidence) {
  std::string out;
  for (const auto& cited : graph::cited_paragraphs(evidence)) {
    if (!out.empty()) out += "; ";
    out += cited.document;
    bool first = true;
    for (auto p : cited.paragraphs) {
      out += first ? " \xC2\xB6" : ", \xC2\xB6";  // pilcrow
      out += std::to_string(p);
      first = false;
    }
  }
  return out;
}

ReportModel::ReportModel(const graph::StakeholderGraph& g, std::size_t top) : g_(g), top_(top) {
  if (g.analysis()) a_ = &*g.analysis();
  for (const auto& [id, n] : g.nodes()) by_id_.push_back(&n);
  for (const auto& d : g.documents()) {
    documents_.emplace(d.id, &d);
    for (const auto& p : d.paragraphs) paragraphs_[d.id].emplace(p.number, &p);
  }
  for (const auto& [key, e] : g.edges()) {
    edges_of_[e.source].push_back(&e);
    if (e.target != e.source) edges_of_[e.target].push_back(&e);
  }
  if (a_) {
    std::set<std::string> metrics, roles;
    for (const auto& [id, m] : a_->metrics) {
      for (const auto& [k, v] : m.values) metrics.insert(k);
      for (const auto& [k, v] : m.roles) roles.insert(k);
    }
    for (const char* k : kPreferred)
      if (metrics.erase(k)) metric_names_.push_back(k);
    metric_names_.insert(metric_names_.end(), metrics.begin(), metrics.end());
    role_names_.assign(roles.begin(), roles.end());
    for (const auto& c : a_->clusters) clusters_.emplace(c.id, &c);
  }
  order_ = by_id_;
  const std::string key =
      std::find(metric_names_.begin(), metric_names_.end(), "pagerank") != metric_names_.end()
          ? "pagerank"
          : "degree";
  std::stable_sort(order_.begin(), order_.end(), [&](const Node* x, const Node* y) {
    const double vx = value(x->id, key).value_or(-1), vy = value(y->id, key).value_or(-1);
    return vx > vy;
  });
}

const graph::NodeMetrics* ReportModel::metrics(const std::string& id) const {
  if (!a_) return nullptr;
  auto it = a_->metrics.find(id);
  return it == a_->metrics.end() ? nullptr : &it->second;
}

std::optional<double> ReportModel::value(const std::string& id, const std::string& metric) const {
  const auto* m = metrics(id);
  if (!m) return std::nullopt;
  auto it = m->values.find(metric);
  if (it == m->values.end()) return std::nullopt;
  return it->second;
}

const graph::ClusterSummary* ReportModel::cluster(int id) const {
  auto it = clusters_.find(id);
  return it == clusters_.end() ? nullptr : it->second;
}

std::string ReportModel::cluster_name(int id) const {
  std::string name = "C" + std::to_string(id);
  if (const auto* c = cluster(id); c && !c->label.empty()) name += " \xC2\xB7 " + c->label;
  return name;
}

std::vector<const Node*> ReportModel::top_by(const std::string& metric, bool ascending) const {
  std::vector<const Node*> out;
  for (const Node* n : by_id_)
    if (auto v = value(n->id, metric); v && std::isfinite(*v) && (ascending || *v > 0))
      out.push_back(n);
  std::stable_sort(out.begin(), out.end(), [&](const Node* x, const Node* y) {
    const double vx = *value(x->id, metric), vy = *value(y->id, metric);
    return ascending ? vx < vy : vx > vy;
  });
  if (out.size() > top_) out.resize(top_);
  return out;
}

std::vector<RoleGroup> ReportModel::role_groups() const {
  std::map<std::pair<std::string, std::string>, std::vector<const Node*>> groups;
  for (const Node* n : by_id_)
    if (const auto* m = metrics(n->id))
      for (const auto& [role, v] : m->roles) groups[{role, v}].push_back(n);
  std::vector<RoleGroup> out;
  for (auto& [key, members] : groups) out.push_back({key.first, key.second, std::move(members)});
  return out;
}

const std::vector<const graph::Edge*>& ReportModel::edges_of(const std::string& id) const {
  static const std::vector<const graph::Edge*> kNone;
  auto it = edges_of_.find(id);
  return it == edges_of_.end() ? kNone : it->second;
}

const graph::Document* ReportModel::document(const std::string& id) const {
  auto it = documents_.find(id);
  return it == documents_.end() ? nullptr : it->second;
}

Excerpt ReportModel::excerpt(const graph::Evidence& e, std::size_t bytes) const {
  Excerpt x;
  auto doc = paragraphs_.find(e.document);
  if (doc == paragraphs_.end()) return x;
  auto para = doc->second.find(e.paragraph);
  if (para == doc->second.end()) return x;
  const graph::Paragraph& p = *para->second;
  x.paragraph = &p;
  const std::string& t = p.text;
  const bool inside = e.start >= p.start && e.end >= e.start && e.end - p.start <= t.size();
  if (inside && t.compare(e.start - p.start, e.end - e.start, e.text) == 0 && !e.text.empty()) {
    const std::size_t s = e.start - p.start, len = e.end - e.start;
    const std::size_t from = s > bytes ? boundary(t, s - bytes) : 0;
    const std::size_t to = s + len + bytes < t.size() ? boundary(t, s + len + bytes) : t.size();
    x.before = t.substr(from, s - from);
    x.match = t.substr(s, len);
    x.after = t.substr(s + len, to - s - len);
    x.cut_before = from > 0;
    x.cut_after = to < t.size();
    x.located = true;
    return x;
  }
  // The offsets do not point at the quoted text: show the paragraph's start.
  const std::size_t to = 2 * bytes < t.size() ? boundary(t, 2 * bytes) : t.size();
  x.after = t.substr(0, to);
  x.cut_after = to < t.size();
  return x;
}

}  // namespace stakegraph::render::detail
