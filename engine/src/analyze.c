/* analyze.c — PLACEHOLDER (finds nothing) until the real analyser lands. */
#include <stdlib.h>
#include <string.h>
#include "jianfu/analyze.h"

const char *jf_op_str(jf_op op) {
  static const char *s[] = {">=", ">", "<=", "<", "=="};
  return s[op];
}
jf_analysis *jf_analyze(const char *text, size_t len, const jf_analyze_ctx *ctx) {
  jf_analysis *a = calloc(1, sizeof *a);
  if (a && ctx && ctx->scheme_item) a->link = JF_LINK_SCHEME;
  return a;
}
void jf_analysis_free(jf_analysis *a) {
  if (!a) return;
  free(a->numbers); free(a->thresholds); free(a->frequencies); free(a->penalties);
  free(a->prohibitions); free(a);
}
bool jf_title_is_assessment(const char *t, size_t n) { return strstr(t, "考核") != NULL; }
bool jf_parse_number(const char *t, size_t n, size_t *pos, double *v) { return false; }
bool jf_analysis_prohibited(const jf_analysis *a, jf_span s) { return false; }
