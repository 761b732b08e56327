/* load_yaml.c — YAML schemes (shared/spec/SCHEME.md) into clauses.
 *
 * Responsibilities:
 *  - a libyaml event pass (jf_yaml_scan) that records every node's path and
 *    byte range: libcyaml reports no positions, and libyaml's marks count
 *    characters, not bytes, so the pass converts them;
 *  - the libcyaml schema check, whose log (captured through log_fn) names the
 *    failing key and its path; that path is looked up in the pass's table to
 *    give the error its line;
 *  - one clause per item field (name, criterion, scoring, evidence), per
 *    section title and for the scheme title, each spanning the value's exact
 *    source bytes, with a raw_map when the value differs from its source text
 *    (escapes, block scalars, folded lines).
 *
 * Item ids are free text: `id: 3.2` (a YAML number) is read as the string
 * "3.2", exactly as `id: "3.2"` is. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cyaml/cyaml.h>
#include <yaml.h>

#include "jianfu/load.h"
#include "load_util.h"
#include "load_yaml.h"

/* Deeper than any scheme (scheme.sections[].items[].field is 5); a bound
 * keeps hostile nesting from building quadratic path strings. */
#define MAX_DEPTH 32
/* Longer keys are cut in paths; they are unknown keys anyway. */
#define MAX_KEY_IN_PATH 128

/* ---------------------------------------------------------------------------
 * The libyaml pass
 * ------------------------------------------------------------------------- */

typedef struct yframe {
  size_t node;      /* index of the collection's node */
  bool map;         /* mapping (else sequence) */
  bool want_key;    /* mapping: the next node is a key */
  char *key;        /* mapping: the key whose value comes next */
  size_t key_start; /* byte offset of that key */
  size_t index;     /* sequence: index of the next entry */
} yframe;

typedef struct yscan {
  const jf_source *src;
  const char *text;
  size_t len;
  uint32_t *c2b; /* character index (libyaml marks) → byte offset */
  size_t nchars;
  jf_ynodes *out;
  yframe stack[MAX_DEPTH];
  size_t depth;
  jf_error *err;
} yscan;

static size_t mark_byte(const yscan *y, size_t index) {
  return index > y->nchars ? y->len : y->c2b[index];
}

static jf_status scan_fail(yscan *y, size_t off, const char *fmt, const char *arg) {
  int line, col;
  jf_source_position(y->src, off, &line, &col);
  jf_error_set(y->err, JF_EPARSE, jf_source_path(y->src), line, col, fmt, arg);
  return JF_EPARSE;
}

static jf_status syntax_fail(yscan *y, const yaml_parser_t *p) {
  size_t off;
  if (p->error == YAML_READER_ERROR)
    off = p->problem_offset < y->len ? p->problem_offset : y->len; /* bytes here */
  else
    off = mark_byte(y, p->problem_mark.index);
  if (p->error == YAML_MEMORY_ERROR) {
    jf_error_set(y->err, JF_ENOMEM, jf_source_path(y->src), 0, 0, "out of memory parsing YAML");
    return JF_ENOMEM;
  }
  int line, col;
  jf_source_position(y->src, off, &line, &col);
  const char *problem = p->problem ? p->problem : "invalid YAML";
  /* The two mistakes people make in hand-written schemes get a hint. */
  const char *hint = "";
  if (strstr(problem, "mapping values are not allowed"))
    hint = "; quote a value that contains ': '";
  else if (off < y->len && y->text[off] == '\t')
    hint = "; indent with spaces, not tabs";
  if (p->context) {
    int cline, ccol;
    jf_source_position(y->src, mark_byte(y, p->context_mark.index), &cline, &ccol);
    jf_error_set(y->err, JF_EPARSE, jf_source_path(y->src), line, col,
                 "YAML syntax error: %s (%s at line %d)%s", problem, p->context, cline, hint);
  } else {
    jf_error_set(y->err, JF_EPARSE, jf_source_path(y->src), line, col,
                 "YAML syntax error: %s%s", problem, hint);
  }
  return JF_EPARSE;
}

static jf_status build_index(jf_ynodes *ns);

static jf_ynode *push_node(jf_ynodes *ns) {
  if (ns->n == ns->cap) {
    size_t nc = ns->cap ? ns->cap * 2 : 64;
    jf_ynode *v = realloc(ns->v, nc * sizeof *v);
    if (!v) return NULL;
    ns->v = v;
    ns->cap = nc;
  }
  jf_ynode *nd = &ns->v[ns->n++];
  memset(nd, 0, sizeof *nd);
  return nd;
}

/* A node event (scalar or collection start): either the key of the mapping
 * on top of the stack, or a value whose path extends its parent's. */
static jf_status on_node(yscan *y, const yaml_event_t *ev) {
  size_t start = mark_byte(y, ev->start_mark.index);
  size_t end = mark_byte(y, ev->end_mark.index);
  yframe *top = y->depth ? &y->stack[y->depth - 1] : NULL;

  if (top && top->map && top->want_key) {
    if (ev->type != YAML_SCALAR_EVENT)
      return scan_fail(y, start, "a mapping key must be a plain string%s", "");
    size_t kl = ev->data.scalar.length;
    if (kl > MAX_KEY_IN_PATH) kl = MAX_KEY_IN_PATH;
    if (!(top->key = strndup((const char *)ev->data.scalar.value, kl))) return JF_ENOMEM;
    top->key_start = start;
    top->want_key = false;
    return JF_OK;
  }

  char *path;
  int r;
  if (!top) {
    r = (path = strdup("")) ? 0 : -1;
  } else if (top->map) {
    const char *pp = y->out->v[top->node].path;
    r = asprintf(&path, "%s%s%s", pp, *pp ? "." : "", top->key ? top->key : "?");
  } else {
    r = asprintf(&path, "%s[%zu]", y->out->v[top->node].path, top->index++);
  }
  if (r < 0) return JF_ENOMEM;

  jf_ynode *nd = push_node(y->out);
  if (!nd) {
    free(path);
    return JF_ENOMEM;
  }
  nd->path = path;
  nd->start = start;
  nd->end = end;
  nd->key_start = top && top->map ? top->key_start : start;

  if (ev->type == YAML_SCALAR_EVENT) {
    nd->kind = JF_YSCALAR;
    switch (ev->data.scalar.style) {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE: nd->style = JF_YSINGLE; break;
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: nd->style = JF_YDOUBLE; break;
    case YAML_LITERAL_SCALAR_STYLE: nd->style = JF_YLITERAL; break;
    case YAML_FOLDED_SCALAR_STYLE: nd->style = JF_YFOLDED; break;
    default: nd->style = JF_YPLAIN; break;
    }
    nd->len = ev->data.scalar.length;
    if (!(nd->value = malloc(nd->len + 1))) return JF_ENOMEM;
    memcpy(nd->value, ev->data.scalar.value, nd->len);
    nd->value[nd->len] = 0;
    if (top && top->map) {
      free(top->key);
      top->key = NULL;
      top->want_key = true;
    }
    return JF_OK;
  }

  nd->kind = ev->type == YAML_MAPPING_START_EVENT ? JF_YMAPPING : JF_YSEQUENCE;
  if (y->depth == MAX_DEPTH)
    return scan_fail(y, start, "nesting deeper than %s levels: not a scheme", "32");
  y->stack[y->depth++] = (yframe){
    .node = y->out->n - 1, .map = nd->kind == JF_YMAPPING, .want_key = nd->kind == JF_YMAPPING};
  return JF_OK;
}

static void on_end(yscan *y, const yaml_event_t *ev) {
  if (!y->depth) return;
  yframe *f = &y->stack[--y->depth];
  y->out->v[f->node].end = mark_byte(y, ev->end_mark.index);
  free(f->key);
  f->key = NULL;
  if (y->depth && y->stack[y->depth - 1].map) {
    yframe *top = &y->stack[y->depth - 1];
    free(top->key);
    top->key = NULL;
    top->want_key = true;
  }
}

jf_status jf_yaml_scan(const jf_source *src, jf_ynodes *out, jf_error *err) {
  yscan y = {.src = src, .text = jf_source_text(src), .len = jf_source_len(src), .out = out,
             .err = err};
  yaml_parser_t p;
  bool parser_ok = false;
  jf_status st = JF_OK;
  int docs = 0;
  memset(out, 0, sizeof *out);

  /* Every character start gets the index libyaml will give it. */
  y.c2b = malloc((y.len + 1) * sizeof *y.c2b);
  if (!y.c2b) {
    st = JF_ENOMEM;
    goto out;
  }
  for (size_t i = 0; i < y.len; i += jf_u8_len(y.text, y.len, i)) y.c2b[y.nchars++] = (uint32_t)i;
  y.c2b[y.nchars] = (uint32_t)y.len;

  if (!yaml_parser_initialize(&p)) {
    st = JF_ENOMEM;
    goto out;
  }
  parser_ok = true;
  yaml_parser_set_input_string(&p, (const unsigned char *)y.text, y.len);
  yaml_parser_set_encoding(&p, YAML_UTF8_ENCODING);

  for (bool done = false; !done && st == JF_OK;) {
    yaml_event_t ev;
    if (!yaml_parser_parse(&p, &ev)) {
      st = syntax_fail(&y, &p);
      break;
    }
    switch (ev.type) {
    case YAML_STREAM_END_EVENT: done = true; break;
    case YAML_DOCUMENT_START_EVENT:
      if (++docs > 1)
        st = scan_fail(&y, mark_byte(&y, ev.start_mark.index),
                       "more than one YAML document%s: a scheme file holds one", "");
      break;
    case YAML_ALIAS_EVENT:
      st = scan_fail(&y, mark_byte(&y, ev.start_mark.index),
                     "aliases (*%s) are not supported in a scheme: write the value out",
                     (const char *)ev.data.alias.anchor);
      break;
    case YAML_SCALAR_EVENT:
    case YAML_MAPPING_START_EVENT:
    case YAML_SEQUENCE_START_EVENT: st = on_node(&y, &ev); break;
    case YAML_MAPPING_END_EVENT:
    case YAML_SEQUENCE_END_EVENT: on_end(&y, &ev); break;
    default: break;
    }
    yaml_event_delete(&ev);
  }

  if (st == JF_OK) st = build_index(out);
out:
  if (st == JF_ENOMEM && (!err || err->status != JF_ENOMEM))
    jf_error_set(err, JF_ENOMEM, jf_source_path(src), 0, 0, "out of memory parsing YAML");
  for (size_t i = 0; i < y.depth; i++) free(y.stack[i].key);
  if (parser_ok) yaml_parser_delete(&p);
  free(y.c2b);
  if (st != JF_OK) jf_ynodes_free(out);
  return st;
}

void jf_ynodes_free(jf_ynodes *ns) {
  if (!ns) return;
  for (size_t i = 0; i < ns->n; i++) {
    free(ns->v[i].path);
    free(ns->v[i].value);
  }
  free(ns->v);
  free(ns->index);
  memset(ns, 0, sizeof *ns);
}

static size_t path_hash(const char *s) {
  size_t h = 2166136261u;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

/* Index the paths so that building a scheme of n items costs O(n), not
 * O(n²) lookups; the first node of a path wins. */
static jf_status build_index(jf_ynodes *ns) {
  size_t cap = 16;
  while (cap < ns->n * 2) cap *= 2;
  if (!(ns->index = calloc(cap, sizeof *ns->index))) return JF_ENOMEM;
  ns->index_cap = cap;
  for (size_t i = 0; i < ns->n; i++) {
    for (size_t h = path_hash(ns->v[i].path) & (cap - 1);; h = (h + 1) & (cap - 1)) {
      if (!ns->index[h]) {
        ns->index[h] = (uint32_t)i + 1;
        break;
      }
      if (strcmp(ns->v[ns->index[h] - 1].path, ns->v[i].path) == 0) break;
    }
  }
  return JF_OK;
}

const jf_ynode *jf_ynodes_find(const jf_ynodes *ns, const char *path, bool last) {
  if (last || !ns->index) {
    const jf_ynode *hit = NULL;
    for (size_t i = 0; i < ns->n; i++) {
      if (strcmp(ns->v[i].path, path) == 0) {
        hit = &ns->v[i];
        if (!last) break;
      }
    }
    return hit;
  }
  for (size_t h = path_hash(path) & (ns->index_cap - 1);; h = (h + 1) & (ns->index_cap - 1)) {
    if (!ns->index[h]) return NULL;
    const jf_ynode *nd = &ns->v[ns->index[h] - 1];
    if (strcmp(nd->path, path) == 0) return nd;
  }
}

/* ---------------------------------------------------------------------------
 * The libcyaml schema (SCHEME.md)
 * ------------------------------------------------------------------------- */

typedef struct yitem {
  char *id, *name;
  double points;
  char *criterion, *scoring, *evidence, *owner;
} yitem;

typedef struct ysection {
  char *title;
  yitem *items;
  unsigned items_count;
} ysection;

typedef struct yscheme {
  char *title, *issuer;
  int year;
  char **applies_to;
  unsigned applies_to_count;
  ysection *sections;
  unsigned sections_count;
  yitem *items;
  unsigned items_count;
} yscheme;

typedef struct ytop {
  yscheme *scheme;
} ytop;

/* `~` and empty values load as NULL so a blank required field can be told
 * apart from a real one, and `items:` with nothing under it is no list. */
#define STR_REQ (CYAML_FLAG_POINTER_NULL_STR)
#define STR_OPT (CYAML_FLAG_POINTER_NULL_STR | CYAML_FLAG_OPTIONAL)
#define SEQ_OPT (CYAML_FLAG_POINTER_NULL_STR | CYAML_FLAG_OPTIONAL)

static const cyaml_schema_field_t item_fields[] = {
  CYAML_FIELD_STRING_PTR("id", STR_OPT, yitem, id, 0, CYAML_UNLIMITED),
  CYAML_FIELD_STRING_PTR("name", STR_REQ, yitem, name, 0, CYAML_UNLIMITED),
  CYAML_FIELD_FLOAT("points", CYAML_FLAG_OPTIONAL, yitem, points),
  CYAML_FIELD_STRING_PTR("criterion", STR_REQ, yitem, criterion, 0, CYAML_UNLIMITED),
  CYAML_FIELD_STRING_PTR("scoring", STR_OPT, yitem, scoring, 0, CYAML_UNLIMITED),
  CYAML_FIELD_STRING_PTR("evidence", STR_OPT, yitem, evidence, 0, CYAML_UNLIMITED),
  CYAML_FIELD_STRING_PTR("owner", STR_OPT, yitem, owner, 0, CYAML_UNLIMITED),
  CYAML_FIELD_END,
};
static const cyaml_schema_value_t item_schema = {
  CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT, yitem, item_fields),
};

static const cyaml_schema_field_t section_fields[] = {
  CYAML_FIELD_STRING_PTR("title", STR_OPT, ysection, title, 0, CYAML_UNLIMITED),
  CYAML_FIELD_SEQUENCE("items", SEQ_OPT, ysection, items, &item_schema, 0, CYAML_UNLIMITED),
  CYAML_FIELD_END,
};
static const cyaml_schema_value_t section_schema = {
  CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT, ysection, section_fields),
};

static const cyaml_schema_value_t string_schema = {
  CYAML_VALUE_STRING(CYAML_FLAG_POINTER, char, 0, CYAML_UNLIMITED),
};

static const cyaml_schema_field_t scheme_fields[] = {
  CYAML_FIELD_STRING_PTR("title", STR_REQ, yscheme, title, 0, CYAML_UNLIMITED),
  CYAML_FIELD_STRING_PTR("issuer", STR_OPT, yscheme, issuer, 0, CYAML_UNLIMITED),
  CYAML_FIELD_INT("year", CYAML_FLAG_OPTIONAL, yscheme, year),
  CYAML_FIELD_SEQUENCE("applies_to", SEQ_OPT, yscheme, applies_to, &string_schema, 0,
                       CYAML_UNLIMITED),
  CYAML_FIELD_SEQUENCE("sections", SEQ_OPT, yscheme, sections, &section_schema, 0,
                       CYAML_UNLIMITED),
  CYAML_FIELD_SEQUENCE("items", SEQ_OPT, yscheme, items, &item_schema, 0, CYAML_UNLIMITED),
  CYAML_FIELD_END,
};

static const cyaml_schema_field_t top_fields[] = {
  CYAML_FIELD_MAPPING_PTR("scheme", CYAML_FLAG_POINTER, ytop, scheme, scheme_fields),
  CYAML_FIELD_END,
};
static const cyaml_schema_value_t top_schema = {
  CYAML_VALUE_MAPPING(CYAML_FLAG_POINTER, ytop, top_fields),
};

/* libcyaml's log, kept line by line: the first message says what failed,
 * the "  in …" backtrace lines say where. */
typedef struct ylog {
  char *lines[64];
  size_t n;
} ylog;

static void log_fn(cyaml_log_t level, void *ctx, const char *fmt, va_list args) {
  ylog *lg = ctx;
  char *s;
  if (lg->n == sizeof lg->lines / sizeof lg->lines[0]) return;
  if (vasprintf(&s, fmt, args) < 0) return;
  size_t l = strlen(s);
  while (l && (s[l - 1] == '\n' || s[l - 1] == '\r')) s[--l] = 0;
  lg->lines[lg->n++] = s;
}

static void log_free(ylog *lg) {
  for (size_t i = 0; i < lg->n; i++) free(lg->lines[i]);
  lg->n = 0;
}

/* "scheme.items[0]" → "items[0]": locators and messages name paths inside
 * the scheme, as SCHEME.md and OUTPUT.md do. */
static const char *display_path(const char *path) {
  if (strncmp(path, "scheme.", 7) == 0) return path + 7;
  return *path ? path : "the top level";
}

/* Keys allowed in the mapping at `path`, for the hint after an unknown key. */
static const char *allowed_keys(const char *path) {
  if (!*path) return "scheme";
  if (strcmp(path, "scheme") == 0) return "title, issuer, year, applies_to, sections, items";
  const char *last = strrchr(path, '.');
  last = last ? last + 1 : path;
  if (strncmp(last, "items[", 6) == 0)
    return "id, name, points, criterion, scoring, evidence, owner";
  if (strncmp(last, "sections[", 9) == 0) return "title, items";
  return NULL;
}

typedef enum { FR_FIELD, FR_ENTRY, FR_MAPPING } frame_kind;

/* Rebuild the path of the failing node from libcyaml's backtrace (innermost
 * frame first). `drop_field` drops an innermost "mapping field" frame: for a
 * missing field it names the last key read, not the mapping. Sets *cy_line to
 * the innermost frame's line as a fallback position. */
static char *backtrace_path(const ylog *lg, bool drop_field, int *cy_line) {
  size_t first = 0, nfr = 0;
  for (size_t i = 0; i < lg->n; i++) {
    if (strncmp(lg->lines[i], "  in ", 5) != 0) continue;
    if (!nfr) first = i;
    nfr++;
  }
  *cy_line = 0;
  size_t cap = 1;
  for (size_t i = 0; i < nfr; i++) cap += strlen(lg->lines[first + i]) + 16;
  char *path = malloc(cap);
  if (!path) return NULL;
  path[0] = 0;
  size_t pl = 0;
  for (size_t k = nfr; k-- > 0;) {
    const char *l = lg->lines[first + k];
    frame_kind fk = strncmp(l, "  in mapping field '", 20) == 0    ? FR_FIELD
                    : strncmp(l, "  in sequence entry '", 21) == 0 ? FR_ENTRY
                                                                   : FR_MAPPING;
    const char *ln = strstr(l, "(line: ");
    if (k == 0 && ln) *cy_line = atoi(ln + 7);
    if (k == 0 && drop_field && fk == FR_FIELD) break;
    if (fk == FR_FIELD) {
      const char *kb = l + 20, *ke = ln ? ln : l + strlen(l);
      while (ke > kb && ke[-1] != '\'') ke--; /* the key may hold quotes itself */
      if (ke > kb) ke--;
      size_t kl = (size_t)(ke - kb);
      if (kl > MAX_KEY_IN_PATH) kl = MAX_KEY_IN_PATH;
      pl += (size_t)snprintf(path + pl, cap - pl, "%s%.*s", pl ? "." : "", (int)kl, kb);
    } else if (fk == FR_ENTRY) {
      unsigned long n = strtoul(l + 21, NULL, 10); /* a count: 1 for the first entry */
      pl += (size_t)snprintf(path + pl, cap - pl, "[%lu]", n ? n - 1 : 0);
    }
  }
  return path;
}

/* Split "a.b.key" into the parent's display path and "key". */
static void split_path(const char *path, char **parent, const char **key) {
  const char *dot = strrchr(path, '.');
  *key = dot ? dot + 1 : path;
  *parent = dot ? strndup(path, (size_t)(dot - path)) : strdup("");
}

static const char *type_word(const char *cyaml_type) {
  static const struct {
    const char *c, *w;
  } words[] = {
    {"STRING", "a string"}, {"INT", "an integer"}, {"FLOAT", "a number"},
    {"MAPPING", "a mapping"}, {"SEQUENCE", "a list"}, {"SCALAR", "a single value"},
    {"SEQUENCE_START", "a list"}, {"MAPPING_START", "a mapping"},
  };
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
    if (strcmp(cyaml_type, words[i].c) == 0) return words[i].w;
  return cyaml_type;
}

/* Turn a libcyaml failure into one error with the key, its path and line. */
static jf_status schema_error(const jf_source *src, const jf_ynodes *ns, const ylog *lg,
                              cyaml_err_t cerr, jf_error *err) {
  const char *msg = NULL;
  for (size_t i = 0; i < lg->n && !msg; i++) {
    const char *l = lg->lines[i];
    if (strncmp(l, "Load: ", 6) == 0 && strncmp(l, "Load: Backtrace", 15) != 0) msg = l + 6;
  }
  if (!msg) msg = cyaml_strerror(cerr);

  bool missing = strncmp(msg, "Missing required mapping field: ", 32) == 0;
  bool dup = strncmp(msg, "Mapping field already seen: ", 28) == 0;
  int cy_line = 0;
  char *path = backtrace_path(lg, missing || dup, &cy_line);
  char *parent = NULL, *want = NULL, *text = NULL;
  const char *key;
  const jf_ynode *nd = NULL;
  bool at_key = false;
  jf_status st = JF_EPARSE;
  if (!path) goto oom;
  split_path(path, &parent, &key);
  if (!parent) goto oom;

  char a[64], b[64];
  int r;
  if (dup || strncmp(msg, "Unexpected key: ", 16) == 0) {
    const char *k = strchr(msg, ':') + 2;
    if (asprintf(&want, "%s%s%.*s", path, *path ? "." : "", MAX_KEY_IN_PATH, k) < 0) goto oom;
    nd = jf_ynodes_find(ns, want, dup);
    at_key = true;
    const char *hint = dup ? NULL : allowed_keys(path);
    r = asprintf(&text, "%s key '%s' in %s%s%s%s", dup ? "duplicate" : "unknown", k,
                 display_path(path), hint ? " (expected one of: " : "", hint ? hint : "",
                 hint ? ")" : "");
  } else if (missing) {
    nd = jf_ynodes_find(ns, path, false);
    r = asprintf(&text, "missing required key '%s' in %s", msg + 32, display_path(path));
  } else if (sscanf(msg, "Expecting %63[^,], got event: %63s", a, b) == 2) {
    nd = jf_ynodes_find(ns, path, false);
    r = asprintf(&text, "wrong type for '%s' in %s: expected %s, got %s", key,
                 display_path(parent), type_word(a), type_word(b));
  } else if (strncmp(msg, "Invalid INT value: ", 19) == 0 ||
             strncmp(msg, "Invalid FLOAT value: ", 21) == 0) {
    bool is_int = msg[8] == 'I';
    const char *v = strchr(msg, ':') + 2;
    size_t vl = strlen(v);
    if (vl >= 2 && v[0] == '\'' && v[vl - 1] == '\'') v++, vl -= 2;
    nd = jf_ynodes_find(ns, path, false);
    r = asprintf(&text, "wrong type for '%s' in %s: expected %s, got '%.*s'", key,
                 display_path(parent), is_int ? "an integer" : "a number", (int)vl, v);
  } else {
    nd = jf_ynodes_find(ns, path, false);
    r = asprintf(&text, "%s at %s", msg, display_path(path));
  }
  if (r < 0) goto oom;

  int line = cy_line, col = 0;
  if (nd) jf_source_position(src, at_key ? nd->key_start : nd->start, &line, &col);
  jf_error_set(err, JF_EPARSE, jf_source_path(src), line, col, "%s", text);
  goto out;
oom:
  st = JF_ENOMEM;
  jf_error_set(err, JF_ENOMEM, jf_source_path(src), 0, 0, "out of memory");
out:
  free(path);
  free(parent);
  free(want);
  free(text);
  return st;
}

/* ---------------------------------------------------------------------------
 * Clauses
 * ------------------------------------------------------------------------- */

static bool ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Bytes of the escape sequence at s[j] (a backslash) in a double-quoted
 * scalar; 0 for an escaped line break, which yields no character. */
static size_t escape_len(const char *s, size_t j, size_t be, size_t *skip) {
  size_t k = j + 1;
  if (k >= be) return *skip = be - j, 1;
  char e = s[k];
  if (e == '\n' || e == '\r') {
    k++;
    while (k < be && (ascii_space(s[k]))) k++;
    *skip = k - j;
    return 0;
  }
  size_t n = e == 'x' ? 4 : e == 'u' ? 6 : e == 'U' ? 10 : 2;
  if (j + n > be) n = be - j;
  *skip = n;
  return n;
}

/* Align the parsed value v[0..n) with its source text s[bs..be): identical
 * characters are matched, source characters the value lacks (quotes,
 * indentation, escapes' extra bytes) are skipped, and value characters the
 * source lacks (a space folded from a line break) sit at the current place.
 * map[i] is the source offset of value byte i, mend[i] the end of the source
 * text that produced it. Never leaves [bs, be]. */
static void align_value(const char *s, size_t bs, size_t be, bool dq, const char *v, size_t n,
                        uint32_t *map, uint32_t *mend) {
  size_t i = 0, j = bs, last = bs, last_end = bs;
  while (i < n) {
    size_t vl;
    uint32_t vc = jf_u8_decode(v, n, i, &vl);
    if (j >= be) {
      for (size_t k = 0; k < vl; k++) map[i + k] = (uint32_t)last, mend[i + k] = (uint32_t)last_end;
      i += vl;
      continue;
    }
    if (dq && s[j] == '\\') {
      size_t skip;
      size_t el = escape_len(s, j, be, &skip);
      if (el == 0) {
        j += skip;
        continue;
      }
      /* the character's last byte sits on the escape's last byte, so the
       * normalizer (end = map of last byte + 1) covers the whole escape */
      for (size_t k = 0; k < vl; k++) {
        map[i + k] = (uint32_t)(j + (k + 1 == vl ? el - 1 : k < el ? k : el - 1));
        mend[i + k] = (uint32_t)(j + el);
      }
      last = j;
      last_end = j + el;
      i += vl;
      j += el;
      continue;
    }
    size_t sl = jf_u8_len(s, be, j);
    bool same = sl == vl && memcmp(s + j, v + i, vl) == 0;
    bool ws_pair = !same && ascii_space(v[i]) && ascii_space(s[j]);
    if (same || ws_pair) {
      for (size_t k = 0; k < vl; k++) {
        map[i + k] = (uint32_t)(j + (k < sl ? k : sl - 1));
        mend[i + k] = (uint32_t)(j + sl);
      }
      last = j;
      last_end = j + sl;
      i += vl;
      j += sl;
    } else if (vc == ' ' || vc == '\n' || vc == '\t') {
      for (size_t k = 0; k < vl; k++) map[i + k] = (uint32_t)j, mend[i + k] = (uint32_t)j;
      i += vl;
    } else {
      j += sl;
    }
  }
}

typedef struct ybuild {
  const jf_source *src;
  const jf_ynodes *ns;
  jf_doc *doc;
} ybuild;

/* Add the clause for the scalar at `path` (if present and not blank).
 * *out gets the clause or NULL. */
static jf_status add_scalar(ybuild *b, const char *path, unsigned flags, int item,
                            jf_clause **out) {
  const char *s = jf_source_text(b->src);
  size_t slen = jf_source_len(b->src);
  const jf_ynode *nd = jf_ynodes_find(b->ns, path, false);
  uint32_t *map = NULL, *mend = NULL;
  jf_status st = JF_OK;
  if (out) *out = NULL;
  if (!nd || nd->kind != JF_YSCALAR) return JF_OK;

  /* The value without surrounding blanks; empty values make no clause. */
  size_t lo = 0, hi = nd->len;
  while (lo < hi && ascii_space(nd->value[lo])) lo++;
  while (hi > lo && ascii_space(nd->value[hi - 1])) hi--;
  if (lo == hi) return JF_OK;

  /* Where the value's text sits: inside quotes, after a block header line. */
  size_t bs = nd->start, be = nd->end > slen ? slen : nd->end;
  if (bs > be) bs = be;
  if (nd->style == JF_YSINGLE || nd->style == JF_YDOUBLE) {
    if (bs < be) bs++;
    if (be > bs && (s[be - 1] == '"' || s[be - 1] == '\'')) be--;
  } else if (nd->style == JF_YLITERAL || nd->style == JF_YFOLDED) {
    while (bs < be && s[bs] != '\n') bs++;
    if (bs < be) bs++;
  }

  size_t start, end;
  const uint32_t *raw_map = NULL;
  if (be - bs >= nd->len && memcmp(s + bs, nd->value, nd->len) == 0) {
    start = bs + lo;
    end = bs + hi;
  } else {
    map = malloc(nd->len * sizeof *map);
    mend = malloc(nd->len * sizeof *mend);
    if (!map || !mend) {
      st = JF_ENOMEM;
      goto out;
    }
    align_value(s, bs, be, nd->style == JF_YDOUBLE, nd->value, nd->len, map, mend);
    start = map[lo];
    end = mend[hi - 1];
    if (end <= start) end = start + (start < slen ? jf_u8_len(s, slen, start) : 0);
    raw_map = map + lo;
  }
  jf_clause *c = jf_doc_add_clause(b->doc, nd->value + lo, hi - lo, raw_map, start, end,
                                   display_path(path), flags, item);
  if (!c) st = JF_ENOMEM;
  if (out) *out = c;
out:
  free(map);
  free(mend);
  return st;
}

static jf_status add_items(ybuild *b, const char *base, unsigned count, int *item) {
  static const char *const fields[] = {"name", "criterion", "scoring", "evidence"};
  jf_status st = JF_OK;
  char *ipath = NULL, *fpath = NULL;
  for (unsigned i = 0; i < count && st == JF_OK; i++, (*item)++) {
    if (asprintf(&ipath, "%s[%u]", base, i) < 0) return JF_ENOMEM;
    unsigned flags = JF_CLAUSE_SCHEME_ITEM;
    if (asprintf(&fpath, "%s.points", ipath) < 0) goto oom;
    if (jf_ynodes_find(b->ns, fpath, false)) flags |= JF_CLAUSE_SCORED;
    free(fpath);
    fpath = NULL;
    for (size_t f = 0; f < sizeof fields / sizeof fields[0] && st == JF_OK; f++) {
      if (asprintf(&fpath, "%s.%s", ipath, fields[f]) < 0) goto oom;
      st = add_scalar(b, fpath, flags, *item, NULL);
      free(fpath);
      fpath = NULL;
    }
    free(ipath);
    ipath = NULL;
  }
  return st;
oom:
  free(ipath);
  return JF_ENOMEM;
}

static size_t node_start(const jf_ynodes *ns, const char *path) {
  const jf_ynode *nd = jf_ynodes_find(ns, path, false);
  return nd ? nd->start : (size_t)-1;
}

static jf_status build_doc(ybuild *b, const yscheme *sc) {
  jf_clause *tc;
  jf_status st = add_scalar(b, "scheme.title", JF_CLAUSE_HEADING, -1, &tc);
  if (st != JF_OK) return st;
  if (tc && !(b->doc->title = strdup(tc->norm.text))) return JF_ENOMEM;
  if (sc->issuer && !(b->doc->issuer = strdup(sc->issuer))) return JF_ENOMEM;

  /* Items take running indexes in the order they appear in the file. */
  int item = 0;
  bool items_first = node_start(b->ns, "scheme.items") < node_start(b->ns, "scheme.sections");
  for (int pass = 0; pass < 2 && st == JF_OK; pass++) {
    if ((pass == 0) == items_first) {
      st = add_items(b, "scheme.items", sc->items_count, &item);
      continue;
    }
    for (unsigned s = 0; s < sc->sections_count && st == JF_OK; s++) {
      char *p;
      if (asprintf(&p, "scheme.sections[%u].title", s) < 0) return JF_ENOMEM;
      st = add_scalar(b, p, JF_CLAUSE_HEADING, -1, NULL);
      free(p);
      if (st != JF_OK) break;
      if (asprintf(&p, "scheme.sections[%u].items", s) < 0) return JF_ENOMEM;
      st = add_items(b, p, sc->sections[s].items_count, &item);
      free(p);
    }
  }
  return st;
}

static bool blank(const char *s) {
  if (!s) return true;
  while (*s && ascii_space(*s)) s++;
  return !*s;
}

/* libcyaml reads a float with strtod and ignores what follows the number,
 * so "5分" would pass as 5: insist on the whole value being a number. */
static bool is_number(const char *v) {
  char *end;
  double d = strtod(v, &end);
  while (ascii_space(*end)) end++;
  return end != v && !*end && d - d == 0; /* finite */
}

/* What libcyaml lets through but SCHEME.md does not: required fields that
 * are present but empty (`criterion:` or `~`), and points that are not
 * wholly a number. */
static jf_status check_required(const jf_source *src, const jf_ynodes *ns, const yscheme *sc,
                                jf_error *err) {
  const char *bad = NULL;
  char path[96];
  for (size_t i = 0; i < ns->n; i++) {
    const jf_ynode *nd = &ns->v[i];
    size_t pl = strlen(nd->path);
    if (nd->kind != JF_YSCALAR || pl < 7 || strcmp(nd->path + pl - 7, ".points") != 0 ||
        is_number(nd->value))
      continue;
    char *parent;
    const char *key;
    int line, col;
    split_path(nd->path, &parent, &key);
    jf_source_position(src, nd->start, &line, &col);
    jf_error_set(err, JF_EPARSE, jf_source_path(src), line, col,
                 "wrong type for 'points' in %s: expected a number, got '%s'",
                 parent ? display_path(parent) : "?", nd->value);
    free(parent);
    return JF_EPARSE;
  }
  if (blank(sc->title)) {
    bad = "scheme.title";
    snprintf(path, sizeof path, "%s", bad);
  }
  for (int pass = 0; pass < 2 && !bad; pass++) {
    unsigned ns_ = pass ? 1 : sc->sections_count;
    for (unsigned s = 0; s < ns_ && !bad; s++) {
      const yitem *items = pass ? sc->items : sc->sections[s].items;
      unsigned n = pass ? sc->items_count : sc->sections[s].items_count;
      for (unsigned i = 0; i < n && !bad; i++) {
        const char *f = blank(items[i].name) ? "name" : blank(items[i].criterion) ? "criterion"
                                                                                  : NULL;
        if (!f) continue;
        if (pass)
          snprintf(path, sizeof path, "scheme.items[%u].%s", i, f);
        else
          snprintf(path, sizeof path, "scheme.sections[%u].items[%u].%s", s, i, f);
        bad = path;
      }
    }
  }
  if (!bad) return JF_OK;
  const jf_ynode *nd = jf_ynodes_find(ns, bad, false);
  int line = 0, col = 0;
  if (nd) jf_source_position(src, nd->key_start, &line, &col);
  char *parent;
  const char *key;
  split_path(bad, &parent, &key);
  jf_error_set(err, JF_EPARSE, jf_source_path(src), line, col,
               "empty value for required key '%s' in %s", key,
               parent ? display_path(parent) : "scheme");
  free(parent);
  return JF_EPARSE;
}

jf_status jf_load_yaml(const jf_source *src, jf_doc **out, jf_error *err) {
  jf_ynodes ns = {0};
  ytop *top = NULL;
  jf_doc *doc = NULL;
  ylog lg = {0};
  const cyaml_config_t cfg = {
    .log_fn = log_fn, .log_ctx = &lg, .mem_fn = cyaml_mem, .log_level = CYAML_LOG_ERROR,
    .flags = CYAML_CFG_NO_ALIAS,
  };
  const char *path = jf_source_path(src);
  int line, col;
  jf_status st;
  *out = NULL;

  if ((st = jf_yaml_scan(src, &ns, err)) != JF_OK) goto out;
  if (ns.n == 0) {
    jf_error_set(err, JF_EPARSE, path, 1, 1,
                 "empty scheme: expected a mapping with a top-level 'scheme:' key");
    st = JF_EPARSE;
    goto out;
  }
  if (ns.v[0].kind != JF_YMAPPING) {
    jf_source_position(src, ns.v[0].start, &line, &col);
    jf_error_set(err, JF_EPARSE, path, line, col,
                 "the top level must be a mapping with a 'scheme:' key, not %s",
                 ns.v[0].kind == JF_YSEQUENCE ? "a list" : "a single value");
    st = JF_EPARSE;
    goto out;
  }
  const jf_ynode *sn = jf_ynodes_find(&ns, "scheme", false);
  if (!sn) {
    jf_source_position(src, ns.v[0].start, &line, &col);
    jf_error_set(err, JF_EPARSE, path, line, col, "missing required top-level key 'scheme'");
    st = JF_EPARSE;
    goto out;
  }
  if (sn->kind != JF_YMAPPING) {
    jf_source_position(src, sn->start, &line, &col);
    jf_error_set(err, JF_EPARSE, path, line, col,
                 "'scheme' must be a mapping (title, items, …), not %s",
                 sn->kind == JF_YSEQUENCE ? "a list" : "a single value");
    st = JF_EPARSE;
    goto out;
  }

  cyaml_err_t cerr = cyaml_load_data((const uint8_t *)jf_source_text(src), jf_source_len(src),
                                     &cfg, &top_schema, (cyaml_data_t **)&top, NULL);
  if (cerr == CYAML_ERR_OOM) {
    st = JF_ENOMEM;
    goto out;
  }
  if (cerr != CYAML_OK || !top || !top->scheme) {
    st = schema_error(src, &ns, &lg, cerr, err);
    goto out;
  }
  if ((st = check_required(src, &ns, top->scheme, err)) != JF_OK) goto out;

  if (!(doc = jf_doc_new(JF_DOC_YAML, src))) {
    st = JF_ENOMEM;
    goto out;
  }
  ybuild b = {.src = src, .ns = &ns, .doc = doc};
  if ((st = build_doc(&b, top->scheme)) != JF_OK) goto out;
  *out = doc;
  doc = NULL;

out:
  if (st == JF_ENOMEM) jf_error_set(err, JF_ENOMEM, path, 0, 0, "out of memory loading YAML");
  if (top) cyaml_free(&cfg, &top_schema, top, 0);
  log_free(&lg);
  jf_ynodes_free(&ns);
  jf_doc_free(doc);
  return st;
}
