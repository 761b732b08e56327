/* gen_bytecode.c — build-time compiler of the engine's own Lua code (the rule
 * prelude, engine/src/prelude.lua) to Lua bytecode embedded as a C array.
 *
 * Usage: gen_bytecode IN.lua OUT.h NAME CHUNKNAME
 *
 * Writes `static const unsigned char jf_embed_NAME[]` and jf_embed_NAME_len:
 * the chunk compiled with chunk name CHUNKNAME and dumped with its debug
 * information (lua_dump, strip = 0), so the loaded functions carry the same
 * source name, line numbers and local names as when the text was compiled at
 * start-up, and every message says what it said then. Parsing the prelude's
 * text was a fifth of a cold check of a small file.
 *
 * This tool links the same Lua library as the engine, so the dump matches the
 * loader. Only the engine's own code is precompiled: rule files are always
 * loaded as text (the sandbox refuses binary chunks). */
#include <lauxlib.h>
#include <lua.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

int main(int argc, char **argv) {
  if (argc != 5) {
    fprintf(stderr, "usage: gen_bytecode IN.lua OUT.h NAME CHUNKNAME\n");
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
