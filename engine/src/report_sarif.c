/* report_sarif.c — SARIF 2.1.0: one run, the loaded rules in
 * tool.driver.rules, findings as results, file and rule errors as
 * tool execution notifications. */
#include <stdlib.h>
#include <string.h>

#include "report_impl.h"

static const char *level(jf_severity s) {
  return s == JF_SEV_ERROR ? "error" : s == JF_SEV_WARNING ? "warning" : "note";
}

static json_t *text(const char *s) { return json_pack("{s:s}", "text", s ? s : ""); }

static json_t *location(const char *path, int line, int col, int eline, int ecol,
                        const char *snippet) {
  json_t *region = json_object();
  if (line > 0) {
    json_object_set_new(region, "startLine", json_integer(line));
    if (col > 0) json_object_set_new(region, "startColumn", json_integer(col));
    if (eline > 0) json_object_set_new(region, "endLine", json_integer(eline));
    if (ecol > 0) json_object_set_new(region, "endColumn", json_integer(ecol));
    if (snippet) json_object_set_new(region, "snippet", text(snippet));
  }
  json_t *phys = json_pack("{s:{s:s}}", "artifactLocation", "uri", path);
  if (line > 0) json_object_set_new(phys, "region", region);
  else json_decref(region);
  return json_pack("{s:o}", "physicalLocation", phys);
}

static long rule_index(const jf_reporter *r, const char *id) {
  return r->rules ? jf_ruleset_find(r->rules, id) : -1;
}

/* The writer's twin of text(): {"text": s}, refused when s is. */
static bool text_write(jf_jw *w, const char *key, const char *s) {
  jf_jw_mark m = jf_jw_save(w);
  jf_jw_key(w, key);
  jf_jw_open(w, '{');
  if (jf_jw_kv_str(w, "text", s ? s : "")) {
    jf_jw_close(w, '}');
    return true;
  }
  w->depth--;
  jf_jw_restore(w, m);
  return false;
}

/* The writer's twin of location(), as an element of the array being
 * written; left out (as json_pack's NULL was) when the path is refused. */
static void location_write(jf_jw *w, const char *path, int line, int col, int eline, int ecol,
                           const char *snippet) {
  jf_jw_mark m = jf_jw_save(w);
  jf_jw_item(w);
  jf_jw_open(w, '{');
  jf_jw_key(w, "physicalLocation");
  jf_jw_open(w, '{');
  jf_jw_key(w, "artifactLocation");
  jf_jw_open(w, '{');
  if (!jf_jw_kv_str(w, "uri", path)) {
    w->depth -= 3;
    jf_jw_restore(w, m);
    return;
  }
  jf_jw_close(w, '}');
  if (line > 0) {
    jf_jw_key(w, "region");
    jf_jw_open(w, '{');
    jf_jw_kv_int(w, "startLine", line);
    if (col > 0) jf_jw_kv_int(w, "startColumn", col);
    if (eline > 0) jf_jw_kv_int(w, "endLine", eline);
    if (ecol > 0) jf_jw_kv_int(w, "endColumn", ecol);
    if (snippet) text_write(w, "snippet", snippet);
    jf_jw_close(w, '}');
  }
  jf_jw_close(w, '}');
  jf_jw_close(w, '}');
}

/* One result object, written at the depth the results array's elements have
 * in the finished document (report_write.c keeps JSON_INDENT(2)'s layout). */
static void result_write(jf_reporter *r, jf_jw *w, const char *path, const jf_finding *f) {
  jf_jw_item(w);
  jf_jw_open(w, '{');
  jf_jw_kv_str(w, "ruleId", f->rule);
  long idx = rule_index(r, f->rule);
  if (idx >= 0) jf_jw_kv_int(w, "ruleIndex", idx);
  jf_jw_kv_str(w, "level", level(f->severity));
  text_write(w, "message", f->message);
  jf_jw_key(w, "locations");
  jf_jw_open(w, '[');
  location_write(w, path, f->line, f->column, f->end_line, f->end_column, f->excerpt);
  jf_jw_close(w, ']');
  /* the OUTPUT.md finding's category, locator, evidence, basis, precedents */
  jf_jw_key(w, "properties");
  jf_jw_open(w, '{');
  jf_jw_kv_str(w, "category", f->category);
  if (f->locator) jf_jw_kv_str(w, "locator", f->locator);
  jf_jw_key(w, "evidence");
  jf_jw_finding_evidence(w, f);
  jf_jw_basis_precedents(w, r->frags, f);
  jf_jw_close(w, '}');
  if (f->suppressed) {
    jf_jw_key(w, "suppressions");
    jf_jw_open(w, '[');
    jf_jw_item(w);
    jf_jw_open(w, '{');
    jf_jw_kv_str(w, "kind", "inSource");
    if (f->suppress_reason) jf_jw_kv_str(w, "justification", f->suppress_reason);
    jf_jw_close(w, '}');
    jf_jw_close(w, ']');
  }
  jf_jw_close(w, '}');
}

/* Results depth in the document: {"runs": [{"results": [ result ...  */
#define RESULT_DEPTH 4

void jf_report_sarif_file(jf_reporter *r, const jf_result *res) {
  jf_jw w = {.b = &r->sarif, .indent = 2, .depth = RESULT_DEPTH};
  w.n[RESULT_DEPTH] = r->n_sarif;
  for (size_t i = 0; i < res->n_findings; i++) result_write(r, &w, res->path, &res->findings[i]);
  r->n_sarif = w.n[RESULT_DEPTH];
  for (size_t i = 0; i < res->n_errors; i++) {
    const jf_error *e = &res->errors[i];
    json_t *n = json_pack("{s:s,s:o}", "level", "error", "message",
                          text(e->message ? e->message : jf_status_str(e->status)));
    json_object_set_new(n, "locations",
                        json_pack("[o]", location(res->path, e->line, e->column, 0, 0, NULL)));
    json_array_append_new(r->run_errs, n);
  }
}

static json_t *driver_rules(const jf_reporter *r) {
  json_t *a = json_array();
  for (size_t i = 0; r->rules && i < jf_ruleset_count(r->rules); i++) {
    const jf_rule_info *ri = jf_ruleset_rule(r->rules, i);
    json_t *basis = json_array(), *prec = json_array();
    for (size_t k = 0; k < ri->n_basis; k++) json_array_append_new(basis, json_string(ri->basis[k]));
    for (size_t k = 0; k < ri->n_precedents; k++)
      json_array_append_new(prec, json_string(ri->precedents[k]));
    json_t *o = json_pack("{s:s,s:s,s:o,s:{s:s},s:{s:s,s:o,s:o}}", "id", ri->id, "name", ri->id,
                          "shortDescription", text(ri->title), "defaultConfiguration", "level",
                          level(ri->severity), "properties", "category", ri->category, "basis",
                          basis, "precedents", prec);
    if (ri->description) json_object_set_new(o, "fullDescription", text(ri->description));
    json_array_append_new(a, o);
  }
  return a;
}

void jf_report_sarif_finish(jf_reporter *r) {
  /* run-level errors reported through jf_reporter_error are in run_errs in
   * the OUTPUT.md shape; turn them into notifications */
  json_t *notes = json_array();
  size_t i;
  json_t *v;
  json_array_foreach(r->run_errs, i, v) {
    if (json_object_get(v, "level")) {
      json_array_append(notes, v);
      continue;
    }
    json_t *file = json_object_get(v, "file"), *line = json_object_get(v, "line");
    json_t *n = json_pack("{s:s,s:o}", "level", "error", "message",
                          text(json_string_value(json_object_get(v, "message"))));
    if (json_is_string(file))
      json_object_set_new(n, "locations",
                          json_pack("[o]", location(json_string_value(file),
                                                    (int)json_integer_value(line), 0, 0, 0, NULL)));
    json_array_append_new(notes, n);
  }
  json_t *doc = json_pack(
    "{s:s,s:s,s:[{s:{s:{s:s,s:s,s:o}},s:[{s:b,s:o}],s:[]}]}", "$schema",
    "https://json.schemastore.org/sarif-2.1.0.json", "version", "2.1.0", "runs", "tool", "driver",
    "name", "jianfu", "version", JF_VERSION, "rules", driver_rules(r), "invocations", "executionSuccessful", r->errors == 0,
    "toolExecutionNotifications", notes, "results");
  /* jansson lays out everything but the results, which were written as text
   * (jf_report_sarif_file): they replace the empty array that ends the doc. */
  static const char tail[] = "[]\n    }\n  ]\n}";
  char *text = json_dumps(doc, JSON_INDENT(2));
  size_t len = text ? strlen(text) : 0, tl = sizeof tail - 1;
  if (len >= tl && memcmp(text + len - tl, tail, tl) == 0) {
    fwrite(text, 1, len - tl, r->out);
    if (r->n_sarif) {
      fputc('[', r->out);
      jf_jb_flush(&r->sarif, r->out);
      fputs("\n      ]", r->out);
    } else {
      fputs("[]", r->out);
    }
    fputs(tail + 2, r->out);
  }
  fputc('\n', r->out);
  free(text);
  json_decref(doc);
}
