/* report_sarif.c — SARIF 2.1.0: one run, the loaded rules in
 * tool.driver.rules, findings as results, file and rule errors as
 * tool execution notifications. */
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

void jf_report_sarif_file(jf_reporter *r, const jf_result *res) {
  for (size_t i = 0; i < res->n_findings; i++) {
    const jf_finding *f = &res->findings[i];
    json_t *o = json_object();
    json_object_set_new(o, "ruleId", json_string(f->rule));
    long idx = rule_index(r, f->rule);
    if (idx >= 0) json_object_set_new(o, "ruleIndex", json_integer(idx));
    json_object_set_new(o, "level", json_string(level(f->severity)));
    json_object_set_new(o, "message", text(f->message));
    json_t *locs = json_array();
    json_array_append_new(locs, location(res->path, f->line, f->column, f->end_line,
                                         f->end_column, f->excerpt));
    json_object_set_new(o, "locations", locs);
    json_t *props = jf_report_finding_json(f);
    json_t *keep = json_object();
    const char *keys[] = {"category", "locator", "evidence", "basis", "precedents"};
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
      json_t *v = json_object_get(props, keys[k]);
      if (v) json_object_set(keep, keys[k], v);
    }
    json_decref(props);
    json_object_set_new(o, "properties", keep);
    if (f->suppressed) {
      json_t *s = json_pack("{s:s}", "kind", "inSource");
      if (f->suppress_reason)
        json_object_set_new(s, "justification", json_string(f->suppress_reason));
      json_object_set_new(o, "suppressions", json_pack("[o]", s));
    }
    json_array_append_new(r->acc, o);
  }
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
    "{s:s,s:s,s:[{s:{s:{s:s,s:s,s:o}},s:[{s:b,s:o}],s:o}]}", "$schema",
    "https://json.schemastore.org/sarif-2.1.0.json", "version", "2.1.0", "runs", "tool", "driver",
    "name", "jianfu", "version", JF_VERSION, "rules", driver_rules(r), "invocations", "executionSuccessful", r->errors == 0,
    "toolExecutionNotifications", notes, "results", json_incref(r->acc));
  json_dumpf(doc, r->out, JSON_INDENT(2));
  fputc('\n', r->out);
  json_decref(doc);
}
