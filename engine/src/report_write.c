/* report_write.c — JSON text written straight into a reusable buffer, byte
 * for byte what jansson's json_dumpf would print for the same tree.
 *
 * The JSON and SARIF reporters used to build a jansson tree per finding,
 * re-parse the finding's evidence and dump it all again: about a fifth of a
 * whole check. Writing the text directly needs no allocation per value. The
 * rules that keep the bytes identical to jansson 2.x (JSON_COMPACT, or
 * JSON_INDENT(n) without JSON_COMPACT; no JSON_ENSURE_ASCII or
 * JSON_ESCAPE_SLASH):
 *  - a string is refused (json_string returns NULL) unless it is valid UTF-8
 *    as jansson's utf8_check_string defines it; a refused value leaves its
 *    key out of the object (json_object_set_new with NULL fails);
 *  - escapes: \" \\ \b \f \n \r \t, other bytes below 0x20 as \u00XX in
 *    upper-case hex; everything else, "/" and DEL included, is copied;
 *  - indented: "key": value, each member or element on its own line, empty
 *    containers as {} and [].
 * tests/unit/test_report_escape.c checks the strings against jansson. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "finding_int.h"
#include "json_text.h"
#include "report_impl.h"
#include "utf8_run.h"

/* ---- the buffer ---- */

bool jf_jb_grow(jf_jbuf *b, size_t more) {
  if (b->cap - b->len >= more) return true;
  if (b->oom) return false;
  size_t cap = b->cap ? b->cap : 4096;
  while (cap - b->len < more)
    cap *= 2;
  char *p = realloc(b->p, cap);
  if (!p) {
    b->oom = true;
    return false;
  }
  b->p = p;
  b->cap = cap;
  return true;
}

static bool reserve(jf_jbuf *b, size_t more) {
  return b->cap - b->len >= more || jf_jb_grow(b, more);
}

void jf_jb_flush(jf_jbuf *b, FILE *out) {
  if (b->len) fwrite(b->p, 1, b->len, out);
  b->len = 0;
}

void jf_jb_free(jf_jbuf *b) {
  free(b->p);
  *b = (jf_jbuf){0};
}

static void put_spaces(jf_jbuf *b, size_t n) {
  if (!reserve(b, n)) return;
  memset(b->p + b->len, ' ', n);
  b->len += n;
}

/* "\n" and the indentation of nesting level depth (indented mode only). */
static void newline(jf_jw *w, int depth) {
  if (!w->indent) return;
  jf_jb_put(w->b, "\n", 1);
  put_spaces(w->b, (size_t)depth * (size_t)w->indent);
}

/* ---- strings ---- */

/* jansson's escapes (json_text.h) */
const char jf_json_esc[0x80] = {
    ['\b'] = 'b',  ['\f'] = 'f', ['\n'] = 'n', ['\r'] = 'r', ['\t'] = 't', ['"'] = '"',
    ['\\'] = '\\', [0x00] = 'u', [0x01] = 'u', [0x02] = 'u', [0x03] = 'u', [0x04] = 'u',
    [0x05] = 'u',  [0x06] = 'u', [0x07] = 'u', [0x0B] = 'u', [0x0E] = 'u', [0x0F] = 'u',
    [0x10] = 'u',  [0x11] = 'u', [0x12] = 'u', [0x13] = 'u', [0x14] = 'u', [0x15] = 'u',
    [0x16] = 'u',  [0x17] = 'u', [0x18] = 'u', [0x19] = 'u', [0x1A] = 'u', [0x1B] = 'u',
    [0x1C] = 'u',  [0x1D] = 'u', [0x1E] = 'u', [0x1F] = 'u'};

/* The lead bytes of three-byte sequences that can be neither overlong nor a
 * surrogate (E1–EC, EE, EF): with two continuation bytes after them, valid. */
static bool plain_lead3(unsigned c) { return c >= 0xE1 && c <= 0xEF && c != 0xED; }

/* 8 bytes at p, little-endian (one load on common targets). */
static inline uint64_t load_le64(const unsigned char *p) {
  return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 | (uint64_t)p[3] << 24 |
         (uint64_t)p[4] << 32 | (uint64_t)p[5] << 40 | (uint64_t)p[6] << 48 | (uint64_t)p[7] << 56;
}

/* Two plain_lead3 sequences in the low 6 bytes of w (lead byte lowest): lead
 * and continuation bits right, and both leads' low nibbles among 1–F but D. */
static inline bool plain_pair3(uint64_t w) {
  return (w & 0xC0C0F0C0C0F0ull) == 0x8080E08080E0ull &&
         (0xDFFEu >> (w & 0x0F) & 0xDFFEu >> (w >> 24 & 0x0F) & 1);
}

bool jf_jb_str(jf_jbuf *b, const char *str) {
  if (!str) return false;
  const unsigned char *s = (const unsigned char *)str;
  size_t n = strlen(str);
  /* worst case every byte becomes \u00XX */
  if (!reserve(b, n * 6 + 2)) return false;
  char *o = b->p + b->len;
  *o++ = '"';
  for (size_t i = 0; i < n;) {
    /* a run of bytes copied as they are: ASCII without an escape, and the
     * common case of CJK (s is NUL-terminated, so the look-ahead stops at
     * the end), copied at once when the run ends */
    size_t run = i;
    for (;;) {
      unsigned c = s[i];
      if (c < 0x80) {
        if (jf_json_esc[c]) break; /* also the terminating NUL */
        i++;
      } else if (plain_lead3(c) && (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80) {
        i += 3;
        /* Chinese text: five characters per 16-byte load, then two per
         * 8-byte load, while that many bytes remain */
        while (i + 16 <= n && five3_ok(s + i))
          i += 15;
        while (i + 8 <= n && plain_pair3(load_le64(s + i)))
          i += 6;
      } else {
        break;
      }
    }
    memcpy(o, s + run, i - run);
    o += i - run;
    if (i >= n) break;
    unsigned c = s[i];
    if (c >= 0x80) {
      uint32_t cp;
      size_t k = jf_utf8_seq(s + i, n - i, &cp);
      if (!k) return false; /* nothing was committed: b->len is unchanged */
      memcpy(o, s + i, k);
      o += k;
      i += k;
    } else {
      o += jf_json_escape(o, c);
      i++;
    }
  }
  *o++ = '"';
  b->len = (size_t)(o - b->p);
  return true;
}

/* ---- the structured writer ---- */

jf_jw_mark jf_jw_save(const jf_jw *w) {
  return (jf_jw_mark){w->b->len, w->n[w->depth]};
}

void jf_jw_restore(jf_jw *w, jf_jw_mark m) {
  w->b->len = m.len;
  w->n[w->depth] = m.n;
}

/* Before a member or element of the innermost open container. */
void jf_jw_item(jf_jw *w) {
  if (w->n[w->depth]++) jf_jb_put(w->b, ",", 1);
  newline(w, w->depth);
}

/* What jf_jw_item then the key write, at o, where the caller reserved
 * key_room(w, n) bytes and more for the value; returns the end. */
static size_t key_pad(const jf_jw *w) {
  return w->indent ? 1 + (size_t)w->depth * (size_t)w->indent : 0;
}

static char *put_key(jf_jw *w, char *o, const char *key, size_t n, size_t pad) {
  if (w->n[w->depth]++) *o++ = ',';
  if (pad) {
    *o = '\n';
    memset(o + 1, ' ', pad - 1);
    o += pad;
  }
  *o++ = '"';
  memcpy(o, key, n);
  o += n;
  *o++ = '"';
  *o++ = ':';
  if (w->indent) *o++ = ' ';
  return o;
}

/* In one reservation: a finding is some sixteen members, each a few small
 * writes that checked for room. */
void jf_jw_key_n(jf_jw *w, const char *key, size_t n) {
  size_t pad = key_pad(w);
  if (!reserve(w->b, 1 + pad + n + 4)) return;
  w->b->len = (size_t)(put_key(w, w->b->p + w->b->len, key, n, pad) - w->b->p);
}

void jf_jw_open(jf_jw *w, char c) {
  jf_jb_put(w->b, &c, 1);
  w->n[++w->depth] = 0;
}

void jf_jw_close(jf_jw *w, char c) {
  if (w->n[w->depth]) newline(w, w->depth - 1);
  w->depth--;
  jf_jb_put(w->b, &c, 1);
}

void jf_jw_int(jf_jw *w, long long v) {
  char tmp[24], *e = tmp + sizeof tmp, *p = e;
  unsigned long long u = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;
  do
    *--p = (char)('0' + u % 10);
  while (u /= 10);
  if (v < 0) *--p = '-';
  jf_jb_put(w->b, p, (size_t)(e - p));
}

bool jf_jw_kv_str(jf_jw *w, const char *key, const char *s) {
  jf_jw_mark m = jf_jw_save(w);
  jf_jw_key(w, key);
  if (jf_jb_str(w->b, s)) return true;
  jf_jw_restore(w, m);
  return false;
}

/* The key and the digits in one reservation (four per finding). */
void jf_jw_kv_int_n(jf_jw *w, const char *key, size_t n, long long v) {
  char tmp[24], *e = tmp + sizeof tmp, *p = e;
  unsigned long long u = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;
  do
    *--p = (char)('0' + u % 10);
  while (u /= 10);
  if (v < 0) *--p = '-';
  size_t pad = key_pad(w), nd = (size_t)(e - p);
  if (!reserve(w->b, 1 + pad + n + 4 + nd)) return;
  char *o = put_key(w, w->b->p + w->b->len, key, n, pad);
  memcpy(o, p, nd);
  w->b->len = (size_t)(o + nd - w->b->p);
}

void jf_jw_kv_raw(jf_jw *w, const char *key, const char *raw) {
  jf_jw_key(w, key);
  jf_jb_put(w->b, raw, strlen(raw));
}

/* An array of strings; refused strings are left out (json_array_append_new
 * with NULL fails). */
void jf_jw_kv_strv(jf_jw *w, const char *key, char *const *v, size_t n) {
  jf_jw_key(w, key);
  jf_jw_open(w, '[');
  for (size_t i = 0; i < n; i++) {
    jf_jw_mark m = jf_jw_save(w);
    jf_jw_item(w);
    if (!jf_jb_str(w->b, v[i])) jf_jw_restore(w, m);
  }
  jf_jw_close(w, ']');
}

/* ---- evidence ---- */

/* A finding's evidence_json comes from the engine (compact, keys sorted,
 * reals with 15 significant digits, as jansson's JSON_REAL_PRECISION(15)
 * prints them). The reporters print what jansson's compact dump of its parse
 * gives, with that same real precision (so 0.2 stays 0.2, not
 * 0.20000000000000001): call text that already is exactly that canonical.
 * \u0000 (refused by the parser), \/ (dumped as /), spaces, leading zeros,
 * duplicate keys (the parse keeps the last) and reals with more digits are
 * not. Canonical text is copied as is; anything else goes through jansson. */

#define EVIDENCE_DUMP (JSON_COMPACT | JSON_REAL_PRECISION(15))

typedef struct canon {
  const unsigned char *p, *end; /* *end is the terminating NUL */
  int depth;
} canon;

static bool canon_value(canon *c);

static bool canon_string(canon *c, const unsigned char **start, size_t *len) {
  const unsigned char *p = c->p + 1; /* past the opening quote */
  *start = p;
  for (;;) {
    unsigned ch = *p;
    if (ch == '"') break;
    if (ch < 0x20) return false; /* raw control bytes, and the end of the text */
    if (ch >= 0xE1 && ch <= 0xEF && ch != 0xED && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
      p += 3; /* as in jf_jb_str: a three-byte sequence that cannot be invalid */
    } else if (ch >= 0x80) {
      uint32_t cp;
      size_t k = jf_utf8_seq(p, (size_t)(c->end - p), &cp);
      if (!k) return false;
      p += k;
    } else if (ch == '\\') {
      unsigned e = p[1];
      if (e == 'u') {
        /* only what jansson writes: \u00XX in upper case for a control byte
         * without a short escape, never \u0000 */
        static const char hex[] = "0123456789ABCDEF";
        if (p[2] != '0' || p[3] != '0' || (p[4] != '0' && p[4] != '1')) return false;
        const char *h = p[5] ? strchr(hex, p[5]) : NULL;
        if (!h) return false;
        unsigned v = (unsigned)(p[4] - '0') * 16 + (unsigned)(h - hex);
        if (jf_json_esc[v] != 'u' || v == 0) return false;
        p += 6;
      } else if (e == '"' || e == '\\' || e == 'b' || e == 'f' || e == 'n' || e == 'r' ||
                 e == 't') {
        p += 2;
      } else {
        return false;
      }
    } else {
      p++;
    }
  }
  *len = (size_t)(p - *start);
  c->p = p + 1;
  return true;
}

/* Is the real at p..p+n what jansson prints for its value (precision 15)? */
static bool canon_real(const unsigned char *p, size_t n) {
  char text[64], out[64];
  if (n >= sizeof text) return false;
  memcpy(text, p, n);
  text[n] = '\0';
  json_t *j = json_real(strtod(text, NULL));
  size_t m = j ? json_dumpb(j, out, sizeof out, JSON_ENCODE_ANY | EVIDENCE_DUMP) : 0;
  json_decref(j);
  return m == n && memcmp(out, text, n) == 0;
}

/* A number as jansson prints one: an integer without leading zeros or "-0",
 * well inside the range of json_int_t; a real (fraction or exponent) as
 * canon_real says. */
static bool canon_number(canon *c) {
  const unsigned char *p = c->p;
  if (*p == '-') p++;
  const unsigned char *d = p;
  while (*p >= '0' && *p <= '9')
    p++;
  size_t n = (size_t)(p - d);
  if (*p == '.' || *p == 'e' || *p == 'E') {
    while ((*p >= '0' && *p <= '9') || *p == '.' || *p == 'e' || *p == 'E' || *p == '+' ||
           *p == '-')
      p++;
    if (n == 0 || !canon_real(c->p, (size_t)(p - c->p))) return false;
    c->p = p;
    return true;
  }
  if (n == 0 || n > 18 || (d[0] == '0' && (n > 1 || d != c->p))) return false;
  c->p = p;
  return true;
}

static bool canon_word(canon *c, const char *w) {
  size_t n = strlen(w);
  if (strncmp((const char *)c->p, w, n) != 0) return false;
  c->p += n;
  return true;
}

static int raw_cmp(const unsigned char *a, size_t an, const unsigned char *b, size_t bn) {
  int r = memcmp(a, b, an < bn ? an : bn);
  return r ? r : an < bn ? -1 : an > bn;
}

static bool canon_object(canon *c) {
  c->p++;
  if (*c->p == '}') return c->p++, true;
  const unsigned char *prev = NULL;
  size_t prev_len = 0;
  for (;;) {
    const unsigned char *k;
    size_t kl;
    if (*c->p != '"' || !canon_string(c, &k, &kl)) return false;
    /* strictly increasing keys cannot repeat (escapes are canonical) */
    if (prev && raw_cmp(prev, prev_len, k, kl) >= 0) return false;
    prev = k, prev_len = kl;
    if (*c->p++ != ':' || !canon_value(c)) return false;
    if (*c->p == '}') return c->p++, true;
    if (*c->p++ != ',') return false;
  }
}

static bool canon_array(canon *c) {
  c->p++;
  if (*c->p == ']') return c->p++, true;
  for (;;) {
    if (!canon_value(c)) return false;
    if (*c->p == ']') return c->p++, true;
    if (*c->p++ != ',') return false;
  }
}

static bool canon_value(canon *c) {
  const unsigned char *k;
  size_t kl;
  bool ok;
  if (++c->depth > 64) return false;
  switch (*c->p) {
  case '{': ok = canon_object(c); break;
  case '[': ok = canon_array(c); break;
  case '"': ok = canon_string(c, &k, &kl); break;
  case 't': ok = canon_word(c, "true"); break;
  case 'f': ok = canon_word(c, "false"); break;
  case 'n': ok = canon_word(c, "null"); break;
  default: ok = canon_number(c); break;
  }
  c->depth--;
  return ok;
}

/* Is json exactly what json_dumps(json_loads(json, 0), EVIDENCE_DUMP) gives? */
bool jf_json_canonical(const char *json) {
  canon c = {(const unsigned char *)json, (const unsigned char *)json + strlen(json), 0};
  if (*c.p != '{' && *c.p != '[') return false; /* json_loads wants an object or array */
  return canon_value(&c) && *c.p == '\0';
}

static bool is_punct(char c) {
  return c == ',' || c == ':' || c == '{' || c == '}' || c == '[' || c == ']' || c == '"';
}

/* Compact JSON text (as jansson dumps it) re-laid out as JSON_INDENT would
 * print it at the writer's depth. */
static void pretty(jf_jw *w, const char *s, size_t n) {
  int depth = w->depth;
  for (size_t i = 0; i < n;) {
    char ch = s[i];
    if (ch == '{' || ch == '[') {
      if (i + 1 < n && (s[i + 1] == '}' || s[i + 1] == ']')) {
        jf_jb_put(w->b, s + i, 2);
        i += 2;
        continue;
      }
      jf_jb_put(w->b, s + i, 1);
      newline(w, ++depth);
    } else if (ch == '}' || ch == ']') {
      newline(w, --depth);
      jf_jb_put(w->b, s + i, 1);
    } else if (ch == ',') {
      jf_jb_put(w->b, ",", 1);
      newline(w, depth);
    } else if (ch == ':') {
      jf_jb_put(w->b, ": ", 2);
    } else if (ch == '"') {
      size_t j = i + 1;
      while (s[j] != '"')
        j += s[j] == '\\' ? 2 : 1;
      jf_jb_put(w->b, s + i, j + 1 - i);
      i = j + 1;
      continue;
    } else {
      size_t j = i;
      while (j < n && !is_punct(s[j]))
        j++; /* a number or true/false/null */
      jf_jb_put(w->b, s + i, j - i);
      i = j;
      continue;
    }
    i++;
  }
}

static void put_json(jf_jw *w, const char *s, size_t n) {
  if (w->indent)
    pretty(w, s, n);
  else
    jf_jb_put(w->b, s, n);
}

void jf_jw_evidence(jf_jw *w, const char *ev) {
  if (ev && jf_json_canonical(ev)) {
    put_json(w, ev, strlen(ev));
    return;
  }
  /* parse, and dump; text that does not parse is an empty object */
  json_t *v = ev ? json_loads(ev, 0, NULL) : NULL;
  char *text = v ? json_dumps(v, EVIDENCE_DUMP) : NULL;
  if (text)
    put_json(w, text, strlen(text));
  else
    jf_jb_put(w->b, "{}", 2);
  free(text);
  json_decref(v);
}

void jf_jw_finding_evidence(jf_jw *w, const jf_finding *f) {
  const jf_finding_block *blk = f->storage;
  if (blk && f->evidence_json && blk->canonical_evidence == f->evidence_json) {
    put_json(w, f->evidence_json, strlen(f->evidence_json));
    return;
  }
  jf_jw_evidence(w, f->evidence_json);
}

/* ---- what all findings of a rule share ---- */

/* A finding's basis and precedents are the rule's: the same few hundred
 * bytes of Chinese text, a third of the JSON output, for every finding of
 * it. They are escaped once and copied afterwards, as long as the finding's
 * lists are equal to the ones written (compared in full: a finding need not
 * come from a loaded rule). One slot per rule (probe), or per rule id hash
 * for other findings; a collision just writes afresh. */
#define FRAG_SLOTS 256
#define FRAG_PROBE 4

typedef struct frag {
  char **basis, **prec; /* copies: the findings that had them may be gone */
  size_t n_basis, n_prec;
  /* the rule strings the lists were those of (a reference held, so that
   * the block cannot be freed and another take its address), or NULL */
  jf_rule_strings *sh;
  int indent, depth;
  bool lead; /* written after other members (with a comma) */
  char *text;
  size_t len, members;
} frag;

/* The members a finding begins with, "rule", "category" and "severity":
 * the same for every finding of a rule at one severity, written once per
 * rule like its basis (one slot per rule strings block). */
typedef struct head {
  jf_rule_strings *sh; /* a reference held, as in frag */
  jf_severity severity;
  int indent, depth;
  bool lead;
  char *text;
  size_t len, members;
} head;

struct jf_frag_cache {
  frag slot[FRAG_SLOTS];
  head heads[FRAG_SLOTS];
};

static void head_clear(head *e) {
  free(e->text);
  jf_rule_strings_release(e->sh);
  *e = (head){0};
}

static void frag_clear(frag *e) {
  for (size_t i = 0; i < e->n_basis; i++)
    free(e->basis[i]);
  for (size_t i = 0; i < e->n_prec; i++)
    free(e->prec[i]);
  free(e->basis);
  free(e->prec);
  free(e->text);
  jf_rule_strings_release(e->sh);
  *e = (frag){0};
}

void jf_frag_cache_free(jf_frag_cache *c) {
  if (!c) return;
  for (size_t i = 0; i < FRAG_SLOTS; i++) {
    frag_clear(&c->slot[i]);
    head_clear(&c->heads[i]);
  }
  free(c);
}

static bool same_strv(char *const *a, size_t na, char *const *b, size_t nb) {
  if (na != nb) return false;
  for (size_t i = 0; i < na; i++)
    if (!a[i] || !b[i] ? a[i] != b[i] : strcmp(a[i], b[i]) != 0) return false;
  return true;
}

static char **copy_strv(char *const *v, size_t n, bool *ok) {
  char **c = calloc(n ? n : 1, sizeof *c);
  if (!c) *ok = false;
  for (size_t i = 0; c && i < n; i++)
    if (v[i] && !(c[i] = strdup(v[i]))) *ok = false;
  return c;
}

static unsigned hash(const char *s) {
  unsigned h = 2166136261u;
  for (; s && *s; s++)
    h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

/* The slot of an engine-built finding's rule strings sh among the
 * FRAG_SLOTS entries of v (each `size` bytes, its jf_rule_strings pointer
 * at offset `off`): the one holding sh among FRAG_PROBE from its home slot,
 * else the first free one there, else the home slot. Rule string blocks lie
 * close together, so their addresses share slots now and then: two rules
 * on one slot rewrote each other's text for every other finding (a tenth
 * of the findings on the bench corpus). */
static size_t probe(const void *v, size_t size, size_t off, const jf_rule_strings *sh) {
  size_t home = (size_t)(((uintptr_t)sh >> 4) % FRAG_SLOTS), free_at = SIZE_MAX;
  for (size_t k = 0; k < FRAG_PROBE; k++) {
    size_t at = (home + k) % FRAG_SLOTS;
    const jf_rule_strings *held;
    memcpy(&held, (const char *)v + at * size + off, sizeof held);
    if (held == sh) return at;
    if (!held && free_at == SIZE_MAX) free_at = at;
  }
  return free_at != SIZE_MAX ? free_at : home;
}

/* The rule strings whose lists a finding's basis and precedents are, as the
 * engine builds findings (rules.c fill_finding), or NULL. */
static jf_rule_strings *shared_lists(const jf_finding *f) {
  const jf_finding_block *blk = f->storage;
  jf_rule_strings *sh = blk ? blk->shared : NULL;
  if (!sh || f->basis != (f->n_basis ? sh->basis : NULL) ||
      f->precedents != (f->n_precedents ? sh->precedents : NULL))
    return NULL;
  return sh;
}

static void head_write(jf_jw *w, const jf_finding *f) {
  jf_jw_kv_str(w, "rule", f->rule);
  jf_jw_kv_str(w, "category", f->category);
  jf_jw_kv_str(w, "severity", jf_severity_str(f->severity));
}

void jf_jw_rule_head(jf_jw *w, jf_frag_cache *c, const jf_finding *f) {
  /* an engine-built finding's rule and category are its rule strings' own
   * (a pointer compared); any other finding is written afresh */
  const jf_finding_block *blk = f->storage;
  jf_rule_strings *sh = blk ? blk->shared : NULL;
  if (sh && (f->rule != sh->rule || f->category != sh->category)) sh = NULL;
  head *e = NULL;
  if (c && sh) {
    size_t at = probe(c->heads, sizeof c->heads[0], offsetof(head, sh), sh);
    e = &c->heads[at];
  }
  bool lead = w->n[w->depth] > 0;
  if (e && e->text && e->sh == sh && e->severity == f->severity && e->indent == w->indent &&
      e->depth == w->depth && e->lead == lead) {
    jf_jb_put(w->b, e->text, e->len);
    w->n[w->depth] += e->members;
    return;
  }
  size_t start = w->b->len, before = w->n[w->depth];
  head_write(w, f);
  if (!e || w->b->oom) return;
  head_clear(e);
  e->len = w->b->len - start;
  e->text = malloc(e->len ? e->len : 1);
  if (!e->text) return;
  memcpy(e->text, w->b->p + start, e->len);
  atomic_fetch_add_explicit(&sh->refs, 1, memory_order_relaxed);
  e->sh = sh;
  e->severity = f->severity;
  e->indent = w->indent;
  e->depth = w->depth;
  e->lead = lead;
  e->members = w->n[w->depth] - before;
}

void jf_jw_basis_precedents(jf_jw *w, jf_frag_cache *c, const jf_finding *f) {
  /* An engine-built finding's lists are its rule's: the same block (a
   * pointer compared) holds the same strings (a few hundred bytes
   * compared, and the rule id hashed, for every finding otherwise). */
  jf_rule_strings *sh = shared_lists(f);
  frag *e = NULL;
  if (c)
    e = &c->slot[sh ? probe(c->slot, sizeof c->slot[0], offsetof(frag, sh), sh)
                    : hash(f->rule) % FRAG_SLOTS];
  bool lead = w->n[w->depth] > 0;
  if (e && e->text && e->indent == w->indent && e->depth == w->depth && e->lead == lead &&
      ((sh && e->sh == sh && e->n_basis == f->n_basis && e->n_prec == f->n_precedents) ||
       (same_strv(e->basis, e->n_basis, f->basis, f->n_basis) &&
        same_strv(e->prec, e->n_prec, f->precedents, f->n_precedents)))) {
    jf_jb_put(w->b, e->text, e->len);
    w->n[w->depth] += e->members;
    return;
  }
  size_t start = w->b->len, before = w->n[w->depth];
  jf_jw_kv_strv(w, "basis", f->basis, f->n_basis);
  jf_jw_kv_strv(w, "precedents", f->precedents, f->n_precedents);
  if (!e || w->b->oom) return;
  frag_clear(e);
  bool ok = true;
  e->basis = copy_strv(f->basis, f->n_basis, &ok);
  e->n_basis = f->n_basis;
  e->prec = copy_strv(f->precedents, f->n_precedents, &ok);
  e->n_prec = f->n_precedents;
  e->len = w->b->len - start;
  e->text = malloc(e->len);
  if (!ok || !e->text) {
    frag_clear(e);
    return;
  }
  memcpy(e->text, w->b->p + start, e->len);
  if (sh) {
    atomic_fetch_add_explicit(&sh->refs, 1, memory_order_relaxed);
    e->sh = sh;
  }
  e->indent = w->indent;
  e->depth = w->depth;
  e->lead = lead;
  e->members = w->n[w->depth] - before;
}

jf_frag_cache *jf_frag_cache_new(void) {
  return calloc(1, sizeof(jf_frag_cache));
}
