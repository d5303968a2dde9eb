// Internal: runs a job in a forked child process with resource limits and a
// wall-clock deadline, and returns the bytes it produced. This contains what
// a library linked in-process cannot be trusted not to do (Graphviz 2.42:
// SIGSEGV/SIGABRT paths, exit(1) on allocation failure, superlinear layout
// time; ../shared/RELIABILITY-NOTES.md §3.5).
#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace stakegraph::render::detail {

struct SandboxLimits {
  double wall_seconds = 60.0;             // SIGKILL after this (and RLIMIT_CPU slightly above)
  std::uint64_t address_space_bytes = 0;  // RLIMIT_AS; 0 = unchanged (ignored under ASan)
};

// Forks; the child runs `job` and sends back its result or the RenderError /
// Error it threw (kind, message and Graphviz messages preserved); the parent
// waits at most `limits.wall_seconds`. Throws RenderError(internal)
// "renderer crashed (SIGSEGV)" when the child dies of a signal, "renderer
// timed out after N s" when it is killed at the deadline or by RLIMIT_CPU, and
// "renderer exited with status N" when it exits without an answer. The
// caller must not hold other threads that own locks the job needs (fork()
// copies only the calling thread).
std::string run_sandboxed(const std::function<std::string()>& job, const SandboxLimits& limits);

}  // namespace stakegraph::render::detail
