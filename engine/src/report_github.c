/* report_github.c — GitHub Actions workflow commands (::error file=…::msg). */
#include "report_impl.h"

/* Escape per the workflow-command rules: data escapes % CR LF; property
 * values also escape : and ,. */
static void esc(FILE *o, const char *s, bool prop) {
  for (; s && *s; s++) {
    switch (*s) {
    case '%': fputs("%25", o); break;
    case '\r': fputs("%0D", o); break;
    case '\n': fputs("%0A", o); break;
    case ':': prop ? fputs("%3A", o) : fputc(':', o); break;
    case ',': prop ? fputs("%2C", o) : fputc(',', o); break;
    default: fputc(*s, o);
    }
  }
}

static const char *cmd(jf_severity s) {
  return s == JF_SEV_ERROR ? "error" : s == JF_SEV_WARNING ? "warning" : "notice";
}

void jf_report_github_file(jf_reporter *r, const jf_result *res) {
  FILE *o = r->out;
  for (size_t i = 0; i < res->n_findings; i++) {
    const jf_finding *f = &res->findings[i];
    if (f->suppressed) continue;
    fprintf(o, "::%s file=", cmd(f->severity));
    esc(o, res->path, true);
    fprintf(o, ",line=%d,col=%d,endLine=%d,endColumn=%d,title=", f->line, f->column, f->end_line,
            f->end_column);
    esc(o, f->rule, true);
    fputs("::", o);
    esc(o, f->message, false);
    fputc('\n', o);
  }
  for (size_t i = 0; i < res->n_errors; i++) {
    const jf_error *e = &res->errors[i];
    fputs("::error file=", o);
    esc(o, res->path, true);
    if (e->line) fprintf(o, ",line=%d", e->line);
    fputs(",title=jianfu::", o);
    esc(o, e->message, false);
    fputc('\n', o);
  }
}

void jf_report_github_finish(jf_reporter *r) {
  size_t i;
  json_t *v;
  json_array_foreach(r->run_errs, i, v) {
    fputs("::error title=jianfu rules::", r->out);
    esc(r->out, json_string_value(json_object_get(v, "message")), false);
    fputc('\n', r->out);
  }
}
