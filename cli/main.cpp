// The stakegraph executable.
#include "stakegraph/cli/app.hpp"

int main(int argc, char** argv) {
  return stakegraph::cli::run(argc, argv);
}
