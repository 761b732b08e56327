/* jianfu/load.h — loaders: a decoded source into a document.
 *
 * YAML schemes follow shared/spec/SCHEME.md: libcyaml checks them against a
 * schema, and a libyaml event pass over the same bytes recovers the source
 * position of every value, so each field becomes a clause at its exact line
 * and column with a locator such as "sections[0].items[1].criterion".
 * Text and Markdown are split into clauses at 。！？； (and their ASCII
 * forms), line ends, list items, headings and table cells; the first heading
 * or first non-empty line is the title. */
#ifndef JIANFU_LOAD_H
#define JIANFU_LOAD_H

#include "doc.h"

/* Pick a loader from the path's extension: .yaml/.yml → yaml, .md/.markdown →
 * markdown, anything else → text. */
JF_API jf_doc_kind jf_load_kind_for_path(const char *path);

/* Load a YAML scheme. Unknown keys, wrong types, missing required fields and
 * syntax errors are JF_EPARSE with file, line and key in `err`. */
JF_API jf_status jf_load_yaml(const jf_source *src, jf_doc **out, jf_error *err);

/* Load text or Markdown (kind JF_DOC_TEXT or JF_DOC_MARKDOWN). */
JF_API jf_status jf_load_text(const jf_source *src, jf_doc_kind kind, jf_doc **out,
                              jf_error *err);

/* Dispatch on kind. */
JF_API jf_status jf_load(const jf_source *src, jf_doc_kind kind, jf_doc **out, jf_error *err);

#endif
