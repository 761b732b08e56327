/* report_impl.h — what the reporters share (private). */
#ifndef JF_REPORT_IMPL_H
#define JF_REPORT_IMPL_H

#include <jansson.h>
#include "jianfu/report.h"

struct jf_reporter {
  jf_format fmt;
  FILE *out;
  const jf_ruleset *rules;
  jf_report_opts opts;
  size_t files, findings, errors, suppressed;
  size_t by_sev[3];
  size_t files_with_findings;
  json_t *acc;      /* sarif results / junit cases collected until finish */
  json_t *run_errs; /* run-level errors */
};

/* Counts shared by every format; call once per file. */
void jf_report_count(jf_reporter *r, const jf_result *res);
/* The finding as the JSON object of OUTPUT.md (new reference). */
json_t *jf_report_finding_json(const jf_finding *f);
json_t *jf_report_error_json(const jf_error *e);

void jf_report_text_file(jf_reporter *r, const jf_result *res);
void jf_report_text_finish(jf_reporter *r);
void jf_report_json_begin(jf_reporter *r);
void jf_report_json_file(jf_reporter *r, const jf_result *res);
void jf_report_json_finish(jf_reporter *r);
void jf_report_sarif_file(jf_reporter *r, const jf_result *res);
void jf_report_sarif_finish(jf_reporter *r);
void jf_report_junit_file(jf_reporter *r, const jf_result *res);
void jf_report_junit_finish(jf_reporter *r);
void jf_report_github_file(jf_reporter *r, const jf_result *res);
void jf_report_github_finish(jf_reporter *r);

#endif
