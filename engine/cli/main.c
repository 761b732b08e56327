/* main.c — the jianfu command: subcommand dispatch and usage. */
#include <string.h>

#include "cli.h"

void cli_usage(FILE *out) {
  fputs("usage: jianfu <command> [options]\n"
        "\n"
        "  check [options] PATH...   lint files or directories (\"-\" = stdin)\n"
        "      --format text|json|sarif|junit|github   (default text)\n"
        "      --rules PATH          extra rule file or directory (repeatable)\n"
        "      --no-default-rules    do not load the bundled rules\n"
        "      --fail-on error|warning|info   (default error)\n"
        "      --jobs N              files checked in parallel (default: cores)\n"
        "      --max-file-size BYTES larger files are an error (default 64 MiB)\n"
        "      --db FILE             record the run in a SQLite history database\n"
        "      --config FILE         use this configuration for every file (default:\n"
        "                            the nearest .jianfu.yaml above each file)\n"
        "      --color / --no-color\n"
        "  rules list                the loaded rules\n"
        "  rules show ID             one rule's metadata and examples\n"
        "  rules test [PATH]         run every rule's good and bad examples\n"
        "  rules triggers            every trigger term, one per line\n"
        "  explain ID                rationale, basis, precedents and examples of a rule\n"
        "  cases [ID]                the precedent case library\n"
        "  clauses [--json] PATH...  each clause as rules see it: span, normalized\n"
        "                            text, thresholds, penalties, prohibitions, link\n"
        "  history --db FILE [--issuer X] [--rule ID] [--since DATE]\n"
        "                            findings of past runs recorded with check --db\n"
        "  version\n"
        "\n"
        "exit status: 0 clean, 1 findings at or above --fail-on, 2 usage error or a\n"
        "file or rule that could not be loaded or evaluated\n",
        out);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    cli_usage(stderr);
    return EXIT_TROUBLE;
  }
  const char *cmd = argv[1];
  if (strcmp(cmd, "check") == 0) return cli_check(argc - 1, argv + 1);
  if (strcmp(cmd, "rules") == 0) return cli_rules(argc - 1, argv + 1);
  if (strcmp(cmd, "explain") == 0) return cli_explain(argc - 1, argv + 1);
  if (strcmp(cmd, "cases") == 0) return cli_cases(argc - 1, argv + 1);
  if (strcmp(cmd, "clauses") == 0) return cli_clauses(argc - 1, argv + 1);
  if (strcmp(cmd, "history") == 0) return cli_history(argc - 1, argv + 1);
  if (strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0) {
    printf("jianfu %s\n", JF_VERSION);
    return EXIT_CLEAN;
  }
  if (strcmp(cmd, "help") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
    cli_usage(stdout);
    return EXIT_CLEAN;
  }
  fprintf(stderr, "jianfu: unknown command '%s'\n", cmd);
  cli_usage(stderr);
  return EXIT_TROUBLE;
}
