/* fuzz_text.c — libFuzzer target: bytes → jf_source → jf_load_text → analysis.
 * The first byte's low bit picks Markdown or plain text, so one corpus
 * exercises both. */
#include <stdint.h>
#include <stddef.h>

#include "jianfu/load.h"

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) {
  jf_source *src = NULL;
  jf_doc *doc = NULL;
  jf_error err = {0};
  jf_doc_kind kind = n && (d[0] & 1) ? JF_DOC_MARKDOWN : JF_DOC_TEXT;
  if (jf_source_decode((const char *)d, n, "fuzz.txt", &src, &err) != JF_OK) goto out;
  if (jf_load_text(src, kind, &doc, &err) != JF_OK) goto out;
  (void)jf_doc_analyze(doc);
out:
  jf_doc_free(doc);
  jf_source_free(src);
  jf_error_clear(&err);
  return 0;
}
