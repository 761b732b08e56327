/* cli_check.c — `jianfu check`: options, the file list, parallel workers
 * (one engine each) and in-order reporting.
 *
 * Workers take files by index; the main thread reports results strictly in
 * input order, so --jobs N prints exactly what --jobs 1 prints. Workers stay
 * at most a small window ahead of the reporter, which bounds memory by the
 * largest few documents rather than by the number of files. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

typedef struct job {
  cli_paths files;
  jf_result **results;
  size_t next;    /* next file index to take */
  size_t printed; /* files reported so far */
  size_t window;
  pthread_mutex_t mu;
  pthread_cond_t cv;
  const cli_rules_opts *ro;
  const jf_options *opt;
} job;

static void *worker(void *arg) {
  job *j = arg;
  jf_engine *e = cli_engine(j->ro, j->opt, NULL, true, NULL);
  for (;;) {
    pthread_mutex_lock(&j->mu);
    while (j->next < j->files.n && j->next >= j->printed + j->window)
      pthread_cond_wait(&j->cv, &j->mu);
    size_t i = j->next < j->files.n ? j->next++ : SIZE_MAX;
    pthread_mutex_unlock(&j->mu);
    if (i == SIZE_MAX) break;
    jf_result *res = NULL;
    if (e) jf_engine_check_file(e, j->files.v[i], &res);
    if (!res && (res = jf_result_new(j->files.v[i]))) {
      jf_error err = {0};
      jf_error_set(&err, JF_ENOMEM, j->files.v[i], 0, 0, "out of memory");
      jf_result_add_error(res, &err);
    }
    pthread_mutex_lock(&j->mu);
    j->results[i] = res;
    pthread_cond_broadcast(&j->cv);
    pthread_mutex_unlock(&j->mu);
  }
  jf_engine_free(e);
  return NULL;
}

typedef struct tally {
  bool trouble;
  bool failing;
  jf_severity fail_level;
  jf_store *db; /* --db: where each result is recorded, or NULL */
  const char *db_path;
} tally;

/* Record a result in the history database; a failure is reported once and
 * recording stops, but checking goes on. */
static void record(tally *t, const jf_result *res) {
  jf_error err = {0};
  if (!t->db || jf_store_record(t->db, res, &err) == JF_OK) return;
  fprintf(stderr, "jianfu: %s: %s\n", t->db_path, err.message);
  jf_error_clear(&err);
  jf_store_free(t->db); /* rolls the run back */
  t->db = NULL;
  t->trouble = true;
}

static void report(jf_reporter *rep, jf_result *res, tally *t) {
  for (size_t i = 0; i < res->n_errors; i++) {
    const jf_error *e = &res->errors[i];
    if (e->line) fprintf(stderr, "jianfu: %s:%d: %s\n", res->path, e->line, e->message);
    else fprintf(stderr, "jianfu: %s: %s\n", res->path, e->message);
    t->trouble = true;
  }
  for (size_t i = 0; i < res->n_findings; i++)
    if (!res->findings[i].suppressed && res->findings[i].severity >= t->fail_level)
      t->failing = true;
  jf_reporter_file(rep, res);
  record(t, res);
}

static int usage_error(const char *fmt, const char *arg) {
  fputs("jianfu: ", stderr);
  fprintf(stderr, fmt, arg);
  fputs("\n(see 'jianfu help')\n", stderr);
  return EXIT_TROUBLE;
}

int cli_check(int argc, char **argv) {
  cli_rules_opts ro = {0};
  jf_options opt = {0};
  jf_format fmt = JF_FMT_TEXT;
  jf_report_opts rop = {.fail_level = JF_SEV_ERROR};
  int color = -1;
  const char *db_path = NULL;
  long jobs = sysconf(_SC_NPROCESSORS_ONLN);
  const char **args = calloc((size_t)argc + 1, sizeof *args);
  size_t n_args = 0;
  int rc = EXIT_TROUBLE;
  if (!args) return EXIT_TROUBLE;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char *next = i + 1 < argc ? argv[i + 1] : NULL;
    if (cli_rules_option(argc, argv, &i, &ro)) continue;
    if (strcmp(a, "--format") == 0 && next) {
      if (!jf_format_parse(next, &fmt)) {
        rc = usage_error("unknown format '%s' (text, json, sarif, junit, github)", next);
        goto out;
      }
      i++;
    } else if (strcmp(a, "--fail-on") == 0 && next) {
      if (!jf_severity_parse(next, &rop.fail_level)) {
        rc = usage_error("unknown level '%s' (error, warning, info)", next);
        goto out;
      }
      i++;
    } else if (strcmp(a, "--jobs") == 0 && next) {
      char *end;
      jobs = strtol(next, &end, 10);
      if (*end || jobs < 1 || jobs > 256) {
        rc = usage_error("--jobs takes a number from 1 to 256, not '%s'", next);
        goto out;
      }
      i++;
    } else if (strcmp(a, "--max-file-size") == 0 && next) {
      char *end;
      unsigned long long v = strtoull(next, &end, 10);
      if (*end || v == 0) {
        rc = usage_error("--max-file-size takes a number of bytes, not '%s'", next);
        goto out;
      }
      opt.max_file_size = (size_t)v;
      i++;
    } else if (strcmp(a, "--db") == 0 && next) {
      db_path = next;
      i++;
    } else if (strcmp(a, "--color") == 0) {
      color = 1;
    } else if (strcmp(a, "--no-color") == 0) {
      color = 0;
    } else if (a[0] == '-' && a[1]) {
      rc = usage_error("unknown or incomplete option '%s'", a);
      goto out;
    } else {
      args[n_args++] = a;
    }
  }
  if (n_args == 0) {
    rc = usage_error("%s", "check needs at least one PATH (\"-\" for stdin)");
    goto out;
  }
  if (color < 0) color = fmt == JF_FMT_TEXT && isatty(STDOUT_FILENO) && !getenv("NO_COLOR");
  rop.color = color;

  cli_paths files = {0};
  for (size_t i = 0; i < n_args; i++) cli_paths_expand(&files, args[i]);

  jf_reporter *rep = NULL;
  tally t = {.fail_level = rop.fail_level, .db_path = db_path};
  if (db_path) {
    /* open it before checking: a database that cannot be written is a
     * usage problem the user should fix before a long run */
    jf_error err = {0};
    char *cmdline = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&cmdline, &len);
    for (int i = 0; m && i < argc; i++) fprintf(m, "%s%s", i ? " " : "", argv[i]);
    if (m) fclose(m);
    if (jf_store_open(db_path, &t.db, &err) != JF_OK ||
        jf_store_begin_run(t.db, cmdline ? cmdline : "check", &err) != JF_OK) {
      fprintf(stderr, "jianfu: %s: %s\n", db_path, err.message);
      jf_error_clear(&err);
      free(cmdline);
      jf_store_free(t.db);
      cli_paths_free(&files);
      goto out;
    }
    free(cmdline);
  }
  bool load_failed = false;
  jf_result *load_errs = jf_result_new("");
  jf_engine *e = load_errs ? cli_engine(&ro, &opt, load_errs, false, &load_failed) : NULL;
  /* the reporter describes the loaded rules (SARIF's tool.driver.rules) */
  rep = e ? jf_reporter_new(fmt, stdout, jf_engine_rules(e), &rop) : NULL;
  if (!rep) {
    fprintf(stderr, "jianfu: out of memory\n");
    goto done;
  }
  for (size_t i = 0; i < load_errs->n_errors; i++) jf_reporter_error(rep, &load_errs->errors[i]);

  if (jobs > (long)files.n) jobs = (long)files.n;
  if (jobs <= 1) {
    for (size_t i = 0; i < files.n; i++) {
      jf_result *res = NULL;
      jf_engine_check_file(e, files.v[i], &res);
      if (res) report(rep, res, &t);
      else t.trouble = true;
      jf_result_free(res);
    }
  } else {
    job j = {.files = files, .window = (size_t)jobs * 4, .ro = &ro, .opt = &opt};
    j.results = calloc(files.n, sizeof *j.results);
    pthread_mutex_init(&j.mu, NULL);
    pthread_cond_init(&j.cv, NULL);
    pthread_t *th = calloc((size_t)jobs, sizeof *th);
    for (long k = 0; k < jobs; k++) pthread_create(&th[k], NULL, worker, &j);
    for (size_t i = 0; i < files.n; i++) {
      pthread_mutex_lock(&j.mu);
      while (!j.results[i]) pthread_cond_wait(&j.cv, &j.mu);
      jf_result *res = j.results[i];
      j.results[i] = NULL;
      pthread_mutex_unlock(&j.mu);
      report(rep, res, &t);
      jf_result_free(res);
      pthread_mutex_lock(&j.mu);
      j.printed = i + 1;
      pthread_cond_broadcast(&j.cv);
      pthread_mutex_unlock(&j.mu);
    }
    for (long k = 0; k < jobs; k++) pthread_join(th[k], NULL);
    free(th);
    free(j.results);
    pthread_mutex_destroy(&j.mu);
    pthread_cond_destroy(&j.cv);
  }
  jf_reporter_finish(rep);
  if (t.db) {
    jf_error err = {0};
    if (jf_store_end_run(t.db, &err) != JF_OK) {
      fprintf(stderr, "jianfu: %s: %s\n", db_path, err.message);
      t.trouble = true;
    }
    jf_error_clear(&err);
  }
  rc = load_failed || t.trouble ? EXIT_TROUBLE : t.failing ? EXIT_FINDINGS : EXIT_CLEAN;
done:
  jf_store_free(t.db);
  jf_reporter_free(rep);
  jf_result_free(load_errs);
  jf_engine_free(e);
  cli_paths_free(&files);
out:
  free(args);
  free(ro.dirs);
  return rc;
}
