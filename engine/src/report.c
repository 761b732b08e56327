/* report.c — the reporter: format dispatch and the counts every format shares. */
#include <stdlib.h>
#include <string.h>

#include "report_impl.h"

bool jf_format_parse(const char *name, jf_format *out) {
  static const struct { const char *name; jf_format fmt; } v[] = {
    {"text", JF_FMT_TEXT}, {"json", JF_FMT_JSON}, {"sarif", JF_FMT_SARIF},
    {"junit", JF_FMT_JUNIT}, {"github", JF_FMT_GITHUB}};
  for (size_t i = 0; name && i < sizeof v / sizeof v[0]; i++)
    if (strcmp(name, v[i].name) == 0) {
      *out = v[i].fmt;
      return true;
    }
  return false;
}

jf_reporter *jf_reporter_new(jf_format fmt, FILE *out, const jf_ruleset *rules,
                             const jf_report_opts *opts) {
  jf_reporter *r = calloc(1, sizeof *r);
  if (!r) return NULL;
  r->fmt = fmt;
  r->out = out;
  r->rules = rules;
  if (opts) r->opts = *opts;
  else r->opts.fail_level = JF_SEV_ERROR;
  r->acc = json_array();
  r->run_errs = json_array();
  if (fmt == JF_FMT_JSON || fmt == JF_FMT_SARIF) r->frags = jf_frag_cache_new();
  if (fmt == JF_FMT_JSON) jf_report_json_begin(r);
  return r;
}

void jf_reporter_free(jf_reporter *r) {
  if (!r) return;
  json_decref(r->acc);
  json_decref(r->run_errs);
  jf_jb_free(&r->out_buf);
  jf_jb_free(&r->sarif);
  jf_frag_cache_free(r->frags);
  free(r);
}

void jf_report_count(jf_reporter *r, const jf_result *res) {
  size_t mine = 0;
  r->files++;
  r->errors += res->n_errors;
  for (size_t i = 0; i < res->n_findings; i++) {
    const jf_finding *f = &res->findings[i];
    if (f->suppressed) {
      r->suppressed++;
      continue;
    }
    mine++;
    r->findings++;
    r->by_sev[f->severity]++;
  }
  if (mine) r->files_with_findings++;
}

void jf_reporter_file(jf_reporter *r, const jf_result *res) {
  jf_report_count(r, res);
  switch (r->fmt) {
  case JF_FMT_TEXT: jf_report_text_file(r, res); break;
  case JF_FMT_JSON: jf_report_json_file(r, res); break;
  case JF_FMT_SARIF: jf_report_sarif_file(r, res); break;
  case JF_FMT_JUNIT: jf_report_junit_file(r, res); break;
  case JF_FMT_GITHUB: jf_report_github_file(r, res); break;
  }
}

void jf_reporter_error(jf_reporter *r, const jf_error *e) {
  r->errors++;
  json_array_append_new(r->run_errs, jf_report_error_json(e));
}

void jf_reporter_finish(jf_reporter *r) {
  switch (r->fmt) {
  case JF_FMT_TEXT: jf_report_text_finish(r); break;
  case JF_FMT_JSON: jf_report_json_finish(r); break;
  case JF_FMT_SARIF: jf_report_sarif_finish(r); break;
  case JF_FMT_JUNIT: jf_report_junit_finish(r); break;
  case JF_FMT_GITHUB: jf_report_github_finish(r); break;
  }
  fflush(r->out);
}

/* The members of a finding's OUTPUT.md object, written as jansson would dump
 * the tree this used to build (report_write.c): a string jansson refuses
 * leaves its member out, the evidence is printed as parsed. */
void jf_report_finding_write(jf_jw *w, jf_frag_cache *c, const jf_finding *f) {
  jf_jw_rule_head(w, c, f);
  jf_jw_kv_str(w, "message", f->message);
  jf_jw_kv_int(w, "line", f->line);
  jf_jw_kv_int(w, "column", f->column);
  jf_jw_kv_int(w, "end_line", f->end_line);
  jf_jw_kv_int(w, "end_column", f->end_column);
  if (f->locator) jf_jw_kv_str(w, "locator", f->locator);
  jf_jw_kv_str(w, "excerpt", f->excerpt ? f->excerpt : "");
  jf_jw_key(w, "evidence");
  jf_jw_finding_evidence(w, f);
  jf_jw_basis_precedents(w, c, f);
  jf_jw_kv_raw(w, "suppressed", f->suppressed ? "true" : "false");
  if (f->suppressed && f->suppress_reason)
    jf_jw_kv_str(w, "suppression_reason", f->suppress_reason);
}

json_t *jf_report_error_json(const jf_error *e) {
  json_t *o = json_object();
  json_object_set_new(o, "message", json_string(e->message ? e->message : jf_status_str(e->status)));
  json_object_set_new(o, "line", e->line ? json_integer(e->line) : json_null());
  if (e->column) json_object_set_new(o, "column", json_integer(e->column));
  if (e->file) json_object_set_new(o, "file", json_string(e->file));
  json_object_set_new(o, "kind", json_string(jf_status_str(e->status)));
  return o;
}
