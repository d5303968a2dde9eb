// Helpers for end-to-end tests: run the built stakegraph executable with
// arguments, capture exit code, stdout and stderr.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace e2e {

struct Result {
  int code = -1;
  std::string out;
  std::string err;
};

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::string quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += (c == '\'') ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// Runs STAKEGRAPH_EXE with `args` through /bin/sh; `prefix` may set the
// environment or redirect stdin (e.g. "LC_ALL=C" or "< file").
inline Result run(const std::vector<std::string>& args, const std::string& prefix = "",
                  const std::string& suffix = "") {
  static int counter = 0;
  const auto dir = std::filesystem::temp_directory_path();
  const std::string tag = std::to_string(::getpid()) + "-" + std::to_string(counter++);
  const auto out = dir / ("sg-out-" + tag), err = dir / ("sg-err-" + tag);
  std::string cmd = prefix + " " + quote(STAKEGRAPH_EXE);
  for (const auto& a : args) cmd += " " + quote(a);
  cmd += " " + suffix + " >" + quote(out.string()) + " 2>" + quote(err.string());
  const int status = std::system(cmd.c_str());
  Result r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = slurp(out);
  r.err = slurp(err);
  std::filesystem::remove(out);
  std::filesystem::remove(err);
  return r;
}

}  // namespace e2e
