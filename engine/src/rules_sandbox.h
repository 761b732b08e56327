/* rules_sandbox.h — what rules_sandbox.c offers beyond rules_int.h. */
#ifndef JF_RULES_SANDBOX_H
#define JF_RULES_SANDBOX_H

#include "rules_int.h"

/* Close the Lua state opened by jf_rs_sandbox_open and free the blocks its
 * allocator kept for reuse. rs->L is NULL afterwards; a NULL state is fine. */
void jf_rs_sandbox_close(jf_ruleset *rs);

#endif
