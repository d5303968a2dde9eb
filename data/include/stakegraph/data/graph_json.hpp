// The stakegraph/1 JSON document (../DESIGN.md, README "The stakegraph/1
// format"): a deterministic writer and a validating reader.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "stakegraph/data/files.hpp"
#include "stakegraph/graph/csr.hpp"
#include "stakegraph/graph/model.hpp"

namespace stakegraph::data {

inline constexpr std::string_view kSchema = "stakegraph/1";

struct JsonReadLimits {
  std::size_t max_bytes = 16u << 20;  // 16 MiB
  int max_depth = 64;
};

// Serialises `g`: keys sorted, nodes by id, edges by (source, target, type),
// two-space indentation, shortest round-trip numbers, a final newline. The
// same graph always gives the same bytes, and read(write(g)) writes again to
// identical bytes.
std::string write_graph_json(const graph::StakeholderGraph& g);

// The same bytes handed to `sink` in pieces of about a megabyte (for
// write_file_atomic_streamed: a large graph's output is never held whole).
void write_graph_json(const graph::StakeholderGraph& g, const ByteSink& sink);

// write_graph_json() of an edge list's graph (data::to_graph) with `analysis`
// as its analysis section (none when null), written without building the
// model: the same bytes. `ids` are the sorted node ids, `merged` the list's
// merged edges (data::merged_edges: u < v, sorted, weights summed, weight-0
// pairs kept). Throws std::out_of_range for an endpoint outside ids.
// O(size of the output).
std::string write_edge_list_json(const std::vector<std::string>& ids,
                                 const std::vector<graph::WeightedEdge>& merged,
                                 const graph::Analysis* analysis);

// The same bytes handed to `sink` in pieces of about a megabyte.
void write_edge_list_json(const std::vector<std::string>& ids,
                          const std::vector<graph::WeightedEdge>& merged,
                          const graph::Analysis* analysis, const ByteSink& sink);

// Parses and validates a stakegraph/1 document; `file` names it in errors.
// Rejects (data::ParseError, with line and column): a size or nesting depth
// over the limits, a NUL byte, invalid UTF-8, malformed JSON, duplicate keys,
// a wrong or missing schema, missing or mistyped fields, unknown fields,
// unknown node or relation types, duplicate node ids, edges whose endpoints
// are not node ids, and weights that are not finite and non-negative.
graph::StakeholderGraph read_graph_json(std::string_view text, const std::string& file,
                                        const JsonReadLimits& limits = {});

// read_file + read_graph_json.
graph::StakeholderGraph load_graph_file(const std::string& path, const JsonReadLimits& limits = {});

}  // namespace stakegraph::data
