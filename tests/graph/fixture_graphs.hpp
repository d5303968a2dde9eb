// Test helpers: reading the TSV fixtures with std only (tests/graph links
// stakegraph::graph alone), random graphs, and an independent connectivity check.
#pragma once

#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "stakegraph/graph/csr.hpp"

namespace stakegraph::test {

struct EdgeFile {
  std::vector<std::string> names;  // vertex index -> id, in id order
  std::vector<graph::WeightedEdge> edges;
};

inline EdgeFile read_fixture(const std::string& name, bool use_weights = true) {
  std::ifstream in(std::string(STAKEGRAPH_FIXTURES_DIR) + "/" + name);
  std::vector<std::tuple<std::string, std::string, double>> raw;
  std::map<std::string, std::uint32_t> index;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream ls(line);
    std::string a, b;
    double w = 1.0;
    ls >> a >> b;
    if (!(ls >> w) || !use_weights) w = 1.0;
    raw.emplace_back(a, b, w);
    index.emplace(a, 0);
    index.emplace(b, 0);
  }
  EdgeFile f;
  for (auto& [id, i] : index) {
    i = static_cast<std::uint32_t>(f.names.size());
    f.names.push_back(id);
  }
  for (auto& [a, b, w] : raw) f.edges.push_back({index[a], index[b], w});
  return f;
}

// G(n, p) with weights 1..5 when weighted.
inline std::vector<graph::WeightedEdge> random_graph(std::size_t n, double p, std::uint64_t seed,
                                                     bool weighted) {
  std::mt19937_64 rng(seed);
  std::vector<graph::WeightedEdge> e;
  for (std::uint32_t u = 0; u < n; ++u)
    for (std::uint32_t v = u + 1; v < n; ++v)
      if (static_cast<double>(rng() % 1000) < p * 1000)
        e.push_back({u, v, weighted ? static_cast<double>(1 + rng() % 5) : 1.0});
  return e;
}

// True when every community induces a connected subgraph (BFS from scratch
// on an adjacency matrix, independent of the CSR code).
inline bool communities_connected(std::size_t n, const std::vector<graph::WeightedEdge>& edges,
                                  const std::vector<int>& m) {
  std::vector<std::vector<char>> adj(n, std::vector<char>(n, 0));
  for (const auto& e : edges)
    if (e.w > 0) adj[e.u][e.v] = adj[e.v][e.u] = 1;
  std::map<int, std::vector<std::size_t>> members;
  for (std::size_t v = 0; v < n; ++v) members[m[v]].push_back(v);
  for (auto& [c, vs] : members) {
    std::vector<char> seen(n, 0);
    std::vector<std::size_t> stack{vs[0]};
    seen[vs[0]] = 1;
    std::size_t reached = 1;
    while (!stack.empty()) {
      const std::size_t u = stack.back();
      stack.pop_back();
      for (std::size_t w = 0; w < n; ++w)
        if (adj[u][w] && !seen[w] && m[w] == c) {
          seen[w] = 1;
          ++reached;
          stack.push_back(w);
        }
    }
    if (reached != vs.size()) return false;
  }
  return true;
}

}  // namespace stakegraph::test
