/* report_json.c — the JSON document of shared/spec/OUTPUT.md, streamed one
 * file object per line so that memory does not grow with the number of files. */
#include "report_impl.h"

void jf_report_json_begin(jf_reporter *r) {
  fprintf(r->out, "{\"schema\":1,\"tool\":{\"name\":\"jianfu\",\"version\":\"%s\"},\"files\":[",
          JF_VERSION);
}

void jf_report_json_file(jf_reporter *r, const jf_result *res) {
  json_t *o = json_object();
  json_object_set_new(o, "path", json_string(res->path));
  json_object_set_new(o, "format", res->format ? json_string(res->format) : json_null());
  json_object_set_new(o, "encoding", res->encoding ? json_string(res->encoding) : json_null());
  json_object_set_new(o, "sha256", res->sha256[0] ? json_string(res->sha256) : json_null());
  if (res->title) json_object_set_new(o, "title", json_string(res->title));
  if (res->issuer) json_object_set_new(o, "issuer", json_string(res->issuer));
  json_t *fs = json_array();
  for (size_t i = 0; i < res->n_findings; i++)
    json_array_append_new(fs, jf_report_finding_json(&res->findings[i]));
  json_object_set_new(o, "findings", fs);
  json_t *es = json_array();
  for (size_t i = 0; i < res->n_errors; i++)
    json_array_append_new(es, jf_report_error_json(&res->errors[i]));
  json_object_set_new(o, "errors", es);
  fputs(r->files > 1 ? ",\n" : "\n", r->out);
  json_dumpf(o, r->out, JSON_COMPACT | JSON_ENSURE_ASCII * 0);
  json_decref(o);
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
