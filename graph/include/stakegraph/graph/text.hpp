// Text utilities shared by every module: strict UTF-8 validation (RFC 3629),
// lenient repair, ASCII folding of Latin diacritics, id slugs, alias keys and
// truncation on a code-point boundary. Pure standard library; no locale.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace stakegraph::graph {

// The byte offset of the first byte that starts an ill-formed UTF-8 sequence
// (overlong forms, surrogates, code points above U+10FFFF, stray continuation
// bytes, truncated sequences), or std::nullopt when the whole text is valid.
// O(n).
std::optional<std::size_t> first_invalid_utf8(std::string_view text) noexcept;

// Replaces each maximal ill-formed subpart (Unicode 15, §3.9 "U+FFFD
// substitution of maximal subparts") with U+FFFD. `replaced` receives the
// number of replacements. O(n).
std::string repair_utf8(std::string_view text, std::size_t* replaced = nullptr);

// Decodes the code point at `pos` of valid UTF-8 and advances `pos`. Text must
// have been validated; an ill-formed byte decodes as U+FFFD and advances one.
char32_t decode_utf8(std::string_view text, std::size_t& pos) noexcept;

// Appends the UTF-8 encoding of `cp`.
void append_utf8(std::string& out, char32_t cp);

// Lower-case ASCII folding: Latin letters with diacritics become their base
// letters ("Čekuolis" -> "cekuolis", "ß" -> "ss"), typographic quotes and
// dashes become their ASCII forms, other characters are kept unchanged.
std::string fold_ascii_lower(std::string_view text);

// The slug of a canonical name for node ids: ASCII-folded, lower case, runs of
// letters and digits joined by '-'. Characters with no ASCII folding are
// written as "u<hex>" so that non-Latin names still get distinct slugs.
// Never empty ("x" for a name without any letter or digit).
std::string slugify(std::string_view name);

// The key under which aliases are compared: case-, punctuation- and
// diacritic-insensitive. "U.S." -> "us", "Children's" -> "childrens",
// "Girls Learn International™, Inc." -> "girls learn international inc".
std::string alias_key(std::string_view surface);

// At most `max_bytes` bytes of `text`, cut on a code-point boundary; when cut,
// "…" is appended (so the result may be up to max_bytes + 3 bytes).
std::string truncate_utf8(std::string_view text, std::size_t max_bytes);

}  // namespace stakegraph::graph
