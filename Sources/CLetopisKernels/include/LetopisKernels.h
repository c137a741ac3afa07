// Matrix kernels for LetopisNeural: a cache-blocked single-precision GEMM with
// an AVX2+FMA micro-kernel chosen at run time and a portable fallback.
#ifndef LETOPIS_KERNELS_H
#define LETOPIS_KERNELS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Width of a packed panel of B: columns are packed 16 at a time.
#define LK_PANEL 16

/// Floats needed to pack a K x N matrix (N rounded up to LK_PANEL).
size_t lk_packed_size(size_t k, size_t n);

/// Packs row-major B[K][N] (row stride ldb) into panels of LK_PANEL columns:
/// packed[(p * K + k) * LK_PANEL + j] = B[k][p * LK_PANEL + j], zero beyond N.
void lk_pack_b(const float *b, size_t ldb, size_t k, size_t n, float *packed);

/// C[M][N] = A[M][K] x B[K][N] + bias, then optionally
/// relu (if relu != 0) and batch norm y = (y - mean) / std * weight + shift
/// (if mean != NULL; the same operations in the same order as slovnet).
/// A has row stride lda (rows may overlap: conv windows), B is packed by lk_pack_b,
/// C has row stride ldc >= N rounded up to LK_PANEL (the extra columns are scratch).
/// bias may be NULL (zero). With accumulate != 0, C already holds each row's
/// starting values (bias is then ignored) and the product is added to them.
void lk_gemm(size_t m, size_t n, size_t k,
             const float *a, size_t lda,
             const float *packed_b,
             const float *bias,
             int relu, const float *mean, const float *std,
             const float *weight, const float *shift,
             float *c, size_t ldc, int accumulate);

/// lk_gemm with the portable kernel whatever the CPU (tests compare both).
void lk_gemm_portable(size_t m, size_t n, size_t k,
                      const float *a, size_t lda,
                      const float *packed_b,
                      const float *bias,
                      int relu, const float *mean, const float *std,
                      const float *weight, const float *shift,
                      float *c, size_t ldc, int accumulate);

/// ReLU (if relu != 0) then batch norm (if mean != NULL) on rows x n of C (row stride ldc),
/// exactly as lk_gemm's epilogue.
void lk_epilogue(float *c, size_t rows, size_t n, size_t ldc, int relu,
                 const float *mean, const float *std, const float *weight, const float *shift);

/// A "same" convolution whose input rows are table entries: for each row r of `rows`,
/// out[r][0..<n] = bias + sum over kernel offsets j (s = r - padding + j inside 0..<rows) of
///   table_a[(ids_a[s] * kernel + j) * ld ...] + table_b[(ids_b[s] * kernel + j) * ld ...],
/// a negative id contributing nothing. A row whose own ids_a[r] is negative (a gap between
/// sequences) is zero. Columns n..<ld of each row are zeroed. Tables are [id][kernel][ld].
void lk_window_sum(size_t rows, size_t n, size_t ld, size_t kernel, size_t padding,
                   const int32_t *ids_a, const float *table_a,
                   const int32_t *ids_b, const float *table_b,
                   const float *bias, float *out);

/// Index of the first largest of n floats (numpy's argmax); n >= 1.
size_t lk_argmax(const float *x, size_t n);

/// Asks the CPU to start loading the cache line at p (a hint: no effect on results).
static inline void lk_prefetch(const void *p) { __builtin_prefetch(p); }

/// Raises glibc's mmap and trim thresholds (32 MB, 256 MB) so that freed buffers of a few
/// megabytes stay in the heap for the next batch instead of being unmapped and faulted in
/// afresh; no effect on other C libraries. For batch commands, called once at start.
void lk_keep_freed_buffers_in_heap(void);

/// 1 when file descriptor 0 was closed when the process started (it is then held by /dev/null,
/// so that no later descriptor takes its number): readers of '-' report a closed standard input.
int lk_standard_input_was_closed(void);

/// 1 when the AVX2+FMA kernel is in use, 0 for the portable one.
int lk_uses_avx2(void);

/// Forces the portable kernel (for tests and benchmarks); 0 restores the automatic choice.
void lk_force_portable(int on);

/// The widest GEMM kernel this CPU and operating system can run: 2 AVX-512, 1 AVX2+FMA, 0 portable.
int lk_best_isa(void);

/// lk_gemm with a chosen kernel (0 portable, 1 AVX2+FMA, 2 AVX-512; lowered to what the CPU has),
/// whatever lk_force_portable and lk_limit_to_avx2 say: tests compare kernels with it while other
/// tests change those settings.
void lk_gemm_isa(int isa, size_t m, size_t n, size_t k,
                 const float *a, size_t lda,
                 const float *packed_b,
                 const float *bias,
                 int relu, const float *mean, const float *std,
                 const float *weight, const float *shift,
                 float *c, size_t ldc, int accumulate);

/// 1 when the GEMM runs its AVX-512 micro-kernel (two panels at a time; same results bit for bit).
int lk_uses_avx512(void);

/// Keeps the GEMM on its AVX2 micro-kernel even where AVX-512 is there (tests compare the two,
/// benchmarks measure the difference); 0 restores the automatic choice.
void lk_limit_to_avx2(int on);

#ifdef __cplusplus
}
#endif

#endif
