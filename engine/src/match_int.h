/* match_int.h — the matcher's two modes, for tests (private).
 *
 * jf_matcher_compile steps over whole characters when every pattern is
 * well-formed UTF-8 and over bytes otherwise (match.c); both must find the
 * same matches, so the tests compile the same patterns both ways. */
#ifndef JF_MATCH_INT_H
#define JF_MATCH_INT_H

#include "jianfu/match.h"

/* Before compile: make m a byte-mode matcher whatever its patterns. */
void jf_matcher_set_bytes_only(jf_matcher *m);
/* Did compile choose character mode? */
bool jf_matcher_is_chars(const jf_matcher *m);

#endif
