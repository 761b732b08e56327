/* report_junit.c — JUnit XML: one testcase per checked file; a finding at or
 * above the fail level is a failure, a file or rule error is an error. */
#include <stdlib.h>
#include <string.h>

#include "report_impl.h"

static void xml(FILE *out, const char *s) {
  for (; s && *s; s++) {
    switch (*s) {
    case '&': fputs("&amp;", out); break;
    case '<': fputs("&lt;", out); break;
    case '>': fputs("&gt;", out); break;
    case '"': fputs("&quot;", out); break;
    default:
      /* control characters other than tab and newline are not allowed in XML 1.0 */
      if ((unsigned char)*s < 0x20 && *s != '\n' && *s != '\t') fputc(' ', out);
      else fputc(*s, out);
    }
  }
}

/* Each case is kept as a small JSON object until finish, when the totals that
 * the <testsuite> element needs are known. */
void jf_report_junit_file(jf_reporter *r, const jf_result *res) {
  json_t *fails = json_array(), *errs = json_array();
  for (size_t i = 0; i < res->n_findings; i++) {
    const jf_finding *f = &res->findings[i];
    if (f->suppressed || f->severity < r->opts.fail_level) continue;
    char *line = NULL;
    if (asprintf(&line, "%s:%d:%d: %s [%s] %s", res->path, f->line, f->column,
                 jf_severity_str(f->severity), f->rule, f->message) < 0)
      continue;
    json_array_append_new(fails, json_pack("{s:s,s:s}", "rule", f->rule, "text", line));
    free(line);
  }
  for (size_t i = 0; i < res->n_errors; i++) {
    const jf_error *e = &res->errors[i];
    char *line = NULL;
    if (asprintf(&line, "%s:%d: %s", res->path, e->line, e->message ? e->message : "") < 0)
      continue;
    json_array_append_new(errs, json_string(line));
    free(line);
  }
  json_array_append_new(r->acc, json_pack("{s:s,s:o,s:o}", "path", res->path, "failures", fails,
                                          "errors", errs));
}

void jf_report_junit_finish(jf_reporter *r) {
  size_t nf = 0, ne = json_array_size(r->run_errs), i;
  json_t *c;
  json_array_foreach(r->acc, i, c) {
    nf += json_array_size(json_object_get(c, "failures")) ? 1 : 0;
    ne += json_array_size(json_object_get(c, "errors")) ? 1 : 0;
  }
  FILE *o = r->out;
  fprintf(o, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"jianfu\">\n");
  fprintf(o, "  <testsuite name=\"jianfu\" tests=\"%zu\" failures=\"%zu\" errors=\"%zu\">\n",
          json_array_size(r->acc) + json_array_size(r->run_errs), nf, ne);
  json_array_foreach(r->acc, i, c) {
    fputs("    <testcase classname=\"jianfu\" name=\"", o);
    xml(o, json_string_value(json_object_get(c, "path")));
    fputs("\">\n", o);
    json_t *fails = json_object_get(c, "failures"), *errs = json_object_get(c, "errors"), *v;
    size_t k;
    if (json_array_size(fails)) {
      fprintf(o, "      <failure type=\"jianfu\" message=\"%zu finding%s\">", json_array_size(fails),
              json_array_size(fails) == 1 ? "" : "s");
      json_array_foreach(fails, k, v) {
        xml(o, json_string_value(json_object_get(v, "text")));
        fputc('\n', o);
      }
      fputs("</failure>\n", o);
    }
    if (json_array_size(errs)) {
      fputs("      <error type=\"jianfu\" message=\"could not be checked\">", o);
      json_array_foreach(errs, k, v) {
        xml(o, json_string_value(v));
        fputc('\n', o);
      }
      fputs("</error>\n", o);
    }
    fputs("    </testcase>\n", o);
  }
  json_array_foreach(r->run_errs, i, c) {
    fputs("    <testcase classname=\"jianfu\" name=\"rules\">\n      <error type=\"rule\" message=\"", o);
    xml(o, json_string_value(json_object_get(c, "message")));
    fputs("\"/>\n    </testcase>\n", o);
  }
  fputs("  </testsuite>\n</testsuites>\n", o);
}
