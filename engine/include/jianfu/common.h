/* jianfu/common.h — status codes, errors and the memory rule shared by every module.
 *
 * Memory rule, said once: every type has jf_x_new/jf_x_free; jf_x_free(NULL)
 * is a no-op; whatever a function hands back through a pointer-to-pointer or
 * returns as `char *` belongs to the caller; `const` pointers are borrowed
 * and live as long as the object they came from. */
#ifndef JIANFU_COMMON_H
#define JIANFU_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#if defined(__GNUC__)
#define JF_API __attribute__((visibility("default")))
#define JF_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define JF_API
#define JF_PRINTF(f, a)
#endif

#define JF_VERSION "0.1.0"

/* Status codes: append only, never renumber. */
typedef enum jf_status {
  JF_OK = 0,
  JF_ENOMEM = 1,    /* out of memory */
  JF_EIO = 2,       /* a file could not be opened or read */
  JF_EENCODING = 3, /* bytes are not valid in any supported encoding */
  JF_EPARSE = 4,    /* YAML syntax, or a scheme that breaks SCHEME.md */
  JF_ETOOBIG = 5,   /* input larger than the configured limit */
  JF_EBINARY = 6,   /* input looks like a binary file */
  JF_ERULE = 7,     /* a rule failed to load or to run */
  JF_EUSAGE = 8,    /* bad arguments from the caller */
  JF_ECONFIG = 9,   /* a .jianfu.yaml that cannot be used */
  JF_ESTORE = 10,   /* the history database failed */
} jf_status;

/* An error with a place. `file` may be NULL; line/column are 1-based, 0 when
 * unknown. Both strings are owned by the jf_error. */
typedef struct jf_error {
  jf_status status;
  char *file;
  int line;
  int column;
  char *message;
} jf_error;

/* Fill `e` (freeing what it held). No-op when e is NULL. */
JF_API void jf_error_set(jf_error *e, jf_status st, const char *file, int line,
                         int column, const char *fmt, ...) JF_PRINTF(6, 7);
/* Free the strings and reset to JF_OK. */
JF_API void jf_error_clear(jf_error *e);
/* Move src into dst (dst is cleared first; src is left empty). */
JF_API void jf_error_move(jf_error *dst, jf_error *src);
/* A short English name for a status ("parse error"). Never NULL. */
JF_API const char *jf_status_str(jf_status st);

/* A half-open byte range [start, end). In analysis results the offsets are
 * into a clause's normalized text; in a finding they are into the source. */
typedef struct jf_span {
  uint32_t start;
  uint32_t end;
} jf_span;

#endif
