// The extractor (extract.hpp). Each document is tokenised sentence by
// sentence; a lexicon matcher (longest match over token keys) and hand-written
// token patterns (no regular-expression library, see RELIABILITY-NOTES) find entity mentions;
// trigger words over the same tokens give the explicit relations. Documents
// are processed independently into a DocResult and merged in input order.
//
// The patterns follow the conventions of UN conference summaries, press
// releases and bulletins: "Long Name (ACR)" acronym definitions (Schwartz &
// Hearst 2003 use the same parenthesis anchor), head-word phrases for named
// bodies ("X Office", "Committee on X of the Y"), honorific- and title-led
// person names with appositions, and verb triggers for relations. Nothing
// about one document is encoded here: names live in the lexicons.
#include "stakegraph/data/extract.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <bitset>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <exception>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <thread>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "stakegraph/graph/text.hpp"

namespace stakegraph::data {

namespace {

using graph::NodeType;
using graph::RelationType;

// ------------------------------------------------------------------ tokens

// The hash of a token key (64-bit FNV-1a over the bytes, never 0, which marks
// a punctuation token). Every word token carries it, and the words the
// patterns test for are hashed at compile time (Word), so that most of the
// many comparisons per token are one integer comparison; a hash match is
// confirmed on the bytes, so a collision can never make a false match.
constexpr std::uint64_t kFnvOffset = 0xCBF29CE484222325ull;
constexpr std::uint64_t kFnvPrime = 0x100000001B3ull;
constexpr std::uint64_t key_hash(std::string_view k) noexcept {
  std::uint64_t h = kFnvOffset;
  for (const char c : k) h = (h ^ static_cast<unsigned char>(c)) * kFnvPrime;
  return h | 1;
}

// A token's alias key and its key_hash. Comparing it with a string literal
// compares lengths first (the literal's length is its array bound) and never
// calls strlen (std::string == const char* does), which matters because the
// patterns compare every token with many literals.
struct Key : std::string {
  std::uint64_t h = 0;  // key_hash(*this) for a word token, 0 for punctuation
  template <std::size_t N>
  friend bool operator==(const Key& a, const char (&b)[N]) noexcept {
    return a.size() == N - 1 && std::memcmp(a.data(), b, N - 1) == 0;
  }
};

// A word a pattern tests for, with its key_hash: computed at compile time
// for a string literal, at run time for any other string.
struct Word {
  std::string_view s;
  std::uint64_t h;
  template <std::size_t N>
  consteval Word(const char (&lit)[N]) : s(lit, N - 1), h(key_hash(s)) {}  // NOLINT
  Word(std::string_view w) : s(w), h(key_hash(w)) {}                       // NOLINT
  Word(const std::string& w) : Word(std::string_view(w)) {}                // NOLINT
};

// The two bits (of 512) that a hash sets in one of SentenceWords' Bloom
// filters, from the high bits of a multiplicative mix (the low bits of an
// FNV hash mix the key's bytes poorly). WordSet keeps them for its words.
struct BloomBits {
  std::uint16_t p, q;
  static constexpr BloomBits of(std::uint64_t h) noexcept {
    h *= 0x9E3779B97F4A7C15ull;
    return {static_cast<std::uint16_t>(h >> 55), static_cast<std::uint16_t>((h >> 46) & 511u)};
  }
};

// A set of token keys looked up by their hash (open addressing, a power of
// two of slots, at most a quarter full: most probes are misses, and a miss
// ends at the first empty slot). Contents are fixed at construction.
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words)
      : WordSet(words, std::array<std::string_view, 0>{}) {}
  // The words of a list shared with other sets (`more`) and some of its own.
  template <std::size_t N>
  WordSet(std::initializer_list<std::string_view> words,
          const std::array<std::string_view, N>& more) {
    std::size_t cap = 8;
    while (cap < 4 * (words.size() + N)) cap *= 2;
    slots_.assign(cap, 0);
    words_.resize(cap);
    mask_ = cap - 1;
    for (const auto w : words) insert(w);
    for (const auto w : more) insert(w);
  }
  [[gnu::always_inline]] bool count(const Key& k) const noexcept { return find(k.h, k); }
  bool count(std::string_view k) const noexcept { return find(key_hash(k), k); }
  // The BloomBits of each word's key_hash (SentenceWords::may_have).
  const std::vector<BloomBits>& bloom_bits() const noexcept { return bloom_; }

 private:
  void insert(std::string_view w) {
    const std::uint64_t h = key_hash(w);
    if (find(h, w)) return;
    std::size_t i = slot_of(h);
    while (slots_[i] != 0) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = h;
    words_[i] = std::string(w);
    bloom_.push_back(BloomBits::of(h));
  }
  // Inlined: the patterns probe a set for most tokens, and most probes end
  // at the first slot (empty, or another hash) without a string compare.
  [[gnu::always_inline]] bool find(std::uint64_t h, std::string_view w) const noexcept {
    if (h == 0) return false;
    for (std::size_t i = slot_of(h); slots_[i] != 0; i = (i + 1) & mask_)
      if (slots_[i] == h && words_[i] == w) return true;
    return false;
  }
  // The first slot probed for hash h: its bits above the lowest (which
  // key_hash always sets: h & mask started every probe at an odd slot, so
  // the words crowded half the slots and a miss probed long runs).
  std::size_t slot_of(std::uint64_t h) const noexcept { return (h >> 1) & mask_; }
  std::size_t mask_ = 0;  // slots_.size() - 1, kept: a probe computed it from two pointers
  std::vector<std::uint64_t> slots_;
  std::vector<std::string> words_;
  std::vector<BloomBits> bloom_;
};

struct Tok {
  std::size_t s = 0, e = 0;
  Key key;  // alias_key of the text ("" for punctuation)
  bool word = false;
  bool cap = false;    // starts with an upper-case letter
  bool upper = false;  // at least two letters, all upper case
  bool digit = false;  // starts with a digit
  char punct = 0;  // ASCII punctuation or a class: q=open quote, Q=close quote, d=dash, t=trademark
};

// Which words a sentence may hold: Bloom filters (512 bits, two bits per
// entry) over its word tokens' key hashes and over their keys' first three
// and first five bytes (the longer prefix tells "opened" from "operation"),
// and the exact set of its punctuation classes. Most rules act only at a
// few trigger words, which most sentences lack; a rule skips its scan when
// no trigger may be there. The answers err only towards "may": a false
// "may" runs the scan as before, so output does not depend on the filter as
// long as a gate names every word (or, for starts(), every prefix) without
// which the scan does nothing.
class SentenceWords {
 public:
  void assign(const std::vector<Tok>& toks) {
    words_.fill(0);
    prefixes_.fill(0);
    puncts_.reset();
    for (const Tok& k : toks) {
      if (!k.word) {
        puncts_.set(static_cast<unsigned char>(k.punct) & 127u);
        continue;
      }
      set(words_, BloomBits::of(k.key.h));
      if (k.key.size() >= 3) set(prefixes_, BloomBits::of(prefix_hash<3>(k.key)));
      if (k.key.size() >= 5) set(prefixes_, BloomBits::of(prefix_hash<5>(k.key)));
    }
  }
  // True unless no token's key is one of `ws` (is_word, Key ==, WordSet).
  // Inlined: the words are literals, so each word's bits fold to constants
  // and its test is a load and a bit test (as a call, a multiply and
  // shifts per word for every sentence).
  [[gnu::always_inline]] bool may_have(std::initializer_list<Word> ws) const {
    for (const Word& w : ws)
      if (test(words_, BloomBits::of(w.h))) return true;
    return false;
  }
  bool may_have(const WordSet& ws) const {
    for (const BloomBits b : ws.bloom_bits())
      if (test(words_, b)) return true;
    return false;
  }
  // True if a punctuation token of class `c` (Tok::punct) is there: exact.
  bool has_punct(char c) const { return puncts_.test(static_cast<unsigned char>(c) & 127u); }
  // A prefix that may_start tests for, its bits computed at compile time
  // from the literal (a list of string_views cost a constructor call and
  // strlen for each prefix in the largest rules).
  struct Prefix {
    BloomBits bits;
    template <std::size_t N>
    consteval Prefix(const char (&lit)[N])  // NOLINT
        : bits(BloomBits::of(N - 1 >= 5 ? prefix_hash<5>(std::string_view(lit, N - 1))
                                        : prefix_hash<3>(std::string_view(lit, N - 1)))) {
      static_assert(N - 1 >= 3, "starts() prefixes of at least three bytes");
    }
  };
  // True unless no token's key starts with one of `prefixes` (each at least
  // three bytes long, as starts() tests them).
  bool may_start(std::initializer_list<Prefix> prefixes) const {
    for (const Prefix& p : prefixes)
      if (test(prefixes_, p.bits)) return true;
    return false;
  }

 private:
  using Bits = std::array<std::uint64_t, 8>;
  // The first N bytes of k as a number, first byte lowest (key bytes are
  // never 0, so the two lengths never give the same number). Byte by byte,
  // so that Prefix computes it at compile time; GCC merges the loads.
  template <std::size_t N>
  static constexpr std::uint64_t prefix_hash(std::string_view k) {
    std::uint64_t h = 0;
    for (std::size_t b = 0; b < N; ++b)
      h |= std::uint64_t{static_cast<unsigned char>(k[b])} << (8 * b);
    return h;
  }
  static void set(Bits& b, BloomBits bits) {
    b[bits.p >> 6] |= 1ull << (bits.p & 63);
    b[bits.q >> 6] |= 1ull << (bits.q & 63);
  }
  static bool test(const Bits& b, BloomBits bits) {
    return (b[bits.p >> 6] >> (bits.p & 63) & 1) != 0 && (b[bits.q >> 6] >> (bits.q & 63) & 1) != 0;
  }
  Bits words_{};
  Bits prefixes_{};
  std::bitset<128> puncts_;
};

// a == b, with the length and the first byte tested inline before memcmp
// (keys are compared in the innermost loops of the matcher and the patterns;
// GCC left it a call there, ~380 K calls in the bench).
[[gnu::always_inline]] inline bool same_key(std::string_view a, std::string_view b) noexcept {
  return a.size() == b.size() &&
         (a.empty() || (a[0] == b[0] && std::memcmp(a.data(), b.data(), a.size()) == 0));
}

// True when s holds a line break or a tab. (find_first_of("\n\r\t") calls
// memchr on the three bytes for every byte of s: ~20 times the work.)
inline bool has_break_or_tab(std::string_view s) noexcept {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return c == '\n' || c == '\r' || c == '\t'; });
}

// ASCII letters and digits by byte value: the tokenizer asks this of nearly
// every byte, and one table load replaced three range tests.
struct AlnumBytes {
  std::array<bool, 256> is{};
  constexpr AlnumBytes() {
    for (int c = 0; c < 256; ++c)
      is[static_cast<std::size_t>(c)] =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
};
constexpr AlnumBytes kAlnum{};

bool ascii_alnum(unsigned char c) {
  return kAlnum.is[c];
}

// punct_at for a byte above 0x7F: a multi-byte punctuation sequence.
std::pair<std::size_t, char> punct_at_utf8(std::string_view t, std::size_t i) {
  const unsigned char c = static_cast<unsigned char>(t[i]);
  if (c == 0xE2 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80) {
    switch (static_cast<unsigned char>(t[i + 2])) {
      case 0x98:
      case 0x9C: return {3, 'q'};
      case 0x99:
      case 0x9D: return {3, 'Q'};
      case 0x93:
      case 0x94: return {3, 'd'};
      case 0xA6: return {3, '.'};
      default: break;
    }
  }
  if (c == 0xE2 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x84 &&
      static_cast<unsigned char>(t[i + 2]) == 0xA2)
    return {3, 't'};
  if (c == 0xC2 && i + 1 < t.size() &&
      (static_cast<unsigned char>(t[i + 1]) == 0xAE ||
       static_cast<unsigned char>(t[i + 1]) == 0xA9))
    return {2, 't'};
  if (c == 0xC2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xA0)
    return {2, ' '};
  if (c == 0xEF && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xBF &&
      static_cast<unsigned char>(t[i + 2]) == 0xBD)
    return {3, '?'};
  return {0, 0};
}

// Length and class of a punctuation sequence starting at i (0 if none).
// Inlined for ASCII: the tokenizer asks it at every token start and at
// every non-alphanumeric byte inside a word.
[[gnu::always_inline]] inline std::pair<std::size_t, char> punct_at(std::string_view t,
                                                                    std::size_t i) {
  const unsigned char c = static_cast<unsigned char>(t[i]);
  if (c >= 0x80) return punct_at_utf8(t, i);
  if (ascii_alnum(c)) return {0, 0};
  return {1, static_cast<char>(c)};
}

bool is_upper_cp(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return true;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return true;
  if (cp >= 0x100 && cp <= 0x17F) return cp % 2 == 0;
  return false;
}

bool is_lower_cp(char32_t cp) {
  if (cp >= 'a' && cp <= 'z') return true;
  if (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) return true;
  if (cp >= 0x100 && cp <= 0x17F) return cp % 2 == 1;
  return false;
}

// For an ASCII hyphen at byte j of `t` (before b) that ends a letter and is
// followed by one to three spaces or a line break, then a letter: where that
// letter is, else 0. Text taken from PDF layouts splits words at line ends
// ("Inter-\nnational", "High- Level Political Forum", "Anne- Isabelle"):
// the parts are one word when the next is capitalised or on the next line.
std::size_t broken_hyphen_end(std::string_view t, std::size_t j, std::size_t b) {
  if (j == 0 || !std::isalpha(static_cast<unsigned char>(t[j - 1]))) return 0;
  std::size_t q = j + 1;
  bool line_break = false;
  while (q < b && q < j + 4 && (t[q] == ' ' || t[q] == '\n' || t[q] == '\r')) {
    line_break = line_break || t[q] == '\n';
    ++q;
  }
  if (q == j + 1 || q >= b) return 0;
  const unsigned char c = static_cast<unsigned char>(t[q]);
  return (c >= 'A' && c <= 'Z') || (line_break && c >= 'a' && c <= 'z') ? q : 0;
}

// Tokens [b, e)'s text as a name: a hyphen a line break split off is joined
// again ("Inter-\nnational" -> "International", "High- Level" ->
// "High-Level"), per broken_hyphen_end.
std::string join_broken_hyphens(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '-') {
      if (const std::size_t q = broken_hyphen_end(s, i, s.size()); q != 0) {
        const bool lower = s[q] >= 'a' && s[q] <= 'z';
        if (!lower) out += '-';
        i = q - 1;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

// What word_key asks of each byte of an ASCII word, by byte value: one
// table load and one OR per byte replaced a range test and a case test.
struct LetterBytes {
  static constexpr unsigned char kLower = 1;  // a to z
  static constexpr unsigned char kOther = 2;  // not an ASCII letter
  std::array<unsigned char, 256> cls{};
  constexpr LetterBytes() {
    for (int c = 0; c < 256; ++c)
      cls[static_cast<std::size_t>(c)] = c >= 'a' && c <= 'z'   ? kLower
                                         : c >= 'A' && c <= 'Z' ? 0
                                                                : kOther;
  }
};
constexpr LetterBytes kLetterBytes{};

// The key, its hash and the case flags of the word token `k` over `text`
// (`ascii`: no byte above 0x7F, which the tokenizer knows from its scan).
// An ASCII word (nearly all) takes one pass that does what alias_key,
// key_hash and the flag loop below do (ASCII folding is lower-casing);
// other words take those three.
void word_key(std::string_view text, bool ascii, Tok& k) {
  if (ascii) {
    std::string& out = k.key;
    out.resize(text.size());
    char* o = out.data();
    k.cap = text[0] >= 'A' && text[0] <= 'Z';
    k.digit = text[0] >= '0' && text[0] <= '9';
    // Most words are letters only: their key is the word with bit 0x20 set
    // (lower case), written and hashed without the tests below; a word with
    // another byte takes the loop below from the start.
    {
      std::uint64_t h = kFnvOffset;
      unsigned char seen = 0;  // the LetterBytes classes of the word's bytes
      for (std::size_t q = 0; q < text.size(); ++q) {
        const unsigned char c = static_cast<unsigned char>(text[q]);
        const unsigned char lc = c | 0x20;
        seen |= kLetterBytes.cls[c];
        o[q] = static_cast<char>(lc);
        h = (h ^ lc) * kFnvPrime;
      }
      if ((seen & LetterBytes::kOther) == 0) {
        k.key.h = h | 1;
        k.upper = (seen & LetterBytes::kLower) == 0 && text.size() >= 2;
        return;
      }
    }
    std::size_t n = 0;
    bool space = false;
    std::uint64_t h = kFnvOffset;  // key_hash, byte by byte as the key is written
    int letters = 0;
    bool all_up = true;
    for (std::size_t q = 0; q < text.size(); ++q) {
      const char c = text[q];
      char lc = c;
      if (c >= 'A' && c <= 'Z') {
        ++letters;
        lc = static_cast<char>(c - 'A' + 'a');
      } else if (c >= 'a' && c <= 'z') {
        ++letters;
        all_up = false;
      } else if (!(c >= '0' && c <= '9')) {
        // ("Inter-\nnational": one word again, keyed "international".)
        if (c == '-') {
          const std::size_t r = broken_hyphen_end(text, q, text.size());
          if (r != 0 && text[r] >= 'a' && text[r] <= 'z') {
            q = r - 1;
            continue;
          }
        }
        if (c != '\'' && c != '.') space = true;
        continue;
      }
      if (space && n != 0) {
        o[n++] = ' ';
        h = (h ^ static_cast<unsigned char>(' ')) * kFnvPrime;
      }
      space = false;
      o[n++] = lc;
      h = (h ^ static_cast<unsigned char>(lc)) * kFnvPrime;
    }
    out.resize(n);
    k.key.h = h | 1;
    k.upper = all_up && letters >= 2;
    return;
  }
  static_cast<std::string&>(k.key) = graph::alias_key(text);
  k.key.h = key_hash(k.key);
  std::size_t p = 0;
  const char32_t first = static_cast<unsigned char>(text[0]) < 0x80 ? static_cast<char32_t>(text[0])
                                                                    : graph::decode_utf8(text, p);
  k.cap = is_upper_cp(first);
  k.digit = first >= '0' && first <= '9';
  int letters = 0;
  bool all_up = true;
  for (std::size_t q = 0; q < text.size();) {
    // ASCII bytes decode to themselves; only longer sequences go through the decoder.
    const char32_t cp = static_cast<unsigned char>(text[q]) < 0x80
                            ? static_cast<char32_t>(text[q++])
                            : graph::decode_utf8(text, q);
    if (is_upper_cp(cp)) {
      ++letters;
    } else if (is_lower_cp(cp)) {
      ++letters;
      all_up = false;
    }
  }
  k.upper = all_up && letters >= 2;
}

// Tokenises [a, b) of `t` into `out` (cleared first; its capacity is reused
// from sentence to sentence).
void tokenize(std::string_view t, std::size_t a, std::size_t b, std::vector<Tok>& out) {
  // Tokens are written over the previous sentence's, so their key strings
  // keep their buffers; the vector is cut to the count at the end. A word's
  // key is resized from the old one's length, not cleared first: a key no
  // longer than the old is then only a length set, not a fill with zeros
  // that word_key overwrites.
  std::size_t count = 0;
  auto next_tok = [&]() -> Tok& {
    if (count == out.size()) out.emplace_back();
    Tok& k = out[count++];
    k.word = k.cap = k.upper = k.digit = false;
    k.punct = 0;
    k.key.h = 0;
    return k;
  };
  std::size_t i = a;
  while (i < b) {
    const unsigned char c = static_cast<unsigned char>(t[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      ++i;
      continue;
    }
    auto [plen, pcls] = punct_at(t, i);
    if (plen > 0) {
      if (pcls != ' ') {
        Tok& k = next_tok();
        k.key.clear();
        k.s = i;
        k.e = i + plen;
        k.punct = pcls;
      }
      i += plen;
      continue;
    }
    // A word: letters, digits, non-ASCII letters, joined by - / . ' ’
    std::size_t j = i;
    std::size_t seg_start = i;
    bool ascii = c < 0x80;
    while (j < b) {
      // Letters and digits (most bytes) are never punctuation: a tight loop
      // over them, no call.
      while (j < b && ascii_alnum(static_cast<unsigned char>(t[j]))) ++j;
      if (j == b) break;
      auto [pl, pc] = punct_at(t, j);
      if (pl == 0) {  // (only bytes above 0x7F: a non-ASCII letter)
        ascii = false;
        ++j;
        continue;
      }
      const std::size_t nx = j + pl;
      const bool next_alnum =
          nx < b && (ascii_alnum(static_cast<unsigned char>(t[nx])) ||
                     (static_cast<unsigned char>(t[nx]) >= 0x80 && punct_at(t, nx).first == 0));
      if (!next_alnum) {
        // "High- Level", "Inter-\nnational": one word a line break split.
        if (pc == '-' && pl == 1) {
          if (const std::size_t q = broken_hyphen_end(t, j, b); q != 0) {
            j = q;
            seg_start = j;
            continue;
          }
        }
        // "U.S." / "H.E.": a final dot after a dotted single-letter run.
        if (pc == '.' && j - seg_start == 1 && j > i + 1 && t[j - 2] == '.') {
          ascii = ascii && pl == 1;  // (an ellipsis is three bytes)
          j = nx;
        }
        break;
      }
      bool join = false;
      if (pc == '-' || pc == '/' || pc == 'd') join = pc != 'd';
      if (pc == '\'' || pc == 'Q') join = true;  // Children's, d’Ivoire
      if (pc == '+' && j > i) join = true;       // Rio+20, Beijing+25
      if (pc == '.') {
        const std::size_t seg = j - seg_start;
        const bool digits = j > i && std::isdigit(static_cast<unsigned char>(t[j - 1])) &&
                            std::isdigit(static_cast<unsigned char>(t[nx]));
        bool seg_upper = seg >= 2;
        for (std::size_t k = seg_start; k < j && seg_upper; ++k)
          seg_upper = (t[k] >= 'A' && t[k] <= 'Z');
        join = seg == 1 || digits || (seg_upper && t[nx] >= 'A' && t[nx] <= 'Z');
      }
      if (!join) break;
      ascii = ascii && pl == 1;  // a joined ’ is three bytes
      j = nx;
      seg_start = j;
    }
    Tok& k = next_tok();
    k.s = i;
    k.e = j;
    k.word = true;
    // (A view built directly: [i, j) is inside t, and substr's range check
    // is a call wherever GCC chooses not to inline it.)
    word_key(std::string_view(t.data() + i, j - i), ascii, k);
    i = j;
  }
  out.resize(count);
}

std::vector<Tok> tokenize(std::string_view t, std::size_t a, std::size_t b) {
  std::vector<Tok> out;
  tokenize(t, a, b, out);
  return out;
}

bool has_lower(std::string_view s) {
  for (std::size_t p = 0; p < s.size();)
    if (is_lower_cp(graph::decode_utf8(s, p))) return true;
  return false;
}

// ------------------------------------------------------------------ matcher

struct Form {
  std::vector<std::string> keys;
  // Parentheses the form writes ("Economic Community of West African States
  // (ECOWAS) Commission"): bit k of open_before, an opening parenthesis
  // before keys[k]; of close_after, a closing one after it. A form matches
  // across a parenthesis only where it writes one; elsewhere a parenthesis
  // ends a match, so "(ECOWAS)" never joins a following word by itself.
  std::uint64_t open_before = 0, close_after = 0;
  int entity = -1;         // index into lexicon.entities; -1 = ignore phrase
  bool exact = false;      // acronym: case-sensitive on the token text
  std::string exact_text;  // for exact forms
  bool need_cap = false;   // first token must be capitalised
  bool is_name = false;    // the entity's name (not an acronym or alias)
  std::string surface;     // the form as written in the lexicon
};

// Hashes a key as key_hash does; a token's key brings its hash along, so
// looking a token up costs no hashing (heterogeneous lookup, with
// std::equal_to<> comparing the bytes).
struct KeyHasher {
  using is_transparent = void;
  std::size_t operator()(const Key& k) const noexcept { return k.h != 0 ? k.h : key_hash(k); }
  std::size_t operator()(std::string_view k) const noexcept { return key_hash(k); }
  // Not noexcept, and only so: libstdc++ keeps each node's hash code beside
  // it when hashing the key type may throw. Without the codes, a lookup that
  // walked a bucket's chain hashed every node's key again, byte by byte, to
  // find where the bucket ends (~8 M instructions in the bench).
  std::size_t operator()(const std::string& k) const { return key_hash(k); }
  std::size_t operator()(const char* k) const noexcept { return key_hash(k); }
};
template <typename V>
using KeyMap = std::unordered_map<std::string, V, KeyHasher, std::equal_to<>>;
static_assert(!std::is_nothrow_invocable_v<const KeyHasher&, const std::string&>,
              "KeyMap nodes keep their hash codes (see KeyHasher)");

struct WordSets {
  std::unordered_set<std::string> honorific_first;  // first keys of honorifics
  // key sequences, indexed by their first key
  KeyMap<std::vector<std::vector<std::string>>> honorifics;
  KeyMap<std::vector<std::vector<std::string>>> titles;
  KeyMap<NodeType> head_type;  // head word key -> type
  // Multi-word heads as keys joined by spaces ("plan of action", "task
  // force"): written alone, they are a reference, not a name.
  std::unordered_set<std::string> head_phrases;
  // A country's adjectives ("latvian", "greek") -> its lexicon entity.
  KeyMap<int> adjective_country;
};

std::vector<std::string> keys_of(std::string_view s) {
  std::vector<std::string> k;
  for (auto& t : tokenize(s, 0, s.size()))
    if (!t.key.empty()) {
      // alias_key may split a hyphenated word into several keys; keep as one.
      k.push_back(t.key);
    }
  return k;
}

// `s` with British and American spellings of the words that name bodies
// swapped (Organisation/Organization, Programme/Program, Centre/Center,
// Labour/Labor, Defence/Defense), or "" when it has none.
std::string spelling_variant(std::string_view s) {
  static const std::pair<std::string_view, std::string_view> pairs[] = {
      {"Organisation", "Organization"},
      {"Programme", "Program"},
      {"Centre", "Center"},
      {"Labour", "Labor"},
      {"Defence", "Defense"}};
  std::string out;
  bool changed = false;
  for (std::size_t i = 0; i < s.size();) {
    bool hit = false;
    // (Whole words only, and their plurals: "Organisations".)
    if (i == 0 || !std::isalpha(static_cast<unsigned char>(s[i - 1])))
      for (const auto& [a, b] : pairs)
        for (const auto& [from, to] : {std::pair{a, b}, std::pair{b, a}}) {
          if (hit || s.compare(i, from.size(), from) != 0) continue;
          std::size_t end = i + from.size();
          if (end < s.size() && s[end] == 's') ++end;
          if (end < s.size() && std::isalpha(static_cast<unsigned char>(s[end]))) continue;
          out += to;
          out.append(s.substr(i + from.size(), end - i - from.size()));
          i = end;
          hit = changed = true;
        }
    if (!hit) out += s[i++];
  }
  return changed ? out : std::string();
}

class Matcher {
 public:
  explicit Matcher(const Lexicon& lex) {
    auto add = [&](std::string_view surface, int entity, bool acronym, bool name = false) {
      Form f;
      f.is_name = name;
      for (const auto& t : tokenize(surface, 0, surface.size())) {
        if (!t.key.empty()) {
          f.keys.push_back(t.key);
        } else if (t.punct == '(' && f.keys.size() < 64) {
          f.open_before |= std::uint64_t{1} << f.keys.size();
        } else if (t.punct == ')' && !f.keys.empty() && f.keys.size() <= 64) {
          f.close_after |= std::uint64_t{1} << (f.keys.size() - 1);
        }
      }
      if (f.keys.empty()) return;
      f.entity = entity;
      f.surface = std::string(surface);
      const bool single = f.keys.size() == 1;
      if (single && (acronym || !has_lower(surface))) {
        f.exact = true;
        f.exact_text = std::string(surface);
      } else if (single || f.keys.size() == 2) {
        std::size_t p = 0;
        f.need_cap = is_upper_cp(graph::decode_utf8(surface, p));
      }
      forms_.push_back(std::move(f));
    };
    name_keys_.reserve(lex.entities.size());
    for (std::size_t i = 0; i < lex.entities.size(); ++i) {
      const auto& e = lex.entities[i];
      const int id = static_cast<int>(i);
      name_keys_.push_back(graph::alias_key(e.name));
      add(e.name, id, false, true);
      for (const auto& a : e.acronyms) add(a, id, true);
      for (const auto& a : e.aliases) add(a, id, false);
      // The other spelling ("Organisation for Security and Co-operation in
      // Europe" of the OSCE), unless the lexicon writes it.
      auto other_spelling = [&](const std::string& form) {
        const std::string v = spelling_variant(form);
        if (!v.empty() && v != e.name &&
            std::find(e.aliases.begin(), e.aliases.end(), v) == e.aliases.end())
          add(v, id, false);
      };
      other_spelling(e.name);
      for (const auto& a : e.aliases) other_spelling(a);
    }
    for (const auto& g : lex.ignore) add(g, -1, false);
    std::unordered_map<std::string, std::vector<std::size_t>> by_first;
    for (std::size_t i = 0; i < forms_.size(); ++i) {
      by_first[forms_[i].keys[0]].push_back(i);
      first_filter_.set(filter_slot(key_hash(forms_[i].keys[0])));
      if (forms_[i].entity < 0) continue;
      std::string k;
      for (const auto& w : forms_[i].keys) k += (k.empty() ? "" : " ") + w;
      by_key_.emplace(k, forms_[i].entity);
    }
    std::unordered_map<std::uint64_t, std::uint32_t> by_hash;
    for (auto& [k, v] : by_first) {
      std::stable_sort(v.begin(), v.end(), [&](std::size_t x, std::size_t y) {
        return forms_[x].keys.size() > forms_[y].keys.size();
      });
      const auto [at, fresh] =
          by_hash.emplace(key_hash(k), static_cast<std::uint32_t>(buckets_.size()));
      if (!fresh) throw_hash_collision(buckets_[at->second].first, k);
      Bucket& b = buckets_.emplace_back();
      b.first = k;
      std::map<std::uint64_t, std::vector<std::uint32_t>> by_second;
      for (std::uint32_t p = 0; p < v.size(); ++p) {
        const Form& f = forms_[v[p]];
        b.candidates.push_back({static_cast<std::uint32_t>(v[p]),
                                static_cast<std::uint32_t>(f.keys.size()), f.entity, f.exact,
                                f.need_cap});
        if (f.keys.size() == 1)
          b.single.push_back(p);
        else
          by_second[key_hash(f.keys[1])].push_back(p);
      }
      b.by_second.assign(std::make_move_iterator(by_second.begin()),
                         std::make_move_iterator(by_second.end()));
    }
    std::size_t slots = 16;
    while (slots < 2 * buckets_.size()) slots *= 2;
    slot_shift_ = 64 - static_cast<unsigned>(std::countr_zero(slots));
    slot_hash_.assign(slots, 0);
    slot_bucket_.assign(slots, 0);
    for (const auto& [h, b] : by_hash) {
      std::size_t i = slot_of(h);
      while (slot_hash_[i] != 0) i = (i + 1) & (slots - 1);
      slot_hash_[i] = h;
      slot_bucket_[i] = b;
    }
  }

  // False when no form can start at token t: match() would return nullopt
  // at its first test (most tokens). Inlined, so a caller skips the call.
  bool may_match(std::string_view text, const Tok& t) const {
    if (!t.word) return false;
    if (!t.key.empty() && first_filter_[filter_slot(t.key.h)]) return true;
    // The key without its "s" may start one (the "s" tested here: a call
    // saved for most tokens).
    return t.key.size() >= 2 && t.key.back() == 's' && possessive_len(text, t) > 0;
  }

  // Longest form matching at token i: (form index, end token) or nullopt.
  // A possessive token matches its form without the "'s" ("Nigeria's",
  // "UNICEF's Regional Office"). Forms that would end after max_end are
  // skipped (a shorter form inside a longer mention).
  std::optional<std::pair<std::size_t, std::size_t>> match(
      std::string_view text, const std::vector<Tok>& toks, std::size_t i,
      std::size_t max_end = static_cast<std::size_t>(-1)) const {
    if (!toks[i].word) return std::nullopt;
    std::optional<std::pair<std::size_t, std::size_t>> best;
    std::size_t best_keys = 0;  // of the best form so far
    int best_entity = -1;
    const std::size_t pl = possessive_len(text, toks[i]);
    // The next word, past transparent punctuation: a form of two or more
    // keys can match only if its second key is that word's key (or, for a
    // possessive, the key without its "s"), so only those forms of the
    // bucket are tried, with the single-key ones, in bucket order. Found
    // when the token has a bucket: most tokens have none.
    std::size_t j1 = 0;
    bool has_next = false;
    std::uint64_t next_stripped = 0;
    auto find_next = [&] {
      j1 = i + 1;
      while (j1 < toks.size() && !toks[j1].word &&
             (transparent(toks[j1].punct) || toks[j1].punct == '('))
        ++j1;
      has_next = j1 < toks.size() && toks[j1].word;
      if (has_next && possessive_len(text, toks[j1]) > 0)
        next_stripped = key_hash(std::string_view(toks[j1].key).substr(0, toks[j1].key.size() - 1));
    };
    // The token's own key, then (for a possessive) the key without its "s".
    for (int pass = 0; pass < (pl > 0 ? 2 : 1); ++pass) {
      const std::string_view first =
          pass == 0 ? std::string_view(toks[i].key)
                    : std::string_view(toks[i].key).substr(0, toks[i].key.size() - 1);
      if (first.empty()) continue;
      const std::uint64_t h = pass == 0 ? toks[i].key.h : key_hash(first);
      if (!first_filter_[filter_slot(h)]) continue;
      const Bucket* found = find_bucket(h);
      // (same_key, not !=: string against view was a call to compare.)
      if (!found || !same_key(found->first, first)) continue;
      const Bucket& bucket = *found;
      if (j1 == 0) find_next();  // (j1 > i >= 0 once found)
      // The candidates in bucket order: the single-key forms and the one or
      // two second-key groups, each already in bucket order, merged as they
      // are read (no list built and sorted for every token).
      const std::vector<std::uint32_t>* lists[3] = {&bucket.single, nullptr, nullptr};
      std::size_t at[3] = {0, 0, 0};
      if (has_next) {
        int k = 1;
        for (const std::uint64_t h : {toks[j1].key.h, next_stripped}) {
          if (h == 0) continue;
          if (const auto* s = bucket.second(h)) lists[k++] = s;
        }
      }
      for (;;) {
        int from = -1;
        for (int l = 0; l < 3; ++l)
          if (lists[l] && at[l] < lists[l]->size() &&
              (from < 0 || (*lists[l])[at[l]] < (*lists[from])[at[from]]))
            from = l;
        if (from < 0) break;
        const std::uint32_t pos = (*lists[from])[at[from]++];
        const Candidate& c = bucket.candidates[pos];
        const std::size_t fi = c.form;
        if (best && c.keys < best_keys) break;
        auto take = [&](std::size_t end) {
          best = {fi, end};
          best_keys = c.keys;
          best_entity = c.entity;
        };
        if (c.exact) {
          const std::string_view tx = text.substr(toks[i].s, toks[i].e - toks[i].s - pl * pass);
          if (!same_key(tx, forms_[fi].exact_text) || i + 1 > max_end) continue;
          if (!best || (best_entity < 0 && c.entity >= 0)) take(i + 1);
          continue;
        }
        if (c.need_cap && !toks[i].cap) continue;
        const Form& f = forms_[fi];  // (read only from here: a cache miss)
        // Token i is the bucket's key; the next tokens match a key as written
        // or as its possessive ("the Justice Department's").
        std::size_t j = i + 1, k = 1;
        while (k < c.keys && j < toks.size()) {
          const Tok& t = toks[j];
          if (!t.word) {
            // commas, dots, apostrophes and trademarks are transparent;
            // parentheses where the form writes them
            // (a word follows a closing one at once: "(ECOWAS), Commission
            // staff" is no "(ECOWAS) Commission")
            if (toks[j - 1].punct == ')') break;
            if (transparent(t.punct) ||
                (t.punct == '(' && k < 64 && (f.open_before >> k & 1) != 0) ||
                (t.punct == ')' && k <= 64 && (f.close_after >> (k - 1) & 1) != 0)) {
              ++j;
              continue;
            }
            break;
          }
          // (The length test first: it rejects most keys without the call.)
          if (!same_key(t.key, f.keys[k]) &&
              !(t.key.size() == f.keys[k].size() + 1 && possessive_len(text, t) > 0 &&
                std::string_view(t.key).substr(0, f.keys[k].size()) == f.keys[k]))
            break;
          ++j;
          ++k;
        }
        if (k != c.keys) continue;
        // Do not end a match on transparent punctuation except trademarks.
        std::size_t end = j;
        while (end > i + 1 && !toks[end - 1].word && toks[end - 1].punct != 't') --end;
        // A form that ends inside its parenthesis ("..., 1999 (No. 182)")
        // takes the closing one along.
        if (end == j && j < toks.size() && toks[j].punct == ')' && c.keys <= 64 &&
            (f.close_after >> (c.keys - 1) & 1) != 0)
          ++end;
        if (end > max_end) continue;
        if (!best || (best_entity < 0 && c.entity >= 0) || (pass == 1 && end > best->second))
          take(end);
      }
    }
    return best;
  }

  // Punctuation a multi-word form matches across: commas, dots,
  // apostrophes, hyphens, dashes, trademarks and ampersands (which a form's
  // keys leave out: "Bill & Melinda Gates Foundation", "Bosnia & Herzegovina").
  static bool transparent(char punct) {
    return punct == ',' || punct == '.' || punct == 't' || punct == '\'' || punct == 'Q' ||
           punct == '-' || punct == 'd' || punct == '&';
  }

  // Bytes of a possessive ending ("'s", "’s") of a word token, or 0.
  // Inlined up to the key's last byte, which rejects nearly every token:
  // match() asks it of each token it starts at and of the next word.
  [[gnu::always_inline]] static std::size_t possessive_len(std::string_view text, const Tok& t) {
    if (!t.word || t.e - t.s < 3 || t.key.size() < 2 || t.key.back() != 's') return 0;
    return possessive_ending(text, t);
  }
  static std::size_t possessive_ending(std::string_view text, const Tok& t) {
    const std::string_view w = text.substr(t.s, t.e - t.s);
    const char last = w.back();
    if (last != 's' && last != 'S') return 0;
    if (w[w.size() - 2] == '\'') return 2;
    if (w.size() >= 5 && w.compare(w.size() - 4, 3, "\xE2\x80\x99") == 0) return 4;
    return 0;
  }

  const Form& form(std::size_t i) const { return forms_[i]; }

  // graph::alias_key of lexicon entity i's name, made once for all
  // documents (each document that names the entity needs it).
  const std::string& name_key(std::size_t i) const { return name_keys_[i]; }

  // The lexicon entity one of whose forms has these space-joined keys, or -1.
  int entity_by_key(const std::string& key) const {
    auto it = by_key_.find(key);
    return it == by_key_.end() ? -1 : it->second;
  }

 private:
  std::vector<std::string> name_keys_;  // by lexicon entity
  // A slot of first_filter_ from a key's key_hash: its top bits (a
  // token's key brings its hash along, so the filter reads no key bytes; an
  // FNV hash's high bits mix all of them).
  static std::size_t filter_slot(std::uint64_t h) {
    static_assert(kFilterBits == std::size_t{1} << 16);
    return static_cast<std::size_t>(h >> 48);
  }

  static constexpr std::size_t kFilterBits = 1u << 16;
  std::vector<Form> forms_;
  // Set for the first key of every form: most tokens start no form, and the
  // filter rejects them without a bucket lookup.
  std::bitset<kFilterBits> first_filter_;
  // The forms whose first key is `first`, longest first (lexicon order among
  // equals), with their positions grouped by the hash of their second key.
  // What match() tests of a form before its keys, kept beside the bucket:
  // reading the Form itself for every candidate was a cache miss each.
  struct Candidate {
    std::uint32_t form;  // index into forms_
    std::uint32_t keys;  // forms_[form].keys.size()
    int entity;
    bool exact, need_cap;
  };
  struct Bucket {
    std::string first;
    std::vector<Candidate> candidates;  // longest form first
    std::vector<std::uint32_t> single;
    // (hash of the second key, positions) sorted by hash: a bucket holds few
    // second keys, found by a binary search in one array.
    std::vector<std::pair<std::uint64_t, std::vector<std::uint32_t>>> by_second;
    const std::vector<std::uint32_t>* second(std::uint64_t h) const {
      auto s = std::lower_bound(by_second.begin(), by_second.end(), h,
                                [](const auto& x, std::uint64_t v) { return x.first < v; });
      return s != by_second.end() && s->first == h ? &s->second : nullptr;
    }
  };
  [[noreturn]] static void throw_hash_collision(const std::string& a, const std::string& b) {
    throw Error(ErrorKind::internal, "lexicon keys '" + a + "' and '" + b + "' share a hash");
  }
  // The buckets, found by the key_hash of their first key through an
  // open-addressing table (a power of two of slots, at most half full, hash 0
  // for an empty slot since key_hash is never 0). Every token that passes
  // the filter looks its key up here; a node-based map cost a division and
  // pointer chases per lookup.
  std::vector<Bucket> buckets_;
  std::vector<std::uint64_t> slot_hash_;
  std::vector<std::uint32_t> slot_bucket_;
  unsigned slot_shift_ = 60;
  // Fibonacci hashing: key_hash always sets its lowest bit, so the slot
  // comes from the high bits of a multiple.
  std::size_t slot_of(std::uint64_t h) const {
    return static_cast<std::size_t>((h * 0x9E3779B97F4A7C15ull) >> slot_shift_);
  }
  const Bucket* find_bucket(std::uint64_t h) const {
    const std::size_t mask = slot_hash_.size() - 1;
    for (std::size_t i = slot_of(h); slot_hash_[i] != 0; i = (i + 1) & mask)
      if (slot_hash_[i] == h) return &buckets_[slot_bucket_[i]];
    return nullptr;
  }
  std::unordered_map<std::string, int> by_key_;
};

// ------------------------------------------------------------------ word lists
//
// The accessors that rules call for most tokens (connectors, ordinals,
// leading_noise, referencing_words) are always inlined: the call and its guard test cost
// more than the set's probe (~350 K calls in the bench).

[[gnu::always_inline]] inline const WordSet& connectors() {
  static const WordSet k = {"of",  "the", "for", "on",  "and", "in", "with", "against", "to",
                            "de",  "del", "la",  "des", "du",  "y",  "et",   "da",      "do",
                            "dos", "das", "le",  "les", "el",  "al", "von",  "van"};
  return k;
}

// Posts written in lower case before "of" or a name ("head of ...", "UNHCR
// spokesperson X"): lower_post_at and news_post.
constexpr std::array<std::string_view, 11> kLowerPosts = {
    "head",        "chair",          "chairperson", "chief",     "director",    "president",
    "coordinator", "representative", "minister",    "secretary", "spokesperson"};

// Verbs of headlines, written in title case there ("IOM and Bangladesh
// Launch National Counter-Trafficking Hotline", "Secretary-General Urges
// Social Protections"): no part of a name, and no start of one. Verbs that
// are also names or name words (Mark, Open, Present, Hold) are left out, as
// are base forms that open names ("Call to Action").
constexpr std::array<std::string_view, 43> kHeadlineVerbs = {
    "launch",   "launches", "adopt",      "adopts",   "sign",        "signs",     "welcome",
    "welcomes", "endorse",  "endorses",   "urges",    "calls",       "says",      "needs",
    "warns",    "stresses", "highlights", "hears",    "concludes",   "approves",  "announces",
    "commits",  "pledges",  "discusses",  "tells",    "unveils",     "agrees",    "reaffirms",
    "condemns", "hails",    "seeks",      "boosts",   "strengthens", "enhances",  "holds",
    "opens",    "observes", "elects",     "convenes", "hosts",       "completes", "begins",
    "receives"};

[[gnu::always_inline]] inline const WordSet& leading_noise() {
  static const WordSet k = {
      {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "in", "on",
       "at", "by", "for", "with", "from", "both", "all", "some", "each", "our", "new", "as",
       "under", "through", "during", "after", "before", "since", "while", "and", "or", "if", "when",
       "where", "it", "they", "we", "he", "she", "to", "of", "ministers", "participants",
       "delegates", "speakers", "panelists", "co", "chairs", "following", "despite", "according",
       "throughout", "within", "without", "via", "per",
       // sentence adverbs ("Then the Council held ...")
       "then", "later", "also", "meanwhile", "subsequently", "finally", "afterwards", "thereafter",
       "however", "moreover", "furthermore", "additionally", "lastly", "earlier", "yesterday",
       "today",
       // salutations ("Honourable Ministers, Distinguished Delegates")
       "honourable", "honorable", "distinguished", "excellencies", "dear",
       // the verbs that open the paragraphs of a resolution ("Recalling
       // Council resolution 50/7", "Welcoming UNODC's work")
       "recalling", "reaffirming", "welcoming", "noting", "acknowledging", "recognizing",
       "recognising", "expressing", "stressing", "emphasizing", "emphasising", "reiterating",
       "underlining", "affirming", "encouraging", "urging", "inviting", "requesting", "commending",
       "condemning", "deploring", "mindful", "convinced", "guided", "bearing",
       // and of a declaration's operative paragraphs ("1. Reaffirm the
       // Declaration of the South Summit", "2. Commend the government ...")
       "reaffirm", "reaffirms", "commend", "commends", "decide", "decides", "welcome", "welcomes",
       "recall", "recalls", "urge", "urges", "stress", "stresses", "emphasize", "emphasizes",
       "emphasise", "emphasises", "encourage", "encourages", "invite", "invites", "recognize",
       "recognizes", "recognise", "recognises", "acknowledge", "acknowledges", "reiterate",
       "reiterates", "underline", "underlines", "affirm", "affirms", "condemn", "condemns",
       "deplore", "deplores", "endorse", "endorses"},
      kHeadlineVerbs};
  return k;
}

const WordSet& name_particles() {
  static const WordSet k = {"al",  "bin", "bint", "ibn", "de",  "da",  "van", "von", "der",
                            "den", "del", "la",   "le",  "dos", "das", "du",  "el",  "ter"};
  return k;
}

[[gnu::always_inline]] inline const WordSet& ordinals() {
  static const WordSet k = {"first",  "second", "third", "fourth", "fifth", "sixth", "seventh",
                            "eighth", "ninth",  "tenth", "next",   "1st",   "2nd",   "3rd",
                            "4th",    "5th",    "6th",   "7th",    "8th",   "9th",   "10th"};
  return k;
}

// Words of an amount after its number ("250 million").
const WordSet& amount_words() {
  static const WordSet k = {"thousand", "million", "billion", "trillion"};
  return k;
}

// Lower-case heads of described initiatives (singular and plural keys).
// (A token's Key: its hash is at hand for the lookup.)
// (Inlined: find_described asks it of most lower-case words of a sentence
// with a trigger.)
[[gnu::always_inline]] inline NodeType initiative_or_not(const Key& key, bool* found) {
  static const WordSet k = {
      "group",      "groups",     "partnership", "partnerships", "strategy",    "strategies",
      "plan",       "plans",      "centre",      "centres",      "center",      "centers",
      "convention", "task",       "taskforce",   "code",         "codes",       "programme",
      "programmes", "program",    "programs",    "network",      "networks",    "fund",
      "funds",      "facility",   "mechanism",   "mechanisms",   "platform",    "campaign",
      "campaigns",  "initiative", "initiatives", "alliance",     "observatory", "database",
      "hotline",    "helpline",   "coalition",   "framework",    "roadmap",     "toolkit"};
  *found = k.count(key) != 0;
  return NodeType::initiative;
}

const WordSet& initiative_triggers() {
  static const WordSet k = {
      "propose",     "proposed",  "proposes",    "proposal",    "suggest",       "suggested",
      "suggests",    "establish", "established", "establishes", "establishment", "launch",
      "launched",    "launches",  "launching",   "sign",        "signed",        "signs",
      "foster",      "create",    "created",     "creation",    "drafting",      "draft",
      "elaboration", "develop",   "developing",  "set",         "recommended",   "recommend",
      "initiatives", "called",    "calls",       "planned",     "announced"};
  return k;
}

const WordSet& np_stops() {
  static const WordSet k = {"a",       "an",     "the",         "of",      "to",        "establish",
                            "create",  "launch", "foster",      "propose", "consider",  "drafting",
                            "draft",   "begin",  "elaboration", "and",     "or",        "sign",
                            "signed",  "in",     "on",          "for",     "with",      "by",
                            "that",    "which",  "their",       "its",     "this",      "new",
                            "holding", "hold",   "is",          "are",     "was",       "were",
                            "be",      "been",   "agree",       "develop", "following", "about",
                            "as",      "at",     "from",        "into",    "need",      "support",
                            "use",     "such"};
  return k;
}

// ------------------------------------------------------------------ per document

// A form a local entity is written in (one of its aliases), with what the
// rules said of it when it was first added.
struct AliasForm {
  std::string text;
  // Why the form was merged under the entity's name (a rule's literal), or
  // empty: the form was the name then.
  std::string_view reason;
  bool strong = false;  // identifies the entity (not anaphora or a surname)
};

// An entity's forms in the order of their text, each once. Most entities
// have one to three: a sorted vector is one allocation where a std::set
// was a node per form, and the three sets of forms (all, strong, merged by
// reason) are one list with flags.
class AliasForms {
 public:
  // The form `text`, added (not strong, no reason) if new; true if new.
  std::pair<AliasForm&, bool> insert(const std::string& text) {
    if (forms_.empty()) forms_.reserve(2);  // (a name and one more form, mostly)
    const auto at =
        std::lower_bound(forms_.begin(), forms_.end(), text,
                         [](const AliasForm& f, const std::string& t) { return f.text < t; });
    if (at != forms_.end() && at->text == text) return {*at, false};
    // (Built in place: a temporary AliasForm would be a copy and a move.)
    AliasForm& f = *forms_.emplace(at);
    f.text = text;
    return {f, true};
  }
  std::size_t size() const { return forms_.size(); }
  std::vector<AliasForm>::const_iterator begin() const { return forms_.begin(); }
  std::vector<AliasForm>::const_iterator end() const { return forms_.end(); }

 private:
  std::vector<AliasForm> forms_;
};

struct Local {
  NodeType type = NodeType::organisation;
  std::string name;
  // graph::alias_key(name), set with it wherever the name is set: fold looks
  // the node up by it, and the surname and short-form rules compare it.
  std::string key;
  // The node's label, or empty when it is the name (most entities: a copy of
  // the name per entity spared). Use label_of(l).
  std::string label;
  AliasForms aliases;
  std::map<std::string, std::string> attrs;
  // A lexicon entity's kind, the node's "kind" attribute: the lexicon's own
  // string (it outlives the extraction), not a copy in attrs for each of the
  // dozens of lexicon entities a document names.
  const std::string* kind = nullptr;
  std::vector<graph::Evidence> mentions;
};

const std::string& label_of(const Local& l) {
  return l.label.empty() ? l.name : l.label;
}

struct Rel {
  int src = -1, dst = -1;
  RelationType type = RelationType::co_mentioned;
  std::uint32_t sentence = 0;  // its evidence: DocResult::sentences[sentence]
};

struct DocResult {
  graph::Document doc;
  std::vector<Local> ents;
  std::vector<Rel> rels;
  // The evidence of each sentence that states relations, which all cite it
  // (a sentence naming k entities states k(k-1)/2 co-mentions): one
  // Evidence per sentence, copied into the graph's edges by fold, not one
  // built, moved and destroyed per relation.
  std::vector<graph::Evidence> sentences;
  std::vector<std::string> diagnostics;
};

// A mention of a local entity in a sentence: tokens [b, e).
struct Mention {
  std::size_t b = 0, e = 0;
  int ent = -1;
  bool nested = false;  // inside a larger mention (an "of" chain)
};

// The initials of a name's capitalised words ("International Conference on
// Education": "ICE") when there are three or more, else empty.
std::string name_initials(std::string_view name) {
  std::string initials;
  bool start = true;
  for (const char c : name) {
    if (start && c >= 'A' && c <= 'Z') initials += c;
    start = c == ' ' || c == '-';
  }
  if (initials.size() < 3) initials.clear();
  return initials;
}

// name_initials of each lexicon entity's name, made once, not for each
// document that names the entity.
std::vector<std::string> lexicon_initials(const Lexicon& lex) {
  std::vector<std::string> out;
  out.reserve(lex.entities.size());
  for (const auto& e : lex.entities) out.push_back(name_initials(e.name));
  return out;
}

struct Context {
  const Lexicon& lex;
  const Matcher& matcher;
  const WordSets& words;
  const std::vector<std::string>& initials;  // lexicon_initials(lex)
};

// True when a section heading's first word says that what follows lists
// speakers ("Speakers at the launch", "Panelists").
bool speaker_heading(std::string_view section) {
  std::string word;
  for (const char c : section) {
    if (std::isalpha(static_cast<unsigned char>(c)))
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    else if (!word.empty())
      break;
  }
  static const WordSet k = {"speakers",   "panelists", "panellists", "panel",  "keynote",
                            "presenters", "speaker",   "programme",  "program"};
  return k.count(word) != 0;
}

// Hash and equality of (type, alias key) map keys, also looked up by
// (type, view of a key): a lookup copies no key.
using TypeKey = std::pair<NodeType, std::string_view>;
struct TypeKeyHash {
  using is_transparent = void;
  std::size_t operator()(const TypeKey& k) const noexcept {
    return std::hash<std::string_view>{}(k.second) ^
           (static_cast<std::size_t>(k.first) + 1) * 0x9E3779B97F4A7C15ull;
  }
  // Not noexcept, as KeyHasher's: the maps then keep each node's hash code,
  // and a lookup along a bucket's chain hashes no node's key again.
  std::size_t operator()(const std::pair<NodeType, std::string>& k) const {
    return (*this)(TypeKey(k.first, k.second));
  }
};
struct TypeKeyEqual {
  using is_transparent = void;
  template <typename A, typename B>
  bool operator()(const A& a, const B& b) const noexcept {
    return a.first == b.first && std::string_view(a.second) == std::string_view(b.second);
  }
};

// Bytes kept for as long as one document's extraction: the keys the entity
// index views. Copied end to end into large blocks, so that a key costs no
// allocation of its own and its view stays valid (a std::string key moved
// with its Local would move its short bytes with it).
class KeyArena {
 public:
  std::string_view keep(std::string_view s) {
    if (s.empty()) return {};
    if (s.size() > room_) {
      const std::size_t size = std::max(kBlock, s.size());
      blocks_.push_back(std::make_unique_for_overwrite<char[]>(size));  // (not zeroed)
      next_ = blocks_.back().get();
      room_ = size;
    }
    std::memcpy(next_, s.data(), s.size());
    const std::string_view kept(next_, s.size());
    next_ += s.size();
    room_ -= s.size();
    return kept;
  }

 private:
  static constexpr std::size_t kBlock = 4096;
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* next_ = nullptr;
  std::size_t room_ = 0;
};

// A document's entities by (type, alias key): entity() and alias() add to it,
// the patterns look keys up in it for most mentions. Entries sit in one
// vector, found through an open-addressing table of indices (a node-based
// hash map cost an allocation, a copy of the key and a free per entry). A
// key is a view: of the lexicon's key for a lexicon entity, else of a copy
// in the index's arena. Lookups answer as a map's do (find/count/end).
class EntityIndex {
 public:
  using Entry = std::pair<TypeKey, int>;
  using const_iterator = const Entry*;

  EntityIndex() : table_(kFirstSize, 0) { entries_.reserve(kFirstSize / 2); }

  const_iterator end() const { return nullptr; }
  const_iterator find(const TypeKey& k) const {
    const std::size_t mask = table_.size() - 1;
    for (std::size_t at = hash(k) & mask; table_[at] != 0; at = (at + 1) & mask)
      if (const Entry& e = entries_[table_[at] - 1]; e.first == k) return &e;
    return end();
  }
  std::size_t count(const TypeKey& k) const { return find(k) != end() ? 1 : 0; }

  // Adds (type, key) -> id unless the key is there already: the key's id,
  // and true when it is new. `key` must outlive the index (the lexicon's
  // keys do); add_copy copies it first.
  std::pair<int, bool> add(NodeType type, std::string_view key, int id) {
    return insert(type, key, id, false);
  }
  std::pair<int, bool> add_copy(NodeType type, std::string_view key, int id) {
    return insert(type, key, id, true);
  }

 private:
  static constexpr std::size_t kFirstSize = 256;  // (a document names dozens of entities)

  static std::size_t hash(const TypeKey& k) { return TypeKeyHash{}(k); }

  // (One probe finds the key or the empty slot it goes in.)
  std::pair<int, bool> insert(NodeType type, std::string_view key, int id, bool copy) {
    if (2 * (entries_.size() + 1) > table_.size()) grow();
    const TypeKey k(type, key);
    const std::size_t mask = table_.size() - 1;
    std::size_t at = hash(k) & mask;
    for (; table_[at] != 0; at = (at + 1) & mask)
      if (const Entry& e = entries_[table_[at] - 1]; e.first == k) return {e.second, false};
    entries_.emplace_back(TypeKey(type, copy ? arena_.keep(key) : key), id);
    table_[at] = static_cast<std::uint32_t>(entries_.size());
    return {id, true};
  }

  void grow() {
    std::vector<std::uint32_t> table(2 * table_.size(), 0);
    const std::size_t mask = table.size() - 1;
    for (std::uint32_t i = 0; i < entries_.size(); ++i) {
      std::size_t at = hash(entries_[i].first) & mask;
      while (table[at] != 0) at = (at + 1) & mask;
      table[at] = i + 1;
    }
    table_ = std::move(table);
  }

  std::vector<Entry> entries_;
  // A power of two of slots, at most half full: 1 + an index of entries_,
  // or 0 for an empty slot (linear probing).
  std::vector<std::uint32_t> table_;
  KeyArena arena_;
};

// The local entity of each lexicon entity a document has named, or -1: a
// slot per lexicon entity (a hash map took a node for each of the dozens a
// document names). Asked as a map is (count).
class LexiconIds {
 public:
  explicit LexiconIds(std::size_t lexicon_size) : ids_(lexicon_size, -1) {}
  // (-1, an ignored phrase's "entity", has no slot and no local entity.)
  int operator[](int lex) const {
    return lex >= 0 && static_cast<std::size_t>(lex) < ids_.size()
               ? ids_[static_cast<std::size_t>(lex)]
               : -1;
  }
  std::size_t count(int lex) const { return (*this)[lex] >= 0 ? 1 : 0; }
  void set(int lex, int id) { ids_[static_cast<std::size_t>(lex)] = id; }

 private:
  std::vector<int> ids_;
};

// The lexicon entity of each local entity that is one: a slot per local
// entity (a hash map took a node for each). Asked as a map is
// (find/count/at/end, an entry's second).
class LexiconOf {
 public:
  using Entry = std::pair<int, int>;  // (local entity, lexicon entity)
  using const_iterator = const Entry*;

  const_iterator end() const { return nullptr; }
  const_iterator find(int id) const {
    if (id < 0 || static_cast<std::size_t>(id) >= slots_.size()) return end();
    const Entry& e = slots_[static_cast<std::size_t>(id)];
    return e.second >= 0 ? &e : end();
  }
  std::size_t count(int id) const { return find(id) != end() ? 1 : 0; }
  int at(int id) const {
    const const_iterator it = find(id);
    if (it == end()) throw std::out_of_range("LexiconOf::at");
    return it->second;
  }
  void set(int id, int lex) {
    const auto at = static_cast<std::size_t>(id);
    if (at >= slots_.size()) slots_.resize(at + 1, Entry(-1, -1));
    slots_[at] = Entry(id, lex);
  }

 private:
  std::vector<Entry> slots_;
};

class DocExtractor {
 public:
  DocExtractor(const Context& cx, const SourceDocument& src)
      : cx_(cx), src_(src), t_(src.text), doc_id_(src.doc.id), lex_ids_(cx.lex.entities.size()) {
    // A document names dozens of entities: room for them from the start
    // spares the entity table its first reallocations.
    // (Half the bench documents outgrew 64 entities; growing moves every
    // Local, five containers each.)
    out_.ents.reserve(128);
    out_.rels.reserve(512);  // (a few hundred relations in most documents)
    // Sentence buffers, reused from sentence to sentence: a sentence of up to
    // 128 tokens never grows them (a Tok moved on growth is a string moved).
    toks_.reserve(128);
    covered_.reserve(128);
  }

  DocResult run() {
    out_.diagnostics = src_.diagnostics;
    for (std::size_t p = 0; p < src_.doc.paragraphs.size(); ++p) {
      para_ = &src_.doc.paragraphs[p];
      speaker_section_ = speaker_heading(para_->section);
      para_subject_ = -1;
      first_sentence_ = true;
      para_index_ = p;
      for (const auto& s : src_.paragraphs[p].sentences) {
        sentence(s);
        first_sentence_ = false;
      }
    }
    merge_single_names();
    prefer_mixed_case_names();
    return std::move(out_);
  }

 private:
  // ---- entity table

  int entity(NodeType type, const std::string& name, const std::string& label = {}) {
    const std::string key = graph::alias_key(name);
    // (A new entity is the next one: one probe finds the key or adds it.)
    const auto [id, fresh] = by_key_.add_copy(type, key, static_cast<int>(out_.ents.size()));
    if (fresh) {
      add_entity(type, name, label, key);
      remember_initials(type, name_initials(out_.ents.back().name), id);
    }
    return id;
  }

  // A new entity: name, label and key are copied before the table grows
  // (they may be another entity's), and the Local is built in place (one
  // moved in was five containers moved, then destroyed). Its key goes in
  // by_key_ by the caller.
  int add_entity(NodeType type, const std::string& name, const std::string& label,
                 std::string_view key) {
    std::string n = name, lb = label, k(key);
    Local& l = out_.ents.emplace_back();
    l.type = type;
    l.name = std::move(n);
    l.key = std::move(k);
    l.label = std::move(lb);
    l.aliases.insert(l.name);
    l.mentions.reserve(4);  // (an entity is mostly named more than once)
    return static_cast<int>(out_.ents.size() - 1);
  }

  // A new entity's name_initials, remembered for the entity named first with
  // them (acronym_named_here). Not for persons and countries.
  void remember_initials(NodeType type, const std::string& initials, int id) {
    if (type == NodeType::person || type == NodeType::country || initials.empty()) return;
    initials_.try_emplace(initials, id);
  }

  // (The reason is a view: the callers' literals made a std::string each
  // call, most of them with nothing to merge.)
  void alias(int id, const std::string& form, std::string_view reason) {
    // A form written across lines is the same form on one line.
    if (has_break_or_tab(form)) {
      alias(id, collapse_whitespace(form), reason);
      return;
    }
    Local& l = out_.ents[static_cast<std::size_t>(id)];
    auto [f, added] = l.aliases.insert(form);
    if (added && form != l.name) f.reason = reason;
    if (reason == "anaphora" || reason == "surname") return;
    // A form already strong has its key in by_key_ (emplace would not
    // replace it): no key to compute again for each later mention.
    if (f.strong) return;
    f.strong = true;
    by_key_.add_copy(l.type, graph::alias_key(form), id);
  }

  int lexicon_entity(int lex_index) {
    if (const int known = lex_ids_[lex_index]; known >= 0) return known;
    const auto& e = cx_.lex.entities[static_cast<std::size_t>(lex_index)];
    // The label is the name (empty) or an acronym, the lexicon's string (no copy).
    const std::string no_label;
    const std::string* label = &no_label;
    for (const auto& a : e.acronyms)
      if (a.find('.') == std::string::npos) {
        label = &a;
        break;
      }
    // (The lexicon's key outlives the document: by_key_ views it, no copy.)
    const std::string& key = cx_.matcher.name_key(static_cast<std::size_t>(lex_index));
    const auto [id, fresh] = by_key_.add(e.type, key, static_cast<int>(out_.ents.size()));
    if (fresh) {
      add_entity(e.type, e.name, *label, key);
      remember_initials(e.type, cx_.initials[static_cast<std::size_t>(lex_index)], id);
    }
    if (!e.kind.empty()) out_.ents[static_cast<std::size_t>(id)].kind = &e.kind;
    lex_ids_.set(lex_index, id);
    lex_of_.set(id, lex_index);
    return id;
  }

  std::string text(std::size_t s, std::size_t e) const { return std::string(t_.substr(s, e - s)); }
  // Tokens [b, e) as a name: a name written across lines is one line.
  // (A word a line break split is joined: "High- Level" is "High-Level".)
  std::string span_text(std::size_t b, std::size_t e) const {
    const std::string_view raw = t_.substr(toks_[b].s, toks_[e - 1].e - toks_[b].s);
    for (std::size_t h = raw.find('-'); h != std::string_view::npos; h = raw.find('-', h + 1))
      if (h + 1 < raw.size() && (raw[h + 1] == ' ' || raw[h + 1] == '\n' || raw[h + 1] == '\r'))
        return collapse_whitespace(join_broken_hyphens(raw));
    if (!has_break_or_tab(raw)) return std::string(raw);
    return collapse_whitespace(raw);
  }

  graph::Evidence evidence(std::size_t s, std::size_t e, graph::SharedText quote) const {
    graph::Evidence ev;
    ev.document = doc_id_;
    ev.paragraph = para_->number;
    ev.start = s;
    ev.end = e;
    ev.text = std::move(quote);
    return ev;
  }

  // The evidence of a mention of tokens [b, e): their bytes as written.
  graph::Evidence span_evidence(std::size_t b, std::size_t e) const {
    return evidence(toks_[b].s, toks_[e - 1].e, text(toks_[b].s, toks_[e - 1].e));
  }

  // span_evidence(b, e) for a mention of an entity whose mentions so far are
  // `ms`. An entity is mostly named by the same form again: a mention whose
  // bytes are those of the previous one shares its quote (a reference count,
  // not an allocation of a string and its holder). (Not inlined: mention()
  // is, in many rules.)
  [[gnu::noinline]] graph::Evidence mention_evidence(const std::vector<graph::Evidence>& ms,
                                                     std::size_t b, std::size_t e) const {
    const std::size_t s = toks_[b].s, end = toks_[e - 1].e;
    if (!ms.empty() && ms.back().text.str() == std::string_view(t_.data() + s, end - s))
      return evidence(s, end, ms.back().text);
    return span_evidence(b, e);
  }

  void mention(int id, std::size_t b, std::size_t e, bool nested = false) {
    auto& ms = out_.ents[static_cast<std::size_t>(id)].mentions;
    ms.push_back(mention_evidence(ms, b, e));
    ments_.push_back({b, e, id, nested});
    for (std::size_t i = b; i < e; ++i)
      if (!nested || covered_[i] < 0) covered_[i] = id;
  }

  void relation(int src, int dst, RelationType type) {
    if (src < 0 || dst < 0 || src == dst) return;
    // Every relation of a sentence quotes it: one shared copy per sentence.
    if (sent_evidence_ < 0) {
      sent_evidence_ = static_cast<int>(out_.sentences.size());
      out_.sentences.push_back(evidence(sent_.start, sent_.end, text(sent_.start, sent_.end)));
    }
    // (Built in the vector: a braced Rel was a temporary moved in, then
    // destroyed. Filled member by member: clang 14, which builds the fuzz
    // targets, has no parenthesised initialisation of aggregates.)
    Rel& r = out_.rels.emplace_back();
    r.src = src;
    r.dst = dst;
    r.type = type;
    r.sentence = static_cast<std::uint32_t>(sent_evidence_);
    // Indexes the rules ask of the relations so far (a scan of out_.rels
    // would grow with the document).
    if (type == RelationType::member_of) units_of_[dst].push_back(src);
    if (type == RelationType::chaired_by || type == RelationType::moderated_by)
      presiding_.insert(dst);
  }

  bool free(std::size_t b, std::size_t e) const {
    for (std::size_t i = b; i < e; ++i)
      if (covered_[i] >= 0 || covered_[i] == -3) return false;
    return true;
  }

  // Not part of an entity: free or inside an ignored generic phrase.
  bool open_tok(std::size_t i) const { return covered_[i] == -1 || covered_[i] == -2; }

  [[gnu::always_inline]] bool is_word(std::size_t i, Word w) const {  // as starts()
    return i < toks_.size() && toks_[i].key.h == w.h && same_key(toks_[i].key, w.s);
  }

  bool is_amount_word(std::size_t i) const {
    return i < toks_.size() && toks_[i].word && amount_words().count(toks_[i].key) != 0;
  }

  NodeType type_of(int id) const { return out_.ents[static_cast<std::size_t>(id)].type; }

  // ---- sentence pipeline

  void sentence(const Span& s) {
    sent_ = s;
    sent_evidence_ = -1;
    tokenize(t_, s.start, s.end, toks_);
    present_.assign(toks_);
    covered_.assign(toks_.size(), -1);
    ments_.clear();
    role_of_.clear();
    find_lexicon();
    resolution_heading();
    if (para_index_ < 4 && main_event_ < 0) find_titled_meeting();
    const bool pending_acronyms = find_acronym_definitions();
    const auto short_names = reserve_short_names();
    find_sessions();
    find_resolutions();
    find_quoted();
    find_persons();
    find_introduced_persons();
    find_bylines();
    find_persons_after_offices();
    if (list_founder_ != kNoList) find_listed_programme();
    find_chunks();
    define_short_names(short_names);
    find_named_by_noun();
    find_glossary();
    find_sessions_of_bodies();
    find_described_events();
    find_described();
    if (pending_acronyms) find_acronym_definitions(true);
    find_anaphora();
    if (report_ >= 0) find_report_anaphora();
    std::sort(ments_.begin(), ments_.end(), [](const Mention& a, const Mention& b) {
      return a.b < b.b || (a.b == b.b && a.e > b.e);
    });
    find_owners();
    split_ordinal_events();
    if (first_sentence_ && !ments_.empty() && ments_.front().b <= 1 &&
        type_of(ments_.front().ent) == NodeType::initiative)
      para_subject_ = ments_.front().ent;
    title_line();
    relations();
    participants_by_country();
    if (report_ >= 0) {
      bool opens = report_subject_ && is_word(0, "it");
      for (const auto& m : ments_) opens = opens || (m.ent == report_ && m.b <= 2);
      report_subject_ = opens;
    }
    if (first_sentence_ && list_founder_ != kNoList && !list_item(s)) list_founder_ = kNoList;
    if (!toks_.empty() && toks_.back().punct == ':') programme_list_intro();
    // "The panelists were:", "The following people will speak at the
    // opening:" on a line of its own, its list items after it.
    if (speaker_list_ && !speaker_item()) speaker_list_ = false;
    if (!toks_.empty() && toks_.back().punct == ':') {
      static const WordSet intro = {"panelists", "panellists", "speakers", "presenters", "speak"};
      speaker_list_ = std::any_of(toks_.begin(), toks_.end(),
                                  [](const Tok& k) { return k.word && intro.count(k.key) != 0; });
    }
  }

  // A list of one person per line, each title on the line after the name
  // ("Mrs. Melinda Gates\nCo-chair of the Bill & Melinda Gates Foundation"):
  // a sentence that is only a person's honorifics and name, ending a line,
  // leaves the person for the next sentence; if that one opens with a title
  // and names no person, it is the person's role (and its bodies hers).
  void title_line() {
    const int person = line_person_;
    line_person_ = -1;
    bool any_person = false;
    for (const auto& m : ments_) any_person = any_person || type_of(m.ent) == NodeType::person;
    if (person >= 0 && !any_person && !toks_.empty() && (title_at(0) > 0 || modified_title(0))) {
      std::size_t k = toks_.size();
      while (k > 0 && !toks_[k - 1].word) --k;
      if (k > 0) set_role(person, 0, k);
      return;
    }
    if (ments_.size() != 1 || type_of(ments_.front().ent) != NodeType::person) return;
    for (std::size_t k = 0; k < toks_.size(); ++k)
      if (toks_[k].word && covered_[k] != -3 && covered_[k] != ments_.front().ent) return;
    const std::size_t after = sent_.end;
    if (after < t_.size() && (t_[after] == '\n' || t_[after] == '\r'))
      line_person_ = ments_.front().ent;
  }

  // A list of participants by State: "ARGENTINA" as a paragraph of its own,
  // then "Mr. Juan Perez, Director of Migration" at the start of paragraphs
  // or lines after it: each such person is affiliated with the State, up to
  // the next heading or a paragraph that opens with no person.
  void participants_by_country() {
    if (first_sentence_ && !ments_.empty() && ments_.front().b == 0 &&
        type_of(ments_.front().ent) == NodeType::country && sent_.end == para_->end) {
      std::size_t words = 0, named = 0;
      for (std::size_t k = 0; k < toks_.size(); ++k)
        if (toks_[k].word) {
          ++words;
          named += k < ments_.front().e ? 1 : 0;
        }
      if (words == named) {
        country_heading_ = ments_.front().ent;
        return;
      }
    }
    if (country_heading_ < 0) return;
    bool opened = false;
    for (const auto& m : ments_) {
      if (type_of(m.ent) != NodeType::person || inside_other(m)) continue;
      // The name's first token, before its honorifics.
      std::size_t q = m.b;
      while (q > 0 && (covered_[q - 1] == -3 || toks_[q - 1].punct == '.')) --q;
      if (q != 0 && !line_break_between(q - 1, q)) continue;
      relation(m.ent, country_heading_, RelationType::affiliated_with);
      opened = opened || q == 0;
    }
    if (first_sentence_ && !opened) country_heading_ = -1;
  }

  // "Side event summary" / "Report of the workshop", then "Ending Child
  // Marriage in the Sahel: From Commitments to Action" as the next line of
  // the title block: a report on a meeting gives the meeting's title, which
  // names the meeting (the main event) even without a head word.
  void find_titled_meeting() {
    // A title block's lines may share one sentence (no full stop between
    // them): each run of tokens between blank lines is a line.
    // In the document's first paragraph a single line break ends a line too
    // ("High-level Side Event\nProtecting Migrant Children ...\nThursday,
    // 16 March 2023").
    for (std::size_t lb = 0; lb < toks_.size();) {
      std::size_t le = lb + 1;
      while (le < toks_.size() && !blank_line_between(le - 1, le) &&
             !(para_index_ == 0 && line_break_between(le - 1, le)))
        ++le;
      titled_meeting_line(lb, le);
      lb = le;
    }
  }

  bool line_break_between(std::size_t a, std::size_t b) const {
    const std::size_t from = toks_[a].e, to = toks_[b].s;
    return to > from && t_.substr(from, to - from).find('\n') != std::string_view::npos;
  }

  void titled_meeting_line(std::size_t b, std::size_t e) {
    static const WordSet genre = {"summary", "report",  "note",      "record",
                                  "outcome", "minutes", "highlights"};
    static const WordSet meeting = {"event",   "meeting",  "workshop",   "seminar",
                                    "webinar", "dialogue", "roundtable", "consultation",
                                    "forum",   "briefing", "symposium",  "panel"};
    bool has_genre = false, has_meeting = false;
    for (std::size_t k = b; k < e; ++k) {
      has_genre = has_genre || (toks_[k].word && genre.count(toks_[k].key));
      has_meeting = has_meeting || (toks_[k].word && meeting.count(toks_[k].key));
    }
    // (A line, not a sentence: "The meeting report was adopted." is none.)
    // A short capitalised line that ends in the kind of meeting ("High-level
    // Side Event", "Expert Group Meeting") announces the title below it too.
    bool kind_line = !has_genre && has_meeting && e - b <= 5 && toks_[e - 1].word &&
                     meeting.count(toks_[e - 1].key) && para_index_ == 0;
    for (std::size_t k = b; k < e && kind_line; ++k) kind_line = !toks_[k].word || toks_[k].cap;
    if ((kind_line || (e - b <= 6 && has_genre && has_meeting)) && toks_[e - 1].punct != '.') {
      meeting_genre_line_ = true;
      return;
    }
    if (!meeting_genre_line_ || main_event_ >= 0) return;
    meeting_genre_line_ = false;
    // The whole line is a title: capitalised words, connectors, a colon or
    // dash, and no known country or date ("New York, 9 March 2023").
    if (e - b < 3 || !toks_[b].word || !toks_[b].cap) return;
    // (Titles use more small words than names do: "Protecting Migrant
    // Children from Trafficking and Exploitation".)
    static const WordSet small = {"from",    "by",     "at",     "into",   "through", "beyond",
                                  "towards", "toward", "across", "within", "between", "under",
                                  "after",   "a",      "an",     "or",     "not",     "no"};
    std::size_t words = 0;
    for (std::size_t k = b; k < e; ++k) {
      if (toks_[k].word) {
        if (toks_[k].digit ||
            !(toks_[k].cap || connectors().count(toks_[k].key) || small.count(toks_[k].key)))
          return;
        if (covered_[k] >= 0 && type_of(covered_[k]) == NodeType::country) return;
        ++words;
      } else if (toks_[k].punct != ':' && toks_[k].punct != '-' && toks_[k].punct != 'd' &&
                 toks_[k].punct != '\'' && toks_[k].punct != 'Q') {
        return;
      }
    }
    if (words < 3 || has_meeting || has_genre) return;
    const int id = entity(NodeType::event, span_text(b, e));
    mention(id, b, e, true);
    main_event_ = id;
    main_event_reported_ = true;
  }

  // True when the sentence starts a list item: a bullet ("•", "·", "▪", "-",
  // "*") or an enumerator ("1.", "2)", "(a)").
  // An item of a list of speakers: a list item (bullet or number), or a
  // sentence that opens a line with a person ("Panelists included:\nHon. Dr.
  // X, Minister of Health, Ethiopia\nHon. Dr. Y, ...").
  bool speaker_item() const {
    if (list_item(sent_)) return true;
    if (ments_.empty() || type_of(ments_.front().ent) != NodeType::person) return false;
    for (std::size_t k = 0; k < ments_.front().b; ++k)
      if (covered_[k] != -3 && toks_[k].word) return false;
    return sent_.start == 0 || t_[sent_.start - 1] == '\n' || sent_.start == para_->start;
  }

  bool list_item(const Span& s) const {
    const std::string_view head = t_.substr(s.start, std::min<std::size_t>(6, s.end - s.start));
    if (head.starts_with("\u2022") || head.starts_with("\u00b7") || head.starts_with("\u25aa") ||
        head.starts_with("- ") || head.starts_with("* "))
      return true;
    std::size_t k = head.starts_with("(") ? 1 : 0;
    const std::size_t digits = k;
    while (k < head.size() && (std::isdigit(static_cast<unsigned char>(head[k])) ||
                               (k == digits && head[k] >= 'a' && head[k] <= 'h')))
      ++k;
    return k > digits && k < head.size() && (head[k] == '.' || head[k] == ')');
  }

  // "The Declaration launches four programmes:", "UNICEF established the
  // following initiatives:": the list items after it name programmes, which
  // the subject of the verb (a body, State, instrument or meeting named
  // before it, or a resolution named by its head word) establishes.
  void programme_list_intro() {
    static const std::unordered_set<std::string> plural = {
        "programmes", "programs",   "initiatives", "projects",  "partnerships",
        "funds",      "facilities", "campaigns",   "platforms", "mechanisms"};
    const std::size_t colon = toks_.size() - 1;
    if (colon < 2 || !toks_[colon - 1].word || !plural.count(toks_[colon - 1].key)) return;
    std::size_t v = 0;
    while (v < colon && !(starts(v, "launch") || starts(v, "establish") || is_word(v, "creates") ||
                          is_word(v, "created") || (is_word(v, "set") && is_word(v + 1, "up"))))
      ++v;
    if (v == colon) return;
    list_founder_ = last_of_types_before(
        v, {NodeType::organisation, NodeType::country, NodeType::resolution, NodeType::event});
    if (list_founder_ < 0) list_founder_ = resolution_named_by_head();
  }

  // "• Cool Cities Accelerator.", "2. Regional Seed Bank (RSB)." under a
  // programme_list_intro: a list item whose first sentence is only a
  // capitalised name (and its acronym) names a programme the intro's subject
  // establishes.
  void find_listed_programme() {
    if (!first_sentence_ || !list_item(sent_)) return;
    std::size_t b = 0;
    while (b < toks_.size() && !(toks_[b].word && toks_[b].cap && !toks_[b].digit)) ++b;
    if (b > 3) return;
    std::size_t e = b;
    std::size_t words = 0;
    while (e < toks_.size()) {
      if (toks_[e].word && toks_[e].cap) {
        ++words;
      } else if (!((toks_[e].word && connectors().count(toks_[e].key) && e + 1 < toks_.size() &&
                    toks_[e + 1].word && toks_[e + 1].cap) ||
                   (toks_[e].punct == '-' && e + 1 < toks_.size() && toks_[e + 1].cap))) {
        break;
      }
      ++e;
    }
    std::size_t rest = e;
    if (rest + 2 < toks_.size() && toks_[rest].punct == '(' && toks_[rest + 2].punct == ')')
      rest += 3;
    if (rest < toks_.size() && toks_[rest].punct == '.') ++rest;
    if (words < 2 || rest != toks_.size() || !free(b, e)) return;
    const int id = entity(NodeType::initiative, span_text(b, e));
    head_words_[id].insert(toks_[e - 1].key);
    mention(id, b, e);
    if (list_founder_ >= 0) relation(id, list_founder_, RelationType::established_by);
  }

  void find_lexicon() {
    for (std::size_t i = 0; i < toks_.size();) {
      if (toks_[i].word) {
        // Every acronym defined is written upper case or capitalised (see
        // find_acronym_definitions): other tokens skip the lookup.
        auto d = doc_acronyms_.end();
        if ((toks_[i].upper || toks_[i].cap) && !doc_acronyms_.empty())
          d = doc_acronyms_.find(t_.substr(toks_[i].s, toks_[i].e - toks_[i].s));
        // A lexicon name that starts with the acronym and goes on ("ECOWAS
        // Commission" after "(ECOWAS)" was defined) is the longer name.
        auto m =
            cx_.matcher.may_match(t_, toks_[i]) ? cx_.matcher.match(t_, toks_, i) : std::nullopt;
        const bool longer = m && m->second > i + 1 && cx_.matcher.form(m->first).entity >= 0;
        if (d != doc_acronyms_.end() && !longer) {
          mention(d->second, i, i + 1);
          ++i;
          continue;
        }
        if (m) {
          const Form& f = cx_.matcher.form(m->first);
          // "US$ 600 million", "32 billion U.S. dollars": a currency, not the
          // State; "Mexico City", "Kuwait City": a capital, not the State.
          if (f.entity >= 0 && m->second < toks_.size() &&
              ((toks_[m->second].punct == '$' && m->second == i + 1) ||
               is_word(m->second, "dollars") || is_word(m->second, "dollar") ||
               (toks_[m->second].cap && is_word(m->second, "city") &&
                cx_.lex.entities[static_cast<std::size_t>(f.entity)].type == NodeType::country))) {
            ++i;
            continue;
          }
          if (f.entity >= 0 && (other_name_goes_on(f, m->second) || inside_longer_name(f, i) ||
                                acronym_of_name_before(f, i, m->second))) {
            ++i;
            continue;
          }
          // "President of the 47th session of ICE" in a report on the
          // International Conference on Education: an acronym the document
          // spelled with an entity's initials is that entity, not the
          // lexicon's (U.S. Immigration and Customs Enforcement) when the
          // document never named the lexicon's.
          if (f.exact && !lex_ids_.count(f.entity)) {
            const auto it = initials_.find(f.exact_text);
            if (it != initials_.end()) {
              alias(it->second, f.exact_text, "acronym definition");
              doc_acronyms_.emplace(f.exact_text, it->second);
              mention(it->second, i, i + 1);
              ++i;
              continue;
            }
          }
          if (f.entity >= 0) {
            const int id = lexicon_entity(f.entity);
            // "Nigeria's": the name is written without the possessive.
            std::string surface =
                text(toks_[i].s,
                     toks_[m->second - 1].e - Matcher::possessive_len(t_, toks_[m->second - 1]));
            if (surface.find('-') != std::string::npos) surface = join_broken_hyphens(surface);
            if (surface != out_.ents[static_cast<std::size_t>(id)].name)
              alias(id, surface, "lexicon alias");
            mention(id, i, m->second);
            nested_parent(f.entity, id, i, m->second);
            nested_instruments(f.entity, id, i, m->second);
          } else {
            // An ignored phrase does not swallow the start of a longer name ("the world"
            // in "the World Bank"): the name wins from where it starts.
            std::size_t end = m->second;
            for (std::size_t k = i + 1; k < m->second; ++k) {
              auto inner = cx_.matcher.match(t_, toks_, k);
              if (inner && inner->second > m->second &&
                  cx_.matcher.form(inner->first).entity >= 0) {
                end = k;
                break;
              }
            }
            for (std::size_t k = i; k < end; ++k) covered_[k] = -2;  // ignored phrase
            i = end;
            continue;
          }
          i = m->second;
          continue;
        }
      }
      ++i;
    }
  }

  // True when form `f`, matched up to token e, is the start of its entity's
  // full name ("Global Fund" of the "Global Fund to Fight AIDS, ...") and the
  // text goes on with another complement ("Global Fund to End Modern
  // Slavery", "Global Fund for Women"): another body's name, left to the
  // chunker.
  bool other_name_goes_on(const Form& f, std::size_t e) const {
    if (f.keys.size() < 2 || e + 1 >= toks_.size() || !toks_[e].word || !toks_[e + 1].word ||
        !toks_[e + 1].cap || covered_[e + 1] != -1 ||
        !(toks_[e].key == "to" || toks_[e].key == "for" || toks_[e].key == "against"))
      return false;
    const auto full = keys_of(cx_.lex.entities[static_cast<std::size_t>(f.entity)].name);
    // (A form may write the article: "The Global Fund".)
    const std::size_t from = f.keys.front() == "the" ? 1 : 0;
    const std::size_t n = f.keys.size() - from;
    return full.size() > n + 1 && std::equal(f.keys.begin() + from, f.keys.end(), full.begin()) &&
           !(full[n] == std::string_view(toks_[e].key) &&
             full[n + 1] == std::string_view(toks_[e + 1].key));
  }

  // True when the form matched at token i, a short form written in words
  // ("Security Council"), ends a longer capitalised name no lexicon knows:
  // "the AU Peace and Security Council", "the National Security Council".
  // A capitalised word right before it, or one and "and", belongs to the
  // name; the chunker names the longer body. A word that opens the sentence
  // may be any word ("Addressing Security Council members"), and a known
  // body or State before "and" is another name ("Russia and Security
  // Council members").
  bool inside_longer_name(const Form& f, std::size_t i) const {
    if (f.exact || f.is_name || f.keys.size() < 2 || f.keys.front() == "the" || i < 2) return false;
    const std::size_t w = is_word(i - 1, "and") ? i - 2 : i - 1;
    return w > 0 && toks_[w].word && toks_[w].cap && covered_[w] == -1 &&
           !leading_noise().count(toks_[w].key) && title_at(w) == w && honorifics_at(w) == w;
  }

  // True when the acronym matched at [i, e) stands in parentheses right
  // after another entity's name: "the African Development Bank (ADB)"
  // defines ADB for this document (find_acronym_definitions), whatever body
  // the lexicon gives it.
  bool acronym_of_name_before(const Form& f, std::size_t i, std::size_t e) const {
    // (Only letters: a document symbol in parentheses is no acronym.)
    return f.exact && i >= 2 && toks_[i].upper &&
           std::all_of(f.exact_text.begin(), f.exact_text.end(),
                       [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }) &&
           toks_[i - 1].punct == '(' && e < toks_.size() && toks_[e].punct == ')' &&
           covered_[i - 2] >= 0 &&
           !(lex_of_.count(covered_[i - 2]) && lex_of_.at(covered_[i - 2]) == f.entity);
  }

  // An instrument's full title that names another instrument after its
  // start ("Protocol against the Smuggling of Migrants ..., supplementing the
  // United Nations Convention against Transnational Organized Crime",
  // "Protocol of 2014 to the Forced Labour Convention, 1930"): the other is
  // mentioned too, and the title refers to it (references).
  void nested_instruments(int lex_index, int id, std::size_t b, std::size_t e) {
    if (cx_.lex.entities[static_cast<std::size_t>(lex_index)].type != NodeType::resolution ||
        e - b < 4)
      return;
    for (std::size_t k = b + 1; k < e; ++k) {
      if (!toks_[k].word || !toks_[k].cap) continue;
      auto m = cx_.matcher.match(t_, toks_, k, e);
      if (!m || m->second > e) continue;
      const Form& f = cx_.matcher.form(m->first);
      if (f.entity < 0 || f.entity == lex_index || f.keys.size() < 3 ||
          cx_.lex.entities[static_cast<std::size_t>(f.entity)].type != NodeType::resolution)
        continue;
      const int inner = lexicon_entity(f.entity);
      out_.ents[static_cast<std::size_t>(inner)].mentions.push_back(span_evidence(k, m->second));
      ments_.push_back({k, m->second, inner, true});
      relation(id, inner, RelationType::references);
      k = m->second - 1;
    }
  }

  // A lexicon name that contains its parent ("UNODC New York Office"), starts
  // with a country followed by a body's head word ("Ghana Immigration
  // Service", "U.S. Department of State") or has a country after "of"
  // ("Department of ... of the Philippines"): the parent is mentioned too,
  // and the text ties the unit to it (member_of).
  void nested_parent(int lex_index, int id, std::size_t b, std::size_t e) {
    const auto& le = cx_.lex.entities[static_cast<std::size_t>(lex_index)];
    if (le.type != NodeType::organisation || e - b < 2) return;
    for (std::size_t k = b; k < e; ++k) {
      if (!toks_[k].word) continue;
      // At the first token, a shorter name than the whole mention.
      auto m = cx_.matcher.match(t_, toks_, k, k == b ? e - 1 : e);
      if (!m || m->second > e || (k == b && m->second == e)) continue;
      const Form& f = cx_.matcher.form(m->first);
      if (f.entity < 0 || f.entity == lex_index) continue;
      const auto& pe = cx_.lex.entities[static_cast<std::size_t>(f.entity)];
      // A parent written only as the first word of its unit's name ("African
      // Union Commission") is no stakeholder of its own: a prefix counts
      // when the document has named the parent before or names it as a
      // possessor ("UNICEF's Regional Office").
      if (k == b && !lex_ids_.count(f.entity) &&
          Matcher::possessive_len(t_, toks_[m->second - 1]) == 0)
        continue;
      const bool is_parent =
          !le.parent.empty() && graph::alias_key(pe.name) == graph::alias_key(le.parent);
      const bool of_country = pe.type == NodeType::country && m->second == e && k > b &&
                              (is_word(k - 1, "of") || is_word(k - 1, "the"));
      const bool country_prefix = pe.type == NodeType::country && k == b &&
                                  national_body(lex_index) && org_head_in(m->second, e);
      if (!is_parent && !of_country && !country_prefix) continue;
      const int pid = lexicon_entity(f.entity);
      out_.ents[static_cast<std::size_t>(pid)].mentions.push_back(span_evidence(k, m->second));
      ments_.push_back({k, m->second, pid, true});
      relation(id, pid, RelationType::member_of);
      return;
    }
  }

  // A lexicon organisation that may belong to a State: a national body by
  // its kind ("national-government"), or one the lexicon gives no kind.
  bool national_body(int lex_index) const {
    const auto& kind = cx_.lex.entities[static_cast<std::size_t>(lex_index)].kind;
    return kind.empty() || kind.rfind("national", 0) == 0 || kind.rfind("former-national", 0) == 0;
  }

  // True when a capitalised organisation head word lies in tokens [b, e).
  bool org_head_in(std::size_t b, std::size_t e) const {
    for (std::size_t q = b; q < e; ++q) {
      bool found = false;
      if (head_of(q, &found) == NodeType::organisation && found) return true;
    }
    return false;
  }

  // "Long Name (ACR)": the acronym becomes an alias of the entity before it.
  // Returns true when a definition followed no entity yet: the patterns that
  // run after the lexicon (head-word names, descriptions) may name it, and
  // the caller runs this again after them (`again`), when an acronym that
  // already names another entity is left to it.
  bool find_acronym_definitions(bool again = false) {
    bool pending = false;
    if (!present_.has_punct('(')) return pending;
    for (std::size_t i = 1; i + 2 < toks_.size(); ++i) {
      if (toks_[i].punct != '(') continue;
      // "(ACR)", or "(Name in another language, ACR)": the acronym is last.
      std::size_t at = i + 1;
      if (toks_[i + 2].punct != ')') {
        const std::size_t close = translated_acronym(i);
        if (close == 0) continue;
        at = close - 1;
      }
      const Tok& a = toks_[at];
      if (!a.word || !(a.upper || (a.cap && has_upper_inside(a)))) continue;
      // "(NGOs)": a generic term the lexicon ignores is nobody's acronym.
      if (covered_[at] == -2) continue;
      int before = covered_[i - 1];
      // ("Economic Community of West African States (ECOWAS) Commission": a
      // lexicon form that writes the parenthesis defines nothing.)
      if (before >= 0 && covered_[at] == before && i + 1 < toks_.size() &&
          covered_[i + 1] == before && at + 2 < toks_.size() && covered_[at + 2] == before)
        continue;
      // After the other patterns: "Réseau Ouest-Africain pour la Protection
      // des Migrants (ROAPM)", a name no pattern knows whose capitalised
      // words' initials spell the acronym, is a body of its own.
      if (before < 0 && again && at == i + 1) before = spelled_by_acronym(i, text(a.s, a.e));
      if (before < 0) {
        // A name the later patterns may find ends right before the "(".
        pending = pending || (toks_[i - 1].word && (toks_[i - 1].cap || toks_[i - 1].digit));
        continue;
      }
      if (again && covered_[at] >= 0 && covered_[at] != before) continue;
      // "the 67th session of the Commission on the Status of Women (CSW67)":
      // an acronym with the session's number names the session
      // (find_sessions_of_bodies), not the body.
      if (std::isdigit(static_cast<unsigned char>(t_[a.e - 1])) && covered_[i - 1] >= 0) {
        std::size_t x = mention_span(i - 1).first;
        if (x > 0 && is_word(x - 1, "the")) --x;
        if (x > 1 && is_word(x - 1, "of") &&
            (is_word(x - 2, "session") || is_word(x - 2, "sessions")))
          continue;
      }
      if (at != i + 1 &&
          (type_of(before) == NodeType::person || type_of(before) == NodeType::country ||
           !same_initial(out_.ents[static_cast<std::size_t>(before)].name, a, toks_[i + 1])))
        continue;
      const std::string acr = text(a.s, a.e);
      // "UN High Commissioner for Refugees (TBC)": a note in capitals, not
      // the name's acronym. One the lexicon does not already give must be
      // spelled by one of the entity's names.
      if (at == i + 1 && covered_[at] != before && !spelled_by_a_name(before, i, acr)) continue;
      alias(before, acr, "acronym definition");
      doc_acronyms_.emplace(acr, before);
      if (covered_[at] == -1) mention(before, at, at + 1);
    }
    return pending;
  }

  static bool has_upper_inside(const Tok& t) { return t.key.size() >= 2 && !t.digit; }

  // True when `acr`, in parentheses at token i after a mention of entity
  // `id`, is spelled by the name written before it, the entity's name or a
  // lexicon alias ("Andean Community (CAN)": "Comunidad Andina"), or at
  // least starts as one of the written name's words does.
  bool spelled_by_a_name(int id, std::size_t i, std::string_view acr) const {
    // "the General Assembly (A/71/303)": a document symbol is no acronym.
    if (acr.find('/') != std::string_view::npos &&
        acr.find_first_of("0123456789") != std::string_view::npos)
      return false;
    const auto [b, e] = mention_span(i - 1);
    if (spelled_in_order(text(toks_[b].s, toks_[e - 1].e), acr) ||
        spelled_in_order(out_.ents[static_cast<std::size_t>(id)].name, acr))
      return true;
    // An acronym of the name in another language ("Bolivarian Alliance for
    // the Peoples of Our America (ALBA)", from "Alianza Bolivariana ...")
    // still starts with the initial of one of its capitalised words; a
    // document symbol (a slash) is no acronym.
    if (acr.find('/') == std::string_view::npos)
      for (std::size_t k = b; k < e; ++k)
        if (toks_[k].word && toks_[k].cap && t_[toks_[k].s] == acr.front()) return true;
    const auto lex = lex_of_.find(id);
    if (lex == lex_of_.end()) return false;
    const auto& names = cx_.lex.entities[static_cast<std::size_t>(lex->second)].aliases;
    return std::any_of(names.begin(), names.end(),
                       [&](const std::string& n) { return spelled_in_order(n, acr); });
  }

  // True when the capital letters of `acr` occur in `name` in order, the
  // first as the initial of a word, case ignored (after Schwartz & Hearst
  // 2003): "ILO" in "International Labour Organization", "OIM" in
  // "International Organization for Migration", not "TBC" in "UN High
  // Commissioner for Refugees".
  static bool spelled_in_order(std::string_view name, std::string_view acr) {
    std::size_t p = 0;
    bool first = true;
    for (const char c : acr) {
      if (c < 'A' || c > 'Z') continue;
      const char lc = static_cast<char>(c - 'A' + 'a');
      while (p < name.size() && (std::tolower(static_cast<unsigned char>(name[p])) != lc ||
                                 (first && p > 0 && name[p - 1] != ' ' && name[p - 1] != '-')))
        ++p;
      if (p == name.size()) return false;
      ++p;
      first = false;
    }
    return !first;
  }

  // For "(" at token i and the acronym after it: the organisation named by
  // the free words before the "(" whose capitalised words' initials, in
  // order, are exactly the acronym's letters (Schwartz & Hearst 2003); short
  // lower-case function words of any language ("pour", "la", "de") may come
  // between. -1 when they do not spell it.
  int spelled_by_acronym(std::size_t i, const std::string& acr) {
    std::string letters;
    for (const char c : acr)
      if (c >= 'A' && c <= 'Z') letters += c;
    if (letters.size() < 3 || letters.size() != acr.size()) return -1;
    std::size_t idx = letters.size();
    std::size_t start = i;
    bool function_word = false;
    for (std::size_t k = i; k-- > 0 && idx > 0 && i - k <= 16;) {
      if (!open_tok(k)) return -1;
      const Tok& w = toks_[k];
      if (w.word && w.cap && !w.digit) {
        // "Ouest-Africain" gives two initials.
        std::string initials(1, t_[w.s]);
        for (std::size_t c = w.s + 1; c + 1 < w.e; ++c)
          if (t_[c] == '-' && t_[c + 1] >= 'A' && t_[c + 1] <= 'Z') initials += t_[c + 1];
        if (initials.size() > idx ||
            letters.compare(idx - initials.size(), initials.size(), initials) != 0)
          return -1;
        idx -= initials.size();
        start = k;
      } else if (w.word && !w.cap && w.key.size() <= 4) {
        function_word = true;
      } else if (w.punct != '-') {
        return -1;
      }
    }
    // A name with a function word inside, after "the" ("the Réseau ... pour
    // la ..."), not a concept ("Gross Domestic Product (GDP)", "Early
    // Warning System (EWS)").
    if (idx != 0 || !function_word || start == 0 || !is_word(start - 1, "the")) return -1;
    // "the Minister for Employment and Labour Relations (MELR), Mr X": a
    // post that opens with a title is no body (the person's title goes on
    // past the acronym).
    if (title_at(start) > start) return -1;
    const int id = entity(NodeType::organisation, span_text(start, i));
    mention(id, start, i);
    return id;
  }

  // For "(" at token i: the ")" of "(Capitalised Name, ACR)" (one to twelve
  // words of a name no entity covers, a comma, one acronym), else 0.
  std::size_t translated_acronym(std::size_t i) const {
    if (!toks_[i + 1].word || !toks_[i + 1].cap) return 0;
    for (std::size_t k = i + 2; k < toks_.size() && k < i + 16; ++k) {
      if (toks_[k].punct == ')')
        return k >= i + 4 && toks_[k - 2].punct == ',' && toks_[k - 1].upper && free(i + 1, k - 2)
                   ? k
                   : 0;
      if (!toks_[k].word && toks_[k].punct != ',' && toks_[k].punct != '-') return 0;
    }
    return 0;
  }

  // True when the acronym `a` starts with the initial of `name` or of the
  // word `first` (the translated name's first word).
  static bool same_initial(const std::string& name, const Tok& a, const Tok& first) {
    if (a.key.empty()) return false;
    return (!name.empty() && std::tolower(static_cast<unsigned char>(name[0])) == a.key[0]) ||
           (!first.key.empty() && first.key[0] == a.key[0]);
  }

  // True when token i (text tx with `slashes` slashes) is a document symbol
  // of the "A78/14", "EB156/12" kind (a series code with a session number,
  // a slash, a number) in the document's first paragraph, its title block.
  bool own_symbol(std::size_t i, std::string_view tx, long slashes) const {
    if (slashes != 1 || report_ >= 0 || para_ != &src_.doc.paragraphs.front() || !toks_[i].cap)
      return false;
    std::size_t k = 0;
    while (k < tx.size() && k < 3 && tx[k] >= 'A' && tx[k] <= 'Z') ++k;
    const std::size_t letters = k;
    while (k < tx.size() && std::isdigit(static_cast<unsigned char>(tx[k]))) ++k;
    if (letters == 0 || k == letters || k >= tx.size() || tx[k] != '/') return false;
    const std::size_t slash = k++;
    while (k < tx.size() && std::isdigit(static_cast<unsigned char>(tx[k]))) ++k;
    return k == tx.size() && k > slash + 1;
  }

  // "the present report", "this report": the report whose symbol the title
  // block gives (own_symbol).
  void find_report_anaphora() {
    for (std::size_t i = 1; i < toks_.size(); ++i) {
      if (!is_word(i, "report") || covered_[i] != -1) continue;
      std::size_t b = i - 1;
      if (is_word(b, "present") && b > 0 && is_word(b - 1, "the"))
        --b;
      else if (!is_word(b, "this"))
        continue;
      alias(report_, span_text(b, i + 1), "anaphora");
      mention(report_, b, i + 1);
    }
  }

  // The end of a document symbol that starts at token i: dots and the words
  // after them written with no space between ("E/CN.6/2007/2",
  // "CTOC/COP/WG.4/2019/5").
  std::size_t symbol_end(std::size_t i) const {
    std::size_t e = i + 1;
    while (e + 1 < toks_.size() && toks_[e].punct == '.' && toks_[e].s == toks_[e - 1].e &&
           toks_[e + 1].word && toks_[e + 1].s == toks_[e].e)
      e += 2;
    return e;
  }
  long symbol_slashes(std::size_t b, std::size_t e) const {
    const std::string_view s = t_.substr(toks_[b].s, toks_[e - 1].e - toks_[b].s);
    return static_cast<long>(std::count(s.begin(), s.end(), '/'));
  }

  // resolution 61/144, A/RES/61/144, decision 4/CMA.4, E/2002/68/Add. 1
  void find_resolutions() {
    // Every rule below needs "resolution" or "decision", or a slash in the
    // token (own_symbol, a document symbol).
    if (!present_.may_have({"resolution", "decision"}) &&
        t_.substr(sent_.start, sent_.end - sent_.start).find('/') == std::string_view::npos)
      return;
    for (std::size_t i = 0; i < toks_.size(); ++i) {
      if (!toks_[i].word || covered_[i] != -1) continue;
      // Views, not copies: every free word of every sentence comes here.
      const std::string_view tx = t_.substr(toks_[i].s, toks_[i].e - toks_[i].s);
      // (Most words have no slash, which memchr tells without a byte loop.)
      const long slashes = tx.find('/') == std::string_view::npos
                               ? 0
                               : static_cast<long>(std::count(tx.begin(), tx.end(), '/'));
      const bool numeric = toks_[i].digit && slashes >= 1;
      const std::string_view next = i + 1 < toks_.size() && toks_[i + 1].word
                                        ? t_.substr(toks_[i + 1].s, toks_[i + 1].e - toks_[i + 1].s)
                                        : std::string_view();
      const bool slashed =
          !next.empty() && toks_[i + 1].digit && next.find('/') != std::string_view::npos;
      // "resolution WHA68.7", "decision EB152(3)": an upper-case series code with a number.
      std::size_t series = 0;
      while (series < next.size() && next[series] >= 'A' && next[series] <= 'Z') ++series;
      const bool coded = series >= 2 && series < next.size() && next[series] >= '0' &&
                         next[series] <= '9' && next.find('/') == std::string_view::npos;
      if ((toks_[i].key == "resolution" || toks_[i].key == "decision") && (slashed || coded)) {
        std::string num(next);
        std::size_t end = i + 2;
        // "EB150.R5" comes as "EB150", ".", "R5" (no space between).
        if (coded && end + 1 < toks_.size() && toks_[end].punct == '.' &&
            toks_[end].s == toks_[i + 1].e && toks_[end + 1].word &&
            toks_[end + 1].s == toks_[end].e) {
          num = text(toks_[i + 1].s, toks_[end + 1].e);
          end += 2;
        }
        std::size_t b = i;
        std::string body;
        if (i >= 2 && covered_[i - 1] >= 0 && type_of(covered_[i - 1]) == NodeType::organisation)
          body = out_.ents[static_cast<std::size_t>(covered_[i - 1])].name;
        // A body no lexicon knows ("United Nations Environment Assembly
        // resolution 5/14"): its capitalised words as written, never a guess.
        if (body.empty() && i > 0 && covered_[i - 1] == -1 && toks_[i - 1].word &&
            toks_[i - 1].cap) {
          std::size_t q = i - 1;
          while (q > 0 && i - q < 10 && toks_[q - 1].word &&
                 (covered_[q - 1] == -1 ||
                  (covered_[q - 1] >= 0 && type_of(covered_[q - 1]) == NodeType::organisation)) &&
                 (toks_[q - 1].cap || connectors().count(toks_[q - 1].key)))
            --q;
          while (q < i && toks_[q].word && (!toks_[q].cap || leading_noise().count(toks_[q].key)))
            ++q;
          if (q < i && title_at(q) == q) body = span_text(q, i);
          // "Council resolution 50/7" in a text that named the Human Rights
          // Council: a body's head word alone is that body.
          if (q + 1 == i) {
            const int named = body_by_last_word(toks_[q].key);
            if (named >= 0) body = out_.ents[static_cast<std::size_t>(named)].name;
          }
        }
        // "In its resolution 9/1, the Conference ...", "The Council, in its
        // resolution 5/1": the possessor is a body named before it or right
        // after, not the General Assembly by default.
        const bool possessed = i > 0 && (is_word(i - 1, "its") || is_word(i - 1, "their"));
        if (possessed && body.empty()) {
          int owner = last_of_types_before(i - 1, {NodeType::organisation});
          std::size_t q = end;
          if (owner < 0 && q < toks_.size() && toks_[q].punct == ',') ++q;
          while (owner < 0 && q < toks_.size() && toks_[q].word && covered_[q] < 0 &&
                 !toks_[q].cap && q < end + 3)
            ++q;
          if (owner < 0 && q < toks_.size() && covered_[q] >= 0 &&
              type_of(covered_[q]) == NodeType::organisation)
            owner = covered_[q];
          if (owner >= 0) body = out_.ents[static_cast<std::size_t>(owner)].name;
        }
        const bool ga =
            slashed && toks_[i].key == "resolution" &&
            ((body.empty() && !possessed) || body.find("General Assembly") != std::string::npos);
        std::string name =
            (ga ? std::string("General Assembly resolution ")
                : std::string(toks_[i].key == "resolution" ? body + " resolution " : "decision ")) +
            num;
        if (!ga && body.empty()) name = std::string(toks_[i].key) + " " + num;
        const int id = entity(NodeType::resolution, name);
        alias(id, span_text(b, end), "normalisation");
        alias(id, std::string(toks_[i].key) + " " + num, "normalisation");
        if (ga) alias(id, "A/RES/" + num, "document symbol");
        mention(id, b, end);
        quoted_title(id, end);
        i = end - 1;
      } else if (own_symbol(i, tx, slashes)) {
        // "SEVENTY-EIGHTH WORLD HEALTH ASSEMBLY   A78/14": a report's own
        // symbol in its title block names the report.
        report_ = entity(NodeType::resolution, std::string(tx));
        mention(report_, i, i + 1);
      } else if (toks_[i].cap && slashes >= 1 && !numeric &&
                 symbol_slashes(i, symbol_end(i)) >= 2) {
        // Document symbol, as written: "CTOC/COP/WG.4/2019/5" comes as
        // "CTOC/COP/WG", ".", "4/2019/5" (no space between); then "Add. 1" /
        // "Rev. 2" continuations.
        std::size_t e = symbol_end(i);
        std::string sym = span_text(i, e);
        if (e + 1 < toks_.size() && toks_[e].punct == '.' && toks_[e + 1].digit) {
          sym += ". " + text(toks_[e + 1].s, toks_[e + 1].e);
          e += 2;
        }
        std::string name = sym;
        const bool ga_symbol = sym.rfind("A/RES/", 0) == 0;
        if (ga_symbol) name = "General Assembly resolution " + sym.substr(6);
        const std::string body_resolution = symbol_resolution(sym);
        if (!body_resolution.empty()) name = body_resolution;
        const int id = entity(NodeType::resolution, name);
        alias(id, sym, "document symbol");
        mention(id, i, e);
        // The first symbol of the title block is the document's own: "the
        // present report" is this one.
        if (report_ < 0 && !ga_symbol && body_resolution.empty() &&
            para_ == &src_.doc.paragraphs.front())
          report_ = id;
        i = e - 1;
      }
    }
  }

  // The name of the resolution a symbol "<series>/<acronym>/RES/<number>"
  // gives, by an organisation acronym the lexicon knows ("A/HRC/RES/53/7":
  // "Human Rights Council resolution 53/7"), or "".
  std::string symbol_resolution(const std::string& sym) const {
    const std::size_t a = sym.find('/');
    const std::size_t r = sym.find("/RES/");
    if (a == std::string::npos || r == std::string::npos || r <= a + 1 || r + 5 >= sym.size())
      return "";
    const std::string acronym = sym.substr(a + 1, r - a - 1);
    const int e = cx_.matcher.entity_by_key(graph::alias_key(acronym));
    if (e < 0) return "";
    const LexiconEntity& le = cx_.lex.entities[static_cast<std::size_t>(e)];
    if (le.type != NodeType::organisation ||
        std::find(le.acronyms.begin(), le.acronyms.end(), acronym) == le.acronyms.end())
      return "";
    return le.name + " resolution " + sym.substr(r + 5);
  }

  // "Seventy-third", "156th", "second": an ordinal number word (not "next").
  bool ordinal_at(std::size_t i) const {
    if (i >= toks_.size() || !toks_[i].word) return false;
    static const WordSet words = {
        "first",      "second",     "third",     "fourth",    "fifth",       "sixth",
        "seventh",    "eighth",     "ninth",     "tenth",     "eleventh",    "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth", "twentieth",  "thirtieth", "fortieth",  "fiftieth",    "sixtieth",
        "seventieth", "eightieth",  "ninetieth", "hundredth"};
    // Every ordinal, word or number, ends in st, nd, rd or th: a cheap test
    // on the key's last two bytes (those of its last word too, when that has
    // three or more) that rejects almost every token before the key is
    // scanned for its last word.
    const std::string& k = toks_[i].key;
    if (k.size() < 3) return false;
    const char s1 = k[k.size() - 2], s2 = k[k.size() - 1];
    if (!((s1 == 's' && s2 == 't') || (s1 == 'n' && s2 == 'd') || (s1 == 'r' && s2 == 'd') ||
          (s1 == 't' && s2 == 'h')))
      return false;
    // The last word of the key, found by hand: rfind and substr were
    // out-of-line calls.
    std::size_t from = k.size();
    while (from > 0 && k[from - 1] != ' ') --from;
    const std::string_view last(k.data() + from, k.size() - from);
    if (last.size() < 3) return false;
    // The whole key when it is one word: its hash is at hand.
    if (from == 0 ? words.count(toks_[i].key) : words.count(last)) return true;
    if (!std::isdigit(static_cast<unsigned char>(last[0]))) return false;
    for (std::size_t q = 0; q + 2 < last.size(); ++q)
      if (!std::isdigit(static_cast<unsigned char>(last[q]))) return false;
    return true;
  }

  // Drop the mention of a lexicon entity over exactly [b, e) (a session
  // name takes it over).
  void unmention(std::size_t b, std::size_t e) {
    const int id = covered_[b];
    if (id < 0) return;
    ments_.erase(std::remove_if(ments_.begin(), ments_.end(),
                                [&](const Mention& m) { return m.b == b && m.e == e; }),
                 ments_.end());
    auto& ms = out_.ents[static_cast<std::size_t>(id)].mentions;
    const std::size_t start = toks_[b].s;
    ms.erase(std::remove_if(ms.begin(), ms.end(),
                            [&](const graph::Evidence& m) {
                              return m.start == start && m.paragraph == para_->number;
                            }),
             ms.end());
    for (std::size_t k = b; k < e; ++k) covered_[k] = -1;
  }

  // The end of the body's or State's mention at token k, or k if none.
  // After a body's name ending at token k: the end of the country office
  // written after it (", Ghana," up to the second comma; " in Mauritius"),
  // else k.
  std::size_t country_office_end(std::size_t k) const {
    if (k + 1 >= toks_.size() || (toks_[k].punct != ',' && !is_word(k, "in"))) return k;
    if (covered_[k + 1] < 0 || type_of(covered_[k + 1]) != NodeType::country) return k;
    const std::size_t e = entity_end(k + 1);
    if (toks_[k].punct == ',' && (e >= toks_.size() || toks_[e].punct != ',')) return k;
    return e;
  }

  // For "(" at token k that opens "(ACR)," (an acronym in parentheses, then
  // a comma): the comma's token; else k.
  std::size_t after_acronym(std::size_t k) const {
    return k + 3 < toks_.size() && toks_[k].punct == '(' && toks_[k + 1].word &&
                   toks_[k + 1].upper && toks_[k + 2].punct == ')' && toks_[k + 3].punct == ','
               ? k + 3
               : k;
  }

  std::size_t entity_end(std::size_t k) const {
    if (k >= toks_.size() || covered_[k] < 0 ||
        (type_of(covered_[k]) != NodeType::organisation &&
         type_of(covered_[k]) != NodeType::country))
      return k;
    return mention_span(k).second;
  }

  // The extent [b, e) of the mention that covers token k.
  std::pair<std::size_t, std::size_t> mention_span(std::size_t k) const {
    std::size_t b = k, e = k;
    while (b > 0 && covered_[b - 1] == covered_[k]) --b;
    while (e < toks_.size() && covered_[e] == covered_[k]) ++e;
    return {b, e};
  }

  // Sessions of bodies: "SBSTA 60" and "COP 29" (a body's acronym, or a
  // session acronym from the event heads, with a session number); "the
  // Seventy-third World Health Assembly" (an ordinal before an assembly,
  // congress or conference); "the Executive Board at its 156th session".
  void find_sessions() {
    for (std::size_t i = 0; i + 1 < toks_.size(); ++i) {
      const Tok& a = toks_[i];
      const Tok& n = toks_[i + 1];
      // ACR N
      if (a.word && a.upper && n.word && n.digit && n.key.size() <= 3 &&
          n.key.find_first_not_of("0123456789") == std::string::npos && covered_[i + 1] == -1 &&
          !(i + 2 < toks_.size() &&
            (toks_[i + 2].punct == '/' || toks_[i + 2].punct == '.' || toks_[i + 2].punct == '%' ||
             is_word(i + 2, "of") || is_word(i + 2, "per") || is_amount_word(i + 2) ||
             is_word(i + 2, "percent")))) {
        int body = -1;
        if (covered_[i] >= 0 && type_of(covered_[i]) == NodeType::organisation &&
            mention_span(i) == std::make_pair(i, i + 1))
          body = covered_[i];
        auto ht = cx_.words.head_type.find(a.key);
        const bool session_acronym =
            covered_[i] == -1 && ht != cx_.words.head_type.end() && ht->second == NodeType::event;
        if (body >= 0 || session_acronym) {
          if (body >= 0) unmention(i, i + 1);
          const int id = entity(NodeType::event, span_text(i, i + 2));
          sessions_.insert(id);
          mention(id, i, i + 2);
          if (body >= 0) relation(id, body, RelationType::organised_by);
          ++i;
          continue;
        }
      }
      // Ordinal + assembly/congress/conference body
      // (The cheap tests first: few tokens come before a body.)
      if (covered_[i] == -1 && covered_[i + 1] >= 0 &&
          type_of(covered_[i + 1]) == NodeType::organisation && (a.cap || a.digit) &&
          ordinal_at(i) && !is_word(i, "next")) {
        const auto [mb, me] = mention_span(i + 1);
        const std::string& last = toks_[me - 1].key;
        if (mb == i + 1 && (last == "assembly" || last == "congress" || last == "conference")) {
          unmention(mb, me);
          const int id = entity(NodeType::event, span_text(i, me));
          sessions_.insert(id);
          mention(id, i, me);
          i = me - 1;
          continue;
        }
      }
    }
  }

  // "the Executive Board at its 156th session" (after the chunks: the body
  // may be a name no lexicon has).
  void find_sessions_of_bodies() {
    // "Human Rights Council / Fifty-third session" (a document header): a
    // line that is only a body's name, then a line that is only a
    // capitalised ordinal and "session", names the body's session.
    const int header_body = header_body_;
    header_body_ = -1;
    if (!ments_.empty() && ments_.front().b == 0 && ments_.front().e == toks_.size() &&
        type_of(ments_.front().ent) == NodeType::organisation)
      header_body_ = ments_.front().ent;
    // "SECURITY COUNCIL / 9342nd MEETING (AM)" likewise names its meeting.
    const bool sitting = toks_.size() == 2 || (toks_.size() == 5 && toks_[2].punct == '(' &&
                                               toks_[3].word && toks_[4].punct == ')');
    const bool numbered = header_body >= 0 && sitting && (toks_[0].cap || toks_[0].digit) &&
                          ordinal_at(0) && (is_word(1, "session") || is_word(1, "meeting"));
    // (An ordinal and an event head may have named the line already.)
    if (numbered && covered_[0] >= 0 && type_of(covered_[0]) == NodeType::event &&
        mention_span(0) == std::pair<std::size_t, std::size_t>{0, 2})
      unmention(0, 2);
    if (numbered && covered_[0] == -1) {
      // (A masthead in capitals: "MEETING" is written "meeting" in the name.)
      const std::string noun = toks_[1].upper ? std::string(toks_[1].key) : span_text(1, 2);
      const std::string name = span_text(0, 1) + " " + noun + " of the " +
                               out_.ents[static_cast<std::size_t>(header_body)].name;
      const int id = entity(NodeType::event, name);
      // A session is where a document goes; a numbered meeting (one sitting)
      // is what its coverage reports on, so it may be the main event.
      if (is_word(1, "session")) sessions_.insert(id);
      mention(id, 0, 2);
      relation(id, header_body, RelationType::organised_by);
      return;
    }
    // Both rules below end in "session" or "meeting".
    if (!present_.may_have({"session", "meeting"})) return;
    for (std::size_t i = 0; i + 4 < toks_.size(); ++i) {
      // "... at its 44th plenary meeting"; "the Group of Experts ... (GRETA)
      // at its ...": the acronym's parenthesis closes before "at". "GRETA
      // held its 47th plenary meeting": the sitting a report is about.
      const std::size_t at = i + 1 < toks_.size() && toks_[i + 1].punct == ')' ? i + 2 : i + 1;
      const std::size_t sitting = is_word(at + 3, "plenary") ? at + 4 : at + 3;
      const bool held = is_word(at, "held") || is_word(at, "holds");
      if (covered_[i] >= 0 && type_of(covered_[i]) == NodeType::organisation &&
          (i + 1 >= toks_.size() || covered_[i + 1] != covered_[i]) &&
          (is_word(at, "at") || held) && is_word(at + 1, "its") && ordinal_at(at + 2) &&
          (is_word(sitting, "session") || is_word(sitting, "meeting")) && covered_[sitting] == -1) {
        const int body = covered_[i];
        const auto [mb, me] = mention_span(i);
        const std::size_t end = sitting + 1;
        const std::string name =
            span_text(at + 2, end) + " of the " + out_.ents[static_cast<std::size_t>(body)].name;
        const int id = entity(NodeType::event, name);
        if (!held) sessions_.insert(id);
        if (at == i + 1 && !held) alias(id, span_text(mb, end), "normalisation");
        mention(id, at + 2, end);
        relation(id, body, RelationType::organised_by);
        i = end - 1;
        continue;
      }
      // "the 67th session of the Commission on the Status of Women (CSW67)":
      // a numbered session of a known body, with its short name.
      const std::size_t r = is_word(i + 3, "the") ? i + 4 : i + 3;
      if (is_word(i + 1, "session") && is_word(i + 2, "of") && covered_[i] == -1 && ordinal_at(i) &&
          !is_word(i, "next") && covered_[i + 1] == -1 && r < toks_.size() && covered_[r] >= 0 &&
          type_of(covered_[r]) == NodeType::organisation && covered_[r - 1] != covered_[r]) {
        const int body = covered_[r];
        const std::size_t me = mention_span(r).second;
        // "(COP 30)" after it: the session its short name names already.
        int id = -1;
        if (me + 1 < toks_.size() && toks_[me].punct == '(' && covered_[me + 1] >= 0 &&
            sessions_.count(covered_[me + 1])) {
          const std::size_t pe = mention_span(me + 1).second;
          if (pe < toks_.size() && toks_[pe].punct == ')') {
            id = covered_[me + 1];
            alias(id, span_text(i, me), "short name");
          }
        }
        if (id < 0) id = entity(NodeType::event, span_text(i, me));
        sessions_.insert(id);
        mention(id, i, me, true);
        relation(id, body, RelationType::organised_by);
        if (me + 2 < toks_.size() && toks_[me].punct == '(' && toks_[me + 1].word &&
            toks_[me + 1].upper && covered_[me + 1] == -1 && toks_[me + 2].punct == ')') {
          alias(id, span_text(me + 1, me + 2), "acronym definition");
          doc_acronyms_.emplace(span_text(me + 1, me + 2), id);
          mention(id, me + 1, me + 2);
        }
        i = me - 1;
      }
    }
  }

  // A quoted title right after token `i`: an alias of `id`.
  void quoted_title(int id, std::size_t i) {
    if (i >= toks_.size() || (toks_[i].punct != 'q' && toks_[i].punct != 'Q' &&
                              toks_[i].punct != '"' && toks_[i].punct != '\''))
      return;
    for (std::size_t j = i + 1; j < toks_.size() && j < i + 30; ++j) {
      if (toks_[j].punct == 'Q' || toks_[j].punct == '"' || toks_[j].punct == '\'') {
        if (j > i + 1) {
          alias(id, span_text(i + 1, j), "quoted title");
          for (std::size_t k = i; k <= j; ++k)
            if (covered_[k] == -1) covered_[k] = -3;
        }
        return;
      }
    }
  }

  // "74/176. Improving the coordination of efforts against trafficking in
  // persons": the heading of a General Assembly resolution's text, after
  // its symbol (A/RES/74/176) in the title block, gives the resolution's
  // title, an alias. The number may end a sentence of its own ("51/66."),
  // the title being the next.
  void resolution_heading() {
    int id = heading_resolution_;
    heading_resolution_ = -1;
    std::size_t b = 0;
    if (id < 0) {
      if (toks_.size() < 2 || !toks_[0].digit || toks_[1].punct != '.' || covered_[0] != -1) return;
      const std::string_view num = t_.substr(toks_[0].s, toks_[0].e - toks_[0].s);
      if (std::count(num.begin(), num.end(), '/') != 1) return;
      const std::string key = graph::alias_key("General Assembly resolution " + std::string(num));
      const auto it = by_key_.find(TypeKey(NodeType::resolution, key));
      if (it == by_key_.end()) return;
      id = it->second;
      mention(id, 0, 1);
      if (toks_.size() == 2) {
        heading_resolution_ = id;
        return;
      }
      b = 2;
    }
    std::size_t e = toks_.size();
    while (e > b && !toks_[e - 1].word) --e;
    if (e < b + 2 || !toks_[b].cap || covered_[b] != -1) return;
    alias(id, span_text(b, e), "resolution title");
    for (std::size_t k = b; k < e; ++k)
      if (covered_[k] == -1) covered_[k] = -3;
  }

  // Quoted names: ‘Name’ followed by an event head ("International
  // Conference"), or “Name” of an organisation.
  void find_quoted() {
    if (!present_.has_punct('q') && !present_.has_punct('"') && !present_.has_punct('Q')) return;
    for (std::size_t i = 0; i + 2 < toks_.size(); ++i) {
      const char open = toks_[i].punct;
      if (open != 'q' && open != '"' && !(open == 'Q' && i + 1 < toks_.size() && toks_[i + 1].cap))
        continue;
      std::size_t j = i + 1;
      while (j < toks_.size() && j < i + 25 && toks_[j].punct != 'Q' && toks_[j].punct != '"') ++j;
      if (j >= toks_.size() || j >= i + 25 || j == i + 1 || !toks_[i + 1].cap) continue;
      if (!free(i + 1, j)) continue;
      // Head right after the closing quote?
      std::size_t h = j + 1;
      std::size_t he = h;
      while (he < toks_.size() && toks_[he].word && toks_[he].cap && he < h + 3) ++he;
      NodeType type = NodeType::organisation;
      bool typed = false;
      for (std::size_t k = h; k < he; ++k)
        if (auto it = cx_.words.head_type.find(toks_[k].key); it != cx_.words.head_type.end()) {
          type = it->second;
          typed = true;
        }
      const std::string name = span_text(i + 1, j);
      if (typed) {
        const int id = entity(type, name);
        alias(id, span_text(i, he), "normalisation");
        alias(id, span_text(i + 1, j) + " " + span_text(h, he), "normalisation");
        alias(id, span_text(h, he), "normalisation");
        head_words_[id].insert(toks_[he - 1].key);
        mention(id, i, he);
        i = he - 1;
        continue;
      }
      // 'the Government of Spain announced "Plan Canarias"': a quoted name
      // of capitalised words only whose first word heads programmes or
      // instruments (written head first, as in Spanish or French) names one.
      if (j >= i + 3 && j <= i + 6) {
        bool caps = true;
        for (std::size_t k = i + 1; k < j && caps; ++k) caps = toks_[k].word && toks_[k].cap;
        const auto ht = cx_.words.head_type.find(toks_[i + 1].key);
        if (caps && ht != cx_.words.head_type.end() &&
            (ht->second == NodeType::initiative || ht->second == NodeType::resolution)) {
          const int id = entity(ht->second, name);
          head_words_[id].insert(toks_[i + 1].key);
          mention(id, i + 1, j);
          i = j;
          continue;
        }
      }
      // 'the high-level side event "Equalizing Opportunities for Women and
      // Girls through Innovation"', 'a webinar entitled "..."': a quoted
      // title of two words or more right after a meeting's noun names it.
      std::size_t p = i;
      if (p > 0 && (is_word(p - 1, "entitled") || is_word(p - 1, "titled") ||
                    is_word(p - 1, "called") || is_word(p - 1, "themed")))
        --p;
      if (p == 0 || j < i + 3 || !toks_[p - 1].word || covered_[p - 1] != -1) continue;
      const auto it = cx_.words.head_type.find(toks_[p - 1].key);
      if (it == cx_.words.head_type.end() || it->second != NodeType::event) continue;
      const int id = entity(NodeType::event, name);
      head_words_[id].insert(toks_[p - 1].key);
      mention(id, i + 1, j);
      i = j;
    }
  }

  // Honorific sequence at i: the end token, or i when none.
  std::size_t honorifics_at(std::size_t i) const {
    std::size_t best = i;
    // Every token of an honorific is capitalised, the first one too.
    if (i >= toks_.size() || !toks_[i].word || !toks_[i].cap) return i;
    const auto it = cx_.words.honorifics.find(toks_[i].key);
    if (it == cx_.words.honorifics.end()) return i;
    for (const auto& h : it->second) {
      std::size_t j = i, k = 0;
      while (k < h.size() && j < toks_.size()) {
        if (toks_[j].punct == '.') {
          ++j;
          continue;
        }
        if (!toks_[j].word || toks_[j].key != h[k] || !toks_[j].cap) break;
        ++j;
        ++k;
      }
      if (k == h.size() && j > best) {
        while (j < toks_.size() && toks_[j].punct == '.') ++j;
        best = j;
      }
    }
    return best;
  }

  std::size_t title_at(std::size_t i) const {
    std::size_t best = i;
    // A title starts with a capital (checked below too, after the lookup).
    if (i >= toks_.size() || !toks_[i].word || !toks_[i].cap) return i;
    const auto it = cx_.words.titles.find(toks_[i].key);
    if (it == cx_.words.titles.end()) return i;
    for (const auto& h : it->second) {
      std::size_t j = i, k = 0;
      while (k < h.size() && j < toks_.size() && toks_[j].word && toks_[j].key == h[k]) {
        ++j;
        ++k;
      }
      if (k == h.size() && j > best && toks_[i].cap) best = j;
    }
    return best;
  }

  // A sentence that opens with a title and a colon ("Rapporteur:",
  // "Co-Chair:", "Moderator:"), the label of a credit line: the colon's
  // token, or npos.
  std::size_t credit_label() const {
    const std::size_t c = title_at(0);
    return c > 0 && c < toks_.size() && toks_[c].punct == ':' ? c : std::string::npos;
  }

  // The person a credit line's label introduces ("Moderator: Ms. Y, ..."):
  // a person named right after the colon, past an honorific only; -1 if none.
  int credited_person() const {
    const std::size_t c = credit_label();
    if (c == std::string::npos) return -1;
    for (const auto& m : ments_) {
      if (m.b <= c || type_of(m.ent) != NodeType::person) continue;
      for (std::size_t k = c + 1; k < m.b; ++k)
        if (covered_[k] != -3 && toks_[k].punct != '.') return -1;
      return m.ent;
    }
    return -1;
  }

  // "al-Saidi", "el-Sisi": an Arabic article joined to a capitalised name,
  // at a lower-case word token i. Inlined: find_persons asks it of every
  // lower-case word, and the key's first byte (the word's own when that is
  // 'a' or 'e') rejects nearly all of them.
  [[gnu::always_inline]] bool article_name(std::size_t i) const {
    const Tok& k = toks_[i];
    if (k.key.empty() || (k.key[0] != 'a' && k.key[0] != 'e')) return false;
    const std::string_view w(t_.data() + k.s, k.e - k.s);
    if (w.size() < 5 || (w[0] != 'a' && w[0] != 'e') || (w[2] != '-' && w[3] != '-')) return false;
    for (const std::string_view a : {"al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "an-"})
      if (w.starts_with(a) && w[a.size()] >= 'A' && w[a.size()] <= 'Z') return true;
    return false;
  }

  bool name_token(std::size_t i) const {
    if (i >= toks_.size() || !toks_[i].word) return false;
    if (covered_[i] != -1) return false;
    if (!toks_[i].cap) return article_name(i);
    if (toks_[i].cap && !toks_[i].upper && !toks_[i].digit) {
      if (cx_.words.head_type.count(toks_[i].key) != 0) return false;
      // The field of a portfolio ends a title's complement; no name starts
      // with it ("Minister of Foreign Affairs Retno Marsudi", "Special
      // Representative for Combating Trafficking in Human Beings Kari
      // Johnstone").
      return !portfolio_word(i) && !headline_verb(i);
    }
    // initials "B." are tokens "B" + "."
    return false;
  }

  // A word of a portfolio's field at token i ("Affairs", "Labour", "Health").
  bool portfolio_word(std::size_t i) const {
    static const WordSet portfolio = {
        "affairs",     "development", "security",    "relations",  "cooperation", "protection",
        "welfare",     "education",   "interior",    "defence",    "defense",     "finance",
        "labour",      "labor",       "health",      "trade",      "industry",    "agriculture",
        "environment", "employment",  "immigration", "migration",  "equality",    "integration",
        "planning",    "justice",     "asylum",      "rights",     "beings",      "persons",
        "trafficking", "women",       "children",    "refugees",   "violence",    "conflict",
        "crime",       "drugs",       "disarmament", "youth",      "gender",      "resource",
        "resources",   "energy",      "transport",   "tourism",    "science",     "technology",
        "culture",     "information", "torture",     "smuggling",  "issues",      "matters",
        "policy",      "operations",  "home",        "citizenship"};
    return i < toks_.size() && toks_[i].word && portfolio.count(toks_[i].key) != 0;
  }

  // A headline's verb in title case at token i ("Voluntary Trust Fund Needs
  // Strong, Continued Support"): no part of a name (kHeadlineVerbs).
  bool headline_verb(std::size_t i) const {
    static const WordSet verbs({}, kHeadlineVerbs);
    return toks_[i].word && toks_[i].cap && verbs.count(toks_[i].key) != 0;
  }

  // Name tokens from i: [i, end) with at least `min` capitalised words.
  std::size_t person_name(std::size_t i, int min) const {
    std::size_t j = i;
    int words = 0;
    // "Dr LEE Jong-wook", "Mr KIM Won-soo": after an honorific, a family name
    // in capitals first, as UN documents write East Asian names, before a
    // given name.
    const bool after_honorific = (j >= 1 && honorifics_at(j - 1) == j) ||
                                 (j >= 2 && toks_[j - 1].punct == '.' && honorifics_at(j - 2) == j);
    if (after_honorific && j + 1 < toks_.size() && toks_[j].word && toks_[j].upper &&
        !toks_[j].digit && covered_[j] == -1 && toks_[j].key.size() <= 8 &&
        !cx_.words.head_type.count(toks_[j].key) && name_token(j + 1)) {
      ++words;
      ++j;
    }
    while (j < toks_.size() && words < 5) {
      // ("Mr M.N. KHAN": initials written together come as one token.)
      if (name_token(j) || (after_honorific && j == i && dotted_initials(j))) {
        ++words;
        ++j;
        if (j < toks_.size() && toks_[j].punct == '.' &&
            (toks_[j - 1].key.size() == 1 || dotted_initials(j - 1)))
          ++j;
        continue;
      }
      if (words > 0 && toks_[j].word && name_particles().count(toks_[j].key) && name_token(j + 1)) {
        ++j;
        continue;
      }
      // "Mr M.N. KHAN", "Ms J. HALTON" (WHO lists of participants): after an
      // honorific and initials only, the family name in capitals ends it.
      if (after_honorific && words > 0 && j > i &&
          (toks_[j - 1].punct == '.' || dotted_initials(j - 1)) && toks_[j].word &&
          toks_[j].upper && !toks_[j].digit && covered_[j] == -1 && toks_[j].key.size() <= 15 &&
          !cx_.words.head_type.count(toks_[j].key)) {
        bool initials_only = true;
        for (std::size_t q = i; q < j && initials_only; ++q)
          initials_only = !toks_[q].word || toks_[q].key.size() == 1 || dotted_initials(q);
        if (initials_only) {
          ++words;
          ++j;
        }
      }
      break;
    }
    while (j > i && !toks_[j - 1].word) --j;
    // A name does not end in a role word ("Chief Heat Officer": "Heat Officer" is no name).
    while (j > i && toks_[j - 1].word && title_word(j - 1)) {
      --j;
      --words;
      while (j > i && !toks_[j - 1].word) --j;
    }
    if (words < min) return i;
    // Nor in a place's head ("... Attorney for San Diego County").
    static const WordSet places = {"county",   "city",   "province",     "district",
                                   "region",   "island", "municipality", "prefecture",
                                   "township", "oblast", "governorate"};
    if (places.count(toks_[j - 1].key)) return i;
    // A name does not start with a title ("H.E. Ambassador Guillermo
    // Fernández": the name starts after "Ambassador"; "Executive Director
    // Kari Tapiola"), nor with a State's adjective ("Austrian Presidency").
    if (title_word(i) || title_at(i) > i + 1 || country_adjective(i) >= 0) return i;
    return j;
  }

  // A meeting's presiding title ("Chair", "President-designate").
  static bool presiding_title(const Key& k) {
    static const WordSet presiding = {"president", "president designate", "chair",    "co chair",
                                      "cochair",   "chairperson",         "chairman", "chairwoman"};
    return presiding.count(k) != 0;
  }

  // A one-word title in the plural then "of" at token k ("Heads of
  // Delegations", "Ministers of Foreign Affairs of ..."): persons.
  bool plural_title_of(std::size_t k) const {
    return k < toks_.size() && toks_[k].word && toks_[k].key.size() > 3 &&
           toks_[k].key.back() == 's' && is_word(k + 1, "of") &&
           one_word_title(toks_[k].key.substr(0, toks_[k].key.size() - 1));
  }

  // A one-word title ("Officer", "Director") at token i.
  bool title_word(std::size_t i) const { return one_word_title(toks_[i].key); }
  // Whether `key` is a one-word title's key (a token's Key is looked up by
  // the hash it carries, another string is hashed).
  template <typename K>
  bool one_word_title(const K& key) const {
    auto it = cx_.words.titles.find(key);
    if (it == cx_.words.titles.end()) return false;
    for (const auto& h : it->second)
      if (h.size() == 1) return true;
    return false;
  }

  // The end of the honorifics one after another from token i, at most up
  // to `limit` ("H.E. Mr. Martin Sajdik": the token of "Martin"); i if none.
  std::size_t honorific_chain_at(std::size_t i, std::size_t limit = std::string::npos) const {
    std::size_t h = i;
    while (h < limit && honorifics_at(h) > h) h = honorifics_at(h);
    return h;
  }

  // "Title of the Complement Given Surname": the person's name is the run of
  // name tokens at the end of [from, k), leaving at least one complement word
  // before it. Returns the name's first token, or k when there is none.
  std::size_t trailing_name(std::size_t complement, std::size_t from, std::size_t k) const {
    std::size_t s = k;
    // (An initial's dot is part of the name and no word of it.)
    std::size_t dots = 0;
    while (s > from && (name_token(s - 1) || initial_dot(s - 1)) && k - s < 4 + dots) {
      if (initial_dot(s - 1)) ++dots;
      --s;
    }
    // At least one word of complement stays before the name.
    std::size_t words_before = 0;
    for (std::size_t q = complement; q < s; ++q)
      if (toks_[q].word && !connectors().count(toks_[q].key)) ++words_before;
    while (words_before == 0 && s < k) {
      if (toks_[s].word && !connectors().count(toks_[s].key)) ++words_before;
      ++s;
    }
    if (k - s < 2) return k;
    // "Minister of Environment and Climate Change": after "and" or "of" the
    // capitalised words are still the complement, not a name; so they are
    // after a possessive ("Chief of Women's Economic Empowerment").
    if (s > complement && toks_[s - 1].word &&
        (connectors().count(toks_[s - 1].key) || Matcher::possessive_len(t_, toks_[s - 1]) > 0))
      return k;
    // Particles inside the run ("Ana María de la Cruz") are not checked here.
    return s;
  }

  // Persons a speaker names without an honorific: "My name is Cindy Dyer",
  // "My name's John Richmond" (transcripts of remarks), and the names after
  // a plural title ("Ambassadors Luis CdeBaca, Susan Coppedge, and John
  // Richmond"), each with the title as role.
  void find_introduced_persons() {
    const bool my = present_.may_have({"my"});
    for (std::size_t i = 0; i + 2 < toks_.size(); ++i) {
      std::size_t at = 0;
      if (my && is_word(i, "my") && is_word(i + 1, "name") && is_word(i + 2, "is"))
        at = i + 3;
      else if (my && is_word(i, "my") && toks_[i + 1].word &&
               (toks_[i + 1].key == "name's" || toks_[i + 1].key == "names"))
        at = i + 2;
      if (at > 0) {
        const std::size_t ne = person_name(at, 2);
        if (ne > at && free(at, ne)) {
          const int id = person_entity(at, ne);
          mention(id, at, ne);
          persons_.push_back(id);
        }
        continue;
      }
      // A plural title: its key less the final "s" is a one-word title.
      const Key& k = toks_[i].key;
      if (!toks_[i].word || !toks_[i].cap || covered_[i] != -1 || k.size() < 5 || k.back() != 's')
        continue;
      if (!one_word_title(k.substr(0, k.size() - 1))) continue;
      std::vector<std::pair<std::size_t, std::size_t>> names;
      std::size_t j = i + 1;
      while (j < toks_.size()) {
        const std::size_t ne = person_name(j, 2);
        if (ne == j || !free(j, ne)) break;
        names.emplace_back(j, ne);
        j = ne;
        if (j < toks_.size() && toks_[j].punct == ',') ++j;
        if (is_word(j, "and")) ++j;
      }
      if (names.size() < 2) continue;
      for (const auto& [b, e] : names) {
        const int id = person_entity(b, e);
        mention(id, b, e);
        persons_.push_back(id);
        out_.ents[static_cast<std::size_t>(id)].attrs.emplace("role",
                                                              text(toks_[i].s, toks_[i].e - 1));
      }
      i = j - 1;
    }
  }

  // The speaker a speech's byline names: "Speech delivered by: Inger
  // Andersen", "By Achim Steiner" (a line of its own): the name ends the
  // line.
  void find_bylines() {
    if (!present_.may_have({"by"})) return;
    for (std::size_t i = 0; i + 1 < toks_.size(); ++i) {
      if (!is_word(i, "by") ||
          !(i == 0 || is_word(i - 1, "delivered") || is_word(i - 1, "presented")))
        continue;
      const std::size_t at = toks_[i + 1].punct == ':' ? i + 2 : i + 1;
      const std::size_t ne = person_name(at, 2);
      if (ne == at || !free(at, ne) || (ne < toks_.size() && !line_break_between(ne - 1, ne)))
        continue;
      const int id = person_entity(at, ne);
      mention(id, at, ne);
      persons_.push_back(id);
    }
  }

  // Tokens [b, e) as a name, without a possessive ("Catherine Russell's
  // remarks").
  std::string name_text(std::size_t b, std::size_t e) const {
    std::string name = span_text(b, e);
    name.resize(name.size() - Matcher::possessive_len(t_, toks_[e - 1]));
    return name;
  }

  int person_entity(std::size_t b, std::size_t e) {
    const std::string name = name_text(b, e);
    // "Catherine M. Russell" and "Catherine Russell" are the same person: the
    // name without its middle initials is an alias, whichever comes first.
    std::string plain;
    std::size_t words = 0;
    for (std::size_t k = b; k < e; ++k) {
      if (!toks_[k].word) continue;
      const bool initial =
          k > b && k + 1 < e && toks_[k].key.size() == 1 && toks_[k + 1].punct == '.';
      if (initial) continue;
      ++words;
      plain += (plain.empty() ? "" : " ") + text(toks_[k].s, toks_[k].e);
    }
    if (words >= 2 && e > b && plain.size() + 2 < name.size() &&
        Matcher::possessive_len(t_, toks_[e - 1]) == 0) {
      if (auto it = by_key_.find({NodeType::person, graph::alias_key(plain)});
          it != by_key_.end()) {
        alias(it->second, name, "normalisation");
        return it->second;
      }
      const int id = entity(NodeType::person, name);
      alias(id, plain, "normalisation");
      return id;
    }
    return entity(NodeType::person, name);
  }

  void find_persons() {
    for (std::size_t i = 0; i < toks_.size(); ++i) {
      // ("the President of the State of Palestine, Mahmoud Abbas": a title
      // in an ignored phrase such as "the President" still names its holder.)
      if (!toks_[i].word || (covered_[i] != -1 && !(covered_[i] == -2 && title_at(i) > i)))
        continue;
      // Honorifics and titles start with a capital: a lower-case word (most
      // tokens) is a post in news style ("UNHCR spokesperson X") or takes the
      // untitled path below without the two lookups, and only when
      // person_name(i, ...) > i may hold: that needs a name token at i
      // ("al-Saidi") or a family name in capitals.
      if (!toks_[i].cap) {
        if (news_post(i)) continue;
        // (name_token(i) of a lower-case word, without the call.)
        if (toks_[i].upper || (covered_[i] == -1 && article_name(i))) untitled_person(i);
        continue;
      }
      // ("H.E. Mr Arjun Singh": a courtesy honorific after another; a style
      // such as "Sir" or "Sheikha" stays in the name: "H.E. Sir Emyr Jones
      // Parry".)
      std::size_t h = honorifics_at(i);
      while (h > i && courtesy_honorific(h)) h = honorifics_at(h);
      // "Commissioner for Home Affairs Ylva Johansson": an honorific that is
      // also a title, with a complement, is the title.
      if (h > i &&
          (is_word(h, "for") || is_word(h, "of") || is_word(h, "on") || toks_[h].punct == ',') &&
          title_at(i) > i)
        h = i;
      std::size_t role_b = 0, role_e = 0;
      bool titled = false;
      bool others_title = false;      // the title is in the role of a person named before
      bool chair_apposition = false;  // "the Chair, Ambassador X"
      if (h == i) {
        const std::size_t te = title_at(i);
        if (te == i) {
          untitled_person(i);
          continue;
        }
        // ("Dr. X, Minister of Planning and Head of the 26th Session, Eng. Y,
        // ...": a title inside the role of a person named before is that
        // person's, not the next name's.)
        others_title = std::any_of(role_of_.begin(), role_of_.end(),
                                   [&](const Role& r) { return r.b <= i && i < r.e; });
        titled = true;
        // Skip a role complement ("of the General Assembly", "for Foreign
        // Affairs of Ghana", "on Sexual Violence in Conflict").
        std::size_t j = te;
        // ("The Office to Monitor ... Acting Director Kari Johnstone": the
        // modifier is part of the role, and the body before it the person's.)
        role_b = i > 0 && modified_title(i - 1) ? i - 1 : i;
        // ("Provincial Minister Labour & Human Resource Ansar Majeed Khan":
        // the field of a portfolio may follow the title without "of".)
        const bool preposition = j < toks_.size() && toks_[j].word &&
                                 (toks_[j].key == "of" || toks_[j].key == "for" ||
                                  toks_[j].key == "to" || toks_[j].key == "on");
        if (preposition || (j < toks_.size() && toks_[j].cap && portfolio_word(j))) {
          const std::size_t c = preposition ? j + 1 : j;  // the complement's first token
          std::size_t k = c;
          std::size_t last_entity_end = 0;
          // ("Regional Director for EU, Norway and Switzerland Eugenio
          // Ambrosi": a comma between named bodies or States stays inside.)
          // ("Commissioner for Migration, Home Affairs and Citizenship
          // Dimitris Avramopoulos": so is one between fields.)
          auto listed = [&](std::size_t q) {
            return toks_[q].punct == ',' && q > c && q + 1 < toks_.size() &&
                   ((covered_[q - 1] >= 0 && covered_[q + 1] >= 0) ||
                    (portfolio_word(q - 1) && portfolio_word(q + 1)));
          };
          while (k < toks_.size() &&
                 ((toks_[k].word &&
                   (toks_[k].cap || toks_[k].digit || connectors().count(toks_[k].key))) ||
                  listed(k) || (toks_[k].punct == '&' && k > c) || initial_dot(k))) {
            if (!toks_[k].word) {  // (listed, "&" or an initial's dot)
              ++k;
              continue;
            }
            // "Minister of Foreign Affairs X and Commissioner for Home
            // Affairs Y": "and" before another title ends the complement.
            // ("... of Labour Arnold Levine and ILO Executive Director Kari
            // Tapiola": also a body's name before the other title.)
            if (is_word(k, "and") && (title_at(k + 1) > k + 1 || honorifics_at(k + 1) > k + 1 ||
                                      title_at(entity_end(k + 1)) > entity_end(k + 1)))
              break;
            if (covered_[k] >= 0) {
              std::size_t q = k;
              while (q < toks_.size() && covered_[q] == covered_[k]) ++q;
              last_entity_end = q;
              k = q;
              continue;
            }
            ++k;
          }
          // The complement may run into the name: "High Commissioner for Refugees
          // Filippo Grandi", "President of the ECOWAS Commission Omar Alieu Touray".
          std::size_t tn = trailing_name(c, last_entity_end ? last_entity_end : c, k);
          // Not across another person's honorific or title ("... Council His Excellency X
          // and the Deputy Secretary-General Dr. Y").
          for (std::size_t q = c; q < tn && tn < k; ++q)
            if ((toks_[q].word && honorifics_at(q) > q) || (q > c && title_at(q) > q)) tn = k;
          // ("The Undersecretary for Tourism Public Policies, Teresa Solis;":
          // with a name after the comma, the complement's last words are no
          // name.)
          const bool holder_after =
              !last_entity_end && name_after_comma(after_acronym(k)).second > 0;
          if (tn < k && (k >= toks_.size() || !toks_[k].word || !toks_[k].cap) &&
              person_name(tn, 2) == k && !holder_after) {
            j = tn;
          } else if (!last_entity_end && name_after_comma(after_acronym(k)).second > 0) {
            // "The Director of the Division for Treaty Affairs, John
            // Brandolino, spoke": a complement no lexicon knows, then the name.
            j = k;
          } else if (const std::size_t q = bodies_then_comma(k);
                     !last_entity_end && q > 0 && name_after_comma(q).second > 0) {
            // "Head of Operations and Social Dialogue, IPEC, ILO, Simon
            // Steyne": the bodies of the post after its complement.
            j = q;
          } else {
            // ("Director of Georgia's Reform Associates, Dr. Sergi
            // Kapanadze": a possessive entity's words after it are the
            // complement's, not a name.)
            j = last_entity_end && Matcher::possessive_len(t_, toks_[last_entity_end - 1]) == 0
                    ? last_entity_end
                    : k;
            if (j == k && !last_entity_end) continue;
          }
        }
        // "Executive Director, UN Office on Drugs and Crime, Yury Fedotov:":
        // the title's body after a comma, then the name.
        if (const std::size_t q = bodies_then_comma(j); q > 0 && name_after_comma(q).second > 0)
          j = q;
        role_e = j;
        // "... of the United Nations Office on Drugs and Crime (UNODC), John
        // Brandolino": the name comes after the body's acronym.
        j = after_acronym(j);
        // "The Chief of Mission of the International Organization for
        // Migration (IOM), Ghana, Ms Abibatou Wane-Fall": the body's country
        // office between commas.
        const std::size_t body = j > 0 && toks_[j - 1].punct == ')' && j >= 3 ? j - 4 : j - 1;
        if (j > te && toks_[j].punct == ',' && covered_[body] >= 0 &&
            type_of(covered_[body]) == NodeType::organisation)
          j = country_office_end(j);
        h = honorifics_at(j);
        // "the Minister of Health of Colombia, Guillermo Alfonso Jaramillo
        // Martínez"; "the WHO Director-General, Dr Tedros": a bare title
        // after a body's name is as specific.
        if (h == j && j < toks_.size() && toks_[j].punct == ',' &&
            (j > te || (i > 0 && covered_[i - 1] >= 0 &&
                        (type_of(covered_[i - 1]) == NodeType::organisation ||
                         type_of(covered_[i - 1]) == NodeType::country)))) {
          // ("..., H.E. Mr. Martin Sajdik": honorifics one after another.)
          const std::size_t h2 = honorific_chain_at(j + 1);
          if (person_name(h2, 2) > h2) h = h2;
        } else if (h == j && j == te && i > 0 && is_word(i - 1, "the") && toks_[j].punct == ',' &&
                   honorifics_at(j + 1) > j + 1 &&
                   person_name(honorific_chain_at(j + 1), 2) > honorific_chain_at(j + 1)) {
          // "the conclusions of the Chair, Ambassador Regine De Clerq": a
          // bare title in apposition to the honorific and name after it.
          h = honorific_chain_at(j + 1);
          chair_apposition = true;
        } else if (h == j && j == te && j + 1 < toks_.size() && toks_[j].punct == ',' &&
                   covered_[j + 1] >= 0 && type_of(covered_[j + 1]) == NodeType::organisation) {
          // "Chief of Mission, IOM Bangladesh Giorgi Gigauri, signed": the
          // post's body (and its country office) after a comma, then the
          // holder's name.
          std::size_t q = j + 1;
          while (entity_end(q) > q) q = entity_end(q);
          if (holder_name(q) > q) {
            role_e = q;
            h = q;
          }
        } else if (h == j && j == te && i > 0 && toks_[i - 1].word && toks_[i - 1].cap &&
                   covered_[i - 1] == -1 && !leading_noise().count(toks_[i - 1].key)) {
          // "The Independent Anti-Slavery Commissioner, Eleanor Lyons, told
          // ...": a title that capitalised words make one office, then its
          // holder after a comma.
          if (const auto [nb, ne] = name_after_comma(j); ne > nb) {
            h = nb;
            while (role_b > 0 && toks_[role_b - 1].word && toks_[role_b - 1].cap &&
                   covered_[role_b - 1] == -1 && !leading_noise().count(toks_[role_b - 1].key))
              --role_b;
          }
        }
      } else {
        // A role right before the honorific ("President of the General Assembly Her Excellency").
        std::size_t k = i;
        while (k > 0 && toks_[k - 1].word &&
               (toks_[k - 1].cap || connectors().count(toks_[k - 1].key)) && i - k < 14)
          --k;
        for (std::size_t q = k; q < i; ++q)
          if (title_at(q) > q) {
            role_b = q;
            role_e = i;
            break;
          }
      }
      const std::size_t ne = person_name(h, titled ? 2 : 1);
      // ("Co-Chair of the UN High Level Steering Committee": capitalised
      // words before a body's head word are its name, not a person's.)
      if (titled && ne > h && ne < toks_.size() && head_word_at(ne)) continue;
      if (ne == h) {
        // Title + surname of a known person ("Secretary Blinken"); a body
        // right before the title is the person's, as for a full name below
        // ("SBI Chair Munir").
        if (titled && name_token(h)) {
          int p = surname_mention(h, true);
          if (p < 0 && (p = single_name_person(h)) >= 0) {
            for (std::size_t k = i; k < h; ++k)
              if (covered_[k] == -1) covered_[k] = -3;
            if (role_e > role_b) set_role(p, role_b, role_e);
            country_before_title(p, role_b);
          }
          if (p >= 0 && role_b > 0 && covered_[role_b - 1] >= 0 &&
              (type_of(covered_[role_b - 1]) == NodeType::organisation ||
               type_of(covered_[role_b - 1]) == NodeType::country))
            relation(p, covered_[role_b - 1], RelationType::affiliated_with);
        }
        continue;
      }
      if (ne - h == 1 && !titled) {
        // "the statement of Mr. Fedotov, UNODC Executive Director": an
        // honorific and one name no person named before ends with is a
        // person when an apposition gives a title (after a body's name, if
        // any).
        if (surname_mention(h) < 0 && ne + 1 < toks_.size() && toks_[ne].punct == ',' &&
            title_at(entity_end(ne + 1)) > entity_end(ne + 1)) {
          const int id = single_name_person(h);
          if (id >= 0) apposition(id, ne);
        }
        continue;
      }
      // "Director of the Climate and Health Department of WHO María Neira":
      // a body's name in the role complement (an organisation head word no
      // lexicon name covers) is an entity of its own, and the person's.
      if (titled && role_e > role_b) {
        std::size_t cb = title_at(role_b);
        while (cb < role_e && toks_[cb].word && connectors().count(toks_[cb].key)) ++cb;
        bool open_head = false;
        for (std::size_t k = cb; k < role_e && !open_head; ++k)
          if (covered_[k] == -1) {
            bool f = false;
            open_head = head_of(k, &f) == NodeType::organisation && f;
          }
        if (open_head && cb < role_e && covered_[cb] == -1 && toks_[cb].cap) chunk(cb, role_e);
      }
      const int id = person_entity(h, ne);
      if (h > i) {
        // The form as written, from after a comma that sets the title apart
        // ("the Permanent Representative of Austria, H.E. Mr. Martin Sajdik").
        // A comma inside the title's complement ("for EU, Norway and
        // Switzerland") sets nothing apart: only one right before the
        // honorifics does.
        std::size_t a = h;
        while (a > i && toks_[a - 1].punct != ',') --a;
        if (a == i || honorific_chain_at(a, h) != h) a = i;
        if (a < h) alias(id, name_text(a, ne), "honorific");
      }
      mention(id, h, ne);
      for (std::size_t k = i; k < h; ++k)
        if (covered_[k] == -1) covered_[k] = -3;
      persons_.push_back(id);
      if (titled) country_before_title(id, role_b);
      // ("Dr. X, Minister of Planning and Head of the 26th Session, Eng. Y,
      // UAE Minister ...": a title inside the role of a person named before
      // is that person's, not the next name's.)
      const bool own_title = role_e > role_b && !others_title;
      if (!apposition(id, ne, own_title) && own_title) set_role(id, role_b, role_e);
      // "Rapporteur: Mr. F. Andrade (Secretariat)": the label of a credit
      // line is the role of the person it introduces, unless an apposition
      // gave the person's own title.
      if (h > i && i > 0 && credit_label() + 1 == i)
        out_.ents[static_cast<std::size_t>(id)].attrs.emplace("role", span_text(0, i - 1));
      // "Atlantic Council President and CEO Fred Kempe": capitalised words
      // ending in a body's head right before the title name a body the
      // lexicon does not know; it is named here, before the chunker would
      // run it on into the title and the name.
      if (titled && role_b > 1 && covered_[role_b - 1] == -1 && toks_[role_b - 1].cap &&
          head_word_at(role_b - 1)) {
        bool f = false;
        if (head_of(role_b - 1, &f) == NodeType::organisation) {
          std::size_t k = role_b - 1;
          while (k > 0 && toks_[k - 1].word && covered_[k - 1] == -1 &&
                 (toks_[k - 1].cap || connectors().count(toks_[k - 1].key)))
            --k;
          if (k + 1 < role_b) chunk(k, role_b);
        }
      }
      // "WMO Secretary-General Celeste Saulo", "UNEP Executive Director X": a
      // body or country right before the title is the person's.
      if (titled && role_b > 0 && covered_[role_b - 1] >= 0) {
        const int body = covered_[role_b - 1];
        const NodeType bt = type_of(body);
        if (bt == NodeType::organisation || bt == NodeType::country)
          relation(id, body, RelationType::affiliated_with);
        // "COP 29 President-designate Mukhtar Babayev", "Forum Chair X": a
        // meeting's presiding title over the name gives the meeting's chair.
        if (bt == NodeType::event && role_b + 1 == role_e && toks_[role_b].word &&
            presiding_title(toks_[role_b].key))
          relation(body, id, RelationType::chaired_by);
      }
      // ("the Chair, Ambassador X": the chair of the meeting in scene.)
      if (chair_apposition && role_b + 1 == role_e && toks_[role_b].word &&
          presiding_title(toks_[role_b].key))
        relation(scene_event(), id, RelationType::chaired_by);
      i = ne - 1;
    }
  }

  // The office holder's name [b, e) after token k, a comma: two or more
  // words, after an honorific if any, that a clause goes on after ("The
  // Director of the Division for Treaty Affairs, John Brandolino, spoke");
  // {0, 0} if there is none.
  std::pair<std::size_t, std::size_t> name_after_comma(std::size_t k) const {
    if (k + 1 >= toks_.size() || toks_[k].punct != ',') return {0, 0};
    const std::size_t h = honorifics_at(k + 1);
    std::size_t ne = holder_name(h);
    // ("..., Mr Ignatius Baffour-Awuah to inform him": after an honorific
    // the name ends where the name does, whatever follows it.)
    if (ne == h && h > k + 1) {
      const std::size_t pe = person_name(h, 2);
      if (pe > h && free(h, pe)) ne = pe;
    }
    if (ne == h || ne >= toks_.size()) return {0, 0};
    return {h, ne};
  }

  // The end of an office holder's name at token b: two or more words, free,
  // with no head word of a body or meeting among them, that a clause goes on
  // after (a verb in the past, "said" or "says", or a comma, full stop,
  // semicolon or colon; not a noun: "the UNHCR Global Trends report"); b if
  // none.
  std::size_t holder_name(std::size_t b) const {
    const std::size_t ne = person_name(b, 2);
    if (ne == b || !free(b, ne)) return b;
    for (std::size_t q = b; q < ne; ++q)
      if (head_word_at(q)) return b;
    if (ne >= toks_.size()) return ne;
    const Tok& after = toks_[ne];
    const bool verb = after.word && !after.cap &&
                      (after.key.ends_with("ed") || after.key == "said" || after.key == "says" ||
                       after.key == "told" || after.key == "spoke");
    // ("the Minister of the Interior, Mr. Fernando Gomez Mont and held a
    // meeting": "and" and a lower-case word go on with another verb.)
    const bool and_verb = after.word && after.key == "and" && ne + 1 < toks_.size() &&
                          toks_[ne + 1].word && !toks_[ne + 1].cap;
    return verb || and_verb || after.punct == ',' || after.punct == '.' || after.punct == ';' ||
                   after.punct == ':' || after.punct == 'd' || after.punct == '('
               ? ne
               : b;
  }

  // "UN High Commissioner for Refugees Filippo Grandi told ...": a body the
  // lexicon names after the post that heads it, then a name of two or more
  // words (no head word of a body or meeting among them), is the post's
  // holder, affiliated with the body.
  void find_persons_after_offices() {
    const std::size_t count = ments_.size();
    for (std::size_t x = 0; x < count; ++x) {
      const Mention m = ments_[x];
      if (m.nested || m.e >= toks_.size() || covered_[m.e] != -1 ||
          type_of(m.ent) != NodeType::organisation || !(toks_[m.e].cap || toks_[m.e].punct == ','))
        continue;
      bool office = false;
      for (std::size_t k = m.b; k < m.e && !office; ++k) office = title_at(k) > k;
      if (!office) continue;
      // "The Special Rapporteur on trafficking in persons, especially women
      // and children, Siobhán Mullally, presented ...": the holder after a comma.
      if (const auto [h, ne] = name_after_comma(m.e); ne > h) {
        const int id = person_entity(h, ne);
        mention(id, h, ne);
        persons_.push_back(id);
        relation(id, m.ent, RelationType::affiliated_with);
        continue;
      }
      // (The holder named with an honorific, found before: "..., Ms. Joy
      // Ngozi Ezeilo, in partnership with ...".)
      if (toks_[m.e].punct == ',') {
        const std::size_t h = honorific_chain_at(m.e + 1);
        if (h > m.e + 1 && h < toks_.size() && covered_[h] >= 0 &&
            type_of(covered_[h]) == NodeType::person && mention_span(h).first == h) {
          const int p = covered_[h];
          out_.ents[static_cast<std::size_t>(p)].attrs.emplace("role", span_text(m.b, m.e));
          relation(p, m.ent, RelationType::affiliated_with);
          continue;
        }
      }
      if (!toks_[m.e].cap) continue;
      const std::size_t ne = holder_name(m.e);
      if (ne == m.e) continue;
      const int id = person_entity(m.e, ne);
      alias(id, span_text(m.b, ne), "honorific");
      mention(id, m.e, ne);
      persons_.push_back(id);
      relation(id, m.ent, RelationType::affiliated_with);
    }
  }

  // "AU Commission chairperson Jean Ping", "UNHCR spokesperson Babar Baloch
  // told ...", "led by the Foreign Affairs minister, Manuel Augusto": news
  // write a post in lower case between the body or portfolio it serves
  // (capitalised words) and its holder's name, right after it or after a
  // comma. The words from the body to the post are the role; a body or State
  // among them is the person's (relations()). Moves i past the name.
  bool news_post(std::size_t& i) {
    static const WordSet posts({"chairman", "chairwoman", "spokesman", "spokeswoman", "envoy",
                                "commissioner", "ambassador"},
                               kLowerPosts);
    if (i == 0 || toks_[i].cap || !posts.count(toks_[i].key)) return false;
    std::size_t b = i;
    while (b > 0 && toks_[b - 1].word && toks_[b - 1].cap && covered_[b - 1] != -2 &&
           covered_[b - 1] != -3 && !leading_noise().count(toks_[b - 1].key) &&
           title_at(b - 1) == b - 1)
      --b;
    std::size_t role_e = i + 1, h = 0, ne = 0;
    if (b == i) {
      // "The head of the African Union Commission, Moussa Faki Mahamat,": the
      // post of a known body or State, then the holder after a comma.
      const std::size_t r = is_word(i + 2, "the") ? i + 3 : i + 2;
      if (!is_word(i + 1, "of") || r >= toks_.size() || covered_[r] < 0 ||
          (type_of(covered_[r]) != NodeType::organisation &&
           type_of(covered_[r]) != NodeType::country))
        return false;
      role_e = entity_end(r);
      // ("the head of IOM, Mauritius, Lalini Veerassamy": with its country
      // office.)
      if (type_of(covered_[r]) == NodeType::organisation) role_e = country_office_end(role_e);
      std::tie(h, ne) = name_after_comma(role_e);
    } else if (role_e < toks_.size() && toks_[role_e].punct == ',') {
      std::tie(h, ne) = name_after_comma(role_e);
    } else {
      h = role_e;
      ne = holder_name(h);
    }
    if (ne <= h) return false;
    const int id = person_entity(h, ne);
    mention(id, h, ne);
    persons_.push_back(id);
    set_role(id, b, role_e);
    for (std::size_t k = i; k < h; ++k)
      if (covered_[k] == -1) covered_[k] = -3;
    i = ne - 1;
    return true;
  }

  // A name without honorific or title is a person only when an apposition
  // says so: "Nabeel Munir (Pakistan)", "Maria Lopez (Save the Children)",
  // "Ibrahim Sani Abubakar, Director General of ...".
  void untitled_person(std::size_t& i) {
    // ("Added Leonard Doyle, chief spokesperson for ...": a speech verb
    // before its subject opens no name.)
    static const WordSet inverted = {"added", "said",  "says",      "adds",   "noted",
                                     "asked", "urged", "explained", "warned", "continued"};
    if (i == 0 && toks_[0].word && inverted.count(toks_[0].key)) return;
    // (Not the start of a run.)
    if (i > 0 && toks_[i - 1].word && toks_[i - 1].cap && !(i == 1 && inverted.count(toks_[0].key)))
      return;
    const std::size_t ne = person_name(i, 2);
    if (ne == i || ne >= toks_.size()) return;
    bool ok = false;
    int spoken_for = -1;
    // The apposition's first word after a tense modifier ("Navdeep Singh
    // Suri, former Indian Ambassador to the UAE").
    const std::size_t a = ne + 1 + (tense_modifier(ne + 1) ? 1 : 0);
    if (toks_[ne].punct == '(') {
      std::size_t b = ne + 1;
      if (is_word(b, "the")) ++b;
      const int inner = b < toks_.size() ? covered_[b] : -1;
      if (inner >= 0 &&
          (type_of(inner) == NodeType::country || type_of(inner) == NodeType::organisation)) {
        std::size_t q = b;
        while (q < toks_.size() && covered_[q] == inner) ++q;
        ok = q < toks_.size() && (toks_[q].punct == ')' || toks_[q].punct == ',');
        // "from Addis Ababa (Ethiopia)": after a preposition of place it is a place.
        static const WordSet locative = {"in",  "at",     "near",    "to",   "from",   "of",
                                         "via", "across", "between", "into", "outside"};
        if (type_of(inner) == NodeType::country && i > 0 && toks_[i - 1].word &&
            locative.count(toks_[i - 1].key))
          ok = false;
      }
    } else if (toks_[ne].punct == ',' && a < toks_.size() && title_at(a) > a) {
      ok = true;
    } else if (toks_[ne].punct == ',' && country_adjective(a) >= 0 && title_at(a + 1) > a + 1) {
      // "Rihards Kozlovskis, Latvian Minister for Interior,".
      ok = true;
    } else if (toks_[ne].punct == ',' && ne + 1 < toks_.size() && covered_[ne + 1] >= 0 &&
               (type_of(covered_[ne + 1]) == NodeType::organisation ||
                type_of(covered_[ne + 1]) == NodeType::country)) {
      // "said Catherine Russell, UNICEF Executive Director": a body, then a
      // title; "Dyane Epstein, IOM Somalia's Chief of Mission": a body, its
      // country office's State, then the title.
      // "Siobhán Mullally, UN Special Rapporteur on ...": an office the
      // lexicon names as a body (a title inside its name).
      std::size_t q = ne + 1;
      for (; q < toks_.size() && covered_[q] == covered_[ne + 1]; ++q)
        ok = ok || (type_of(covered_[q]) == NodeType::organisation && title_at(q) > q);
      if (q < toks_.size() && covered_[q] >= 0 && type_of(covered_[q]) == NodeType::country) {
        const int c = covered_[q];
        while (q < toks_.size() && covered_[q] == c) ++q;
      }
      // ("Richard Roe, Interpol's director of organized crime": a post in
      // lower case after the body's possessive.)
      ok = ok || title_at(q) > q || lower_post_at(q) != std::string::npos;
    } else if (toks_[ne].punct == ',' && lower_post_at(ne + 1) != std::string::npos) {
      // "David Abramowitz, the managing director of Humanity United".
      ok = true;
    } else if (toks_[ne].punct == ',' && is_word(ne + 1, "the") && ne + 2 < toks_.size() &&
               covered_[ne + 2] >= 0 && type_of(covered_[ne + 2]) == NodeType::organisation) {
      // "Zeid Ra'ad Al Hussein, the United Nations High Commissioner for
      // Human Rights,": the same after the article.
      for (std::size_t q = ne + 2; q < toks_.size() && covered_[q] == covered_[ne + 2] && !ok; ++q)
        ok = title_at(q) > q;
    } else if (toks_[ne].punct == ',' && is_word(ne + 1, "who") &&
               (is_word(ne + 2, "is") || is_word(ne + 2, "was"))) {
      // "Helga Gayer, who is Director of the Department ...".
      const std::size_t t = is_word(ne + 3, "the") ? ne + 4 : ne + 3;
      ok = title_at(t) > t || lower_post_at(ne + 3) != std::string::npos;
    } else if (toks_[ne].punct == ',' && is_word(ne + 1, "representing") && body_at(ne + 2)) {
      // "said Hanna Antonova, representing the International Organization
      // for Migration".
      const std::size_t r = is_word(ne + 2, "the") ? ne + 3 : ne + 2;
      spoken_for = covered_[r];
      ok = true;
    } else if (i > 0 &&
               (is_word(i - 1, "said") || is_word(i - 1, "says") || is_word(i - 1, "added")) &&
               is_word(ne, "of") && body_at(ne + 1)) {
      // "said Mukundi Mutasa of the United Nations Office on Drugs and
      // Crime": a speaker and the body she speaks for (apposition below).
      ok = true;
    } else if (const auto [sb, se] = spokesperson_for(ne); se > sb) {
      spoken_for = covered_[sb] >= 0 ? covered_[sb] : office_of(sb, se);
      ok = spoken_for >= 0;
    }
    // "Nadia Murad, Nobel Peace Prize laureate and founder of ...": an
    // apposition that calls the name a person.
    if (!ok && toks_[ne].punct == ',') {
      static const WordSet person_nouns = {
          "laureate",   "founder",     "cofounder", "co founder", "survivor",    "activist",
          "journalist", "lawyer",      "advocate",  "researcher", "campaigner",  "economist",
          "scholar",    "novelist",    "author",    "artist",     "athlete",     "mother",
          "father",     "daughter",    "son",       "widow",      "grandmother", "expert",
          "lecturer",   "professor",   "judge",     "prosecutor", "adviser",     "advisor",
          "consultant", "co ordinator"};
      for (std::size_t q = ne + 1; q < toks_.size() && q < ne + 16 && !ok; ++q) {
        if (!toks_[q].word) break;
        ok = !toks_[q].cap && person_nouns.count(toks_[q].key) != 0;
      }
    }
    if (!ok) return;
    const int id = person_entity(i, ne);
    mention(id, i, ne);
    persons_.push_back(id);
    apposition(id, ne);
    if (spoken_for >= 0) relation(id, spoken_for, RelationType::affiliated_with);
    i = ne - 1;
  }

  // "Adrian Edwards for the High Commissioner for Refugees (UNHCR) said",
  // "Andrej Mahecic, for the United Nations Refugee Agency (UNHCR), read the
  // following statement": a name that speaks for a known body or office (the
  // style of press briefings). The tokens of the body or office the name
  // ending at token ne speaks for, or {0, 0}.
  std::pair<std::size_t, std::size_t> spokesperson_for(std::size_t ne) const {
    std::size_t k = toks_[ne].punct == ',' ? ne + 1 : ne;
    if (!is_word(k, "for")) return {0, 0};
    const std::size_t b = is_word(k + 1, "the") ? k + 2 : k + 1;
    if (b >= toks_.size()) return {0, 0};
    k = b;
    if (covered_[b] >= 0 && type_of(covered_[b]) == NodeType::organisation) {
      k = entity_end(b);
    } else if (covered_[b] == -1 && title_at(b) > b) {
      // an office the lexicon names as "Office of the ..." (office_of)
      while (k < toks_.size() && toks_[k].word &&
             (toks_[k].cap || connectors().count(toks_[k].key)) && covered_[k] == -1)
        ++k;
    } else {
      return {0, 0};
    }
    const std::size_t e = k;
    if (k + 2 < toks_.size() && toks_[k].punct == '(' && toks_[k + 2].punct == ')') k += 3;
    if (k < toks_.size() && toks_[k].punct == ',') ++k;
    static const WordSet speech = {"said",  "says",   "read",      "reads",    "told",
                                   "noted", "stated", "explained", "reported", "announced"};
    if (k >= toks_.size() || !toks_[k].word || !speech.count(toks_[k].key)) return {0, 0};
    return {b, e};
  }

  // "(Colectivo Warmi Pacha, Cusco)", "(CADENIM Secretariat)" after a person:
  // a capitalised name of two or more words that no lexicon knows is the
  // person's organisation. A title or a known place is not.
  void paren_organisation(std::size_t b, std::size_t close) {
    std::size_t e = b;
    while (e < close && toks_[e].punct != ',') ++e;
    if (e - b < 2 || title_at(b) > b || !toks_[b].cap) return;
    int words = 0;
    for (std::size_t q = b; q < e; ++q) {
      if (!toks_[q].word || title_at(q) > q || title_word(q)) return;
      if (!toks_[q].cap && !connectors().count(toks_[q].key) &&
          !name_particles().count(toks_[q].key))
        return;
      if (covered_[q] == -2 || covered_[q] == -3) return;
      ++words;
    }
    if (words < 2) return;
    const int first = covered_[b];
    std::size_t q = b;
    if (first >= 0)
      while (q < e && covered_[q] == first) ++q;
    if (q == e) return;  // one known entity
    if (!free(q, e)) return;
    const int id = entity(NodeType::organisation, span_text(b, e));
    mention(id, b, e, true);
    if (first >= 0 && type_of(first) == NodeType::organisation)
      relation(id, first, RelationType::member_of);
  }

  // The person named so far whose name ends with token i's word, mentioned
  // there; the person, or -1 if none.
  // With any_word, a name's other words count too, after its last ones
  // ("Director-General Tedros" after "Dr Tedros Adhanom Ghebreyesus").
  int surname_mention(std::size_t i, bool any_word = false) {
    const std::string& key = toks_[i].key;
    auto found = [&](int p) {
      alias(p, text(toks_[i].s, toks_[i].e), "surname");
      mention(p, i, i + 1);
      return p;
    };
    for (auto it = persons_.rbegin(); it != persons_.rend(); ++it) {
      const std::string& nk = out_.ents[static_cast<std::size_t>(*it)].key;
      if (nk.size() > key.size() && nk.compare(nk.size() - key.size(), key.size(), key) == 0 &&
          nk[nk.size() - key.size() - 1] == ' ')
        return found(*it);
    }
    for (auto it = persons_.rbegin(); any_word && it != persons_.rend(); ++it) {
      const std::string& nk = out_.ents[static_cast<std::size_t>(*it)].key;
      for (std::size_t at = nk.find(key); at != std::string::npos; at = nk.find(key, at + 1))
        if ((at == 0 || nk[at - 1] == ' ') &&
            (at + key.size() == nk.size() || nk[at + key.size()] == ' '))
          return found(*it);
    }
    return -1;
  }

  // "President Obama said", "Commissioner Johansson's plan": a title and a
  // single name that no person named before ends with is a person known by
  // that name (mentioned at token h). Not a word that goes on as a title
  // ("President Elect", "Ambassador Extraordinary and Plenipotentiary") or
  // as a name, nor a date. A full name later in the document stays a person
  // of its own: "President Obama" and "Michelle Obama" may be two.
  int single_name_person(std::size_t h) {
    static const WordSet title_words = {"elect",   "designate",     "emeritus",        "pro",
                                        "tempore", "extraordinary", "plenipotentiary", "general",
                                        "interim"};
    if (!toks_[h].cap || toks_[h].upper || covered_[h] != -1 || date_word(h) ||
        title_words.count(toks_[h].key) || country_adjective(h) >= 0)
      return -1;
    const std::size_t n = h + 1;
    if (n < toks_.size() && toks_[n].word &&
        (toks_[n].cap ||
         (connectors().count(toks_[n].key) &&
          !(is_word(n, "and") && (title_at(n + 1) > n + 1 || honorifics_at(n + 1) > n + 1)))))
      return -1;
    const int id = entity(NodeType::person, name_text(h, n));
    mention(id, h, n);
    persons_.push_back(id);
    single_names_.push_back(id);
    return id;
  }

  // A name first met in a heading in capitals ("CONVENTION ON THE PREVENTION
  // AND PUNISHMENT OF THE CRIME OF GENOCIDE") takes the form the text also
  // writes in mixed case (same key), the one a reader expects as the name.
  void prefer_mixed_case_names() {
    for (auto& l : out_.ents) {
      if (l.mentions.empty() || has_lower(l.name)) continue;
      for (const auto& m : l.mentions) {
        const std::string& quote = m.text;
        if (!has_lower(quote)) continue;
        std::string form =
            quote.find_first_of("\n\r\t") == std::string::npos ? quote : collapse_whitespace(quote);
        if (graph::alias_key(form) != l.key) continue;
        if (l.label == l.name) l.label.clear();  // (the label follows the name)
        l.aliases.insert(form);
        l.name = std::move(form);
        break;
      }
    }
  }

  // "Secretary Blinken ... the Secretary of State Antony Blinken": a person
  // first known by a single name (single_name_person) is the one person
  // named in full in the document with that last word whose role starts
  // with the same word, or who has none; "President Obama" is no "First
  // Lady Michelle Obama". Its mentions, forms and relations move there.
  // So is a person named by a family name that opens with a particle ("Mr.
  // De La Torre" after "Mr. Felipe De La Torre").
  void merge_single_names() {
    auto first_word = [](const Local& l) {
      const auto r = l.attrs.find("role");
      if (r == l.attrs.end()) return std::string();
      const std::string k = graph::alias_key(r->second);
      return k.substr(0, k.find(' '));
    };
    std::vector<int> candidates = single_names_;
    for (const int p : persons_) {
      const std::string& k = out_.ents[static_cast<std::size_t>(p)].key;
      if (name_particles().count(std::string_view(k).substr(0, k.find(' '))) &&
          std::find(candidates.begin(), candidates.end(), p) == candidates.end())
        candidates.push_back(p);
    }
    for (const int s : candidates) {
      Local& from = out_.ents[static_cast<std::size_t>(s)];
      if (from.mentions.empty()) continue;
      const std::string title = first_word(from);
      int into = -1;
      for (const int p : persons_) {
        const Local& l = out_.ents[static_cast<std::size_t>(p)];
        if (p == s || p == into || !l.key.ends_with(" " + from.key)) continue;
        const std::string other = first_word(l);
        if (!title.empty() && !other.empty() && other != title) continue;
        into = into < 0 ? p : -2;  // (two candidates: neither)
        if (into == -2) break;
      }
      if (into < 0) continue;
      Local& to = out_.ents[static_cast<std::size_t>(into)];
      to.mentions.insert(to.mentions.end(), from.mentions.begin(), from.mentions.end());
      from.mentions.clear();
      for (const auto& a : from.aliases)
        if (auto [f, added] = to.aliases.insert(a.text); added) f.reason = "surname";
      for (const auto& [k, v] : from.attrs) to.attrs.emplace(k, v);
      if (!to.kind) to.kind = from.kind;
      for (auto& r : out_.rels) {
        if (r.src == s) r.src = into;
        if (r.dst == s) r.dst = into;
      }
    }
  }

  void set_role(int person, std::size_t b, std::size_t e) {
    auto& l = out_.ents[static_cast<std::size_t>(person)];
    l.attrs.emplace("role", span_text(b, e));
    role_of_.push_back({person, b, e});
  }

  // Mr, Ms, Dr, Ambassador ... at token i: an honorific of courtesy, no part
  // of a name however it is written.
  bool courtesy_honorific(std::size_t i) const {
    static const WordSet k = {"mr",  "mrs",   "ms",       "miss",      "mx",
                              "mme", "madam", "madame",   "dr",        "prof",
                              "eng", "engr",  "engineer", "professor", "ambassador"};
    return i < toks_.size() && toks_[i].word && k.count(toks_[i].key) && honorifics_at(i) > i;
  }

  // Mr., Ms., Dr., H.E., Sir: honorifics that always start a new person
  // (unlike "General" or "Representative", which also end titles).
  bool strong_honorific(std::size_t i) const {
    static const WordSet k = {"mr",  "mrs",  "ms", "miss", "mx",  "mme",    "dr",
                              "sir", "dame", "he", "his",  "her", "messrs", "prof"};
    return i < toks_.size() && toks_[i].word && k.count(toks_[i].key) && honorifics_at(i) > i;
  }

  // ", Deputy Director General of the International Organisation for Migration;"
  // or " (Pakistan)": the role and affiliation of the person before.
  // "Alya Al-Thani, Permanent Representative of Qatar" at token i: a name
  // and the title of its own apposition, the next person of a list ("X,
  // Permanent Representative of Greece, and Alya Al-Thani, Permanent ...").
  // ("Maureen Achieng, IOM Ethiopia Chief of Mission": bodies and States
  // may come before the title.)
  bool titled_name_at(std::size_t i) const {
    const std::size_t e = person_name(i, 2);
    if (e == i || e + 1 >= toks_.size() || toks_[e].punct != ',') return false;
    std::size_t q = e + 1;
    while (entity_end(q) > q) q = entity_end(q);
    return title_at(q) > q;
  }

  // ", Engineer Sultan Bin Saeed AlMansouri, UAE Minister ...": a name of two
  // words or more at token i, then a comma; the next person of a list.
  bool name_then_comma(std::size_t i) const {
    const std::size_t e = person_name(i, 2);
    return e > i && e < toks_.size() && toks_[e].punct == ',';
  }

  // "Lebanese Prime Minister Najib Miqati", "President Jane Doe" at token i:
  // a title (after a State's adjective, if any) and a name of two words or
  // more, another person of a list.
  bool title_then_name(std::size_t i) const {
    const std::size_t t = country_adjective(i) >= 0 ? i + 1 : i;
    const std::size_t te = title_at(t);
    return te > t && person_name(te, 2) > te;
  }

  // "former General Secretary of ...", "Acting Chief of ...": a tense
  // modifier at token i before a title.
  bool modified_title(std::size_t i) const {
    return tense_modifier(i) && i + 1 < toks_.size() && title_at(i + 1) > i + 1;
  }
  bool tense_modifier(std::size_t i) const {
    // ("Vilayat Eyvazov, first Deputy Minister of the Interior": an order
    // of rank before the title, in lower case, is one too.)
    static const WordSet modifiers = {"former",   "acting",   "interim",
                                      "outgoing", "incoming", "first"};
    return i < toks_.size() && toks_[i].word && modifiers.count(toks_[i].key);
  }

  // For a comma at token k: the comma after the body or State named right
  // after it (", UN Office on Drugs and Crime,"), or 0.
  std::size_t body_then_comma(std::size_t k) const {
    // (A programme a post serves is as good: ", IPEC, ILO, Simon Steyne".)
    if (k + 2 >= toks_.size() || toks_[k].punct != ',' || covered_[k + 1] < 0 ||
        (type_of(covered_[k + 1]) != NodeType::organisation &&
         type_of(covered_[k + 1]) != NodeType::country &&
         type_of(covered_[k + 1]) != NodeType::initiative))
      return 0;
    std::size_t q = k + 1;
    while (q < toks_.size() && covered_[q] == covered_[k + 1]) ++q;
    // ("Director-General, International Labour Organization (ILO), Guy Ryder")
    if (q + 2 < toks_.size() && toks_[q].punct == '(' && covered_[q + 1] == covered_[k + 1] &&
        toks_[q + 2].punct == ')')
      q += 3;
    return q < toks_.size() && toks_[q].punct == ',' ? q : 0;
  }

  // A line of a list of abbreviations starts at token a: "FAO – Food and
  // Agriculture Organization of the United Nations" (the acronym at the
  // start of a line, a dash, a capitalised name).
  bool glossary_line_at(std::size_t a) const {
    return a + 2 < toks_.size() && toks_[a].word && toks_[a].upper && !toks_[a].digit &&
           (toks_[a + 1].punct == 'd' || toks_[a + 1].punct == '-') && toks_[a + 2].word &&
           toks_[a + 2].cap && (a == 0 || line_break_between(a - 1, a));
  }

  // The acronyms a list of abbreviations defines: the entity named from the
  // dash to the end of the line (by the lexicon or the chunker) is the
  // acronym's when the acronym spells its name in order.
  void find_glossary() {
    for (std::size_t a = 0; a < toks_.size(); ++a) {
      if (!glossary_line_at(a) || covered_[a + 2] < 0) continue;
      const int ent = covered_[a + 2];
      const NodeType type = type_of(ent);
      if (type == NodeType::person || type == NodeType::country) continue;
      if (covered_[a] >= 0 && covered_[a] != ent) continue;  // the lexicon's for another
      const std::size_t me = mention_span(a + 2).second;
      if (me < toks_.size() && !line_break_between(me - 1, me)) continue;  // not the whole line
      const std::string acr = text(toks_[a].s, toks_[a].e);
      if (!spelled_in_order(out_.ents[static_cast<std::size_t>(ent)].name, acr)) continue;
      alias(ent, acr, "acronym definition");
      doc_acronyms_.emplace(acr, ent);
      if (covered_[a] == -1) mention(ent, a, a + 1);
    }
  }

  // A comma at token k that ends a line before a salutation ("...
  // Representatives,\nAmbassadors and colleagues."): an address ends there.
  bool salutation_line_after(std::size_t k) const {
    static const WordSet salutations = {"ambassadors", "excellencies",  "excellency", "colleagues",
                                        "ladies",      "distinguished", "dear",       "friends",
                                        "honourable",  "honorable"};
    return k + 1 < toks_.size() && line_break_between(k, k + 1) && toks_[k + 1].word &&
           salutations.count(toks_[k + 1].key) != 0;
  }

  // Initials written together at token k: "M.N" or "M.N." of "M.N. KHAN".
  bool dotted_initials(std::size_t k) const {
    if (k >= toks_.size() || !toks_[k].word) return false;
    std::string_view w = t_.substr(toks_[k].s, toks_[k].e - toks_[k].s);
    if (!w.empty() && w.back() == '.') w.remove_suffix(1);  // ("M.N." may come whole)
    if (w.size() < 3 || w.size() % 2 == 0) return false;
    for (std::size_t q = 0; q < w.size(); ++q)
      if (q % 2 == 0 ? (w[q] < 'A' || w[q] > 'Z') : w[q] != '.') return false;
    return true;
  }

  // The dot after an initial at token k ("Juan E. Méndez").
  bool initial_dot(std::size_t k) const {
    return k > 0 && toks_[k].punct == '.' && toks_[k - 1].word && toks_[k - 1].cap &&
           toks_[k - 1].key.size() == 1 && toks_[k].s == toks_[k - 1].e;
  }

  // body_then_comma repeated (", IPEC, ILO,"): the last comma, or 0.
  std::size_t bodies_then_comma(std::size_t k) const {
    std::size_t last = 0;
    for (std::size_t q = body_then_comma(k); q > 0; q = body_then_comma(q)) last = q;
    return last;
  }

  // Whether tokens [b, e) are a multi-word head alone ("plan of action",
  // "task force", "Action Plan").
  bool head_phrase(std::size_t b, std::size_t e) const {
    std::string phrase;
    for (std::size_t k = b; k < e; ++k) phrase += (k == b ? "" : " ") + toks_[k].key;
    return cx_.words.head_phrases.count(phrase) != 0;
  }

  // "session" or "meeting" at token i: one sitting of a body.
  bool sitting_word(std::size_t i) const { return is_word(i, "session") || is_word(i, "meeting"); }

  // The first event named after token i (not inside another name), or -1.
  int event_after(std::size_t i) const {
    for (const auto& m : ments_)
      if (m.b > i && type_of(m.ent) == NodeType::event && !inside_other(m)) return m.ent;
    return -1;
  }

  // The lexicon country whose adjective is the capitalised word at token i
  // ("Latvian", "Greek"), or -1. Adjectives name a State only before a title
  // (country_before_title); "French" or "Greek" alone may be a language.
  int country_adjective(std::size_t i) const {
    if (i >= toks_.size() || !toks_[i].word || !toks_[i].cap || covered_[i] != -1) return -1;
    const auto it = cx_.words.adjective_country.find(toks_[i].key);
    return it == cx_.words.adjective_country.end() ? -1 : it->second;
  }

  // "Latvian Minister for Interior X", "X, Greek Deputy Minister of ...": a
  // country's adjective right before the title at token t is the State the
  // person serves; its mention is recorded and the affiliation made.
  void country_before_title(int person, std::size_t t) {
    if (t == 0) return;
    std::size_t a = t - 1;
    int lx = country_adjective(a);
    // "South African President Cyril Ramaphosa": an adjective of two words
    // (whose first may be an ignored word alone: "South").
    if (lx < 0 && t >= 2 && country_adjective(t - 2) < 0 && toks_[t - 2].word && toks_[t - 2].cap &&
        (covered_[t - 2] == -1 || covered_[t - 2] == -2) && toks_[t - 1].word && toks_[t - 1].cap &&
        covered_[t - 1] == -1) {
      const auto it = cx_.words.adjective_country.find(std::string(toks_[t - 2].key) + " " +
                                                       std::string(toks_[t - 1].key));
      if (it != cx_.words.adjective_country.end()) {
        lx = it->second;
        a = t - 2;
      }
    }
    if (lx < 0) return;
    const int c = lexicon_entity(lx);
    mention(c, a, t);
    relation(person, c, RelationType::affiliated_with);
  }

  // A month's name at token i; with date_word, also a day's.
  bool month_word(std::size_t i) const {
    static const WordSet months = {"january",   "february", "march",    "april",
                                   "may",       "june",     "july",     "august",
                                   "september", "october",  "november", "december"};
    return i < toks_.size() && toks_[i].word && months.count(toks_[i].key) != 0;
  }
  bool date_word(std::size_t i) const {
    static const WordSet days = {"monday", "tuesday",  "wednesday", "thursday",
                                 "friday", "saturday", "sunday"};
    return month_word(i) || (i < toks_.size() && toks_[i].word && days.count(toks_[i].key) != 0);
  }

  // The token where a post written in lower case starts at token i, after
  // an article and one modifier ("head of ...", "the managing director of
  // ..."), when "of" follows it; else npos.
  std::size_t lower_post_at(std::size_t i) const {
    static const WordSet posts({}, kLowerPosts);
    std::size_t k = i;
    if (is_word(k, "the") || is_word(k, "a") || is_word(k, "an")) ++k;
    for (int m = 0; m < 2 && k + 1 < toks_.size(); ++m, ++k)
      if (toks_[k].word && !toks_[k].cap && posts.count(toks_[k].key) &&
          (is_word(k + 1, "of") || (is_word(k + 1, "for") && body_at(k + 2))))
        return k;
    return std::string::npos;
  }

  // A known body or State at token k, after an article if any ("chief
  // spokesperson for the International Organization for Migration").
  bool body_at(std::size_t k) const {
    const std::size_t r = is_word(k, "the") ? k + 1 : k;
    return r < toks_.size() && covered_[r] >= 0 &&
           (type_of(covered_[r]) == NodeType::organisation ||
            type_of(covered_[r]) == NodeType::country);
  }

  // "at (the) X" with X a known body: "Senior Specialist at the Commission".
  bool at_body(std::size_t k) const {
    if (!is_word(k, "at")) return false;
    const std::size_t r = is_word(k + 1, "the") ? k + 2 : k + 1;
    return r < toks_.size() && covered_[r] >= 0 && type_of(covered_[r]) == NodeType::organisation;
  }

  // The apposition after a person's name ending at token ne (", Minister
  // of ...", " (Pakistan)", " of the Platform ..."): records its bodies for
  // affiliated_with (role_of_); true when it gave the person's role.
  // titled_before: a title before the name gave the person's role.
  bool apposition(int person, std::size_t ne, bool titled_before = false) {
    std::size_t j = ne;
    // "Mr. Samuel Okafor of the Platform for ...", "Fr. Luis Mora, of the
    // Scalabrini ... Network": the known body after "of" is the person's.
    {
      const std::size_t o = j < toks_.size() && toks_[j].punct == ',' ? j + 1 : j;
      const std::size_t r = is_word(o + 1, "the") ? o + 2 : o + 1;
      // ("President Idriss Deby Itno of the Republic of Chad": a State.)
      if (is_word(o, "of") && r < toks_.size() && covered_[r] >= 0 &&
          (type_of(covered_[r]) == NodeType::organisation ||
           type_of(covered_[r]) == NodeType::country)) {
        std::size_t q = r;
        while (q < toks_.size() && covered_[q] == covered_[r]) ++q;
        role_of_.push_back({person, r, q});
        return false;  // (no role: a title before the name stays the role)
      }
    }
    if (j < toks_.size() && toks_[j].punct == '(') {
      std::size_t k = j + 1;
      while (k < toks_.size() && toks_[k].punct != ')') ++k;
      if (k < toks_.size() && k > j + 1 && k < j + 10) {
        paren_organisation(j + 1, k);
        role_of_.push_back({person, j + 1, k});
        return false;  // (no role: "President of the Assembly, X (Malaysia)" keeps its title)
      }
      return false;
    }
    if (j >= toks_.size() || toks_[j].punct != ',') return false;
    ++j;
    if (strong_honorific(j)) return false;
    // "Dr. Amina Diallo, a senior researcher at the African Population and
    // Health Research Center": a described post at a known body; also
    // without the article ("Sergey Ghazinyan, lecturer at Yerevan State
    // University", "X, senior expert in Animus Association").
    const bool article = is_word(j, "a") || is_word(j, "an");
    // (Not a participle: "Mr. James Anaya, visiting indigenous peoples in ...".)
    const bool bare = !article && j < toks_.size() && toks_[j].word && !toks_[j].cap &&
                      covered_[j] == -1 && !connectors().count(toks_[j].key) &&
                      !toks_[j].key.ends_with("ing") && !toks_[j].key.ends_with("ed") &&
                      lower_post_at(j) == std::string::npos;
    if (article || bare) {
      const std::size_t d = article ? j + 1 : j;
      std::size_t q = d;
      while (q < toks_.size() && q < d + 5 && toks_[q].word && !toks_[q].cap && covered_[q] == -1 &&
             !connectors().count(toks_[q].key) && !is_word(q, "at") && !is_word(q, "from"))
        ++q;
      if (q > d &&
          (is_word(q, "at") || is_word(q, "with") || is_word(q, "of") || is_word(q, "from") ||
           (bare && is_word(q, "in")) || (is_word(q, "for") && body_at(q + 1)))) {
        std::size_t r = is_word(q + 1, "the") ? q + 2 : q + 1;
        // The body: a known one, or a capitalised name the chunker finds
        // later (relations() links the person to a body inside the span).
        std::size_t re = r;
        // ("a student from Peru", "an expert in Kenya" is where one comes
        // from or works, not whom one serves.)
        if (r < toks_.size() && covered_[r] >= 0 &&
            (type_of(covered_[r]) == NodeType::organisation ||
             (type_of(covered_[r]) == NodeType::country && !is_word(q, "from") &&
              !is_word(q, "in")))) {
          while (re < toks_.size() && covered_[re] == covered_[r]) ++re;
        } else if (r < toks_.size() && covered_[r] == -1 && toks_[r].word && toks_[r].cap) {
          while (re < toks_.size() && toks_[re].word &&
                 (toks_[re].cap || (connectors().count(toks_[re].key) && re + 1 < toks_.size() &&
                                    toks_[re + 1].word && toks_[re + 1].cap)))
            ++re;
        }
        if (re > r) {
          out_.ents[static_cast<std::size_t>(person)].attrs.emplace("role", span_text(d, re));
          // (Where one is "in" names a body only when a lexicon knows it:
          // "in La Strada Bulgaria" is no service of the State.)
          if (!is_word(q, "in") || covered_[r] >= 0) role_of_.push_back({person, r, re});
          return true;
        }
      }
    }
    if (article) {
      // "X, a 16-year-old member of the child-led group Y": a noun that ties
      // the person to a body (member, volunteer, founder ... of / at / with)
      // gives the body relations() finds in the rest of the clause once the
      // chunkers have named it.
      static const WordSet ties = {"member",    "members",    "volunteer",    "founder",
                                   "cofounder", "co founder", "coordinator",  "staff",
                                   "employee",  "researcher", "spokesperson", "representative"};
      std::size_t k = j + 1;
      while (k < toks_.size() && k < j + 5 && toks_[k].word && !toks_[k].cap &&
             !ties.count(toks_[k].key))
        ++k;
      if (k < toks_.size() && toks_[k].word && ties.count(toks_[k].key) &&
          (is_word(k + 1, "of") || is_word(k + 1, "at") || is_word(k + 1, "with"))) {
        std::size_t e = k + 2;
        while (e < toks_.size() && toks_[e].punct != ',' && toks_[e].punct != ';' &&
               toks_[e].punct != '(' && toks_[e].punct != '.')
          ++e;
        role_of_.push_back({person, k + 2, e});
        return true;
      }
      return false;
    }
    // "Ambassador Duong Chi Dung, head of Vietnam's permanent delegation to
    // the UN": a post written in lower case, then "of", up to the clause's end.
    if (const std::size_t post = lower_post_at(j); post != std::string::npos) {
      std::size_t e = post + 2;
      while (e < toks_.size() && toks_[e].punct != ',' && toks_[e].punct != ';' &&
             toks_[e].punct != '(' && toks_[e].punct != '.' && toks_[e].punct != ':')
        ++e;
      set_role(person, post, e);
      // ("Interpol's director of ...": the body before the post.)
      if (post > j && covered_[j] >= 0) role_of_.push_back({person, j, post});
      return true;
    }
    // "Professor Paulo Ivo Garrido, the Minister of Health of Mozambique":
    // the role starts after the article. So does a body's name ("Zeid Ra'ad
    // Al Hussein, the United Nations High Commissioner for Human Rights").
    if (is_word(j, "the") && (title_at(j + 1) > j + 1 || modified_title(j + 1) ||
                              (j + 1 < toks_.size() && covered_[j + 1] >= 0 &&
                               type_of(covered_[j + 1]) == NodeType::organisation)))
      ++j;
    // "Rihards Kozlovskis, Latvian Minister for Interior": the State's
    // adjective before the title.
    // (Not when the title goes on into another person's name: "Marat
    // Bashimov, Greek Deputy Minister of Migration and Asylum Sofia
    // Voultepsi;" lists the next speaker.)
    // ("Navdeep Singh Suri, former Indian Ambassador to the UAE": a tense
    // modifier before the adjective stays in the role.)
    std::size_t t = j;  // where the title starts
    const std::size_t adj = tense_modifier(j) ? j + 1 : j;
    if (country_adjective(adj) >= 0 && (title_at(adj + 1) > adj + 1 || modified_title(adj + 1))) {
      std::size_t k = adj + 1;
      while (k < toks_.size() && toks_[k].word) ++k;
      const std::size_t tn = trailing_name(adj + 2, adj + 2, k);
      if (tn < k && person_name(tn, 2) == k) return false;
      country_before_title(person, adj + 1);
      if (adj == j) ++j;
      t = adj + 1;
    }
    // (After a modifier, when one stands before it.)
    if (modified_title(t)) ++t;
    // "Bingu Mutharika, UN Secretary General Ban Ki-moon and French President
    // Nicolas Sarkozy were ...": a title (after a body's name, if any) that
    // runs into a name is that person's, the next of a list.
    {
      std::size_t tb = t;
      if (t < toks_.size() && covered_[t] >= 0)
        while (tb < toks_.size() && covered_[tb] == covered_[t]) ++tb;
      const std::size_t te = title_at(tb);
      if (te > tb && person_name(te, 2) > te) return false;
      // ("X, former Minister of Foreign Affairs of Ecuador Maria Fernanda
      // Espinosa, former Prime Minister ...": also after the title's
      // complement.)
      if (te > tb && (is_word(te, "of") || is_word(te, "for"))) {
        // (A State or body the name follows: "of Latvia Valdis Zatlers"; not
        // past "and", which joins another role or person.)
        std::size_t q = te + 1;
        while (q < toks_.size() && toks_[q].word && !is_word(q, "and") &&
               (toks_[q].cap || connectors().count(toks_[q].key))) {
          if (const std::size_t ee = entity_end(q); ee > q) {
            if (person_name(ee, 2) > ee) return false;
            q = ee;
            continue;
          }
          ++q;
        }
      }
    }
    std::size_t k = t;
    // (", at the UN Women Executive Board": where the person speaks, not the role.)
    while (k < toks_.size() && toks_[k].punct != ';' && toks_[k].punct != '(' &&
           toks_[k].punct != ':' && !(toks_[k].punct == ',' && strong_honorific(k + 1)) &&
           !(toks_[k].punct == ',' && is_word(k + 1, "at")) &&
           !(toks_[k].punct == ',' && name_then_comma(k + 1)) &&
           !(toks_[k].punct == ',' && salutation_line_after(k)) && !is_word(k, "i") &&
           !(is_word(k, "and") &&
             (strong_honorific(k + 1) || titled_name_at(k + 1) || title_then_name(k + 1))) &&
           !strong_honorific(k) &&
           !(toks_[k].word && !toks_[k].cap && !toks_[k].digit &&
             !connectors().count(toks_[k].key) && covered_[k] < 0 && !at_body(k)))
      ++k;
    // A role ends at its last word, not at the sentence's full stop or comma
    // nor at a dangling connector ("President of the seventy-ninth session").
    while (k > j && (toks_[k - 1].punct == '.' || toks_[k - 1].punct == ',' ||
                     (toks_[k - 1].word && connectors().count(toks_[k - 1].key))))
      --k;
    if (k == j) return false;
    // "X, President of the Council His Excellency Y": the role is Y's.
    if (k < toks_.size() && strong_honorific(k)) return false;
    // "the Executive Director of UNODC, Ms. Ghada Waly, the Chief of the
    // Research Branch, Ms. Angela Me, ...": after a name its title came
    // before, a title then another honorific and name is that person's.
    if (titled_before && k + 1 < toks_.size() && toks_[k].punct == ',' && strong_honorific(k + 1))
      return false;
    // A capitalised apposition without a title may name a body found only later
    // by the chunker ("Mr. Daniel Berman, Wellcome Trust"); relations() links
    // the person only to an organisation or country inside it.
    // "UNICEF Executive Director": a body's name before the title.
    // ("IOM Ethiopia Chief of Mission": a body and its country office.)
    std::size_t body_end = j;
    while (body_end < k && entity_end(body_end) > body_end)
      body_end = std::min(k, entity_end(body_end));
    if (title_at(t) > t || covered_[j] >= 0 || toks_[j].punct == 'q' || toks_[j].punct == '"' ||
        (toks_[j].word && toks_[j].cap)) {
      // ("Ms Agnese Zīle, National Anti-Trafficking Co-ordinator": capitalised
      // words that end in a title are one too.)
      bool ends_in_title = k > j + 1 && toks_[k - 1].word && title_word(k - 1);
      for (std::size_t q = j; q < k && ends_in_title; ++q)
        ends_in_title = !toks_[q].word || (toks_[q].cap && covered_[q] == -1);
      // (A title the role stops inside is none: "Senior fellow at ...".)
      const std::size_t tt = title_at(t);
      if ((tt > t && tt <= k) || (body_end > j && body_end < k && title_at(body_end) > body_end) ||
          ends_in_title)
        out_.ents[static_cast<std::size_t>(person)].attrs.emplace("role", span_text(j, k));
      role_of_.push_back({person, j, k});
      return true;
    }
    return false;
  }

  // A short name defined in quotes after a name: "The Athens Global
  // Declaration on ... (the “Athens Declaration”)", the drafting convention
  // of agreements and declarations. The quoted words ([b, e) of each
  // result) are held back from the chunker until the name before them is
  // known.
  std::vector<std::pair<std::size_t, std::size_t>> reserve_short_names() {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    if (!present_.has_punct('(')) return out;
    const std::size_t n = toks_.size();
    for (std::size_t i = 1; i + 3 < n; ++i) {
      if (toks_[i].punct != '(' || !toks_[i - 1].word || !toks_[i - 1].cap) continue;
      std::size_t j = is_word(i + 1, "the") ? i + 2 : i + 1;
      if (j >= n || (toks_[j].punct != 'q' && toks_[j].punct != '"')) continue;
      const std::size_t b = j + 1;
      std::size_t k = b;
      while (k < n && k < b + 8 && toks_[k].word) ++k;
      if (k == b || k + 1 >= n || (toks_[k].punct != 'Q' && toks_[k].punct != '"') ||
          toks_[k + 1].punct != ')' || !toks_[b].cap || !free(b, k))
        continue;
      for (std::size_t q = b; q < k; ++q) covered_[q] = -3;
      out.push_back({b, k});
      i = k + 1;
    }
    return out;
  }

  // The short names reserve_short_names() held back: each is an alias of
  // the entity whose mention ends right before its parenthesis; without
  // one, the chunker reads the quoted words as it would have.
  void define_short_names(const std::vector<std::pair<std::size_t, std::size_t>>& names) {
    for (const auto& [b, e] : names) {
      for (std::size_t q = b; q < e; ++q) covered_[q] = -1;
      // the token before the '(' (b - 1 is the opening quote)
      const std::size_t before = is_word(b - 2, "the") ? b - 4 : b - 3;
      const int id = covered_[before];
      if (id >= 0 && type_of(id) != NodeType::person) {
        alias(id, span_text(b, e), "definition");
        mention(id, b, e);
      } else {
        chunk(b, e);
      }
    }
  }

  // "the child-led group Voces sin Fronteras", "the association Mujeres
  // Unidas": a determiner, a few lower-case modifiers and a lower-case noun
  // of a body, then a capitalised name of two or more words (name particles
  // such as "sin" or "del" inside) that nothing else covers. The common noun
  // in apposition says what the name is, as a head word would ("Voces sin
  // Fronteras" has none). A one-word name is left alone ("the group
  // Thursday"), as is a person's title or honorific after the noun.
  void find_named_by_noun() {
    static const WordSet nouns = {"group",      "organisation", "organization", "association",
                                  "collective", "foundation",   "charity",      "network",
                                  "coalition",  "movement",     "federation",   "cooperative"};
    // "shelters, including the Casa del Migrante San Lorenzo": an example
    // of a plural noun of bodies is one of them. ("groups" is left out: its
    // examples are often people, "groups such as Indigenous Peoples".)
    static const WordSet plurals = {"shelters",     "organisations", "organizations", "ngos",
                                    "associations", "networks",      "foundations",   "charities",
                                    "collectives",  "cooperatives",  "centres",       "centers",
                                    "clinics"};
    static const WordSet determiners = {"the", "a", "an", "its", "their"};
    if (!present_.may_have(nouns) && !present_.may_have(plurals)) return;
    const std::size_t n = toks_.size();
    for (std::size_t i = 1; i + 2 < n; ++i) {
      if (!toks_[i].word || covered_[i] != -1) continue;
      std::size_t b = n;
      if (!toks_[i].cap && nouns.count(toks_[i].key)) {
        // A determiner at most two modifiers before the noun.
        std::size_t d = i;
        while (d > 0 && i - d < 3 && toks_[d - 1].word && !toks_[d - 1].cap &&
               covered_[d - 1] == -1 && !determiners.count(toks_[d - 1].key))
          --d;
        if (d > 0 && toks_[d - 1].word && determiners.count(toks_[d - 1].key)) b = i + 1;
      } else if (plurals.count(toks_[i].key)) {
        std::size_t k = toks_[i + 1].punct == ',' ? i + 2 : i + 1;
        if (is_word(k, "including"))
          ++k;
        else if (is_word(k, "such") && is_word(k + 1, "as"))
          k += 2;
        else
          continue;
        b = is_word(k, "the") ? k + 1 : k;
      }
      if (b >= n) continue;
      const std::size_t e = name_after_noun(b);
      if (e == b) continue;
      const int id = entity(NodeType::organisation, span_text(b, e));
      mention(id, b, e);
      i = e;
    }
  }

  // The end of a name of two or more capitalised words starting at b that
  // nothing covers (inner "of", "the" and Romance function words allowed),
  // running to a break, not into another entity; b if none. Not a person's
  // title or honorific.
  std::size_t name_after_noun(std::size_t b) const {
    // Words inside a name between capitalised words: "of", "for", "the"
    // and the function words of Romance-language names ("Voces sin
    // Fronteras", "Casa del Migrante", "Mujeres y Derechos").
    static const WordSet inner = {"of",   "for",  "the",  "sin", "sem", "sans", "con", "com",
                                  "avec", "para", "pour", "por", "en",  "y",    "e",   "et",
                                  "las",  "los",  "les",  "el",  "del", "de",   "da",  "do",
                                  "das",  "dos",  "des",  "du",  "la",  "le",   "di"};
    const std::size_t n = toks_.size();
    if (b >= n || !toks_[b].word || !toks_[b].cap || covered_[b] != -1 || title_at(b) > b ||
        honorifics_at(b) > b)
      return b;
    std::size_t e = b, words = 0;
    while (e < n && toks_[e].word && covered_[e] == -1) {
      if (toks_[e].cap) {
        ++e;
        ++words;
      } else if (inner.count(toks_[e].key)) {
        // "de la", "of the": inner words up to the next capitalised word.
        std::size_t q = e;
        while (q < n && toks_[q].word && !toks_[q].cap && inner.count(toks_[q].key) &&
               covered_[q] == -1 && q < e + 3)
          ++q;
        if (q >= n || !toks_[q].word || !toks_[q].cap || covered_[q] != -1) break;
        e = q;
      } else {
        break;
      }
    }
    if (words < 2 || (e < n && toks_[e].word && covered_[e] != -1)) return b;
    return e;
  }

  // Capitalised chunks with head words: organisations, events, initiatives,
  // named instruments, "X of the Y" chains and sub-units.
  void find_chunks() {
    for (std::size_t i = 0; i < toks_.size();) {
      if (!toks_[i].word || (!toks_[i].cap && !toks_[i].digit) || covered_[i] == -3) {
        ++i;
        continue;
      }
      // The minutes of a clock time ("10:40 Panel discussion") open no name.
      if (toks_[i].digit && i >= 2 && toks_[i - 1].punct == ':' && toks_[i - 2].digit &&
          toks_[i - 1].s == toks_[i - 2].e && toks_[i].s == toks_[i - 1].e) {
        ++i;
        continue;
      }
      std::size_t j = i;
      while (j < toks_.size()) {
        // A blank line ends a name: a heading ("The Gulf of Guinea
        // Partnership") does not run on into the next paragraph's first word.
        if (j > i && blank_line_between(j - 1, j)) break;
        // Nor into the next line of a list of abbreviations ("...\nFAO –").
        if (j > i && glossary_line_at(j)) break;
        // "NUR-SULTAN. KAZINFORM The Ministry of ...": a dateline in capitals
        // ends before the sentence's "The".
        if (j > i && toks_[j].word && !toks_[j].upper && toks_[j - 1].upper && is_word(j, "the"))
          break;
        if (toks_[j].word && (toks_[j].cap || (toks_[j].digit && j == i))) {
          ++j;
          continue;
        }
        // ("Modern Slavery & Exploitation Helpline": an ampersand joins; a
        // dash before a month or a day dates the name: "Bonn Climate Change
        // Conference - August 2015".)
        // A spaced dash before one capitalised word and lower-case ones
        // starts a subtitle ("WHO Forum - Making partnerships work"), not
        // the rest of a name ("the Eastern Mediterranean - Western Balkans
        // Route").
        // A spaced dash after a head word ends a name: "Trade Negotiations
        // Committee - General Council - Senior Officials meeting" lists
        // bodies.
        const bool subtitle = toks_[j].punct == '-' && j + 2 < toks_.size() &&
                              ((toks_[j + 2].word && !toks_[j + 2].cap && !toks_[j + 2].digit) ||
                               (j > i && toks_[j].s > toks_[j - 1].e &&
                                toks_[j + 1].s > toks_[j].e && head_word_at(j - 1)));
        if (toks_[j].punct == 't' ||
            ((toks_[j].punct == '-' || (toks_[j].punct == '&' && j > i)) && j + 1 < toks_.size() &&
             toks_[j + 1].cap && !date_word(j + 1) && !subtitle)) {
          ++j;
          continue;
        }
        // "Girls' Education Accelerator": a plural possessive inside a name.
        if ((toks_[j].punct == '\'' || toks_[j].punct == 'Q') && j > i && toks_[j - 1].word &&
            toks_[j - 1].key.ends_with("s") && toks_[j].s == toks_[j - 1].e &&
            j + 1 < toks_.size() && toks_[j + 1].word && toks_[j + 1].cap &&
            toks_[j + 1].s > toks_[j].e) {
          ++j;
          continue;
        }
        // "... Conference on AMR in Saudi Arabia in November": "in" before a
        // country or a month ends the name, as "on" before a day does
        // ("Multi-stakeholder Hearing on Tuesday 13 July").
        if (is_word(j, "in") && j + 1 < toks_.size() &&
            (month_word(j + 1) ||
             (covered_[j + 1] >= 0 && type_of(covered_[j + 1]) == NodeType::country)))
          break;
        if (is_word(j, "on") && j + 1 < toks_.size() && date_word(j + 1)) break;
        // "... Human Rights Centre in Mogadishu": after a head word, "in" and
        // one or two capitalised words that end the run (no head among them)
        // name a place, not part of the name.
        if (is_word(j, "in") && j > i && head_word_at(j - 1) && place_after_in(j)) break;
        // "... Child Marriage and to the Sustainable Development Goals": "and"
        // then a preposition coordinates two phrases, not two parts of a name.
        if (is_word(j, "and") && j + 1 < toks_.size() &&
            (is_word(j + 1, "to") || is_word(j + 1, "for") || is_word(j + 1, "on") ||
             is_word(j + 1, "in") || is_word(j + 1, "with") || is_word(j + 1, "against")))
          break;
        // "President of the 76th Session of the General Assembly and Chair of
        // the Forum": "and" before a person's title joins two roles, not two
        // parts of a name.
        if (is_word(j, "and") && j > i && j + 2 < toks_.size() && title_at(j + 1) > j + 1 &&
            is_word(title_at(j + 1), "of"))
          break;
        if (toks_[j].word && connectors().count(toks_[j].key)) {
          std::size_t k = j;
          while (k < toks_.size() && toks_[k].word && connectors().count(toks_[k].key) &&
                 !toks_[k].cap)
            ++k;
          if (k < toks_.size() && toks_[k].word && toks_[k].cap && k - j <= 3) {
            j = k;
            continue;
          }
        }
        break;
      }
      // "... Meeting of the Ministers of Foreign Affairs of the Group of 77":
      // a name does not end inside a known one ("Group of 77") but with it.
      if (j > i && j < toks_.size() && covered_[j - 1] >= 0 && covered_[j] == covered_[j - 1])
        j = mention_span(j - 1).second;
      chunk(i, j);
      i = std::max(j, i + 1);
    }
  }

  bool head_word_at(std::size_t k) const {
    bool found = false;
    head_of(k, &found);
    return found;
  }

  // True when "in" at token j is followed by one or two capitalised words,
  // no head word among them and no known entity, that end the capitalised
  // run ("in Mogadishu", "in Cox's Bazar", not "in Persons and ...").
  bool place_after_in(std::size_t j) const {
    std::size_t k = j + 1;
    while (k < toks_.size() && k < j + 3 && toks_[k].word && toks_[k].cap && covered_[k] == -1 &&
           !head_word_at(k))
      ++k;
    if (k == j + 1) return false;
    if (k < toks_.size() && toks_[k].word && (toks_[k].cap || connectors().count(toks_[k].key)))
      return false;
    return true;
  }

  // True when the text between tokens a and b holds a blank line (two line
  // breaks). Only gaps of two bytes or more are scanned.
  bool blank_line_between(std::size_t a, std::size_t b) const {
    const std::size_t from = toks_[a].e, to = toks_[b].s;
    if (to < from + 2) return false;
    const std::string_view gap = t_.substr(from, to - from);
    const std::size_t first = gap.find('\n');
    return first != std::string_view::npos && gap.find('\n', first + 1) != std::string_view::npos;
  }

  NodeType head_of(std::size_t k, bool* found) const {
    *found = false;
    if (!toks_[k].word || !toks_[k].cap) return NodeType::organisation;
    auto it = cx_.words.head_type.find(toks_[k].key);
    if (it == cx_.words.head_type.end() && toks_[k].key.size() > 3 && toks_[k].key.back() == 's')
      it = cx_.words.head_type.find(toks_[k].key.substr(0, toks_[k].key.size() - 1));
    if (it == cx_.words.head_type.end()) return NodeType::organisation;
    *found = true;
    return it->second;
  }

  void chunk(std::size_t b, std::size_t e) {
    // A headline's verb in title case ("IOM and Bangladesh Launch National
    // Counter-Trafficking Hotline") ends what comes before it.
    for (std::size_t q = b + 1; q + 1 < e; ++q)
      if (headline_verb(q)) b = q + 1;
    // Strip leading noise and titles ("The", "Acting Chief of the").
    bool after_title = false;
    while (b < e) {
      if (toks_[b].word && (leading_noise().count(toks_[b].key) || modified_title(b)) &&
          open_tok(b)) {
        ++b;
        continue;
      }
      // "Addressing the Council", "Highlighting the Forum": a participle and
      // its object open no name.
      if (toks_[b].word && toks_[b].cap && open_tok(b) && toks_[b].key.size() > 5 &&
          toks_[b].key.ends_with("ing") && is_word(b + 1, "the")) {
        b += 2;
        continue;
      }
      // "AM & PM Meetings" (a meetings-coverage masthead): times of day.
      if (open_tok(b) && ((toks_[b].upper && (toks_[b].key == "am" || toks_[b].key == "pm")) ||
                          (b > 0 && toks_[b].punct == '&' && toks_[b - 1].upper))) {
        ++b;
        continue;
      }
      // "Mr President of the Board," (a salutation, ignored as a phrase): an
      // honorific and a title open no name either.
      if (strong_honorific(b) && title_at(honorific_chain_at(b)) > honorific_chain_at(b)) {
        after_title = true;
        b = title_at(honorific_chain_at(b));
        while (b < e && toks_[b].word && connectors().count(toks_[b].key)) ++b;
        continue;
      }
      const std::size_t te = title_at(b);
      // ("Justice and Home Affairs Council": a title word joined by "and" to
      // a word that is no title ("Ambassador and Head of ...") names a
      // field, not a person's title; "the Director-General and the
      // Chairperson of the General Council" joins two titles.)
      const bool field = is_word(te, "and") && title_at(te + 1) == te + 1 &&
                         !(is_word(te + 1, "the") && title_at(te + 2) > te + 2);
      // ("the Prosecutor General's Office of Turkmenistan": a title with a
      // possessive after it names the office, which keeps it.)
      const bool office = te < e && Matcher::possessive_len(t_, toks_[te]) > 0;
      if (te > b && open_tok(b) && !field && !office) {
        after_title = true;
        b = te;
        while (b < e && toks_[b].word && connectors().count(toks_[b].key)) ++b;
        continue;
      }
      // "of 27 September 2017 on the Political Declaration ...": a number
      // and the lower-case words after it open no name.
      if (toks_[b].word && toks_[b].digit && open_tok(b) && b + 1 < e && toks_[b + 1].word &&
          !toks_[b + 1].cap) {
        ++b;
        while (b < e && toks_[b].word && !toks_[b].cap) ++b;
        continue;
      }
      // "On October 17-19 2013 UNDP and the ...": a number before a known
      // name that opens a list is a date's, not the name's ("2021 UN Food
      // Systems Pre-Summit" keeps its year).
      if (toks_[b].word && toks_[b].digit && open_tok(b) && b + 1 < e && covered_[b + 1] >= 0) {
        std::size_t q = b + 1;
        while (q < e && covered_[q] == covered_[b + 1]) ++q;
        if (is_word(q, "and")) {
          ++b;
          continue;
        }
      }
      break;
    }
    while (e > b && toks_[e - 1].word && connectors().count(toks_[e - 1].key)) --e;
    // "Panellists will include: X, Vice-President of Guatemala; Meredith Dank
    // of NYU Marron Institute of Urban Management; and ...": in a list apart
    // by semicolons, two or three name words, "of" and a body's name with its
    // head are a person and the body she works for.
    // (The semicolon first: it is the cheap test.)
    if (b + 3 < e && present_.has_punct(';') && free(b, e)) {
      const std::size_t ne = person_name(b, 2);
      std::size_t r = ne + 1;
      if (r < e && is_word(r, "the")) ++r;
      if (ne > b && ne - b <= 3 && ne + 1 < e && is_word(ne, "of") && org_head_in(r, e)) {
        const int person = person_entity(b, ne);
        mention(person, b, ne);
        persons_.push_back(person);
        chunk(r, e);
        role_of_.push_back({person, r, e});
        return;
      }
    }
    // "the Solidarity Center's Timothy Ryan", "Human Rights First's Amy
    // Sobel": a body's name with a possessive, then a name of two or three
    // words, are the body and a person who works for it. The body needs a
    // head word or to be named before in the document.
    for (std::size_t q = b + 1; q + 2 < e; ++q) {
      if (Matcher::possessive_len(t_, toks_[q]) == 0) continue;
      if (person_name(q + 1, 2) != e || e - (q + 1) > 3 || !free(q + 1, e)) break;
      const bool head = org_head_in(b, q + 1);
      const int known = covered_[b] >= 0 && covered_[q] == covered_[b] ? covered_[b] : -1;
      if (!head && known < 0) {
        const auto it =
            by_key_.find({NodeType::organisation, graph::alias_key(name_text(b, q + 1))});
        if (it == by_key_.end()) break;
        mention(it->second, b, q + 1);
      } else if (known < 0) {
        mention(entity(NodeType::organisation, name_text(b, q + 1)), b, q + 1);
      }
      const int body = covered_[b];
      const int person = person_entity(q + 1, e);
      mention(person, q + 1, e);
      persons_.push_back(person);
      if (body >= 0 && type_of(body) == NodeType::organisation)
        relation(person, body, RelationType::affiliated_with);
      return;
    }
    // "talks in Rome of the Major Economies Forum": after "in" or "at", one
    // word with no head before "of" is the place, not part of the name.
    if (b > 0 && (is_word(b - 1, "in") || is_word(b - 1, "at")) && b + 3 < e &&
        is_word(b + 1, "of") && open_tok(b)) {
      bool f = false;
      head_of(b, &f);
      if (!f && title_at(b) == b) b += is_word(b + 2, "the") ? 3 : 2;
    }
    // "an Action Plan with the United Nations": "with" and a named body or
    // State after the head is a partner, not part of the name.
    for (std::size_t k = b + 1; k + 1 < e; ++k) {
      if (!is_word(k, "with")) continue;
      const std::size_t r = is_word(k + 1, "the") ? k + 2 : k + 1;
      if (r < e && covered_[r] >= 0 &&
          (type_of(covered_[r]) == NodeType::organisation ||
           type_of(covered_[r]) == NodeType::country) &&
          mention_span(r).second >= e) {
        e = k;
        break;
      }
    }
    // "Joint General Comment No. 3 of ...": cut before its number, a name
    // would end in "No"; it is no name.
    if (e > b && is_word(e - 1, "no") && e + 1 < toks_.size() && toks_[e].punct == '.' &&
        toks_[e + 1].digit)
      return;
    // "Summary of the Fourth Session of ...", "Remarks to the High-level
    // Meeting on ...": a report's or a speech's genre word is not part of
    // what it reports on or is given at.
    // ("Presentation of Reports of the Forum on Minority Issues": one after
    // another.)
    // (So is the chair a State holds: "took over the Chairmanship of the
    // Global Forum on Migration and Development (GFMD)".)
    static const WordSet genre = {"summary",      "highlights",     "proceedings", "minutes",
                                  "synopsis",     "report",         "reports",     "remarks",
                                  "statement",    "address",        "speech",      "message",
                                  "presentation", "outcome",        "outcomes",    "chairmanship",
                                  "chairship",    "co chairmanship"};
    while (b + 2 < e && toks_[b].word && genre.count(toks_[b].key) &&
           (is_word(b + 1, "of") || is_word(b + 1, "to") || is_word(b + 1, "at")) && open_tok(b)) {
      b += 2;
      if (is_word(b, "the")) ++b;
    }
    // "Committee to Develop an International ...": "to" + verb with its
    // lower-case object is a purpose clause, not the rest of the name.
    if (e >= b + 3 && is_word(e - 2, "to") && toks_[e - 1].cap && e < toks_.size() &&
        toks_[e].word && !toks_[e].cap && !toks_[e].digit)
      e -= 2;
    if (e <= b) return;
    bool all_ignored = true;
    for (std::size_t k = b; k < e; ++k) all_ignored = all_ignored && covered_[k] == -2;
    if (all_ignored) return;
    if (after_title) {
      // "Under Secretary for Programs and Policy of the Department ...": the
      // title's complement up to "of" is not a name unless it ends in a head.
      std::size_t k = b;
      while (k < e && !is_word(k, "of")) ++k;
      if (k < e && k > b) {
        bool f = false;
        head_of(k - 1, &f);
        if (!f) {
          b = k + 1;
          if (is_word(b, "the")) ++b;
          if (b >= e) return;
        }
      }
    }
    // Only lexicon mentions inside: nothing new.
    // Find the first head word not inside a lexicon mention.
    std::size_t head = e;
    NodeType type = NodeType::organisation;
    for (std::size_t k = b; k < e; ++k) {
      if (!open_tok(k)) continue;
      bool found = false;
      const NodeType t = head_of(k, &found);
      // A head word that starts a name must take a complement ("Office of").
      if (found && k == b && k + 1 < e &&
          !(is_word(k + 1, "of") || is_word(k + 1, "on") || is_word(k + 1, "for") ||
            is_word(k + 1, "against") || is_word(k + 1, "to") || is_word(k + 1, "with")))
        found = false;
      // "Priorities of Governments for the Next Decade": a span of time
      // after "next", "past" ... is when, not an observance's head.
      static const WordSet spans = {"day", "week", "month", "year", "decade"};
      static const WordSet relative = {"next",     "last",      "past",    "coming",
                                       "previous", "following", "current", "this"};
      if (found && t == NodeType::event && k > 0 && spans.count(toks_[k].key) &&
          toks_[k - 1].word && relative.count(toks_[k - 1].key))
        found = false;
      if (found) {
        head = k;
        type = t;
        // A body's head followed by an event's: "Expert Group Meeting",
        // "Executive Board Session" are meetings.
        // "Alliance Against Trafficking in Persons Conference": a name that
        // ends in a meeting's head (no "of" before it) names a meeting.
        // (Only the unambiguous meeting words: "Partnership on Glacier
        // Retreat" is no meeting.)
        if ((type == NodeType::organisation || type == NodeType::initiative) && e > head + 2 &&
            open_tok(e - 1) && find_word(head, {"of"}) >= e &&
            (is_word(e - 1, "conference") || is_word(e - 1, "summit") || is_word(e - 1, "forum") ||
             is_word(e - 1, "congress") || is_word(e - 1, "symposium") ||
             is_word(e - 1, "meeting") || is_word(e - 1, "session") || is_word(e - 1, "event"))) {
          head = e - 1;
          type = NodeType::event;
        }
        // ("Public-Private Partnership Conference": a programme's head too.)
        if ((type == NodeType::organisation || type == NodeType::initiative) && head + 1 < e &&
            open_tok(head + 1)) {
          bool next = false;
          const NodeType nt = head_of(head + 1, &next);
          if (next && nt == NodeType::event) {
            ++head;
            type = NodeType::event;
          } else if (next && nt == NodeType::organisation && type == NodeType::initiative) {
            // "Treaty Mechanisms Division", "Programme Support Unit": a
            // programme's head before a body's names the body.
            ++head;
            type = NodeType::organisation;
          }
        }
        break;
      }
    }
    // "the National Focal Point of the Convention", "Ratification of the
    // Maputo Protocol": an instrument's head after "of" and words that head
    // nothing before it ("Plan of Action" is one head) names the
    // instrument after "of" alone.
    if (type == NodeType::resolution && head < e) {
      const std::size_t o = find_word(b, {"of"});
      if (o > b && o < head && !head_phrase(o - 1, head + 1)) {
        bool before = false;
        for (std::size_t q = b; q < o && !before; ++q)
          if (open_tok(q)) head_of(q, &before);
        if (!before) b = is_word(o + 1, "the") ? o + 2 : o + 1;
      }
    }
    // "the close of the Forum for the Government of France": "for" a
    // State's government after a bare head says on whose behalf, not which
    // meeting (the head alone refers to one named before).
    if (head == b && head + 4 < e && is_word(head + 1, "for") && is_word(head + 2, "the") &&
        (is_word(head + 3, "government") || is_word(head + 3, "governments")))
      e = head + 1;
    // "... – General Council Chairperson": a title right after a body's
    // head that ends the run is a post in that body, not part of its name.
    if (type == NodeType::organisation && head + 1 < e && open_tok(head + 1) &&
        title_at(head + 1) >= e)
      e = head + 1;
    // A name being set up or run as a programme ("A Regional Mobility Pilot,
    // run in partnership with ...", "establish a Joint Task Force on ...") is
    // an initiative: also without a head word, and instead of a body or an
    // instrument not named before whose head also heads programmes.
    if (head == e || type != NodeType::initiative) {
      // (creation_context only where its answer counts: most chunks are one
      // word without a head.)
      if (head == e && e - b >= 2) {
        if (creation_context(b, e) != 0 || described_as_programme(e)) {
          head = e - 1;
          type = NodeType::initiative;
        }
      } else if (head < e) {
        const int made = creation_context(b, e);
        if (made != 0 && programme_head(type, toks_[head].key, made) &&
            !by_key_.count(TypeKey(type, graph::alias_key(span_text(b, e)))))
          type = NodeType::initiative;
      }
    }
    if (head == e) {
      // "Operation Liberterra II", "Operation Global Chain": a named
      // (police) operation is a coordinated action: an initiative.
      if (is_word(b, "operation") && toks_[b].cap && b + 1 < e && toks_[b + 1].word &&
          toks_[b + 1].cap && free(b, e)) {
        mention(entity(NodeType::initiative, span_text(b, e)), b, e);
        return;
      }
      // A name without a head word that a pattern found earlier in the
      // document ("Fundación Caminos de Esperanza (...)" in an apposition)
      // is that entity again when it recurs as written.
      // "... will be hosted by Fundación Caminos de Esperanza in Tumbes": the
      // name may end before "in" or "at" and a place.
      std::size_t end = e;
      for (std::size_t k = b + 2; k < e && end == e; ++k)
        if (is_word(k, "in") || is_word(k, "at")) end = k;
      if (end - b >= 2 && free(b, end)) {
        const std::string key = graph::alias_key(span_text(b, end));
        for (const NodeType t : {NodeType::organisation, NodeType::initiative, NodeType::person,
                                 NodeType::event, NodeType::resolution})
          if (auto it = by_key_.find(TypeKey(t, key)); it != by_key_.end()) {
            mention(it->second, b, end);
            break;
          }
      }
      return;
    }
    // "UN Headquarters in New York for the Forty-Eighth Annual Ministerial
    // Meeting": a place ("... in ...") and "for" before the first head word
    // are where and why, not part of the name after them.
    for (std::size_t f = head; f > b + 2; --f)
      if (is_word(f - 1, "for") && find_word(b, {"in"}) < f - 1) {
        chunk(is_word(f, "the") ? f + 1 : f, e);
        return;
      }
    // Venues are not entities: "Accra International Conference Centre", "World Conference
    // Center Bonn", "Zappeion Hall", "Kuala Lumpur Convention Centre".
    if (type == NodeType::event || (type == NodeType::resolution && is_word(head, "convention"))) {
      static const WordSet venues = {"centre", "center",   "hall",    "building",
                                     "palace", "hotel",    "stadium", "auditorium",
                                     "arena",  "pavilion", "theatre", "theater"};
      for (std::size_t k = head; k < e; ++k)
        if (toks_[k].word && venues.count(toks_[k].key) &&
            !(k + 1 < e && (is_word(k + 1, "for") || is_word(k + 1, "of") || is_word(k + 1, "on"))))
          return;
    }
    // An event's head followed by another capitalised word names something
    // else: "Summit Declaration" (an instrument), "Conference Secretariat"
    // (a body), "Earth Negotiations Bulletin" (a publication: nothing). In
    // a heading in capitals too ("EAST ASIA SUMMIT DECLARATION ON ...").
    if (type == NodeType::event && head + 1 < e && open_tok(head + 1) && toks_[head + 1].word &&
        toks_[head + 1].cap && !toks_[head + 1].digit &&
        (!toks_[head + 1].upper || toks_[head].upper)) {
      bool next = false;
      const NodeType nt = head_of(head + 1, &next);
      if (next) {
        ++head;
        type = nt;
      } else if (!toks_[head + 1].upper) {
        return;  // (in capitals, "CONSULTATION ON THE ..." goes on)
      }
    }
    // Split "A and the B" lists where both sides have heads, or where A is
    // "X of <known entity>" without a head ("Government of Canada and the
    // Swedish International Development Cooperation Agency").
    std::size_t split_from = head + 1;
    for (std::size_t k = b + 1; k + 1 < head; ++k) {
      if (!is_word(k, "and") || covered_[k - 1] < 0 || covered_[k - 1] == covered_[k]) continue;
      std::size_t q = k - 1;
      while (q > b && covered_[q - 1] == covered_[k - 1]) --q;
      if (q > b && is_word(q - 1, "the")) --q;
      if (q > b && is_word(q - 1, "of")) {
        split_from = k;
        break;
      }
    }
    for (std::size_t k = split_from; k + 1 < e; ++k) {
      // (An "and" inside a known name, "Office on Drugs and Crime", splits nothing.)
      if (!is_word(k, "and") || covered_[k] >= 0) continue;
      std::size_t r = k + 1;
      if (is_word(r, "the")) ++r;
      // "Ministry of Health and the Rwanda Biomedical Centre": B is a known body.
      if (r < e && covered_[r] >= 0 && type_of(covered_[r]) == NodeType::organisation) {
        std::size_t q = r;
        while (q < e && covered_[q] == covered_[r]) ++q;
        if (q == e) {
          chunk(b, k);
          return;
        }
      }
      // "the Equality Fund and the Government of Canada": a State's
      // government after "and" is a list's next item.
      if (is_word(r, "government") && is_word(r + 1, "of") && r + 2 < e && covered_[r + 2] >= 0 &&
          type_of(covered_[r + 2]) == NodeType::country) {
        chunk(b, k);
        return;
      }
      // "the Supreme Forest Council and CENESTA": a body's head, "and", then
      // an acronym the lexicon does not know, is a list of two.
      if (r + 1 == e && toks_[r].upper && head_word_at(k - 1)) {
        chunk(b, k);
        return;
      }
      // ("Meeting on Strengthening Partnerships with National Rapporteurs
      // and Equivalent Mechanisms": "and" inside a meeting's topic joins its
      // words, not two names.)
      if (type == NodeType::event && r == k + 1 && find_word(head, {"on", "for", "against"}) < k)
        continue;
      bool right_head = false;
      for (std::size_t q = r; q < e && !right_head; ++q) {
        if (!open_tok(q) || is_word(q, "of")) {
          if (is_word(q, "of")) break;
          continue;
        }
        head_of(q, &right_head);
      }
      bool first_is_head = false;
      head_of(r, &first_is_head);
      // ("the Government of Sweden and the University of Lund": a head
      // after "and the" that takes its own complement starts a body too.)
      const bool own_body = first_is_head && is_word(k + 1, "the") && is_word(r + 1, "of");
      if (right_head && (!first_is_head || own_body)) {
        chunk(b, k);
        chunk(r, e);
        return;
      }
    }
    // The name must have a non-head capitalised word or an "of"/"on" complement.
    std::size_t words = 0;
    for (std::size_t k = b; k < e; ++k)
      if (toks_[k].word && !connectors().count(toks_[k].key)) ++words;
    if (words < 2) return;
    if (free(b, e) == false && covered_[b] >= 0) {
      // Starts with a known entity: "UNODC New York Office" (sub-unit by prefix).
      std::size_t q = b;
      const int parent = covered_[b];
      while (q < e && covered_[q] == parent) ++q;
      // A person then "of the X": X is a name of its own ("Dr. Naila Kabeer
      // of the London School of Economics").
      if (type_of(parent) == NodeType::person && q < e && is_word(q, "of")) {
        std::size_t r = q + 1;
        if (is_word(r, "the")) ++r;
        if (r < e && head >= r) chunk(r, e);
        if (r < e && covered_[r] >= 0 && type_of(covered_[r]) == NodeType::organisation)
          relation(parent, covered_[r], RelationType::affiliated_with);
        return;
      }
      // "Kenya and the Kenya Wildlife Service": the known entity is a list's
      // first item; what follows "and" is a name of its own.
      if (q + 1 < e && is_word(q, "and")) {
        std::size_t r = q + 1;
        if (is_word(r, "the")) ++r;
        if (r < e && toks_[r].cap) {
          chunk(r, e);
          return;
        }
      }
      // "Kenya's Wildlife Service": the rest is a name of its own, which
      // find_possessives ties to the possessor.
      if (q < e && Matcher::possessive_len(t_, toks_[q - 1]) > 0) {
        chunk(q, e);
        return;
      }
      // "Kenya Wildlife Service": a country then a body's name is that
      // State's body, named as written.
      if (q < e && free(q, e) && head >= q && type == NodeType::organisation &&
          type_of(parent) == NodeType::country && toks_[q].cap) {
        const int id = entity(NodeType::organisation, span_text(b, e));
        head_words_[id].insert(toks_[head].key);
        mention(id, b, e, true);
        relation(id, parent, RelationType::member_of);
        return;
      }
      // "African Union Campaign to End Child Marriage", "the EU Strategy on
      // Combatting Trafficking in Human Beings": a body's programme or
      // instrument, named as written.
      if (q < e && free(q, e) && head >= q &&
          (type == NodeType::initiative || (type == NodeType::resolution && e > head + 1)) &&
          (type_of(parent) == NodeType::organisation || type_of(parent) == NodeType::country) &&
          toks_[q].cap && mention_span(b).first == b) {
        const int id = entity(type, span_text(b, e));
        head_words_[id].insert(toks_[head].key);
        mention(id, b, e, true);
        return;
      }
      // "the first WHO Forum", "the UNICEF Summit on Children": a body's
      // meeting, named as written and organised by the body; "the
      // Generation Equality Forum": a campaign's meeting, named as written.
      // (Not a heading in capitals: "SBI PLENARY" titles a section.)
      if (q < e && free(q, e) && head >= q && type == NodeType::event &&
          (type_of(parent) == NodeType::organisation || type_of(parent) == NodeType::initiative) &&
          toks_[q].cap && !toks_[head].upper && mention_span(b).first == b) {
        const int id = entity(type, span_text(b, e));
        head_words_[id].insert(toks_[head].key);
        mention(id, b, e, true);
        if (type_of(parent) == NodeType::organisation)
          relation(id, parent, RelationType::organised_by);
        return;
      }
      if (q < e && q < head + 1 && free(q, e) && head >= q && type == NodeType::organisation &&
          (type_of(parent) == NodeType::organisation)) {
        const std::string unit = span_text(q, e);
        const std::string pname = out_.ents[static_cast<std::size_t>(parent)].name;
        // ("WHO Foundation", "the UNICEF Academy", "EU Emergency Trust Fund":
        // a head word alone after the body, or a head that names no unit of
        // it, is the name as written; "UNODC New York Office" is the "New
        // York Office of the United Nations Office on Drugs and Crime".)
        static const WordSet units = {"office",   "unit",       "section",    "branch",
                                      "division", "department", "bureau",     "secretariat",
                                      "team",     "mission",    "delegation", "representation"};
        const bool bare = q + 1 == e || !units.count(toks_[e - 1].key);
        const int id = bare ? entity(NodeType::organisation, span_text(b, e))
                            : entity(NodeType::organisation, unit + " of the " + pname);
        if (!bare) alias(id, span_text(b, e), "sub-unit");
        mention(id, b, e, true);
        relation(id, parent, RelationType::member_of);
        return;
      }
      if (q == e) return;
    }
    // "Heads of Delegations", "the Ministers of Foreign Affairs of the Group
    // of 77": a plural title and its complement are persons, no body.
    if (plural_title_of(b)) return;
    // A title in the plural heads no body: "the Foreign Ministers of
    // Australia and Indonesia" are persons ("Ministers" heads bodies only
    // after "Council of").
    if (toks_[head].key.size() > 3 && toks_[head].key.back() == 's' &&
        Matcher::possessive_len(t_, toks_[head]) == 0 &&
        one_word_title(toks_[head].key.substr(0, toks_[head].key.size() - 1)))
      return;
    // Plural head followed by "of A and B": one entity per item.
    if (toks_[head].key.back() == 's' && head + 1 < e && is_word(head + 1, "of")) {
      std::vector<int> items;
      std::size_t k = head + 2;
      std::size_t tail = e;
      while (k < e) {
        if (is_word(k, "the") && open_tok(k)) {
          ++k;
          continue;
        }
        if (covered_[k] >= 0) {
          const int it = covered_[k];
          items.push_back(it);
          while (k < e && covered_[k] == it) ++k;
          if (k < e && (is_word(k, "and") || toks_[k].punct == ',')) {
            ++k;
            continue;
          }
          tail = k;
          break;
        }
        break;
      }
      if (items.size() >= 2) {
        const std::string singular =
            span_text(b, head) + (b < head ? " " : "") + text(toks_[head].s, toks_[head].e - 1);
        const std::string rest = tail < e ? " " + span_text(tail, e) : std::string();
        for (int it : items) {
          // Copy the item's type: entity() may grow out_.ents and move it.
          const NodeType item_type = out_.ents[static_cast<std::size_t>(it)].type;
          const int id = entity(type, singular + " of " + country_form(it) + rest);
          mention(id, b, e, true);
          if (item_type == NodeType::country) relation(id, it, RelationType::member_of);
          plural_.push_back(id);
        }
        return;
      }
    }
    if (!free(b, e) && covered_[b] >= 0) return;
    if (generic_descriptor(b, e, head)) {
      // ("started with an Annual Discussion on ...": an indefinite one is
      // another meeting, not the document's.)
      const bool indefinite = b > 0 && (is_word(b - 1, "a") || is_word(b - 1, "an"));
      if (type == NodeType::event && main_event_ >= 0 && free(b, e) && !indefinite) {
        alias(main_event_, span_text(b, e), "anaphora");
        mention(main_event_, b, e);
      }
      return;
    }
    // "the Modern Slavery Act 2015": a year right after an instrument's
    // head is part of its name (and the name without it an alias).
    const bool dated = type == NodeType::resolution && head + 1 == e && e < toks_.size() &&
                       toks_[e].word && toks_[e].digit && toks_[e].key.size() == 4 &&
                       covered_[e] == -1 && (toks_[e].key[0] == '1' || toks_[e].key[0] == '2') &&
                       toks_[e].key.find_first_not_of("0123456789") == std::string::npos;
    if (dated) ++e;
    // ("Indian Labour Organisation's new project": without the possessive.)
    const std::string name = name_text(b, e);
    const int short_of =
        type == NodeType::initiative || type == NodeType::organisation || type == NodeType::event
            ? shortened_to(type, name)
            : -1;
    if (short_of >= 0) {
      alias(short_of, name, "short form");
      mention(short_of, b, e);
      return;
    }
    // "A Political Dialogue and Cooperation agreement": capitalised words
    // before a lower-case word for an instrument qualify it; they name none.
    if (e < toks_.size() && toks_[e].word && !toks_[e].cap &&
        (is_word(e, "agreement") || is_word(e, "agreements") || is_word(e, "accord") ||
         is_word(e, "treaty") || is_word(e, "arrangement")))
      return;
    // "the Plan of Action", "the Task Force": a head alone that is no short
    // form of a name given before refers to one the reader knows; it is none.
    if (e > b + 1 && e <= b + 4 && head_phrase(b, e)) return;
    // "under the Convention and the Protocol": heads alone, joined, are
    // references too.
    bool heads_only = false;  // (a list: "and" among them)
    for (std::size_t k = b; k < e; ++k) heads_only = heads_only || is_word(k, "and");
    for (std::size_t k = b; k < e && heads_only; ++k) {
      bool f = false;
      if (toks_[k].word && !is_word(k, "and") && !is_word(k, "the")) head_of(k, &f);
      heads_only = f || is_word(k, "and") || is_word(k, "the");
    }
    if (heads_only) return;
    const int id = entity(type, name);
    if (dated) alias(id, span_text(b, e - 1), "normalisation");
    head_words_[id].insert(toks_[head].key);
    const std::vector<int> saved(covered_.begin() + static_cast<std::ptrdiff_t>(b),
                                 covered_.begin() + static_cast<std::ptrdiff_t>(e));
    mention(id, b, e, true);
    auto cov = [&](std::size_t q) { return saved[q - b]; };
    // "10th Conference of the Parties to the Vienna Convention": the
    // instrument whose Parties meet is named too (two words or more ending
    // in an instrument's head).
    for (std::size_t k = head + 1; type == NodeType::event && k + 3 < e; ++k) {
      if (!is_word(k, "parties") || !is_word(k + 1, "to")) continue;
      const std::size_t r = is_word(k + 2, "the") ? k + 3 : k + 2;
      bool open = r + 1 < e && toks_[r].cap;
      // (A place inside it is an ignored phrase alone: "Vienna".)
      for (std::size_t q = r; q < e && open; ++q) open = cov(q) == -1 || cov(q) == -2;
      bool f = false;
      if (open && head_of(e - 1, &f) == NodeType::resolution && f) {
        const int inst = entity(NodeType::resolution, name_text(r, e));
        head_words_[inst].insert(toks_[e - 1].key);
        mention(inst, r, e, true);
      }
      break;
    }
    // Year after an event: "in 1996".
    if (type == NodeType::event && e + 1 < toks_.size() && is_word(e, "in") && toks_[e + 1].digit &&
        toks_[e + 1].key.size() == 4)
      out_.ents[static_cast<std::size_t>(id)].attrs.emplace("year", toks_[e + 1].key);
    // "X of (the) Y": Y is a body of its own; X member_of / organised_by Y.
    for (std::size_t k = head + 1; k + 1 < e; ++k) {
      if (!is_word(k, "of")) continue;
      std::size_t r = k + 1;
      if (is_word(r, "the")) ++r;
      if (r >= e) break;
      int parent = -1;
      if (cov(r) >= 0) {
        std::size_t q = r;
        while (q < e && cov(q) == cov(r)) ++q;
        if (q == e || is_word(q, "on") || is_word(q, "to")) parent = cov(r);
      }
      if (parent < 0) {
        // Y needs a head of its own before its own "of": "the Review of the
        // Implementation of the Convention" names no body ("Implementation"
        // heads nothing), and the next "of" is tried.
        // Y that starts with a known name and goes on ("the Convention and
        // the Protocols") is a list, not a body.
        if (cov(r) >= 0) continue;
        // A head word alone ("of the Convention", "of the Council") is a
        // generic reference, not a name.
        std::size_t y_words = 0;
        for (std::size_t q = r; q < e; ++q)
          if (toks_[q].word && !connectors().count(toks_[q].key)) ++y_words;
        if (y_words < 2) continue;
        // Without an article the complement is a portfolio or a field
        // ("Ministry of Internal Administration", "Bureau of International
        // Labor Affairs") or "of" is inside the head ("Plan of Action
        // against ...", "Code of Conduct for ..."), not a body.
        if (r == k + 1) continue;
        bool rh = false;
        std::size_t rq = r;
        NodeType pt = NodeType::organisation;
        // (The head comes before Y's own complement: "the Parties to the
        // Convention" is a collective, not a body headed by "Convention".)
        for (; rq < e && !rh &&
               !(toks_[rq].word && !is_word(rq, "and") && !is_word(rq, "the") &&
                 connectors().count(toks_[rq].key));
             ++rq)
          if ((cov(rq) == -1 || cov(rq) == -2)) pt = head_of(rq, &rh);
        if (!rh) continue;
        // A plural head names a collective ("the Member Organizations").
        if (cx_.words.head_type.find(toks_[rq - 1].key) == cx_.words.head_type.end()) continue;
        bool tfound = false;
        const NodeType rt = head_of(r, &tfound);
        pt = tfound ? rt : pt;
        // A body named "Conference of ... Organizations" is an organisation.
        for (std::size_t q = r; q < e; ++q) {
          bool f = false;
          if (head_of(q, &f) == NodeType::organisation && f) pt = NodeType::organisation;
        }
        if (plural_title_of(r)) continue;  // (persons: "of the Ministers of ...")
        parent = entity(pt, span_text(r, e));
        mention(parent, r, e, true);
      }
      const NodeType ptype = type_of(parent);
      if (type == NodeType::event && ptype == NodeType::organisation)
        relation(id, parent, RelationType::organised_by);
      else if (type == NodeType::organisation &&
               (ptype == NodeType::organisation || ptype == NodeType::country))
        relation(id, parent, RelationType::member_of);
      break;
    }
  }

  // "The Gulf of Guinea Partnership" after the "Gulf of Guinea Partnership on
  // Safe Migration ...", "the Working Group" after the "Working Group on
  // Trafficking in Persons": a name not seen before that is the start of
  // exactly one entity of its type named earlier, cut before a connector of
  // its complement ("on", "for", "against", ...), is that entity's short form
  // (-1 if none).
  // "bonn conference" of "bonn climate change conference": two words, the
  // first and the last (the head) of a name of three to five words.
  static bool first_and_head_of(std::string_view key, std::string_view full) {
    const std::size_t sp = key.find(' ');
    if (sp == std::string_view::npos || key.find(' ', sp + 1) != std::string_view::npos)
      return false;
    const std::string_view first = key.substr(0, sp), head = key.substr(sp + 1);
    if (full.size() <= key.size() + 1 || !full.starts_with(first) || full[first.size()] != ' ' ||
        !full.ends_with(head) || full[full.size() - head.size() - 1] != ' ')
      return false;
    const auto words = std::count(full.begin(), full.end(), ' ') + 1;
    return words >= 3 && words <= 5 && full.find(" of ") == std::string_view::npos &&
           full.find(" on ") == std::string_view::npos;
  }

  int shortened_to(NodeType type, const std::string& name) {
    const std::string key = graph::alias_key(name);
    if (by_key_.count(TypeKey(type, key))) return -1;
    int found = -1;
    for (std::size_t id = 0; id < out_.ents.size(); ++id) {
      const Local& l = out_.ents[id];
      if (l.type != type || l.name.size() <= name.size()) continue;
      const std::string& full = l.key;
      // "the Meeting of Experts" after "The 2007 Meeting of Experts": the
      // name without its year.
      if (full.size() == key.size() + 5 && full[4] == ' ' && full.ends_with(key) &&
          std::all_of(full.begin(), full.begin() + 4,
                      [](char c) { return c >= '0' && c <= '9'; })) {
        if (found >= 0) return -1;
        found = static_cast<int>(id);
        continue;
      }
      if (first_and_head_of(key, full)) {
        if (found >= 0) return -1;
        found = static_cast<int>(id);
        continue;
      }
      if (full.size() <= key.size() + 1 || full.compare(0, key.size(), key) != 0 ||
          full[key.size()] != ' ')
        continue;
      const std::size_t next_end = full.find(' ', key.size() + 1);
      const std::string next = full.substr(key.size() + 1, next_end - key.size() - 1);
      // ("Ministry of Health" is no short form of "Ministry of Health and Family Welfare".)
      if (next == "of" || next == "and" || !connectors().count(next)) continue;
      if (found >= 0) return -1;
      found = static_cast<int>(id);
    }
    return found;
  }

  // How the words around a name in tokens [b, e) say that it is being set
  // up: 1 for "establish (a, the, new) X", "launched X", "set up X", "the
  // establishment (creation, launch) of X", "X, to be established by",
  // "X, established (launched, created, set up) by", "X, delivered
  // (implemented) by", or "X, run (delivered, implemented, developed,
  // managed, operated) in partnership with"; 2 for "the drafting (elaboration, negotiation) of X";
  // else 0. "the established X" (an adjective) and "X, established in 1990" (a body's history) are
  // not.
  // True when an apposition after token e says what a name without a head
  // word is: ", a US$ 250 million fund", ", a new programme", ", an
  // initiative of ..." (up to four words before a programme's head).
  bool described_as_programme(std::size_t e) const {
    if (e + 2 >= toks_.size() || toks_[e].punct != ',' ||
        !(is_word(e + 1, "a") || is_word(e + 1, "an")))
      return false;
    for (std::size_t q = e + 2; q < toks_.size() && q < e + 7; ++q) {
      if (!toks_[q].word && toks_[q].punct != '$') return false;
      if (!toks_[q].word || toks_[q].cap || covered_[q] >= 0) continue;
      bool found = false;
      initiative_or_not(toks_[q].key, &found);
      // (A group, centre, network or alliance may be a body: not those.)
      if (found && !is_word(q, "group") && !is_word(q, "centre") && !is_word(q, "center") &&
          !is_word(q, "network") && !is_word(q, "alliance") && !is_word(q, "coalition"))
        return true;
      if (connectors().count(toks_[q].key)) return false;
    }
    return false;
  }

  int creation_context(std::size_t b, std::size_t e) const {
    std::size_t k = b;
    while (k > 0 && k + 3 > b &&
           (is_word(k - 1, "a") || is_word(k - 1, "an") || is_word(k - 1, "the") ||
            is_word(k - 1, "new") || is_word(k - 1, "permanent")))
      --k;
    if (k > 0) {
      const std::size_t v = k - 1;
      const bool article = v > 0 && (is_word(v - 1, "the") || is_word(v - 1, "a") ||
                                     is_word(v - 1, "an") || is_word(v - 1, "its"));
      if (!article &&
          (is_word(v, "establish") || is_word(v, "establishes") || is_word(v, "established") ||
           is_word(v, "launch") || is_word(v, "launches") || is_word(v, "launched") ||
           is_word(v, "create") || is_word(v, "creates") || is_word(v, "created")))
        return 1;
      if (is_word(v, "up") && v > 0 &&
          (is_word(v - 1, "set") || is_word(v - 1, "sets") || is_word(v - 1, "setting")))
        return 1;
      if (is_word(v, "of") && v > 0) {
        if (is_word(v - 1, "drafting") || is_word(v - 1, "elaboration") ||
            is_word(v - 1, "negotiation"))
          return 2;
        if (is_word(v - 1, "establishment") || is_word(v - 1, "creation") ||
            is_word(v - 1, "launch"))
          return 1;
      }
    }
    std::size_t a = e;
    if (a < toks_.size() && toks_[a].punct == ',') ++a;
    const bool future = is_word(a, "to") && is_word(a + 1, "be");
    if (future) a += 2;
    if (is_word(a, "set") && is_word(a + 1, "up")) ++a;
    const bool by = is_word(a + 1, "by");
    const bool partners = is_word(a + 1, "in") && is_word(a + 2, "partnership");
    if (is_word(a, "established") || is_word(a, "launched") || is_word(a, "created") ||
        is_word(a, "up"))
      return future || by || partners ? 1 : 0;
    // "implemented by" and "delivered by" speak of a programme; a shelter or
    // a clinic may be "run by" or "managed by" a body too, so those need "in
    // partnership".
    if (is_word(a, "delivered") || is_word(a, "implemented")) return by || partners ? 1 : 0;
    if (is_word(a, "run") || is_word(a, "developed") || is_word(a, "managed") ||
        is_word(a, "operated"))
      return partners ? 1 : 0;
    return 0;
  }

  // True when a name of `type` with this head word names a programme when it
  // is being set up (creation_context `made`): the heads shared by bodies and
  // programmes ("Network", "Task Force", "Fund"), or an instrument's head
  // when the instrument is being drafted (a proposed protocol).
  static bool programme_head(NodeType type, const std::string& head, int made) {
    static const std::unordered_set<std::string> shared = {
        "programme", "program",     "partnership", "network",  "coalition", "alliance",
        "centre",    "center",      "initiative",  "project",  "force",     "taskforce",
        "group",     "observatory", "fund",        "facility", "platform",  "mechanism",
        "hotline",   "helpline",    "fellowship"};
    if (type == NodeType::organisation) return shared.count(head) != 0;
    return type == NodeType::resolution && made == 2;
  }

  // "International Conference", "High-level Meeting": only generic words.
  bool generic_descriptor(std::size_t b, std::size_t e, std::size_t head) const {
    static const WordSet generic = {
        "international", "regional", "world",    "global",   "ministerial", "high level",
        "highlevel",     "annual",   "joint",    "special",  "national",    "expert",
        "technical",     "open",     "informal", "thematic", "general",     "plenary",
        "preparatory",   "side",     "parallel"};
    if (head + 1 != e) return false;
    for (std::size_t k = b; k < head; ++k)
      if (toks_[k].word && !generic.count(toks_[k].key)) return false;
    return true;
  }

  std::string country_form(int id) const {
    const auto& n = out_.ents[static_cast<std::size_t>(id)].name;
    if (n == "Philippines" || n == "Netherlands" || n == "United Kingdom" || n == "United States" ||
        n.rfind("Republic", 0) == 0)
      return "the " + n;
    return n;
  }

  // The latest entity of `type` named earlier in the document whose name
  // `matches` (given its keys) the second word of a sentence that opens with
  // "The" and a capitalised word not inside a mention, e.g. "The Secretariat
  // further proposes ..." (-1 if none).
  template <class Matches>
  int latest_named_by_head(NodeType type, Matches matches) const {
    if (toks_.size() < 2 || !is_word(0, "the") || !toks_[1].word || !toks_[1].cap ||
        covered_[1] != -1)
      return -1;
    return latest_named(type, toks_[1].key, matches);
  }

  // The latest entity of `type` named earlier in the document whose name
  // `matches` (given its keys) the word `head`, or -1.
  template <class Matches>
  int latest_named(NodeType type, const std::string& head, Matches matches) const {
    for (std::size_t id = out_.ents.size(); id-- > 0;) {
      const Local& l = out_.ents[id];
      if (l.type != type || l.mentions.empty()) continue;
      if (matches(keys_of(l.name), head)) return static_cast<int>(id);
    }
    return -1;
  }

  static bool last_word_is(const std::vector<std::string>& words, const std::string& head) {
    return words.size() >= 2 && words.back() == head;
  }

  // The latest organisation named before whose name of two or more words
  // ends in `head` ("council": the Human Rights Council), or -1.
  int body_by_last_word(const std::string& head) const {
    return latest_named(NodeType::organisation, head, last_word_is);
  }

  // "The Secretariat further proposes ...": the last word of the name of an
  // organisation named before speaks of the latest such organisation.
  int body_named_by_head() const {
    return latest_named_by_head(NodeType::organisation, last_word_is);
  }

  // "convene a second Global Cervical Cancer Elimination Forum" after the
  // Forum was named: a later ordinal ("second", "third", not "first") or
  // "next" before the name of an event already mentioned is another event of
  // the series, "second Global ... Forum", not a mention of the first.
  void split_ordinal_events() {
    for (auto& m : ments_) {
      if (m.b == 0 || type_of(m.ent) != NodeType::event || covered_[m.b - 1] != -1 ||
          toks_[m.b - 1].cap || is_word(m.b - 1, "first") ||
          !(ordinal_at(m.b - 1) || is_word(m.b - 1, "next")))
        continue;
      Local& old = out_.ents[static_cast<std::size_t>(m.ent)];
      const std::size_t at = toks_[m.b].s;
      if (old.mentions.empty() || old.mentions.front().start >= at) continue;
      const std::string first_word = keys_of(old.name).empty() ? "" : keys_of(old.name).front();
      if (ordinal_at(m.b - 1) && first_word == std::string(toks_[m.b - 1].key)) continue;
      const int prior = m.ent;
      std::erase_if(old.mentions, [&](const graph::Evidence& ev) { return ev.start == at; });
      const int id = entity(NodeType::event, span_text(m.b - 1, m.e));
      out_.ents[static_cast<std::size_t>(id)].mentions.push_back(span_evidence(m.b - 1, m.e));
      m.ent = id;
      --m.b;
      for (std::size_t k = m.b; k < m.e; ++k)
        if (covered_[k] == prior || k == m.b) covered_[k] = id;
    }
  }

  // The initiative named so far whose name's key ends with the words of
  // `key` (at least two), or -1 if none. Of several ("the work programme"
  // after the mitigation and the just transition work programmes), the one
  // named last: a definite description takes the most recent antecedent
  // that fits it (the recency preference of anaphora resolution), unless
  // another was named in the same paragraph ("a Malaria Facility and a
  // Dengue Facility ... the facility" stays unresolved).
  int initiative_ending_with(const std::string& key) const {
    if (key.find(' ') == std::string::npos) return -1;
    int found = -1;
    const graph::Evidence* found_last = nullptr;
    const graph::Evidence* runner_up = nullptr;
    for (std::size_t id = 0; id < out_.ents.size(); ++id) {
      const Local& l = out_.ents[id];
      if (l.type != NodeType::initiative || l.mentions.empty()) continue;
      const std::string k = graph::alias_key(l.name);
      if (k.size() <= key.size() || k.compare(k.size() - key.size(), key.size(), key) != 0 ||
          k[k.size() - key.size() - 1] != ' ')
        continue;
      const graph::Evidence* last = &l.mentions.front();
      for (const auto& m : l.mentions)
        if (m.start > last->start) last = &m;
      if (found_last == nullptr || last->start > found_last->start) {
        runner_up = found_last;
        found = static_cast<int>(id);
        found_last = last;
      } else if (runner_up == nullptr || last->start > runner_up->start) {
        runner_up = last;
      }
    }
    if (runner_up != nullptr && runner_up->paragraph == found_last->paragraph) return -1;
    return found;
  }

  // Described initiatives and events ("an inter-agency coordination group on
  // trafficking in persons", "the third forum") in sentences with a trigger.
  void find_described() {
    bool trigger = false;
    for (const auto& t : toks_)
      if (t.word && initiative_triggers().count(t.key)) trigger = true;
    // Without a trigger only an ordinal, or an event head before "against",
    // can act.
    if (!trigger && !present_.may_have(ordinals()) && !present_.may_have({"against"})) return;
    for (std::size_t i = 0; i < toks_.size(); ++i) {
      if (!toks_[i].word || covered_[i] != -1 || toks_[i].cap) continue;
      // ordinal events: "the third forum" (not "this first session": a
      // sitting with an ordinal alone numbers a body's sittings)
      const bool ordinal = ordinals().count(toks_[i].key) != 0;
      if (ordinal && i + 1 < toks_.size() && covered_[i + 1] == -1 && !sitting_word(i + 1)) {
        bool f = false;
        const NodeType t = head_of_lower(i + 1, &f);
        if (f && t == NodeType::event) {
          std::string name = span_text(i, i + 2);
          // "against human trafficking" tail from an earlier "fora against X"
          const int id = entity(NodeType::event, name);
          if (!fora_tail_.empty()) {
            auto& l = out_.ents[static_cast<std::size_t>(id)];
            if (l.name == name && l.aliases.size() == 1) {
              const std::string full = name + " " + fora_tail_;
              if (l.label.empty()) l.label = l.name;  // (the label stays)
              l.name = full;
              l.key = graph::alias_key(full);
              alias(id, full, "normalisation");
            }
          }
          head_words_[id].insert(toks_[i + 1].key);
          mention(id, i, i + 2);
          last_event_ = id;
          if (trigger) described_.push_back(id);
          ++i;
          continue;
        }
      }
      if (ordinal && ordinal_named_meeting(i)) continue;
      if (!trigger) {
        bool f = false;
        if (i + 1 < toks_.size() && is_word(i + 1, "against") &&
            head_of_lower(i, &f) == NodeType::event && f)
          fora_tail_ = span_text(i + 1, tail_end(i + 1));
        continue;
      }
      bool found = false;
      initiative_or_not(toks_[i].key, &found);
      if (!found) continue;
      std::size_t h = i;
      if (toks_[i].key == "task" && is_word(i + 1, "force")) h = i + 1;
      if (toks_[i].key == "plan" && is_word(i + 1, "of") && is_word(i + 2, "action")) h = i + 2;
      std::size_t b = i;
      while (b > 0 && toks_[b - 1].word && covered_[b - 1] != -2 &&
             !np_stops().count(toks_[b - 1].key) && i - b < 4 &&
             !(covered_[b - 1] == -1 && toks_[b - 1].key.size() > 3 &&
               toks_[b - 1].key.compare(toks_[b - 1].key.size() - 2, 2, "ed") == 0))
        --b;
      // An amount is no part of a name ("a 250 million fund for ...", "a 40
      // million US Dollar programme").
      static const WordSet currency = {"us",    "usd",    "dollar", "dollars", "euro", "euros",
                                       "pound", "pounds", "rupee",  "rupees",  "yen",  "francs"};
      while (b < i && (toks_[b].digit || is_amount_word(b) || currency.count(toks_[b].key))) ++b;
      // A bare head is not a name unless a topic follows ("a code against human trafficking").
      if (b == i && toks_[i].key != "convention" &&
          ((!is_word(h + 1, "against") && !is_word(h + 1, "on")) || toks_[h].key.back() == 's'))
        continue;
      std::size_t e = h + 1;
      // "strategy or plan of action": a second head joined by or/and.
      if ((is_word(e, "or") || is_word(e, "and")) && e + 1 < toks_.size()) {
        bool f2 = false;
        initiative_or_not(toks_[e + 1].key, &f2);
        if (f2) {
          e = e + 2;
          if (toks_[e - 1].key == "plan" && is_word(e, "of") && is_word(e + 1, "action")) e += 2;
        }
      }
      const std::size_t before_tail = e;
      e = tail_end(e);
      if (b == i && e == before_tail) continue;
      // "sign action plan with UN": a compound that is only a head ("action
      // plan", "task force") names nothing without a topic.
      if ((e == before_tail || (is_word(before_tail, "with") && !free(before_tail, e))) &&
          head_phrase(b, h + 1))
        continue;
      // A plural head without a topic is generic ("common strategies", "information campaigns").
      if (e == before_tail && toks_[h].key.size() > 3 && toks_[h].key.back() == 's') continue;
      // Only a duration, a count or an amount before the head ("a four-year
      // initiative", "a 2025 programme", "a US$ 250 million fund") describes;
      // it names nothing.
      if (e == before_tail) {
        bool measure_only = true;
        for (std::size_t q = b; q < i && measure_only; ++q) {
          const std::string_view k = toks_[q].key;
          const bool measure = toks_[q].digit || k.ends_with("year") || k.ends_with("years") ||
                               k.ends_with("month") || k.ends_with("week") || k == "a" ||
                               k == "an" || is_amount_word(q);
          measure_only = toks_[q].word && measure;
        }
        if (measure_only) continue;
      }
      bool inner = false;
      if (!free(b, e)) {
        std::size_t q = b;
        while (q < e && covered_[q] == -1) ++q;
        std::size_t q2 = q;
        while (q2 < e && q < e && covered_[q2] == covered_[q]) ++q2;
        if (q < h && covered_[q] >= 0 && q2 <= h && free(q2, e) &&
            (type_of(covered_[q]) == NodeType::organisation ||
             type_of(covered_[q]) == NodeType::country)) {
          // A body or State among the modifiers: "joint UN strategy", "United Nations strategy".
          inner = true;
        } else {
          // Shrink to before the first covered token.
          if (q <= h) continue;
          e = q;
          while (e > h + 1 && toks_[e - 1].word && connectors().count(toks_[e - 1].key)) --e;
        }
      }
      const std::string name = span_text(b, e);
      // Merge with an earlier description with the same core ("global partnership").
      const std::string core = graph::alias_key(span_text(b, h + 1));
      int id = -1;
      // "the proposed financing facility" after "a Global ... Financing
      // Facility": a definite description whose words end the name of the one
      // initiative named so far with them is that initiative.
      const int named = b > 0 && (is_word(b - 1, "the") || (b > 1 && is_word(b - 2, "the")))
                            ? initiative_ending_with(graph::alias_key(name))
                            : -1;
      if (named >= 0) {
        id = named;
        alias(id, name, "anaphora");
      } else if (auto it = cores_.find(core); it != cores_.end()) {
        id = it->second;
        alias(id, name, "normalisation");
      } else {
        id = entity(NodeType::initiative, name);
        cores_[core] = id;
      }
      mention(id, b, e, inner);
      described_.push_back(id);
      i = e - 1;
    }
  }

  // "a second Gulf of Guinea ministerial meeting", "the third Asia-Pacific
  // regional forum": an ordinal (token i), capitalised words (a region, a
  // State), a few descriptive adjectives and a lower-case meeting head name
  // a meeting of a series. Returns true when it named one.
  bool ordinal_named_meeting(std::size_t i) {
    static const std::unordered_set<std::string> adjectives = {
        "ministerial", "regional",  "high level", "annual",           "international",
        "global",      "technical", "expert",     "intergovernmental"};
    std::size_t j = i + 1;
    std::size_t caps = 0;
    while (j < toks_.size() && j < i + 10) {
      if (toks_[j].word && toks_[j].cap && !toks_[j].upper && covered_[j] != -3) {
        ++caps;
        ++j;
      } else if (caps > 0 && toks_[j].punct == '-' && j + 1 < toks_.size() && toks_[j + 1].cap) {
        ++j;
      } else if (caps > 0 && (is_word(j, "of") || is_word(j, "and")) && j + 1 < toks_.size() &&
                 toks_[j + 1].cap) {
        ++j;
      } else {
        break;
      }
    }
    if (caps == 0) return false;
    while (j < toks_.size() && toks_[j].word && !toks_[j].cap && adjectives.count(toks_[j].key))
      ++j;
    bool f = false;
    if (j >= toks_.size() || covered_[j] != -1 || toks_[j].cap ||
        head_of_lower(j, &f) != NodeType::event || !f)
      return false;
    // Only States, regions and places among the capitalised words, not a
    // body ("the second UNICEF regional meeting" is UNICEF's, named so).
    for (std::size_t k = i + 1; k < j; ++k)
      if (covered_[k] >= 0 && type_of(covered_[k]) != NodeType::country) return false;
    const int id = entity(NodeType::event, span_text(i, j + 1));
    head_words_[id].insert(toks_[j].key);
    mention(id, i, j + 1, true);
    last_event_ = id;
    return true;
  }

  // Lower-case meetings named by description: "the contact group on the
  // mitigation work programme", "informal consultations on X", "the thematic
  // informal debate of the General Assembly on Y", "the second global
  // dialogue", "the first annual high-level ministerial round table on Z".
  // A description needs an ordinal or a topic ("on", "of", "against");
  // "the adaptation consultations" alone names nothing.
  void find_described_events() {
    static const WordSet heads = {"dialogue", "workshop",      "debate",     "consultation",
                                  "seminar",  "consultations", "roundtable", "symposium",
                                  "webinar",  "hearing"};
    if (!present_.may_have(heads) && !present_.may_have({"contact", "round", "meeting"})) return;
    for (std::size_t i = 0; i < toks_.size(); ++i) {
      if (!toks_[i].word || covered_[i] != -1) continue;
      if (toks_[i].cap && i > 0) continue;
      std::size_t he = i + 1;  // end of the head phrase
      if (is_word(i, "contact") && is_word(i + 1, "group"))
        he = i + 2;
      else if (is_word(i, "round") && is_word(i + 1, "table"))
        he = i + 2;
      else if (!heads.count(toks_[i].key) && !is_word(i, "meeting"))
        continue;
      if (!free(i, he)) continue;
      // Modifiers before the head ("thematic informal", "annual high-level ministerial").
      std::size_t b = i;
      while (b > 0 && i - b < 4 && toks_[b - 1].word && covered_[b - 1] == -1 &&
             (!toks_[b - 1].cap || b - 1 == 0) && !np_stops().count(toks_[b - 1].key) &&
             !ordinal_at(b - 1) && !is_word(b - 1, "next"))
        --b;
      const bool ordinal = b > 0 && covered_[b - 1] == -1 &&
                           (ordinal_at(b - 1) || is_word(b - 1, "next")) && !toks_[b - 1].cap;
      if (ordinal) --b;
      // A definite description ("the ...") or a sentence start; "a dialogue on ..." is generic,
      // unless it is the one a body held ("The Council held a general debate on ...").
      const bool held = b > 1 && (is_word(b - 1, "a") || is_word(b - 1, "an")) &&
                        (is_word(b - 2, "held") || is_word(b - 2, "holds") ||
                         is_word(b - 2, "convened") || is_word(b - 2, "convenes"));
      if (b > 0 && !is_word(b - 1, "the") && !held) continue;
      // Topic: "on"/"against" and what follows, named entities included; "of" only before
      // a body ("debate of the General Assembly").
      std::size_t e = he;
      int body = -1;
      std::size_t of_body = he + 1;
      if (is_word(of_body, "the")) ++of_body;
      const bool of_ok = is_word(he, "of") && of_body < toks_.size() && covered_[of_body] >= 0 &&
                         type_of(covered_[of_body]) == NodeType::organisation;
      // "the meeting" alone refers back (find_anaphora); "the meeting of the
      // Working Group on ..." names a meeting of that body.
      if (is_word(i, "meeting") && !of_ok) continue;
      if (he < toks_.size() && (is_word(he, "on") || of_ok || is_word(he, "against"))) {
        std::size_t k = he + 1;
        std::size_t end = he;
        static const WordSet stops = {
            "which", "that", "who", "to", "by", "as", "in", "between", "was", "were", "is", "are",
            "should", "would", "may", "will", "could", "including", "among", "under", "at", "from",
            "with", "during", "where", "while", "held",
            // finite verbs that are no past participle ("took place", "met")
            "took", "takes", "began", "begins", "met", "meets", "has", "had", "have"};
        for (int n = 0; k < toks_.size() && n < 16; ++n) {
          if (covered_[k] >= 0) {
            const int ent = covered_[k];
            const bool of_this_body =
                is_word(he, "of") && k <= he + 2 && type_of(ent) == NodeType::organisation;
            if (of_this_body) body = ent;
            while (k < toks_.size() && covered_[k] == ent) ++k;
            end = k;
            // "the meeting of the Human Rights Council took place": after the
            // body only a topic goes on ("... of the General Assembly on Y").
            if (of_this_body && !is_word(k, "on") && !is_word(k, "against")) break;
            continue;
          }
          if (!toks_[k].word || covered_[k] != -1) break;
          const std::string& w = toks_[k].key;
          // "cooperative approaches referred to in Article 6.2 of the Paris
          // Agreement": the provision of an instrument that a topic is about
          // belongs to the name.
          if (w == "referred" && is_word(k + 1, "to") && is_word(k + 2, "in") &&
              is_word(k + 3, "article")) {
            std::size_t q = k + 4;
            while (q < toks_.size() && (toks_[q].digit || toks_[q].punct == '.' ||
                                        toks_[q].punct == ',' || is_word(q, "paragraph")))
              ++q;
            if (is_word(q, "of")) ++q;
            if (is_word(q, "the")) ++q;
            if (q > k + 5 && q < toks_.size() && covered_[q] >= 0 &&
                type_of(covered_[q]) == NodeType::resolution) {
              k = q;
              continue;
            }
          }
          if (stops.count(w) || (toks_[k].cap && covered_[k] == -1)) break;
          // a past participle ends the description ("held under", "coincided with")
          if (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0) break;
          ++k;
          if (!connectors().count(w)) end = k;
        }
        e = end;
      }
      if (!ordinal && e == he) continue;
      if (e > he && e == he + 1) e = he;
      if (!ordinal && e == he) continue;
      // "this first session", "the second meeting": an ordinal and a sitting
      // alone number a body's sittings; they name no meeting.
      if (ordinal && e == he && b + 1 == i && sitting_word(i)) continue;
      const int id = entity(NodeType::event, span_text(b, e));
      head_words_[id].insert(toks_[he - 1].key);
      mention(id, b, e, true);
      if (body >= 0) relation(id, body, RelationType::organised_by);
      i = e - 1;
    }
  }

  NodeType head_of_lower(std::size_t k, bool* found) const {
    *found = false;
    if (k >= toks_.size() || !toks_[k].word) return NodeType::organisation;
    static const WordSet events = {"conference",   "congress",      "forum",     "fora",
                                   "summit",       "session",       "meeting",   "debate",
                                   "dialogue",     "workshop",      "seminar",   "symposium",
                                   "consultation", "consultations", "roundtable"};
    if (events.count(toks_[k].key)) {
      *found = true;
      return NodeType::event;
    }
    return NodeType::organisation;
  }

  // Prepositional tail of a described name: "on combating trafficking in persons".
  std::size_t tail_end(std::size_t e) const {
    static const WordSet preps = {"on", "against", "for", "with", "of"};
    static const WordSet stops = {"which",     "that",    "who", "to",   "by",    "as",
                                  "in",        "between", "was", "were", "is",    "are",
                                  "should",    "would",   "may", "will", "could", "consisting",
                                  "including", "among",   "at",  "from", "during"};
    if (e >= toks_.size() || !toks_[e].word || !preps.count(toks_[e].key)) return e;
    // "against this scourge": a demonstrative topic refers back; it names nothing.
    static const WordSet demonstratives = {"this", "that", "these", "those", "such",
                                           "it",   "them", "its",   "their"};
    if (e + 1 < toks_.size() && toks_[e + 1].word && demonstratives.count(toks_[e + 1].key))
      return e;
    std::size_t k = e + 1;
    std::size_t end = e;
    int n = 0;
    while (k < toks_.size() && toks_[k].word && n < 14) {
      const Key& w = toks_[k].key;
      if (stops.count(w) && !(w == "in" && k + 1 < toks_.size() &&
                              (is_word(k + 1, "persons") || is_word(k + 1, "women") ||
                               is_word(k + 1, "human") || is_word(k + 1, "children"))))
        break;
      if (w == "for" && k + 1 < toks_.size() && toks_[k + 1].key.size() > 4 &&
          toks_[k + 1].key.compare(toks_[k + 1].key.size() - 3, 3, "ing") == 0)
        break;
      if (covered_[k] >= 0) break;
      // "... and agree to introduce": a coordinated verb phrase ends the topic.
      if (w == "and" && k + 2 < toks_.size() && is_word(k + 2, "to")) break;
      // "... for law enforcement agencies": a generic beneficiary ends the topic.
      if ((w == "for" || w == "with") && k + 1 < toks_.size() && covered_[k + 1] == -2) break;
      ++k;
      ++n;
      if (!connectors().count(w)) end = k;
    }
    return end;
  }

  // "the conference", "the meeting", "the event", "the congress".
  // A meeting still to come, named in passing, is not "the conference" of
  // later paragraphs: only of the paragraph that names it.
  bool in_passing(int event) const {
    if (!prospective_.count(event)) return false;
    const auto& ms = out_.ents[static_cast<std::size_t>(event)].mentions;
    return ms.empty() || ms.back().paragraph != para_->number;
  }

  void find_anaphora() {
    for (std::size_t i = 0; i + 1 < toks_.size(); ++i) {
      if (!is_word(i, "the") || covered_[i + 1] != -1 || !toks_[i + 1].word) continue;
      std::size_t h = i + 1;
      // "the side event": the meeting a side-event summary reports on.
      if (is_word(h, "side") && is_word(h + 1, "event") && covered_[h + 1] == -1) ++h;
      bool f = false;
      head_of_lower(h, &f);
      const Key& k = toks_[h].key;
      if (!f && k != "event") continue;
      if (h + 1 < toks_.size() && toks_[h + 1].word && !toks_[h + 1].cap &&
          (head_of_lower(h + 1, &f), f))
        continue;
      int target = -1;
      for (auto it = event_order_.rbegin(); it != event_order_.rend(); ++it)
        if (head_words_.count(*it) && head_words_.at(*it).count(k) && !in_passing(*it)) {
          target = *it;
          break;
        }
      if (target < 0 && main_event_ >= 0 && (k == "event" || k == "meeting" || k == "conference"))
        target = main_event_;
      if (target < 0) continue;
      alias(target, span_text(i, h + 1), "anaphora");
      mention(target, i, h + 1);
    }
  }

  // Whether organisation `child` may be a unit of `owner` (a country or an
  // organisation) as far as the lexicon knows: a body the lexicon does not
  // know may; a lexicon body with a parent only of that parent; otherwise
  // only a national body, of a State or of another national body ("Kenya's
  // UNICEF office" does not make UNICEF Kenyan).
  bool may_belong(int child, int owner) const {
    const auto lx = lex_of_.find(child);
    if (lx == lex_of_.end()) return true;
    const auto& le = cx_.lex.entities[static_cast<std::size_t>(lx->second)];
    if (!le.parent.empty())
      return graph::alias_key(le.parent) ==
             graph::alias_key(out_.ents[static_cast<std::size_t>(owner)].name);
    if (!national_body(lx->second)) return false;
    if (type_of(owner) == NodeType::country) return true;
    const auto ox = lex_of_.find(owner);
    return ox == lex_of_.end() || national_body(ox->second);
  }

  // The organisation mentioned from token b on (the outermost mention), or -1.
  int org_at(std::size_t b) const {
    int id = -1;
    std::size_t len = 0;
    for (const Mention& m : ments_)
      if (m.b == b && m.e - m.b > len && type_of(m.ent) == NodeType::organisation) {
        id = m.ent;
        len = m.e - m.b;
      }
    return id;
  }

  // Units tied to their owner by the words around them (member_of, when
  // may_belong agrees):
  // - a possessive: "Nigeria's Federal Ministry of Health", "the Justice
  //   Department's Office of ...";
  // - "its" after the owner, before the unit or an apposition naming it:
  //   "Rwanda, through its Ministry of Health", "the Ministry and its agency,
  //   the National ... Agency". The owner is the nearest mention before
  //   "its"; when that is a person or an event, nothing is linked;
  // - "of <country>" after a known national body, an acronym in between
  //   allowed: "the National Agency ... (NAPTIP) of Nigeria";
  // - a country "for" a negotiating group, or a group "speaking through" a
  //   country;
  // - "the <Head>'s": the organisation with that head word named last before;
  // - an apposition "X, a joint office of A and B": A and B (the lexicon may
  //   only veto a unit whose parent it knows to be another).
  void find_owners() {
    auto owner_type = [&](int id) {
      return type_of(id) == NodeType::country || type_of(id) == NodeType::organisation;
    };
    for (const Mention& a : ments_) {
      if (Matcher::possessive_len(t_, toks_[a.e - 1]) == 0 || !owner_type(a.ent)) continue;
      const int c = org_at(a.e);
      if (c >= 0 && c != a.ent && may_belong(c, a.ent)) relation(c, a.ent, RelationType::member_of);
    }
    // "the Department's Bureau of ...": the possessor is the organisation
    // named last before with that head word ("U.S. Department of State").
    for (std::size_t i = 1; i + 1 < toks_.size(); ++i) {
      if (!toks_[i].cap || covered_[i] != -1 || !is_word(i - 1, "the")) continue;
      const std::size_t pl = Matcher::possessive_len(t_, toks_[i]);
      if (pl == 0) continue;
      const std::string head = toks_[i].key.substr(0, toks_[i].key.size() - 1);
      auto ht = cx_.words.head_type.find(head);
      if (ht == cx_.words.head_type.end() || ht->second != NodeType::organisation) continue;
      const int unit = org_at(i + 1);
      if (unit < 0) continue;
      int owner = -1;
      std::size_t last = 0;
      for (std::size_t q = 0; q < out_.ents.size(); ++q) {
        const Local& l = out_.ents[q];
        if (l.type != NodeType::organisation || static_cast<int>(q) == unit || l.mentions.empty())
          continue;
        const std::size_t at = l.mentions.back().start;
        if (at >= sent_.start || (owner >= 0 && at <= last)) continue;
        const std::string k = " " + graph::alias_key(l.name) + " ";
        if (k.find(" " + head + " ") == std::string::npos) continue;
        owner = static_cast<int>(q);
        last = at;
      }
      if (owner < 0 || !may_belong(unit, owner)) continue;
      alias(owner, text(toks_[i - 1].s, toks_[i].e - pl), "anaphora");
      mention(owner, i - 1, i + 1);
      relation(unit, owner, RelationType::member_of);
    }
    const bool its = present_.may_have({"its"});
    for (std::size_t i = 1; i + 1 < toks_.size() && its; ++i) {
      if (!is_word(i, "its") || !open_tok(i)) continue;
      int unit = org_at(i + 1);
      if (unit < 0 && toks_[i + 1].word && !toks_[i + 1].cap && i + 3 < toks_.size() &&
          toks_[i + 2].punct == ',') {
        auto ht = cx_.words.head_type.find(toks_[i + 1].key);
        std::size_t r = i + 3;
        if (is_word(r, "the")) ++r;
        if (ht != cx_.words.head_type.end() && ht->second == NodeType::organisation &&
            r < toks_.size())
          unit = org_at(r);
      }
      if (unit < 0) continue;
      // The nearest mention before "its", the outermost of those ending there.
      const Mention* near = nullptr;
      for (const Mention& m : ments_)
        if (m.e <= i && (!near || m.e > near->e || (m.e == near->e && m.b < near->b))) near = &m;
      if (near && owner_type(near->ent) && near->ent != unit && may_belong(unit, near->ent))
        relation(unit, near->ent, RelationType::member_of);
    }
    // "the Global Heat Health Information Network (GHHIN), a joint office of
    // WMO and WHO": an apposition "a <head word> of" names the parents.
    for (const Mention& c : ments_) {
      if (type_of(c.ent) != NodeType::organisation) continue;
      std::size_t j = c.e;
      if (j + 2 < toks_.size() && toks_[j].punct == '(' && toks_[j + 2].punct == ')') j += 3;
      if (j + 3 >= toks_.size() || toks_[j].punct != ',' ||
          !(is_word(j + 1, "a") || is_word(j + 1, "an") || is_word(j + 1, "the")))
        continue;
      j += 2;
      std::size_t adjectives = 0;
      auto org_head = [&](std::size_t q) {
        const auto ht = cx_.words.head_type.find(toks_[q].key);
        return ht != cx_.words.head_type.end() && ht->second == NodeType::organisation;
      };
      while (j < toks_.size() && toks_[j].word && !toks_[j].cap && covered_[j] == -1 &&
             !org_head(j) && adjectives < 3) {
        ++j;
        ++adjectives;
      }
      if (j + 2 >= toks_.size() || !toks_[j].word || toks_[j].cap || !org_head(j) ||
          !is_word(j + 1, "of"))
        continue;
      std::size_t q = j + 2;
      const auto lx = lex_of_.find(c.ent);
      const std::string parent_key =
          lx == lex_of_.end()
              ? std::string()
              : graph::alias_key(cx_.lex.entities[static_cast<std::size_t>(lx->second)].parent);
      while (q < toks_.size()) {
        if (is_word(q, "the")) ++q;
        const int p = q < toks_.size() ? org_at(q) : -1;
        if (p < 0 || p == c.ent) break;
        if (parent_key.empty() ||
            parent_key == graph::alias_key(out_.ents[static_cast<std::size_t>(p)].name))
          relation(c.ent, p, RelationType::member_of);
        while (q < toks_.size() && covered_[q] >= 0) ++q;
        if (q >= toks_.size() || !(is_word(q, "and") || toks_[q].punct == ',')) break;
        ++q;
        if (is_word(q, "and")) ++q;
      }
    }
    // "Tunisia on behalf of the African Group", "Malta on behalf of the
    // European Union" (meeting summaries): a State speaking for a group or
    // body of States is its member.
    for (const Mention& m : ments_) {
      if (type_of(m.ent) != NodeType::country || m.e + 3 >= toks_.size() || !is_word(m.e, "on") ||
          !is_word(m.e + 1, "behalf") || !is_word(m.e + 2, "of"))
        continue;
      std::size_t r = m.e + 3;
      if (is_word(r, "the")) ++r;
      const int group = r < toks_.size() ? org_at(r) : -1;
      if (group >= 0) relation(m.ent, group, RelationType::member_of);
    }
    // "Saudi Arabia, for the Arab Group," (negotiation bulletins): a party
    // speaking for a negotiating group (lexicon kind) is its member.
    for (const Mention& m : ments_) {
      if (type_of(m.ent) != NodeType::country || m.e + 2 >= toks_.size() ||
          toks_[m.e].punct != ',' || !is_word(m.e + 1, "for"))
        continue;
      std::size_t r = m.e + 2;
      if (is_word(r, "the")) ++r;
      const int group = r < toks_.size() ? org_at(r) : -1;
      const auto gx = lex_of_.find(group);
      if (gx != lex_of_.end() &&
          cx_.lex.entities[static_cast<std::size_t>(gx->second)].kind == "negotiating-group")
        relation(m.ent, group, RelationType::member_of);
    }
    // "the G-77/China, speaking through Uganda,": the same, group first.
    for (const Mention& g : ments_) {
      const auto gx = lex_of_.find(g.ent);
      if (gx == lex_of_.end() ||
          cx_.lex.entities[static_cast<std::size_t>(gx->second)].kind != "negotiating-group" ||
          g.e + 3 >= toks_.size() || toks_[g.e].punct != ',' || !is_word(g.e + 1, "speaking") ||
          !is_word(g.e + 2, "through"))
        continue;
      for (const Mention& m : ments_)
        if (m.b == g.e + 3 && type_of(m.ent) == NodeType::country) {
          relation(m.ent, g.ent, RelationType::member_of);
          break;
        }
    }
    for (const Mention& c : ments_) {
      if (type_of(c.ent) != NodeType::organisation || !lex_of_.count(c.ent)) continue;
      std::size_t j = c.e;
      if (j + 2 < toks_.size() && toks_[j].punct == '(' && toks_[j + 2].punct == ')') j += 3;
      if (!is_word(j, "of")) continue;
      ++j;
      if (is_word(j, "the")) ++j;
      for (const Mention& m : ments_)
        if (m.b == j && type_of(m.ent) == NodeType::country && may_belong(c.ent, m.ent) &&
            national_body(lex_of_.at(c.ent))) {
          relation(c.ent, m.ent, RelationType::member_of);
          break;
        }
    }
  }

  // ---- relations

  std::vector<int> of_types(std::size_t from, std::size_t to, std::initializer_list<NodeType> ts,
                            bool top_only = true) const {
    std::vector<int> out;
    for (const auto& m : ments_) {
      if (m.b < from || m.b >= to) continue;
      // (The type before inside_other(), a scan of every mention.)
      if (std::find(ts.begin(), ts.end(), type_of(m.ent)) == ts.end()) continue;
      if (top_only && inside_other(m)) continue;
      if (std::find(out.begin(), out.end(), m.ent) == out.end()) out.push_back(m.ent);
    }
    return out;
  }

  // "Deputy High Commissioner for Human Rights" -> the lexicon's "Office of
  // the High Commissioner for Human Rights" (UN offices are named after
  // the post that heads them).
  int office_of(std::size_t b, std::size_t e) {
    // Only a post with a complement names its office ("High Commissioner for Human
    // Rights"); a bare "Deputy Secretary-General" names none (README conventions).
    bool complement = false;
    for (std::size_t k = b; k < e; ++k)
      complement = complement || is_word(k, "for") || is_word(k, "of") || is_word(k, "on");
    if (!complement) return -1;
    for (std::size_t k = b; k < e; ++k) {
      if (!toks_[k].word || !toks_[k].cap) continue;
      std::string key = "office of the";
      for (std::size_t q = k; q < e; ++q)
        if (toks_[q].word) key += " " + toks_[q].key;
      const int lex = cx_.matcher.entity_by_key(key);
      if (lex >= 0) {
        const int id = lexicon_entity(lex);
        out_.ents[static_cast<std::size_t>(id)].mentions.push_back(span_evidence(k, e));
        return id;
      }
    }
    return -1;
  }

  bool inside_other(const Mention& m) const {
    for (const auto& o : ments_)
      if (o.ent != m.ent && o.b <= m.b && o.e >= m.e && o.e - o.b > m.e - m.b) return true;
    return false;
  }

  // The end of the list of names that starts at token `from` ("the B (B), C,
  // Inc., and D and other partners"): the first lower-case word after a name
  // that is neither part of a name nor list glue, or a ';' or ':'. So "in partnership with A
  // and B, brought together ministers from C" does not make C a partner, and
  // "hosted by A and organized by B" does not make B a host. Before the first
  // name a few other words may come ("with national authorities and A").
  std::size_t list_end(std::size_t from) const {
    static const WordSet glue = {"and", "the",  "its",  "their",     "other", "partners",
                                 "as",  "well", "both", "including", "with",  "by",
                                 "a",   "an",   "of",   "all"};
    bool named = false;
    std::size_t loose = 0;
    for (std::size_t i = from; i < toks_.size(); ++i) {
      if (covered_[i] >= 0) {
        named = true;
        continue;
      }
      if (!toks_[i].word) {
        // (a '.' inside a sentence is an abbreviation's: "Inc.")
        if (toks_[i].punct == ';' || toks_[i].punct == ':') return i;
        continue;
      }
      // Capitalised words ("Inc.") and digits may sit inside a list; a
      // lower-case word that is not glue is the next clause's verb or noun.
      if (covered_[i] < -1 || toks_[i].cap || toks_[i].digit || glue.count(toks_[i].key) != 0)
        continue;
      if (named || ++loose > 6) return i;
    }
    return toks_.size();
  }

  // The end of the persons after "chaired by" or "moderated by" from token
  // `from`: a semicolon, or "and" before a lower-case word that opens the
  // next clause ("..., and featured remarks from ...", "and opened by").
  std::size_t by_list_end(std::size_t from) const {
    for (std::size_t k = from; k < toks_.size(); ++k) {
      if (toks_[k].punct == ';') return k;
      if (is_word(k, "and") && k + 1 < toks_.size() && toks_[k + 1].word && !toks_[k + 1].cap &&
          !toks_[k + 1].digit && !connectors().count(toks_[k + 1].key))
        return k;
    }
    return toks_.size();
  }

  // The "with" of the first "partnership with", "in cooperation with" or "in
  // (close) collaboration with" from token `from`, or npos.
  std::size_t partnership_with(std::size_t from) const {
    if (!present_.may_have({"with"}) ||
        !present_.may_have({"partnership", "cooperation", "collaboration"}))
      return std::string::npos;
    for (std::size_t i = from + 1; i + 1 < toks_.size(); ++i) {
      if (!is_word(i + 1, "with")) continue;
      if (is_word(i, "partnership")) return i + 1;
      if ((is_word(i, "cooperation") || is_word(i, "collaboration")) &&
          (is_word(i - 1, "in") || (is_word(i - 1, "close") && i >= 2 && is_word(i - 2, "in"))))
        return i + 1;
    }
    return std::string::npos;
  }

  // The bodies and States whose names end right before the verb at token v,
  // an adverb ("today", "jointly") between: "A (ACR) and the B today
  // launched" gives A and B. Empty when another word comes before the verb.
  std::vector<int> subjects_before(std::size_t v) const {
    std::vector<int> out;
    std::size_t pos = v;
    while (pos > 0 && toks_[pos - 1].word && !toks_[pos - 1].cap &&
           (is_word(pos - 1, "today") || is_word(pos - 1, "also") || is_word(pos - 1, "formally") ||
            is_word(pos - 1, "jointly") || is_word(pos - 1, "officially")))
      --pos;
    while (pos > 0) {
      // "A (ACR)": the acronym is the name's own.
      std::size_t end = pos;
      if (toks_[end - 1].punct == ')')
        for (std::size_t q = end - 1; q-- > 0 && q + 6 > end;)
          if (toks_[q].punct == '(') {
            end = q;
            break;
          }
      int found = -1;
      std::size_t start = end;
      for (const auto& m : ments_)
        if (m.e == end && !inside_other(m) &&
            (type_of(m.ent) == NodeType::organisation || type_of(m.ent) == NodeType::country)) {
          found = m.ent;
          start = m.b;
        }
      if (found < 0) break;
      if (std::find(out.begin(), out.end(), found) == out.end()) out.push_back(found);
      pos = start;
      if (pos > 0 && is_word(pos - 1, "the")) --pos;
      if (pos > 0 && (is_word(pos - 1, "and") || toks_[pos - 1].punct == ',')) {
        --pos;
        if (pos > 0 && is_word(pos - 1, "the")) --pos;
        continue;
      }
      break;
    }
    return out;
  }

  // The last top-level mention of one of `ts` that ends before token `at`, or -1.
  int last_of_types_before(std::size_t at, std::initializer_list<NodeType> ts) const {
    int found = -1;
    for (const auto& m : ments_)
      if (m.e <= at && !inside_other(m) &&
          std::find(ts.begin(), ts.end(), type_of(m.ent)) != ts.end())
        found = m.ent;
    return found;
  }

  // The first token from `from` on whose key is one of `ws`, or npos.
  // Inlined: the words are literals, so the Bloom gate and the hash
  // compares take constants (as a call, ~240 instructions each).
  [[gnu::always_inline]] std::size_t find_word(std::size_t from,
                                               std::initializer_list<Word> ws) const {
    if (!present_.may_have(ws)) return std::string::npos;
    for (std::size_t i = from; i < toks_.size(); ++i)
      for (const Word& w : ws)
        if (toks_[i].key.h == w.h && same_key(toks_[i].key, w.s)) return i;
    return std::string::npos;
  }

  std::size_t find_phrase(std::size_t from, std::initializer_list<Word> ws) const {
    for (std::size_t i = from; i + ws.size() <= toks_.size(); ++i) {
      std::size_t k = 0;
      for (auto w : ws) {
        if (!is_word(i + k, w)) break;
        ++k;
      }
      if (k == ws.size()) return i;
    }
    return std::string::npos;
  }

  // Inlined: the relation patterns call it with a literal for most tokens of
  // every sentence, and inlined the literal's length turns memcmp into a
  // few compares (as a call it cost ~40 instructions each). The literal is
  // taken as an array, its length the bound: a string_view made from it was
  // left a call to the constructor and strlen in the largest rules.
  template <std::size_t N>
  [[gnu::always_inline]] bool starts(std::size_t i, const char (&prefix)[N]) const {
    static_assert(N > 1, "a prefix of at least one byte");
    if (i >= toks_.size() || !toks_[i].word) return false;
    const Key& k = toks_[i].key;
    // The first byte rejects almost every token before the comparison.
    return k.size() >= N - 1 && k[0] == prefix[0] && std::memcmp(k.data(), prefix, N - 1) == 0;
  }

  int event_before(std::size_t pos) const {
    int best = -1;
    for (const auto& m : ments_)
      if (m.b < pos && type_of(m.ent) == NodeType::event) best = m.ent;
    if (best < 0)
      for (const auto& m : ments_)
        if (type_of(m.ent) == NodeType::event) return m.ent;
    return best >= 0 ? best : pronoun_event();
  }

  // "It was opened by ...", "It was hosted by ...": a sentence that starts
  // with a pronoun refers to the last event named before (-1 if none).
  int pronoun_event() const {
    if (!toks_.empty() && (is_word(0, "it") || is_word(0, "this") || is_word(0, "they")))
      return prev_event_;
    return -1;
  }

  // With temporal, an event named as a time reference ("two years after
  // the International Conference on Financing for Development") is skipped:
  // who speaks in the sentence speaks at another.
  int sentence_event(bool temporal = false) const {
    for (const auto& m : ments_) {
      if (type_of(m.ent) != NodeType::event) continue;
      if (temporal) {
        const std::size_t p = m.b > 0 && is_word(m.b - 1, "the") ? m.b - 1 : m.b;
        if (p > 0 && (is_word(p - 1, "after") || is_word(p - 1, "since") ||
                      is_word(p - 1, "before") || is_word(p - 1, "until")))
          continue;
      }
      return m.ent;
    }
    const int pronoun = pronoun_event();
    return pronoun >= 0 ? pronoun : main_event_;
  }

  // The meeting the current section is about: the event a sentence opens with
  // ("SBI 60, chaired by ...", "In the contact group on X, ...") stays the
  // scene of the proceedings that follow until another such sentence or a new
  // section heading; before any, the document's main event (-1 if none).
  int scene_event() const { return topic_event_ >= 0 ? topic_event_ : main_event_; }

  // Called once per sentence before the relation rules. An event that only
  // qualifies a person's title ("COP 29 President-designate Mukhtar Babayev")
  // is not the sentence's subject and does not change the scene.
  void update_scene() {
    if (para_->section != topic_section_) {
      topic_section_ = para_->section;
      topic_event_ = -1;
    }
    std::size_t lead = 0;
    while (lead < 3 && (is_word(lead, "in") || is_word(lead, "at") || is_word(lead, "during") ||
                        is_word(lead, "the")))
      ++lead;
    for (const auto& m : ments_) {
      if (m.b != lead || type_of(m.ent) != NodeType::event || inside_other(m)) continue;
      bool titles_person = false;
      for (const auto& p : ments_)
        titles_person =
            titles_person || (type_of(p.ent) == NodeType::person && p.b >= m.e && p.b <= m.e + 1);
      // A numbered session of a standing body in the title block or a
      // heading ("SEVENTY-EIGHTH WORLD HEALTH ASSEMBLY  A78/14") is where
      // the document goes, as for main_event_, not a scene.
      bool lower = false;
      for (const auto& t : toks_) lower = lower || (t.word && !t.cap && !t.digit);
      const bool destination = (para_->number == 0 || !lower) && sessions_.count(m.ent) != 0;
      if (!titles_person && !destination) topic_event_ = m.ent;
      return;
    }
  }

  // "UNODC, with the support of ..., has organized its second Public-Private
  // Partnership Conference", "The Council held a general debate on ...": the
  // verb (organise, hold) at token v with a named event right
  // after it (past a determiner and an ordinal) is organised by the subject,
  // the bodies and States named before the verb up to the first comma.
  void active_organiser(std::size_t v) {
    if (!(starts(v, "organized") || starts(v, "organised") || starts(v, "organizes") ||
          starts(v, "organises") || starts(v, "organizing") || starts(v, "organising") ||
          starts(v, "co organized") || starts(v, "co organised") || starts(v, "co organizing") ||
          is_word(v, "held") || is_word(v, "holds")))
      return;
    int ev = -1;
    for (const auto& m : ments_) {
      // ("are organizing the high-level side event "Equalizing ...": a
      // quoted title after the meeting's noun.)
      const bool quoted = m.b > 0 && (toks_[m.b - 1].punct == 'q' || toks_[m.b - 1].punct == '"');
      if (ev >= 0 || m.b <= v || m.b > v + (quoted ? 7 : 3) || type_of(m.ent) != NodeType::event ||
          inside_other(m))
        continue;
      bool lower = true;  // "its second", "the annual"
      for (std::size_t q = v + 1; q < m.b - (quoted ? 1 : 0); ++q)
        lower = lower && toks_[q].word && !toks_[q].cap;
      if (lower) ev = m.ent;
    }
    if (ev < 0) return;
    // The subject: the first body or State before the verb and those joined
    // to it by "and" or a comma ("UNODC and FIA organized ..."), not one
    // named in a phrase after it ("UNODC, with the support of X, has ...").
    std::size_t last = std::string::npos;
    for (const auto& m : ments_) {
      if (m.b >= v) break;
      if ((type_of(m.ent) != NodeType::organisation && type_of(m.ent) != NodeType::country) ||
          inside_other(m))
        continue;
      if (last != std::string::npos) {
        bool joined = true;
        for (std::size_t q = last; q < m.b && joined; ++q)
          joined = toks_[q].punct == ',' || toks_[q].punct == '(' || toks_[q].punct == ')' ||
                   is_word(q, "and") || is_word(q, "the") || covered_[q] >= 0 ||
                   // ("the Government of Luxembourg, the Government of Finland")
                   is_word(q, "government") ||
                   (is_word(q, "of") && q > 0 && is_word(q - 1, "government"));
        if (!joined) break;
      }
      relation(ev, m.ent, RelationType::organised_by);
      last = m.e;
    }
  }

  // The event a speaking verb at token v belongs to: one named right after it
  // ("addressed the Forum", "spoke at the 51st Session"); for "briefed the
  // plenary" or "addressed the meeting", the scene of the proceedings, not an
  // event the sentence mentions in passing ("on preparations for COP 29");
  // otherwise the sentence's event.
  int speech_event(std::size_t v) const {
    if (v == std::string::npos) return sentence_event();
    // "spoke at a breakfast gathering": a meeting left unnamed is not one
    // the sentence names elsewhere ("Following the opening of the 69th
    // General Assembly debate, ...").
    if ((is_word(v + 1, "at") || is_word(v + 1, "to")) &&
        (is_word(v + 2, "a") || is_word(v + 2, "an")))
      return -1;
    // "remarks at the Member States briefing on the Transforming Education
    // Summit": an unnamed meeting about a named one is not that one.
    if ((is_word(v + 1, "at") || is_word(v + 1, "to")) && is_word(v + 2, "the"))
      for (std::size_t k = v + 3; k < toks_.size() && k < v + 8 && toks_[k].word; ++k)
        if (!toks_[k].cap && covered_[k] < 0 &&
            (is_word(k, "briefing") || is_word(k, "meeting") || is_word(k, "consultation") ||
             is_word(k, "reception") || is_word(k, "dinner") || is_word(k, "luncheon")) &&
            (is_word(k + 1, "on") || is_word(k + 1, "about")))
          return -1;
    for (const auto& m : ments_)
      if (m.b > v && m.b <= v + 3 && type_of(m.ent) == NodeType::event && !inside_other(m))
        return m.ent;
    std::size_t k = v + 1;
    while (k < toks_.size() && (is_word(k, "at") || is_word(k, "to") || is_word(k, "the")) &&
           k < v + 3)
      ++k;
    if (k < toks_.size() && k > v + 1 && covered_[k] < 0 &&
        (is_word(k, "plenary") || is_word(k, "meeting") || is_word(k, "session") ||
         is_word(k, "conference") || is_word(k, "consultation") || is_word(k, "forum") ||
         is_word(k, "summit") || is_word(k, "dialogue") || is_word(k, "workshop") ||
         is_word(k, "panel") || is_word(k, "participants") || is_word(k, "delegates")) &&
        scene_event() >= 0)
      return scene_event();
    return sentence_event(true);
  }

  // True when the words before token b are a report's genre and "of" or
  // "on" ("Report on the", "Summary of the", "Proceedings of").
  bool reported_on(std::size_t b) const {
    std::size_t k = b;
    if (k > 0 && is_word(k - 1, "the")) --k;
    if (k < 2 || !(is_word(k - 1, "of") || is_word(k - 1, "on"))) return false;
    return is_word(k - 2, "report") || is_word(k - 2, "summary") || is_word(k - 2, "proceedings") ||
           is_word(k - 2, "outcome");
  }

  void relations() {
    // Register events for anaphora and the document's main event.
    for (const auto& m : ments_)
      if (type_of(m.ent) == NodeType::event) {
        if (std::find(event_order_.begin(), event_order_.end(), m.ent) == event_order_.end()) {
          event_order_.push_back(m.ent);
          // "the planned International Conference ...": a meeting still to
          // come, named in passing (see find_anaphora).
          if (m.b > 0 && (is_word(m.b - 1, "planned") || is_word(m.b - 1, "next") ||
                          is_word(m.b - 1, "upcoming") || is_word(m.b - 1, "forthcoming") ||
                          is_word(m.b - 1, "future") || is_word(m.b - 1, "proposed")))
            prospective_.insert(m.ent);
        }
        // A numbered session of a standing body ("SEVENTY-EIGHTH WORLD HEALTH ASSEMBLY"
        // over a report) is where a document goes, not the meeting it is about.
        // Nor is a meeting named as the agent of an instrument ("the
        // Protocol, which was adopted by the International Labour Conference
        // in 2014"): the news is about the instrument.
        const std::size_t before = m.b > 0 && is_word(m.b - 1, "the") ? m.b - 1 : m.b;
        if (main_event_ < 0 && para_->number <= 3 && !sessions_.count(m.ent) &&
            !(before > 0 && is_word(before - 1, "by")))
          main_event_ = m.ent;
        // "Report on the meeting of the Working Group ...", "Summary of the
        // ...": the meeting a report's title says it is about is the main
        // event, also after a body's name in the header above it.
        if (!main_event_reported_ && para_->number <= 3 && reported_on(m.b)) {
          main_event_ = m.ent;
          main_event_reported_ = true;
        }
      }
    update_scene();
    const std::size_t n = toks_.size();
    const auto actors = {NodeType::organisation, NodeType::country};
    // "The Human Rights Council held a general debate on ...": the body that
    // holds a meeting organises it.
    if (present_.may_have({"held", "holds"}))
      for (std::size_t i = 1; i < n; ++i)
        if (is_word(i, "held") || is_word(i, "holds")) active_organiser(i);
    // organised by ... in partnership with ...
    const bool organising = present_.may_start({"organi", "convened", "co organi"});
    for (std::size_t i = 0; i < n && organising; ++i) {
      if (!(starts(i, "organi") || starts(i, "convened") || starts(i, "co organi")) ||
          !toks_[i].word)
        continue;
      // "Organised in partnership with A and B, the congress was attended
      // by ...": the partners of the event the sentence goes on about; the
      // later "by" is another verb's.
      if (is_word(i + 1, "in") && partnership_with(i) == i + 3) {
        const int ev = event_before(i);
        for (int o : of_types(i + 3, list_end(i + 4), actors))
          relation(ev >= 0 ? ev : main_event_, o, RelationType::partner_of);
        continue;
      }
      const std::size_t by = find_word(i + 1, {"by"});
      if (by == std::string::npos || by > i + 30) {
        active_organiser(i);
        continue;
      }
      // "Organized by A and B, ..., on the margins of the 67th session of
      // ...": a title block's credit line is about the meeting the title
      // names, not one it mentions.
      const int ev =
          i == 0 && para_index_ < 4 && main_event_reported_ ? main_event_ : event_before(i);
      const std::size_t part = partnership_with(by);
      const std::size_t stop = part == std::string::npos ? n : part;
      for (int o : of_types(by, std::min(stop, list_end(by + 1)), actors))
        relation(ev >= 0 ? ev : main_event_, o, RelationType::organised_by);
      if (part != std::string::npos)
        for (int o : of_types(part, list_end(part + 1), actors))
          relation(ev >= 0 ? ev : main_event_, o, RelationType::partner_of);
    }
    if (find_word(0, {"organised", "organized", "organising", "organizing"}) == std::string::npos) {
      const std::size_t part = partnership_with(0);
      if (part != std::string::npos) {
        // "The GGP will be implemented in partnership with ...": what the
        // sentence or its paragraph is about, when that is an initiative.
        // A sentence that names neither an initiative nor an event gives the
        // main event its partners only when it speaks of the meeting by a
        // pronoun or opens with the participle ("Organized ..., in
        // partnership with"); "Delivered in partnership with A" under a
        // programme no rule typed is not the meeting's partnership.
        const int ev = event_before(n);
        int src = last_of_types_before(part, {NodeType::initiative});
        if (src < 0 && ev < 0) src = para_subject_;
        // "X Window. A window under the Y Shield ..., delivered in
        // partnership with": a sentence that opens with an indefinite
        // description describes the paragraph's initiative, not Y.
        if (para_subject_ >= 0 && !first_sentence_ && (is_word(0, "a") || is_word(0, "an")))
          src = para_subject_;
        const bool about_meeting =
            pronoun_event() >= 0 || (!toks_.empty() && toks_[0].word && toks_[0].cap &&
                                     (starts(0, "organi") || starts(0, "convened") ||
                                      starts(0, "hosted") || starts(0, "co organi")));
        if (src < 0) src = ev >= 0 ? ev : (about_meeting ? main_event_ : -1);
        for (int o : of_types(part, list_end(part + 1), actors))
          relation(src, o, RelationType::partner_of);
      }
    }
    // hosted by / co-hosted
    // ("co-hosted" is one token with the key "co hosted"); "held at the
    // invitation of X" names the host too. The hosts end before a place
    // ("hosted by A in Tumbes, Peru": Peru is where, not who). A sentence that
    // opens with "Hosted by X" (a title block's credit line) is about the
    // meeting in scene.
    const bool hosting =
        present_.may_have({"invitation"}) || present_.may_start({"host", "co hosted", "cohost"});
    for (std::size_t i = 0; i < n && hosting; ++i) {
      const bool invitation = is_word(i, "invitation") && is_word(i + 1, "of") && i >= 2 &&
                              is_word(i - 1, "the") && is_word(i - 2, "at");
      if (!invitation && !starts(i, "hosted") && !starts(i, "co hosted") && !starts(i, "host") &&
          !starts(i, "cohost"))
        continue;
      if (is_word(i + 1, "by") || invitation) {
        int ev = event_before(invitation ? i - 2 : i);
        if (ev < 0 && i == 0) ev = scene_event();
        std::size_t end = list_end(i + 2);
        for (std::size_t k = i + 2; k < end; ++k)
          if (is_word(k, "in") || is_word(k, "at") || is_word(k, "on") || is_word(k, "during"))
            end = k;
        for (int o : of_types(i + 2, end, actors)) relation(ev, o, RelationType::hosted_by);
      } else if (toks_[i].key == "cohosted" || toks_[i].key == "co hosted" ||
                 toks_[i].key == "hosted" ||
                 ((toks_[i].key == "hosting" || toks_[i].key == "hosts") && event_after(i) >= 0)) {
        // "The Governments of A and B co-hosted the X", "the OSCE will be
        // hosting the 24th Conference" (a named event after "hosting":
        // "thanked Kenya for hosting the preparatory meeting" names no host
        // of this one): the event after the verb.
        int ev = event_after(i);
        if (ev < 0) ev = event_before(n);
        // ("expressed appreciation for the CP Chair-in-Office for hosting
        // the meeting": after "for", the host is the one thanked right
        // before it, not every body or State of the sentence.)
        if (i > 0 && is_word(i - 1, "for")) {
          int host = -1;
          for (const auto& m : ments_)
            if (m.e + 4 >= i && m.e < i && !inside_other(m) &&
                (type_of(m.ent) == NodeType::organisation || type_of(m.ent) == NodeType::country))
              host = m.ent;
          relation(ev, host, RelationType::hosted_by);
          continue;
        }
        for (int o : of_types(0, i, actors)) relation(ev, o, RelationType::hosted_by);
      }
    }
    // chaired by / co-chairs ... were / X chaired
    const bool chairing = present_.may_have({"chaired", "cochaired", "co chaired", "co facilitated",
                                             "cofacilitated", "cochairs", "co chairs", "chairs"});
    for (std::size_t i = 0; i < n && chairing; ++i) {
      const Key& k = toks_[i].key;
      if (!toks_[i].word) continue;
      // Co-facilitators of informal consultations chair them in UN practice.
      // ("chaired and moderated by X": X chairs too.)
      const std::size_t by = is_word(i + 1, "and") && is_word(i + 3, "by") ? i + 3 : i + 1;
      const bool passive = (k == "chaired" || k == "cochaired" || k == "co chaired" ||
                            k == "co facilitated" || k == "cofacilitated") &&
                           is_word(by, "by");
      // ("The Co-Chairs were A and B"; not "In addition to the Co-Chairs,
      // the meeting was attended by ...".)
      // (The scan for "were" only after a co-chairs word: not for every token.)
      const bool chairs_word = k == "cochairs" || k == "co chairs" || k == "chairs";
      const std::size_t were = chairs_word ? find_word(i, {"were", "was"}) : std::string::npos;
      bool chairs = chairs_word && were != std::string::npos && were < i + 6;
      for (std::size_t q = i + 1; chairs && q < were; ++q) chairs = toks_[q].punct != ',';
      const bool active =
          (k == "chaired" || k == "co chaired") && !is_word(i + 1, "by") && !passive;
      if (!passive && !chairs && !active) continue;
      // "the MDG advocacy group Co-Chaired by H.E. Paul Kagame": a group,
      // network or partnership in lower case right before the verb is what
      // is chaired, not a meeting named earlier in the sentence.
      if (passive && i > 0 && toks_[i - 1].word && !toks_[i - 1].cap && covered_[i - 1] == -1) {
        bool body = false;
        initiative_or_not(toks_[i - 1].key, &body);
        if (body) continue;
      }
      int ev = active                                        ? event_before(n)
               : event_before(i + 1) >= 0 || main_event_ < 0 ? sentence_event()
                                                             : main_event_;
      // ("X chaired the ministerial meeting": the latest meeting named
      // before whose name has those words, else the one in scene, when the
      // sentence names none.)
      if (active && ev < 0 && is_word(i + 1, "the")) {
        std::vector<std::string> words;
        bool headed = false;  // the words end in a meeting's head
        for (std::size_t q = i + 2; q < n && q < i + 5 && toks_[q].word && !toks_[q].cap; ++q) {
          words.push_back(toks_[q].key);
          const auto h = cx_.words.head_type.find(toks_[q].key);
          headed = h != cx_.words.head_type.end() && h->second == NodeType::event;
          if (headed) break;
        }
        if (headed) {
          for (std::size_t id = out_.ents.size(); id-- > 0 && ev < 0;) {
            const Local& l = out_.ents[id];
            if (l.type != NodeType::event) continue;
            const auto keys = keys_of(l.name);
            bool all = true;
            for (const auto& w : words)
              all = all && std::find(keys.begin(), keys.end(), w) != keys.end();
            if (all) ev = static_cast<int>(id);
          }
        }
        if (ev < 0) ev = scene_event();
      }
      std::size_t from = passive ? by + 1 : (chairs ? were : 0);
      // "chaired by the Prime Minister of Greece and opened by X": the chairs
      // end where the next clause begins.
      std::size_t to = active ? i : (passive ? std::max(by_list_end(from), from + 1) : n);
      auto people = of_types(from, to, {NodeType::person});
      if (people.empty()) people = of_types(from, to, {NodeType::country});
      if (people.empty()) people = of_types(from, to, {NodeType::organisation});
      for (int p : people) relation(ev, p, RelationType::chaired_by);
    }
    // "the incoming COP 30 Presidency of Brazil": the State or body that
    // holds a meeting's presidency chairs it (UN usage for COPs and
    // Assemblies, whose presidency a country holds).
    const bool presidency = present_.may_have({"presidency"});
    for (std::size_t i = 1; i + 1 < n && presidency; ++i) {
      if (!is_word(i, "presidency") || covered_[i - 1] < 0 ||
          type_of(covered_[i - 1]) != NodeType::event || !is_word(i + 1, "of"))
        continue;
      const std::size_t k = is_word(i + 2, "the") ? i + 3 : i + 2;
      if (k < n && covered_[k] >= 0 &&
          (type_of(covered_[k]) == NodeType::country ||
           type_of(covered_[k]) == NodeType::organisation))
        relation(covered_[i - 1], covered_[k], RelationType::chaired_by);
    }
    // moderated by
    const bool moderating = present_.may_start({"moderated"}) || present_.may_have({"facilitated"});
    for (std::size_t i = 0; i < n && moderating; ++i) {
      // "facilitated by" (a working group, a panel) moderates; "co-facilitated
      // by" (informal consultations) chairs, above.
      if (!((starts(i, "moderated") || is_word(i, "facilitated")) && is_word(i + 1, "by")))
        continue;
      const int ev = sentence_event();
      const std::size_t to = by_list_end(i + 2);
      auto people = of_types(i + 2, to, {NodeType::person});
      if (people.empty()) people = of_types(i + 2, to, {NodeType::organisation}, false);
      for (int p : people) {
        // Units rather than their parents.
        bool parent_of_other = false;
        if (auto u = units_of_.find(p); u != units_of_.end())
          for (const int unit : u->second)
            parent_of_other =
                parent_of_other || std::find(people.begin(), people.end(), unit) != people.end();
        if (!parent_of_other) relation(ev, p, RelationType::moderated_by);
      }
    }
    // "Chair: Mr. X" / "Moderator: Ms. Y, Director, Z": a credit line under
    // a meeting names who chaired or moderated it (the meeting the line
    // names, else the one in scene).
    if (const int p = credited_person(); p >= 0) {
      const std::size_t c = credit_label();
      const Key& k = toks_[c - 1].key;
      const bool one_word = c == 1;
      const bool chair =
          one_word && (k == "chair" || k == "co chair" || k == "cochair" || k == "chairperson" ||
                       k == "chairman" || k == "chairwoman" || k == "co facilitator");
      const bool moderator =
          one_word && (k == "moderator" || k == "co moderator" || k == "facilitator");
      if (chair || moderator) {
        int ev = -1;
        for (const auto& m : ments_)
          if (ev < 0 && type_of(m.ent) == NodeType::event && !inside_other(m)) ev = m.ent;
        if (ev < 0) ev = scene_event();
        relation(ev, p, chair ? RelationType::chaired_by : RelationType::moderated_by);
      }
    }
    // opened
    std::set<int> openers;
    // ("Foreign Minister X inaugurated the 5th Ministerial Meeting".)
    const bool opening = present_.may_start({"opened", "opening", "inaugurated"});
    for (std::size_t i = 0; i < n && opening; ++i) {
      if (!starts(i, "opened") && !starts(i, "opening") && !starts(i, "inaugurated")) continue;
      const int ev = sentence_event();
      const bool by = is_word(i + 1, "by");
      for (int p : of_types(by ? i + 2 : 0, by ? n : i, {NodeType::person})) {
        relation(ev, p, RelationType::opened_by);
        openers.insert(p);
      }
    }
    // speakers, also listed under a heading such as "Speakers at the launch"
    static const WordSet speech_words = {
        "panelists",  "panellists", "speakers",    "addressed", "told",       "briefed",
        "remarks",    "spoke",      "presented",   "keynote",   "panelist",   "panellist",
        "said",       "stressed",   "highlighted", "noted",     "underlined", "emphasised",
        "emphasized", "urged",      "announced",   "described", "recalled",   "reminded",
        "warned",     "explained",  "outlined"};
    std::size_t speaking = std::string::npos;
    const bool speech = present_.may_have(speech_words);
    for (std::size_t i = 0; i < n && speech && speaking == std::string::npos; ++i)
      if (speech_words.count(toks_[i].key)) speaking = i;
    // "read a statement", "read out a message": speaking on another's behalf.
    std::size_t reading = std::string::npos;
    const bool read = present_.may_have({"read"});
    for (std::size_t i = 0; i + 2 < n && read && reading == std::string::npos; ++i) {
      const std::size_t a = is_word(i + 1, "out") ? i + 2 : i + 1;
      if (is_word(i, "read") && (is_word(a, "a") || is_word(a, "the")) &&
          (is_word(a + 1, "statement") || is_word(a + 1, "message") ||
           is_word(a + 1, "declaration")))
        reading = i;
    }
    if (speaking == std::string::npos || (reading != std::string::npos && reading < speaking))
      speaking = reading;
    const bool listed = speaker_list_ && speaker_item();
    if (speaker_section_ || listed || speaking != std::string::npos) {
      const int ev = speech_event(speaking);
      // A presiding officer's reported words ("SBI Chair Munir urged parties
      // to ...", "Co-Facilitator Tupou announced that ...") are the conduct
      // of the meeting, not a speech at it; an explicit address ("addressed
      // the plenary", "in her remarks to the meeting") still is.
      static const WordSet addresses = {"panelists", "panellists", "speakers", "addressed",
                                        "briefed",   "remarks",    "spoke",    "presented",
                                        "keynote",   "panelist",   "panellist"};
      const bool address = speaker_section_ || listed || speaking == reading ||
                           addresses.count(toks_[speaking].key) != 0;
      auto presides = [&](int p) { return presiding_.count(p) != 0; };
      // "X said on behalf of Secretary-General Ban Ki-moon": the person
      // spoken for did not speak.
      int principal = -1;
      if (const std::size_t bh = find_word(0, {"behalf"});
          bh != std::string::npos && bh > 0 && is_word(bh - 1, "on") && is_word(bh + 1, "of"))
        for (const auto& m : ments_)
          if (principal < 0 && m.b > bh + 1 && m.b <= bh + 6 &&
              type_of(m.ent) == NodeType::person && !inside_other(m))
            principal = m.ent;
      for (int p : of_types(0, n, {NodeType::person}))
        if (!openers.count(p) && !opened_before_.count(p) && (address || !presides(p)) &&
            p != principal)
          relation(p, ev, RelationType::spoke_at);
    }
    for (int p : openers) opened_before_.insert(p);
    // affiliations from roles
    for (const auto& r : role_of_) {
      // most specific stated body: the first organisation; else the first country
      auto orgs = of_types(r.b, r.e, {NodeType::organisation});
      auto cs = of_types(r.b, r.e, {NodeType::country});
      // "Ambassador to the UAE", "Special Envoy to Syria": the State a post
      // is accredited to is not the one it serves.
      std::erase_if(cs, [&](int c) {
        for (const auto& m : ments_)
          if (m.ent == c && m.b >= r.b && m.b < r.e)
            return m.b > r.b &&
                   (is_word(m.b - 1, "to") ||
                    (m.b > r.b + 1 && is_word(m.b - 1, "the") && is_word(m.b - 2, "to")));
        return false;
      });
      int target = -1;
      if (!orgs.empty() && !cs.empty()) {
        // "Permanent Representative of the United Kingdom to the UN": the first stated.
        std::size_t po = n, pc = n;
        for (const auto& m : ments_) {
          if (m.b >= r.b && m.b < r.e && m.ent == orgs.front() && po == n) po = m.b;
          if (m.b >= r.b && m.b < r.e && m.ent == cs.front() && pc == n) pc = m.b;
        }
        target = po <= pc ? orgs.front() : cs.front();
      } else if (!orgs.empty()) {
        target = orgs.front();
      } else if (!cs.empty()) {
        target = cs.front();
      }
      if (target < 0) target = office_of(r.b, r.e);
      // ("Executive Secretary of the Council of Europe Anti-trafficking
      // Convention": a body named inside the instrument the post serves.)
      if (target < 0) {
        const auto inner = of_types(r.b, r.e, {NodeType::organisation}, false);
        if (!inner.empty()) target = inner.front();
      }
      relation(r.person, target, RelationType::affiliated_with);
    }
    // established / launched by ; resolution establishes X
    const bool founding = present_.may_have({"launched", "established", "founded", "created", "set",
                                             "establishes", "establish", "launches", "creates",
                                             "announced", "announces", "adopted", "adopts"});
    for (std::size_t i = 0; i < n && founding; ++i) {
      const Key& k = toks_[i].key;
      // Every verb below starts with one of these letters: other words are
      // passed over before the comparisons.
      const char c0 = k.empty() ? '\0' : k[0];
      if (!toks_[i].word ||
          (c0 != 'a' && c0 != 'c' && c0 != 'e' && c0 != 'f' && c0 != 'l' && c0 != 's'))
        continue;
      if ((k == "launched" || k == "established" || k == "founded" || k == "created" ||
           k == "set") &&
          is_word(i + 1, "by")) {
        auto inits = of_types(0, i, {NodeType::initiative});
        // "consultations on the X work programme, established by decision
        // 2/CMA.5": an initiative right before the participle, also inside a
        // meeting's name.
        for (const auto& m : ments_)
          if (type_of(m.ent) == NodeType::initiative &&
              (m.e == i || (m.e + 1 == i && toks_[m.e].punct == ',')))
            inits.assign(1, m.ent);
        auto by =
            of_types(i + 2, n, {NodeType::organisation, NodeType::resolution, NodeType::country});
        if (!inits.empty() && !by.empty())
          relation(inits.back(), by.front(), RelationType::established_by);
      } else if (k == "establishes" || k == "establish" || k == "established") {
        auto res = of_types(0, i, {NodeType::resolution});
        auto inits = of_types(i + 1, n, {NodeType::initiative});
        if (!res.empty())
          for (int x : inits) relation(x, res.back(), RelationType::established_by);
      }
      // "the WHO Regional Office for Africa launched the X Initiative", "A and
      // B today launched the Y": the bodies or States just before the verb.
      // "UNICEF and GPE today announced the Accelerator", "the Government
      // adopted the National Plan of Action": announcing or adopting a named
      // programme or plan sets it up.
      if ((c0 == 'l' || c0 == 'e' || c0 == 'c' || c0 == 's' || c0 == 'a') &&
          (k == "launched" || k == "established" || k == "created" || k == "launches" ||
           k == "establishes" || k == "creates" || (k == "set" && is_word(i + 1, "up")) ||
           k == "announced" || k == "announces" || k == "adopted" || k == "adopts") &&
          !is_word(i + 1, "by") && i > 0) {
        std::size_t o = k == "set" ? i + 2 : i + 1;
        while (o < n && o < i + 4 && (is_word(o, "the") || is_word(o, "a") || is_word(o, "an")))
          ++o;
        int init = -1;
        for (const auto& m : ments_)
          if (m.b == o && type_of(m.ent) == NodeType::initiative && !inside_other(m)) init = m.ent;
        if (init >= 0)
          for (int a : subjects_before(i)) relation(init, a, RelationType::established_by);
      }
    }
    // "The X Programme brings together WHO, UNICEF and IARC (as partners)":
    // the bodies an initiative brings together are its partners (not those
    // a meeting brings together: they are its participants).
    const bool bringing = present_.may_have({"bring", "brings", "brought", "bringing"});
    for (std::size_t i = 0; i + 1 < n && bringing; ++i) {
      if (!(is_word(i, "bring") || is_word(i, "brings") || is_word(i, "brought") ||
            is_word(i, "bringing")) ||
          !is_word(i + 1, "together"))
        continue;
      const int init = last_of_types_before(i, {NodeType::initiative, NodeType::event});
      if (init < 0 || type_of(init) != NodeType::initiative) continue;
      for (int o : of_types(i + 2, list_end(i + 2), actors))
        relation(init, o, RelationType::partner_of);
    }
    // consisting of ... -> partners of an initiative
    const bool consisting = present_.may_have({"consisting", "comprising", "composed"});
    for (std::size_t i = 0; i < n && consisting; ++i) {
      if (!(is_word(i, "consisting") || is_word(i, "comprising") || is_word(i, "composed")))
        continue;
      auto inits = of_types(0, i, {NodeType::initiative});
      if (inits.empty()) continue;
      for (int o : of_types(i, n, actors)) relation(inits.back(), o, RelationType::partner_of);
    }
    proposals();
    // proposed: what a sentence that proposes describes, by the meeting.
    // "welcomed (noted, ...) the establishment of X" speaks of X as set up,
    // not proposed. After an expletive "it was proposed to ..." only what
    // follows is proposed ("the second forum took place and it was proposed
    // to consider holding the third forum"); "X was proposed" proposes X.
    if (main_event_ >= 0 && !described_.empty()) {
      std::size_t trigger = find_word(
          0, {"proposed", "propose", "proposal", "suggested", "suggest", "recommended", "planned"});
      for (std::size_t at = find_word(0, {"establishment"}); at != std::string::npos;
           at = find_word(at + 1, {"establishment"})) {
        const bool settled =
            at >= 2 && is_word(at - 1, "the") &&
            (starts(at - 2, "welcom") || starts(at - 2, "not") || starts(at - 2, "acknowledg") ||
             starts(at - 2, "commend") || starts(at - 2, "applaud") || starts(at - 2, "prais"));
        if (!settled) {
          trigger = std::min(trigger, at);
          break;
        }
      }
      const bool expletive = trigger != std::string::npos && trigger >= 2 &&
                             (is_word(trigger - 1, "was") || is_word(trigger - 1, "is")) &&
                             is_word(trigger - 2, "it");
      for (int x : described_) {
        if (trigger == std::string::npos) break;
        if (type_of(x) == NodeType::event && x == main_event_) continue;
        // A proposal is of something new (as in proposals()): "proposed that
        // the work programme produce ..." does not propose the programme the
        // document named before, while an indefinite "a global partnership"
        // introduces one even when an earlier description shares its core.
        if (out_.ents[static_cast<std::size_t>(x)].mentions.front().start < sent_.start &&
            std::all_of(ments_.begin(), ments_.end(), [&](const Mention& m) {
              return m.ent != x || (m.b > 0 && is_word(m.b - 1, "the"));
            }))
          continue;
        if (expletive && std::none_of(ments_.begin(), ments_.end(), [&](const Mention& m) {
              return m.ent == x && m.b > trigger;
            }))
          continue;
        relation(main_event_, x, RelationType::proposed);
      }
    }
    described_.clear();
    // references: the main event -> resolutions mentioned in sentences about it
    if (main_event_ >= 0) {
      const bool about = std::any_of(ments_.begin(), ments_.end(),
                                     [&](const Mention& m) { return m.ent == main_event_; });
      const bool resolution_sentence =
          find_word(0, {"resolution", "resolutions"}) != std::string::npos;
      if (about || resolution_sentence || prev_mentions_main_)
        for (int r : of_types(0, n, {NodeType::resolution}))
          if (type_of(r) == NodeType::resolution)
            relation(main_event_, r, RelationType::references);
      prev_mentions_main_ =
          about && find_word(0, {"resolutions", "instruments"}) != std::string::npos;
    }
    references_by_verbs();
    // An event whose name names an instrument ("the contact group on ...
    // Article 6.2 of the Paris Agreement") references it: its mandate.
    for (const auto& m : ments_) {
      if (type_of(m.ent) != NodeType::event || inside_other(m)) continue;
      for (const auto& r : ments_)
        if (r.ent != m.ent && r.b >= m.b && r.e <= m.e && type_of(r.ent) == NodeType::resolution)
          relation(m.ent, r.ent, RelationType::references);
    }
    for (const auto& m : ments_)
      if (type_of(m.ent) == NodeType::event) prev_event_ = m.ent;
    // co-mentions
    // (A member buffer: one allocation per document, not one per sentence.)
    std::vector<int>& all = co_mentioned_;
    all.clear();
    for (const auto& m : ments_)
      if (std::find(all.begin(), all.end(), m.ent) == all.end()) all.push_back(m.ent);
    for (std::size_t a = 0; a < all.size(); ++a)
      for (std::size_t b = a + 1; b < all.size(); ++b)
        relation(std::min(all[a], all[b]), std::max(all[a], all[b]), RelationType::co_mentioned);
  }

  // "X proposes to establish / convene / create Y", "X proposed (or
  // suggested, recommended, called for) the establishment (creation,
  // drafting, development, convening) of Y": X proposed Y. Y is the first
  // initiative or event named within the next few words that the document
  // has not named before (a proposal is of something new: "proposes to
  // convene the Forum again" proposes no new event). X is the actor named
  // before the verb (organisation, country or person) when the document
  // reports on no meeting (a report's "The WHO Secretariat proposes"); in a
  // meeting's record the meeting, since proposals made by participants
  // belong to it (fixtures README): an event named before the verb, else the
  // document's main event. (Not the scene: in a report, a paragraph that
  // opens with a past forum does not make the forum the proposer.)
  void proposals() {
    if (!present_.may_have({"should", "called"}) &&
        !present_.may_start({"propos", "suggest", "recommend"}))
      return;
    const std::size_t n = toks_.size();
    for (std::size_t i = 0; i < n; ++i) {
      // "X should establish Y": a recommendation.
      const bool should = is_word(i, "should");
      const bool verb = starts(i, "propos") || starts(i, "suggest") || starts(i, "recommend") ||
                        (is_word(i, "called") && is_word(i + 1, "for")) || should;
      if (!verb || starts(i, "proposal")) continue;
      std::size_t k = i + (is_word(i, "called") ? 2 : 1);
      if (is_word(k, "further") || is_word(k, "also")) ++k;
      bool ok = false;
      if (should) {
        if (is_word(k, "establish") || is_word(k, "create") || is_word(k, "launch") ||
            (is_word(k, "set") && is_word(k + 1, "up"))) {
          ok = true;
          k += is_word(k, "set") ? 2 : 1;
        }
      } else if (is_word(k, "to") &&
                 (is_word(k + 1, "establish") || is_word(k + 1, "convene") ||
                  is_word(k + 1, "create") || is_word(k + 1, "launch") ||
                  is_word(k + 1, "develop") || is_word(k + 1, "hold") || is_word(k + 1, "draft") ||
                  (is_word(k + 1, "set") && is_word(k + 2, "up")))) {
        ok = true;
        k += is_word(k + 1, "set") ? 3 : 2;
      } else if (is_word(k, "the") &&
                 (is_word(k + 1, "establishment") || is_word(k + 1, "creation") ||
                  is_word(k + 1, "drafting") || is_word(k + 1, "development") ||
                  is_word(k + 1, "convening") || is_word(k + 1, "launch")) &&
                 is_word(k + 2, "of")) {
        ok = true;
        k += 3;
      }
      if (!ok) continue;
      int target = -1;
      for (const auto& m : ments_) {
        if (m.b < k || m.b > k + 3 || inside_other(m)) continue;
        const NodeType t = type_of(m.ent);
        if (t != NodeType::initiative && t != NodeType::event) continue;
        const auto& first = out_.ents[static_cast<std::size_t>(m.ent)].mentions.front();
        if (first.start >= sent_.start) target = m.ent;
        break;
      }
      if (target < 0) continue;
      int proposer = -1, meeting = -1;
      for (const auto& m : ments_) {
        if (m.e > i || inside_other(m)) continue;
        const NodeType t = type_of(m.ent);
        if (t == NodeType::organisation || t == NodeType::country || t == NodeType::person)
          proposer = m.ent;
        if (t == NodeType::event) meeting = m.ent;
      }
      if (meeting < 0) meeting = main_event_;
      if (meeting >= 0 || proposer < 0) proposer = meeting;
      if (proposer < 0) proposer = body_named_by_head();
      relation(proposer, target, RelationType::proposed);
    }
  }

  // 1 when token i says that its sentence's subject refers to instruments
  // (reaffirm-, recall-, "builds/built on", "responds to", "pursuant to", "in
  // line with"), 2 when it attaches what follows to the instrument just
  // before it (supplement-, "referred to in"), else 0.
  //
  // Also of kind 1: "referred repeatedly to", "as called for in", "as set out
  // in", "(as) agreed / contained / adopted / enshrined / reflected /
  // provided for in", "requested by" or "mandated by" (a resolution),
  // "in accordance with", "consistent with"; and "under", "discussed",
  // "cited" or "invoked" when a resolution follows at once ("under the Paris
  // Agreement", not "under Article 6.2 of the Paris Agreement"). "X, by
  // which it adopted Y" is of kind 2.
  // The words of referencing_word() (keep references_by_verbs' gate in step with its prefixes).
  [[gnu::always_inline]] static const WordSet& referencing_words() {
    static const WordSet k = {"referred",  "which",    "built",      "pursuant",   "line",
                              "read",      "called",   "provided",   "set",        "agreed",
                              "contained", "adopted",  "enshrined",  "reflected",  "stipulated",
                              "requested", "mandated", "accordance", "consistent", "under",
                              "discussed", "cited",    "invoked"};
    return k;
  }
  // Inlined: references_by_verbs asks it of every token, and most stop at
  // its first tests.
  [[gnu::always_inline]] int referencing_word(std::size_t i) const {
    if (!toks_[i].word || toks_[i].key.empty()) return 0;
    // Every word below starts with one of these letters: most tokens stop here.
    constexpr std::uint32_t kFirst = [] {
      std::uint32_t m = 0;
      for (const char c : std::string_view("abcdeilmprsuw")) m |= 1u << (c - 'a');
      return m;
    }();
    const char c0 = toks_[i].key[0];
    if (c0 < 'a' || c0 > 'z' || !(kFirst >> (c0 - 'a') & 1u)) return 0;
    // Every test below needs token i to be one of these words or to start
    // with one of the prefixes (keep them in step): one hash probe, and a
    // prefix test only for keys starting with 'b', 'r' or 's', reject the
    // common words that share a first letter with them ("and", "in").
    if (!referencing_words().count(toks_[i].key) && !(c0 == 's' && starts(i, "supplement")) &&
        !(c0 == 'r' && (starts(i, "reaffirm") || starts(i, "recall") || starts(i, "refer") ||
                        starts(i, "respond"))) &&
        !(c0 == 'b' && starts(i, "build")))
      return 0;
    if (starts(i, "supplement") || (is_word(i, "referred") && is_word(i + 1, "to"))) return 2;
    if (is_word(i, "which") && i > 0 && is_word(i - 1, "by") && i + 2 < toks_.size() &&
        (starts(i + 2, "adopt") || starts(i + 2, "endors")))
      return 2;
    if (starts(i, "reaffirm") || starts(i, "recall")) return 1;
    if ((starts(i, "build") || is_word(i, "built")) && is_word(i + 1, "on")) return 1;
    if ((starts(i, "refer") || starts(i, "respond") || is_word(i, "pursuant")) &&
        is_word(i + 1, "to"))
      return 1;
    // "referred repeatedly to": one adverb between.
    if (starts(i, "refer") && is_word(i + 2, "to") && toks_[i + 1].word &&
        toks_[i + 1].key.size() > 2 &&
        toks_[i + 1].key.compare(toks_[i + 1].key.size() - 2, 2, "ly") == 0)
      return 1;
    if (is_word(i, "line") && i > 0 && is_word(i - 1, "in") && is_word(i + 1, "with")) return 1;
    // "should be read together with", "read in conjunction with".
    if (is_word(i, "read") && ((is_word(i + 1, "together") && is_word(i + 2, "with")) ||
                               (is_word(i + 1, "in") && is_word(i + 2, "conjunction"))))
      return 1;
    if ((is_word(i, "called") || is_word(i, "provided")) && is_word(i + 1, "for") &&
        is_word(i + 2, "in"))
      return 1;
    if (is_word(i, "set") && is_word(i + 1, "out") && is_word(i + 2, "in")) return 1;
    if ((is_word(i, "agreed") || is_word(i, "contained") || is_word(i, "adopted") ||
         is_word(i, "enshrined") || is_word(i, "reflected") || is_word(i, "stipulated")) &&
        is_word(i + 1, "in"))
      return 1;
    if ((is_word(i, "requested") || is_word(i, "mandated")) && is_word(i + 1, "by") &&
        resolution_at(i + 2))
      return 1;
    if ((is_word(i, "accordance") && i > 0 && is_word(i - 1, "in") && is_word(i + 1, "with")) ||
        (is_word(i, "consistent") && is_word(i + 1, "with")))
      return 1;
    if ((is_word(i, "under") || is_word(i, "discussed") || is_word(i, "cited") ||
         is_word(i, "invoked")) &&
        (resolution_at(i + 1) || (is_word(i + 1, "the") && resolution_at(i + 2))))
      return 1;
    return 0;
  }

  // True when a top-level resolution mention starts at token i.
  bool resolution_at(std::size_t i) const {
    for (const auto& m : ments_)
      if (m.b == i && type_of(m.ent) == NodeType::resolution && !inside_other(m)) return true;
    return false;
  }

  // "The Communique reaffirms ...": the head word of the name of a
  // resolution seen earlier in the document speaks of the latest such
  // resolution. A head word is the last word of the name or a word before a
  // connector ("Accra Joint Communique on ...": "communique", not "accra").
  int resolution_named_by_head() const {
    return latest_named_by_head(NodeType::resolution, [](const std::vector<std::string>& words,
                                                         const std::string& head) {
      for (std::size_t w = 0; w < words.size(); ++w)
        if (words[w] == head && (w + 1 == words.size() || connectors().count(words[w + 1]) != 0))
          return true;
      return false;
    });
  }

  // references from referencing words: "The Communique reaffirms the
  // commitments of A and B", "the meeting built on C", "D, supplementing E".
  // The source is the sentence's subject for the words of kind 1 (the last
  // resolution or event named before the first such word, else a resolution
  // the sentence opens with by a word of its name, else the document's main
  // event) and the resolution just before for kind 2; it references each
  // resolution after the word up to the next referencing word.
  void references_by_verbs() {
    // referencing_word() is 0 at every token unless one of its words or
    // prefixes (those it tests before anything else) may be there.
    if (!present_.may_have(referencing_words()) &&
        !present_.may_start({"supplement", "reaffirm", "recall", "build", "refer", "respond"}))
      return;
    const std::size_t n = toks_.size();
    std::vector<std::size_t> words;
    for (std::size_t i = 0; i < n; ++i)
      if (referencing_word(i) != 0) words.push_back(i);
    if (words.empty()) return;
    const auto documents = {NodeType::resolution, NodeType::event};
    int subject = last_of_types_before(words.front(), documents);
    // "The present report responds to ... It also responds to X": the
    // pronoun continues the report of the sentence before.
    if (subject < 0 && report_ >= 0 && report_subject_ && is_word(0, "it")) subject = report_;
    if (subject < 0) subject = resolution_named_by_head();
    if (subject < 0) subject = scene_event();
    for (std::size_t w = 0; w < words.size(); ++w) {
      const std::size_t at = words[w];
      const int source = referencing_word(at) == 2 ? last_of_types_before(at, documents) : subject;
      if (source < 0) continue;
      const std::size_t until = w + 1 < words.size() ? words[w + 1] : n;
      for (int r : of_types(at + 1, until, {NodeType::resolution}))
        relation(source, r, RelationType::references);
    }
  }

  struct Role {
    int person;
    std::size_t b, e;
  };

  const Context& cx_;
  const SourceDocument& src_;
  std::string_view t_;
  graph::SharedText doc_id_;  // every evidence of the document shares it
  DocResult out_;
  const graph::Paragraph* para_ = nullptr;
  bool speaker_section_ = false;  // para_ stands under a "Speakers ..." heading
  // A list of participants by State: the State a heading of its own names
  // ("ARGENTINA") while the paragraphs after it open with a person; else -1.
  int country_heading_ = -1;
  int line_person_ = -1;       // see title_line
  bool speaker_list_ = false;  // the list items of a "The speakers were:" follow
  Span sent_;
  // The initiative a paragraph opens with ("Cool Cities Accelerator. Delivered
  // in partnership with ..."), or -1.
  int para_subject_ = -1;
  // The subject of the latest programme_list_intro while its list items
  // follow (-1 when it names none), else kNoList.
  static constexpr int kNoList = -2;
  int report_ = -1;              // the document itself, named by its symbol (own_symbol)
  bool report_subject_ = false;  // the last sentence opened with report_ (or "It" after it)
  int list_founder_ = kNoList;
  bool first_sentence_ = false;
  std::unordered_map<int, std::vector<int>> units_of_;  // member_of targets -> sources
  std::unordered_set<int> presiding_;                   // targets of chaired_by, moderated_by
  std::size_t para_index_ = 0;                          // of para_ in the document
  // A title-block line named the report's genre as a meeting's ("Side event
  // summary", "Workshop report"): the title line after it names the meeting.
  bool meeting_genre_line_ = false;
  int sent_evidence_ = -1;  // the sentence's in out_.sentences, made by its first relation
  std::vector<Tok> toks_;
  SentenceWords present_;  // of toks_: lets rules skip sentences without their trigger words
  std::vector<int>
      covered_;  // -1 free, -2 ignored phrase, -3 consumed (honorific, quote), else entity
  std::vector<Mention> ments_;
  std::vector<Role> role_of_;
  // Hashed, never iterated: entity() and the patterns look keys up for most
  // mentions, and an ordered map compared whole keys along each search path.
  EntityIndex by_key_;
  LexiconIds lex_ids_;
  LexiconOf lex_of_;  // local entity -> its lexicon entity
  std::map<std::string, int, std::less<>> doc_acronyms_;
  std::map<int, std::set<std::string>> head_words_;
  std::map<std::string, int> cores_;
  std::vector<int> persons_;
  std::vector<int> plural_;
  std::vector<int> described_;
  std::vector<int> event_order_;
  std::vector<int> co_mentioned_;  // relations()'s scratch: a sentence's entities
  std::set<int> prospective_;      // events first named as planned or next
  std::set<int> opened_before_;
  std::string fora_tail_;
  int main_event_ = -1;
  int header_body_ = -1;              // the body a line that is only its name named (last sentence)
  bool main_event_reported_ = false;  // main_event_ is what a title reports on
  int last_event_ = -1;
  int heading_resolution_ = -1;
  std::unordered_map<std::string, int> initials_;  // remember_initials
  std::vector<int> single_names_;  // persons known by one name (single_name_person)  // "74/176."
                                   // ended the last sentence (resolution_heading)
  int prev_event_ = -1;            // the last event mentioned in an earlier sentence
  int topic_event_ = -1;           // the scene of the proceedings (scene_event)
  std::string topic_section_;
  std::set<int> sessions_;  // numbered sessions of bodies (find_sessions)
  bool prev_mentions_main_ = false;
};

WordSets make_words(const Lexicon& lex) {
  WordSets w;
  for (std::size_t i = 0; i < lex.entities.size(); ++i)
    for (const auto& a : lex.entities[i].adjectives) {
      const auto k = keys_of(a);
      // ("South African": the words joined by a space.)
      if (k.size() == 1 || k.size() == 2)
        w.adjective_country.emplace(k.size() == 1 ? k.front() : k[0] + " " + k[1],
                                    static_cast<int>(i));
    }
  for (const auto& h : lex.honorifics) {
    auto k = keys_of(h);
    if (!k.empty()) w.honorifics[k.front()].push_back(std::move(k));
  }
  for (const auto& h : lex.titles) {
    auto k = keys_of(h);
    if (!k.empty()) w.titles[k.front()].push_back(std::move(k));
  }
  // One-word heads first (a later list overrides an earlier one); a
  // multi-word head ("Summer School") then types its last word only when no
  // one-word head already does ("School" stays a body).
  auto heads = [&](const std::vector<std::string>& list, NodeType t, bool override, bool single) {
    for (const auto& h : list) {
      auto k = keys_of(h);
      if (k.empty() || (k.size() == 1) != single) continue;
      // "Conference of the Parties": the head is the word before "of"
      // ("Conference"), which a one-word head types; "Parties" alone
      // heads nothing.
      if (t == NodeType::event && std::find(k.begin(), k.end(), "of") != k.end()) continue;
      const std::string& last = k.back();
      if (!single) {
        std::string phrase;
        for (const auto& x : k) phrase += (phrase.empty() ? "" : " ") + x;
        w.head_phrases.insert(std::move(phrase));
      }
      if (override && single)
        w.head_type[last] = t;
      else
        w.head_type.emplace(last, t);
    }
  };
  for (const bool single : {true, false}) {
    heads(lex.organisation_heads, NodeType::organisation, false, single);
    heads(lex.initiative_heads, NodeType::initiative, true, single);
    heads(lex.resolution_heads, NodeType::resolution, true, single);
    heads(lex.event_heads, NodeType::event, true, single);
  }
  // Words that head both bodies and other things: bodies win for these.
  for (const char* org : {"assembly", "network", "coalition", "alliance", "centre", "center",
                          "movement", "fellowship", "observatory", "hotline", "helpline", "group",
                          "commission", "committee", "council"})
    if (w.head_type.count(org)) w.head_type[org] = NodeType::organisation;
  // Too generic to head a name on their own.
  for (const char* generic :
       {"day",        "week",        "month",    "year",       "visit",         "tour",
        "review",     "training",    "course",   "launch",     "statement",     "law",
        "report",     "index",       "goals",    "agenda",     "international", "women",
        "rights",     "watch",       "fair",     "walk",       "exhibit",       "challenge",
        "award",      "prize",       "pilot",    "commitment", "pledge",        "entity",
        "government", "consensus",   "decision", "regulation", "rules",         "recommendation",
        "amendment",  "conclusions", "party",    "club",       "circle",        "worldwide"})
    w.head_type.erase(generic);
  return w;
}

}  // namespace

// Sorts evidence in its order (document id, paragraph, start, end, text)
// without comparing document ids as strings: each id's rank among the
// documents is looked up once per run of one document, and items are sorted
// on (rank, paragraph, start, end), the text deciding ties. Same order as
// operator<.
class EvidenceSorter {
 public:
  explicit EvidenceSorter(const std::vector<graph::Document>& docs) {
    std::vector<std::string_view> ids;
    for (const auto& d : docs) ids.push_back(d.id);
    std::sort(ids.begin(), ids.end());
    for (std::size_t r = 0; r < ids.size(); ++r) rank_.emplace(ids[r], r);
  }

  static constexpr std::size_t kUnlisted = static_cast<std::size_t>(-1);

  void sort(std::vector<graph::Evidence>& ev) const {
    const Order o = order_runs(ev);
    if (o == Order::in_order) return;
    if (o == Order::unordered) {
      sort_items(ev);
      return;
    }
    std::vector<graph::Evidence> sorted;
    sorted.reserve(ev.size());
    for (const Run& run : runs_)
      sorted.insert(sorted.end(), std::make_move_iterator(ev.begin() + run.begin),
                    std::make_move_iterator(ev.begin() + run.end));
    ev = std::move(sorted);
  }

  // True when one document's evidence `ev` is in order.
  static bool in_document_order(const std::vector<graph::Evidence>& ev) {
    for (std::size_t i = 1; i < ev.size(); ++i)
      if (after_in_document(ev[i - 1], ev[i])) return false;
    return true;
  }

  // The rank of document `doc`, or kUnlisted. Runs of one document are short
  // in the evidence of an edge or node seen in many documents (one item per
  // document), so the id buffer's address (shared by all of a document's
  // evidence) is remembered: the rank is found without hashing the id. The
  // sorter holds each remembered buffer, so that its address cannot be
  // reused for another id while it is remembered.
  std::size_t rank(const graph::SharedText& doc) const {
    const std::string* buffer = &doc.str();
    if (const auto c = by_buffer_.find(buffer); c != by_buffer_.end()) return c->second;
    const auto r = rank_.find(doc.str());
    if (r == rank_.end()) return kUnlisted;
    by_buffer_.emplace(buffer, r->second);
    held_.push_back(doc);
    return r->second;
  }

 private:
  struct Run {
    std::size_t rank;
    std::uint32_t begin, end;
  };
  enum class Order { in_order, reordered, unordered };

  // Evidence a after b, both of one document.
  static bool after_in_document(const graph::Evidence& a, const graph::Evidence& b) {
    if (a.paragraph != b.paragraph) return a.paragraph > b.paragraph;
    if (a.start != b.start) return a.start > b.start;
    if (a.end != b.end) return a.end > b.end;
    return b.text < a.text;
  }

  // Evidence comes document by document (fold's order), each document's
  // mostly in the order of its text: runs, each sorted, of distinct
  // documents. Then only the runs need ordering, by their documents' ranks,
  // not every item. in_order: `ev` is sorted; reordered: it is once its runs
  // are taken in runs_'s order; unordered: it is not runs like that.
  Order order_runs(const std::vector<graph::Evidence>& ev) const {
    runs_.clear();
    for (std::uint32_t i = 0; i < ev.size(); ++i) {
      if (i > 0 && &ev[i].document.str() == &ev[i - 1].document.str()) {
        if (after_in_document(ev[i - 1], ev[i])) return Order::unordered;
        runs_.back().end = i + 1;
        continue;
      }
      const std::size_t r = rank(ev[i].document);
      if (r == kUnlisted) return Order::unordered;
      runs_.push_back({r, i, i + 1});
    }
    if (std::adjacent_find(runs_.begin(), runs_.end(), [](const Run& a, const Run& b) {
          return a.rank >= b.rank;
        }) == runs_.end())
      return Order::in_order;
    std::sort(runs_.begin(), runs_.end(),
              [](const Run& a, const Run& b) { return a.rank < b.rank; });
    // (Two runs of one document: its evidence would need merging.)
    for (std::size_t k = 1; k < runs_.size(); ++k)
      if (runs_[k].rank == runs_[k - 1].rank) return Order::unordered;
    return Order::reordered;
  }

  // Any evidence: sorted item by item.
  void sort_items(std::vector<graph::Evidence>& ev) const {
    struct Item {
      std::size_t rank;
      std::int64_t paragraph;
      std::size_t start, end;
      std::uint32_t index;
    };
    std::vector<Item> items(ev.size());
    // A document's evidence shares its id buffer and comes in runs: the id
    // is hashed once per run, not once per item.
    const std::string* last_id = nullptr;
    std::size_t last_rank = 0;
    for (std::size_t i = 0; i < ev.size(); ++i) {
      const std::string& id = ev[i].document.str();
      if (&id != last_id) {
        const std::size_t r = rank(ev[i].document);
        if (r == kUnlisted) {  // not a listed document: compare as strings
          std::sort(ev.begin(), ev.end());
          return;
        }
        last_id = &id;
        last_rank = r;
      }
      items[i] = {last_rank, ev[i].paragraph, ev[i].start, ev[i].end,
                  static_cast<std::uint32_t>(i)};
    }
    const auto less = [&](const Item& a, const Item& b) {
      if (a.rank != b.rank) return a.rank < b.rank;
      if (a.paragraph != b.paragraph) return a.paragraph < b.paragraph;
      if (a.start != b.start) return a.start < b.start;
      if (a.end != b.end) return a.end < b.end;
      return ev[a.index] < ev[b.index];
    };
    // (Tested on the items, not with Evidence's operator<: that compares the
    // ids of neighbouring documents as strings.)
    if (std::is_sorted(items.begin(), items.end(), less)) return;
    std::sort(items.begin(), items.end(), less);
    // Position k takes the evidence at items[k].index: the permutation is
    // applied in place, cycle by cycle (no second vector; each item is moved
    // once, plus one move per cycle), marking placed positions with their
    // own index.
    for (std::uint32_t k = 0; k < items.size(); ++k) {
      if (items[k].index == k) continue;
      graph::Evidence held = std::move(ev[k]);
      std::uint32_t at = k;
      while (items[at].index != k) {
        const std::uint32_t from = items[at].index;
        ev[at] = std::move(ev[from]);
        items[at].index = at;
        at = from;
      }
      ev[at] = std::move(held);
      items[at].index = at;
    }
  }

  std::unordered_map<std::string_view, std::size_t> rank_;
  // order_runs's runs, kept from call to call (most edges have one or two
  // items per run: an allocation of its own was most of a call's cost).
  mutable std::vector<Run> runs_;
  mutable std::unordered_map<const std::string*, std::size_t> by_buffer_;
  mutable std::vector<graph::SharedText> held_;  // the buffers by_buffer_ knows
};

struct Extractor::Impl {
  Impl(const Lexicon& lex, const ExtractOptions& options)
      : lexicon(lex),
        matcher(lex),
        words(make_words(lex)),
        initials(lexicon_initials(lex)),
        cx{lexicon, matcher, words, initials} {
    jobs = options.jobs == 0 ? std::max(1u, std::thread::hardware_concurrency()) : options.jobs;
  }

  // Extracts a batch of documents with up to `jobs` threads; results in input
  // order. Rethrows the first exception of a worker.
  std::vector<DocResult> extract_batch(std::vector<SourceDocument>& docs) const {
    std::vector<DocResult> results(docs.size());
    const unsigned n =
        std::min<unsigned>(jobs, static_cast<unsigned>(std::max<std::size_t>(1, docs.size())));
    auto one = [&](std::size_t i) {
      results[i] = DocExtractor(cx, docs[i]).run();
      results[i].doc = std::move(docs[i].doc);
      docs[i] = SourceDocument();  // drop the text now
    };
    if (n <= 1) {
      for (std::size_t i = 0; i < docs.size(); ++i) one(i);
      return results;
    }
    std::atomic<std::size_t> next{0};
    std::vector<std::exception_ptr> errors(n);
    std::vector<std::thread> pool;
    for (unsigned j = 0; j < n; ++j)
      pool.emplace_back([&, j] {
        try {
          for (std::size_t i = next++; i < docs.size(); i = next++) one(i);
        } catch (...) {
          errors[j] = std::current_exception();
        }
      });
    for (auto& t : pool) t.join();
    for (auto& e : errors)
      if (e) std::rethrow_exception(e);
    return results;
  }

  // Hands the queued batch to extraction and folds the results into the graph
  // in input order. With one job that happens here and now. With more, the
  // batch is extracted in the background while this thread folds the batch
  // before it and goes back to reading documents for the next: folding and
  // reading (which are serial) overlap with extraction.
  void flush() {
    if (batch.empty()) return;
    if (jobs <= 1) {
      for (auto& r : extract_batch(batch)) fold(r);
      batch.clear();
      batch_bytes = 0;
      return;
    }
    std::vector<DocResult> previous;
    if (in_flight.valid()) previous = in_flight.get();
    in_flight = std::async(std::launch::async, [this, docs = std::move(batch)]() mutable {
      return extract_batch(docs);
    });
    batch.clear();
    batch_bytes = 0;
    for (auto& r : previous) fold(r);
  }

  // Waits for the batch in the background, if any, and folds it in.
  void drain() {
    if (!in_flight.valid()) return;
    for (auto& r : in_flight.get()) fold(r);
  }

  // Folds one document's entities and relations into the graph.
  void fold(DocResult& r) {
    auto& g = out.graph;
    g.documents().push_back(std::move(r.doc));
    std::vector<int> ids(r.ents.size(), -1);
    for (std::size_t i = 0; i < r.ents.size(); ++i) {
      Local& l = r.ents[i];
      if (l.mentions.empty()) continue;
      graph::Node* existing = nullptr;
      int known = -1;  // the node's number, when found_nodes knew the node
      if (const auto f = found_nodes.find(TypeKey(l.type, l.key)); f != found_nodes.end()) {
        existing = f->second.node;
        known = f->second.number;
      } else if ((existing = g.find_by_key(l.key, l.type)) != nullptr) {
        known = node_number(existing->id);
        found_nodes.emplace(std::make_pair(l.type, l.key), FoundNode{existing, known});
      }
      for (auto it = l.aliases.begin(); !existing && it != l.aliases.end(); ++it)
        if (it->strong && graph::alias_key(it->text).size() > 3)
          existing = g.find_by_alias(it->text, l.type);
      const std::string& id = existing ? existing->id : add_node(l);
      if (existing && existing->name != l.name &&
          graph::alias_key(existing->name) != graph::alias_key(l.name))
        merges[id]["same alias in another document"].insert(l.name);
      // The node is looked up by id at most once (not at all when found by
      // alias): each lookup walks the id map comparing ids that share their
      // type prefix, and a node seen in an earlier document usually has all
      // of this document's aliases.
      graph::Node& node = existing ? *existing : g.at(id);
      for (const auto& a : l.aliases)
        if (!std::binary_search(node.aliases.begin(), node.aliases.end(), a.text)) {
          g.add_alias(id, a.text);
          forget(node.type, graph::alias_key(a.text));
        }
      const int n = known >= 0 ? known : node_number(id);
      auto& pm = pending_mentions[static_cast<std::size_t>(n)];
      pm.insert(pm.end(), std::make_move_iterator(l.mentions.begin()),
                std::make_move_iterator(l.mentions.end()));
      for (auto& [k, v] : l.attrs)
        if (!node.attributes.count(k)) g.set_attribute(id, k, v);
      // (A std::string key made once: node.attributes has no lookup by view.)
      static const std::string kind_key = "kind";
      if (l.kind && !node.attributes.count(kind_key)) g.set_attribute(id, kind_key, *l.kind);
      for (const auto& a : l.aliases)
        if (!a.reason.empty()) merges[id][std::string(a.reason)].insert(a.text);
      ids[i] = n;
    }
    // The document's sentences stay until finish: edges cite them by index.
    sentences.push_back(std::move(r.sentences));
    auto& cites = edge_cites.emplace_back();
    cites.reserve(r.rels.size());
    for (auto& rel : r.rels) {
      int a = ids[static_cast<std::size_t>(rel.src)];
      int b = ids[static_cast<std::size_t>(rel.dst)];
      if (a < 0 || b < 0 || a == b) continue;
      // A co-mention is one edge either way round: its slot has the lower
      // node number first here, and finish puts the endpoints in id order
      // (once per edge, not a comparison of two ids per relation).
      if (rel.type == RelationType::co_mentioned && b < a) std::swap(a, b);
      cites.push_back({edge_slot(EdgeSlot{a, b, rel.type}), rel.sentence});
    }
    for (auto& d : r.diagnostics) out.diagnostics.push_back(std::move(d));
  }

  ExtractResult finish() {
    flush();
    drain();
    auto& g = out.graph;
    const EvidenceSorter sorter(g.documents());
    // Mentions and evidence are sorted once here (adding them one by one to
    // sorted vectors would be quadratic in the number of mentions of a node).
    for (std::size_t n = 0; n < pending_mentions.size(); ++n) {
      auto& ms = pending_mentions[n];
      sorter.sort(ms);
      ms.erase(std::unique(ms.begin(), ms.end()), ms.end());
      g.at(node_ids[n]).mentions = std::move(ms);
    }
    pending_mentions.clear();
    // Visited in the graph's edge order, (source id, target id, type): each
    // edge then goes in at the end of the edge map (insert_edge takes the end
    // as its hint) instead of being searched for twice. The nodes are ranked
    // by id once, so that the sort compares integers, not id strings.
    std::vector<std::uint32_t> id_rank(node_ids.size());
    {
      std::vector<std::uint32_t> by_id(node_ids.size());
      for (std::uint32_t n = 0; n < by_id.size(); ++n) by_id[n] = n;
      std::sort(by_id.begin(), by_id.end(),
                [&](std::uint32_t x, std::uint32_t y) { return node_ids[x] < node_ids[y]; });
      for (std::uint32_t r = 0; r < by_id.size(); ++r) id_rank[by_id[r]] = r;
    }
    for (EdgeSlot& k : edge_slots)  // (edge_table is not used again)
      if (k.type == RelationType::co_mentioned &&
          id_rank[static_cast<std::size_t>(k.b)] < id_rank[static_cast<std::size_t>(k.a)])
        std::swap(k.a, k.b);
    std::vector<std::uint32_t> order(edge_slots.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) {
      const EdgeSlot& p = edge_slots[x];
      const EdgeSlot& q = edge_slots[y];
      const auto rank = [&](int n) { return id_rank[static_cast<std::size_t>(n)]; };
      return std::tuple(rank(p.a), rank(p.b), p.type) < std::tuple(rank(q.a), rank(q.b), q.type);
    });
    // The edges' evidence, gathered document by document in the order of the
    // documents' ids: an edge's evidence then comes in order, with no sort,
    // when the ids are distinct and each document's sentences are in order
    // (numbers and offsets growing). An edge cited by a document that is not
    // like that is sorted.
    std::vector<std::size_t> doc_rank(sentences.size(), EvidenceSorter::kUnlisted);
    std::vector<std::uint32_t> docs;  // those that cite edges, by rank
    bool ranked = true;
    for (std::uint32_t d = 0; d < sentences.size(); ++d) {
      if (edge_cites[d].empty()) continue;
      doc_rank[d] = sorter.rank(sentences[d].front().document);
      ranked = ranked && doc_rank[d] != EvidenceSorter::kUnlisted;
      docs.push_back(d);
    }
    if (ranked) {
      std::sort(docs.begin(), docs.end(),
                [&](std::uint32_t x, std::uint32_t y) { return doc_rank[x] < doc_rank[y]; });
      for (std::size_t k = 1; k < docs.size(); ++k)
        ranked = ranked && doc_rank[docs[k - 1]] != doc_rank[docs[k]];
    }
    std::vector<std::vector<graph::Evidence>> edge_evidence(edge_slots.size());
    {
      std::vector<std::uint32_t> count(edge_slots.size(), 0);
      for (const auto& cites : edge_cites)
        for (const EdgeCite c : cites) ++count[c.slot];
      for (std::size_t i = 0; i < count.size(); ++i) edge_evidence[i].reserve(count[i]);
    }
    // A sentence that states one relation twice cites it twice in a row: it
    // is taken once. Then evidence gathered in order is also distinct.
    std::vector<std::uint64_t> last_cite(edge_slots.size(), ~std::uint64_t{0});
    std::vector<bool> unsorted(edge_slots.size(), !ranked);
    for (const std::uint32_t d : docs) {
      const std::vector<graph::Evidence>& cited = sentences[d];
      const bool in_order = EvidenceSorter::in_document_order(cited);
      for (const EdgeCite c : edge_cites[d]) {
        const std::uint64_t cite = std::uint64_t{d} << 32 | c.sentence;
        if (last_cite[c.slot] == cite) continue;
        last_cite[c.slot] = cite;
        edge_evidence[c.slot].push_back(cited[c.sentence]);
        if (!in_order) unsorted[c.slot] = true;
      }
    }
    for (const std::uint32_t i : order) {
      const EdgeSlot& key = edge_slots[i];
      std::vector<graph::Evidence>& ev = edge_evidence[i];
      if (unsorted[i]) {
        sorter.sort(ev);
        ev.erase(std::unique(ev.begin(), ev.end()), ev.end());
      }
      graph::Edge e;
      e.source = node_ids[static_cast<std::size_t>(key.a)];
      e.target = node_ids[static_cast<std::size_t>(key.b)];
      e.type = key.type;
      // co_mentioned: one per shared sentence; the others are stated or not.
      e.weight = e.type == RelationType::co_mentioned ? static_cast<double>(ev.size()) : 1.0;
      e.evidence = std::move(ev);
      g.insert_edge(std::move(e));
    }
    edge_slots.clear();
    edge_table.clear();
    edge_cites.clear();
    sentences.clear();
    node_numbers.clear();
    node_ids.clear();
    found_nodes.clear();
    for (auto& [node, reasons] : merges)
      for (auto& [reason, forms] : reasons)
        g.merges().push_back({node, std::vector<std::string>(forms.begin(), forms.end()), reason});
    merges.clear();
    std::sort(g.merges().begin(), g.merges().end());
    g.generator() = "stakegraph";
    return std::exchange(out, ExtractResult());
  }

  const Lexicon& lexicon;
  const Matcher matcher;
  const WordSets words;
  const std::vector<std::string> initials;
  const Context cx;
  unsigned jobs = 1;
  std::vector<SourceDocument> batch;
  std::size_t batch_bytes = 0;
  ExtractResult out;
  std::map<std::string, std::map<std::string, std::set<std::string>>>
      merges;  // node -> reason -> forms
  // fold's answers of find_by_key(key, type), with the node's number: each
  // local entity of each document looks its node up by its key, and most
  // find one seen before. The answer depends only on which nodes of that
  // type have that alias key, so an entry is dropped when a node of its type
  // gains its key (add_node below, add_alias in fold); nodes are not removed
  // while extracting, so the pointers stay valid.
  struct FoundNode {
    graph::Node* node = nullptr;
    int number = -1;
  };
  std::unordered_map<std::pair<NodeType, std::string>, FoundNode, TypeKeyHash, TypeKeyEqual>
      found_nodes;

  // Drops found_nodes's entry for (type, key): a node of that type gained that key.
  void forget(NodeType type, std::string_view key) {
    if (const auto f = found_nodes.find(TypeKey(type, key)); f != found_nodes.end())
      found_nodes.erase(f);
  }

  // g.add_node for local entity `l`, dropping found_nodes's entries for the keys
  // of the new node's aliases, its name and its label. (l.key is the name's
  // key; it is computed again here so that found_nodes does not rely on that.)
  const std::string& add_node(const Local& l) {
    forget(l.type, l.key);
    forget(l.type, graph::alias_key(l.name));
    forget(l.type, graph::alias_key(label_of(l)));
    return out.graph.add_node(l.type, l.name, label_of(l));
  }

  // Nodes are numbered in order of first use so that pending mentions and
  // edges are keyed by integers, not by id strings.
  std::unordered_map<std::string, int> node_numbers;
  std::vector<std::string> node_ids;
  std::vector<std::vector<graph::Evidence>> pending_mentions;  // by node number
  // The edges so far, by (source, target, type) in node numbers. Every
  // relation of every document looks its edge up here, so the slots are kept
  // in a flat vector (edge i is edge_slots[i]) found through an
  // open-addressing table of indices: a node-based hash map cost an
  // allocation per edge and a pointer chase and a division per lookup.
  struct EdgeSlot {
    int a = 0, b = 0;
    RelationType type = RelationType::co_mentioned;
    friend bool operator==(const EdgeSlot&, const EdgeSlot&) = default;
  };
  std::vector<EdgeSlot> edge_slots;
  // The edges' evidence until finish: each document's relations as (edge,
  // sentence) pairs, edge_cites[d] citing sentences[d] (DocResult::sentences
  // of the d-th document folded). A pair is two words; an Evidence is seven
  // and two reference counts, and a list per edge grew by copying.
  struct EdgeCite {
    std::uint32_t slot, sentence;
  };
  std::vector<std::vector<EdgeCite>> edge_cites;
  std::vector<std::vector<graph::Evidence>> sentences;
  // A power of two of entries, at most half full: 1 + an index of
  // edge_slots, or 0 for an empty entry (linear probing).
  std::vector<std::uint32_t> edge_table;
  // The batch being extracted in the background (jobs > 1). Declared last so
  // that it is destroyed, which waits for the extraction, before the members
  // the extraction reads.
  std::future<std::vector<DocResult>> in_flight;

  static std::size_t edge_hash(const EdgeSlot& k) noexcept {
    std::uint64_t h = static_cast<std::uint32_t>(k.a);
    h = h * 0x9E3779B97F4A7C15ull ^ static_cast<std::uint32_t>(k.b);
    h = h * 0x9E3779B97F4A7C15ull ^ static_cast<std::uint32_t>(k.type);
    h *= 0x9E3779B97F4A7C15ull;
    return static_cast<std::size_t>(h ^ (h >> 32));
  }

  // The index of edge `k` in edge_slots, a new one the first time.
  std::uint32_t edge_slot(const EdgeSlot& k) {
    if (2 * (edge_slots.size() + 1) > edge_table.size()) {
      std::vector<std::uint32_t> table(std::max<std::size_t>(64, 2 * edge_table.size()), 0);
      const std::size_t mask = table.size() - 1;
      for (std::uint32_t i = 0; i < edge_slots.size(); ++i) {
        std::size_t at = edge_hash(edge_slots[i]) & mask;
        while (table[at] != 0) at = (at + 1) & mask;
        table[at] = i + 1;
      }
      edge_table = std::move(table);
    }
    const std::size_t mask = edge_table.size() - 1;
    std::size_t at = edge_hash(k) & mask;
    for (; edge_table[at] != 0; at = (at + 1) & mask)
      if (edge_slots[edge_table[at] - 1] == k) return edge_table[at] - 1;
    edge_table[at] = static_cast<std::uint32_t>(edge_slots.size() + 1);
    edge_slots.push_back(k);
    return edge_table[at] - 1;
  }

  int node_number(const std::string& id) {
    // (try_emplace looks the id up before it builds a map node; emplace
    // built one, copying the id, for every entity of every document.)
    const auto [it, fresh] = node_numbers.try_emplace(id, static_cast<int>(node_ids.size()));
    if (fresh) {
      node_ids.push_back(id);
      pending_mentions.emplace_back();
    }
    return it->second;
  }
};

Extractor::Extractor(const Lexicon& lexicon, const ExtractOptions& options)
    : impl_(std::make_unique<Impl>(lexicon, options)) {}

Extractor::~Extractor() = default;

void Extractor::add(SourceDocument document) {
  // A batch holds a few documents per job and at most ~4 MiB of text per job.
  impl_->batch_bytes += document.text.size();
  impl_->batch.push_back(std::move(document));
  if (impl_->batch.size() >= 8u * impl_->jobs || impl_->batch_bytes >= (4u << 20) * impl_->jobs)
    impl_->flush();
}

ExtractResult Extractor::finish() {
  return impl_->finish();
}

ExtractResult extract(const std::vector<SourceDocument>& documents, const Lexicon& lexicon,
                      const ExtractOptions& options) {
  Extractor ex(lexicon, options);
  for (const auto& d : documents) ex.add(d);
  return ex.finish();
}

}  // namespace stakegraph::data
