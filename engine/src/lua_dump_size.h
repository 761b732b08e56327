/* lua_dump_size.h — Lua 5.4's encoding of a string's size in a dump (ldump.c
 * dumpSize of length + 1): 7 bits a byte, most significant first, the last
 * byte marked with 0x80. Shared by tools/gen_bytecode.c, which checks the
 * build's dumps use it, and rules_bundle.c, which rewrites a dump's chunk
 * name with it. Private. */
#ifndef JF_LUA_DUMP_SIZE_H
#define JF_LUA_DUMP_SIZE_H

#include <stddef.h>

/* x encoded into out; returns the number of bytes written (at most 10). */
static inline size_t jf_dump_size_code(size_t x, unsigned char out[16]) {
  unsigned char tmp[16];
  size_t n = 0;
  do {
    tmp[n++] = x & 0x7f;
    x >>= 7;
  } while (x);
  for (size_t i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
  out[n - 1] |= 0x80;
  return n;
}

#endif
