// Reading policy documents and cutting them into paragraphs and sentences.
//
// A document is a UTF-8 text file. Reading validates it (strict RFC 3629, or
// lenient repair), rejects what is not text (NUL bytes, UTF-16/32 byte-order
// marks, binary formats recognised by their magic bytes, empty files) and
// enforces size limits. Segmentation keeps the document's own paragraph
// numbers and its section headings, and splits sentences robustly around
// abbreviations. All offsets are byte offsets into the file as given (CR LF
// and lone CR are treated as line breaks but never rewritten).
//
// Paragraph numbering conventions (README "Paragraph numbers"):
//  - A numbered document (at least two paragraphs that start with "N." in
//    sequence) keeps its own numbers. A numbered paragraph may start on the
//    same line as a heading or directly after the previous paragraph without
//    a blank line, or even inside a line after a full stop when its number is
//    the next in sequence. The title block before paragraph 1 is paragraph 0;
//    unnumbered text between numbered paragraphs keeps the number of the
//    paragraph before it; unnumbered blocks after the last numbered paragraph
//    (footnotes) continue the sequence (last + 1, last + 2, ...). Section
//    headings ("I. Introduction", "II. Key findings", short title-like lines)
//    are not paragraphs; they become the `section` of what follows.
//  - An unnumbered document numbers its blank-line-separated blocks 1, 2, 3,
//    ... (headings included, since they are blocks of their own); a short
//    title-like block still becomes the section of the blocks after it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "stakegraph/graph/model.hpp"

namespace stakegraph::data {

struct ReadOptions {
  bool lenient = false;                     // repair invalid UTF-8 with U+FFFD
  std::size_t max_input_bytes = 64u << 20;  // --max-input-bytes
  std::size_t max_line_bytes = 1u << 20;    // --max-line-bytes
  std::size_t max_paragraphs = 1'000'000;   // --max-paragraphs
};

// A byte range [start, end) of the document text.
struct Span {
  std::size_t start = 0;
  std::size_t end = 0;
};

// One paragraph's sentences, as spans into the document text.
struct SegmentedParagraph {
  std::vector<Span> sentences;
};

// A read and segmented document: the graph::Document (id, title, path,
// sha256, paragraphs) plus the text the offsets refer to, the sentences of
// each paragraph (parallel to doc.paragraphs) and soft diagnostics (e.g. how
// many invalid sequences --lenient replaced).
struct SourceDocument {
  graph::Document doc;
  std::string text;
  std::vector<SegmentedParagraph> paragraphs;
  std::vector<std::string> diagnostics;
};

// Validates `bytes` as the content of `path` (named in errors) and segments
// it. `id` becomes doc.id (callers pass the file stem). Throws ParseError
// (exit 65) with line:col for: invalid UTF-8 (first bad byte; unless
// lenient), a NUL byte, a UTF-16/32 BOM, binary magic (PDF, ZIP, PNG, GIF,
// JPEG, ELF, gzip), no text at all, a line longer than max_line_bytes, more
// paragraphs than max_paragraphs, more bytes than max_input_bytes. With
// `lenient`, offsets refer to the repaired text (each invalid sequence
// becomes the three bytes of U+FFFD). O(n) in the size of the text.
SourceDocument parse_document(std::string bytes, const std::string& path, const std::string& id,
                              const ReadOptions& options = {});

// read_file (66 for a missing file or a directory, 74 for a read error, 65
// over max_input_bytes) + parse_document with the file stem as id ("-" reads
// standard input and is named "stdin").
SourceDocument read_document(const std::string& path, const ReadOptions& options = {});

// Splits [start, end) of `text` into sentences: a sentence ends at '.', '!'
// or '?' (optionally followed by closing quotes or brackets) followed by
// white space and a capital letter, digit or opening quote, except after a
// known abbreviation (Mr., Ms., Dr., H.E., U.S., No., e.g., Inc., ...), a
// single capital initial, or inside a number ("9.5") or document symbol
// ("E/2002/68/Add. 1"). A short line without final punctuation (a heading,
// a title-block line) and each line of a list of persons is a sentence of
// its own; in text wrapped by hand at `wrap_width` bytes (0: not wrapped,
// as parse_document finds it) a line that ends only because the next word did not fit
// is not. Spans are trimmed of surrounding white space. O(n).
std::vector<Span> split_sentences(std::string_view text, std::size_t start, std::size_t end,
                                  std::size_t wrap_width = 0);

// `s` with each run of white space (space, tab, line breaks) made one space
// and none at either end: a heading or a name written across lines, as one.
std::string collapse_whitespace(std::string_view s);

}  // namespace stakegraph::data
