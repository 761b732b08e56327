/* rules_bundle.c — the bundled rule files (rules/NAME.lua), precompiled at
 * build time (tools/gen_bytecode.c --rules), loaded from their bytecode when
 * a rule file's bytes are exactly a bundled file's.
 *
 * Parsing the rule text was ~40 % of a cold check of a small file. The
 * bytecode keeps its debug information, so functions, lines, local names and
 * every message are those of the parsed text. What a dump cannot know is the
 * path this run reads the file by (build tree, install prefix, another
 * clone): its chunk name is a placeholder, and the reader below hands Lua the
 * dump with the placeholder replaced by this load's chunk name ("@path"), so
 * the functions' source is what parsing would have given.
 *
 * A file is recognised by its exact bytes, kept in the binary: a length
 * compare, then memcmp, costs nothing next to parsing, and no hash could
 * match where the text differs. Any other text (a user's rule, an edited
 * copy) is parsed as before. A dump the runtime Lua refuses (another
 * bytecode format: the header check fails) is dropped and the text parsed:
 * the fast path is never an error. */
#include <string.h>

#include "lua_dump_size.h"
#include "rules_int.h"

typedef struct bundled {
  const unsigned char *src; /* the file's exact bytes */
  size_t src_len;
  const unsigned char *bc; /* lua_dump of it, debug information kept */
  size_t bc_len;
  size_t name_at, name_len; /* the placeholder chunk name's field in bc */
} bundled;

#include "embed_rules.h" /* JF_BUNDLE_ENTRIES, made by gen_bytecode */

static const bundled bundle[] = {JF_BUNDLE_ENTRIES{NULL, 0, NULL, 0, 0, 0}};


/* The dump in four parts: up to the chunk name, the new name's size code,
 * the new name, the rest. */
typedef struct reader {
  const char *part[4];
  size_t len[4];
  int next;
} reader;

static const char *read_part(lua_State *L, void *ud, size_t *size) {
  (void)L;
  reader *r = ud;
  while (r->next < 4) {
    int i = r->next++;
    if (r->len[i]) {
      *size = r->len[i];
      return r->part[i];
    }
  }
  *size = 0;
  return NULL;
}

static const bundled *find(const char *src, size_t len) {
  for (const bundled *b = bundle; b->src; b++)
    if (b->src_len == len && memcmp(b->src, src, len) == 0) return b;
  return NULL;
}

bool jf_rs_load_bundled(lua_State *L, const char *src, size_t len, const char *chunkname) {
  const bundled *b = src ? find(src, len) : NULL;
  if (!b) return false;
  unsigned char code[16];
  size_t name_len = strlen(chunkname);
  reader r = {.part = {(const char *)b->bc, (const char *)code, chunkname,
                       (const char *)b->bc + b->name_at + b->name_len},
              .len = {b->name_at, jf_dump_size_code(name_len + 1, code), name_len,
                      b->bc_len - b->name_at - b->name_len}};
  if (lua_load(L, read_part, &r, chunkname, "b") == LUA_OK) return true;
  lua_pop(L, 1); /* the message: parse the text instead */
  return false;
}

size_t jf_rs_bundled_count(void) { return sizeof bundle / sizeof *bundle - 1; }
