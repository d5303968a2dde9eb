// Internal: the one wrapper through which stakegraph talks to Graphviz. Every
// ag*/gv* call happens in graphviz.cpp under one process-wide mutex (cgraph is
// not thread-safe, not even for reads), with RAII handles for the context,
// graph and layout, Graphviz's messages collected through agseterrf, and
// agerrors() checked and reset around each job.
#pragma once

#include <string>
#include <string_view>

#include "scene.hpp"

namespace stakegraph::render::detail {

// Builds `scene` as a fresh directed cgraph graph (nodes and edges in scene
// order), lays it out with `engine` and renders it to memory as `format`.
// Attribute names outside the whitelist and out-of-range numeric values are
// rejected or clamped (see graphviz.cpp). Throws RenderError(internal) with
// Graphviz's messages when a call fails or an error was reported. Runs in the
// calling process; render_figure calls it inside the sandbox child.
std::string gv_layout_and_render(const Scene& scene, std::string_view engine,
                                 std::string_view format);

// agmemread as a syntax check; false with the message in `error`.
bool gv_parses(std::string_view dot, std::string* error);

// gvcVersion() of a fresh context.
std::string gv_version();

}  // namespace stakegraph::render::detail
