// Lexicons: the field knowledge the extractor uses (names of bodies, their
// acronyms and aliases, countries, instruments, initiatives, honorifics,
// titles, head words, generic phrases to ignore, merges to forbid). Format
// "stakegraph-lexicon/1", documented in data/lexicon/README.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "stakegraph/graph/types.hpp"

namespace stakegraph::data {

inline constexpr std::string_view kLexiconSchema = "stakegraph-lexicon/1";

struct LexiconEntity {
  graph::NodeType type = graph::NodeType::organisation;
  std::string name;
  std::vector<std::string> acronyms;
  std::vector<std::string> aliases;
  std::vector<std::string> adjectives;
  std::string parent;
  std::string kind;
  std::string file;     // where it was defined (for messages)
  std::string pointer;  // JSON pointer of the entity in that file
};

struct ForbiddenMerge {
  std::string a;
  std::string b;
  std::string why;
};

struct Lexicon {
  std::vector<LexiconEntity> entities;
  std::vector<std::string> honorifics;
  std::vector<std::string> titles;
  std::vector<std::string> organisation_heads;
  std::vector<std::string> initiative_heads;
  std::vector<std::string> event_heads;
  std::vector<std::string> resolution_heads;
  std::vector<std::string> ignore;
  std::vector<ForbiddenMerge> forbid_merge;
  std::vector<std::string> files;  // the files it was loaded from, in order
};

// Parses one lexicon file's text. Throws ParseError with file:line:col for
// malformed JSON, duplicate keys, a wrong schema, unknown or mistyped fields,
// an unknown entity type, an empty name. O(n).
Lexicon parse_lexicon(std::string_view text, const std::string& file);

// Adds `more` to `base`: an entity of the same type whose name has the same
// alias_key replaces the earlier one (a user's lexicon overrides a shipped
// one); every list is appended.
void merge_lexicon(Lexicon& base, Lexicon more);

// Checks that no surface form (name, acronym, alias or adjective, compared by
// alias_key) is given to two different entities of the same type unless a
// forbid_merge pair names them, and that every forbid_merge side is non-empty.
// Throws ParseError naming both entities and the file:line:col of the second.
void check_lexicon(const Lexicon& lexicon);

// The shipped lexicon files: every *.json in default_lexicon_dir(), sorted by
// file name.
std::vector<std::string> default_lexicon_files();

// Loads the shipped lexicons (unless `no_defaults`) and then each of
// `user_files` in order, merges them and checks the result. A missing file
// is exit 66, a bad one 65.
Lexicon load_lexicons(const std::vector<std::string>& user_files, bool no_defaults = false);

}  // namespace stakegraph::data
