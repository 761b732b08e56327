/* store.c — run history in SQLite: schema, recording a run in one
 * transaction, and the history query. */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "jianfu/store.h"

#define SCHEMA_VERSION 1

struct jf_store {
  sqlite3 *db;
  char *path;
  long long run;
  sqlite3_stmt *ins_file, *ins_finding, *ins_error;
};

static const char schema[] =
  "CREATE TABLE IF NOT EXISTS runs(id INTEGER PRIMARY KEY, started TEXT NOT NULL,"
  " version TEXT NOT NULL, args TEXT);"
  "CREATE TABLE IF NOT EXISTS files(id INTEGER PRIMARY KEY,"
  " run INTEGER NOT NULL REFERENCES runs(id), path TEXT NOT NULL, sha256 TEXT,"
  " format TEXT, encoding TEXT, title TEXT, issuer TEXT);"
  "CREATE TABLE IF NOT EXISTS findings(id INTEGER PRIMARY KEY,"
  " file INTEGER NOT NULL REFERENCES files(id), rule TEXT NOT NULL, category TEXT NOT NULL,"
  " severity TEXT NOT NULL, message TEXT, line INTEGER, col INTEGER, locator TEXT,"
  " excerpt TEXT, evidence TEXT, suppressed INTEGER NOT NULL, suppression_reason TEXT);"
  "CREATE TABLE IF NOT EXISTS errors(id INTEGER PRIMARY KEY,"
  " file INTEGER NOT NULL REFERENCES files(id), message TEXT, line INTEGER);"
  "CREATE INDEX IF NOT EXISTS findings_rule ON findings(rule);"
  "CREATE INDEX IF NOT EXISTS files_run ON files(run);";

static jf_status fail(jf_store *st, jf_error *err, const char *what) {
  jf_error_set(err, JF_ESTORE, st ? st->path : NULL, 0, 0, "%s: %s", what,
               st && st->db ? sqlite3_errmsg(st->db) : "out of memory");
  return JF_ESTORE;
}

void jf_store_free(jf_store *st) {
  if (!st) return;
  if (st->run) sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_finalize(st->ins_file);
  sqlite3_finalize(st->ins_finding);
  sqlite3_finalize(st->ins_error);
  sqlite3_close(st->db);
  free(st->path);
  free(st);
}

jf_status jf_store_open(const char *path, jf_store **out, jf_error *err) {
  *out = NULL;
  jf_store *st = calloc(1, sizeof *st);
  if (!st || !(st->path = strdup(path))) {
    free(st);
    return JF_ENOMEM;
  }
  int version = -1;
  sqlite3_stmt *q = NULL;
  if (sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) !=
      SQLITE_OK)
    goto bad;
  sqlite3_busy_timeout(st->db, 5000);
  if (sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &q, NULL) != SQLITE_OK) goto bad;
  if (sqlite3_step(q) == SQLITE_ROW) version = sqlite3_column_int(q, 0);
  sqlite3_finalize(q);
  q = NULL;
  if (version < 0) goto bad; /* not a database */
  if (version > SCHEMA_VERSION) {
    jf_error_set(err, JF_ESTORE, path, 0, 0,
                 "history database has schema %d; this jianfu knows up to %d", version,
                 SCHEMA_VERSION);
    jf_store_free(st);
    return JF_ESTORE;
  }
  if (sqlite3_exec(st->db, schema, NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_exec(st->db, "PRAGMA user_version = 1", NULL, NULL, NULL) != SQLITE_OK)
    goto bad;
  if (sqlite3_prepare_v2(st->db,
                         "INSERT INTO files(run,path,sha256,format,encoding,title,issuer)"
                         " VALUES(?,?,?,?,?,?,?)", -1, &st->ins_file, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(st->db,
                         "INSERT INTO findings(file,rule,category,severity,message,line,col,"
                         "locator,excerpt,evidence,suppressed,suppression_reason)"
                         " VALUES(?,?,?,?,?,?,?,?,?,?,?,?)", -1, &st->ins_finding, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(st->db, "INSERT INTO errors(file,message,line) VALUES(?,?,?)", -1,
                         &st->ins_error, NULL) != SQLITE_OK)
    goto bad;
  *out = st;
  return JF_OK;
bad:
  sqlite3_finalize(q);
  fail(st, err, "cannot open the history database");
  jf_store_free(st);
  return JF_ESTORE;
}

jf_status jf_store_begin_run(jf_store *st, const char *args, jf_error *err) {
  char now[32];
  time_t t = time(NULL);
  struct tm tm;
  strftime(now, sizeof now, "%Y-%m-%dT%H:%M:%SZ", gmtime_r(&t, &tm));
  sqlite3_stmt *q = NULL;
  if (sqlite3_exec(st->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
    return fail(st, err, "cannot start a run");
  if (sqlite3_prepare_v2(st->db, "INSERT INTO runs(started,version,args) VALUES(?,?,?)", -1, &q,
                         NULL) != SQLITE_OK)
    return fail(st, err, "cannot record the run");
  sqlite3_bind_text(q, 1, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(q, 2, JF_VERSION, -1, SQLITE_STATIC);
  sqlite3_bind_text(q, 3, args, -1, SQLITE_TRANSIENT);
  int rc = sqlite3_step(q);
  sqlite3_finalize(q);
  if (rc != SQLITE_DONE) return fail(st, err, "cannot record the run");
  st->run = sqlite3_last_insert_rowid(st->db);
  return JF_OK;
}

static void bind_opt(sqlite3_stmt *q, int i, const char *s) {
  if (s) sqlite3_bind_text(q, i, s, -1, SQLITE_TRANSIENT);
  else sqlite3_bind_null(q, i);
}

static bool step_reset(sqlite3_stmt *q) {
  int rc = sqlite3_step(q);
  sqlite3_reset(q);
  sqlite3_clear_bindings(q);
  return rc == SQLITE_DONE;
}

jf_status jf_store_record(jf_store *st, const jf_result *res, jf_error *err) {
  if (!st->run) {
    jf_error_set(err, JF_EUSAGE, st->path, 0, 0, "no run started");
    return JF_EUSAGE;
  }
  sqlite3_stmt *q = st->ins_file;
  sqlite3_bind_int64(q, 1, st->run);
  sqlite3_bind_text(q, 2, res->path, -1, SQLITE_TRANSIENT);
  bind_opt(q, 3, res->sha256[0] ? res->sha256 : NULL);
  bind_opt(q, 4, res->format);
  bind_opt(q, 5, res->encoding);
  bind_opt(q, 6, res->title);
  bind_opt(q, 7, res->issuer);
  if (!step_reset(q)) return fail(st, err, "cannot record a file");
  long long file = sqlite3_last_insert_rowid(st->db);
  for (size_t i = 0; i < res->n_findings; i++) {
    const jf_finding *f = &res->findings[i];
    q = st->ins_finding;
    sqlite3_bind_int64(q, 1, file);
    sqlite3_bind_text(q, 2, f->rule, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(q, 3, f->category, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(q, 4, jf_severity_str(f->severity), -1, SQLITE_STATIC);
    bind_opt(q, 5, f->message);
    sqlite3_bind_int(q, 6, f->line);
    sqlite3_bind_int(q, 7, f->column);
    bind_opt(q, 8, f->locator);
    bind_opt(q, 9, f->excerpt);
    bind_opt(q, 10, f->evidence_json);
    sqlite3_bind_int(q, 11, f->suppressed);
    bind_opt(q, 12, f->suppress_reason);
    if (!step_reset(q)) return fail(st, err, "cannot record a finding");
  }
  for (size_t i = 0; i < res->n_errors; i++) {
    q = st->ins_error;
    sqlite3_bind_int64(q, 1, file);
    bind_opt(q, 2, res->errors[i].message);
    sqlite3_bind_int(q, 3, res->errors[i].line);
    if (!step_reset(q)) return fail(st, err, "cannot record an error");
  }
  return JF_OK;
}

jf_status jf_store_end_run(jf_store *st, jf_error *err) {
  if (!st->run) return JF_OK;
  st->run = 0;
  if (sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    return fail(st, err, "cannot commit the run");
  return JF_OK;
}

static const char *col(sqlite3_stmt *q, int i) {
  const unsigned char *s = sqlite3_column_text(q, i);
  return s ? (const char *)s : "";
}

jf_status jf_store_history(jf_store *st, const jf_history_filter *f, jf_history_cb cb, void *ud,
                           size_t *n_rows, jf_error *err) {
  static const char sql[] =
    "SELECT r.id, r.started, fi.path, fi.sha256, fi.issuer, fi.title, fd.rule, fd.category,"
    " fd.severity, fd.message, fd.line, fd.col, fd.suppressed"
    " FROM findings fd JOIN files fi ON fd.file = fi.id JOIN runs r ON fi.run = r.id"
    " WHERE (?1 IS NULL OR instr(fi.issuer, ?1) > 0) AND (?2 IS NULL OR fd.rule = ?2)"
    " AND (?3 IS NULL OR r.started >= ?3)"
    " ORDER BY r.id DESC, fi.path, fd.line, fd.col, fd.rule";
  sqlite3_stmt *q = NULL;
  size_t n = 0;
  if (sqlite3_prepare_v2(st->db, sql, -1, &q, NULL) != SQLITE_OK)
    return fail(st, err, "cannot query the history");
  bind_opt(q, 1, f ? f->issuer : NULL);
  bind_opt(q, 2, f ? f->rule : NULL);
  bind_opt(q, 3, f ? f->since : NULL);
  int rc;
  while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
    jf_history_row row = {
      .run = sqlite3_column_int64(q, 0), .started = col(q, 1), .path = col(q, 2),
      .sha256 = col(q, 3), .issuer = col(q, 4), .title = col(q, 5), .rule = col(q, 6),
      .category = col(q, 7), .severity = col(q, 8), .message = col(q, 9),
      .line = sqlite3_column_int(q, 10), .column = sqlite3_column_int(q, 11),
      .suppressed = sqlite3_column_int(q, 12) != 0};
    n++;
    if (cb) cb(&row, ud);
  }
  sqlite3_finalize(q);
  if (rc != SQLITE_DONE) return fail(st, err, "cannot query the history");
  if (n_rows) *n_rows = n;
  return JF_OK;
}
