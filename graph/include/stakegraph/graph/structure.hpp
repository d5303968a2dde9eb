// Structural positions on the undirected CsrGraph: k-cores, cut vertices and
// bridges, Burt's structural holes, Guimera-Amaral roles; and Gould-Fernandez
// brokerage on directed relations.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "stakegraph/graph/csr.hpp"

namespace stakegraph::graph {

// Core number of each vertex (the largest k such that it belongs to a
// subgraph where every vertex has >= k neighbours), ignoring weights and
// loops. V. Batagelj, M. Zaversnik, "An O(m) algorithm for cores
// decomposition of networks" (2003). O(V + E).
std::vector<int> core_numbers(const CsrGraph& g);

// Articulation points (vertices whose removal increases the number of
// connected components) and bridges (edges whose removal does), by an
// iterative depth-first search with low-points (Hopcroft & Tarjan 1973).
// Bridges are (u, v) with u < v, sorted. O(V + E).
struct CutStructure {
  std::vector<bool> articulation;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> bridges;
};
CutStructure cut_structure(const CsrGraph& g);

// Burt's structural-hole measures (R. S. Burt, "Structural Holes", 1992),
// weighted as in networkx: p_ij = w_ij / sum_k w_ik over the neighbours N(i).
//   constraint c_i = sum_{j in N(i)} (p_ij + sum_{q != i,j} p_iq p_qj)^2
//   effective size = sum_{j in N(i)} (1 - sum_{q != i,j} p_iq m_jq),
//                    m_jq = w_jq / max_k w_jk
//   hierarchy = sum_j r_j ln r_j / (N ln N), r_j = c_ij / (c_i / N), N = |N(i)|
// Isolated vertices have no value (has_value false); hierarchy is 0 for
// N = 1. O(sum over edges {i, j} of min(deg(j), deg(i) log deg(j))): common
// neighbours by marks along the shorter row, or binary searches.
struct StructuralHoles {
  std::vector<double> constraint;
  std::vector<double> effective_size;
  std::vector<double> hierarchy;
  std::vector<bool> has_value;
};
StructuralHoles structural_holes(const CsrGraph& g);

// Participation coefficient P_i = 1 - sum_s (k_is / k_i)^2 and within-module
// degree z_i = (k_i,c - mean_c) / sd_c (population sd; 0 when sd = 0), with
// k counted in links (unweighted, as in the paper). Roles of R. Guimera and
// L. A. N. Amaral, "Functional cartography of complex metabolic networks",
// Nature 433, 2005: non-hubs (z < 2.5) R1 ultra-peripheral (P <= 0.05),
// R2 peripheral (P <= 0.62), R3 non-hub connector (P <= 0.80), R4 non-hub
// kinless; hubs R5 provincial hub (P <= 0.30), R6 connector hub (P <= 0.75),
// R7 kinless hub. Isolated vertices: P = 0, z = 0 (R1). O(V + E).
struct ModuleRoles {
  std::vector<double> participation;
  std::vector<double> within_module_z;
  std::vector<std::string_view> role;
};
ModuleRoles module_roles(const CsrGraph& g, const std::vector<int>& membership);

// Gould-Fernandez brokerage (R. V. Gould, R. M. Fernandez, "Structures of
// mediation", Sociological Methodology 19, 1989) on a directed graph: for
// every open two-path a -> b -> c (a != c, no arc a -> c), b brokers, with
// role by the groups of a, b, c: coordinator (all one group), gatekeeper
// (b, c together, a outside), representative (a, b together, c outside),
// itinerant (a, c together, b outside), liaison (all different). Arcs are
// deduplicated. O(sum over b of indeg(b) * outdeg(b) * log).
inline constexpr std::array<std::string_view, 5> kBrokerageRoles = {
    "coordinator", "gatekeeper", "representative", "itinerant", "liaison"};
struct Brokerage {
  std::vector<std::array<double, 5>> counts;  // per vertex, in kBrokerageRoles order
};
Brokerage brokerage(std::size_t n, std::vector<std::pair<std::uint32_t, std::uint32_t>> arcs,
                    const std::vector<int>& group);

}  // namespace stakegraph::graph
