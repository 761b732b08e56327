/* report_text.c — the human format: `path:line:col: severity [rule] message`,
 * then the excerpt with the span marked, in terminal display columns (CJK
 * characters are two columns wide). */
#include <string.h>
#include <utf8proc.h>

#include "report_impl.h"

#define C(r, code) ((r)->opts.color ? "\033[" code "m" : "")

static const char *sev_color(const jf_reporter *r, jf_severity s) {
  if (!r->opts.color) return "";
  return s == JF_SEV_ERROR ? "\033[1;31m" : s == JF_SEV_WARNING ? "\033[1;33m" : "\033[1;36m";
}

/* Display width of UTF-8 text [p, q). */
static int width(const char *p, const char *q) {
  int w = 0;
  while (p < q) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)p, q - p, &cp);
    if (n <= 0) {
      p++;
      w++;
      continue;
    }
    int cw = cp == '\t' ? 1 : utf8proc_charwidth(cp);
    w += cw > 0 ? cw : 0;
    p += n;
  }
  return w;
}

/* Print each line of the excerpt with a gutter, marking [s, e) (offsets into
 * the excerpt) with ^ under it. */
static void excerpt(jf_reporter *r, const jf_finding *f) {
  const char *x = f->excerpt;
  if (!x || !*x) return;
  size_t len = strlen(x);
  size_t s = f->start >= f->excerpt_offset ? f->start - f->excerpt_offset : 0;
  size_t e = f->end >= f->excerpt_offset ? f->end - f->excerpt_offset : 0;
  if (s > len) s = len;
  if (e > len) e = len;
  /* the first excerpt line's number: the span's line minus the breaks before it */
  int line = f->line;
  for (size_t i = 0; i < s; i++)
    if (x[i] == '\n') line--;
  const char *p = x;
  while (p < x + len) {
    const char *eol = memchr(p, '\n', (size_t)(x + len - p));
    if (!eol) eol = x + len;
    const char *vis = eol > p && eol[-1] == '\r' ? eol - 1 : eol;
    size_t ls = (size_t)(p - x), le = (size_t)(vis - x);
    fprintf(r->out, "%s%5d |%s %.*s\n", C(r, "2"), line, C(r, "0"), (int)(vis - p), p);
    size_t ms = s > ls ? s : ls, me = e < le ? e : le;
    if (ms < me) {
      fprintf(r->out, "%s      |%s %*s%s", C(r, "2"), C(r, "0"), width(p, x + ms), "",
              sev_color(r, f->severity));
      for (int i = width(x + ms, x + me); i > 0; i--) fputc('^', r->out);
      fprintf(r->out, "%s\n", C(r, "0"));
    }
    line++;
    p = eol + 1;
  }
}

void jf_report_text_file(jf_reporter *r, const jf_result *res) {
  for (size_t i = 0; i < res->n_findings; i++) {
    const jf_finding *f = &res->findings[i];
    fprintf(r->out, "%s%s:%d:%d:%s %s%s%s [%s] %s%s\n", C(r, "1"), res->path, f->line, f->column,
            C(r, "0"), sev_color(r, f->severity), jf_severity_str(f->severity), C(r, "0"),
            f->rule, f->message, f->suppressed ? " (suppressed)" : "");
    excerpt(r, f);
    if (f->suppressed && f->suppress_reason)
      fprintf(r->out, "      = suppressed: %s\n", f->suppress_reason);
  }
}

void jf_report_text_finish(jf_reporter *r) {
  fprintf(r->out, "%zu finding%s (%zu error, %zu warning, %zu info) in %zu of %zu file%s",
          r->findings, r->findings == 1 ? "" : "s", r->by_sev[JF_SEV_ERROR],
          r->by_sev[JF_SEV_WARNING], r->by_sev[JF_SEV_INFO], r->files_with_findings, r->files,
          r->files == 1 ? "" : "s");
  if (r->suppressed) fprintf(r->out, ", %zu suppressed", r->suppressed);
  if (r->errors) fprintf(r->out, "; %zu error%s (see above)", r->errors, r->errors == 1 ? "" : "s");
  fputc('\n', r->out);
}
