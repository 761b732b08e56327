/* common.c — jf_error and status names. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jianfu/common.h"

void jf_error_clear(jf_error *e) {
  if (!e) return;
  free(e->file);
  free(e->message);
  memset(e, 0, sizeof *e);
}

void jf_error_set(jf_error *e, jf_status st, const char *file, int line, int column,
                  const char *fmt, ...) {
  if (!e) return;
  jf_error_clear(e);
  e->status = st;
  e->file = file ? strdup(file) : NULL;
  e->line = line;
  e->column = column;
  va_list ap;
  va_start(ap, fmt);
  if (vasprintf(&e->message, fmt, ap) < 0) e->message = NULL;
  va_end(ap);
}

void jf_error_move(jf_error *dst, jf_error *src) {
  if (!dst || !src || dst == src) return;
  jf_error_clear(dst);
  *dst = *src;
  memset(src, 0, sizeof *src);
}

const char *jf_status_str(jf_status st) {
  switch (st) {
  case JF_OK: return "ok";
  case JF_ENOMEM: return "out of memory";
  case JF_EIO: return "cannot read";
  case JF_EENCODING: return "encoding error";
  case JF_EPARSE: return "parse error";
  case JF_ETOOBIG: return "file too large";
  case JF_EBINARY: return "binary file";
  case JF_ERULE: return "rule error";
  case JF_EUSAGE: return "usage error";
  case JF_ECONFIG: return "configuration error";
  case JF_ESTORE: return "database error";
  }
  return "unknown error";
}
