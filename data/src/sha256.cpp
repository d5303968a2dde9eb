// SHA-256 (FIPS 180-4), used to fingerprint input documents in the graph so
// that a reader can check which version of a text a graph was built from.
//
// Two block functions with the same result: the portable one, and one with the
// x86 SHA extensions (SHA-NI: sha256rnds2/msg1/msg2; Intel, "New Instructions
// Supporting the Secure Hash Algorithm on Intel Architecture Processors",
// 2013), chosen at run time when the CPU has them. Hashing every input
// document took ~7% of extraction with the portable code (callgrind, 65
// instructions per byte); the instructions cut that about tenfold.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#if defined(__x86_64__) && defined(__GNUC__)
#include <cpuid.h>
#include <immintrin.h>
#define STAKEGRAPH_SHA_NI 1
#endif

#include "stakegraph/data/files.hpp"

namespace stakegraph::data {

namespace {

constexpr std::array<std::uint32_t, 64> kK = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

constexpr std::uint32_t rotr(std::uint32_t x, int n) {
  return (x >> n) | (x << (32 - n));
}

void compress_portable(std::array<std::uint32_t, 8>& h, const unsigned char* block) {
  std::array<std::uint32_t, 64> w{};
  for (int i = 0; i < 16; ++i)
    w[i] = (std::uint32_t{block[4 * i]} << 24) | (std::uint32_t{block[4 * i + 1]} << 16) |
           (std::uint32_t{block[4 * i + 2]} << 8) | std::uint32_t{block[4 * i + 3]};
  for (int i = 16; i < 64; ++i) {
    const std::uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
    const std::uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  auto [a, b, c, d, e, f, g, hh] = h;
  for (int i = 0; i < 64; ++i) {
    const std::uint32_t t1 =
        hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + kK[i] + w[i];
    const std::uint32_t t2 =
        (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
    hh = g;
    g = f;
    f = e;
    e = d + t1;
    d = c;
    c = b;
    b = a;
    a = t1 + t2;
  }
  h[0] += a;
  h[1] += b;
  h[2] += c;
  h[3] += d;
  h[4] += e;
  h[5] += f;
  h[6] += g;
  h[7] += hh;
}

#ifdef STAKEGRAPH_SHA_NI
// One block with the SHA extensions. The state lives in two registers as
// ABEF and CDGH (the order sha256rnds2 takes); each group of four rounds adds
// four schedule words to four constants, runs two double rounds, and extends
// the schedule with msg1/msg2 for the groups ahead.
__attribute__((target("sha,sse4.1"))) void compress_sha_ni(std::array<std::uint32_t, 8>& h,
                                                           const unsigned char* block) {
  const __m128i kByteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
  __m128i tmp = _mm_loadu_si128(reinterpret_cast<const __m128i*>(h.data()));
  __m128i state1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(h.data() + 4));
  tmp = _mm_shuffle_epi32(tmp, 0xB1);                // CDAB
  state1 = _mm_shuffle_epi32(state1, 0x1B);          // EFGH
  __m128i state0 = _mm_alignr_epi8(tmp, state1, 8);  // ABEF
  state1 = _mm_blend_epi16(state1, tmp, 0xF0);       // CDGH
  const __m128i abef = state0;
  const __m128i cdgh = state1;
  __m128i m[4];  // NOLINT(modernize-avoid-c-arrays): std::array drops the vector attributes
  for (int i = 0; i < 4; ++i)
    m[i] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(block + 16 * i)),
                            kByteSwap);
  for (int g = 0; g < 16; ++g) {
    __m128i& cur = m[g % 4];
    __m128i msg =
        _mm_add_epi32(cur, _mm_loadu_si128(reinterpret_cast<const __m128i*>(kK.data() + 4 * g)));
    state1 = _mm_sha256rnds2_epu32(state1, state0, msg);
    if (g >= 3 && g <= 14) {  // the words of group g + 1
      __m128i& next = m[(g + 1) % 4];
      next = _mm_add_epi32(next, _mm_alignr_epi8(cur, m[(g + 3) % 4], 4));
      next = _mm_sha256msg2_epu32(next, cur);
    }
    msg = _mm_shuffle_epi32(msg, 0x0E);
    state0 = _mm_sha256rnds2_epu32(state0, state1, msg);
    if (g >= 1 && g <= 12) {  // first half of the words of group g + 3
      __m128i& prev = m[(g + 3) % 4];
      prev = _mm_sha256msg1_epu32(prev, cur);
    }
  }
  state0 = _mm_add_epi32(state0, abef);
  state1 = _mm_add_epi32(state1, cdgh);
  tmp = _mm_shuffle_epi32(state0, 0x1B);        // FEBA
  state1 = _mm_shuffle_epi32(state1, 0xB1);     // DCHG
  state0 = _mm_blend_epi16(tmp, state1, 0xF0);  // DCBA
  state1 = _mm_alignr_epi8(state1, tmp, 8);     // ABEF
  _mm_storeu_si128(reinterpret_cast<__m128i*>(h.data()), state0);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(h.data() + 4), state1);
}
#endif

using Compress = void (*)(std::array<std::uint32_t, 8>&, const unsigned char*);

#ifdef STAKEGRAPH_SHA_NI
// CPUID: SSE4.1 (leaf 1, ECX) and SHA (leaf 7, EBX). Asked directly because
// clang 14 (the fuzz build) has no "sha" for __builtin_cpu_supports.
bool cpu_has_sha_ni() {
  unsigned a = 0, b = 0, c = 0, d = 0;
  if (__get_cpuid(1, &a, &b, &c, &d) == 0 || (c & bit_SSE4_1) == 0) return false;
  if (__get_cpuid_count(7, 0, &a, &b, &c, &d) == 0) return false;
  return (b & bit_SHA) != 0;
}
#endif

Compress choose_compress(bool allow_hardware) {
#ifdef STAKEGRAPH_SHA_NI
  if (allow_hardware && cpu_has_sha_ni()) return compress_sha_ni;
#endif
  (void)allow_hardware;
  return compress_portable;
}

std::string sha256_with(std::string_view bytes, Compress compress) {
  std::array<std::uint32_t, 8> h = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                    0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  std::size_t n = bytes.size();
  std::size_t off = 0;
  for (; off + 64 <= n; off += 64) compress(h, p + off);
  std::array<unsigned char, 128> tail{};
  const std::size_t rest = n - off;
  for (std::size_t i = 0; i < rest; ++i) tail[i] = p[off + i];
  tail[rest] = 0x80;
  const std::size_t tail_len = rest + 9 <= 64 ? 64 : 128;
  const std::uint64_t bits = static_cast<std::uint64_t>(n) * 8;
  for (int i = 0; i < 8; ++i) tail[tail_len - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
  compress(h, tail.data());
  if (tail_len == 128) compress(h, tail.data() + 64);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(64);
  for (std::uint32_t v : h)
    for (int s = 28; s >= 0; s -= 4) out += kHex[(v >> s) & 0xF];
  return out;
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  static const Compress compress = choose_compress(true);
  return sha256_with(bytes, compress);
}

std::string sha256_hex_portable(std::string_view bytes) {
  return sha256_with(bytes, compress_portable);
}

}  // namespace stakegraph::data
