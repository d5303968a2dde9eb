// Hand-built graphs for the render tests and the render benchmark: a small
// fixed graph (golden DOT), a realistic ~60-node conference network with long
// organisation names, and synthetic clustered graphs of any size. Each comes
// with a hand-set analysis (clusters, metrics, roles), so that render is
// tested without the analysis code.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "stakegraph/graph/model.hpp"

namespace sample {

using namespace stakegraph::graph;

inline Evidence ev(std::int64_t paragraph, std::string text) {
  return Evidence{"doc-1", paragraph, 0, text.size(), std::move(text)};
}

inline Document doc(std::string id, std::string title) {
  Document d;
  d.id = std::move(id);
  d.title = std::move(title);
  return d;
}

// Sets cluster `c` and metrics of node `id`; adds it to the cluster's members.
inline void place(Analysis& a, const std::string& id, int c, double pagerank, double betweenness,
                  double degree, std::string role = {}) {
  NodeMetrics m;
  m.cluster = c;
  m.values = {{"pagerank", pagerank}, {"betweenness", betweenness}, {"degree", degree}};
  if (!role.empty()) m.roles["role"] = std::move(role);
  a.metrics[id] = m;
  for (auto& cl : a.clusters) {
    if (cl.id == c) cl.members.push_back(id);
  }
}

// Five nodes, two clusters, one broker, one explicit relation and co-mentions.
inline StakeholderGraph small() {
  StakeholderGraph g;
  g.documents().push_back(doc("doc-1", "Chairs' Summary, 5 March 2007"));
  const auto unodc =
      g.add_node(NodeType::organisation, "United Nations Office on Drugs and Crime", "UNODC");
  const auto ilo = g.add_node(NodeType::organisation, "International Labour Organization", "ILO");
  const auto person = g.add_node(NodeType::person, "Antonio Maria Costa");
  const auto sweden = g.add_node(NodeType::country, "Sweden");
  const auto event = g.add_node(NodeType::event, "Panel on prevention");
  g.add_mention(unodc, ev(3, "the UN Office on Drugs and Crime (UNODC) said"));
  g.add_edge(person, unodc, RelationType::affiliated_with, ev(4, "Costa, UNODC"));
  g.add_edge(person, event, RelationType::spoke_at, ev(5, "Costa spoke at the panel"));
  g.add_edge(unodc, ilo, RelationType::co_mentioned, ev(6, "UNODC and ILO"), 3.0);
  g.add_edge(ilo, sweden, RelationType::co_mentioned, ev(7, "ILO and Sweden"), 1.0);
  g.add_edge(unodc, sweden, RelationType::co_mentioned, ev(8, "UNODC with Sweden"), 1.0);
  Analysis a;
  a.clusters = {ClusterSummary{0, "UNODC", {}, {}, {}, 1.0},
                ClusterSummary{1, "ILO", {}, {}, {}, 1.0}};
  place(a, unodc, 0, 0.3, 0.5, 4, "connector");
  place(a, person, 0, 0.2, 0.1, 2);
  place(a, event, 0, 0.1, 0.0, 1);
  place(a, ilo, 1, 0.25, 0.2, 2);
  place(a, sweden, 1, 0.15, 0.0, 2);
  g.analysis() = a;
  return g;
}

// A deterministic pseudo-random sequence (no std::rand, no time).
struct Lcg {
  std::uint64_t state;
  std::uint64_t next() {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return state >> 33;
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
};

// A conference-like network: 60 nodes in 5 clusters (long organisation
// names, persons, countries, initiatives, resolutions, events), explicit
// relations and co-mentions.
inline StakeholderGraph conference() {
  static const char* kOrgs[] = {
      "United Nations Office on Drugs and Crime",
      "International Labour Organization",
      "Office of the High Commissioner for Human Rights",
      "United Nations Children's Fund",
      "International Organization for Migration",
      "Organization for Security and Co-operation in Europe",
      "Coalition Against Trafficking in Women",
      "Girls Learn International, Inc.",
      "Commission on the Status of Women",
      "United Nations Development Fund for Women",
      "Inter-Parliamentary Union",
      "Council of Europe",
      "Global Alliance Against Traffic in Women",
      "Polaris Project",
      "Vital Voices Global Partnership",
      "European Union Agency for Fundamental Rights",
      "Special Rapporteur on trafficking in persons",
      "World Health Organization",
      "Economic Community of West African States",
      "Association of Southeast Asian Nations",
  };
  static const char* kPersons[] = {
      "Antonio Maria Costa", "Sigma Huda",      "Rachel Mayanja",   "Carolyn Hannan",
      "Kari Tapiola",        "Gunilla Ekberg",  "Janice Raymond",   "Ambassador Kirsten Warming",
      "Dr. Mohamed Mattar",  "Ruchira Gupta",   "Helga Konrad",     "Marcelo Raimundo",
      "Laura Lederer",       "Leila Zerrougui", "Mary Ellen Beaver"};
  static const char* kCountries[] = {"Sweden",  "Philippines", "Belarus",    "Nigeria",
                                     "Mexico",  "Italy",       "Bangladesh", "Republic of Moldova",
                                     "Ukraine", "Thailand"};
  static const char* kInitiatives[] = {"Global Initiative to Fight Human Trafficking",
                                       "Blue Heart Campaign", "Vienna Forum",
                                       "Stop the Traffik coalition", "Youth Leadership Network"};
  static const char* kResolutions[] = {
      "Palermo Protocol", "General Assembly resolution 61/144", "CEDAW", "ILO Convention No. 182",
      "Council of Europe Convention on Action against Trafficking"};
  static const char* kEvents[] = {"Opening session", "Panel I: Prevention", "Panel II: Protection",
                                  "Panel III: Prosecution", "Closing session"};
  StakeholderGraph g;
  g.documents().push_back(doc("doc-1",
                              "Trafficking in Women and Girls: Meeting the Challenge "
                              "Together, Chairs' Summary"));
  std::vector<std::string> ids;
  for (const char* o : kOrgs) ids.push_back(g.add_node(NodeType::organisation, o));
  for (const char* p : kPersons) ids.push_back(g.add_node(NodeType::person, p));
  for (const char* c : kCountries) ids.push_back(g.add_node(NodeType::country, c));
  for (const char* i : kInitiatives) ids.push_back(g.add_node(NodeType::initiative, i));
  for (const char* r : kResolutions) ids.push_back(g.add_node(NodeType::resolution, r));
  for (const char* e : kEvents) ids.push_back(g.add_node(NodeType::event, e));
  Analysis a;
  const char* labels[] = {"United Nations Office on Drugs and Crime",
                          "International Labour Organization", "Sweden", "Polaris Project",
                          "Council of Europe"};
  for (int c = 0; c < 5; ++c) a.clusters.push_back(ClusterSummary{c, labels[c], {}, {}, {}, 1.0});
  Lcg rng{7};
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const int c = static_cast<int>((i * 7) % 5);
    const double pr = 0.005 + static_cast<double>(rng.below(100)) / 2000.0;
    place(a, ids[i], c, pr, static_cast<double>(rng.below(100)) / 400.0, 1 + rng.below(12),
          i % 11 == 0 ? "connector" : "");
  }
  for (std::size_t i = 0; i < ids.size(); ++i) {
    g.add_mention(ids[i], ev(static_cast<std::int64_t>(1 + i % 30), "mentioned in the summary"));
  }
  // Persons speak at events and are affiliated with organisations.
  for (std::size_t p = 0; p < 15; ++p) {
    g.add_edge(ids[20 + p], ids[55 + p % 5], RelationType::spoke_at,
               ev(static_cast<std::int64_t>(10 + p), "spoke at the panel"));
    g.add_edge(ids[20 + p], ids[p], RelationType::affiliated_with,
               ev(static_cast<std::int64_t>(10 + p), "of the organisation"));
  }
  g.add_edge(ids[55], ids[0], RelationType::organised_by, ev(1, "organised by UNODC"));
  g.add_edge(ids[45], ids[0], RelationType::established_by, ev(2, "launched by UNODC"));
  g.add_edge(ids[1], ids[53], RelationType::references, ev(20, "ILO Convention"));
  g.add_edge(ids[0], ids[50], RelationType::references, ev(21, "the Protocol"));
  g.add_edge(ids[11], ids[54], RelationType::proposed, ev(22, "the Convention"));
  g.add_edge(ids[13], ids[6], RelationType::partner_of, ev(23, "in partnership"));
  // Co-mentions, mostly within clusters.
  for (int k = 0; k < 90; ++k) {
    const std::size_t i = rng.below(ids.size());
    std::size_t j = rng.below(ids.size());
    if (rng.below(4) != 0) j = (i + 5 * (1 + rng.below(8))) % ids.size();  // same cluster
    if (i == j) continue;
    g.add_edge(std::min(ids[i], ids[j]), std::max(ids[i], ids[j]), RelationType::co_mentioned,
               ev(static_cast<std::int64_t>(1 + rng.below(40)), "mentioned together"),
               1.0 + static_cast<double>(rng.below(3)));
  }
  g.analysis() = a;
  return g;
}

// `n` organisations in `clusters` clusters, ~2.5 co-mention edges per node,
// 85% of them inside a cluster; analysis set by hand.
inline StakeholderGraph clustered(std::size_t n, int clusters, std::uint64_t seed = 1) {
  StakeholderGraph g;
  g.documents().push_back(doc("synthetic", "Synthetic clustered graph"));
  std::vector<std::string> ids;
  Analysis a;
  for (int c = 0; c < clusters; ++c) {
    a.clusters.push_back(ClusterSummary{c, "Group " + std::to_string(c), {}, {}, {}, 1.0});
  }
  Lcg rng{seed};
  for (std::size_t i = 0; i < n; ++i) {
    ids.push_back(g.add_node(NodeType::organisation, "Organisation " + std::to_string(i)));
  }
  for (std::size_t i = 0; i < n; ++i) {
    place(a, ids[i], static_cast<int>(i % static_cast<std::size_t>(clusters)),
          1.0 / static_cast<double>(n), 0.0, 1.0);
  }
  const std::size_t edges = n * 5 / 2;
  const auto cl = static_cast<std::size_t>(clusters);
  for (std::size_t k = 0; k < edges; ++k) {
    const std::size_t i = rng.below(n);
    std::size_t j = rng.below(n);
    if (rng.below(100) < 85)
      j = (i + cl * (1 + rng.below(std::max<std::size_t>(1, n / cl - 1)))) % n;
    if (i == j) continue;
    g.add_edge(std::min(ids[i], ids[j]), std::max(ids[i], ids[j]), RelationType::co_mentioned,
               std::nullopt, 1.0);
  }
  g.analysis() = a;
  return g;
}

}  // namespace sample
