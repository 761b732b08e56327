/* normalize_int.h — jf_normalize reusing a previous result's block (private). */
#ifndef JF_NORMALIZE_INT_H
#define JF_NORMALIZE_INT_H

#include "jianfu/normalize.h"

/* jf_normalize into the block out already holds (a result of jf_normalize or
 * of this function, or an empty jf_norm), so that normalizing clause after
 * clause needs no allocation once the block is big enough. The old text and
 * maps are overwritten; on error out is left empty and the block freed. */
jf_status jf_normalize_reuse(const char *raw, size_t len, const uint32_t *raw_map, uint32_t base,
                             jf_norm *out);

/* How many bytes of text out's block holds without growing (0 when empty). */
size_t jf_norm_capacity(const jf_norm *n);

/* For tests: turn off (false) or on (true, the default) the fast paths for
 * runs of ASCII and of 3-byte characters, so that their output can be
 * compared with the character-by-character path's. Not thread-safe. */
void jf_normalize_fast_paths(bool on);

#endif
