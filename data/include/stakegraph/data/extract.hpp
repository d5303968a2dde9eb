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

#include <memory>
#include <string>
#include <vector>

#include "stakegraph/data/document.hpp"
#include "stakegraph/data/lexicon.hpp"
#include "stakegraph/graph/model.hpp"

namespace stakegraph::data {

struct ExtractOptions {
  unsigned jobs = 0;  // 0: std::thread::hardware_concurrency()
};

struct ExtractResult {
  graph::StakeholderGraph graph;
  std::vector<std::string> diagnostics;
};

// Streaming extraction: documents are added one at a time, extracted (with
// `jobs` threads, a bounded batch of documents at a time) and folded into
// the graph in the order they were added; the text of a document is dropped
// as soon as its results are folded in and its paragraphs move into the
// graph, so peak memory is the graph plus one batch, not the corpus. The
// result is the same for any number of jobs and the same as extract().
// O(total tokens x longest lexicon form) plus O(entities^2) per sentence for
// co-mentions. The lexicon must outlive the extractor.
class Extractor {
 public:
  explicit Extractor(const Lexicon& lexicon, const ExtractOptions& options = {});
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // Queues `document`; may extract and fold in the queued batch. Rethrows
  // the first exception of a worker.
  void add(SourceDocument document);

  // Extracts what is still queued and returns the graph; the extractor is
  // empty afterwards.
  ExtractResult finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Extracts one graph from `documents` (their paragraphs are copied into the
// graph's documents): Extractor::add for each, then finish().
ExtractResult extract(const std::vector<SourceDocument>& documents, const Lexicon& lexicon,
                      const ExtractOptions& options = {});

}  // namespace stakegraph::data
