// The extractor: documents + lexicon -> a typed stakeholder graph with the
// mentions of every node, the evidence of every edge and the record of every
// alias merge (README "Extraction").
//
// Entities (organisation, person, country, initiative, resolution, event)
// come from the lexicon (token-based longest match; multi-word names are
// case-, punctuation- and diacritic-insensitive through graph::alias_key,
// short all-capital acronyms are matched case-sensitively) and from patterns
// over tokens: "Long Name (ACR)" definitions, capitalised names with a head
// word (Office, Committee, Conference, Convention, Partnership, ...)
// including "X of the Y" chains and sub-units, quoted names, persons after
// honorifics and titles, resolution numbers and document symbols, described
// initiatives after verbs of proposing and establishing, ordinal events.
// Explicit relations come from trigger patterns over the sentence (organised
// by, in partnership with, chaired by, moderated by, panelists, opened,
// appositions, "of" chains, references, proposed, established/launched by,
// hosted by); co_mentioned links entities of one sentence, weight = number of
// shared sentences. Each edge carries the sentence as evidence.
//
// Determinism: documents are processed independently (in parallel with
// `jobs` threads) and merged into the graph in input order, so the output is
// identical for any number of jobs.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "stakegraph/data/document.hpp"
#include "stakegraph/data/lexicon.hpp"
#include "stakegraph/graph/model.hpp"

namespace stakegraph::data {

struct ExtractOptions {
  unsigned jobs = 0;  // 0: std::thread::hardware_concurrency()
  // Called after each document is processed with (documents done, total),
  // one call at a time (serialised across worker threads); for progress bars.
  std::function<void(std::size_t done, std::size_t total)> on_document;
};

struct ExtractResult {
  graph::StakeholderGraph graph;
  std::vector<std::string> diagnostics;
};

// Extracts one graph from `documents` (their paragraphs are copied into the
// graph's documents). O(total tokens x longest lexicon form) plus
// O(entities^2) per sentence for co-mentions.
ExtractResult extract(const std::vector<SourceDocument>& documents, const Lexicon& lexicon,
                      const ExtractOptions& options = {});

}  // namespace stakegraph::data
