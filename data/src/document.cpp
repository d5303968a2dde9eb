// Reading and segmenting documents (document.hpp). Validation rejects what is
// not UTF-8 text before any scanning, with the byte offset and line:col of the
// problem. Segmentation is a hand-written line scanner (no regular-expression library, see
// RELIABILITY-NOTES): lines are classified as blank, numbered-paragraph start,
// heading or text, then grouped into paragraphs following the numbering
// conventions in the header. Offsets always refer to the bytes of the file.
#include "stakegraph/data/document.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <filesystem>
#include <optional>
#include <set>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "stakegraph/data/error.hpp"
#include "stakegraph/data/files.hpp"
#include "stakegraph/graph/text.hpp"

namespace stakegraph::data {

namespace {

struct Magic {
  std::string_view bytes;
  std::string_view what;
};

// File signatures of formats people feed to text tools by mistake.
constexpr std::array<Magic, 9> kMagics = {{
    {"%PDF", "a PDF file"},
    {"PK\x03\x04", "a ZIP archive (e.g. .docx, .xlsx, .odt)"},
    {"\x89PNG", "a PNG image"},
    {"GIF87a", "a GIF image"},
    {"GIF89a", "a GIF image"},
    {"\xFF\xD8\xFF", "a JPEG image"},
    {"\x7F"
     "ELF",
     "an ELF executable"},
    {"\x1F\x8B", "a gzip-compressed file"},
    {"\xD0\xCF\x11\xE0", "a Microsoft Office (OLE) document"},
}};

bool starts_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(0, p.size()) == p;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r' || c == '\n';
}

// Non-breaking space (U+00A0, C2 A0) counts as white space for layout.
bool is_blank(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (is_space(s[i])) continue;
    if (static_cast<unsigned char>(s[i]) == 0xC2 && i + 1 < s.size() &&
        static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      ++i;
      continue;
    }
    return false;
  }
  return true;
}

[[noreturn]] void reject(const std::string& path, std::string_view text, std::size_t offset,
                         const std::string& what) {
  throw ParseError(what, location_of(path, text, offset));
}

struct Line {
  std::size_t start = 0;  // first byte
  std::size_t end = 0;    // one past the last byte before the line break
};

std::size_t skip_ws(std::string_view t, std::size_t i, std::size_t end) {
  while (i < end && (t[i] == ' ' || t[i] == '\t')) ++i;
  return i;
}

std::size_t trim_end(std::string_view t, std::size_t start, std::size_t end) {
  while (end > start && is_space(t[end - 1])) --end;
  return end;
}

// "12. Text" or "12." at `i`: the number and the offset after the dot.
std::optional<std::pair<std::int64_t, std::size_t>> number_at(std::string_view t, std::size_t i,
                                                              std::size_t end) {
  std::size_t j = i;
  std::int64_t n = 0;
  while (j < end && j - i < 5 && t[j] >= '0' && t[j] <= '9') n = n * 10 + (t[j++] - '0');
  if (j == i || j - i > 4 || j >= end || t[j] != '.') return std::nullopt;
  if (j + 1 < end && t[j + 1] != ' ' && t[j + 1] != '\t') return std::nullopt;
  return std::make_pair(n, j + 1);
}

// "I. ", "II. ", "IV. " ... at `i`.
bool roman_heading_at(std::string_view t, std::size_t i, std::size_t end) {
  std::size_t j = i;
  while (j < end && std::strchr("IVXL", t[j]) != nullptr && t[j] != '\0') ++j;
  return j > i && j - i <= 5 && j + 1 < end && t[j] == '.' && t[j + 1] == ' ';
}

// Where the last word of [start, end) starts.
std::size_t last_word_start(std::string_view t, std::size_t start, std::size_t end) {
  std::size_t w = end;
  while (w > start && !is_space(t[w - 1])) --w;
  return w;
}

// Whether [start, end) (trimmed) ends in a word that needs another after it
// ("of", "and", "the", ...): a sentence wrapped by hand, not a title.
bool ends_in_word_that_goes_on(std::string_view t, std::size_t start, std::size_t end) {
  const std::size_t w = last_word_start(t, start, end);
  static constexpr std::array<std::string_view, 14> kGoesOn = {
      "of", "and", "the", "for", "to", "in", "on", "with", "a", "an", "by", "at", "from", "or"};
  return std::find(kGoesOn.begin(), kGoesOn.end(), t.substr(w, end - w)) != kGoesOn.end();
}

// A short title-like line: no final sentence punctuation, has a letter, and
// does not end in a word that needs one after it ("of", "and", "the": a
// sentence wrapped by hand).
bool title_like(std::string_view t, std::size_t start, std::size_t end) {
  end = trim_end(t, start, end);
  start = skip_ws(t, start, end);
  if (end <= start || end - start > 100) return false;
  const char last = t[end - 1];
  if (last == '.' || last == ';' || last == ',') return false;
  if (ends_in_word_that_goes_on(t, start, end)) return false;
  return std::any_of(t.begin() + static_cast<std::ptrdiff_t>(start),
                     t.begin() + static_cast<std::ptrdiff_t>(end),
                     [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); });
}

// Length of the personal honorific that opens t at v ("Mr. ", "H.E. "), or 0.
std::size_t honorific_at(std::string_view t, std::size_t v, std::size_t end) {
  static constexpr std::array<std::string_view, 21> kHonorifics = {"Mr. ",
                                                                   "Ms. ",
                                                                   "Mrs. ",
                                                                   "Dr. ",
                                                                   "Mr ",
                                                                   "Ms ",
                                                                   "Mrs ",
                                                                   "Dr ",
                                                                   "Prof. ",
                                                                   "H.E. ",
                                                                   "H.E ",
                                                                   "Fr. ",
                                                                   "Amb. ",
                                                                   "Hon. ",
                                                                   "Rev. ",
                                                                   "Sir ",
                                                                   "Dame ",
                                                                   "Mme ",
                                                                   "Mme. ",
                                                                   "His Excellency ",
                                                                   "Her Excellency "};
  for (const auto h : kHonorifics)
    if (t.compare(v, h.size(), h) == 0 && v + h.size() < end) return h.size();
  return 0;
}

// A "Role: Mr. Name" line ("Rapporteur: Mr. F. Andrade (Secretariat)",
// "Moderator: Ms. Y, Director, Z"): a short label before a colon, then a
// personal honorific. Title-like as it is (no final full stop), it is a
// credit line naming a person, not a section heading: headings title a topic,
// and none starts its text after the colon with "Mr." or "Dr.".
bool labelled_person_line(std::string_view t, std::size_t start, std::size_t end) {
  end = trim_end(t, start, end);
  start = skip_ws(t, start, end);
  const std::size_t colon = t.substr(start, end - start).find(':');
  if (colon == std::string_view::npos) return false;
  const std::string_view label = t.substr(start, colon);
  // The label: one to four words ("Rapporteur", "Co-moderators", "Chair of the session").
  if (label.empty() || std::count(label.begin(), label.end(), ' ') > 3) return false;
  const unsigned char first = static_cast<unsigned char>(label[0]);
  if (!(first >= 'A' && first <= 'Z') && first < 0x80) return false;
  return honorific_at(t, skip_ws(t, start + colon + 1, end), end) != 0;
}

// A bullet (U+2022, three bytes) at i.
bool bullet_at(std::string_view t, std::size_t i) {
  return t.compare(i, 3, "\u2022") == 0;
}

// A line of a list of persons: it opens with an honorific, after a bullet
// (U+2022) or a label ("Chair: H.E. Mr. X, ..."). Such lines often run past
// title length ("H.E. Mr. X, Permanent Representative of the Republic of the
// Philippines to the United Nations").
bool person_line(std::string_view t, std::size_t start, std::size_t end) {
  std::size_t v = skip_ws(t, start, end);
  if (bullet_at(t, v)) v = skip_ws(t, v + 3, end);
  return honorific_at(t, v, end) != 0 || labelled_person_line(t, v, end);
}

// Whether the line [start, end) ends as an item of a list, not in the middle
// of a wrapped sentence: not in a comma, a semicolon or a lower-case word.
bool ends_as_item(std::string_view t, std::size_t start, std::size_t end) {
  end = trim_end(t, start, end);
  if (end <= start) return false;
  const char c = t[end - 1];
  if (c == ',' || c == ';') return false;
  const std::size_t w = last_word_start(t, start, end);
  return !(t[w] >= 'a' && t[w] <= 'z');
}

// Whether the line [start, end), of any length, ends as a title or a list
// item does: in a word, and not in a comma, a semicolon, a lower-case word or
// a word that needs another after it.
bool ends_as_title(std::string_view t, std::size_t start, std::size_t end) {
  end = trim_end(t, start, end);
  if (end <= start || !ends_as_item(t, start, end)) return false;
  const char last = t[end - 1];
  if (last == '.' || last == ':') return false;  // sentence ends split anyway; intros join
  return !ends_in_word_that_goes_on(t, start, end);
}

// A line that opens with a clock time ("10:40 – 11:20 Interactive
// dialogue"): an item of a meeting's programme, not a section heading.
bool timed_line(std::string_view t, std::size_t start, std::size_t end) {
  std::size_t i = skip_ws(t, start, end), digits = 0;
  for (; i < end && t[i] >= '0' && t[i] <= '9' && digits < 3; ++i) ++digits;
  return digits >= 1 && digits <= 2 && i + 2 < end && t[i] == ':' && t[i + 1] >= '0' &&
         t[i + 1] <= '9' && t[i + 2] >= '0' && t[i + 2] <= '9';
}

// A line break between two lines of a list of persons ends a sentence: the
// credit of one person does not run on into the next. The next line is
// another person, a bullet, a heading ("Panellists:") or a programme time; either line
// ending in a comma or a lower-case word goes on, as prose wrapped by hand
// does ("H.E. Mr. X, Minister of\nForeign Affairs").
bool person_list_break(std::string_view t, std::size_t line, std::size_t nl, std::size_t end) {
  if (!person_line(t, line, nl) || !ends_as_item(t, line, nl)) return false;
  std::size_t next = nl + 1;
  while (next < end && (t[next] == '\r' || t[next] == '\n')) ++next;
  std::size_t next_end = next;
  while (next_end < end && t[next_end] != '\n' && t[next_end] != '\r') ++next_end;
  if (next >= end) return false;
  if (person_line(t, next, next_end) || timed_line(t, next, next_end) || bullet_at(t, next))
    return true;
  return title_like(t, next, next_end) && t[next] >= 'A' && t[next] <= 'Z' &&
         ends_as_item(t, next, next_end);
}

// A section heading: a title-like line that is not a "Role: Mr. Name" line
// or a programme's timed item.
bool heading_like(std::string_view t, std::size_t start, std::size_t end) {
  return title_like(t, start, end) && !labelled_person_line(t, start, end) &&
         !timed_line(t, start, end);
}

// Offset of an inline start of paragraph `next` ("... end. 12. Next") in
// [from, end), or npos. Requires sentence-final punctuation (or a heading
// text) before it and a capital letter or quote after it.
std::size_t inline_number(std::string_view t, std::size_t from, std::size_t end, std::int64_t next,
                          bool after_heading) {
  const std::string digits = std::to_string(next);
  if (from + 1 + digits.size() + 2 >= end) return std::string_view::npos;
  const std::size_t last = end - digits.size() - 2;  // i < last
  // Only an occurrence of the number's first digit can start it: memchr
  // skips from one to the next instead of testing every byte of the line.
  for (std::size_t i = from + 1; i < last; ++i) {
    const void* d = std::memchr(t.data() + i, digits[0], last - i);
    if (d == nullptr) break;
    i = static_cast<std::size_t>(static_cast<const char*>(d) - t.data());
    if (t[i - 1] != ' ' && t[i - 1] != '\t') continue;
    if (t.compare(i, digits.size(), digits) != 0) continue;
    const std::size_t dot = i + digits.size();
    if (t[dot] != '.' || (t[dot + 1] != ' ' && t[dot + 1] != '\t')) continue;
    if (i >= 2 && t[i - 2] >= '0' && t[i - 2] <= '9') continue;
    std::size_t k = i - 1;
    while (k > from && (t[k] == ' ' || t[k] == '\t')) --k;
    const char before = t[k];
    const bool sentence_end = before == '.' || before == '!' || before == '?' || before == ':';
    if (!sentence_end && !after_heading) continue;
    const std::size_t after = skip_ws(t, dot + 1, end);
    if (after >= end) continue;
    const unsigned char c = static_cast<unsigned char>(t[after]);
    if ((c >= 'A' && c <= 'Z') || c >= 0x80 || c == '"' || c == '\'') return i;
  }
  return std::string_view::npos;
}

// `s` with runs of white space written as one space and none at either end.
// With `limit`, stops once the result is longer than `limit` bytes: its
// first limit + 1 bytes are those of the whole result (each byte written
// depends only on the input before it).
std::string collapse(std::string_view s, std::size_t limit = std::string::npos) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (is_space(c)) {
      space = !out.empty();
      continue;
    }
    if (out.size() > limit) break;
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// Paragraph text: the file bytes with CR LF and lone CR written as LF.
std::string paragraph_text(std::string_view t, std::size_t start, std::size_t end) {
  // Without a CR (nearly always) the text is the bytes as they are.
  if (std::memchr(t.data() + start, '\r', end - start) == nullptr)
    return std::string(t.substr(start, end - start));
  std::string out;
  out.reserve(end - start);
  for (std::size_t i = start; i < end; ++i) {
    if (t[i] == '\r') {
      out += '\n';
      if (i + 1 < end && t[i + 1] == '\n') ++i;
    } else {
      out += t[i];
    }
  }
  return out;
}

const std::set<std::string, std::less<>>& abbreviations() {
  static const std::set<std::string, std::less<>> k = {
      "Mr",  "Ms",     "Mrs",  "Dr",   "Prof", "Jr",     "Sr",    "St",   "Gen", "Rev",  "Hon",
      "No",  "Nos",    "no",   "Art",  "art",  "para",   "paras", "vol",  "Vol", "p",    "pp",
      "Inc", "Ltd",    "Co",   "Corp", "etc",  "vs",     "cf",    "Add",  "Rev", "Corr", "Amb",
      "Sen", "Rep",    "Lt",   "Col",  "Capt", "Maj",    "Cmdr",  "Adm",  "Sgt", "Fr",   "Msgr",
      "Mgr", "Messrs", "Mmes", "Mme",  "Ph",   "approx", "ca",    "Dept", "Gov", "Govt", "Fig",
      "fig", "Ch",     "ch",   "Sec",  "sec",  "Jan",    "Feb",   "Mar",  "Apr", "Jun",  "Jul",
      "Aug", "Sep",    "Sept", "Oct",  "Nov",  "Dec",    "Mt",    "Ft",   "Rt",  "Det",  "Br",
      "Ven", "Op",     "op",   "ibid", "Ibid", "al",     "viz",   "Supp"};
  return k;
}

bool is_upper_start(std::string_view t, std::size_t i) {
  const unsigned char c = static_cast<unsigned char>(t[i]);
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80 || c == '"' || c == '\'' ||
         c == '(' || c == '[';
}

// The width at which the document's lines were wrapped by hand (by an
// editor, `fold` or a PDF's text layer), or 0 when they were not: most lines
// that another line follows in the same block end close to the longest of
// them, at most 200 bytes.
std::size_t wrap_width(std::string_view t, const std::vector<Line>& lines) {
  // Inner lines: those another non-blank line follows.
  std::vector<std::size_t> inner;
  for (std::size_t k = 0; k + 1 < lines.size(); ++k) {
    const Line& l = lines[k];
    const Line& n = lines[k + 1];
    if (is_blank(t.substr(l.start, l.end - l.start)) ||
        is_blank(t.substr(n.start, n.end - n.start)))
      continue;
    inner.push_back(trim_end(t, l.start, l.end) - l.start);
  }
  if (inner.size() < 4) return 0;
  const std::size_t width = *std::max_element(inner.begin(), inner.end());
  if (width < 40 || width > 200) return 0;
  // Wrapped lines end within a long word of the width; lists and title
  // blocks end anywhere.
  const auto near = static_cast<std::size_t>(std::count_if(
      inner.begin(), inner.end(), [&](std::size_t n) { return n + width / 4 >= width; }));
  return 2 * near >= inner.size() ? width : 0;
}

// The start of the line after the line break (LF, CR LF or a lone CR) at nl;
// nl itself at the end of the text.
std::size_t line_after(std::string_view t, std::size_t nl, std::size_t end) {
  if (nl >= end) return nl;
  return t[nl] == '\r' && nl + 1 < end && t[nl + 1] == '\n' ? nl + 2 : nl + 1;
}

// Where the text of the line after the line break at nl starts (past its
// spaces and tabs).
std::size_t next_line_text(std::string_view t, std::size_t nl, std::size_t end) {
  std::size_t w = line_after(t, nl, end);
  while (w < end && (t[w] == ' ' || t[w] == '\t')) ++w;
  return w;
}

// In text wrapped at `wrap` bytes: whether the line [line, nl) ends only
// because the next line's first word did not fit (its length, a space and
// that word pass the width, less some slack for a proportional font's text
// layer), so that the line goes on in the next one.
bool wraps_on(std::string_view t, std::size_t line, std::size_t nl, std::size_t end,
              std::size_t wrap) {
  if (wrap == 0) return false;
  std::size_t w = next_line_text(t, nl, end);
  const std::size_t word = w;
  while (w < end && !is_space(t[w])) ++w;
  if (w == word) return false;  // a blank line or the end
  return (trim_end(t, line, nl) - line) + 1 + (w - word) + wrap / 4 > wrap;
}

// A resolution's preambular paragraphs a line each (as a PDF's text layer
// gives them): a line that ends in a comma or a semicolon, then a line that
// opens with a capitalised participle and a lower-case word ("Recalling
// the", "Welcoming also", "Bearing in mind") or one of the adjectives that
// open such paragraphs ("Mindful of", "Deeply concerned"), starts a new
// sentence: each paragraph is its own.
bool preamble_break(std::string_view t, std::size_t line, std::size_t nl, std::size_t end) {
  const std::size_t e = trim_end(t, line, nl);
  if (e == line || (t[e - 1] != ',' && t[e - 1] != ';')) return false;
  const std::size_t w = next_line_text(t, nl, end);
  if (w >= end || t[w] < 'A' || t[w] > 'Z') return false;
  std::size_t we = w + 1;
  while (we < end && t[we] >= 'a' && t[we] <= 'z') ++we;
  if (we + 1 >= end || t[we] != ' ' || t[we + 1] < 'a' || t[we + 1] > 'z') return false;
  const std::string_view word = t.substr(w, we - w);
  static constexpr std::array<std::string_view, 12> openers = {
      "Mindful", "Convinced", "Aware",     "Concerned", "Deeply",     "Gravely",
      "Alarmed", "Guided",    "Conscious", "Cognizant", "Determined", "Having"};
  return (word.size() > 5 && word.ends_with("ing")) ||
         std::find(openers.begin(), openers.end(), word) != openers.end();
}

// The bytes split_sentences stops at: line ends and sentence punctuation.
struct LineOrStopBytes {
  std::array<bool, 256> is{};
  constexpr LineOrStopBytes() {
    for (const char c : {'\n', '\r', '.', '!', '?'}) is[static_cast<unsigned char>(c)] = true;
  }
};
constexpr LineOrStopBytes kLineOrStop{};

// The first byte in [i, end) that ends a line or a sentence, or end. Such
// bytes are a few in a hundred: SSE2 tests sixteen bytes at a time.
std::size_t next_line_or_stop(std::string_view t, std::size_t i, std::size_t end) {
#if defined(__SSE2__)
  const __m128i lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r'), dot = _mm_set1_epi8('.'),
                bang = _mm_set1_epi8('!'), query = _mm_set1_epi8('?');
  for (; i + 16 <= end; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + i));
    const __m128i hit =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr)),
                     _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, bang)),
                                  _mm_cmpeq_epi8(v, query)));
    const auto bits = static_cast<unsigned>(_mm_movemask_epi8(hit));
    if (bits != 0) return i + static_cast<std::size_t>(std::countr_zero(bits));
  }
#endif
  while (i < end && !kLineOrStop.is[static_cast<unsigned char>(t[i])]) ++i;
  return i;
}

}  // namespace

std::vector<Span> split_sentences(std::string_view t, std::size_t start, std::size_t end,
                                  std::size_t wrap_width) {
  std::vector<Span> out;
  std::size_t s = start;
  auto push = [&](std::size_t a, std::size_t b) {
    while (a < b && is_space(t[a])) ++a;
    b = trim_end(t, a, b);
    if (b > a) out.push_back({a, b});
  };
  // Whether the line after the line break at i opens in lower case.
  auto lower_next = [&](std::size_t i) {
    const std::size_t n = line_after(t, i, end);
    return n < end && t[n] >= 'a' && t[n] <= 'z';
  };
  std::size_t line = start;
  for (std::size_t i = start; i < end; ++i) {
    i = next_line_or_stop(t, i, end);
    if (i == end) break;
    const char c = t[i];
    if (c == '\n' || c == '\r') {
      // A short title-like line (a heading or title-block line) is a
      // sentence, unless it ends only because the text was wrapped, and so
      // is each line of a list of persons. A title wrapped by hand goes on
      // in a line that opens in lower case ("... the Global Plan of
      // Action\nto Combat Trafficking in Persons").
      // In text not wrapped by hand, any line that ends as a list item or a
      // title does (not in a comma or a word that needs one after it) ends
      // there, however long ("Remarks by ... at the opening of the UNICEF
      // Executive Board\nI would like to ...").
      if (i > line &&
          ((title_like(t, line, i) && !wraps_on(t, line, i, end, wrap_width)) ||
           (wrap_width == 0 && ends_as_title(t, line, i)) || person_list_break(t, line, i, end) ||
           (preamble_break(t, line, i, end) && !wraps_on(t, line, i, end, wrap_width))) &&
          !lower_next(i)) {
        push(s, i);
        s = i + 1;
      }
      line = i + 1;
      continue;
    }
    if (c != '.' && c != '!' && c != '?') continue;
    std::size_t j = i + 1;
    // closing quotes and brackets: " ' ) ] ” ’ »
    while (j < end) {
      if (t[j] == '"' || t[j] == '\'' || t[j] == ')' || t[j] == ']') {
        ++j;
      } else if (j + 2 < end && static_cast<unsigned char>(t[j]) == 0xE2 &&
                 static_cast<unsigned char>(t[j + 1]) == 0x80 &&
                 (static_cast<unsigned char>(t[j + 2]) == 0x9D ||
                  static_cast<unsigned char>(t[j + 2]) == 0x99)) {
        j += 3;
      } else {
        break;
      }
    }
    if (j < end && !is_space(t[j])) continue;
    std::size_t k = j;
    while (k < end && is_space(t[k])) ++k;
    if (k >= end) break;
    if (!is_upper_start(t, k)) continue;
    if (c == '.') {
      std::size_t w = i;
      while (w > start && !is_space(t[w - 1]) && t[w - 1] != '(' && t[w - 1] != '[') --w;
      const std::string_view word = t.substr(w, i - w);
      if (word.empty()) continue;
      if (abbreviations().count(word) != 0) continue;
      // A single initial ("J."), dotted abbreviations ("U.S", "e.g", "H.E").
      if (word.size() == 1 && std::isalpha(static_cast<unsigned char>(word[0]))) continue;
      if (word.find('.') != std::string_view::npos) continue;
      if (word.find('/') != std::string_view::npos) continue;  // E/2002/68/Add
    }
    push(s, j);
    s = k;
    i = k - 1;
  }
  push(s, end);
  return out;
}

std::string collapse_whitespace(std::string_view s) {
  return collapse(s);
}

SourceDocument parse_document(std::string bytes, const std::string& path, const std::string& id,
                              const ReadOptions& options) {
  SourceDocument src;
  if (bytes.size() > options.max_input_bytes)
    throw ParseError("input is " + std::to_string(bytes.size()) + " bytes, over the limit of " +
                         std::to_string(options.max_input_bytes) +
                         " (max_input_bytes; raise it with --max-input-bytes)",
                     Location{path, 0, 0});
  const std::string_view raw = bytes;
  if (raw.empty()) throw ParseError("no text: the file is empty", Location{path, 0, 0});
  if (starts_with(raw, std::string_view("\xFF\xFE\x00\x00", 4)) ||
      starts_with(raw, std::string_view("\x00\x00\xFE\xFF", 4)))
    throw ParseError("starts with a UTF-32 byte-order mark; convert the file to UTF-8",
                     Location{path, 1, 1});
  if (starts_with(raw, "\xFF\xFE") || starts_with(raw, "\xFE\xFF"))
    throw ParseError("starts with a UTF-16 byte-order mark; convert the file to UTF-8",
                     Location{path, 1, 1});
  for (const auto& m : kMagics)
    if (starts_with(raw, m.bytes))
      throw ParseError(std::string("not a text file: looks like ") + std::string(m.what),
                       Location{path, 1, 1});
  if (const void* nul = std::memchr(raw.data(), 0, raw.size())) {
    const auto off = static_cast<std::size_t>(static_cast<const char*>(nul) - raw.data());
    reject(path, raw, off,
           "NUL byte at byte offset " + std::to_string(off) + " (binary data, not text)");
  }
  src.doc.sha256 = sha256_hex(raw);  // of the file as given
  if (const auto bad = graph::first_invalid_utf8(raw)) {
    if (!options.lenient)
      reject(path, raw, *bad,
             "invalid UTF-8 at byte offset " + std::to_string(*bad) +
                 " (use --lenient to replace invalid sequences with U+FFFD)");
    std::size_t replaced = 0;
    bytes = graph::repair_utf8(raw, &replaced);
    src.diagnostics.push_back(path + ": replaced " + std::to_string(replaced) +
                              " invalid UTF-8 sequence(s) with U+FFFD (--lenient); offsets refer "
                              "to the repaired text");
  }
  src.text = std::move(bytes);
  const std::string_view t = src.text;
  const std::size_t begin = starts_with(t, "\xEF\xBB\xBF") ? 3 : 0;
  if (is_blank(t.substr(begin)))
    throw ParseError("no text: the file holds only white space", Location{path, 0, 0});

  // Lines.
  std::vector<Line> lines;
  // Most files have no CR at all: then a line ends at the next LF, which
  // memchr finds many bytes at a time.
  const bool has_cr = std::memchr(t.data(), '\r', t.size()) != nullptr;
  for (std::size_t i = begin; i < t.size();) {
    std::size_t e = i;
    if (has_cr) {
      while (e < t.size() && t[e] != '\n' && t[e] != '\r') ++e;
    } else {
      const void* lf = std::memchr(t.data() + i, '\n', t.size() - i);
      e = lf ? static_cast<std::size_t>(static_cast<const char*>(lf) - t.data()) : t.size();
    }
    if (e - i > options.max_line_bytes)
      reject(path, t, i,
             "line is longer than " + std::to_string(options.max_line_bytes) +
                 " bytes (max_line_bytes; raise it with --max-line-bytes)");
    lines.push_back({i, e});
    if (e < t.size() && t[e] == '\r' && e + 1 < t.size() && t[e + 1] == '\n') ++e;
    i = e + 1;
  }

  const std::size_t wrap = wrap_width(t, lines);

  // Is the document numbered? Two line-initial numbers in sequence.
  bool numbered = false;
  {
    std::int64_t last = 0;
    int seq = 0;
    for (const auto& l : lines) {
      const std::size_t a = skip_ws(t, l.start, l.end);
      if (auto n = number_at(t, a, l.end)) {
        if (n->first == last + 1) ++seq;
        last = n->first;
        if (seq >= 2) {
          numbered = true;
          break;
        }
      }
    }
  }

  auto& paras = src.doc.paragraphs;
  std::string section;
  auto add_para = [&](std::int64_t number, std::size_t a, std::size_t b) {
    b = trim_end(t, a, b);
    while (a < b && is_space(t[a])) ++a;
    if (b <= a) return;
    if (paras.size() >= options.max_paragraphs)
      reject(path, t, a,
             "more than " + std::to_string(options.max_paragraphs) +
                 " paragraphs (max_paragraphs; raise it with --max-paragraphs)");
    graph::Paragraph p;
    p.number = number;
    p.section = section;
    p.start = a;
    p.end = b;
    paras.push_back(std::move(p));
  };

  if (numbered) {
    std::int64_t last = 0;  // last numbered paragraph seen
    bool seen_number = false;
    bool open = false;  // a paragraph is open and may continue
    std::int64_t open_number = 0;
    std::size_t open_start = 0, open_end = 0;
    auto close = [&] {
      if (!open) return;
      add_para(open_number, open_start, open_end);
      open = false;
    };
    auto start_number = [&](std::int64_t n, std::size_t a, std::size_t e) {
      close();
      last = n;
      seen_number = true;
      open = true;
      open_number = n;
      open_start = a;
      open_end = e;
    };
    // Handles [a, e) of a line that holds text (possibly with inline starts).
    auto text_run = [&](std::size_t a, std::size_t e, bool after_blank, bool after_heading) {
      while (a < e) {
        const std::size_t cut = seen_number || last == 0
                                    ? inline_number(t, a, e, last + 1, after_heading)
                                    : std::string_view::npos;
        const std::size_t stop = cut == std::string_view::npos ? e : cut;
        if (after_heading) {
          // The heading text itself (up to the inline paragraph start).
          close();
          section = collapse_whitespace(t.substr(a, stop - a));
          after_heading = false;
        } else if (stop > a) {
          if (open && !after_blank) {
            open_end = stop;
          } else if (!seen_number) {
            // Title block: everything before paragraph 1 is paragraph 0.
            if (open && open_number == 0) {
              open_end = stop;
            } else {
              close();
              open = true;
              open_number = 0;
              open_start = a;
              open_end = stop;
            }
          } else {
            close();
            open = true;
            open_number = last;
            open_start = a;
            open_end = stop;
          }
        }
        after_blank = false;
        if (cut == std::string_view::npos) break;
        const auto n = number_at(t, cut, e);
        start_number(n->first, cut, e);
        a = e;  // the rest of the line belongs to the new paragraph
      }
    };
    bool after_blank = true;
    bool wrapped = false;  // the line before went on into this one
    for (const auto& l : lines) {
      if (is_blank(t.substr(l.start, l.end - l.start))) {
        after_blank = true;
        wrapped = false;
        if (open && open_number == 0 && !seen_number) continue;  // title block spans blanks
        if (open) close();
        continue;
      }
      const std::size_t a = skip_ws(t, l.start, l.end);
      // A line of a paragraph wrapped by hand that goes on in the next line,
      // or that the line before goes on into, is no heading.
      const bool wraps = wraps_on(t, a, l.end, t.size(), wrap);
      const bool heading = heading_like(t, a, l.end) && !wraps && !wrapped;
      wrapped = wraps;
      const auto n = number_at(t, a, l.end);
      if (n && (n->first == last + 1 || (!seen_number && n->first <= 1))) {
        start_number(n->first, a, l.end);
        // Another paragraph may start inside this line.
        const std::size_t cut = inline_number(t, n->second, l.end, last + 1, false);
        if (cut != std::string_view::npos) {
          open_end = cut;
          const auto m = number_at(t, cut, l.end);
          start_number(m->first, cut, l.end);
        }
      } else if (roman_heading_at(t, a, l.end)) {
        text_run(a, l.end, after_blank, true);
      } else if (seen_number && heading && (after_blank || !open)) {
        close();
        section = collapse_whitespace(t.substr(a, trim_end(t, a, l.end) - a));
      } else if (seen_number && heading && open && open_number == last &&
                 t[trim_end(t, a, l.end) - 1] == ':') {
        close();
        section = collapse_whitespace(t.substr(a, trim_end(t, a, l.end) - a));
      } else {
        text_run(a, l.end, after_blank, false);
      }
      after_blank = false;
    }
    close();
    // Unnumbered blocks after the last numbered paragraph continue the sequence.
    std::int64_t next = last + 1;
    bool after_last = false;
    for (auto& p : paras) {
      if (p.number == last && !after_last) {
        after_last = true;
        continue;
      }
      if (after_last) p.number = next++;
    }
  } else {
    std::int64_t block = 0;
    std::size_t bs = 0, be = 0;
    bool in_block = false;
    int block_lines = 0;
    auto flush = [&] {
      if (!in_block) return;
      ++block;
      if (block_lines == 1 && heading_like(t, bs, be))
        section = collapse_whitespace(t.substr(bs, be - bs));
      add_para(block, bs, be);
      in_block = false;
    };
    for (const auto& l : lines) {
      if (is_blank(t.substr(l.start, l.end - l.start))) {
        flush();
        continue;
      }
      if (!in_block) {
        in_block = true;
        bs = l.start;
        block_lines = 0;
      }
      be = l.end;
      ++block_lines;
    }
    flush();
  }

  for (auto& p : paras) {
    p.text = paragraph_text(t, p.start, p.end);
    // The paragraph's own number is not part of its first sentence.
    std::size_t body = p.start;
    if (const auto n = number_at(t, p.start, p.end); n && n->first == p.number)
      body = skip_ws(t, n->second, p.end);
    src.paragraphs.push_back({split_sentences(t, body, p.end, wrap)});
  }
  if (!paras.empty()) {
    // Title: the first block (paragraph 0 of a numbered document).
    const auto& first = paras.front();
    // truncate_utf8 reads at most the first 301 bytes of the collapsed
    // text: a long first block is not collapsed beyond them.
    std::string title = collapse(first.text, 300);
    src.doc.title = graph::truncate_utf8(title, 300);
  }
  src.doc.id = id;
  src.doc.path = path;
  return src;
}

SourceDocument read_document(const std::string& path, const ReadOptions& options) {
  std::string bytes = read_file(path, options.max_input_bytes);
  const std::string id = path == "-" ? "stdin" : std::filesystem::path(path).stem().string();
  return parse_document(std::move(bytes), path == "-" ? "stdin" : path, id, options);
}

}  // namespace stakegraph::data
