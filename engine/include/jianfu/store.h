/* jianfu/store.h — run history in SQLite (`jianfu check --db FILE`,
 * `jianfu history`).
 *
 * One run is recorded in one transaction: the run (time, version,
 * arguments), each checked file (path, sha256, title, issuer) and each
 * finding and error, so an inspection office can ask later which plans of
 * which issuer broke which rule, and whether a resubmitted plan (same path,
 * new sha256) was fixed. The schema is versioned in PRAGMA user_version. */
#ifndef JIANFU_STORE_H
#define JIANFU_STORE_H

#include "common.h"
#include "result.h"

typedef struct jf_store jf_store;

/* Open or create the database at path. Errors are JF_ESTORE with path. */
JF_API jf_status jf_store_open(const char *path, jf_store **out, jf_error *err);
JF_API void jf_store_free(jf_store *st);

/* Start a run (opens a transaction). `args` is the command line, copied. */
JF_API jf_status jf_store_begin_run(jf_store *st, const char *args, jf_error *err);
/* Record one file's result in the current run (borrowed). */
JF_API jf_status jf_store_record(jf_store *st, const jf_result *res, jf_error *err);
/* Commit the current run. */
JF_API jf_status jf_store_end_run(jf_store *st, jf_error *err);

typedef struct jf_history_filter {
  const char *issuer; /* substring of the file's issuer, or NULL */
  const char *rule;   /* rule id, or NULL */
  const char *since;  /* ISO date or time (UTC), runs at or after it, or NULL */
} jf_history_filter;

/* One matching finding of a past run; all strings borrowed for the call. */
typedef struct jf_history_row {
  long long run;
  const char *started; /* ISO 8601 UTC */
  const char *path, *sha256, *issuer, *title;
  const char *rule, *category, *severity, *message;
  int line, column;
  bool suppressed;
} jf_history_row;

typedef void (*jf_history_cb)(const jf_history_row *row, void *ud);
/* Every finding matching the filter, newest run first, then by path and
 * line. Returns the number of rows. */
JF_API jf_status jf_store_history(jf_store *st, const jf_history_filter *f, jf_history_cb cb,
                                  void *ud, size_t *n_rows, jf_error *err);

#endif
