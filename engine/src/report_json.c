/* report_json.c — the JSON document of shared/spec/OUTPUT.md, streamed one
 * file object per line so that memory does not grow with the number of files. */
#include "report_impl.h"

void jf_report_json_begin(jf_reporter *r) {
  fprintf(r->out, "{\"schema\":1,\"tool\":{\"name\":\"jianfu\",\"version\":\"%s\"},\"files\":[",
          JF_VERSION);
}

/* The file object is written as text into a reusable buffer (report_write.c)
 * with the bytes json_dumpf(JSON_COMPACT) printed for the tree built before. */
static void error_write(jf_jw *w, const jf_error *e) {
  jf_jw_open(w, '{');
  jf_jw_kv_str(w, "message", e->message ? e->message : jf_status_str(e->status));
  if (e->line) jf_jw_kv_int(w, "line", e->line);
  else jf_jw_kv_raw(w, "line", "null");
  if (e->column) jf_jw_kv_int(w, "column", e->column);
  if (e->file) jf_jw_kv_str(w, "file", e->file);
  jf_jw_kv_str(w, "kind", jf_status_str(e->status));
  jf_jw_close(w, '}');
}

/* "key":"s", "key":null when s is NULL, nothing when jansson refuses s. */
static void str_or_null(jf_jw *w, const char *key, const char *s) {
  if (s) jf_jw_kv_str(w, key, s);
  else jf_jw_kv_raw(w, key, "null");
}

void jf_report_json_file(jf_reporter *r, const jf_result *res) {
  jf_jw w = {.b = &r->out_buf};
  jf_jb_put(w.b, r->files > 1 ? ",\n" : "\n", r->files > 1 ? 2 : 1);
  jf_jw_open(&w, '{');
  jf_jw_kv_str(&w, "path", res->path);
  str_or_null(&w, "format", res->format);
  str_or_null(&w, "encoding", res->encoding);
  str_or_null(&w, "sha256", res->sha256[0] ? res->sha256 : NULL);
  if (res->title) jf_jw_kv_str(&w, "title", res->title);
  if (res->issuer) jf_jw_kv_str(&w, "issuer", res->issuer);
  jf_jw_key(&w, "findings");
  jf_jw_open(&w, '[');
  for (size_t i = 0; i < res->n_findings; i++) {
    jf_jw_item(&w);
    jf_jw_open(&w, '{');
    jf_report_finding_write(&w, r->frags, &res->findings[i]);
    jf_jw_close(&w, '}');
    /* keep the buffer small: write out whole findings as they come */
    if (w.b->len >= 1 << 16) jf_jb_flush(w.b, r->out);
  }
  jf_jw_close(&w, ']');
  jf_jw_key(&w, "errors");
  jf_jw_open(&w, '[');
  for (size_t i = 0; i < res->n_errors; i++) {
    jf_jw_item(&w);
    error_write(&w, &res->errors[i]);
  }
  jf_jw_close(&w, ']');
  jf_jw_close(&w, '}');
  jf_jb_flush(w.b, r->out);
}

void jf_report_json_finish(jf_reporter *r) {
  fputs("\n],\"errors\":", r->out);
  json_dumpf(r->run_errs, r->out, JSON_COMPACT);
  fprintf(r->out,
          ",\n\"summary\":{\"files\":%zu,\"findings\":%zu,\"errors\":%zu,\"suppressed\":%zu,"
          "\"by_severity\":{\"error\":%zu,\"warning\":%zu,\"info\":%zu}}}\n",
          r->files, r->findings, r->errors, r->suppressed, r->by_sev[JF_SEV_ERROR],
          r->by_sev[JF_SEV_WARNING], r->by_sev[JF_SEV_INFO]);
}
