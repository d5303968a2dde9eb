// Edge-list reader: one pass over the file in memory. The separator and
// newline bytes are found 64 at a time as a bit mask (SSE2 compares where
// available), and a plain line - the separator and column count known, no
// comment, no leading blank, valid fields - is read straight off those bits;
// every other line, malformed ones included, goes through a general path
// that splits it again and says what is wrong. Weights are read with
// std::from_chars; ids are interned as string_views into the buffer in an
// open-addressing hash table (linear probing, a multiply-xorshift hash of
// 8-byte words, ids of up to 16 bytes compared inside a 32-byte slot, slots
// prefetched a batch ahead, the table on transparent huge pages), numbered in
// order of first appearance, and edges are stored once as flat (u, v, w)
// records. At the end the ids are put in byte order (a radix sort on an
// 8-byte big-endian prefix, then equal prefixes by name) and the edges
// renumbered in place, so that vertex numbers and everything computed from
// them do not depend on the order of the lines.
// Measured with `stakegraph_bench parse` on a 12.4 MB, 900k-edge file with
// 100,000 ids (best of 9, interleaved, on the shared development machine):
// 84-98 ms of CPU before the huge pages, 32-byte slots, plain-line path and
// stored id heads, 57-66 ms after (190-218 MB/s); the same file with 10,000
// ids takes about 40 ms, the rest is the memory latency of the id table.
#include "stakegraph/data/edge_list.hpp"

#include <sys/mman.h>

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <new>
#include <optional>
#include <tuple>
#include <utility>

#include "stakegraph/data/error.hpp"
#include "stakegraph/data/files.hpp"
#include "stakegraph/graph/text.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// A word read from memory (memcpy) as the big-endian number of its bytes:
// comparing these as numbers orders like comparing the bytes.
std::uint64_t big_endian(std::uint64_t word) {
  if constexpr (std::endian::native == std::endian::little) return __builtin_bswap64(word);
  return word;
}

// The low n bytes (n < 8) of a word set, the others clear.
constexpr std::uint64_t low_bytes(std::size_t n) {
  return n == 0 ? 0 : ~std::uint64_t{0} >> (64 - 8 * n);
}

// Masks that keep the first n (0..16) bytes of an id's two 8-byte words.
struct ByteMasks {
  std::array<std::uint64_t, 17> first{}, second{};
  constexpr ByteMasks() {
    for (std::size_t n = 0; n <= 16; ++n) {
      first[n] = n >= 8 ? ~std::uint64_t{0} : low_bytes(n);
      second[n] = n >= 16 ? ~std::uint64_t{0} : n <= 8 ? 0 : low_bytes(n - 8);
    }
  }
};
constexpr ByteMasks kByteMasks;

// An id's first 16 bytes (zero-padded) and length: compared in the table
// slot itself, so a lookup of an id of up to 16 bytes touches one cache line.
struct Key {
  std::uint64_t k0 = 0, k1 = 0, hash = 0;
  const char* data = nullptr;
  std::uint32_t len = 0;

  // `readable`: bytes that may be read from s.data() on (>= s.size()). With
  // 16 of them, two fixed-size loads and a mask replace the variable-length
  // copies (a libc call each).
  Key(std::string_view s, std::size_t readable)
      : data(s.data()), len(static_cast<std::uint32_t>(s.size())) {
    if (std::endian::native == std::endian::little && readable >= 16) {
      const std::size_t n = std::min<std::size_t>(s.size(), 16);
      std::memcpy(&k0, s.data(), 8);
      std::memcpy(&k1, s.data() + 8, 8);
      k0 &= kByteMasks.first[n];
      k1 &= kByteMasks.second[n];
    } else {
      std::memcpy(&k0, s.data(), std::min<std::size_t>(8, s.size()));
      if (s.size() > 8) std::memcpy(&k1, s.data() + 8, std::min<std::size_t>(8, s.size() - 8));
    }
    hash = s.size() <= 16 ? mix((k0 * 0x9fb21c651e98df25ULL) ^ k1 ^ (std::uint64_t{len} << 56))
                          : hash_bytes(s);
  }

  std::string_view text() const { return {data, len}; }
};

// Transparent huge pages (Linux): the id table is read at random, and on a
// virtual machine each TLB miss is a two-level page walk. Backing large
// arrays by 2 MB pages took a 900k-edge parse with 100,000 ids from 104 to
// 86 ms of CPU (best of 8, interleaved); elsewhere the advice is a no-op.
constexpr std::size_t kHugePage = std::size_t{2} << 20;

// Advises huge pages for the 2 MB-aligned part of [p, p + bytes); must come
// before the memory is first touched.
void advise_huge_pages([[maybe_unused]] void* p, [[maybe_unused]] std::size_t bytes) {
#if defined(MADV_HUGEPAGE)
  const auto begin = (reinterpret_cast<std::uintptr_t>(p) + kHugePage - 1) & ~(kHugePage - 1);
  const auto end = (reinterpret_cast<std::uintptr_t>(p) + bytes) & ~(kHugePage - 1);
  if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#endif
}

// Allocates arrays of 2 MB or more 2 MB-aligned and advised for huge pages.
template <class T>
struct HugePageAllocator {
  using value_type = T;
  HugePageAllocator() = default;
  template <class U>
  explicit HugePageAllocator(const HugePageAllocator<U>&) {}

  T* allocate(std::size_t n) {
    const std::size_t bytes = n * sizeof(T);
    if (bytes < kHugePage)
      return static_cast<T*>(::operator new (bytes, std::align_val_t{alignof(T)}));
    const std::size_t rounded = (bytes + kHugePage - 1) & ~(kHugePage - 1);
    void* p = std::aligned_alloc(kHugePage, rounded);
    if (p == nullptr) throw std::bad_alloc();
    advise_huge_pages(p, rounded);
    return static_cast<T*>(p);
  }
  void deallocate(T* p, std::size_t n) {
    if (n * sizeof(T) < kHugePage) {
      ::operator delete (p, std::align_val_t{alignof(T)});
    } else {
      std::free(p);
    }
  }
  bool operator==(const HugePageAllocator&) const { return true; }
};

// Open-addressing interning table (linear probing, load <= 1/2): id ->
// number in order of first appearance. prefetch() lets the reader request
// the slot of a key a few lines ahead, hiding the memory latency of the
// random accesses that dominate reading large files.
class IdTable {
 public:
  IdTable() { rehash(1024); }

  void prefetch(const Key& key) const { __builtin_prefetch(&slots_[key.hash & mask_]); }

  [[gnu::always_inline]] std::uint32_t intern(const Key& key) {
    for (std::size_t i = key.hash & mask_;; i = (i + 1) & mask_) {
      Slot& slot = slots_[i];
      if (slot.id == kEmpty) return insert(key, slot);
      if (slot.k0 == key.k0 && slot.k1 == key.k1 && slot.len == key.len &&
          (key.len <= 16 || names_[slot.id] == key.text()))
        return slot.id;
    }
  }

  const std::vector<std::string_view>& names() const { return names_; }
  // Each name's first 16 bytes (zero-padded) as the Key held them: the
  // renumbering reads these instead of the names scattered over the text.
  const std::vector<std::array<std::uint64_t, 2>>& heads() const { return heads_; }

 private:
  static constexpr std::uint32_t kEmpty = 0xffffffffu;

  // A new id into the empty `slot` its probe ended at (or, when the table is
  // half full, after growing it). Kept out of line: ids are few next to
  // lookups, and intern() stays small enough to inline.
  [[gnu::noinline]] std::uint32_t insert(const Key& key, auto& slot) {
    if (2 * (names_.size() + 1) > slots_.size()) {
      rehash(2 * slots_.size());
      return intern(key);
    }
    slot = {key.k0, key.k1, key.hash, key.len, static_cast<std::uint32_t>(names_.size())};
    names_.push_back(key.text());
    heads_.push_back({key.k0, key.k1});
    return slot.id;
  }
  // 32 bytes, so that a slot never straddles two cache lines (the prefetch
  // fetches one); the hash is kept for rehashing.
  struct alignas(32) Slot {
    std::uint64_t k0 = 0, k1 = 0, hash = 0;
    std::uint32_t len = 0;
    std::uint32_t id = kEmpty;
  };

  void rehash(std::size_t capacity) {
    auto old = std::move(slots_);
    slots_.assign(capacity, Slot{});
    mask_ = capacity - 1;
    for (const Slot& s : old) {
      if (s.id == kEmpty) continue;
      std::size_t i = s.hash & mask_;
      while (slots_[i].id != kEmpty) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }

  std::vector<Slot, HugePageAllocator<Slot>> slots_;
  std::size_t mask_ = 0;
  std::vector<std::string_view> names_;
  std::vector<std::array<std::uint64_t, 2>> heads_;
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

// An id's first 8 bytes as a big-endian number (big_endian) and its number.
struct NameOrder {
  std::uint64_t prefix;
  std::uint32_t id;
};

// Sorts `keys` into byte order of their names: an LSD radix sort on the
// prefixes (8-bit digits; a digit that every key shares is skipped), then
// each run of equal prefixes by the full names. Names are distinct, so the
// order is total. O(n) plus the runs' comparison sorts; on 100,000 ids it
// took about half the instructions of one std::sort with a prefix-first
// comparison (callgrind: 30 M against 58 M), and counting all eight digits
// in one pass saved another 5 M.
void sort_by_name(std::vector<NameOrder>& keys, const std::vector<std::string_view>& names) {
  // The eight digits' counts in one pass over the keys.
  std::vector<std::array<std::size_t, 256>> counts(8);
  for (const NameOrder& k : keys)
    for (std::size_t d = 0; d < 8; ++d) ++counts[d][(k.prefix >> (8 * d)) & 0xff];
  std::vector<NameOrder> spare(keys.size());
  for (std::size_t d = 0; d < 8; ++d) {
    std::array<std::size_t, 256>& count = counts[d];
    if (std::find(count.begin(), count.end(), keys.size()) != count.end()) continue;
    std::size_t sum = 0;
    for (std::size_t& c : count) sum += std::exchange(c, sum);
    for (const NameOrder& k : keys) spare[count[(k.prefix >> (8 * d)) & 0xff]++] = k;
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

// The number of '\n' bytes in s: 16 bytes at a time where SSE2 is available
// (all of x86-64), each byte's matches summed in a byte counter that is
// emptied every 255 blocks.
std::size_t count_newlines(std::string_view s) {
  std::size_t n = 0, i = 0;
#if defined(__SSE2__)
  const __m128i nl = _mm_set1_epi8('\n');
  while (i + 16 <= s.size()) {
    __m128i counts = _mm_setzero_si128();
    const std::size_t stop = std::min(s.size() - 15, i + 255 * 16);
    for (; i < stop; i += 16) {
      const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      counts = _mm_sub_epi8(counts, _mm_cmpeq_epi8(block, nl));  // a match is -1
    }
    const __m128i sums = _mm_sad_epu8(counts, _mm_setzero_si128());
    n += static_cast<std::size_t>(_mm_cvtsi128_si32(sums)) +
         static_cast<std::size_t>(_mm_extract_epi16(sums, 4));
  }
#endif
  for (; i < s.size(); ++i) n += s[i] == '\n';
  return n;
}

// The separator and newline bytes of a text, found 64 bytes at a time: the
// block holding the last position asked for is kept as a bit mask (bit i:
// byte i of the block is `sep` or '\n'), so finding the next one is a mask
// and a count of trailing zeros. Reading a file of short lines this way
// costs a few instructions a field instead of a word-by-word search from
// each field's start.
class LineScanner {
 public:
  LineScanner(std::string_view text, char sep) : text_(text), sep_(sep) {}

  // The first position >= from whose byte is `sep` or '\n', else text.size().
  [[gnu::always_inline]] std::size_t next(std::size_t from) {
    if ((from & ~kBlockMask) != base_) load(from & ~kBlockMask);
    std::uint64_t bits = mask_ & (~std::uint64_t{0} << (from & kBlockMask));
    while (bits == 0) {
      if (base_ + kBlock >= text_.size()) return text_.size();
      load(base_ + kBlock);
      bits = mask_;
    }
    return base_ + static_cast<std::size_t>(std::countr_zero(bits));
  }

 private:
  static constexpr std::size_t kBlock = 64, kBlockMask = kBlock - 1;

  [[gnu::noinline]] void load(std::size_t base) {
    base_ = base;
    if (base + kBlock <= text_.size()) {
      mask_ = block_mask(text_.data() + base);
    } else {  // the last, partial block: zero bytes are neither sep nor '\n'
      char padded[kBlock] = {};
      std::memcpy(padded, text_.data() + base, text_.size() - base);
      mask_ = block_mask(padded);
    }
  }

  std::uint64_t block_mask(const char* p) const {
    std::uint64_t m = 0;
#if defined(__SSE2__)
    const __m128i sep = _mm_set1_epi8(sep_), nl = _mm_set1_epi8('\n');
    for (std::size_t k = 0; k < kBlock / 16; ++k) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
      const int hits =
          _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, sep), _mm_cmpeq_epi8(v, nl)));
      m |= static_cast<std::uint64_t>(static_cast<unsigned>(hits)) << (16 * k);
    }
#else
    for (std::size_t k = 0; k < kBlock; ++k)
      if (p[k] == sep_ || p[k] == '\n') m |= std::uint64_t{1} << k;
#endif
    return m;
  }

  std::string_view text_;
  char sep_;
  std::size_t base_ = ~std::size_t{0};  // no block loaded
  std::uint64_t mask_ = 0;
};

// What is wrong with a weight field, if anything.
enum class WeightProblem { none, not_a_number, nan, infinite, negative };

// Reads a weight field into `w`: a finite non-negative number and nothing
// else. Both the plain-line path and the general path (which reports the
// problem) ask this.
WeightProblem read_weight(std::string_view f, double& w) {
  const auto res = std::from_chars(f.data(), f.data() + f.size(), w);
  if (f.empty() || res.ec != std::errc() || res.ptr != f.data() + f.size())
    return WeightProblem::not_a_number;
  if (std::isnan(w)) return WeightProblem::nan;
  if (std::isinf(w)) return WeightProblem::infinite;
  if (w < 0.0) return WeightProblem::negative;
  return WeightProblem::none;
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
  advise_huge_pages(out.edges.data(), out.edges.capacity() * sizeof(graph::WeightedEdge));
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
  const char* const text_end = text.data() + text.size();
  auto add = [&](std::string_view u, std::string_view v, double w) {
    batch.push_back({Key(u, static_cast<std::size_t>(text_end - u.data())),
                     Key(v, static_cast<std::size_t>(text_end - v.data())), w});
    table.prefetch(batch.back().u);
    table.prefetch(batch.back().v);
    if (batch.size() == kBatch) flush();
  };
  // Once the separator (a tab or a comma) and the column count are known, a
  // plain line (not a comment, not starting with a blank, the right number
  // of non-empty fields, a valid weight) is read straight off the scanner's
  // separator bits. Anything else, malformed lines included, is left to the
  // general path below, which reads it again and reports what is wrong.
  std::optional<LineScanner> scanner;
  auto plain_line = [&]() -> bool {
    const std::size_t n = text.size();
    const char first = text[pos];
    if (first == '#' || first == ' ' || first == '\t' || first == '\r' || first == '\n' ||
        (csv && first == '"'))
      return false;
    const std::size_t t1 = scanner->next(pos);
    if (t1 == n || text[t1] != sep || t1 == pos) return false;
    const std::size_t b = t1 + 1;
    const std::size_t t2 = scanner->next(b);
    std::size_t v_end = t2, next = t2 + 1;
    double w = 1.0;
    if (columns == 2) {
      if (t2 < n && text[t2] == sep) return false;
      if (v_end > b && text[v_end - 1] == '\r') --v_end;
    } else {
      if (t2 == n || text[t2] != sep) return false;
      const std::size_t c = t2 + 1;
      const std::size_t t3 = scanner->next(c);
      if (t3 < n && text[t3] == sep) return false;
      std::size_t w_end = t3;
      if (w_end > c && text[w_end - 1] == '\r') --w_end;
      if (read_weight(text.substr(c, w_end - c), w) != WeightProblem::none) return false;
      next = t3 + 1;
    }
    if (v_end == b || (csv && text[b] == '"')) return false;
    add(text.substr(pos, t1 - pos), text.substr(b, v_end - b), w);
    pos = next;
    return true;
  };
  while (pos < text.size()) {
    ++line_no;
    if (scanner && plain_line()) continue;
    const void* nl = std::memchr(text.data() + pos, '\n', text.size() - pos);
    const std::size_t end =
        nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) : text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    if ((line[0] == ' ' || line[0] == '\t') && blank(line)) continue;
    if (!sep_known) {
      sep = std::memchr(line.data(), '\t', line.size()) != nullptr ? '\t' : 0;
      sep_known = true;
    }
    const std::size_t count = split(line, sep, fields, 4);
    if (columns == 0) {
      if (count < 2 || count > 3)
        fail("expected 2 or 3 columns (source, target, optional weight), found " +
                 std::to_string(count),
             1);
      columns = count;
      if (sep != 0) scanner.emplace(text, sep);
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
      const std::size_t col = fields[2].column;
      switch (read_weight(fields[2].text, w)) {
        case WeightProblem::none: break;
        case WeightProblem::not_a_number:
          fail("weight '" + std::string(fields[2].text.substr(0, 40)) + "' is not a number", col);
          break;
        case WeightProblem::nan: fail("weight is NaN", col); break;
        case WeightProblem::infinite: fail("weight is infinite", col); break;
        case WeightProblem::negative: fail("weight is negative", col); break;
      }
    }
    add(fields[0].text, fields[1].text, w);
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
  const std::vector<std::array<std::uint64_t, 2>>& heads = table.heads();
  std::vector<NameOrder> keys(names.size());
  for (std::uint32_t i = 0; i < keys.size(); ++i) keys[i] = {big_endian(heads[i][0]), i};
  sort_by_name(keys, names);
  std::vector<std::uint32_t> rank(names.size());
  out.ids.reserve(names.size());
  for (std::uint32_t i = 0; i < keys.size(); ++i) {
    const std::uint32_t id = keys[i].id;
    rank[id] = i;
    if (names[id].size() <= 16) {
      char head[16];
      std::memcpy(head, heads[id].data(), 16);
      out.ids.emplace_back(head, names[id].size());
    } else {
      out.ids.emplace_back(names[id]);
    }
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
