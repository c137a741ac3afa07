#include "LetopisKernels.h"

#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#if defined(__x86_64__) || defined(__i386__)
#define LK_X86 1
#include <immintrin.h>
#endif

// Blocking (measured on the FactRuEval layer shapes): K up to 1024 is not split, so C is
// loaded and stored once; a B panel (K x 16) and an A block of MC rows stay in L2.
#define LK_MR 6
#define LK_KC 1024
#define LK_MC 48

size_t lk_packed_size(size_t k, size_t n) {
    size_t panels = (n + LK_PANEL - 1) / LK_PANEL;
    return panels * k * LK_PANEL;
}

void lk_pack_b(const float *b, size_t ldb, size_t k, size_t n, float *packed) {
    size_t panels = (n + LK_PANEL - 1) / LK_PANEL;
    for (size_t p = 0; p < panels; p++) {
        for (size_t kk = 0; kk < k; kk++) {
            float *dst = packed + (p * k + kk) * LK_PANEL;
            for (size_t j = 0; j < LK_PANEL; j++) {
                size_t col = p * LK_PANEL + j;
                dst[j] = col < n ? b[kk * ldb + col] : 0.0f;
            }
        }
    }
}

// ---- portable micro-kernel: rows x 16 block, accumulates into C ----

static void micro_portable(size_t rows, size_t kc, const float *a, size_t lda,
                           const float *bp, float *c, size_t ldc) {
    for (size_t r = 0; r < rows; r++) {
        float acc[LK_PANEL];
        for (size_t j = 0; j < LK_PANEL; j++) acc[j] = c[r * ldc + j];
        const float *ar = a + r * lda;
        for (size_t kk = 0; kk < kc; kk++) {
            float av = ar[kk];
            const float *br = bp + kk * LK_PANEL;
            for (size_t j = 0; j < LK_PANEL; j++) acc[j] += av * br[j];
        }
        for (size_t j = 0; j < LK_PANEL; j++) c[r * ldc + j] = acc[j];
    }
}

#ifdef LK_X86
__attribute__((target("avx2,fma")))
static void micro_avx2_6(size_t kc, const float *a, size_t lda,
                         const float *bp, float *c, size_t ldc) {
    __m256 c00 = _mm256_loadu_ps(c + 0 * ldc), c01 = _mm256_loadu_ps(c + 0 * ldc + 8);
    __m256 c10 = _mm256_loadu_ps(c + 1 * ldc), c11 = _mm256_loadu_ps(c + 1 * ldc + 8);
    __m256 c20 = _mm256_loadu_ps(c + 2 * ldc), c21 = _mm256_loadu_ps(c + 2 * ldc + 8);
    __m256 c30 = _mm256_loadu_ps(c + 3 * ldc), c31 = _mm256_loadu_ps(c + 3 * ldc + 8);
    __m256 c40 = _mm256_loadu_ps(c + 4 * ldc), c41 = _mm256_loadu_ps(c + 4 * ldc + 8);
    __m256 c50 = _mm256_loadu_ps(c + 5 * ldc), c51 = _mm256_loadu_ps(c + 5 * ldc + 8);
    const float *a0 = a, *a1 = a + lda, *a2 = a + 2 * lda;
    const float *a3 = a + 3 * lda, *a4 = a + 4 * lda, *a5 = a + 5 * lda;
    for (size_t kk = 0; kk < kc; kk++) {
        __m256 b0 = _mm256_loadu_ps(bp + kk * LK_PANEL);
        __m256 b1 = _mm256_loadu_ps(bp + kk * LK_PANEL + 8);
        __m256 x;
        x = _mm256_broadcast_ss(a0 + kk); c00 = _mm256_fmadd_ps(x, b0, c00); c01 = _mm256_fmadd_ps(x, b1, c01);
        x = _mm256_broadcast_ss(a1 + kk); c10 = _mm256_fmadd_ps(x, b0, c10); c11 = _mm256_fmadd_ps(x, b1, c11);
        x = _mm256_broadcast_ss(a2 + kk); c20 = _mm256_fmadd_ps(x, b0, c20); c21 = _mm256_fmadd_ps(x, b1, c21);
        x = _mm256_broadcast_ss(a3 + kk); c30 = _mm256_fmadd_ps(x, b0, c30); c31 = _mm256_fmadd_ps(x, b1, c31);
        x = _mm256_broadcast_ss(a4 + kk); c40 = _mm256_fmadd_ps(x, b0, c40); c41 = _mm256_fmadd_ps(x, b1, c41);
        x = _mm256_broadcast_ss(a5 + kk); c50 = _mm256_fmadd_ps(x, b0, c50); c51 = _mm256_fmadd_ps(x, b1, c51);
    }
    _mm256_storeu_ps(c + 0 * ldc, c00); _mm256_storeu_ps(c + 0 * ldc + 8, c01);
    _mm256_storeu_ps(c + 1 * ldc, c10); _mm256_storeu_ps(c + 1 * ldc + 8, c11);
    _mm256_storeu_ps(c + 2 * ldc, c20); _mm256_storeu_ps(c + 2 * ldc + 8, c21);
    _mm256_storeu_ps(c + 3 * ldc, c30); _mm256_storeu_ps(c + 3 * ldc + 8, c31);
    _mm256_storeu_ps(c + 4 * ldc, c40); _mm256_storeu_ps(c + 4 * ldc + 8, c41);
    _mm256_storeu_ps(c + 5 * ldc, c50); _mm256_storeu_ps(c + 5 * ldc + 8, c51);
}

__attribute__((target("avx2,fma")))
static void micro_avx2_1(size_t kc, const float *a, const float *bp, float *c) {
    __m256 c0 = _mm256_loadu_ps(c), c1 = _mm256_loadu_ps(c + 8);
    for (size_t kk = 0; kk < kc; kk++) {
        __m256 x = _mm256_broadcast_ss(a + kk);
        c0 = _mm256_fmadd_ps(x, _mm256_loadu_ps(bp + kk * LK_PANEL), c0);
        c1 = _mm256_fmadd_ps(x, _mm256_loadu_ps(bp + kk * LK_PANEL + 8), c1);
    }
    _mm256_storeu_ps(c, c0);
    _mm256_storeu_ps(c + 8, c1);
}

// AVX-512 micro-kernels: two packed panels (32 columns) at once, one 16-lane register per row and
// panel. Each element of C gets exactly the AVX2 kernel's operations — its starting value, then one
// fused multiply-add per k in order — so results are bit for bit the same; only twice as many
// columns go through each instruction. Six rows make twelve accumulators: enough independent
// chains to keep both FMA ports busy, with eight loads per twelve FMAs.
#define LK_ROW6(F) F(0) F(1) F(2) F(3) F(4) F(5)
#define LK_LOAD512(r) __m512 c##r##0 = _mm512_loadu_ps(c + r * ldc), c##r##1 = _mm512_loadu_ps(c + r * ldc + LK_PANEL);
#define LK_FMA512(r) { __m512 x = _mm512_set1_ps(a[r * lda + kk]);                  \
                       c##r##0 = _mm512_fmadd_ps(x, b0, c##r##0);                  \
                       c##r##1 = _mm512_fmadd_ps(x, b1, c##r##1); }
#define LK_STORE512(r) _mm512_storeu_ps(c + r * ldc, c##r##0); _mm512_storeu_ps(c + r * ldc + LK_PANEL, c##r##1);

__attribute__((target("avx512f")))
static void micro_avx512_6x2(size_t kc, const float *a, size_t lda,
                             const float *bp0, const float *bp1, float *c, size_t ldc) {
    LK_ROW6(LK_LOAD512)
    for (size_t kk = 0; kk < kc; kk++) {
        __m512 b0 = _mm512_loadu_ps(bp0 + kk * LK_PANEL);
        __m512 b1 = _mm512_loadu_ps(bp1 + kk * LK_PANEL);
        LK_ROW6(LK_FMA512)
    }
    LK_ROW6(LK_STORE512)
}

__attribute__((target("avx512f")))
static void micro_avx512_1x2(size_t kc, const float *a, const float *bp0, const float *bp1, float *c) {
    __m512 c0 = _mm512_loadu_ps(c), c1 = _mm512_loadu_ps(c + LK_PANEL);
    for (size_t kk = 0; kk < kc; kk++) {
        __m512 x = _mm512_set1_ps(a[kk]);
        c0 = _mm512_fmadd_ps(x, _mm512_loadu_ps(bp0 + kk * LK_PANEL), c0);
        c1 = _mm512_fmadd_ps(x, _mm512_loadu_ps(bp1 + kk * LK_PANEL), c1);
    }
    _mm512_storeu_ps(c, c0);
    _mm512_storeu_ps(c + LK_PANEL, c1);
}

// Bias is in; ReLU then batch norm, vectorised 8 columns at a time.
__attribute__((target("avx2,fma")))
static void epilogue_avx2(float *c, size_t rows, size_t n, size_t ldc, int relu,
                          const float *mean, const float *std, const float *weight, const float *shift) {
    __m256 zero = _mm256_setzero_ps();
    for (size_t r = 0; r < rows; r++) {
        float *cr = c + r * ldc;
        size_t j = 0;
        for (; j + 8 <= n; j += 8) {
            __m256 v = _mm256_loadu_ps(cr + j);
            if (relu) v = _mm256_max_ps(v, zero);
            if (mean) {
                v = _mm256_sub_ps(v, _mm256_loadu_ps(mean + j));
                v = _mm256_div_ps(v, _mm256_loadu_ps(std + j));
                v = _mm256_mul_ps(v, _mm256_loadu_ps(weight + j));
                v = _mm256_add_ps(v, _mm256_loadu_ps(shift + j));
            }
            _mm256_storeu_ps(cr + j, v);
        }
        for (; j < n; j++) {
            float v = cr[j];
            if (relu && v < 0.0f) v = 0.0f;
            if (mean) v = (v - mean[j]) / std[j] * weight[j] + shift[j];
            cr[j] = v;
        }
    }
}

static int lk_have_avx2 = -1;
static int lk_have_avx512 = -1;
static int lk_portable = 0;
static int lk_avx2_only = 0;

static int detect_avx2(void) {
    if (lk_have_avx2 < 0) {
        __builtin_cpu_init();
        lk_have_avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    }
    return lk_have_avx2;
}

// The runtime's check includes the operating system's support for the 512-bit registers (XCR0).
static int detect_avx512(void) {
    if (lk_have_avx512 < 0) {
        __builtin_cpu_init();
        lk_have_avx512 = detect_avx2() && __builtin_cpu_supports("avx512f");
    }
    return lk_have_avx512;
}
#endif

int lk_uses_avx512(void) {
#ifdef LK_X86
    return !lk_portable && !lk_avx2_only && detect_avx512();
#else
    return 0;
#endif
}

void lk_limit_to_avx2(int on) {
#ifdef LK_X86
    lk_avx2_only = on;
#else
    (void)on;
#endif
}

int lk_uses_avx2(void) {
#ifdef LK_X86
    return !lk_portable && detect_avx2();
#else
    return 0;
#endif
}

void lk_force_portable(int on) {
#ifdef LK_X86
    lk_portable = on;
#else
    (void)on;
#endif
}

static void gemm(size_t m, size_t n, size_t k,
                 const float *a, size_t lda,
                 const float *packed_b,
                 const float *bias,
                 int relu, const float *mean, const float *std,
                 const float *weight, const float *shift,
                 float *c, size_t ldc, int accumulate, int isa);

void lk_gemm(size_t m, size_t n, size_t k,
             const float *a, size_t lda,
             const float *packed_b,
             const float *bias,
             int relu, const float *mean, const float *std,
             const float *weight, const float *shift,
             float *c, size_t ldc, int accumulate) {
    gemm(m, n, k, a, lda, packed_b, bias, relu, mean, std, weight, shift, c, ldc, accumulate,
         lk_uses_avx512() ? 2 : lk_uses_avx2());
}

int lk_best_isa(void) {
#ifdef LK_X86
    return detect_avx512() ? 2 : detect_avx2() ? 1 : 0;
#else
    return 0;
#endif
}

void lk_gemm_isa(int isa, size_t m, size_t n, size_t k,
                 const float *a, size_t lda,
                 const float *packed_b,
                 const float *bias,
                 int relu, const float *mean, const float *std,
                 const float *weight, const float *shift,
                 float *c, size_t ldc, int accumulate) {
    int best = lk_best_isa();
    gemm(m, n, k, a, lda, packed_b, bias, relu, mean, std, weight, shift, c, ldc, accumulate,
         isa < 0 ? 0 : isa > best ? best : isa);
}

void lk_gemm_portable(size_t m, size_t n, size_t k,
                      const float *a, size_t lda,
                      const float *packed_b,
                      const float *bias,
                      int relu, const float *mean, const float *std,
                      const float *weight, const float *shift,
                      float *c, size_t ldc, int accumulate) {
    gemm(m, n, k, a, lda, packed_b, bias, relu, mean, std, weight, shift, c, ldc, accumulate, 0);
}

static void epilogue_portable(float *c, size_t rows, size_t n, size_t ldc, int relu,
                              const float *mean, const float *std, const float *weight, const float *shift) {
    for (size_t r = 0; r < rows; r++) {
        float *cr = c + r * ldc;
        for (size_t j = 0; j < n; j++) {
            float v = cr[j];
            if (relu && v < 0.0f) v = 0.0f;
            if (mean) v = (v - mean[j]) / std[j] * weight[j] + shift[j];
            cr[j] = v;
        }
    }
}

void lk_epilogue(float *c, size_t rows, size_t n, size_t ldc, int relu,
                 const float *mean, const float *std, const float *weight, const float *shift) {
    if (!relu && !mean) return;
#ifdef LK_X86
    if (lk_uses_avx2()) { epilogue_avx2(c, rows, n, ldc, relu, mean, std, weight, shift); return; }
#endif
    epilogue_portable(c, rows, n, ldc, relu, mean, std, weight, shift);
}

static size_t argmax_scalar(const float *x, size_t n) {
    size_t best = 0;
    float value = x[0];
    for (size_t i = 1; i < n; i++) if (x[i] > value) { value = x[i]; best = i; }
    return best;
}

#ifdef LK_X86
__attribute__((target("avx2")))
static size_t argmax_avx2(const float *x, size_t n) {
    __m256 m = _mm256_loadu_ps(x);
    size_t i = 8;
    for (; i + 8 <= n; i += 8) m = _mm256_max_ps(m, _mm256_loadu_ps(x + i));
    float lanes[8];
    _mm256_storeu_ps(lanes, m);
    float top = lanes[0];
    for (int j = 1; j < 8; j++) if (lanes[j] > top) top = lanes[j];
    for (; i < n; i++) if (x[i] > top) top = x[i];
    for (size_t j = 0; j < n; j++) if (x[j] == top) return j;
    return argmax_scalar(x, n);  // a NaN hid the maximum: the plain scan decides
}
#endif

#ifdef LK_X86
__attribute__((target("avx512f")))
static size_t argmax_avx512(const float *x, size_t n) {
    __m512 m = _mm512_loadu_ps(x);
    size_t i = 16;
    for (; i + 16 <= n; i += 16) m = _mm512_max_ps(m, _mm512_loadu_ps(x + i));
    float lanes[16];
    _mm512_storeu_ps(lanes, m);
    float top = lanes[0];
    for (int j = 1; j < 16; j++) if (lanes[j] > top) top = lanes[j];
    for (; i < n; i++) if (x[i] > top) top = x[i];
    for (size_t j = 0; j < n; j++) if (x[j] == top) return j;
    return argmax_scalar(x, n);  // a NaN hid the maximum: the plain scan decides
}
#endif

size_t lk_argmax(const float *x, size_t n) {
#ifdef LK_X86
    if (n >= 32 && lk_uses_avx512()) return argmax_avx512(x, n);
    if (n >= 16 && lk_uses_avx2()) return argmax_avx2(x, n);
#endif
    return argmax_scalar(x, n);
}

// The body of lk_window_sum, compiled twice: portable and with AVX2 (the adds are 8 lanes wide).
#define LK_WINDOW_SUM_BODY                                                                  \
    for (size_t r = 0; r < rows; r++) {                                                     \
        float *o = out + r * ld;                                                            \
        /* the word row two rows ahead, at offset 0: its lines arrive while this row sums */ \
        if (r + 2 < rows && ids_a[r + 2] >= 0) {                                            \
            const char *next = (const char *)(table_a + (size_t)ids_a[r + 2] * kernel * ld); \
            for (size_t q = 0; q < kernel * ld * sizeof(float); q += 64) __builtin_prefetch(next + q); \
        }                                                                                   \
        if (ids_a[r] < 0) { memset(o, 0, ld * sizeof(float)); continue; }                   \
        memcpy(o, bias, n * sizeof(float));                                                 \
        for (size_t f = n; f < ld; f++) o[f] = 0.0f;                                        \
        for (size_t j = 0; j < kernel; j++) {                                               \
            if (r + j < padding || r + j - padding >= rows) continue;                       \
            size_t s = r + j - padding;                                                     \
            if (ids_b && ids_b[s] >= 0) {                                                   \
                const float *src = table_b + ((size_t)ids_b[s] * kernel + j) * ld;          \
                for (size_t f = 0; f < n; f++) o[f] += src[f];                              \
            }                                                                               \
            if (ids_a[s] >= 0) {                                                            \
                const float *src = table_a + ((size_t)ids_a[s] * kernel + j) * ld;          \
                for (size_t f = 0; f < n; f++) o[f] += src[f];                              \
            }                                                                               \
        }                                                                                   \
    }

static void window_sum_portable(size_t rows, size_t n, size_t ld, size_t kernel, size_t padding,
                                const int32_t *ids_a, const float *restrict table_a,
                                const int32_t *ids_b, const float *restrict table_b,
                                const float *bias, float *restrict out) {
    LK_WINDOW_SUM_BODY
}

#ifdef LK_X86
__attribute__((target("avx2")))
static void window_sum_avx2(size_t rows, size_t n, size_t ld, size_t kernel, size_t padding,
                            const int32_t *ids_a, const float *restrict table_a,
                            const int32_t *ids_b, const float *restrict table_b,
                            const float *bias, float *restrict out) {
    LK_WINDOW_SUM_BODY
}
#endif

#ifdef LK_X86
// The same adds, 16 lanes wide: each output element is summed in the same order, so the same bits.
__attribute__((target("avx512f")))
static void window_sum_avx512(size_t rows, size_t n, size_t ld, size_t kernel, size_t padding,
                              const int32_t *ids_a, const float *restrict table_a,
                              const int32_t *ids_b, const float *restrict table_b,
                              const float *bias, float *restrict out) {
    LK_WINDOW_SUM_BODY
}
#endif

void lk_window_sum(size_t rows, size_t n, size_t ld, size_t kernel, size_t padding,
                   const int32_t *ids_a, const float *table_a,
                   const int32_t *ids_b, const float *table_b,
                   const float *bias, float *out) {
#ifdef LK_X86
    if (lk_uses_avx512()) { window_sum_avx512(rows, n, ld, kernel, padding, ids_a, table_a, ids_b, table_b, bias, out); return; }
    if (lk_uses_avx2()) { window_sum_avx2(rows, n, ld, kernel, padding, ids_a, table_a, ids_b, table_b, bias, out); return; }
#endif
    window_sum_portable(rows, n, ld, kernel, padding, ids_a, table_a, ids_b, table_b, bias, out);
}

static void gemm(size_t m, size_t n, size_t k,
                 const float *a, size_t lda,
                 const float *packed_b,
                 const float *bias,
                 int relu, const float *mean, const float *std,
                 const float *weight, const float *shift,
                 float *c, size_t ldc, int accumulate, int isa) {
    // isa: 0 portable, 1 AVX2+FMA, 2 AVX-512 (with AVX2 for a last single panel)
    size_t panels = (n + LK_PANEL - 1) / LK_PANEL;
    for (size_t m0 = 0; m0 < m; m0 += LK_MC) {
        size_t mc = m - m0 < LK_MC ? m - m0 : LK_MC;
        // start from the bias
        for (size_t r = 0; r < mc; r++) {
            float *cr = c + (m0 + r) * ldc;
            if (accumulate) { /* keep the caller's starting values */ }
            else if (bias) { memcpy(cr, bias, n * sizeof(float)); }
            else { memset(cr, 0, n * sizeof(float)); }
            for (size_t j = n; j < panels * LK_PANEL; j++) cr[j] = 0.0f;
        }
        for (size_t k0 = 0; k0 < k; k0 += LK_KC) {
            size_t kc = k - k0 < LK_KC ? k - k0 : LK_KC;
            for (size_t p = 0; p < panels; p++) {
                const float *bp = packed_b + (p * k + k0) * LK_PANEL;
                size_t r = 0;
#ifdef LK_X86
                if (isa == 2 && p + 1 < panels) {
                    // two panels at once; the next panel's packed rows start k rows further on
                    const float *bq = bp + k * LK_PANEL;
                    for (; r + LK_MR <= mc; r += LK_MR)
                        micro_avx512_6x2(kc, a + (m0 + r) * lda + k0, lda, bp, bq,
                                         c + (m0 + r) * ldc + p * LK_PANEL, ldc);
                    for (; r < mc; r++)
                        micro_avx512_1x2(kc, a + (m0 + r) * lda + k0, bp, bq, c + (m0 + r) * ldc + p * LK_PANEL);
                    p++;
                    continue;
                }
                if (isa) {
                    for (; r + LK_MR <= mc; r += LK_MR)
                        micro_avx2_6(kc, a + (m0 + r) * lda + k0, lda, bp,
                                     c + (m0 + r) * ldc + p * LK_PANEL, ldc);
                    for (; r < mc; r++)
                        micro_avx2_1(kc, a + (m0 + r) * lda + k0, bp, c + (m0 + r) * ldc + p * LK_PANEL);
                }
#endif
                if (r < mc)
                    micro_portable(mc - r, kc, a + (m0 + r) * lda + k0, lda, bp,
                                   c + (m0 + r) * ldc + p * LK_PANEL, ldc);
            }
        }
        if (relu || mean) {
#ifdef LK_X86
            if (isa) { epilogue_avx2(c + m0 * ldc, mc, n, ldc, relu, mean, std, weight, shift); continue; }
#endif
            epilogue_portable(c + m0 * ldc, mc, n, ldc, relu, mean, std, weight, shift);
        }
    }
    (void)isa;
}

void lk_keep_freed_buffers_in_heap(void) {
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif
}
