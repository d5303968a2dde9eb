// The stakegraph/1 JSON document (../DESIGN.md, README "The stakegraph/1
// format"): a deterministic writer and a validating reader.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

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
