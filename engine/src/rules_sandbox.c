/* rules_sandbox.c — the Lua state rules run in: memory cap, instruction budget,
 * allow-listed globals and errors that name the rule file and line.
 *
 * Responsible for:
 *  - the allocator that enforces the memory cap and remembers where the rule
 *    was when it refused;
 *  - the count hook that enforces the instruction budget and, once spent,
 *    raises on every instruction so that pcall inside a rule cannot swallow it
 *    (the Redis script_lua.c habit);
 *  - the allow-list of globals (Redis again: an explicit list, not a deny-list)
 *    and the per-file _ENV;
 *  - running C entry points protected, and turning what failed into a jf_error. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lualib.h>

#include "rules_int.h"

const char jf_rs_key_budget_msg, jf_rs_key_libs, jf_rs_key_env_mt;

/* How often the hook samples where the rule is; also the budget granularity. */
#define HOOK_PERIOD 1000

/* --- the allocator's state ---------------------------------------------------- */

/* Lua's small blocks (tables, their node and array parts, short strings,
 * closures) are allocated and freed by the hundred per rule call: the view
 * tables rules_view.c builds for every call are garbage at the next one.
 * malloc+free cost ~250 instructions a pair; a free list per size class makes
 * the pair ~20. A block Lua holds with a size of at most SMALL_MAX has room
 * for its whole class. The cap counts the sizes Lua asks for, exactly as
 * plain malloc did; the rounding up and the cached blocks are not charged.
 *
 * A new small block is cut from one arena, reserved on first need: the
 * ten thousand blocks rule loading makes cost a malloc each (~170
 * instructions), and as many frees when the rule set closed. The arena is
 * address space only until used (a large malloc is mapped, its pages
 * touched as blocks are cut), never shrinks (its blocks go back to their
 * free lists) and is freed whole at close. When it is full, or could not be
 * had, blocks are malloc'd one by one as before ("loose" blocks: freed to
 * libc at close, or at once when the free lists hold CACHE_MAX of them). */
#define SMALL_STEP 16
#define SMALL_MAX 512
#define N_CLASSES (SMALL_MAX / SMALL_STEP)
/* Bytes on the free lists past which a freed loose block goes back to libc,
 * so a rule that churned one size class cannot pin memory for the others. */
#define CACHE_MAX ((size_t)4 << 20)
#define ARENA_SIZE ((size_t)32 << 20)

typedef struct rs_heap {
  jf_ruleset *rs;
  size_t cached;              /* bytes on the free lists */
  char *arena, *cut, *end;    /* [arena, cut) handed out; NULL until needed */
  bool no_arena;              /* it could not be had */
  bool loose;                 /* a small block was malloc'd (heap_new) */
  void *free_list[N_CLASSES]; /* class c holds blocks of (c + 1) * SMALL_STEP */
} rs_heap;

jf_ruleset *jf_rs_of(lua_State *L) {
  void *ud;
  lua_getallocf(L, &ud);
  return ((rs_heap *)ud)->rs;
}

/* --- where is the rule? ----------------------------------------------------- */

/* The current line of the innermost frame at or above `level` whose chunk is
 * want_src, or 0. Reads CallInfo and prototypes only: it never allocates, so
 * the allocator and the hook may call it. */
int jf_rs_rule_line(lua_State *L, int level, const char *want_src) {
  lua_Debug ar;
  if (!want_src) return 0;
  for (; lua_getstack(L, level, &ar); level++) {
    if (!lua_getinfo(L, "S", &ar) || strcmp(ar.source, want_src) != 0) continue;
    if (lua_getinfo(L, "l", &ar) && ar.currentline > 0) return ar.currentline;
  }
  return 0;
}

/* Lua's luaO_chunkid for "@file" sources: the prefix its messages carry. */
void jf_rs_short_src(const char *chunkname, char *out, size_t outsz) {
  const char *name = chunkname[0] == '@' || chunkname[0] == '=' ? chunkname + 1 : chunkname;
  size_t n = strlen(name);
  if (n < LUA_IDSIZE || chunkname[0] == '=') {
    snprintf(out, outsz, "%.*s", LUA_IDSIZE - 1, name);
  } else {
    size_t keep = LUA_IDSIZE - 1 - 3;
    snprintf(out, outsz, "...%s", name + n - keep);
  }
}

/* --- memory ------------------------------------------------------------------ */

/* Lua 5.4.6 and later move the stack with pointers turned into offsets while
 * growing it in place; walking frames then would read garbage. Fresh blocks
 * (ptr == NULL) are never that, and 5.4.4 grows the stack into a fresh block. */
#if LUA_VERSION_RELEASE_NUM <= 50404
#define SAFE_TO_WALK(ptr) 1
#else
#define SAFE_TO_WALK(ptr) ((ptr) == NULL)
#endif

static size_t class_of(size_t n) { return (n - 1) / SMALL_STEP; } /* n >= 1 */
static size_t class_size(size_t c) { return (c + 1) * SMALL_STEP; }

static bool in_arena(const rs_heap *h, const void *b) {
  return h->arena && (const char *)b >= h->arena && (const char *)b < h->end;
}

/* A new block of class c: cut from the arena, or loose. Out of line: the
 * free lists serve nearly every allocation. */
static __attribute__((noinline)) void *heap_new(rs_heap *h, size_t c) {
  size_t size = class_size(c);
  if (!h->arena && !h->no_arena) {
    h->arena = h->cut = malloc(ARENA_SIZE);
    h->end = h->arena ? h->arena + ARENA_SIZE : NULL;
    h->no_arena = !h->arena;
  }
  if (h->arena && (size_t)(h->end - h->cut) >= size) {
    void *b = h->cut;
    h->cut += size;
    return b;
  }
  h->loose = true;
  return malloc(size);
}

static inline __attribute__((always_inline)) void *heap_alloc(rs_heap *h, size_t n) {
  if (n > SMALL_MAX) return malloc(n);
  size_t c = class_of(n);
  void *b = h->free_list[c];
  if (!b) return heap_new(h, c);
  memcpy(&h->free_list[c], b, sizeof b); /* the next block, stored in this one */
  h->cached -= class_size(c);
  return b;
}

static inline __attribute__((always_inline)) void heap_free(rs_heap *h, void *b, size_t n) {
  if (n > SMALL_MAX || (h->cached >= CACHE_MAX && !in_arena(h, b))) {
    free(b);
    return;
  }
  size_t c = class_of(n);
  memcpy(b, &h->free_list[c], sizeof b);
  h->free_list[c] = b;
  h->cached += class_size(c);
}

/* b holds o > 0 bytes; n > 0. A block that grows past SMALL_MAX leaves the
 * arena for a malloc'd one; a large block that shrinks stays malloc'd
 * (a loose block of its new class). */
static __attribute__((noinline)) void *heap_realloc(rs_heap *h, void *b, size_t o, size_t n) {
  if (o > SMALL_MAX) {
    if (n > SMALL_MAX) return realloc(b, n);
    h->loose = true; /* now a small block, malloc'd */
    return realloc(b, class_size(class_of(n)));
  }
  if (n > SMALL_MAX && !in_arena(h, b)) return realloc(b, n);
  if (n <= SMALL_MAX && class_of(o) == class_of(n)) return b;
  void *p = heap_alloc(h, n);
  if (!p) return NULL;
  memcpy(p, b, o < n ? o : n);
  heap_free(h, b, o);
  return p;
}

/* Free the loose blocks on the free lists (none unless the arena ran out,
 * when it is all there is to walk), then the arena. */
static void heap_release(rs_heap *h) {
  for (size_t c = 0; h->loose && c < N_CLASSES; c++) {
    void *b = h->free_list[c];
    while (b) {
      void *next;
      memcpy(&next, b, sizeof next);
      if (!in_arena(h, b)) free(b);
      b = next;
    }
  }
  free(h->arena);
  free(h);
}

/* Refuse. Lua collects and asks again once; only if that fails too does the
 * call end with LUA_ERRMEM, without a message handler, so remember the line
 * now. Out of line: inlined, its frame walk made every allocation save six
 * registers and a 168-byte frame. */
static __attribute__((noinline, cold)) void *refuse(jf_ruleset *rs, void *ptr) {
  if (rs->refusals++ == 0 && rs->L && rs->armed && SAFE_TO_WALK(ptr))
    rs->line_mem = jf_rs_rule_line(rs->L, 0, rs->want_src);
  return NULL;
}

/* Lua's frees and fresh allocations stay small leaf code; resizing (rarer,
 * with its copy) is kept out of line. */
static void *rs_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  rs_heap *h = ud;
  jf_ruleset *rs = h->rs;
  if (nsize == 0) {
    if (ptr) {
      rs->mem_used -= osize;
      heap_free(h, ptr, osize);
    }
    return NULL;
  }
  size_t old = ptr ? osize : 0;
  if (nsize > old && nsize - old > rs->mem_limit - rs->mem_used) return refuse(rs, ptr);
  void *p = ptr ? heap_realloc(h, ptr, old, nsize) : heap_alloc(h, nsize);
  if (p) rs->mem_used = rs->mem_used - old + nsize;
  return p;
}

/* --- instructions ------------------------------------------------------------ */

static void budget_hook(lua_State *L, lua_Debug *ar) {
  jf_ruleset *rs = jf_rs_of(L);
  (void)ar;
  if (!rs->armed) return;
  if (!rs->budget_exceeded) {
    int line = jf_rs_rule_line(L, 0, rs->want_src);
    if (line) rs->line_sample = line;
    if (rs->budget_left > (uint64_t)rs->hook_period) {
      rs->budget_left -= (uint64_t)rs->hook_period;
      int next = rs->budget_left < HOOK_PERIOD ? (int)rs->budget_left : HOOK_PERIOD;
      if (next != rs->hook_period) {
        rs->hook_period = next;
        lua_sethook(L, budget_hook, LUA_MASKCOUNT, next);
      }
      return;
    }
    rs->budget_left = 0;
    rs->budget_exceeded = true;
    /* From now on every instruction raises: a pcall in the rule may catch
     * one error, but the next instruction after it raises again. */
    lua_sethook(L, budget_hook, LUA_MASKCOUNT, 1);
  }
  lua_rawgetp(L, LUA_REGISTRYINDEX, &jf_rs_key_budget_msg); /* preallocated */
  lua_error(L);
}

void jf_rs_charge(lua_State *L, uint64_t n) {
  jf_ruleset *rs = jf_rs_of(L);
  if (!rs->armed || rs->budget_exceeded) return; /* once spent, the hook raises anyway */
  if (rs->budget_left > n) {
    rs->budget_left -= n;
    return;
  }
  rs->budget_left = 0;
  rs->budget_exceeded = true;
  lua_sethook(L, budget_hook, LUA_MASKCOUNT, 1);
  lua_rawgetp(L, LUA_REGISTRYINDEX, &jf_rs_key_budget_msg);
  lua_error(L);
}

void jf_rs_arm(jf_ruleset *rs) {
  rs->budget_left = rs->instructions;
  rs->hook_period = rs->instructions < HOOK_PERIOD ? (int)rs->instructions : HOOK_PERIOD;
  rs->budget_exceeded = false;
  rs->armed = true;
  lua_sethook(rs->L, budget_hook, LUA_MASKCOUNT, rs->hook_period);
}

void jf_rs_disarm(jf_ruleset *rs) {
  rs->armed = false;
  lua_sethook(rs->L, NULL, 0, 0);
}

/* --- protected calls and their errors ----------------------------------------- */

/* Message handler: note the innermost line in the rule file; the error object
 * is left as it is (building a traceback string could itself run out of
 * memory, and the jf_error carries the place). */
static int msgh(lua_State *L) {
  jf_ruleset *rs = jf_rs_of(L);
  int line = jf_rs_rule_line(L, 1, rs->want_src);
  if (line) rs->line_msgh = line;
  return 1;
}

/* Run fn(arg) protected. The error object, if any, is left on the stack top. */
int jf_rs_run(jf_ruleset *rs, lua_CFunction fn, void *arg, const char *want_src) {
  lua_State *L = rs->L;
  rs->want_src = want_src;
  rs->refusals = 0;
  rs->budget_exceeded = false;
  rs->line_msgh = rs->line_mem = rs->line_sample = 0;
  if (!lua_checkstack(L, 4)) return LUA_ERRMEM;
  int base = lua_gettop(L);
  lua_pushcfunction(L, msgh);
  lua_pushcfunction(L, fn);
  lua_pushlightuserdata(L, arg);
  int st = lua_pcall(L, 1, 0, base + 1);
  jf_rs_disarm(rs);
  lua_remove(L, base + 1); /* the handler; the error object (if any) stays */
  return st;
}

/* If msg starts with "<short_src>:<line>: ", return the line and skip it. */
static int strip_place(const char **msg, const char *short_src) {
  size_t n = strlen(short_src);
  const char *p = *msg;
  if (!n || strncmp(p, short_src, n) != 0 || p[n] != ':') return 0;
  p += n + 1;
  int line = 0;
  if (*p < '0' || *p > '9') return 0;
  while (*p >= '0' && *p <= '9') line = line * 10 + (*p++ - '0');
  if (p[0] != ':' || p[1] != ' ') return 0;
  *msg = p + 2;
  return line;
}

static int first_line(int a, int b, int c, int d) { return a ? a : b ? b : c ? c : d; }

/* Turn a failed jf_rs_run into err; pops the error object. Memory and budget
 * failures also collect the garbage they left so the next rule has room. */
void jf_rs_call_error(jf_ruleset *rs, int status, const char *file, const char *short_src,
                      int fallback_line, jf_error *err) {
  lua_State *L = rs->L;
  const char *msg = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
  char buf[96];
  bool oom = status == LUA_ERRMEM ||
             (rs->refusals && (status == LUA_ERRERR || (msg && strcmp(msg, "not enough memory") == 0)));
  if (rs->budget_exceeded) {
    jf_error_set(err, JF_ERULE, file,
                 first_line(rs->line_msgh, rs->line_sample, fallback_line, 0), 0,
                 "rule exceeded its instruction budget (%llu)",
                 (unsigned long long)rs->instructions);
  } else if (oom) {
    jf_error_set(err, JF_ERULE, file,
                 first_line(rs->line_mem, rs->line_msgh, rs->line_sample, fallback_line), 0,
                 "rule exceeded the memory limit");
  } else {
    if (!msg) {
      if (lua_type(L, -1) == LUA_TNUMBER) {
        lua_Number v = lua_tonumber(L, -1);
        snprintf(buf, sizeof buf, "%.14g", (double)v);
      } else {
        snprintf(buf, sizeof buf, "(error object is a %s value)", luaL_typename(L, -1));
      }
      msg = buf;
    }
    int line = short_src ? strip_place(&msg, short_src) : 0;
    jf_error_set(err, JF_ERULE, file, first_line(line, rs->line_msgh, fallback_line, 0), 0,
                 "%s", msg);
  }
  lua_pop(L, 1);
  if (rs->budget_exceeded || oom) lua_gc(L, LUA_GCCOLLECT, 0);
  rs->budget_exceeded = false;
}

/* --- the sandbox globals -------------------------------------------------------- */

static int l_print(lua_State *L) { return 0; } /* rules have no output channel */

/* setmetatable without __gc: a finalizer would run outside any check call,
 * where no budget guards it. */
static int l_setmetatable(lua_State *L) {
  if (lua_type(L, 2) == LUA_TTABLE && jf_rs_is_ro_mt(L, 2))
    return luaL_error(L, "setmetatable: cannot use a read-only table as a metatable");
  if (lua_type(L, 2) == LUA_TTABLE) {
    lua_pushliteral(L, "__gc");
    if (lua_rawget(L, 2) != LUA_TNIL)
      return luaL_error(L, "setmetatable: __gc metamethods are not allowed in rules");
  }
  lua_settop(L, 2);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, 2, 1);
  return 1;
}

/* rawset that respects read-only views: they are shared by every rule that
 * checks the same clause. */
static int l_rawset(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  if (lua_getmetatable(L, 1)) {
    if (jf_rs_is_ro_mt(L, -1)) return luaL_error(L, "rawset: the clause view is read-only");
    lua_pop(L, 1);
  }
  luaL_checkany(L, 2);
  luaL_checkany(L, 3);
  lua_settop(L, 3);
  lua_rawset(L, 1);
  return 1;
}

/* No xpcall: a Lua message handler runs before the error unwinds, and when
 * the error comes from the count hook it runs with hooks still off, outside
 * any budget. pcall has no handler and is safe. */
static const char *const base_allowed[] = {
  "assert", "error", "ipairs", "next", "pairs", "pcall", "rawequal", "rawget",
  "rawlen", "select", "tonumber", "tostring", "type", "getmetatable", "_VERSION", NULL};

/* Library fields a rule does not get: code loading and non-determinism. */
static const char *const lib_denied[] = {"dump", "random", "randomseed", NULL};

static void copy_table(lua_State *L, int from, const char *const *deny) {
  from = lua_absindex(L, from);
  lua_newtable(L);
  lua_pushnil(L);
  while (lua_next(L, from)) {
    bool skip = false;
    for (int i = 0; deny && deny[i] && !skip; i++)
      skip = lua_type(L, -2) == LUA_TSTRING && strcmp(lua_tostring(L, -2), deny[i]) == 0;
    if (skip) {
      lua_pop(L, 1);
      continue;
    }
    lua_pushvalue(L, -2);
    lua_insert(L, -2);
    lua_rawset(L, -4);
  }
}

/* A fresh _ENV for one rule file: its own copies of the libraries and of the
 * jianfu table (so changing string.find changes it for this file only), and
 * the shared base functions through __index. The metatable is protected, so
 * the shared table cannot be reached. */
void jf_rs_make_env(lua_State *L) {
  lua_newtable(L);
  int env = lua_gettop(L);
  lua_rawgetp(L, LUA_REGISTRYINDEX, &jf_rs_key_libs);
  lua_pushnil(L);
  while (lua_next(L, -2)) {
    copy_table(L, -1, NULL);
    lua_remove(L, -2);
    lua_pushvalue(L, -2);
    lua_insert(L, -2);
    lua_rawset(L, env);
  }
  lua_pop(L, 1);
  lua_rawgetp(L, LUA_REGISTRYINDEX, &jf_rs_key_env_mt);
  lua_setmetatable(L, env);
}

static const char budget_fmt[] = "rule exceeded its instruction budget (%llu)";

static int open_protected(lua_State *L) {
  jf_ruleset *rs = lua_touserdata(L, 1);
  luaL_requiref(L, LUA_GNAME, luaopen_base, 0);
  int base = lua_gettop(L);
  lua_newtable(L); /* libraries, copied into every _ENV */
  int libs = base + 1;
  static const struct { const char *name; lua_CFunction open; } libv[] = {
    {LUA_STRLIBNAME, luaopen_string}, {LUA_TABLIBNAME, luaopen_table},
    {LUA_MATHLIBNAME, luaopen_math}, {LUA_UTF8LIBNAME, luaopen_utf8}};
  for (size_t i = 0; i < sizeof libv / sizeof libv[0]; i++) {
    luaL_requiref(L, libv[i].name, libv[i].open, 0);
    copy_table(L, -1, lib_denied);
    lua_setfield(L, libs, libv[i].name);
    lua_pop(L, 1);
  }
  /* The string metatable indexes the real string table ("x"):dump(): drop
   * dump there too, and hide the metatable so rules cannot repoint __index. */
  lua_getfield(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
  lua_getfield(L, -1, LUA_STRLIBNAME);
  lua_pushnil(L);
  lua_setfield(L, -2, "dump");
  lua_pop(L, 2);
  lua_pushliteral(L, "");
  lua_getmetatable(L, -1);
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_pop(L, 2);

  /* the shared base functions */
  lua_newtable(L);
  int g = lua_gettop(L);
  for (int i = 0; base_allowed[i]; i++) {
    lua_getfield(L, base, base_allowed[i]);
    lua_setfield(L, g, base_allowed[i]);
  }
  lua_getfield(L, base, "setmetatable");
  lua_pushcclosure(L, l_setmetatable, 1);
  lua_setfield(L, g, "setmetatable");
  lua_pushcfunction(L, l_rawset);
  lua_setfield(L, g, "rawset");
  lua_pushcfunction(L, l_print);
  lua_setfield(L, g, "print");
  lua_createtable(L, 0, 2);
  lua_pushvalue(L, g);
  lua_setfield(L, -2, "__index");
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_rawsetp(L, LUA_REGISTRYINDEX, &jf_rs_key_env_mt);

  /* The real globals keep the loaders; nothing a rule runs can reach them,
   * but empty them anyway so a mistake here cannot leak them. */
  lua_pushglobaltable(L);
  lua_pushnil(L);
  while (lua_next(L, -2)) {
    lua_pop(L, 1);
    lua_pushvalue(L, -1);
    lua_pushnil(L);
    lua_rawset(L, -4);
  }
  lua_pop(L, 1);

  char msg[80];
  snprintf(msg, sizeof msg, budget_fmt, (unsigned long long)rs->instructions);
  lua_pushstring(L, msg);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &jf_rs_key_budget_msg);

  lua_pushvalue(L, libs);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &jf_rs_key_libs);
  jf_rs_view_open(L);
  return 0;
}

static int panic(lua_State *L) {
  const char *m = lua_tostring(L, -1);
  fprintf(stderr, "jianfu: unprotected error in the rule sandbox: %s\n", m ? m : "?");
  abort();
}

jf_status jf_rs_sandbox_open(jf_ruleset *rs) {
  rs_heap *h = calloc(1, sizeof *h);
  if (!h) return JF_ENOMEM;
  h->rs = rs;
  rs->L = lua_newstate(rs_alloc, h);
  if (!rs->L) {
    free(h);
    return JF_ENOMEM;
  }
  lua_atpanic(rs->L, panic);
  lua_setwarnf(rs->L, NULL, NULL); /* finalizer errors are not output */
  int st = jf_rs_run(rs, open_protected, rs, NULL);
  if (st != LUA_OK) {
    lua_pop(rs->L, 1);
    return JF_ENOMEM;
  }
  return JF_OK;
}

void jf_rs_sandbox_close(jf_ruleset *rs) {
  if (!rs->L) return;
  void *ud;
  lua_getallocf(rs->L, &ud);
  lua_close(rs->L);
  rs->L = NULL;
  heap_release(ud);
}
