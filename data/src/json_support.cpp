// Strict JSON input: see json_support.hpp. The pre-scan is a single linear
// pass that only tracks strings, nesting and object keys; grammar errors are
// left to nlohmann, whose byte offset we turn into line and column.
#include "json_support.hpp"

#include <cstring>
#include <set>
#include <vector>

#include "stakegraph/graph/text.hpp"

namespace stakegraph::data::detail {

namespace {

bool is_ws(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Depth and duplicate keys, in one pass over valid UTF-8 without NUL bytes.
void prescan(std::string_view text, const std::string& file, int max_depth) {
  struct Level {
    bool object = false;
    bool expect_key = false;
    std::set<std::string, std::less<>> keys;
  };
  std::vector<Level> stack;
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    const char c = text[i];
    if (c == '"') {
      const std::size_t start = i++;
      while (i < n && text[i] != '"') i += (text[i] == '\\') ? 2 : 1;
      const std::size_t end = i < n ? i : n;
      ++i;
      if (!stack.empty() && stack.back().object && stack.back().expect_key) {
        stack.back().expect_key = false;
        std::string_view key = text.substr(start + 1, end - start - 1);
        if (!stack.back().keys.emplace(key).second)
          throw ParseError("duplicate key \"" + std::string(key) + "\"",
                           location_of(file, text, start));
      }
      continue;
    }
    if (c == '{' || c == '[') {
      if (static_cast<int>(stack.size()) >= max_depth)
        throw ParseError("nesting deeper than " + std::to_string(max_depth) + " levels",
                         location_of(file, text, i));
      Level level;
      level.object = (c == '{');
      level.expect_key = level.object;
      stack.push_back(std::move(level));
    } else if (c == '}' || c == ']') {
      if (!stack.empty()) stack.pop_back();
    } else if (c == ',') {
      if (!stack.empty() && stack.back().object) stack.back().expect_key = true;
    }
    ++i;
  }
}

std::size_t skip_ws(std::string_view t, std::size_t i) {
  while (i < t.size() && is_ws(t[i])) ++i;
  return i;
}

std::size_t skip_string(std::string_view t, std::size_t i) {
  ++i;
  while (i < t.size() && t[i] != '"') i += (t[i] == '\\') ? 2 : 1;
  return i + 1;
}

std::size_t skip_value(std::string_view t, std::size_t i) {
  i = skip_ws(t, i);
  if (i >= t.size()) return i;
  if (t[i] == '"') return skip_string(t, i);
  if (t[i] == '{' || t[i] == '[') {
    int depth = 0;
    while (i < t.size()) {
      const char c = t[i];
      if (c == '"') {
        i = skip_string(t, i);
        continue;
      }
      if (c == '{' || c == '[') ++depth;
      if (c == '}' || c == ']') {
        if (--depth == 0) return i + 1;
      }
      ++i;
    }
    return i;
  }
  while (i < t.size() && t[i] != ',' && t[i] != '}' && t[i] != ']' && !is_ws(t[i])) ++i;
  return i;
}

std::vector<std::string> split_pointer(const std::string& pointer) {
  std::vector<std::string> tokens;
  std::size_t i = 0;
  while (i < pointer.size()) {
    if (pointer[i] != '/') break;
    const std::size_t j = pointer.find('/', i + 1);
    std::string tok = pointer.substr(i + 1, (j == std::string::npos ? pointer.size() : j) - i - 1);
    std::string dec;
    for (std::size_t k = 0; k < tok.size(); ++k) {
      if (tok[k] == '~' && k + 1 < tok.size()) {
        dec += tok[k + 1] == '1' ? '/' : '~';
        ++k;
      } else {
        dec += tok[k];
      }
    }
    tokens.push_back(dec);
    if (j == std::string::npos) break;
    i = j;
  }
  return tokens;
}

// Offset of the value the pointer names, or of its nearest existing ancestor.
std::size_t locate(std::string_view t, const std::vector<std::string>& tokens) {
  std::size_t pos = skip_ws(t, 0);
  for (const auto& tok : tokens) {
    if (pos >= t.size()) return pos;
    if (t[pos] == '{') {
      std::size_t i = skip_ws(t, pos + 1);
      bool found = false;
      while (i < t.size() && t[i] == '"') {
        const std::size_t kend = skip_string(t, i);
        const std::string_view key = t.substr(i + 1, kend - i - 2);
        i = skip_ws(t, kend);
        if (i < t.size() && t[i] == ':') i = skip_ws(t, i + 1);
        if (key == tok) {
          pos = i;
          found = true;
          break;
        }
        i = skip_ws(t, skip_value(t, i));
        if (i < t.size() && t[i] == ',') i = skip_ws(t, i + 1);
      }
      if (!found) return pos;
    } else if (t[pos] == '[') {
      std::size_t want = 0;
      for (char c : tok) {
        if (c < '0' || c > '9') return pos;
        want = want * 10 + static_cast<std::size_t>(c - '0');
      }
      std::size_t i = skip_ws(t, pos + 1);
      std::size_t k = 0;
      bool found = false;
      while (i < t.size() && t[i] != ']') {
        if (k == want) {
          pos = i;
          found = true;
          break;
        }
        i = skip_ws(t, skip_value(t, i));
        if (i < t.size() && t[i] == ',') i = skip_ws(t, i + 1);
        ++k;
      }
      if (!found) return pos;
    } else {
      return pos;
    }
  }
  return pos;
}

}  // namespace

nlohmann::json parse_json_strict(std::string_view text, const std::string& file,
                                 const JsonLimits& limits) {
  if (text.size() > limits.max_bytes)
    throw ParseError("JSON input of " + std::to_string(text.size()) +
                         " bytes is larger than the limit of " + std::to_string(limits.max_bytes) +
                         " bytes",
                     {file});
  if (const void* nul = std::memchr(text.data(), '\0', text.size()))
    throw ParseError(
        "NUL byte in JSON input",
        location_of(file, text,
                    static_cast<std::size_t>(static_cast<const char*>(nul) - text.data())));
  if (auto bad = graph::first_invalid_utf8(text))
    throw ParseError("invalid UTF-8 at byte offset " + std::to_string(*bad),
                     location_of(file, text, *bad));
  std::size_t start = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") start = 3;
  const std::string_view body = text.substr(start);
  // (White space alone: its alias key, once also tested here, is then
  // empty anyway, and computing it read the whole input.)
  if (body.find_first_not_of(" \t\r\n") == std::string_view::npos)
    throw ParseError("empty JSON input", location_of(file, text, 0));
  prescan(body, file, limits.max_depth);
  try {
    // No parser callback: the pre-scan already refused anything deeper than
    // max_depth, and with a callback nlohmann 3.11 walks the enclosing object
    // or array after every value that closes (looking for discarded ones),
    // quadratic in its size: 45% of the instructions of loading a 5,000-node
    // graph.
    return nlohmann::json::parse(body.begin(), body.end());
  } catch (const nlohmann::json::parse_error& e) {
    std::string what = e.what();
    // "[json.exception.parse_error.101] parse error at line 1, column 9: syntax error ..."
    if (auto p = what.find(": "); p != std::string::npos) what = what.substr(p + 2);
    const std::size_t byte = e.byte > 0 ? e.byte - 1 : 0;
    throw ParseError("invalid JSON: " + what, location_of(file, text, start + byte));
  } catch (const nlohmann::json::exception& e) {
    // out_of_range.406 "number overflow parsing '1e400'" carries no offset:
    // locate the quoted token in the text.
    std::string what = e.what();
    if (auto p = what.find("] "); p != std::string::npos) what = what.substr(p + 2);
    std::size_t at = std::string::npos;
    if (auto q1 = what.find('\''); q1 != std::string::npos) {
      if (auto q2 = what.find('\'', q1 + 1); q2 != std::string::npos && q2 > q1 + 1)
        at = body.find(what.substr(q1 + 1, q2 - q1 - 1));
    }
    throw ParseError("invalid JSON: " + what,
                     location_of(file, text, start + (at == std::string::npos ? 0 : at)));
  }
}

Location pointer_location(std::string_view text, const std::string& file,
                          const std::string& pointer) {
  std::size_t start = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  const std::size_t off = locate(text.substr(start), split_pointer(pointer));
  return location_of(file, text, start + off);
}

void schema_error(std::string_view text, const std::string& file, const std::string& pointer,
                  const std::string& what) {
  throw ParseError((pointer.empty() ? std::string("/") : pointer) + ": " + what,
                   pointer_location(text, file, pointer));
}

}  // namespace stakegraph::data::detail
