/* cli_rules.c — `jianfu rules list|show|test|triggers`, `jianfu explain`
 * and `jianfu cases`: the rule author's and the inspector's views of the
 * rule pack. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* What every rules-reading command starts from: its options parsed, the
 * positional arguments, and an engine with the rules loaded. */
typedef struct rules_cmd {
  cli_rules_opts ro;
  const char **pos;
  size_t n_pos;
  jf_engine *e;
  bool failed; /* some rule could not be loaded */
} rules_cmd;

/* Parse argv[first..] into c; remaining positional args go to c->pos. */
static int parse_cmd(int argc, char **argv, int first, rules_cmd *c) {
  memset(c, 0, sizeof *c);
  if (!(c->pos = calloc((size_t)argc + 1, sizeof *c->pos))) return -1;
  for (int i = first; i < argc; i++) {
    if (cli_rules_option(argc, argv, &i, &c->ro)) continue;
    if (argv[i][0] == '-' && argv[i][1]) {
      fprintf(stderr, "jianfu: unknown option '%s'\n", argv[i]);
      return -1;
    }
    c->pos[c->n_pos++] = argv[i];
  }
  return 0;
}

static int load_cmd(rules_cmd *c) {
  c->e = cli_engine(&c->ro, NULL, NULL, false, &c->failed);
  return c->e ? 0 : -1;
}

static void free_cmd(rules_cmd *c) {
  jf_engine_free(c->e);
  free(c->pos);
  free(c->ro.dirs);
}

/* The exit status of a command that did its job. */
static int done(const rules_cmd *c) { return c->failed ? EXIT_TROUBLE : EXIT_CLEAN; }

static void list_strs(const char *label, const char *const *v, size_t n) {
  if (!n) return;
  printf("%s:\n", label);
  for (size_t i = 0; i < n; i++) printf("  - %s\n", v[i]);
}

static void print_examples(const char *label, const jf_example *v, size_t n) {
  if (!n) return;
  printf("%s:\n", label);
  for (size_t i = 0; i < n; i++)
    printf("  - %s%s%s%s%s\n", v[i].text, v[i].scheme_item ? "  (scheme item)" : "",
           v[i].title ? "  (under: " : "", v[i].title ? v[i].title : "", v[i].title ? ")" : "");
}

static const jf_case_info *find_case(const jf_ruleset *rs, const char *id) {
  for (size_t i = 0; i < jf_ruleset_case_count(rs); i++)
    if (strcmp(jf_ruleset_case(rs, i)->id, id) == 0) return jf_ruleset_case(rs, i);
  return NULL;
}

static void show_rule(const jf_ruleset *rs, const jf_rule_info *r, bool explain) {
  printf("%s — %s\n", r->id, r->title);
  printf("category: %s\nseverity: %s\ndefined: %s:%d\n", r->category, jf_severity_str(r->severity),
         r->file, r->line);
  if (r->description) printf("\n%s\n\n", r->description);
  list_strs("basis", r->basis, r->n_basis);
  if (r->n_precedents) {
    printf("precedents:\n");
    for (size_t i = 0; i < r->n_precedents; i++) {
      const jf_case_info *c = find_case(rs, r->precedents[i]);
      if (c && explain) printf("  - %s (%s %s): %s\n", c->id, c->place, c->year, c->summary);
      else printf("  - %s\n", r->precedents[i]);
    }
  }
  if (r->n_triggers) {
    printf("triggers:");
    for (size_t i = 0; i < r->n_triggers; i++) printf(" %s", r->triggers[i]);
    printf("\n");
  } else {
    printf("triggers: none (runs on every clause: slow)\n");
  }
  for (size_t g = 0; g < r->n_needs; g++) {
    static const char *const fields[] = {"numbers", "thresholds", "frequencies", "penalties",
                                         "link"};
    const jf_needs_group *n = &r->needs[g];
    printf("%s (one of):", g ? "and needs" : "needs");
    for (size_t i = 0; i < n->n_words; i++) printf(" %s", n->words[i]);
    const unsigned kinds[] = {n->analysis, n->item, n->row};
    static const char *const kind_names[] = {"analysis", "the item's analysis",
                                             "a row's or scheme item's analysis"};
    bool before = n->n_words != 0; /* something printed before this kind */
    for (int which = 0; which < 3; which++) {
      unsigned bits = kinds[which];
      if (!bits) continue;
      printf("%s or %s:", before ? ";" : "", kind_names[which]);
      before = true;
      for (size_t k = 0; k < sizeof fields / sizeof *fields; k++)
        if (bits & (1u << k)) printf(" %s", fields[k]);
    }
    printf("\n");
  }
  print_examples("bad examples (reported)", r->bad, r->n_bad);
  print_examples("good examples (silent)", r->good, r->n_good);
}

static void on_fail(const jf_rule_info *r, bool bad, const jf_example *ex, const char *why,
                    void *ud) {
  (void)ud;
  printf("FAIL %s: %s example at %s:%d: %s\n     %s\n", r->id, bad ? "bad" : "good", r->file,
         ex->line, why, ex->text);
}

static int rules_test(jf_engine *e) {
  jf_ruleset *rs = jf_engine_rules(e);
  size_t run = 0, fails = jf_engine_test_rules(e, on_fail, &run, NULL);
  /* a rule without both kinds of example proves nothing about itself */
  for (size_t i = 0; i < jf_ruleset_count(rs); i++) {
    const jf_rule_info *r = jf_ruleset_rule(rs, i);
    if (!r->n_bad || !r->n_good) {
      printf("FAIL %s: %s:%d: needs at least one bad and one good example\n", r->id, r->file,
             r->line);
      fails++;
      run++;
    }
  }
  printf("rules: %zu passed, %zu failed\n", run - fails, fails);
  return fails ? EXIT_FINDINGS : EXIT_CLEAN;
}

int cli_rules(int argc, char **argv) {
  static const char usage[] = "jianfu: rules needs list, show ID, test [PATH] or triggers\n";
  if (argc < 2) {
    fputs(usage, stderr);
    return EXIT_TROUBLE;
  }
  const char *sub = argv[1];
  rules_cmd c;
  int rc = EXIT_TROUBLE;
  if (parse_cmd(argc, argv, 2, &c) != 0) goto out;
  if (strcmp(sub, "test") == 0 && c.n_pos) {
    /* test the rules at PATH only, as a rule author does */
    for (size_t i = 0; i < c.n_pos; i++) {
      const char **nd = realloc(c.ro.dirs, (c.ro.n_dirs + 1) * sizeof *nd);
      if (!nd) goto out;
      c.ro.dirs = nd;
      c.ro.dirs[c.ro.n_dirs++] = c.pos[i];
    }
    c.ro.no_default = true;
    c.n_pos = 0;
  }
  if (load_cmd(&c) != 0) goto out;
  jf_ruleset *rs = jf_engine_rules(c.e);
  if (strcmp(sub, "list") == 0) {
    for (size_t i = 0; i < jf_ruleset_count(rs); i++) {
      const jf_rule_info *r = jf_ruleset_rule(rs, i);
      printf("%-28s %-26s %-8s %s%s\n", r->id, r->category, jf_severity_str(r->severity),
             r->title, r->n_triggers ? "" : "  [slow: no triggers]");
    }
    rc = done(&c);
  } else if (strcmp(sub, "show") == 0 && c.n_pos == 1) {
    long i = jf_ruleset_find(rs, c.pos[0]);
    if (i < 0) {
      fprintf(stderr, "jianfu: no rule '%s' (see 'jianfu rules list')\n", c.pos[0]);
      goto out;
    }
    show_rule(rs, jf_ruleset_rule(rs, (size_t)i), false);
    rc = done(&c);
  } else if (strcmp(sub, "triggers") == 0) {
    for (size_t i = 0; i < jf_ruleset_count(rs); i++) {
      const jf_rule_info *r = jf_ruleset_rule(rs, i);
      for (size_t k = 0; k < r->n_triggers; k++) printf("%s\n", r->triggers[k]);
    }
    rc = done(&c);
  } else if (strcmp(sub, "test") == 0) {
    rc = rules_test(c.e);
    if (c.failed) {
      printf("rules: some rules could not be loaded (see above)\n");
      rc = EXIT_TROUBLE;
    }
  } else {
    fputs(usage, stderr);
  }
out:
  free_cmd(&c);
  return rc;
}

int cli_explain(int argc, char **argv) {
  rules_cmd c;
  int rc = EXIT_TROUBLE;
  if (parse_cmd(argc, argv, 1, &c) != 0) goto out;
  if (c.n_pos != 1) {
    fprintf(stderr, "jianfu: explain needs one rule id (see 'jianfu rules list')\n");
    goto out;
  }
  if (load_cmd(&c) != 0) goto out;
  jf_ruleset *rs = jf_engine_rules(c.e);
  long i = jf_ruleset_find(rs, c.pos[0]);
  if (i < 0) {
    fprintf(stderr, "jianfu: no rule '%s' (see 'jianfu rules list')\n", c.pos[0]);
    goto out;
  }
  show_rule(rs, jf_ruleset_rule(rs, (size_t)i), true);
  rc = done(&c);
out:
  free_cmd(&c);
  return rc;
}

int cli_cases(int argc, char **argv) {
  rules_cmd c;
  int rc = EXIT_TROUBLE;
  if (parse_cmd(argc, argv, 1, &c) != 0 || load_cmd(&c) != 0) goto out;
  jf_ruleset *rs = jf_engine_rules(c.e);
  if (c.n_pos == 0) {
    for (size_t i = 0; i < jf_ruleset_case_count(rs); i++) {
      const jf_case_info *k = jf_ruleset_case(rs, i);
      printf("%-22s %-4s %s\n", k->id, k->year, k->place);
    }
    rc = done(&c);
    goto out;
  }
  const jf_case_info *k = find_case(rs, c.pos[0]);
  if (!k) {
    fprintf(stderr, "jianfu: no case '%s' (see 'jianfu cases')\n", c.pos[0]);
    goto out;
  }
  printf("%s — %s, %s\n\n%s\n\nsource: shared/seeds/%s\n", k->id, k->place, k->year, k->summary,
         k->seed);
  list_strs("fixtures", k->fixtures, k->n_fixtures);
  printf("rules citing it:\n");
  for (size_t i = 0; i < jf_ruleset_count(rs); i++) {
    const jf_rule_info *r = jf_ruleset_rule(rs, i);
    for (size_t j = 0; j < r->n_precedents; j++)
      if (strcmp(r->precedents[j], k->id) == 0) printf("  - %s (%s)\n", r->id, r->title);
  }
  rc = done(&c);
out:
  free_cmd(&c);
  return rc;
}
