/* load_yaml.h — the libyaml position pass over a YAML source (private).
 *
 * libcyaml checks a scheme against its schema but reports no positions, so
 * load_yaml.c first walks the same bytes with libyaml and records every node
 * with its path ("scheme.sections[0].items[1].criterion"), the start of its
 * key and the byte range of its value. The table serves error lines, clause
 * spans and, later, whatever else needs to find a key in the source. */
#ifndef JF_LOAD_YAML_H
#define JF_LOAD_YAML_H

#include "jianfu/common.h"
#include "jianfu/source.h"

typedef enum jf_ynode_kind { JF_YSCALAR = 0, JF_YMAPPING = 1, JF_YSEQUENCE = 2 } jf_ynode_kind;

typedef enum jf_ystyle {
  JF_YPLAIN = 0,
  JF_YSINGLE = 1,  /* 'single quoted' */
  JF_YDOUBLE = 2,  /* "double quoted" */
  JF_YLITERAL = 3, /* | block */
  JF_YFOLDED = 4,  /* > block */
} jf_ystyle;

typedef struct jf_ynode {
  char *path;        /* "" for the root; keys joined by '.', entries as [i] */
  jf_ynode_kind kind;
  size_t key_start;  /* byte offset of its key; the node's own start without one */
  size_t start, end; /* byte range of the node in the source (quotes and block
                        indicators included; a collection up to its end) */
  jf_ystyle style;   /* scalars only */
  char *value;       /* scalars only: the parsed value, NUL-terminated */
  size_t len;
} jf_ynode;

typedef struct jf_ynodes {
  jf_ynode *v;
  size_t n, cap;
  uint32_t *index; /* open-addressing table over paths: node index + 1, 0 empty */
  size_t index_cap;
} jf_ynodes;

/* Walk src with libyaml. Syntax errors, aliases, several documents and
 * nesting deeper than any scheme needs are JF_EPARSE with the line. On
 * success the caller owns *out (free with jf_ynodes_free). An empty stream
 * gives zero nodes. */
jf_status jf_yaml_scan(const jf_source *src, jf_ynodes *out, jf_error *err);
void jf_ynodes_free(jf_ynodes *ns);

/* The first (or, with last, the last) node whose path is `path`, or NULL. */
const jf_ynode *jf_ynodes_find(const jf_ynodes *ns, const char *path, bool last);

#endif
