// Internal: the attribute tables every export writes. Building them once here
// keeps the column names, their order and their types identical across
// GraphML, GEXF, CSV, node-link JSON and DOT.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "stakegraph/graph/model.hpp"

namespace stakegraph::data::detail {

enum class ColumnType { string, integer, real, boolean };

// An absent value (a node without metrics) is std::monostate.
using Cell = std::variant<std::monostate, std::string, std::int64_t, double, bool>;

struct Column {
  std::string name;
  ColumnType type = ColumnType::string;
};

struct Table {
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;  // rows[i][c] for columns[c]
};

// Nodes in id order; columns label, name, type, aliases, mention_count,
// paragraphs, first_mention, [cluster, cluster_label, metrics..., roles...],
// attr_<key>... (see exports.hpp). Strings are valid UTF-8 (repaired).
Table node_table(const graph::StakeholderGraph& g);

// Edges in (source, target, relation) order; columns relation, weight,
// symmetric, evidence_count, paragraphs, first_evidence.
Table edge_table(const graph::StakeholderGraph& g);

// Graph-level attributes: schema, generator, documents, and with an analysis
// algorithm, seed, resolution, runs, modularity.
std::vector<std::pair<Column, Cell>> graph_attributes(const graph::StakeholderGraph& g);

// "doc:1,5,8; doc2:3": the distinct paragraphs of `evidence` per document,
// documents in order of first appearance, paragraph numbers ascending.
std::string paragraph_list(const std::vector<graph::Evidence>& evidence);

// `text` when it is valid UTF-8, else with ill-formed bytes replaced by U+FFFD.
std::string valid_utf8(std::string_view text);

// The type name of a column in GraphML ("string", "int", "double", "boolean").
const char* graphml_type(ColumnType t) noexcept;

}  // namespace stakegraph::data::detail
