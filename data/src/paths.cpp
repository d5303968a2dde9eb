// Locations of shipped data files.
#include "stakegraph/data/paths.hpp"

#include <cstdlib>

namespace stakegraph::data {

std::string data_dir() {
  if (const char* env = std::getenv("STAKEGRAPH_DATA_DIR"); env && *env) return env;
  return STAKEGRAPH_SOURCE_DATA_DIR;
}

std::string default_corpus_dir() {
  return data_dir() + "/corpus";
}
std::string default_lexicon_dir() {
  return data_dir() + "/lexicon";
}

}  // namespace stakegraph::data
