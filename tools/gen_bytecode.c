/* gen_bytecode.c — build-time compiler of Lua code to bytecode embedded as C
 * arrays: the engine's own prelude (engine/src/prelude.lua) and the bundled
 * rule files (the .lua files of rules/).
 *
 * Usage: gen_bytecode IN.lua OUT.h NAME CHUNKNAME
 *        gen_bytecode --rules OUT.h RULE.lua...
 *
 * The first form writes `static const unsigned char jf_embed_NAME[]` and
 * jf_embed_NAME_len: the chunk compiled with chunk name CHUNKNAME and dumped
 * with its debug information (lua_dump, strip = 0), so the loaded functions
 * carry the same source name, line numbers and local names as when the text
 * was compiled at start-up, and every message says what it said then.
 * Parsing the prelude's text was a fifth of a cold check of a small file.
 *
 * The second form writes, for each rule file, its exact bytes and its dump
 * (debug information kept) as JF_BUNDLE_ENTRIES, the initializers of
 * rules_bundle.c's table: the engine loads the dump instead of parsing a
 * rule file whose bytes are exactly these (rules_bundle.c). A rule file is
 * known by the path a run used, so the dump's chunk name is a placeholder
 * that the loader replaces: the entry says where its encoding lies (only the
 * main function stores its source; nested ones inherit it). That place is
 * found by dumping twice under two names and checking that the dumps differ
 * there and only there, by the encoding of each name. A file that does not
 * compile, or a dump that does not pass that check, is left out (a warning,
 * not a failed build): the engine parses it and reports as it always did.
 *
 * This tool links the same Lua library as the engine, so the dump matches the
 * loader; a runtime Lua whose format differs refuses the dump's header, and
 * the engine parses the text instead. */
#include <lauxlib.h>
#include <lua.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../engine/src/lua_dump_size.h"

typedef struct buf {
  unsigned char *p;
  size_t n, cap;
} buf;

static int put(lua_State *L, const void *p, size_t n, void *ud) {
  (void)L;
  buf *b = ud;
  if (b->n + n > b->cap) {
    size_t cap = b->cap ? b->cap : 65536;
    while (cap < b->n + n) cap *= 2;
    unsigned char *q = realloc(b->p, cap);
    if (!q) return 1;
    b->p = q;
    b->cap = cap;
  }
  memcpy(b->p + b->n, p, n);
  b->n += n;
  return 0;
}

static char *read_all(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 65536, n = 0, k;
  char *s = malloc(cap);
  while (s && (k = fread(s + n, 1, cap - n, f)) > 0) {
    n += k;
    if (n == cap) {
      char *t = realloc(s, cap *= 2);
      if (!t) free(s);
      s = t;
    }
  }
  if (ferror(f)) {
    free(s);
    s = NULL;
  }
  fclose(f);
  *len = n;
  return s;
}



/* The dump of src compiled with chunk name `name`, or NULL (message printed). */
static unsigned char *compile(const char *path, const char *src, size_t len, const char *name,
                              size_t *n) {
  lua_State *L = luaL_newstate();
  buf b = {0};
  if (!L) return NULL;
  if (luaL_loadbufferx(L, src, len, name, "t") != LUA_OK) {
    lua_pop(L, 1);
    char at[4200];
    snprintf(at, sizeof at, "@%s", path); /* for a message naming the file */
    luaL_loadbufferx(L, src, len, at, "t");
    fprintf(stderr, "gen_bytecode: warning: %s not precompiled (the engine will parse it): %s\n",
            path, lua_tostring(L, -1));
  } else if (lua_dump(L, put, &b, 0) != 0 || !b.n) {
    fprintf(stderr, "gen_bytecode: warning: cannot dump %s\n", path);
    free(b.p);
    b.p = NULL;
  }
  lua_close(L);
  *n = b.n;
  return b.p;
}

/* Where the chunk name's encoding lies in dumps a (name na) and b (name nb)
 * of the same text: a is prefix + code(na) + suffix and b is prefix +
 * code(nb) + suffix, the same prefix and suffix. The place starts at or
 * before the first byte where they differ. */
static bool name_place(const unsigned char *a, size_t la, const char *na,
                       const unsigned char *b, size_t lb, const char *nb, size_t *at,
                       size_t *code_len) {
  unsigned char ca[16], cb[16];
  size_t ka = jf_dump_size_code(strlen(na) + 1, ca), kb = jf_dump_size_code(strlen(nb) + 1, cb);
  size_t fa = ka + strlen(na), fb = kb + strlen(nb); /* the whole field */
  size_t p = 0;
  while (p < la && p < lb && a[p] == b[p]) p++;
  for (size_t s = p + 1; s-- > 0;) {
    if (s + fa > la || s + fb > lb || la - fa != lb - fb) continue;
    if (memcmp(a + s, ca, ka) || memcmp(a + s + ka, na, strlen(na))) continue;
    if (memcmp(b + s, cb, kb) || memcmp(b + s + kb, nb, strlen(nb))) continue;
    if (memcmp(a, b, s) || memcmp(a + s + fa, b + s + fb, la - s - fa)) continue;
    *at = s;
    *code_len = fa;
    return true;
  }
  return false;
}

static void put_bytes(FILE *out, const char *var, const unsigned char *p, size_t n) {
  fprintf(out, "static const unsigned char %s[] = {", var);
  for (size_t i = 0; i < n; i++) fprintf(out, "%s0x%02x,", i % 16 ? "" : "\n", p[i]);
  if (!n) fprintf(out, "0");
  fprintf(out, "\n};\n");
}

/* gen_bytecode --rules OUT.h RULE.lua... */
static int bundle_rules(int argc, char **argv) {
  static const char na[] = "=[jianfu bundled rule]", nb[] = "=?";
  FILE *out = fopen(argv[2], "w");
  if (!out) {
    perror(argv[2]);
    return 1;
  }
  fprintf(out, "/* generated from the rule files by tools/gen_bytecode.c — do not edit */\n");
  char *entries = NULL;
  size_t entries_len = 0;
  FILE *ent = open_memstream(&entries, &entries_len);
  if (!ent) return 1;
  int kept = 0;
  for (int i = 3; i < argc; i++) {
    size_t len, la = 0, lb = 0, at = 0, code_len = 0;
    char *src = read_all(argv[i], &len);
    if (!src) {
      perror(argv[i]);
      return 1;
    }
    unsigned char *a = compile(argv[i], src, len, na, &la);
    unsigned char *b = a ? compile(argv[i], src, len, nb, &lb) : NULL;
    if (a && b && !name_place(a, la, na, b, lb, nb, &at, &code_len)) {
      fprintf(stderr, "gen_bytecode: warning: %s not precompiled: its chunk name's place "
              "in the dump was not found\n", argv[i]);
    } else if (a && b) {
      char var[64];
      snprintf(var, sizeof var, "jf_bundle_src_%d", kept);
      put_bytes(out, var, (const unsigned char *)src, len);
      snprintf(var, sizeof var, "jf_bundle_bc_%d", kept);
      put_bytes(out, var, a, la);
      const char *base = strrchr(argv[i], '/');
      fprintf(ent, "  /* %s */ {jf_bundle_src_%d, %zu, jf_bundle_bc_%d, %zu, %zu, %zu}, \\\n",
              base ? base + 1 : argv[i], kept, len, kept, la, at, code_len);
      kept++;
    }
    free(a);
    free(b);
    free(src);
  }
  fclose(ent);
  fprintf(out, "#define JF_BUNDLE_ENTRIES \\\n%s  /* end */\n", entries ? entries : "");
  free(entries);
  if (fclose(out) != 0) {
    perror(argv[2]);
    return 1;
  }
  return 0;
}

int main(int argc, char **argv) {
  if (argc >= 3 && strcmp(argv[1], "--rules") == 0) return bundle_rules(argc, argv);
  if (argc != 5) {
    fprintf(stderr, "usage: gen_bytecode IN.lua OUT.h NAME CHUNKNAME\n"
                    "       gen_bytecode --rules OUT.h RULE.lua...\n");
    return 2;
  }
  size_t len;
  char *src = read_all(argv[1], &len);
  if (!src) {
    perror(argv[1]);
    return 1;
  }
  lua_State *L = luaL_newstate();
  buf b = {0};
  if (!L) return 1;
  if (luaL_loadbufferx(L, src, len, argv[4], "t") != LUA_OK) {
    fprintf(stderr, "gen_bytecode: %s\n", lua_tostring(L, -1));
    return 1;
  }
  if (lua_dump(L, put, &b, 0) != 0 || !b.n) {
    fprintf(stderr, "gen_bytecode: cannot dump %s\n", argv[1]);
    return 1;
  }
  FILE *out = fopen(argv[2], "w");
  if (!out) {
    perror(argv[2]);
    return 1;
  }
  fprintf(out, "/* generated from %s.lua by tools/gen_bytecode.c — do not edit */\n", argv[3]);
  fprintf(out, "static const unsigned char jf_embed_%s[] = {", argv[3]);
  for (size_t i = 0; i < b.n; i++) fprintf(out, "%s0x%02x,", i % 16 ? "" : "\n", b.p[i]);
  fprintf(out, "\n};\nstatic const size_t jf_embed_%s_len = %zu;\n", argv[3], b.n);
  if (fclose(out) != 0) {
    perror(argv[2]);
    return 1;
  }
  lua_close(L);
  free(b.p);
  free(src);
  return 0;
}
