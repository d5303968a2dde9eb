// Internal: a one-line progress bar on standard error for long runs
// (documents of `extract`, stages of `report`). It draws only when standard
// error is a terminal and --quiet is off, so logs, pipes and test captures
// never see control characters; the line is cleared when the run ends, so
// the notices and the error line that follow start on a clean line.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace stakegraph::cli {

class Progress {
 public:
  // Draws on file descriptor `fd` when it is a terminal (isatty) and
  // `quiet` is false; otherwise every call is a no-op.
  explicit Progress(bool quiet, int fd = 2);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  bool active() const noexcept { return active_; }

  // Shows `[=====>    ] done/total what`. Redraws only when the text changes.
  void update(std::string_view what, std::size_t done, std::size_t total);

  // Erases the bar (idempotent; also done by the destructor).
  void clear();

 private:
  bool active_;
  int fd_;
  std::string shown_;
};

// The bar line for `done` of `total` (total 0 counts as 1), without control
// characters; `width` is the number of cells between the brackets.
std::string progress_line(std::string_view what, std::size_t done, std::size_t total,
                          std::size_t width = 24);

}  // namespace stakegraph::cli
