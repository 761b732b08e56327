/* test_store.c — run history: runs recorded in one transaction, findings
 * queried back by issuer, rule and date, a database that is not one. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "jianfu/jianfu.h"

static jf_result *result(const char *path, const char *issuer, const char *rule, int line) {
  jf_result *r = jf_result_new(path);
  r->issuer = issuer ? strdup(issuer) : NULL;
  r->title = strdup("考核细则");
  memset(r->sha256, 'b', 64);
  jf_finding *f = jf_result_add_finding(r);
  f->rule = strdup(rule);
  f->category = strdup(rule);
  f->severity = JF_SEV_ERROR;
  f->message = strdup("以“活跃率”作为考核指标");
  f->line = line;
  f->column = 3;
  f->evidence_json = strdup("{}");
  return r;
}

typedef struct seen {
  int n;
  char paths[8][64];
  long long runs[8];
} seen;

static void collect(const jf_history_row *row, void *ud) {
  seen *s = ud;
  if (s->n < 8) {
    snprintf(s->paths[s->n], sizeof s->paths[0], "%s:%d:%s", row->path, row->line, row->rule);
    s->runs[s->n] = row->run;
  }
  s->n++;
}

int main(void) {
  char path[] = "/tmp/jianfu-store-XXXXXX";
  int fd = mkstemp(path);
  CHECK(fd >= 0);
  close(fd);
  unlink(path); /* sqlite creates it */
  jf_store *st = NULL;
  jf_error err = {0};
  CHECK_INT(jf_store_open(path, &st, &err), JF_OK);
  for (int run = 0; run < 2; run++) {
    CHECK_INT(jf_store_begin_run(st, "jianfu check plans/", &err), JF_OK);
    jf_result *a = result("plans/a.yaml", "宜黄县某单位", "app-usage-metric", 10 + run);
    jf_result *b = result("plans/b.txt", "某区纪委", "checkin", 5);
    CHECK_INT(jf_store_record(st, a, &err), JF_OK);
    CHECK_INT(jf_store_record(st, b, &err), JF_OK);
    CHECK_INT(jf_store_end_run(st, &err), JF_OK);
    jf_result_free(a);
    jf_result_free(b);
  }
  jf_store_free(st);

  /* reopened: the schema is there and both runs were committed */
  CHECK_INT(jf_store_open(path, &st, &err), JF_OK);
  seen s = {0};
  size_t n = 0;
  CHECK_INT(jf_store_history(st, NULL, collect, &s, &n, &err), JF_OK);
  CHECK_INT(n, 4);
  CHECK_STR(s.paths[0], "plans/a.yaml:11:app-usage-metric"); /* newest run first */
  CHECK(s.runs[0] > s.runs[3]);
  memset(&s, 0, sizeof s);
  jf_history_filter f = {.issuer = "宜黄"};
  jf_store_history(st, &f, collect, &s, &n, &err);
  CHECK_INT(n, 2);
  memset(&s, 0, sizeof s);
  f = (jf_history_filter){.rule = "checkin"};
  jf_store_history(st, &f, collect, &s, &n, &err);
  CHECK_INT(n, 2);
  CHECK_STR(s.paths[0], "plans/b.txt:5:checkin");
  f = (jf_history_filter){.since = "2999-01-01"};
  jf_store_history(st, &f, NULL, NULL, &n, &err);
  CHECK_INT(n, 0);
  /* an abandoned run is rolled back */
  CHECK_INT(jf_store_begin_run(st, "x", &err), JF_OK);
  jf_result *c = result("plans/c.txt", NULL, "checkin", 1);
  jf_store_record(st, c, &err);
  jf_result_free(c);
  jf_store_free(st);
  CHECK_INT(jf_store_open(path, &st, &err), JF_OK);
  f = (jf_history_filter){.rule = "checkin"};
  jf_store_history(st, &f, NULL, NULL, &n, &err);
  CHECK_INT(n, 2);
  jf_store_free(st);
  unlink(path);

  /* a file that is not a database is an error naming it */
  FILE *x = fopen(path, "w");
  fputs("this is not a database, just text long enough to have a header............", x);
  fclose(x);
  CHECK_INT(jf_store_open(path, &st, &err), JF_ESTORE);
  CHECK(st == NULL);
  CHECK_STR(err.file, path);
  CHECK(err.message && strstr(err.message, "history database") != NULL);
  jf_error_clear(&err);
  unlink(path);
  return CHECK_DONE();
}
