// Strict UTF-8 (RFC 3629, Unicode §3.9 Table 3-7) and the folding used for
// slugs and alias keys. Table-free validation: each lead byte fixes the length
// and the allowed range of the second byte, which rejects overlongs,
// surrogates and code points above U+10FFFF in one pass.
#include "stakegraph/graph/text.hpp"

#include <array>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace stakegraph::graph {

namespace {

// Length of the well-formed sequence starting at text[i], or 0 if ill-formed.
// `valid_prefix` receives the length of the maximal ill-formed subpart (>= 1)
// when the sequence is ill-formed.
std::size_t sequence_length(std::string_view text, std::size_t i, std::size_t& subpart) noexcept {
  const auto b0 = static_cast<unsigned char>(text[i]);
  subpart = 1;
  if (b0 < 0x80) return 1;
  std::size_t len = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  for (std::size_t k = 1; k < len; ++k) {
    if (i + k >= text.size()) return 0;
    const auto b = static_cast<unsigned char>(text[i + k]);
    const unsigned char l = (k == 1) ? lo : 0x80;
    const unsigned char h = (k == 1) ? hi : 0xBF;
    if (b < l || b > h) return 0;
    subpart = k + 1;
  }
  return len;
}

// Lower-case ASCII foldings of U+00C0..U+017F.
constexpr std::array<const char*, 64> kLatin1 = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  " ", "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  " ", "o", "u", "u", "u", "u", "y", "th", "y"};
constexpr std::array<const char*, 128> kLatinExtA = {
    "a", "a", "a",  "a",  "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
    "d", "d", "e",  "e",  "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
    "g", "g", "g",  "g",  "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
    "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
    "l", "l", "l",  "n",  "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
    "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
    "s", "s", "t",  "t",  "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
    "u", "u", "u",  "u",  "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s"};

// The folding of one code point, or nullptr when it has none.
const char* fold(char32_t cp) noexcept {
  if (cp >= 0xC0 && cp <= 0xFF) return kLatin1[cp - 0xC0];
  if (cp >= 0x100 && cp <= 0x17F) return kLatinExtA[cp - 0x100];
  switch (cp) {
    case 0x00A0:
    case 0x2002:
    case 0x2003:
    case 0x2009:
    case 0x202F: return " ";
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x02BC:
    case 0x2032: return "'";
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x00AB:
    case 0x00BB: return "\"";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212: return "-";
    case 0x2026: return "...";
    case 0x2122:
    case 0x00AE:
    case 0x00A9: return "";
    case 0x0218: return "s";
    case 0x0219: return "s";
    case 0x021A: return "t";
    case 0x021B: return "t";
    case 0x0192: return "f";
    default: return nullptr;
  }
}

bool is_ascii_alnum(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

char ascii_lower(char c) noexcept {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

}  // namespace

std::optional<std::size_t> first_invalid_utf8(std::string_view text) noexcept {
  const auto* u = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    // Over ASCII 32 bytes at a time where SSE2 is available (all of
    // x86-64), straight to the first byte above 0x7F; else eight at a time.
    // Text with some non-ASCII letters, quotes or dashes in every sentence
    // (most documents) comes back here after each sequence.
#if defined(__SSE2__)
    while (i + 32 <= n) {
      const auto* p = reinterpret_cast<const __m128i*>(u + i);
      const unsigned lo = static_cast<unsigned>(_mm_movemask_epi8(_mm_loadu_si128(p)));
      const unsigned hi = static_cast<unsigned>(_mm_movemask_epi8(_mm_loadu_si128(p + 1)));
      if ((lo | hi) != 0) {
        i += static_cast<std::size_t>(__builtin_ctz(lo | (hi << 16)));
        break;
      }
      i += 32;
    }
#endif
    while (i + 8 <= n) {
      std::uint64_t w;
      std::memcpy(&w, u + i, 8);
      if ((w & 0x8080808080808080ULL) != 0) break;
      i += 8;
    }
    while (i < n && u[i] < 0x80) ++i;
    if (i == n) break;
    // The usual sequences inline: two bytes (U+0080..U+07FF) and three
    // bytes outside the overlong (E0) and surrogate (ED) lead bytes; the
    // rest by the table of RFC 3629 (sequence_length).
    const unsigned char b0 = u[i];
    if (b0 >= 0xC2 && b0 <= 0xDF && i + 1 < n && (u[i + 1] & 0xC0) == 0x80) {
      i += 2;
      continue;
    }
    if (b0 >= 0xE1 && b0 <= 0xEF && b0 != 0xED && i + 2 < n && (u[i + 1] & 0xC0) == 0x80 &&
        (u[i + 2] & 0xC0) == 0x80) {
      i += 3;
      continue;
    }
    std::size_t subpart = 0;
    const std::size_t len = sequence_length(text, i, subpart);
    if (len == 0) return i;
    i += len;
  }
  return std::nullopt;
}

std::string repair_utf8(std::string_view text, std::size_t* replaced) {
  std::string out;
  out.reserve(text.size());
  std::size_t count = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t subpart = 0;
    const std::size_t len = sequence_length(text, i, subpart);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++count;
      i += subpart;
    } else {
      out.append(text.substr(i, len));
      i += len;
    }
  }
  if (replaced) *replaced = count;
  return out;
}

char32_t decode_utf8(std::string_view text, std::size_t& pos) noexcept {
  std::size_t subpart = 0;
  const std::size_t len = sequence_length(text, pos, subpart);
  if (len == 0) {
    pos += subpart;
    return 0xFFFD;
  }
  const auto b0 = static_cast<unsigned char>(text[pos]);
  char32_t cp = 0;
  switch (len) {
    case 1: cp = b0; break;
    case 2: cp = b0 & 0x1Fu; break;
    case 3: cp = b0 & 0x0Fu; break;
    default: cp = b0 & 0x07u; break;
  }
  for (std::size_t k = 1; k < len; ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(text[pos + k]) & 0x3Fu);
  pos += len;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string fold_ascii_lower(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (static_cast<unsigned char>(c) < 0x80) {
      out += ascii_lower(c);
      ++i;
      continue;
    }
    const std::size_t start = i;
    const char32_t cp = decode_utf8(text, i);
    if (const char* f = fold(cp)) {
      out += f;
    } else {
      out.append(text.substr(start, i - start));
    }
  }
  return out;
}

std::string slugify(std::string_view name) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  bool pending_dash = false;
  auto emit = [&](std::string_view piece) {
    if (pending_dash && !out.empty()) out += '-';
    pending_dash = false;
    out.append(piece);
  };
  std::size_t i = 0;
  while (i < name.size()) {
    const char32_t cp = decode_utf8(name, i);
    if (cp < 0x80) {
      const char c = static_cast<char>(cp);
      if (is_ascii_alnum(c)) {
        const char lc = ascii_lower(c);
        emit(std::string_view(&lc, 1));
      } else if (c != '\'' && c != '.') {
        // Apostrophes and dots join ("children's" -> "childrens", "U.S." -> "us").
        pending_dash = true;
      }
      continue;
    }
    const char* f = fold(cp);
    if (f && *f && is_ascii_alnum(*f)) {
      emit(f);
    } else if (f) {
      if (*f != '\'') pending_dash = true;
    } else {
      std::string code = "u";
      const int digits = cp > 0xFFFF ? 6 : 4;
      for (int k = digits - 1; k >= 0; --k) code += kHex[(cp >> (4 * k)) & 0xF];
      pending_dash = true;
      emit(code);
      pending_dash = true;
    }
  }
  return out.empty() ? std::string("x") : out;
}

namespace {

// What alias_key_folded makes of each byte: 0 separates words, 1 is dropped
// (the joining ' and .), anything else is the byte written (ASCII letters
// lower-cased; digits and bytes of non-ASCII characters as they are). Keys
// are built for every entity name, alias and lookup: one table load per byte
// replaced the letter, digit and punctuation range tests.
struct KeyBytes {
  std::array<char, 256> out{};
  constexpr KeyBytes() {
    for (int c = 0; c < 256; ++c) {
      char v = 0;
      if (c >= 'A' && c <= 'Z') {
        v = static_cast<char>(c - 'A' + 'a');
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
        v = static_cast<char>(c);
      } else if (c == '\'' || c == '.') {
        v = 1;  // joined: "U.S." == "US", "children's" == "childrens"
      }
      out[static_cast<std::size_t>(c)] = v;
    }
  }
};
constexpr KeyBytes kKeyBytes{};

// The key of already folded (or pure ASCII) text: lower-cases ASCII letters
// and joins runs of letters, digits and non-ASCII bytes with single spaces.
// One pass, one allocation.
std::string alias_key_folded(std::string_view folded) {
  std::string out(folded.size(), '\0');
  char* o = out.data();
  std::size_t n = 0;
  bool space = false;
  for (const char c : folded) {
    const char v = kKeyBytes.out[static_cast<unsigned char>(c)];
    if (v == 0) {
      space = true;
    } else if (v != 1) {
      if (space && n != 0) o[n++] = ' ';
      space = false;
      o[n++] = v;
    }
  }
  out.resize(n);
  return out;
}

}  // namespace

std::string alias_key(std::string_view surface) {
  // Pure ASCII (the usual case): folding is lower-casing, done in the same
  // pass. Tested eight bytes at a time: names and evidence can be long.
  std::size_t i = 0;
  std::uint64_t high = 0;
  for (; i + 8 <= surface.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, surface.data() + i, 8);
    high |= w;
  }
  for (; i < surface.size(); ++i) high |= static_cast<unsigned char>(surface[i]);
  if ((high & 0x8080808080808080ULL) == 0) return alias_key_folded(surface);
  // Folded text keeps its non-ASCII bytes and has no upper-case ASCII left,
  // so the same pass makes its key.
  return alias_key_folded(fold_ascii_lower(surface));
}

std::string truncate_utf8(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  std::string out(text.substr(0, cut));
  out += "\xE2\x80\xA6";
  return out;
}

}  // namespace stakegraph::graph
