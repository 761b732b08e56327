/* cli.h — what the jianfu command's files share (the command is a thin
 * client of the public API in <jianfu/jianfu.h>). */
#ifndef JF_CLI_H
#define JF_CLI_H

#include <stdio.h>
#include "jianfu/jianfu.h"

/* Exit statuses of shared/spec/OUTPUT.md. */
enum { EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_TROUBLE = 2 };

typedef struct cli_rules_opts {
  const char **dirs; /* extra --rules paths */
  size_t n_dirs;
  bool no_default;   /* --no-default-rules */
} cli_rules_opts;

/* The bundled rule directory: $JIANFU_RULES_DIR, else next to the binary
 * (../share/jianfu/rules), else the source tree when run from the build
 * tree, else the install prefix. Never NULL. */
const char *cli_default_rules_dir(void);

/* A new engine with the default rules and the extra ones loaded and the
 * prefilter built. Load errors are printed to stderr unless quiet and, when
 * `errs` is given, appended to its errors; *load_failed says whether any
 * happened. */
jf_engine *cli_engine(const cli_rules_opts *ro, const jf_options *opt, jf_result *errs,
                      bool quiet, bool *load_failed);

/* Parse a --rules / --no-default-rules option at argv[*i]; true if consumed. */
bool cli_rules_option(int argc, char **argv, int *i, cli_rules_opts *ro);

/* Expand PATH arguments into files: directories recursively by extension
 * (.yaml .yml .txt .md .markdown), sorted, hidden entries skipped. Paths
 * that do not exist are kept so that they are reported as errors. */
typedef struct cli_paths {
  char **v;
  size_t n, cap;
} cli_paths;
int cli_paths_expand(cli_paths *p, const char *arg);
void cli_paths_free(cli_paths *p);

int cli_check(int argc, char **argv);
int cli_rules(int argc, char **argv);
int cli_explain(int argc, char **argv);
int cli_cases(int argc, char **argv);
int cli_clauses(int argc, char **argv);
int cli_history(int argc, char **argv);

void cli_usage(FILE *out);

#endif
