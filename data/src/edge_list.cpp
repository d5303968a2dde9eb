// Edge-list reader: one pass over the file in memory. A line's separators
// and its end are found together, eight bytes at a time (comment, blank and
// space-separated lines take a memchr-and-byte-loop path); weights are read
// with std::from_chars; ids are interned as string_views into the buffer in
// an open-addressing hash table (linear probing, a multiply-xorshift hash of
// 8-byte words, ids of up to 16 bytes compared inside the slot, slots
// prefetched a batch ahead), numbered in order of first appearance, and edges
// are stored once as flat (u, v, w) records. At the end the ids are put in
// byte order (a radix sort on an 8-byte big-endian prefix, then equal
// prefixes by name) and the edges renumbered in place, so that vertex numbers
// and everything computed from them do not depend on the order of the lines.
// Measured with `stakegraph_bench parse` on a 12.4 MB, 900k-edge file: about
// 95-110 ms of CPU time per parse (420 M instructions) on the shared
// development machine; 200 MB/s would need about 60 ms.
#include "stakegraph/data/edge_list.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <tuple>
#include <utility>

#include "stakegraph/data/error.hpp"
#include "stakegraph/data/files.hpp"
#include "stakegraph/graph/text.hpp"

namespace stakegraph::data {

namespace {

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if ((a[i] | 0x20) != (b[i] | 0x20)) return false;
  return true;
}

bool ends_with_ci(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && iequals(s.substr(s.size() - suffix.size()), suffix);
}

std::uint64_t mix(std::uint64_t x) {  // the splitmix64 finaliser
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

std::uint64_t hash_bytes(std::string_view s) {
  std::uint64_t h = 0x9e3779b97f4a7c15ULL * (s.size() + 1);
  const char* p = s.data();
  std::size_t left = s.size();
  for (; left >= 8; left -= 8, p += 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * 0x9fb21c651e98df25ULL;
    h ^= h >> 29;
  }
  std::uint64_t w = 0;
  std::memcpy(&w, p, left);
  return mix(h ^ w);
}

// The first 8 bytes of s as a big-endian number (zero-padded): comparing
// prefixes as numbers orders like comparing the bytes.
std::uint64_t prefix_key(std::string_view s) {
  std::uint64_t k = 0;
  const std::size_t len = std::min<std::size_t>(8, s.size());
  for (std::size_t i = 0; i < len; ++i)
    k |= static_cast<std::uint64_t>(static_cast<unsigned char>(s[i])) << (56 - 8 * i);
  return k;
}

// The low n bytes (n < 8) of a word set, the others clear.
std::uint64_t low_bytes(std::size_t n) {
  return n == 0 ? 0 : ~std::uint64_t{0} >> (64 - 8 * n);
}

// An id's first 16 bytes (zero-padded) and length: compared in the table
// slot itself, so a lookup of an id of up to 16 bytes touches one cache line.
struct Key {
  std::uint64_t k0 = 0, k1 = 0;
  std::uint32_t len = 0;
  std::uint64_t hash = 0;
  std::string_view text;

  // `readable`: bytes that may be read from s.data() on (>= s.size()). With
  // 16 of them, two fixed-size loads and a mask replace the variable-length
  // copies (a libc call each).
  Key(std::string_view s, std::size_t readable)
      : len(static_cast<std::uint32_t>(s.size())), text(s) {
    if (std::endian::native == std::endian::little && readable >= 16) {
      std::memcpy(&k0, s.data(), 8);
      std::memcpy(&k1, s.data() + 8, 8);
      if (s.size() < 8) {
        k0 &= low_bytes(s.size());
        k1 = 0;
      } else if (s.size() < 16) {
        k1 &= low_bytes(s.size() - 8);
      }
    } else {
      std::memcpy(&k0, s.data(), std::min<std::size_t>(8, s.size()));
      if (s.size() > 8) std::memcpy(&k1, s.data() + 8, std::min<std::size_t>(8, s.size() - 8));
    }
    hash = s.size() <= 16 ? mix((k0 * 0x9fb21c651e98df25ULL) ^ k1 ^ (std::uint64_t{len} << 56))
                          : hash_bytes(s);
  }
};

// Open-addressing interning table (linear probing, load <= 1/2): id ->
// number in order of first appearance. prefetch() lets the reader request
// the slot of a key a few lines ahead, hiding the memory latency of the
// random accesses that dominate reading large files.
class IdTable {
 public:
  IdTable() { rehash(1024); }

  void prefetch(const Key& key) const { __builtin_prefetch(&slots_[key.hash & mask_]); }

  std::uint32_t intern(const Key& key) {
    for (std::size_t i = key.hash & mask_;; i = (i + 1) & mask_) {
      Slot& slot = slots_[i];
      if (slot.id == kEmpty) {
        if (2 * (names_.size() + 1) > slots_.size()) {
          rehash(2 * slots_.size());
          return intern(key);
        }
        slot = {key.k0, key.k1, key.len, static_cast<std::uint32_t>(names_.size())};
        names_.push_back(key.text);
        return slot.id;
      }
      if (slot.k0 == key.k0 && slot.k1 == key.k1 && slot.len == key.len &&
          (key.len <= 16 || names_[slot.id] == key.text))
        return slot.id;
    }
  }

  const std::vector<std::string_view>& names() const { return names_; }

 private:
  static constexpr std::uint32_t kEmpty = 0xffffffffu;
  struct Slot {
    std::uint64_t k0 = 0, k1 = 0;
    std::uint32_t len = 0;
    std::uint32_t id = kEmpty;
  };

  void rehash(std::size_t capacity) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(capacity, Slot{});
    mask_ = capacity - 1;
    for (const Slot& s : old) {
      if (s.id == kEmpty) continue;
      std::size_t i = Key(names_[s.id], names_[s.id].size()).hash & mask_;
      while (slots_[i].id != kEmpty) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::vector<std::string_view> names_;
};

struct Field {
  std::string_view text;
  std::size_t column;  // 1-based byte column
};

// Splits `line` into at most `limit` fields (the rest is counted in
// `total`); sep 0 = runs of spaces and tabs.
std::size_t split(std::string_view line, char sep, Field* out, std::size_t limit) {
  std::size_t count = 0;
  if (sep != 0) {
    // A byte loop: lines are short, a memchr call per field costs more.
    std::size_t pos = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (line[i] != sep) continue;
      if (count < limit) out[count] = {line.substr(pos, i - pos), pos + 1};
      ++count;
      pos = i + 1;
    }
    if (count < limit) out[count] = {line.substr(pos), pos + 1};
    return count + 1;
  }
  std::size_t pos = 0;
  while (pos < line.size()) {
    while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t')) ++pos;
    if (pos == line.size()) break;
    std::size_t end = pos;
    while (end < line.size() && line[end] != ' ' && line[end] != '\t') ++end;
    if (count < limit) out[count] = {line.substr(pos, end - pos), pos + 1};
    ++count;
    pos = end;
  }
  return count;
}

// An id's first 8 bytes as a big-endian number (prefix_key) and its number.
struct NameOrder {
  std::uint64_t prefix;
  std::uint32_t id;
};

// Sorts `keys` into byte order of their names: an LSD radix sort on the
// prefixes (8-bit digits; a digit that every key shares is skipped), then
// each run of equal prefixes by the full names. Names are distinct, so the
// order is total. O(n) plus the runs' comparison sorts; on 100,000 ids it
// took about half the instructions of one std::sort with a prefix-first
// comparison (callgrind: 30 M against 58 M).
void sort_by_name(std::vector<NameOrder>& keys, const std::vector<std::string_view>& names) {
  std::vector<NameOrder> spare(keys.size());
  for (int shift = 0; shift < 64; shift += 8) {
    std::array<std::size_t, 256> count{};
    for (const NameOrder& k : keys) ++count[(k.prefix >> shift) & 0xff];
    if (std::find(count.begin(), count.end(), keys.size()) != count.end()) continue;
    std::size_t sum = 0;
    for (std::size_t& c : count) sum += std::exchange(c, sum);
    for (const NameOrder& k : keys) spare[count[(k.prefix >> shift) & 0xff]++] = k;
    keys.swap(spare);
  }
  for (std::size_t i = 0; i < keys.size();) {
    std::size_t j = i + 1;
    while (j < keys.size() && keys[j].prefix == keys[i].prefix) ++j;
    if (j - i > 1)
      std::sort(keys.begin() + static_cast<std::ptrdiff_t>(i),
                keys.begin() + static_cast<std::ptrdiff_t>(j),
                [&](const NameOrder& a, const NameOrder& b) { return names[a.id] < names[b.id]; });
    i = j;
  }
}

constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kLow7 = 0x7f7f7f7f7f7f7f7fULL;

// 0x80 in each byte of w that equals the byte repeated in `pattern`, 0
// elsewhere (exact: no borrow from neighbouring bytes).
std::uint64_t bytes_equal(std::uint64_t w, std::uint64_t pattern) {
  const std::uint64_t x = w ^ pattern;
  return ~(((x & kLow7) + kLow7) | x | kLow7);
}

constexpr bool kLittle = std::endian::native == std::endian::little;

// The number of '\n' bytes in s, eight bytes at a time.
std::size_t count_newlines(std::string_view s) {
  std::size_t n = 0, i = 0;
  if constexpr (kLittle) {
    for (; i + 8 <= s.size(); i += 8) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      // One bit per matching byte, summed into the top byte (no popcnt
      // instruction in the baseline x86-64 target: std::popcount is a call).
      n += static_cast<std::size_t>(((bytes_equal(w, kOnes * '\n') >> 7) * kOnes) >> 56);
    }
  }
  for (; i < s.size(); ++i) n += s[i] == '\n';
  return n;
}

// The position of the first byte in text[from, text.size()) that is `sep` or
// '\n', else text.size(); eight bytes at a time.
std::size_t next_sep_or_newline(std::string_view text, std::size_t from, char sep) {
  std::size_t i = from;
  if constexpr (kLittle) {
    const std::uint64_t sep8 = kOnes * static_cast<unsigned char>(sep), nl8 = kOnes * '\n';
    for (; i + 8 <= text.size(); i += 8) {
      std::uint64_t w;
      std::memcpy(&w, text.data() + i, 8);
      const std::uint64_t hit = bytes_equal(w, sep8) | bytes_equal(w, nl8);
      if (hit != 0) return i + static_cast<std::size_t>(std::countr_zero(hit)) / 8;
    }
  }
  for (; i < text.size(); ++i)
    if (text[i] == sep || text[i] == '\n') return i;
  return text.size();
}

// split() of the line starting at `pos` (sep != 0), found while splitting:
// sets `line` (without '\n' and a '\r' before it) and moves `pos` past the
// line's end. Returns the number of fields.
std::size_t split_line(std::string_view text, std::size_t& pos, char sep, Field* out,
                       std::size_t limit, std::string_view& line) {
  const std::size_t start = pos;
  std::size_t count = 0, field = start;
  for (;;) {
    const std::size_t at = next_sep_or_newline(text, field, sep);
    if (at < text.size() && text[at] == sep) {
      if (count < limit) out[count] = {text.substr(field, at - field), field - start + 1};
      ++count;
      field = at + 1;
      continue;
    }
    std::size_t end = at;  // '\n' or the end of the text
    if (end > start && text[end - 1] == '\r') --end;
    if (end < field) end = field;  // "a\t\r\n": the '\r' was after the last sep
    if (count < limit) out[count] = {text.substr(field, end - field), field - start + 1};
    line = text.substr(start, end - start);
    pos = at + 1;
    return count + 1;
  }
}

bool blank(std::string_view line) {
  for (char c : line)
    if (c != ' ' && c != '\t') return false;
  return true;
}

}  // namespace

bool is_edge_list_path(std::string_view path) {
  return ends_with_ci(path, ".tsv") || ends_with_ci(path, ".csv") || ends_with_ci(path, ".txt");
}

EdgeList parse_edge_list(std::string_view text, const std::string& file) {
  EdgeList out;
  // Whole-buffer checks first (one memchr, one linear pass): a NUL byte or
  // invalid UTF-8 anywhere, even in a comment, rejects the file.
  if (const void* nul = std::memchr(text.data(), '\0', text.size())) {
    const auto at = static_cast<std::size_t>(static_cast<const char*>(nul) - text.data());
    throw ParseError("NUL byte at byte offset " + std::to_string(at), location_of(file, text, at));
  }
  if (auto bad = graph::first_invalid_utf8(text))
    throw ParseError("invalid UTF-8 at byte offset " + std::to_string(*bad),
                     location_of(file, text, *bad));
  const bool csv = ends_with_ci(file, ".csv");
  char sep = csv ? ',' : '\t';
  bool sep_known = csv;
  std::size_t columns = 0;
  IdTable table;
  out.edges.reserve(count_newlines(text) + 1);
  Field fields[4];
  // Lines are parsed and checked in batches; the ids of a batch are then
  // interned in line order (so numbering by first appearance is unchanged),
  // their table slots having been prefetched while the batch was parsed.
  struct Pending {
    Key u, v;
    double w;
  };
  constexpr std::size_t kBatch = 128;
  std::vector<Pending> batch;
  batch.reserve(kBatch);
  auto flush = [&] {
    for (const Pending& p : batch) {
      const std::uint32_t u = table.intern(p.u), v = table.intern(p.v);
      if (u == v) {
        ++out.self_loops;
      } else {
        out.edges.push_back({u, v, p.w});
      }
    }
    batch.clear();
  };
  std::size_t line_no = 0, pos = 0;
  auto fail = [&](const std::string& what, std::size_t col) -> void {
    throw ParseError(what, Location{file, line_no, col});
  };
  while (pos < text.size()) {
    ++line_no;
    std::string_view line;
    std::size_t count = 0;
    const char first = text[pos];
    if (sep_known && sep != 0 && first != '#' && first != ' ' && first != '\t' && first != '\r' &&
        first != '\n') {
      // The common line: fields and line end found in one pass.
      count = split_line(text, pos, sep, fields, 4, line);
    } else {
      const void* nl = std::memchr(text.data() + pos, '\n', text.size() - pos);
      const std::size_t end =
          nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) : text.size();
      line = text.substr(pos, end - pos);
      pos = end + 1;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line[0] == '#') continue;
      if ((line[0] == ' ' || line[0] == '\t') && blank(line)) continue;
      if (!sep_known) {
        sep = std::memchr(line.data(), '\t', line.size()) != nullptr ? '\t' : 0;
        sep_known = true;
      }
      count = split(line, sep, fields, 4);
    }
    if (columns == 0) {
      if (count < 2 || count > 3)
        fail("expected 2 or 3 columns (source, target, optional weight), found " +
                 std::to_string(count),
             1);
      columns = count;
      if (iequals(fields[0].text, "source") && iequals(fields[1].text, "target") &&
          (columns == 2 || iequals(fields[2].text, "weight")))
        continue;  // the documented header line
    } else if (count != columns) {
      fail("expected " + std::to_string(columns) + " columns like the first line, found " +
               std::to_string(count),
           count > columns ? fields[columns].column : line.size() + 1);
    }
    for (std::size_t i = 0; i < 2; ++i) {
      if (fields[i].text.empty())
        fail(i == 0 ? "empty source id" : "empty target id", fields[i].column);
      if (csv && fields[i].text.front() == '"')
        fail("quoted CSV fields are not supported", fields[i].column);
    }
    double w = 1.0;
    if (columns == 3) {
      const std::string_view f = fields[2].text;
      const auto res = std::from_chars(f.data(), f.data() + f.size(), w);
      if (f.empty() || res.ec != std::errc() || res.ptr != f.data() + f.size()) {
        const std::string_view shown = f.substr(0, 40);
        fail("weight '" + std::string(shown) + "' is not a number", fields[2].column);
      }
      if (std::isnan(w)) fail("weight is NaN", fields[2].column);
      if (std::isinf(w)) fail("weight is infinite", fields[2].column);
      if (w < 0.0) fail("weight is negative", fields[2].column);
    }
    const char* const text_end = text.data() + text.size();
    batch.push_back(
        {Key(fields[0].text, static_cast<std::size_t>(text_end - fields[0].text.data())),
         Key(fields[1].text, static_cast<std::size_t>(text_end - fields[1].text.data())), w});
    table.prefetch(batch.back().u);
    table.prefetch(batch.back().v);
    if (batch.size() == kBatch) flush();
  }
  flush();
  out.lines = line_no;
  if (out.edges.empty()) {
    // Located at the end of the input: where an edge was expected last.
    line_no = std::max<std::size_t>(line_no, 1);
    fail(out.self_loops > 0 ? "the edge list has only self-loops" : "the edge list has no edges",
         1);
  }
  // Renumber ids in byte order.
  const std::vector<std::string_view>& names = table.names();
  std::vector<NameOrder> keys(names.size());
  for (std::uint32_t i = 0; i < keys.size(); ++i) keys[i] = {prefix_key(names[i]), i};
  sort_by_name(keys, names);
  std::vector<std::uint32_t> rank(names.size());
  out.ids.reserve(names.size());
  for (std::uint32_t i = 0; i < keys.size(); ++i) {
    rank[keys[i].id] = i;
    out.ids.emplace_back(names[keys[i].id]);
  }
  for (auto& e : out.edges) {
    e.u = rank[e.u];
    e.v = rank[e.v];
  }
  return out;
}

EdgeList load_edge_list(const std::string& path) {
  const std::string text = read_file(path);
  return parse_edge_list(text, path);
}

std::vector<graph::WeightedEdge> merged_edges(const EdgeList& list) {
  // Sorted first so that the sums do not depend on the order of the lines.
  std::vector<graph::WeightedEdge> sorted = list.edges;
  for (auto& e : sorted)
    if (e.v < e.u) std::swap(e.u, e.v);
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
    return std::tie(a.u, a.v, a.w) < std::tie(b.u, b.v, b.w);
  });
  std::size_t out = 0;
  for (std::size_t i = 0; i < sorted.size();) {
    graph::WeightedEdge m{sorted[i].u, sorted[i].v, 0.0};
    std::size_t j = i;
    for (; j < sorted.size() && sorted[j].u == m.u && sorted[j].v == m.v; ++j) m.w += sorted[j].w;
    sorted[out++] = m;
    i = j;
  }
  sorted.resize(out);
  return sorted;
}

graph::StakeholderGraph to_graph(const EdgeList& list) {
  graph::StakeholderGraph g;
  for (const auto& id : list.ids) {
    graph::Node n;
    n.id = id;
    n.type = graph::NodeType::organisation;
    n.name = id;
    n.label = id;
    n.aliases.push_back(id);
    g.insert_node(std::move(n));
  }
  // co_mentioned endpoints are stored in sorted id order, and ids are sorted,
  // so the merged edges arrive in the model's key order.
  for (const auto& m : merged_edges(list)) {
    graph::Edge e;
    e.source = list.ids[m.u];
    e.target = list.ids[m.v];
    e.type = graph::RelationType::co_mentioned;
    e.weight = m.w;
    g.insert_edge(std::move(e));
  }
  return g;
}

}  // namespace stakegraph::data
