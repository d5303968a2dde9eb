// Error and Location: the one exception root and its formatting.
#include "stakegraph/graph/error.hpp"

#include <utility>

namespace stakegraph {

std::string Location::to_string() const {
  if (file.empty()) return {};
  std::string s = file;
  if (line > 0) {
    s += ':' + std::to_string(line);
    if (column > 0) s += ':' + std::to_string(column);
  }
  return s;
}

namespace {
std::string compose(const std::string& message, const Location& where) {
  const std::string loc = where.to_string();
  return loc.empty() ? message : loc + ": " + message;
}
}  // namespace

Error::Error(ErrorKind kind, std::string message, Location where)
    : std::runtime_error(compose(message, where)),
      kind_(kind),
      message_(std::move(message)),
      where_(std::move(where)) {}

int exit_code(ErrorKind kind) noexcept {
  switch (kind) {
    case ErrorKind::usage: return 64;
    case ErrorKind::data: return 65;
    case ErrorKind::missing: return 66;
    case ErrorKind::internal: return 70;
    case ErrorKind::cant_create: return 73;
    case ErrorKind::io: return 74;
  }
  return 70;
}

}  // namespace stakegraph
