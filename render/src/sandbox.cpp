// Fork-and-pipe sandbox for the Graphviz layout and render
// (RELIABILITY-NOTES §3.5). The child sets RLIMIT_AS, RLIMIT_CPU and
// RLIMIT_CORE, runs the job, writes a one-byte status and the payload (or the
// error) to a pipe and leaves with _exit, so no atexit handler or destructor
// of the parent's state runs twice. The parent drains the pipe with poll()
// against a monotonic deadline, then reaps the child; a signal, a timeout or
// a silent exit each become a RenderError with kind internal (exit 70).
#include "sandbox.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <exception>
#include <new>
#include <string>

#include "stakegraph/render/figure.hpp"

namespace stakegraph::render::detail {
namespace {

constexpr char kOk = 'O';
constexpr char kError = 'E';

bool write_all(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t n = ::write(fd, data, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

void put_string(std::string& out, const std::string& s) {
  const std::uint64_t n = s.size();
  out.append(reinterpret_cast<const char*>(&n), sizeof n);
  out += s;
}

bool get_string(const std::string& in, std::size_t& pos, std::string& s) {
  std::uint64_t n = 0;
  if (in.size() - pos < sizeof n) return false;
  std::memcpy(&n, in.data() + pos, sizeof n);
  pos += sizeof n;
  if (in.size() - pos < n) return false;
  s.assign(in, pos, n);
  pos += n;
  return true;
}

std::string signal_name(int sig) {
  const char* abbrev = sigabbrev_np(sig);
  return abbrev != nullptr ? std::string("SIG") + abbrev : "signal " + std::to_string(sig);
}

std::string seconds_text(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", s);
  return buf;
}

[[noreturn]] void child_main(int fd, const std::function<std::string()>& job,
                             const SandboxLimits& limits) {
  rlimit core{0, 0};
  setrlimit(RLIMIT_CORE, &core);
  const auto cpu = static_cast<rlim_t>(std::ceil(limits.wall_seconds)) + 1;
  rlimit cpu_limit{cpu, cpu + 1};
  setrlimit(RLIMIT_CPU, &cpu_limit);
#if !defined(__SANITIZE_ADDRESS__)
  if (limits.address_space_bytes > 0) {
    rlimit as{limits.address_space_bytes, limits.address_space_bytes};
    setrlimit(RLIMIT_AS, &as);
  }
#endif
  std::string message;
  try {
    std::string bytes = job();
    message.reserve(bytes.size() + 1);
    message += kOk;
    message += bytes;
  } catch (const RenderError& e) {
    message = kError;
    message += static_cast<char>(e.kind());
    put_string(message, e.message());
    put_string(message, e.messages());
  } catch (const Error& e) {
    message = kError;
    message += static_cast<char>(e.kind());
    put_string(message, e.message());
    put_string(message, "");
  } catch (const std::bad_alloc&) {
    message = kError;
    message += static_cast<char>(ErrorKind::internal);
    put_string(message, "renderer ran out of memory");
    put_string(message, "");
  } catch (const std::exception& e) {
    message = kError;
    message += static_cast<char>(ErrorKind::internal);
    put_string(message, std::string("renderer failed: ") + e.what());
    put_string(message, "");
  }
  const bool ok = write_all(fd, message.data(), message.size());
  ::close(fd);
  ::_exit(ok ? 0 : 3);
}

}  // namespace

std::string run_sandboxed(const std::function<std::string()>& job, const SandboxLimits& limits) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) {
    throw RenderError(ErrorKind::internal, std::string("cannot create a pipe for the renderer: ") +
                                               std::strerror(errno));
  }
  std::fflush(nullptr);  // buffered output must not be written twice
  const pid_t pid = ::fork();
  if (pid < 0) {
    const int err = errno;
    ::close(fds[0]);
    ::close(fds[1]);
    throw RenderError(ErrorKind::internal,
                      std::string("cannot start the renderer: ") + std::strerror(err));
  }
  if (pid == 0) {
    ::close(fds[0]);
    child_main(fds[1], job, limits);
  }
  ::close(fds[1]);

  using Clock = std::chrono::steady_clock;
  const auto deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                           std::chrono::duration<double>(limits.wall_seconds));
  std::string data;
  bool timed_out = false;
  char buf[65536];
  for (;;) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    if (left.count() <= 0) {
      timed_out = true;
      break;
    }
    pollfd p{fds[0], POLLIN, 0};
    const int r = ::poll(&p, 1, static_cast<int>(std::min<long long>(left.count(), 1000)));
    if (r < 0 && errno != EINTR) break;
    if (r <= 0) continue;
    const ssize_t n = ::read(fds[0], buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      break;
    }
    if (n == 0) break;  // EOF: the child closed its end
    data.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fds[0]);
  if (timed_out) ::kill(pid, SIGKILL);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }

  const std::string limit_text = seconds_text(limits.wall_seconds);
  if (timed_out) {
    throw RenderError(ErrorKind::internal, "renderer timed out after " + limit_text + " s");
  }
  if (WIFSIGNALED(status)) {
    const int sig = WTERMSIG(status);
    if (sig == SIGXCPU) {
      throw RenderError(ErrorKind::internal,
                        "renderer timed out after " + limit_text + " s (CPU limit)");
    }
    throw RenderError(ErrorKind::internal, "renderer crashed (" + signal_name(sig) + ")");
  }
  if (data.empty()) {
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    throw RenderError(ErrorKind::internal,
                      "renderer exited with status " + std::to_string(code) + " and no output");
  }
  if (data[0] == kOk) return data.substr(1);
  std::size_t pos = 2;
  std::string message, messages;
  if (data[0] != kError || data.size() < 2 || !get_string(data, pos, message) ||
      !get_string(data, pos, messages)) {
    throw RenderError(ErrorKind::internal, "renderer sent a malformed answer");
  }
  const auto kind = static_cast<ErrorKind>(static_cast<unsigned char>(data[1]));
  throw RenderError(kind, message, messages);
}

}  // namespace stakegraph::render::detail
