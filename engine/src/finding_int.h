/* finding_int.h — the storage behind an engine-built finding (result.h:
 * jf_finding.storage), shared by rules.c, which builds findings, and result.c,
 * which frees them. Nothing here is public API. */
#ifndef JF_FINDING_INT_H
#define JF_FINDING_INT_H

#include <stdatomic.h>
#include <stddef.h>

/* The strings every finding of one rule repeats: its id, category, title and
 * its basis and precedents (a few hundred bytes, most of a finding). One
 * block per rule, reference counted: the rule holds one reference and each
 * finding pointing into it another, so a result still outlives the engine.
 * Atomic: a result may be freed on another thread than the one whose rule set
 * is still adding findings. */
typedef struct jf_rule_strings {
  atomic_size_t refs;
  char *rule, *category, *title;
  char **basis, **precedents; /* n_basis / n_precedents entries, in the block */
} jf_rule_strings;

/* The start of jf_finding.storage; the finding's own strings follow it. */
typedef struct jf_finding_block {
  jf_rule_strings *shared; /* the rule strings the finding points into, or NULL */
  /* the finding's evidence_json when the engine wrote it canonical
   * (rules_int.h: jf_ev_buf.canonical), so that the reporters copy it
   * without checking it again; NULL otherwise */
  const char *canonical_evidence;
} jf_finding_block;

/* Drop one reference; frees the block with the last. NULL is fine. */
void jf_rule_strings_release(jf_rule_strings *s);

#endif
