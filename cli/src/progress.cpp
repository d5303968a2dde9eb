// The progress bar of progress.hpp: a carriage return, the bar, and an
// erase-to-end-of-line (ECMA-48 "EL", ESC [ K) so a shorter line leaves no
// residue. Written with write(2) straight to the descriptor, so it is never
// interleaved with buffered std::cerr output out of order.
#include "progress.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace stakegraph::cli {

namespace {

void write_all(int fd, std::string_view s) {
  while (!s.empty()) {
    const ssize_t n = ::write(fd, s.data(), s.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;  // a progress bar is best effort
    s.remove_prefix(static_cast<std::size_t>(n));
  }
}

}  // namespace

std::string progress_line(std::string_view what, std::size_t done, std::size_t total,
                          std::size_t width) {
  const std::size_t all = std::max<std::size_t>(total, 1);
  const std::size_t d = std::min(done, all);
  const std::size_t filled = d * width / all;
  std::string line = "stakegraph: [";
  line.append(filled, '=');
  if (filled < width) {
    line += '>';
    line.append(width - filled - 1, ' ');
  }
  line += "] " + std::to_string(d) + "/" + std::to_string(all);
  if (!what.empty()) {
    line += ' ';
    // Keep the line short enough for an 80-column terminal.
    line.append(what.substr(0, 80 - std::min<std::size_t>(line.size() + 1, 79)));
  }
  return line;
}

Progress::Progress(bool quiet, int fd) : active_(!quiet && ::isatty(fd) == 1), fd_(fd) {}

Progress::~Progress() {
  clear();
}

void Progress::update(std::string_view what, std::size_t done, std::size_t total) {
  if (!active_) return;
  std::string line = progress_line(what, done, total);
  if (line == shown_) return;
  write_all(fd_, "\r" + line + "\x1b[K");
  shown_ = std::move(line);
}

void Progress::clear() {
  if (!active_ || shown_.empty()) return;
  write_all(fd_, "\r\x1b[K");
  shown_.clear();
}

}  // namespace stakegraph::cli
