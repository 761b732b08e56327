/* jianfu/config.h — .jianfu.yaml: per-tree configuration.
 *
 *   rules:
 *     disable: [trace-evidence]        # rule ids whose findings are dropped
 *     severity:                        # severity overrides
 *       chat-group-burden: error
 *     dirs: [local-rules]              # extra rule files or directories,
 *                                      # relative to the config file
 *   fail_on: warning                   # error | warning | info
 *
 * A file is governed by the nearest .jianfu.yaml in its directory or above
 * (jf_config_find), unless the caller names one. Unknown keys and bad values
 * are errors naming the config file, line and key. */
#ifndef JIANFU_CONFIG_H
#define JIANFU_CONFIG_H

#include "common.h"
#include "result.h"

typedef struct jf_config {
  char *path;        /* the config file */
  char **disable;    /* rule ids */
  size_t n_disable;
  char **sev_rule;   /* severity overrides: rule id … */
  jf_severity *sev;  /* … and its severity */
  size_t n_sev;
  char **dirs;       /* rule paths, already resolved against the config's directory */
  size_t n_dirs;
  bool has_fail_on;
  jf_severity fail_on;
  int *disable_line; /* line of each disable entry, for errors about unknown ids */
  int *sev_line;
} jf_config;

/* Parse the config file at path. */
JF_API jf_status jf_config_load(const char *path, jf_config **out, jf_error *err);
JF_API void jf_config_free(jf_config *c);

/* The nearest .jianfu.yaml for a file (its directory, then each parent), as
 * a new string, or NULL when there is none. "-" searches from the current
 * directory. */
JF_API char *jf_config_find(const char *file);

/* Apply a config to a result: drop findings of disabled rules, override
 * severities. c may be NULL (no change). */
JF_API void jf_config_apply(const jf_config *c, jf_result *r);

#endif
