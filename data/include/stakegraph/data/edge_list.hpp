// Plain edge lists (.tsv, .csv, standard input) as input for the analysis.
//
// Format: one edge per line, "source SEP target [SEP weight]".
// - SEP is ',' for a file ending in .csv; otherwise a tab when the first data
//   line has one, else runs of spaces. CSV quoting is not supported (a field
//   starting with '"' is rejected).
// - Lines starting with '#' and blank lines are skipped; a trailing '\r' is
//   removed. Ids are any non-empty strings, kept exactly as given.
// - A first data line reading "source SEP target" or
//   "source SEP target SEP weight" (any case) is a header and is skipped; any
//   other non-numeric weight is an error.
// - Every data line has the column count of the first one (2 or 3). Weights
//   are decimal numbers (std::from_chars), finite and >= 0; missing = 1.
// - Multi-edges (also in opposite orientation) are merged with weights summed;
//   self-loops are dropped and counted (the stakeholder model has none).
// - Errors are ParseError (exit 65) with FILE:LINE:COL; a file without edges
//   is an error too.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "stakegraph/graph/csr.hpp"
#include "stakegraph/graph/model.hpp"

namespace stakegraph::data {

struct EdgeList {
  std::vector<std::string> ids;            // sorted; vertex i is ids[i]
  std::vector<graph::WeightedEdge> edges;  // as read (not merged), loops removed
  std::size_t self_loops = 0;
  std::size_t lines = 0;
};

// Parses `text` (named `file` in messages). O(bytes + E log V): a hand-written
// scanner over the buffer (memchr, std::from_chars), no stream per line.
EdgeList parse_edge_list(std::string_view text, const std::string& file);

// read_file(path) ("-" = standard input) + parse_edge_list.
EdgeList load_edge_list(const std::string& path);

// The stakegraph model of an edge list: one node per id (type organisation,
// id, name and label = the id as given), one co_mentioned edge per pair with
// the summed weight and no evidence.
graph::StakeholderGraph to_graph(const EdgeList& list);

// The list's edges merged per pair, as to_graph() makes them: u < v, sorted
// by (u, v), the weights of a pair (either orientation) summed in ascending
// order starting from 0, so that the sum does not depend on the order of the
// lines; pairs of total weight 0 are kept (graph::build_csr drops them).
// O(E log E).
std::vector<graph::WeightedEdge> merged_edges(const EdgeList& list);

// True for paths ending in .tsv, .csv or .txt (any case): read as edge lists.
bool is_edge_list_path(std::string_view path);

}  // namespace stakegraph::data
