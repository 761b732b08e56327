/* cli_setup.c — finding the bundled rules, loading rules into an engine, and
 * expanding PATH arguments into the files to check. */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

static bool is_dir(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Worked out once: every worker's engine asks, and the answer is the same. */
static const char *default_rules_dir;
static char default_rules_buf[PATH_MAX + 64];

static void find_default_rules_dir(void) {
  default_rules_dir = JF_INSTALL_RULES_DIR;
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n <= 0) return;
  exe[n] = 0;
  char *slash = strrchr(exe, '/');
  if (!slash) return;
  *slash = 0;
  snprintf(default_rules_buf, sizeof default_rules_buf, "%s/../share/jianfu/rules", exe);
  if (is_dir(default_rules_buf)) {
    default_rules_dir = default_rules_buf;
    return;
  }
  char build[PATH_MAX];
  /* run from the build tree: use the rules of the source tree */
  if (realpath(JF_BUILD_DIR, build) && strcmp(build, exe) == 0 && is_dir(JF_SOURCE_RULES_DIR))
    default_rules_dir = JF_SOURCE_RULES_DIR;
}

const char *cli_default_rules_dir(void) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  const char *env = getenv("JIANFU_RULES_DIR");
  if (env && *env) return env;
  pthread_once(&once, find_default_rules_dir);
  return default_rules_dir;
}

typedef struct load_ctx {
  jf_result *errs;
  bool quiet;
  bool failed;
} load_ctx;

static void on_load_error(const jf_error *e, void *ud) {
  load_ctx *c = ud;
  c->failed = true;
  if (!c->quiet) {
    if (e->file && e->line) fprintf(stderr, "jianfu: %s:%d: %s\n", e->file, e->line, e->message);
    else if (e->file) fprintf(stderr, "jianfu: %s: %s\n", e->file, e->message);
    else fprintf(stderr, "jianfu: %s\n", e->message);
  }
  if (c->errs) {
    jf_error copy = {0};
    jf_error_set(&copy, e->status, e->file, e->line, e->column, "%s", e->message);
    jf_result_add_error(c->errs, &copy);
  }
}

jf_engine *cli_engine(const cli_rules_opts *ro, const jf_options *opt, jf_result *errs,
                      bool quiet, bool *load_failed) {
  jf_engine *e = jf_engine_new(opt);
  if (!e) return NULL;
  load_ctx c = {errs, quiet, false};
  if (!ro->no_default) jf_engine_load_rules(e, cli_default_rules_dir(), on_load_error, &c);
  for (size_t i = 0; i < ro->n_dirs; i++) jf_engine_load_rules(e, ro->dirs[i], on_load_error, &c);
  if (jf_engine_prepare(e) != JF_OK) {
    fprintf(stderr, "jianfu: cannot build the prefilter\n");
    c.failed = true;
  }
  if (load_failed) *load_failed = c.failed;
  return e;
}

bool cli_rules_option(int argc, char **argv, int *i, cli_rules_opts *ro) {
  if (strcmp(argv[*i], "--no-default-rules") == 0) {
    ro->no_default = true;
    return true;
  }
  const char *val = NULL;
  if (strncmp(argv[*i], "--rules=", 8) == 0) val = argv[*i] + 8;
  else if (strcmp(argv[*i], "--rules") == 0 && *i + 1 < argc) val = argv[++*i];
  if (!val) return false;
  const char **nd = realloc(ro->dirs, (ro->n_dirs + 1) * sizeof *nd);
  if (!nd) return false;
  ro->dirs = nd;
  ro->dirs[ro->n_dirs++] = val;
  return true;
}

static int push(cli_paths *p, const char *s) {
  if (p->n == p->cap) {
    size_t nc = p->cap ? p->cap * 2 : 64;
    char **nv = realloc(p->v, nc * sizeof *nv);
    if (!nv) return -1;
    p->v = nv;
    p->cap = nc;
  }
  if (!(p->v[p->n] = strdup(s))) return -1;
  p->n++;
  return 0;
}

static bool checked_ext(const char *name) {
  const char *dot = strrchr(name, '.');
  if (!dot) return false;
  static const char *ext[] = {".yaml", ".yml", ".txt", ".md", ".markdown"};
  for (size_t i = 0; i < sizeof ext / sizeof ext[0]; i++)
    if (strcasecmp(dot, ext[i]) == 0) return true;
  return false;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Depth-first, entries sorted by name; symlinked directories are not
 * followed, so a link cycle cannot make the walk endless. */
static int walk(cli_paths *p, const char *dir) {
  DIR *d = opendir(dir);
  if (!d) return push(p, dir);
  cli_paths names = {0};
  struct dirent *de;
  while ((de = readdir(d))) {
    if (de->d_name[0] == '.') continue;
    if (push(&names, de->d_name)) break;
  }
  closedir(d);
  qsort(names.v, names.n, sizeof *names.v, cmp_str);
  int rc = 0;
  for (size_t i = 0; i < names.n && rc == 0; i++) {
    char *full = NULL;
    size_t dl = strlen(dir);
    if (asprintf(&full, "%s%s%s", dir, dl && dir[dl - 1] == '/' ? "" : "/", names.v[i]) < 0) {
      rc = -1;
      break;
    }
    struct stat st;
    if (lstat(full, &st) == 0) {
      if (S_ISDIR(st.st_mode)) rc = walk(p, full);
      else if ((S_ISREG(st.st_mode) || S_ISLNK(st.st_mode)) && checked_ext(names.v[i]) &&
               !(S_ISLNK(st.st_mode) && is_dir(full)))
        rc = push(p, full);
    }
    free(full);
  }
  cli_paths_free(&names);
  return rc;
}

int cli_paths_expand(cli_paths *p, const char *arg) {
  if (strcmp(arg, "-") != 0 && is_dir(arg)) return walk(p, arg);
  return push(p, arg);
}

void cli_paths_free(cli_paths *p) {
  for (size_t i = 0; i < p->n; i++) free(p->v[i]);
  free(p->v);
  memset(p, 0, sizeof *p);
}
