// The stakeholder graph: typed nodes with aliases and mentions, typed edges
// with evidence, the documents they came from, the record of alias merges, and
// (once analysed) the analysis. Everything iterates in a deterministic order
// (nodes by id, edges by source, target, type) so that output is reproducible.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "stakegraph/graph/analysis.hpp"
#include "stakegraph/graph/error.hpp"
#include "stakegraph/graph/shared_text.hpp"
#include "stakegraph/graph/types.hpp"

namespace stakegraph::graph {

// Where a node was mentioned or an edge was stated: a byte range of one
// document (offsets into the file as read) in one of its paragraphs. The
// quoted text is shared: the evidence of every co-mention in a sentence holds
// the same sentence. So is the document id: every mention and statement of a
// document names it, and a copied id is a reference-count increment.
struct Evidence {
  SharedText document;
  std::int64_t paragraph = 0;  // the document's own number where it has one
  std::size_t start = 0;
  std::size_t end = 0;
  SharedText text;

  friend auto operator<=>(const Evidence&, const Evidence&) = default;
};

// The paragraphs an evidence list cites, per document: documents in order of
// first citation, paragraph numbers ascending and distinct. What exports and
// reports print as "doc:3,5" or "doc ¶3, ¶5". O(n log n).
struct CitedParagraphs {
  std::string document;
  std::vector<std::int64_t> paragraphs;
};
std::vector<CitedParagraphs> cited_paragraphs(const std::vector<Evidence>& evidence);

struct Node {
  std::string id;  // "type:slug"
  NodeType type = NodeType::organisation;
  std::string label;                              // short display label (acronym if any)
  std::string name;                               // canonical full name
  std::vector<std::string> aliases;               // sorted, unique, excludes nothing
  std::map<std::string, std::string> attributes;  // role, parent, year, place, ...
  std::vector<Evidence> mentions;                 // sorted, unique
};

struct Edge {
  std::string source;
  std::string target;
  RelationType type = RelationType::co_mentioned;
  double weight = 1.0;
  std::vector<Evidence> evidence;  // sorted, unique
};

struct Paragraph {
  std::int64_t number = 0;
  std::string section;
  std::size_t start = 0;
  std::size_t end = 0;
  std::string text;

  friend bool operator==(const Paragraph&, const Paragraph&) = default;
};

struct Document {
  std::string id;
  std::string title;
  std::string path;
  std::string sha256;
  std::vector<Paragraph> paragraphs;

  friend bool operator==(const Document&, const Document&) = default;
};

// One alias resolution: which surface forms were bound to which node, and why
// ("acronym definition", "lexicon alias", "normalisation", ...).
struct MergeRecord {
  std::string node;
  std::vector<std::string> forms;
  std::string reason;

  friend auto operator<=>(const MergeRecord&, const MergeRecord&) = default;
};

class GraphError : public Error {
 public:
  explicit GraphError(std::string message) : Error(ErrorKind::data, std::move(message)) {}
};

class StakeholderGraph {
 public:
  using EdgeKey = std::tuple<std::string, std::string, RelationType>;

  // Adds a node of `type` named `name`, or returns the existing node of that
  // type whose canonical name has the same alias_key. The id is
  // "type:slug(name)"; when a different entity already holds that id, "-2",
  // "-3", ... is appended (deterministic given insertion order). `label`
  // defaults to the name. The name is also recorded as an alias.
  const std::string& add_node(NodeType type, std::string_view name, std::string_view label = {});

  // Inserts a node exactly as given (used by readers). Throws GraphError if
  // the id exists already.
  void insert_node(Node node);

  const Node* find(std::string_view id) const;
  Node& at(std::string_view id);  // throws GraphError for an unknown id
  const Node& at(std::string_view id) const;

  // The node of `type` (or of any type when nullopt) one of whose aliases or
  // whose name has the same alias_key as `surface`. When several types match
  // and no type is given, the first in id order is returned.
  const Node* find_by_alias(std::string_view surface,
                            std::optional<NodeType> type = std::nullopt) const;
  Node* find_by_alias(std::string_view surface, std::optional<NodeType> type = std::nullopt);
  // As find_by_alias, given alias_key(surface) (for a caller that has it).
  const Node* find_by_key(std::string_view key, std::optional<NodeType> type = std::nullopt) const;
  Node* find_by_key(std::string_view key, std::optional<NodeType> type = std::nullopt);

  void add_alias(std::string_view id, std::string_view alias);
  void add_mention(std::string_view id, Evidence mention);
  void set_attribute(std::string_view id, std::string key, std::string value);

  // Adds an edge or merges it into the edge with the same (source, target,
  // type): evidence is united; for co_mentioned, whose endpoints are stored
  // in sorted order, `weight` is added once per new piece of evidence; for
  // the other relations the weight is the maximum seen. Self-loops and
  // unknown endpoints throw GraphError; weights must be finite and >= 0.
  void add_edge(std::string_view source, std::string_view target, RelationType type,
                std::optional<Evidence> evidence = std::nullopt, double weight = 1.0);

  // Inserts an edge exactly as given (used by readers); throws on a duplicate key.
  void insert_edge(Edge edge);

  // Folds node `drop` into node `keep` (same type or not): aliases, mentions,
  // attributes (keep's win) and every edge are moved; self-loops created by
  // the merge are dropped. Recorded in merges() with `reason`.
  void merge_nodes(std::string_view keep, std::string_view drop, std::string reason);

  const std::map<std::string, Node, std::less<>>& nodes() const { return nodes_; }
  const std::map<EdgeKey, Edge>& edges() const { return edges_; }
  std::size_t node_count() const { return nodes_.size(); }
  std::size_t edge_count() const { return edges_.size(); }

  std::vector<Document>& documents() { return documents_; }
  const std::vector<Document>& documents() const { return documents_; }
  std::vector<MergeRecord>& merges() { return merges_; }
  const std::vector<MergeRecord>& merges() const { return merges_; }
  std::optional<Analysis>& analysis() { return analysis_; }
  const std::optional<Analysis>& analysis() const { return analysis_; }

  std::string& generator() { return generator_; }
  const std::string& generator() const { return generator_; }

 private:
  void index_alias(const Node& node, std::string_view alias);

  std::map<std::string, Node, std::less<>> nodes_;
  std::map<EdgeKey, Edge> edges_;
  // The two indexes are hashed: the extractor looks up every entity of every
  // document in them, and nothing iterates them in an order that shows.
  struct TypeKeyHash {
    std::size_t operator()(const std::pair<NodeType, std::string>& k) const noexcept {
      return std::hash<std::string_view>{}(k.second) ^ static_cast<std::size_t>(k.first);
    }
  };
  struct KeyHash {  // (probed with string_views: a lookup copies no key)
    using is_transparent = void;
    std::size_t operator()(std::string_view k) const noexcept {
      return std::hash<std::string_view>{}(k);
    }
  };
  // alias_key -> ids having it (sorted set semantics via vector kept sorted)
  std::unordered_map<std::string, std::vector<std::string>, KeyHash, std::equal_to<>> alias_index_;
  // (type, alias_key of canonical name) -> id
  std::unordered_map<std::pair<NodeType, std::string>, std::string, TypeKeyHash> name_index_;
  std::vector<Document> documents_;
  std::vector<MergeRecord> merges_;
  std::optional<Analysis> analysis_;
  std::string generator_;
};

}  // namespace stakegraph::graph
