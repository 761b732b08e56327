/* cli_history.c — `jianfu history --db FILE [--issuer X] [--rule ID]
 * [--since DATE]`: findings of past runs recorded with `check --db`. */
#include <string.h>

#include "cli.h"

static void print_row(const jf_history_row *r, void *ud) {
  long long *last = ud;
  if (r->run != *last) {
    printf("run %lld  %s\n", r->run, r->started);
    *last = r->run;
  }
  printf("  %s:%d:%d: %s [%s] %s%s%s%s\n", r->path, r->line, r->column, r->severity, r->rule,
         r->message, *r->issuer ? "  (" : "", r->issuer, *r->issuer ? ")" : "");
  if (r->suppressed) printf("    (suppressed)\n");
}

int cli_history(int argc, char **argv) {
  const char *db = NULL;
  jf_history_filter f = {0};
  /* options come in pairs: the name, then its value */
  for (int i = 1; i < argc; i += 2) {
    const char *next = i + 1 < argc ? argv[i + 1] : NULL;
    const char **slot = strcmp(argv[i], "--db") == 0       ? &db
                        : strcmp(argv[i], "--issuer") == 0 ? &f.issuer
                        : strcmp(argv[i], "--rule") == 0   ? &f.rule
                        : strcmp(argv[i], "--since") == 0  ? &f.since
                                                           : NULL;
    if (!slot || !next) {
      fprintf(stderr, "jianfu: history takes --db FILE [--issuer X] [--rule ID] [--since DATE]\n");
      return EXIT_TROUBLE;
    }
    *slot = next;
  }
  if (!db) {
    fprintf(stderr, "jianfu: history needs --db FILE (the database given to check --db)\n");
    return EXIT_TROUBLE;
  }
  jf_store *st = NULL;
  jf_error err = {0};
  size_t n = 0;
  long long last = 0;
  int rc = EXIT_CLEAN;
  if (jf_store_open(db, &st, &err) != JF_OK ||
      jf_store_history(st, &f, print_row, &last, &n, &err) != JF_OK) {
    fprintf(stderr, "jianfu: %s: %s\n", db, err.message);
    rc = EXIT_TROUBLE;
  } else if (n == 0) {
    printf("no recorded findings match\n");
  }
  jf_error_clear(&err);
  jf_store_free(st);
  return rc;
}
