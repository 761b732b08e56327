/* test_metric.c — jianfu.metric_check's C check (rules_metric.c) gives what
 * its Lua check gives: every fixture document is checked by pairs of rules
 * that share one metric_check, one calling it as the engine does (the C
 * check) and one after writing to the clause (which sends the call to the
 * Lua check). Their findings, and the log of the callbacks' calls (order,
 * arguments, the identity of the hit tables), must be the same. */
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

static const char *rules_src =
  "local log\n"
  "local function L(s) log[#log + 1] = s end\n"
  "local TRIG = { '活跃率', '活跃度', '日活', '使用率', '登录率', '点击量', '参与率', '使用情况',\n"
  "  '打卡', '打卡率', '签到', '签到率', '点赞', '点赞量', '转发', '投票', '阅读量', '留言',\n"
  "  '下载', '下载量', '安装', '注册', '注册率', '关注', '粉丝数', '在线学习', '学习时长',\n"
  "  '在线时长', '学习', '积分', '时长', '上传', '截图', '拍照', '活跃', '在线' }\n"
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
  "  { requires = 'link', other = other },\n"
  "  {},\n"
  "  { other = other, counts = counts, standalone = { '全员', '下载' }, requires = 'link_or_threshold',\n"
  "    message = function(ev) return jianfu.metric_text(ev) .. jianfu.details(ev) end },\n"
  "  { metrics = '学习', counts = counts, unless = '学习强国' },\n"
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
  "end\n";

typedef struct counts_t {
  int clauses, findings;
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

static void check_file(jf_ruleset *rs, const char *path, counts_t *n) {
  FILE *fp = fopen(path, "rb");
  if (!fp) return;
  static char buf[1 << 20];
  size_t len = fread(buf, 1, sizeof buf, fp);
  fclose(fp);
  jf_source *src = NULL;
  jf_doc *doc = NULL;
  jf_error err = {0};
  if (jf_source_decode(buf, len, path, &src, &err) != JF_OK ||
      jf_load(src, jf_load_kind_for_path(path), &doc, &err) != JF_OK ||
      jf_doc_analyze(doc) != JF_OK) {
    jf_error_clear(&err);
    jf_doc_free(doc);
    jf_source_free(src);
    return;
  }
  size_t n_rules = jf_ruleset_count(rs);
  for (size_t c = 0; c < doc->n_clauses; c++) {
    n->clauses++;
    for (size_t r = 0; r + 1 < n_rules; r += 2) {
      jf_result *a = jf_result_new(path), *b = jf_result_new(path);
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
      n->findings += (int)a->n_findings;
      jf_result_free(a);
      jf_result_free(b);
    }
  }
  jf_doc_free(doc);
  jf_source_free(src);
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

int main(void) {
  jf_ruleset *rs = jf_ruleset_new(NULL);
  CHECK(rs != NULL);
  CHECK_INT(jf_ruleset_load_string(rs, "mem/metric.lua", rules_src, strlen(rules_src), collect,
                                   NULL),
            JF_OK);
  CHECK_INT((int)jf_ruleset_count(rs), 12);
  counts_t n = {0, 0};
  check_dir(rs, "fixtures/corpus/docs", &n);
  check_dir(rs, "fixtures/heldout/docs", &n);
  check_dir(rs, "fixtures/cases", &n);
  printf("metric_check C = Lua: %d clauses, %d findings\n", n.clauses, n.findings);
  CHECK(n.clauses > 1000);
  CHECK(n.findings > 500);
  jf_ruleset_free(rs);
  return CHECK_DONE();
}
