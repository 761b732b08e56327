/* check.h — the unit-test harness: assertions that print file:line and keep
 * going, and a closing line "N passed, N failed" that ctest's log shows. */
#ifndef JF_TEST_CHECK_H
#define JF_TEST_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

static int jf_t_pass, jf_t_fail;

/* A deterministic random number below n (xorshift64*, the same sequence on
 * every platform), for tests that compare a fast path with a reference on
 * random input. */
static inline unsigned jf_t_rnd(unsigned n) {
  static unsigned long long st = 0x9E3779B97F4A7C15ull;
  st ^= st >> 12;
  st ^= st << 25;
  st ^= st >> 27;
  return (unsigned)((st * 0x2545F4914F6CDD1Dull) >> 33) % n;
}

/* The whole file at path, malloc'ed with two spare bytes after its *len
 * bytes (the first set to 0), or NULL. */
static inline char *jf_t_slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  char *s = NULL;
  long n = fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
  if (n >= 0 && fseek(f, 0, SEEK_SET) == 0) s = malloc((size_t)n + 2);
  if (s && fread(s, 1, (size_t)n, f) != (size_t)n) {
    free(s);
    s = NULL;
  }
  fclose(f);
  if (!s) return NULL;
  s[n] = 0;
  *len = (size_t)n;
  return s;
}

#define CHECK(cond)                                                         \
  do {                                                                      \
    if (cond) {                                                             \
      jf_t_pass++;                                                          \
    } else {                                                                \
      jf_t_fail++;                                                          \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
    }                                                                       \
  } while (0)

#define CHECK_MSG(cond, ...)                                                \
  do {                                                                      \
    if (cond) {                                                             \
      jf_t_pass++;                                                          \
    } else {                                                                \
      jf_t_fail++;                                                          \
      fprintf(stderr, "%s:%d: CHECK failed: %s: ", __FILE__, __LINE__, #cond); \
      fprintf(stderr, __VA_ARGS__);                                         \
      fputc('\n', stderr);                                                  \
    }                                                                       \
  } while (0)

#define CHECK_INT(a, b)                                                     \
  do {                                                                      \
    long long va_ = (long long)(a), vb_ = (long long)(b);                   \
    CHECK_MSG(va_ == vb_, "%s = %lld, expected %lld", #a, va_, vb_);        \
  } while (0)

#define CHECK_STR(a, b)                                                     \
  do {                                                                      \
    const char *sa_ = (a), *sb_ = (b);                                      \
    CHECK_MSG(sa_ && sb_ && strcmp(sa_, sb_) == 0, "%s = \"%s\", expected \"%s\"", \
              #a, sa_ ? sa_ : "(null)", sb_ ? sb_ : "(null)");              \
  } while (0)

#define CHECK_NUM(a, b)                                                     \
  do {                                                                      \
    double da_ = (a), db_ = (b);                                            \
    CHECK_MSG(fabs(da_ - db_) < 1e-9, "%s = %g, expected %g", #a, da_, db_); \
  } while (0)

/* End main() with: return CHECK_DONE(); */
#define CHECK_DONE()                                                        \
  (printf("%d passed, %d failed\n", jf_t_pass, jf_t_fail), jf_t_fail ? 1 : 0)

#endif
