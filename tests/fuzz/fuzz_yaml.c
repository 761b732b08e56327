/* fuzz_yaml.c — libFuzzer target: bytes → jf_source → jf_load_yaml → analysis. */
#include <stdint.h>
#include <stddef.h>

#include "jianfu/load.h"

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) {
  jf_source *src = NULL;
  jf_doc *doc = NULL;
  jf_error err = {0};
  if (jf_source_decode((const char *)d, n, "fuzz.yaml", &src, &err) != JF_OK) goto out;
  if (jf_load_yaml(src, &doc, &err) != JF_OK) goto out;
  (void)jf_doc_analyze(doc);
out:
  jf_doc_free(doc);
  jf_source_free(src);
  jf_error_clear(&err);
  return 0;
}
