// Internal: the one wrapper through which stakegraph talks to Graphviz. Every
// ag*/gv* call happens in graphviz.cpp under one process-wide mutex (cgraph is
// not thread-safe, not even for reads), with RAII handles for the context,
// graph and layout, Graphviz's messages collected through agseterrf, and
// agerrors() checked and reset around each job.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "scene.hpp"

namespace stakegraph::render::detail {

// Builds `scene` as a fresh directed cgraph graph (nodes and edges in scene
// order), lays it out once with `engine` and renders that layout to memory in
// each of `formats` ("svg", "png", "pdf", in the order given); PNG output is
// rendered at `png_dpi` (0 = Graphviz's default), every other format at the
// default resolution. Attribute names outside the whitelist and out-of-range
// numeric values are rejected or clamped (see graphviz.cpp). Throws
// RenderError(internal) with Graphviz's messages when a call fails or an
// error was reported. Runs in the calling process; render_figures calls it
// inside the sandbox child, which ends right after it: with Teardown::skip
// a successful job leaves the context, graph and layout to the end of the
// process instead of freeing them (on the 200-node benchmark graph with dot
// that freeing was 6% of the child's instructions; the mutex is released).
enum class Teardown { free, skip };
std::vector<std::string> gv_layout_and_render(const Scene& scene, std::string_view engine,
                                              const std::vector<std::string>& formats,
                                              double png_dpi, Teardown teardown = Teardown::free);

// The scene as DOT text after checking it through the attribute whitelist
// and cgraph's graph construction (no layout code runs).
std::string gv_scene_dot(const Scene& scene);

// agmemread as a syntax check; false with the message in `error`.
bool gv_parses(std::string_view dot, std::string* error);

// gvcVersion() of a fresh context.
std::string gv_version();

}  // namespace stakegraph::render::detail
