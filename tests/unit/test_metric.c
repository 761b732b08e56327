/* test_metric.c — jianfu.metric_check's C check (rules_metric.c) gives what
 * its Lua check gives: every fixture document is checked by pairs of rules
 * that share one metric_check, one calling it as the engine does (the C
 * check) and one after writing to the clause (which sends the call to the
 * Lua check). Their findings, and the log of the callbacks' calls (order,
 * arguments, the identity of the hit tables), must be the same.
 *
 * The engine's precheck (jf_rs_metric_silent) is tested the same way: on
 * every fixture clause (and on the files given as arguments, e.g. the bench
 * corpus), every rule whose check is a metric_check (the rule pack's, and
 * checks made directly from the configurations below) is called with the
 * clause's trigger hits as the engine gives them, which the precheck may
 * skip, and without them, which it never skips. Both must give the same
 * findings, and a skipped call must be one that reports nothing. The call
 * after a dry run reads the lists it scanned (rs->metric_dry); the one
 * without scans them itself.
 *
 * The engine gives a metric check no view, which it makes only when a
 * callback or its message function is to see the clause: each of those
 * calls is made again with the view given up front (rs->metric_view), and
 * the findings must be the same, the callbacks' logs (kept on the hit
 * tables, read back through clause.hits) among them. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "jianfu/doc.h"
#include "jianfu/load.h"
#include "jianfu/result.h"
#include "jianfu/rules.h"
#include "jianfu/source.h"
#include "rules_int.h"

#define TRIG_LUA                                                                           \
  "local TRIG = { '活跃率', '活跃度', '日活', '使用率', '登录率', '点击量', '参与率', '使用情况',\n" \
  "  '打卡', '打卡率', '签到', '签到率', '点赞', '点赞量', '转发', '投票', '阅读量', '留言',\n"     \
  "  '下载', '下载量', '安装', '注册', '注册率', '关注', '粉丝数', '在线学习', '学习时长',\n"       \
  "  '在线时长', '学习', '积分', '时长', '上传', '截图', '拍照', '活跃', '在线' }\n"

static const char *rules_src =
  "local log\n"
  "local function L(s) log[#log + 1] = s end\n"
  TRIG_LUA
  "local function other(clause, hit)\n"
  "  hit.seen = (hit.seen or 0) + 1\n"
  "  L('o' .. hit.term .. hit.from .. '-' .. hit.to .. '/' .. hit.seen)\n"
  "  return hit.from % 7 == 0 or jianfu.sentence_has(clause.text, hit.from, { '市场', '设备' })\n"
  "end\n"
  "local function counts(clause, hit)\n"
  "  L('c' .. hit.term .. hit.from .. '/' .. tostring(hit.seen))\n"
  "  return hit.from % 5 == 0 or jianfu.sentence_has(clause.text, hit.from, { '截图', '上传' })\n"
  "end\n"
  "local function msg(ev, clause)\n"
  "  local keys = {}\n"
  "  for k in pairs(ev) do keys[#keys + 1] = k end\n"
  "  table.sort(keys)\n"
  "  L('m' .. ev.metric .. table.concat(keys, '+'))\n"
  "  return jianfu.details(ev) .. (ev.platform or '') .. tostring(ev.forced) .. #clause.text\n"
  "end\n"
  "local configs = {\n"
  "  { other = other, counts = counts, message = msg,\n"
  "    standalone = { '全员', '强制下载', '人人点赞', '必须下载安装', '强制' },\n"
  "    unless = { '活跃市场主体', '打卡地', '日活动', '下载附件' } },\n"
  "  { requires = 'threshold', metrics = { '使用率', '活跃', '学习', '打卡', '次数', '率' },\n"
  "    message = '{metric}|{threshold}|{frequency}|{penalty}|{link}|{details}|{nothing}' },\n"
  /* a template the C check writes itself (push_format_message) */
  "  { standalone = { '全员', '强制' }, message = '{metric_text}:{platform}:{forced}:{penalty_points}'\n"
  "      .. '{{metric}}{}{a b}{_x1}{metric{threshold}}%1{frequency}{penalty}{link}{details}{metric' },\n"
  /* forced_message: a function or a template for a forced practice only */
  "  { standalone = { '全员', '强制下载', '人人点赞' }, message = '{metric_text}{details}',\n"
  "    forced_message = function(ev, clause) L('f' .. ev.metric) return 'F' .. jianfu.details(ev) .. #clause.text end },\n"
  "  { standalone = { '全员', '强制' }, message = msg, forced_message = 'F{metric}{forced}{details}' },\n"
  /* messages by metric: a template or a function per metric, [1] for the others (or none:
   * the default message); the same for a forced practice */
  "  { standalone = { '全员', '强制' }, message = { '{metric_text}{details}', ['活跃'] = 'A{metric}{threshold}',\n"
  "      ['学习'] = msg, ['全员'] = 'S{metric}' } },\n"
  "  { message = { ['在线'] = 'O{metric}{details}', ['時長'] = 'T{metric}' } },\n"
  "  { standalone = { '全员', '强制' }, message = 'M{metric}', forced_message = { ['强制'] = msg, 'G{metric}' } },\n"
  "  { requires = 'link', other = other },\n"
  "  {},\n"
  "  { other = other, counts = counts, standalone = { '全员', '下载' }, requires = 'link_or_threshold',\n"
  "    message = function(ev) return jianfu.metric_text(ev) .. jianfu.details(ev) end },\n"
  "  { metrics = '学习', counts = counts, unless = '学习强国' },\n"
  /* the evidence's fields in pairs() order, nested ones too: the C table
   * is sized and filled as the prelude's constructor does it */
  "  { other = other, standalone = { '全员', '强制' }, message = function(ev)\n"
  "      local o = {}\n"
  "      for k, v in pairs(ev) do o[#o + 1] = k\n"
  "        if type(v) == 'table' then for k2 in pairs(v) do o[#o + 1] = k2 end end\n"
  "      end\n"
  "      return table.concat(o, '+')\n"
  "    end },\n"
  /* a message function that changes the evidence it is given, or not */
  "  { other = other, standalone = { '全员', '强制' }, message = function(ev, clause)\n"
  "      local k = #clause.text % 9\n"
  "      if k == 0 then ev.extra = 1\n"
  "      elseif k == 1 then ev.metric = ev.metric .. 'x'\n"
  "      elseif k == 2 and ev.threshold then ev.threshold.value = ev.threshold.value + 0.5\n"
  "      elseif k == 3 then ev.threshold = nil ev.link = nil\n"
  "      elseif k == 4 then setmetatable(ev, {})\n"
  "      elseif k == 5 and ev.penalty_points then ev.penalty_points = ev.penalty_points + 0.0\n"
  "      elseif k == 6 and ev.threshold then ev.threshold = { op = ev.threshold.op, value = ev.threshold.value, unit = ev.threshold.unit }\n"
  "      elseif k == 7 then ev.frequency = ev.frequency and ev.frequency .. ''\n"
  "      elseif k == 8 and ev.threshold then setmetatable(ev.threshold, {})\n"
  "      elseif k == 8 then ev['metric\\0x'] = ev.metric ev.metric = nil end\n"
  "      return jianfu.details(ev)\n"
  "    end },\n"
  /* `other` by term: jianfu.praise run in C, a Lua function through Lua */
  "  { other = { ['点赞'] = jianfu.praise, ['打卡'] = jianfu.praise,\n"
  "      ['签到'] = function(text, from, to) L('o签到' .. from .. '-' .. to) return from % 7 == 0 end },\n"
  "    counts = counts, standalone = { '全员', '人人点赞' } },\n"
  /* `other` for any term ([1]): a jianfu.in_sentence test run in C; by
   * term, a test on lists with no lacks, and a Lua [1] for the rest */
  "  { other = { jianfu.in_sentence(jianfu.words { '会议', '培训', '每天' }, jianfu.words { 'APP', '平台', '群' }) },\n"
  "    counts = counts },\n"
  "  { other = { ['打卡'] = jianfu.in_sentence(jianfu.words { '会议', '考核' }),\n"
  "      function(text, from, to) L('o1-' .. from .. '-' .. to) return from % 5 == 0 end },\n"
  "    standalone = { '全员' } },\n"
  /* in_sentence on plain lists: the Lua test, through Lua */
  "  { other = { jianfu.in_sentence({ '会议', '每天' }, { '平台' }) } },\n"
  /* `counts` by term: only the terms in it are asked, through Lua */
  "  { other = other, counts = { ['打卡'] = counts, ['点赞'] = function(clause, hit)\n"
  "      L('c点赞' .. hit.from) return hit.from % 3 == 0 end } },\n"
  "}\n"
  "for i, cfg in ipairs(configs) do\n"
  "  local mc = jianfu.metric_check(cfg)\n"
  "  for _, mode in ipairs { 'c', 'lua' } do\n"
  "    jianfu.rule { id = 'm' .. i .. mode, category = 'app-usage-metric', severity = 'error',\n"
  "      title = 'm', basis = { 'b' }, triggers = TRIG,\n"
  "      check = function(clause, report)\n"
  "        log = {}\n"
  "        if mode == 'lua' then clause.lua = true end\n"
  "        mc(clause, report)\n"
  "        if #log > 0 then report { from = 1, to = #clause.text, message = table.concat(log, ',') } end\n"
  "      end }\n"
  "  end\n"
  "end\n"
  /* jianfu.evidence: the C version on the live view, the Lua version when
   * the view holds a field of its own (the same value here); the tables'
   * fields in pairs() order, with their number types */
  "local function ev_digest(clause)\n"
  "  local o = {}\n"
  "  local function put(v) o[#o + 1] = (math.type(v) or type(v)) .. ':' .. tostring(v) end\n"
  "  for _, at in ipairs { -3, 0, 1, 5, 17, 40, 100, #clause.text, #clause.text + 9 } do\n"
  "    for k, v in pairs(jianfu.evidence(clause, at)) do\n"
  "      o[#o + 1] = k\n"
  "      if type(v) == 'table' then for k2, v2 in pairs(v) do o[#o + 1] = k2 put(v2) end\n"
  "      else put(v) end\n"
  "    end\n"
  "    o[#o + 1] = '|'\n"
  "  end\n"
  "  return table.concat(o, ' ')\n"
  "end\n"
  "for _, mode in ipairs { 'c', 'lua' } do\n"
  "  jianfu.rule { id = 'ev' .. mode, category = 'app-usage-metric', severity = 'error',\n"
  "    title = 'e', basis = { 'b' }, triggers = TRIG,\n"
  "    check = function(clause, report)\n"
  "      if mode == 'lua' then clause.thresholds = clause.thresholds end\n"
  "      report { from = 1, to = #clause.text, message = ev_digest(clause) }\n"
  "    end }\n"
  "end\n";

/* checks that are metric_checks themselves, which the engine may skip */
static const char *direct_src =
  TRIG_LUA
  "local function other(clause, hit) return hit.from % 7 == 0 end\n"
  "local function counts(clause, hit) return hit.from % 5 == 0 end\n"
  "local function hlog(clause, hit, tag)\n"
  "  local first = clause.hits[1]\n"
  "  if first then first.view = first.view or clause tag = tag .. tostring(rawequal(first.view, clause)) end\n"
  "  hit.log = (hit.log or '') .. tag .. hit.from .. tostring(pcall(function() clause.x = 1 end))\n"
  "end\n"
  "local function hits_log(ev, clause)\n"
  "  local o = { #clause.text, #clause.hits, tostring(pcall(function() clause.x = 1 end)) }\n"
  "  for i, h in ipairs(clause.hits) do\n"
  "    o[#o + 1] = i .. h.term .. (h.log or '') .. tostring(h.view == nil or rawequal(h.view, clause))\n"
  "  end\n"
  "  return jianfu.details(ev) .. table.concat(o, ',')\n"
  "end\n"
  "local configs = {\n"
  "  { other = other, counts = counts, standalone = { '全员', '强制下载', '人人点赞', '强制' },\n"
  "    unless = { '活跃市场主体', '打卡地', '日活动', '下载附件' } },\n"
  "  { requires = 'threshold', metrics = { '使用率', '活跃', '学习', '打卡', '次数', '率' },\n"
  "    message = '{metric}|{threshold}|{details}' },\n"
  "  { requires = 'link' },\n"
  "  {},\n"
  "  { requires = 'threshold', message = function(ev) return jianfu.metric_text(ev) end },\n"
  "  { counts = counts, unless = { '学习强国', '下载附件' }, standalone = { '全员', '下载' } },\n"
  "  { unless = { '活跃市场主体', '打卡地' }, standalone = { '全员', '强制下载' } },\n"
  /* `other` by term: the dry run runs jianfu.praise, stops at the Lua one */
  "  { other = { ['点赞'] = jianfu.praise, ['转发'] = jianfu.praise, ['打卡'] = jianfu.praise,\n"
  "      ['签到'] = function(text, from) return from % 7 == 0 end }, counts = counts },\n"
  /* the dry run runs jianfu.in_sentence's tests, [1] included */
  "  { other = { jianfu.in_sentence(jianfu.words { '会议', '每天' }, jianfu.words { 'APP', '群' }) } },\n"
  "  { other = { ['签到'] = jianfu.praise, jianfu.in_sentence(jianfu.words { '考核' }) },\n"
  "    counts = counts },\n"
  /* `counts` by term: the dry run decides the hits whose term is not in it */
  "  { counts = { ['打卡'] = counts, ['学习'] = counts }, standalone = { '全员' } },\n"
  /* callbacks that see the view made late: the same clause, read-only, the
   * hit tables those of clause.hits (their logs are read back from there) */
  "  { other = function(clause, hit) hlog(clause, hit, 'o') return hit.from % 7 == 0 end,\n"
  "    counts = function(clause, hit) hlog(clause, hit, 'c') return hit.from % 5 == 0 end,\n"
  "    standalone = { '全员', '强制' }, message = hits_log },\n"
  "  { message = hits_log, forced_message = 'F{metric}', standalone = { '全员' } },\n"
  "}\n"
  "for i, cfg in ipairs(configs) do\n"
  "  jianfu.rule { id = 'd' .. i, category = 'app-usage-metric', severity = 'error',\n"
  "    title = 'd', basis = { 'b' }, triggers = TRIG, check = jianfu.metric_check(cfg) }\n"
  "end\n";

typedef struct counts_t {
  int clauses, findings, asked_twice;
} counts_t;

static void collect(const jf_error *e, void *ud) {
  (void)ud;
  fprintf(stderr, "  %s:%d: %s\n", e->file ? e->file : "?", e->line, e->message ? e->message : "");
}

static bool same_finding(const jf_finding *a, const jf_finding *b) {
  return strcmp(a->message ? a->message : "", b->message ? b->message : "") == 0 &&
         strcmp(a->evidence_json, b->evidence_json) == 0 && a->start == b->start &&
         a->end == b->end && a->line == b->line && a->column == b->column;
}

/* The document at path, loaded and analysed; false when it is not one. */
static bool load_doc(const char *path, jf_source **src, jf_doc **doc) {
  FILE *fp = fopen(path, "rb");
  if (!fp) return false;
  size_t len = 0, cap = 1 << 16, got;
  char *buf = malloc(cap);
  while (buf && (got = fread(buf + len, 1, cap - len, fp)) > 0)
    if ((len += got) == cap) buf = realloc(buf, cap *= 2);
  fclose(fp);
  jf_error err = {0};
  *src = NULL;
  *doc = NULL;
  bool ok = buf && jf_source_decode(buf, len, path, src, &err) == JF_OK &&
            jf_load(*src, jf_load_kind_for_path(path), doc, &err) == JF_OK &&
            jf_doc_analyze(*doc) == JF_OK;
  free(buf);
  jf_error_clear(&err);
  if (!ok) {
    jf_doc_free(*doc);
    jf_source_free(*src);
  }
  return ok;
}

static void check_file(jf_ruleset *rs, const char *path, counts_t *n) {
  jf_source *src;
  jf_doc *doc;
  jf_error err = {0};
  if (!load_doc(path, &src, &doc)) return;
  size_t n_rules = jf_ruleset_count(rs);
  for (size_t c = 0; c < doc->n_clauses; c++) {
    n->clauses++;
    for (size_t r = 0; r + 1 < n_rules; r += 2) {
      jf_result *a = jf_result_new(path), *b = jf_result_new(path);
      /* a: scanning for itself, not reading what the dry run scanned (b:
       * jf_ruleset_check_hits's call after its own dry run does) */
      rs->metric_dry.lists = 0;
      CHECK_INT(jf_ruleset_check(rs, r, doc, c, a, &err), JF_OK);
      jf_error_clear(&err);
      CHECK_INT(jf_ruleset_check(rs, r + 1, doc, c, b, &err), JF_OK);
      jf_error_clear(&err);
      CHECK_INT((int)a->n_findings, (int)b->n_findings);
      for (size_t i = 0; i < a->n_findings && i < b->n_findings; i++) {
        bool same = same_finding(&a->findings[i], &b->findings[i]);
        if (!same)
          fprintf(stderr, "  %s clause %zu rule %zu:\n    C:   %s %s\n    Lua: %s %s\n", path, c,
                  r / 2 + 1, a->findings[i].message, a->findings[i].evidence_json,
                  b->findings[i].message, b->findings[i].evidence_json);
        CHECK(same);
      }
      /* a hit's `other` callback is asked once (rules_metric.c usable_memo;
       * a hit inside the reported span is not asked again to widen it): the
       * log shows each call's count of the hit ("/2" for a second) */
      for (size_t i = 0; i < a->n_findings; i++)
        if (a->findings[i].message && strstr(a->findings[i].message, "/2")) n->asked_twice++;
      n->findings += (int)a->n_findings;
      jf_result_free(a);
      jf_result_free(b);
    }
  }
  jf_doc_free(doc);
  jf_source_free(src);
}

typedef struct skips_t {
  long calls, skipped, wrong, view_wrong;
} skips_t;

/* the engine's order of a rule's hits: by position, the longest first */
static int cmp_hit(const void *a, const void *b) {
  const jf_trigger_hit *x = a, *y = b;
  if (x->from != y->from) return x->from < y->from ? -1 : 1;
  if (x->to != y->to) return x->to > y->to ? -1 : 1;
  return x->trig < y->trig ? -1 : x->trig > y->trig;
}

/* Rule r's trigger hits in clause text t as the engine's prefilter gives
 * them; returns their number (at most cap). */
static size_t trigger_hits(const jf_rule *r, const char *t, size_t len, jf_trigger_hit *v,
                           size_t cap) {
  size_t n = 0;
  for (size_t k = 0; k < r->info.n_triggers; k++)
    for (const char *p = t; t && r->trig_len[k] && (size_t)(p - t) + r->trig_len[k] <= len; p++) {
      p = memmem(p, len - (size_t)(p - t), r->trig[k], r->trig_len[k]);
      if (!p) break;
      if (n < cap)
        v[n++] = (jf_trigger_hit){(uint32_t)(p - t), (uint32_t)(p - t + r->trig_len[k]),
                                  (uint32_t)k};
    }
  qsort(v, n, sizeof *v, cmp_hit);
  return n;
}

/* Every metric_check rule of rs on every clause of path: called with the
 * engine's hits (the precheck may skip) and without (never skipped), the
 * same findings; a skipped call reports nothing. */
static void check_skip_file(jf_ruleset *rs, const char *path, skips_t *s) {
  jf_source *src;
  jf_doc *doc;
  jf_error err = {0};
  if (!load_doc(path, &src, &doc)) return;
  static jf_trigger_hit hits[4096];
  for (size_t c = 0; c < doc->n_clauses; c++) {
    const jf_norm *nm = &doc->clauses[c].norm;
    for (size_t r = 0; r < rs->n_rules; r++) {
      const jf_rule *rule = rs->rules[r];
      if (!rule->metric.on) continue;
      size_t n = trigger_hits(rule, nm->text, nm->len, hits, sizeof hits / sizeof *hits);
      if (!n) continue;
      s->calls++;
      bool silent = jf_rs_metric_silent(rs, rule, doc, c, hits, n);
      s->skipped += silent;
      jf_result *a = jf_result_new(path), *b = jf_result_new(path);
      /* a: scanning for itself, not reading what the dry run scanned (b:
       * jf_ruleset_check_hits's call after its own dry run does) */
      rs->metric_dry.lists = 0;
      CHECK_INT(jf_ruleset_check(rs, r, doc, c, a, &err), JF_OK);
      jf_error_clear(&err);
      CHECK_INT(jf_ruleset_check_hits(rs, r, doc, c, hits, n, b, &err), JF_OK);
      jf_error_clear(&err);
      /* v: a with the view given up front */
      jf_result *v = jf_result_new(path);
      rs->metric_dry.lists = 0;
      rs->metric_view = true;
      CHECK_INT(jf_ruleset_check(rs, r, doc, c, v, &err), JF_OK);
      rs->metric_view = false;
      jf_error_clear(&err);
      bool same = a->n_findings == b->n_findings && (!silent || a->n_findings == 0);
      for (size_t i = 0; same && i < a->n_findings; i++)
        same = same_finding(&a->findings[i], &b->findings[i]);
      if (!same) {
        s->wrong++;
        fprintf(stderr, "  %s clause %zu rule %s: skipped %d, %zu findings called, %zu given\n",
                path, c, rule->info.id, silent, a->n_findings, b->n_findings);
      }
      bool same_v = a->n_findings == v->n_findings;
      for (size_t i = 0; same_v && i < a->n_findings; i++)
        same_v = same_finding(&a->findings[i], &v->findings[i]);
      if (!same_v) {
        s->view_wrong++;
        fprintf(stderr, "  %s clause %zu rule %s: %zu findings without the view, %zu with%s%s\n",
                path, c, rule->info.id, a->n_findings, v->n_findings,
                a->n_findings ? ": " : "", a->n_findings ? a->findings[0].message : "");
      }
      jf_result_free(a);
      jf_result_free(b);
      jf_result_free(v);
    }
  }
  jf_doc_free(doc);
  jf_source_free(src);
}

static void check_skip_dir(jf_ruleset *rs, const char *dir, skips_t *s) {
  DIR *d = opendir(dir);
  if (!d) return;
  struct dirent *de;
  while ((de = readdir(d))) {
    const char *ext = strrchr(de->d_name, '.');
    if (de->d_name[0] == '.' || !ext ||
        (strcmp(ext, ".md") && strcmp(ext, ".txt") && strcmp(ext, ".yaml")))
      continue;
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
    check_skip_file(rs, path, s);
  }
  closedir(d);
}

static void check_dir(jf_ruleset *rs, const char *dir, counts_t *n) {
  DIR *d = opendir(dir);
  if (!d) return;
  struct dirent *de;
  while ((de = readdir(d))) {
    size_t l = strlen(de->d_name);
    if (de->d_name[0] == '.' || l < 4) continue;
    const char *ext = strrchr(de->d_name, '.');
    if (!ext || (strcmp(ext, ".md") && strcmp(ext, ".txt") && strcmp(ext, ".yaml"))) continue;
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
    check_file(rs, path, n);
  }
  closedir(d);
}

/* The precheck over the rule pack and the direct metric_checks. */
static void check_skips(int argc, char **argv) {
  jf_ruleset *rs = jf_ruleset_new(NULL);
  CHECK(rs != NULL);
  CHECK_INT(jf_ruleset_load_dir(rs, "rules", collect, NULL), JF_OK);
  CHECK_INT(jf_ruleset_load_string(rs, "mem/direct.lua", direct_src, strlen(direct_src), collect,
                                   NULL),
            JF_OK);
  int metric = 0;
  for (size_t r = 0; r < rs->n_rules; r++)
    metric += rs->rules[r]->metric.on;
  CHECK_INT(metric, 5 + 13); /* the pack's five and the thirteen above */
  skips_t s = {0, 0, 0, 0};
  if (argc > 1) {
    for (int i = 1; i < argc; i++)
      check_skip_file(rs, argv[i], &s);
  } else {
    check_skip_dir(rs, "fixtures/corpus/docs", &s);
    check_skip_dir(rs, "fixtures/heldout/docs", &s);
    check_skip_dir(rs, "fixtures/cases", &s);
  }
  printf("metric precheck: %ld calls, %ld skipped, %ld wrong\n", s.calls, s.skipped, s.wrong);
  /* the view the engine's calls made (the calls with the view given count none) */
  size_t no_view = rs->metric_no_view_calls, made = rs->metric_views_made;
  printf("metric calls given no view: %zu, of which %zu made it, %ld differ with the view\n",
         no_view, made, s.view_wrong);
  CHECK(s.wrong == 0);
  CHECK(s.view_wrong == 0);
  CHECK(made > 100);        /* late views: the callbacks' and message functions' */
  CHECK(no_view > made + 100); /* and calls that needed none */
  CHECK(s.skipped > 100);
  CHECK(s.skipped < s.calls);
  jf_ruleset_free(rs);
}

int main(int argc, char **argv) {
  check_skips(argc, argv);
  if (argc > 1) return CHECK_DONE();
  jf_ruleset *rs = jf_ruleset_new(NULL);
  CHECK(rs != NULL);
  CHECK_INT(jf_ruleset_load_string(rs, "mem/metric.lua", rules_src, strlen(rules_src), collect,
                                   NULL),
            JF_OK);
  CHECK_INT((int)jf_ruleset_count(rs), 40);
  counts_t n = {0, 0, 0};
  check_dir(rs, "fixtures/corpus/docs", &n);
  check_dir(rs, "fixtures/heldout/docs", &n);
  check_dir(rs, "fixtures/cases", &n);
  printf("metric_check C = Lua: %d clauses, %d findings, %d asked twice\n", n.clauses, n.findings,
         n.asked_twice);
  CHECK_INT(n.asked_twice, 0);
  CHECK(n.clauses > 1000);
  CHECK(n.findings > 500);
  jf_ruleset_free(rs);
  return CHECK_DONE();
}
