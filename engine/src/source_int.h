/* source_int.h — decoding a buffer the engine already owns (private). */
#ifndef JF_SOURCE_INT_H
#define JF_SOURCE_INT_H

#include "jianfu/source.h"

/* jf_source_decode, but takes over `bytes` (malloc'd, room for len + 1):
 * UTF-8 is decoded in place, saving a copy of the file; other encodings free
 * it once decoded. `bytes` is consumed whatever the outcome. */
jf_status jf_source_adopt(char *bytes, size_t len, const char *path, jf_source **out,
                          jf_error *err);

#endif
