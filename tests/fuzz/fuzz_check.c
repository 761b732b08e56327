/* fuzz_check.c — the whole pipeline with the real rule pack: decode, load,
 * normalize, analyse, prefilter, Lua rules, suppressions. The first byte
 * picks the loader (YAML, text or Markdown). Run from the repository root
 * (tools/fuzz.sh does) so that rules/ is found. */
#include <stdint.h>
#include <stdlib.h>

#include "jianfu/jianfu.h"

static jf_engine *engine;

static void ignore(const jf_error *e, void *ud) {
  (void)e, (void)ud;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!engine) {
    engine = jf_engine_new(NULL);
    if (jf_engine_load_rules(engine, "rules", ignore, NULL) != JF_OK) abort();
    jf_engine_prepare(engine);
  }
  if (size == 0) return 0;
  static const char *paths[] = {"f.yaml", "f.txt", "f.md"};
  jf_result *r = NULL;
  jf_engine_check_buffer(engine, paths[data[0] % 3], (const char *)data + 1, size - 1, &r);
  jf_result_free(r);
  return 0;
}
