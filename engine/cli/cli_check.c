/* cli_check.c — `jianfu check`: options, the file list, parallel workers
 * (one engine each) and in-order reporting.
 *
 * Workers take files by index and report results strictly in input order
 * (whichever worker finds the next result ready writes it and every ready
 * one after it), so --jobs N prints exactly what --jobs 1 prints. Workers
 * stay at most a small window ahead of the reports, which bounds memory by
 * the largest few documents rather than by the number of files. */
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

/* --- configuration -----------------------------------------------------------
 * Every checked file is governed by the nearest .jianfu.yaml above it, or by
 * --config for all. Each config is loaded once; their extra rule paths are
 * loaded into every engine, but a rule that comes from one config's paths
 * reports only on the files that config governs. */
typedef struct configs {
  jf_config **v; /* loaded configs */
  size_t n;
  int *of;       /* per file: index into v, or -1 */
  const jf_ruleset *rules;
} configs;

static void configs_free(configs *cf) {
  for (size_t i = 0; i < cf->n; i++) jf_config_free(cf->v[i]);
  free(cf->v);
  free(cf->of);
}

static void config_error(const jf_error *e, bool *trouble) {
  if (e->line) fprintf(stderr, "jianfu: %s:%d: %s\n", e->file, e->line, e->message);
  else fprintf(stderr, "jianfu: %s: %s\n", e->file, e->message);
  *trouble = true;
}

/* Index of the config at path, loading it on first sight; -1 if broken. */
static int config_index(configs *cf, const char *path, bool *trouble) {
  for (size_t i = 0; i < cf->n; i++)
    if (strcmp(cf->v[i]->path, path) == 0) return (int)i;
  jf_config *c = NULL;
  jf_error err = {0};
  if (jf_config_load(path, &c, &err) != JF_OK) {
    config_error(&err, trouble);
    jf_error_clear(&err);
    return -1;
  }
  jf_config **nv = realloc(cf->v, (cf->n + 1) * sizeof *nv);
  if (!nv) {
    jf_config_free(c);
    return -1;
  }
  cf->v = nv;
  cf->v[cf->n] = c;
  return (int)cf->n++;
}

/* Assign a config to each file; false if --config itself cannot be used. */
static bool configs_assign(configs *cf, const cli_paths *files, const char *forced,
                           bool *trouble) {
  cf->of = calloc(files->n + 1, sizeof *cf->of);
  if (!cf->of) return false;
  int forced_ix = forced ? config_index(cf, forced, trouble) : -1;
  if (forced && forced_ix < 0) return false;
  char *last_dir = NULL, *last_cfg = NULL;
  for (size_t i = 0; i < files->n; i++) {
    if (forced) {
      cf->of[i] = forced_ix;
      continue;
    }
    /* files of one directory come together: find each directory's config once */
    const char *f = files->v[i], *slash = strrchr(f, '/');
    char *dir = slash ? strndup(f, (size_t)(slash - f)) : strdup(".");
    if (!last_dir || strcmp(dir, last_dir) != 0) {
      free(last_cfg);
      last_cfg = jf_config_find(f);
      free(last_dir);
      last_dir = dir;
    } else {
      free(dir);
    }
    cf->of[i] = last_cfg ? config_index(cf, last_cfg, trouble) : -1;
  }
  free(last_dir);
  free(last_cfg);
  return true;
}

/* Add every config's rule paths to the rule options (for every engine). */
static bool configs_rule_dirs(const configs *cf, cli_rules_opts *ro) {
  for (size_t i = 0; i < cf->n; i++)
    for (size_t k = 0; k < cf->v[i]->n_dirs; k++) {
      const char **nd = realloc(ro->dirs, (ro->n_dirs + 1) * sizeof *nd);
      if (!nd) return false;
      ro->dirs = nd;
      ro->dirs[ro->n_dirs++] = cf->v[i]->dirs[k];
    }
  return true;
}

/* Rule ids a config names must exist, or the config has a typo. */
static void configs_check_ids(const configs *cf, bool *trouble) {
  for (size_t i = 0; i < cf->n; i++) {
    const jf_config *c = cf->v[i];
    for (int pass = 0; pass < 2; pass++) {
      size_t n = pass ? c->n_sev : c->n_disable;
      for (size_t k = 0; k < n; k++) {
        const char *id = pass ? c->sev_rule[k] : c->disable[k];
        if (jf_ruleset_find(cf->rules, id) >= 0) continue;
        jf_error e = {0};
        jf_error_set(&e, JF_ECONFIG, c->path, pass ? c->sev_line[k] : c->disable_line[k], 0,
                     "unknown rule '%s' (see 'jianfu rules list')", id);
        config_error(&e, trouble);
        jf_error_clear(&e);
      }
    }
  }
}

/* Is path inside dir (a file, or a directory and everything below it)? */
static bool under(const char *path, const char *dir) {
  char a[PATH_MAX], b[PATH_MAX];
  if (!realpath(path, a) || !realpath(dir, b)) return false;
  size_t n = strlen(b);
  return strncmp(a, b, n) == 0 && (a[n] == 0 || a[n] == '/');
}

/* Apply file i's config to its result and drop findings of rules that come
 * from another config's rule paths. Returns the file's config or NULL. */
static const jf_config *configs_apply(const configs *cf, size_t i, jf_result *res) {
  if (!cf || !cf->n) return NULL;
  const jf_config *mine = cf->of[i] >= 0 ? cf->v[cf->of[i]] : NULL;
  size_t kept = 0;
  for (size_t k = 0; k < res->n_findings; k++) {
    jf_finding *f = &res->findings[k];
    long r = jf_ruleset_find(cf->rules, f->rule);
    const char *rule_file = r >= 0 ? jf_ruleset_rule(cf->rules, (size_t)r)->file : NULL;
    bool foreign = false;
    for (size_t c = 0; rule_file && c < cf->n && !foreign; c++) {
      if (cf->v[c] == mine) continue;
      for (size_t d = 0; d < cf->v[c]->n_dirs && !foreign; d++)
        foreign = under(rule_file, cf->v[c]->dirs[d]);
    }
    if (foreign) {
      jf_finding_clear(f);
      continue;
    }
    if (kept != k) res->findings[kept] = *f;
    kept++;
  }
  res->n_findings = kept;
  jf_config_apply(mine, res);
  return mine;
}

typedef struct tally {
  bool trouble;
  bool failing;
  jf_severity fail_level;
  jf_store *db; /* --db: where each result is recorded, or NULL */
  const char *db_path;
  bool cli_fail_on; /* --fail-on was given: it beats the configs' fail_on */
  const struct configs *cf;
  size_t index; /* of the file being reported */
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
  jf_severity level = t->fail_level;
  const jf_config *c = configs_apply(t->cf, t->index++, res);
  if (c && c->has_fail_on && !t->cli_fail_on) level = c->fail_on;
  for (size_t i = 0; i < res->n_errors; i++) {
    const jf_error *e = &res->errors[i];
    if (e->line) fprintf(stderr, "jianfu: %s:%d: %s\n", res->path, e->line, e->message);
    else fprintf(stderr, "jianfu: %s: %s\n", res->path, e->message);
    t->trouble = true;
  }
  for (size_t i = 0; i < res->n_findings; i++)
    if (!res->findings[i].suppressed && res->findings[i].severity >= level) t->failing = true;
  jf_reporter_file(rep, res);
  record(t, res);
}

/* --- parallel workers ------------------------------------------------------- */

typedef struct job {
  cli_paths files;
  jf_result **results;
  size_t next;     /* next file index to take */
  size_t printed;  /* files reported so far */
  size_t window;
  bool reporting;  /* a worker is writing results out */
  size_t waiting;  /* workers waiting for the window to move */
  pthread_mutex_t mu;
  pthread_cond_t cv;
  const cli_rules_opts *ro;
  const jf_options *opt;
  jf_reporter *rep;
  tally *t;
  jf_rule_stats *stats; /* JIANFU_RULE_STATS: the workers' sums, or NULL */
} job;

/* Where a file's result would be when not even an error result could be
 * made: the file counts as trouble, and the files after it are reported. */
static jf_result no_result;

/* Report, in file order, every result that is ready, unless another worker
 * is already doing it (it looks again before it stops, so nothing ready is
 * left behind). Called and returns with j->mu held; the writing itself runs
 * unlocked. The workers report instead of a reporting thread of their own:
 * handing every file to a third thread cost ~3 context switches per file,
 * each taking a core from a worker. */
static void drain(job *j) {
  if (j->reporting) return;
  j->reporting = true;
  while (j->printed < j->files.n && j->results[j->printed]) {
    jf_result *res = j->results[j->printed];
    j->results[j->printed] = NULL;
    pthread_mutex_unlock(&j->mu);
    if (res == &no_result) {
      j->t->trouble = true;
    } else {
      report(j->rep, res, j->t);
      jf_result_free(res);
    }
    pthread_mutex_lock(&j->mu);
    j->printed++;
    if (j->waiting) pthread_cond_broadcast(&j->cv);
  }
  j->reporting = false;
}

/* --- JIANFU_RULE_STATS --------------------------------------------------------
 * What each rule's calls cost, summed over the engines (one per worker) and
 * printed to stderr at the end: a rule author sees which rule is slow and
 * how many of its calls its promises skip (rules/README.md). */

/* The sums for rs's rules (calloc'd), or NULL when they are not kept. */
static jf_rule_stats *stats_new(const jf_ruleset *rs) {
  size_t n = jf_ruleset_count(rs);
  if (!n || !jf_ruleset_stats(rs, 0)) return NULL;
  return calloc(n, sizeof(jf_rule_stats));
}

static void stats_add(jf_rule_stats *sum, const jf_ruleset *rs) {
  for (size_t i = 0; sum && i < jf_ruleset_count(rs); i++) {
    const jf_rule_stats *s = jf_ruleset_stats(rs, i);
    if (!s) return;
    sum[i].woken += s->woken;
    sum[i].skipped_prohibited += s->skipped_prohibited;
    sum[i].skipped_unless += s->skipped_unless;
    sum[i].skipped_needs += s->skipped_needs;
    sum[i].skipped_metric += s->skipped_metric;
    sum[i].calls += s->calls;
    sum[i].findings += s->findings;
    sum[i].ns += s->ns;
  }
}

static void stats_line(const char *id, const jf_rule_stats *s) {
  fprintf(stderr, "jianfu: stats %-28s %8llu %10llu %8llu %8llu %8llu %8llu %8llu %10llu\n", id,
          (unsigned long long)s->woken, (unsigned long long)s->skipped_prohibited,
          (unsigned long long)s->skipped_unless, (unsigned long long)s->skipped_needs,
          (unsigned long long)s->skipped_metric, (unsigned long long)s->calls,
          (unsigned long long)s->findings,
          (unsigned long long)(s->ns / 1000));
}

static void stats_print(const jf_rule_stats *sum, const jf_ruleset *rs) {
  if (!sum) return;
  fprintf(stderr, "jianfu: stats %-28s %8s %10s %8s %8s %8s %8s %8s %10s\n", "rule", "woken",
          "prohibited", "unless", "needs", "metric", "calls", "findings", "us");
  jf_rule_stats total = {0};
  for (size_t i = 0; i < jf_ruleset_count(rs); i++) {
    const jf_rule_stats *s = &sum[i];
    stats_line(jf_ruleset_rule(rs, i)->id, s);
    total.woken += s->woken;
    total.skipped_prohibited += s->skipped_prohibited;
    total.skipped_unless += s->skipped_unless;
    total.skipped_needs += s->skipped_needs;
    total.skipped_metric += s->skipped_metric;
    total.calls += s->calls;
    total.findings += s->findings;
    total.ns += s->ns;
  }
  stats_line("(all rules)", &total);
}

static void *worker(void *arg) {
  job *j = arg;
  jf_engine *e = cli_engine(j->ro, j->opt, NULL, true, NULL);
  pthread_mutex_lock(&j->mu);
  for (;;) {
    while (j->next < j->files.n && j->next >= j->printed + j->window) {
      j->waiting++;
      pthread_cond_wait(&j->cv, &j->mu);
      j->waiting--;
    }
    if (j->next >= j->files.n) break;
    size_t i = j->next++;
    pthread_mutex_unlock(&j->mu);
    jf_result *res = NULL;
    if (e) jf_engine_check_file(e, j->files.v[i], &res);
    if (!res && (res = jf_result_new(j->files.v[i]))) {
      jf_error err = {0};
      jf_error_set(&err, JF_ENOMEM, j->files.v[i], 0, 0, "out of memory");
      jf_result_add_error(res, &err);
    }
    pthread_mutex_lock(&j->mu);
    j->results[i] = res ? res : &no_result;
    drain(j);
  }
  if (e) stats_add(j->stats, jf_engine_rules(e));
  pthread_mutex_unlock(&j->mu);
  jf_engine_free(e);
  return NULL;
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
  const char *config_path = NULL;
  bool cli_fail_on = false;
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
      cli_fail_on = true;
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
    } else if (strcmp(a, "--config") == 0 && next) {
      config_path = next;
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
  configs cf = {0};
  tally t = {.fail_level = rop.fail_level, .db_path = db_path, .cli_fail_on = cli_fail_on,
             .cf = &cf};
  if (!configs_assign(&cf, &files, config_path, &t.trouble) || !configs_rule_dirs(&cf, &ro)) {
    configs_free(&cf);
    cli_paths_free(&files);
    goto out;
  }
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
      configs_free(&cf);
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
  cf.rules = jf_engine_rules(e);
  configs_check_ids(&cf, &t.trouble);

  jf_rule_stats *stats = stats_new(cf.rules);
  if (jobs > (long)files.n) jobs = (long)files.n;
  if (jobs <= 1) {
    for (size_t i = 0; i < files.n; i++) {
      jf_result *res = NULL;
      jf_engine_check_file(e, files.v[i], &res);
      if (res) report(rep, res, &t);
      else t.trouble = true;
      jf_result_free(res);
    }
    stats_add(stats, cf.rules);
  } else {
    job j = {.files = files, .window = (size_t)jobs * 4, .ro = &ro, .opt = &opt, .rep = rep,
             .t = &t, .stats = stats};
    j.results = calloc(files.n, sizeof *j.results);
    pthread_mutex_init(&j.mu, NULL);
    pthread_cond_init(&j.cv, NULL);
    pthread_t *th = calloc((size_t)jobs, sizeof *th);
    for (long k = 0; k < jobs; k++) pthread_create(&th[k], NULL, worker, &j);
    for (long k = 0; k < jobs; k++) pthread_join(th[k], NULL);
    free(th);
    free(j.results);
    pthread_mutex_destroy(&j.mu);
    pthread_cond_destroy(&j.cv);
  }
  jf_reporter_finish(rep);
  stats_print(stats, cf.rules);
  free(stats);
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
  configs_free(&cf);
  jf_reporter_free(rep);
  jf_result_free(load_errs);
  jf_engine_free(e);
  cli_paths_free(&files);
out:
  free(args);
  free(ro.dirs);
  return rc;
}
