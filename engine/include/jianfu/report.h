/* jianfu/report.h — reporters: text, json, sarif, junit, github.
 *
 * A reporter is streamed: one call per checked file, in the order the user
 * gave them, then finish. All formats report the same findings; the JSON
 * form is the public contract of shared/spec/OUTPUT.md. */
#ifndef JIANFU_REPORT_H
#define JIANFU_REPORT_H

#include <stdio.h>
#include "common.h"
#include "result.h"
#include "rules.h"

typedef enum jf_format {
  JF_FMT_TEXT = 0,
  JF_FMT_JSON = 1,
  JF_FMT_SARIF = 2,
  JF_FMT_JUNIT = 3,
  JF_FMT_GITHUB = 4,
} jf_format;

JF_API bool jf_format_parse(const char *name, jf_format *out);

typedef struct jf_report_opts {
  bool color;             /* ANSI colours in text output */
  jf_severity fail_level; /* for junit failures and the text summary */
} jf_report_opts;

typedef struct jf_reporter jf_reporter;

/* Borrows out and rules (rules may be NULL); both must outlive it. */
JF_API jf_reporter *jf_reporter_new(jf_format fmt, FILE *out, const jf_ruleset *rules,
                                    const jf_report_opts *opts);
/* Report one file's result (borrowed for the call only). */
JF_API void jf_reporter_file(jf_reporter *r, const jf_result *res);
/* Report a run-level error (a rule that could not be loaded). */
JF_API void jf_reporter_error(jf_reporter *r, const jf_error *e);
/* Write the summary and close the document. */
JF_API void jf_reporter_finish(jf_reporter *r);
JF_API void jf_reporter_free(jf_reporter *r);

#endif
