/* load.c — choosing a loader: by file extension, then by document kind. */
#include <string.h>
#include <strings.h>

#include "jianfu/load.h"
#include "doc_int.h"

jf_doc_kind jf_load_kind_for_path(const char *path) {
  const char *slash = path ? strrchr(path, '/') : NULL;
  const char *dot = path ? strrchr(slash ? slash : path, '.') : NULL;
  if (!dot) return JF_DOC_TEXT;
  if (strcasecmp(dot, ".yaml") == 0 || strcasecmp(dot, ".yml") == 0) return JF_DOC_YAML;
  if (strcasecmp(dot, ".md") == 0 || strcasecmp(dot, ".markdown") == 0) return JF_DOC_MARKDOWN;
  return JF_DOC_TEXT;
}

jf_status jf_load(const jf_source *src, jf_doc_kind kind, jf_doc **out, jf_error *err) {
  if (kind == JF_DOC_YAML) return jf_load_yaml(src, out, err);
  return jf_load_text(src, kind, out, err);
}

jf_status jf_load_deferred(const jf_source *src, jf_doc_kind kind, jf_doc **out, jf_error *err) {
  if (kind == JF_DOC_YAML) return jf_load_yaml(src, out, err);
  return jf_load_text_ex(src, kind, true, out, err);
}
