/* config.c — .jianfu.yaml: parsing with libyaml's document API (so every
 * error has a line), discovery by walking up from a file, and applying a
 * config to a result. */
#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

#include "jianfu/config.h"

#define CONFIG_NAME ".jianfu.yaml"

void jf_config_free(jf_config *c) {
  if (!c) return;
  for (size_t i = 0; i < c->n_disable; i++) free(c->disable[i]);
  for (size_t i = 0; i < c->n_sev; i++) free(c->sev_rule[i]);
  for (size_t i = 0; i < c->n_dirs; i++) free(c->dirs[i]);
  free(c->disable);
  free(c->disable_line);
  free(c->sev_rule);
  free(c->sev);
  free(c->sev_line);
  free(c->dirs);
  free(c->path);
  free(c);
}

typedef struct parse {
  yaml_document_t *doc;
  jf_config *c;
  jf_error *err;
  char *base; /* directory of the config file */
} parse;

static int line_of(const yaml_node_t *n) { return n ? (int)n->start_mark.line + 1 : 0; }

static jf_status bad(parse *p, const yaml_node_t *n, const char *fmt, const char *what) {
  char msg[256];
  snprintf(msg, sizeof msg, fmt, what);
  jf_error_set(p->err, JF_ECONFIG, p->c->path, line_of(n), n ? (int)n->start_mark.column + 1 : 0,
               "%s", msg);
  return JF_ECONFIG;
}

static const char *scalar(const yaml_node_t *n) {
  return n && n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value : NULL;
}

static bool push(char ***v, size_t *n, const char *s) {
  char **nv = realloc(*v, (*n + 1) * sizeof *nv);
  if (!nv) return false;
  *v = nv;
  return (nv[*n] = strdup(s)) != NULL && ++*n;
}

static bool push_line(int **v, size_t n, int line) {
  int *nv = realloc(*v, (n + 1) * sizeof *nv);
  if (!nv) return false;
  *v = nv;
  nv[n] = line;
  return true;
}

/* A list of strings: `[a, b]` or a block sequence; one scalar is a list of one. */
static jf_status strings(parse *p, yaml_node_t *n, const char *key, char ***v, size_t *cnt,
                         int **lines) {
  if (n->type == YAML_SCALAR_NODE) {
    if ((lines && !push_line(lines, *cnt, line_of(n))) || !push(v, cnt, scalar(n))) return JF_ENOMEM;
    return JF_OK;
  }
  if (n->type != YAML_SEQUENCE_NODE) return bad(p, n, "'%s' must be a list of strings", key);
  for (yaml_node_item_t *it = n->data.sequence.items.start; it < n->data.sequence.items.top; it++) {
    yaml_node_t *e = yaml_document_get_node(p->doc, *it);
    if (!scalar(e)) return bad(p, e, "'%s' must be a list of strings", key);
    if ((lines && !push_line(lines, *cnt, line_of(e))) || !push(v, cnt, scalar(e))) return JF_ENOMEM;
  }
  return JF_OK;
}

static jf_status parse_severity_map(parse *p, yaml_node_t *n) {
  if (n->type != YAML_MAPPING_NODE) return bad(p, n, "'%s' must map rule ids to levels", "severity");
  for (yaml_node_pair_t *pr = n->data.mapping.pairs.start; pr < n->data.mapping.pairs.top; pr++) {
    yaml_node_t *k = yaml_document_get_node(p->doc, pr->key);
    yaml_node_t *v = yaml_document_get_node(p->doc, pr->value);
    jf_severity s;
    if (!scalar(k)) return bad(p, k, "%s", "a severity override needs a rule id");
    if (!jf_severity_parse(scalar(v), &s))
      return bad(p, v, "unknown severity '%s' (expected error, warning or info)",
                 scalar(v) ? scalar(v) : "?");
    jf_severity *ns = realloc(p->c->sev, (p->c->n_sev + 1) * sizeof *ns);
    if (!ns) return JF_ENOMEM;
    p->c->sev = ns;
    ns[p->c->n_sev] = s;
    if (!push_line(&p->c->sev_line, p->c->n_sev, line_of(k)) ||
        !push(&p->c->sev_rule, &p->c->n_sev, scalar(k)))
      return JF_ENOMEM;
  }
  return JF_OK;
}

static jf_status parse_rules(parse *p, yaml_node_t *n) {
  if (n->type != YAML_MAPPING_NODE) return bad(p, n, "'%s' must be a mapping", "rules");
  for (yaml_node_pair_t *pr = n->data.mapping.pairs.start; pr < n->data.mapping.pairs.top; pr++) {
    yaml_node_t *k = yaml_document_get_node(p->doc, pr->key);
    yaml_node_t *v = yaml_document_get_node(p->doc, pr->value);
    const char *key = scalar(k) ? scalar(k) : "?";
    jf_status st;
    if (strcmp(key, "disable") == 0) {
      st = strings(p, v, key, &p->c->disable, &p->c->n_disable, &p->c->disable_line);
    } else if (strcmp(key, "severity") == 0) {
      st = parse_severity_map(p, v);
    } else if (strcmp(key, "dirs") == 0) {
      size_t first = p->c->n_dirs;
      st = strings(p, v, key, &p->c->dirs, &p->c->n_dirs, NULL);
      for (size_t i = first; st == JF_OK && i < p->c->n_dirs; i++) {
        if (p->c->dirs[i][0] == '/') continue;
        char *abs = NULL;
        if (asprintf(&abs, "%s/%s", p->base, p->c->dirs[i]) < 0) return JF_ENOMEM;
        free(p->c->dirs[i]);
        p->c->dirs[i] = abs;
      }
    } else {
      return bad(p, k, "unknown key 'rules.%s' (expected disable, severity, dirs)", key);
    }
    if (st != JF_OK) return st;
  }
  return JF_OK;
}

jf_status jf_config_load(const char *path, jf_config **out, jf_error *err) {
  *out = NULL;
  FILE *f = fopen(path, "rb");
  if (!f) {
    jf_error_set(err, JF_ECONFIG, path, 0, 0, "cannot open the configuration: %s", strerror(errno));
    return JF_ECONFIG;
  }
  yaml_parser_t parser;
  yaml_document_t doc;
  jf_status st = JF_OK;
  jf_config *c = calloc(1, sizeof *c);
  char *dircopy = strdup(path);
  parse p = {.doc = &doc, .c = c, .err = err};
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_file(&parser, f);
  bool loaded = false;
  if (!c || !dircopy || !(c->path = strdup(path))) {
    st = JF_ENOMEM;
    goto out;
  }
  p.base = dirname(dircopy);
  if (!yaml_parser_load(&parser, &doc)) {
    jf_error_set(err, JF_ECONFIG, path, (int)parser.problem_mark.line + 1,
                 (int)parser.problem_mark.column + 1, "YAML syntax: %s",
                 parser.problem ? parser.problem : "error");
    st = JF_ECONFIG;
    goto out;
  }
  loaded = true;
  yaml_node_t *root = yaml_document_get_root_node(&doc);
  if (!root) goto out; /* an empty config changes nothing */
  if (root->type != YAML_MAPPING_NODE) {
    st = bad(&p, root, "%s", "the configuration must be a mapping (rules:, fail_on:)");
    goto out;
  }
  for (yaml_node_pair_t *pr = root->data.mapping.pairs.start; pr < root->data.mapping.pairs.top;
       pr++) {
    yaml_node_t *k = yaml_document_get_node(&doc, pr->key);
    yaml_node_t *v = yaml_document_get_node(&doc, pr->value);
    const char *key = scalar(k) ? scalar(k) : "?";
    if (strcmp(key, "rules") == 0) {
      st = parse_rules(&p, v);
    } else if (strcmp(key, "fail_on") == 0) {
      if (!jf_severity_parse(scalar(v), &c->fail_on))
        st = bad(&p, v, "unknown fail_on '%s' (expected error, warning or info)",
                 scalar(v) ? scalar(v) : "?");
      c->has_fail_on = true;
    } else {
      st = bad(&p, k, "unknown key '%s' (expected rules, fail_on)", key);
    }
    if (st != JF_OK) goto out;
  }
out:
  if (loaded) yaml_document_delete(&doc);
  yaml_parser_delete(&parser);
  fclose(f);
  free(dircopy);
  if (st == JF_ENOMEM) jf_error_set(err, JF_ENOMEM, path, 0, 0, "out of memory");
  if (st != JF_OK) {
    jf_config_free(c);
    return st;
  }
  *out = c;
  return JF_OK;
}

char *jf_config_find(const char *file) {
  char dir[PATH_MAX];
  if (strcmp(file, "-") == 0 || !realpath(file, dir)) {
    if (!getcwd(dir, sizeof dir)) return NULL;
  } else {
    struct stat st;
    if (stat(dir, &st) == 0 && !S_ISDIR(st.st_mode)) {
      char *slash = strrchr(dir, '/');
      if (slash) *(slash == dir ? slash + 1 : slash) = 0;
    }
  }
  for (;;) {
    char *cand = NULL;
    if (asprintf(&cand, "%s%s%s", dir, strcmp(dir, "/") == 0 ? "" : "/", CONFIG_NAME) < 0)
      return NULL;
    if (access(cand, R_OK) == 0) return cand;
    free(cand);
    if (strcmp(dir, "/") == 0) return NULL;
    char *slash = strrchr(dir, '/');
    if (!slash) return NULL;
    *(slash == dir ? slash + 1 : slash) = 0;
  }
}

void jf_config_apply(const jf_config *c, jf_result *r) {
  if (!c) return;
  size_t kept = 0;
  for (size_t i = 0; i < r->n_findings; i++) {
    jf_finding *f = &r->findings[i];
    bool drop = false;
    for (size_t k = 0; k < c->n_disable && !drop; k++) drop = strcmp(c->disable[k], f->rule) == 0;
    if (drop) {
      jf_finding_clear(f);
      continue;
    }
    for (size_t k = 0; k < c->n_sev; k++)
      if (strcmp(c->sev_rule[k], f->rule) == 0) f->severity = c->sev[k];
    if (kept != i) r->findings[kept] = *f;
    kept++;
  }
  r->n_findings = kept;
}
