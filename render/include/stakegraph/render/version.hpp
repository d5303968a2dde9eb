// Version information of the Graphviz library stakegraph renders with.
#pragma once

#include <string>

namespace stakegraph::render {

// The version string libgvc reports (Debian 12's 2.42.2 reports "2.43.0").
std::string graphviz_version();

}  // namespace stakegraph::render
