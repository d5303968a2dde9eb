// Where the shipped data lives: the bundled corpus (the default input of every
// subcommand that reads documents) and the shipped lexicons. The environment
// variable STAKEGRAPH_DATA_DIR overrides the build-time location (the
// repository's data/ folder).
#pragma once

#include <string>

namespace stakegraph::data {

std::string data_dir();
std::string default_corpus_dir();   // data_dir() + "/corpus"
std::string default_lexicon_dir();  // data_dir() + "/lexicon"

}  // namespace stakegraph::data
