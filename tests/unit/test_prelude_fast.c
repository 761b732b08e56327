/* test_prelude_fast.c — the prelude's text helpers in C (rules_prelude.c,
 * rules_view.c) against their Lua twins, on many texts: hand-picked ones,
 * random strings of the words the helpers look for (quotes, commas,
 * sentence marks, stray bytes), and normalized traditional and fullwidth
 * text. Each C helper is a closure whose first upvalue is its Lua version;
 * both are called in the rule set's own Lua state with the same arguments
 * (every span of every text, and arguments the C version hands over to the
 * Lua one) and must give the same results or the same error. The helpers
 * that read a clause (made_to_count, first_live) are compared inside a
 * rule's check, on the live view of analysed clauses, with their Lua twins
 * handed to the rule as jianfu.lua_<name>. */
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "check.h"
#include "jianfu/doc.h"
#include "jianfu/normalize.h"
#include "jianfu/result.h"
#include "jianfu/rules.h"
#include "jianfu/source.h"
#include "rules_int.h"

/* the helpers compared, all called as (text, from [, to]) */
static const char *const HELPERS[] = {"praise", "of_device", "in_sentence", "in_sentence/has"};
enum { N_HELPERS = sizeof HELPERS / sizeof *HELPERS };

/* the tests jianfu.in_sentence makes: on lists of the pieces below, with
 * and without lacks */
static const char IN_SENTENCE[] =
  "local J = ...\n"
  "local has = J.words { '点赞', '考核', '系统', '\\xe4\\xb8' }\n"
  "return J.in_sentence(has, J.words { '在线', '群众', '。' }), J.in_sentence(has)\n";

/* Push jianfu.<name> as the prelude made it (a C closure) and its Lua twin;
 * "in_sentence" and "in_sentence/has" are tests jianfu.in_sentence made. */
static bool push_twins(lua_State *L, const char *name) {
  lua_rawgetp(L, LUA_REGISTRYINDEX, &jf_rs_key_libs);
  lua_getfield(L, -1, "jianfu");
  if (strncmp(name, "in_sentence", 11) == 0) {
    if (luaL_loadstring(L, IN_SENTENCE) != LUA_OK) {
      lua_pop(L, 3);
      return false;
    }
    lua_pushvalue(L, -2);
    lua_call(L, 1, 2);
    if (name[11]) lua_insert(L, -2);
    lua_pop(L, 1);
  } else {
    lua_getfield(L, -1, name);
  }
  lua_replace(L, -3);
  lua_pop(L, 1);
  if (!lua_iscfunction(L, -1) || !lua_getupvalue(L, -1, 1)) {
    lua_pop(L, 1);
    return false;
  }
  if (lua_type(L, -1) != LUA_TFUNCTION || lua_iscfunction(L, -1)) {
    lua_pop(L, 2);
    return false;
  }
  return true;
}

/* Call the function at fi with the nargs values on the top (left there) and
 * return its results or error as one string, malloc'ed. */
static char *call_str(lua_State *L, int fi, int nargs) {
  int base = lua_gettop(L) - nargs;
  lua_pushvalue(L, fi);
  for (int i = 1; i <= nargs; i++) lua_pushvalue(L, base + i);
  int st = lua_pcall(L, nargs, LUA_MULTRET, 0);
  int top = lua_gettop(L);
  lua_pushstring(L, st == LUA_OK ? "ok" : "error");
  for (int i = base + nargs + 1; i <= top; i++) {
    lua_pushstring(L, " ");
    luaL_tolstring(L, i, NULL);
  }
  lua_concat(L, 1 + 2 * (top - base - nargs));
  char *s = strdup(lua_tostring(L, -1));
  lua_settop(L, base + nargs);
  return s;
}

static long compared;

/* Call both twins (at ci and li) with the nargs values on the top; pops them. */
static void same(lua_State *L, const char *name, int ci, int li, int nargs, const char *text) {
  char *c = call_str(L, ci, nargs), *l = call_str(L, li, nargs);
  compared++;
  if (strcmp(c, l) != 0) {
    char args[200] = "";
    for (int i = lua_gettop(L) - nargs + 2; i <= lua_gettop(L); i++) {
      size_t n = strlen(args);
      snprintf(args + n, sizeof args - n, " %s", luaL_tolstring(L, i, NULL));
      lua_pop(L, 1);
    }
    CHECK_MSG(0, "jianfu.%s(\"%s\",%s): C %s, Lua %s", name, text, args, c, l);
  }
  free(c);
  free(l);
  lua_pop(L, nargs);
}

/* every helper on every span of text (from, to at most 12 bytes on), and
 * on the arguments the C versions leave to the Lua ones */
static void compare_text(lua_State *L, const char *text, size_t len) {
  for (int h = 0; h < N_HELPERS; h++) {
    int top = lua_gettop(L);
    if (!push_twins(L, HELPERS[h])) {
      CHECK_MSG(0, "jianfu.%s is not a C closure around its Lua version", HELPERS[h]);
      continue;
    }
    int ci = top + 1, li = top + 2;
    for (size_t from = 1; from <= len; from++) {
      for (size_t to = from; to <= len && to <= from + 12; to++) {
        lua_pushlstring(L, text, len);
        lua_pushinteger(L, (lua_Integer)from);
        lua_pushinteger(L, (lua_Integer)to);
        same(L, HELPERS[h], ci, li, 3, text);
      }
      lua_pushlstring(L, text, len);
      lua_pushinteger(L, (lua_Integer)from);
      same(L, HELPERS[h], ci, li, 2, text);
    }
    /* outside the text, reversed, floats, missing and extra arguments */
    static const lua_Integer odd[][2] = {{0, 1}, {1, 0}, {2, 1}, {-3, 2}, {1, 1000}, {1000, 1001}};
    for (size_t k = 0; k < sizeof odd / sizeof *odd; k++) {
      lua_pushlstring(L, text, len);
      lua_pushinteger(L, odd[k][0]);
      lua_pushinteger(L, odd[k][1]);
      same(L, HELPERS[h], ci, li, 3, text);
    }
    lua_pushlstring(L, text, len);
    lua_pushnumber(L, 1.0);
    lua_pushnumber(L, 3.0);
    same(L, HELPERS[h], ci, li, 3, text);
    lua_pushlstring(L, text, len);
    lua_pushinteger(L, 1);
    lua_pushinteger(L, 3);
    lua_pushinteger(L, 4);
    same(L, HELPERS[h], ci, li, 4, text);
    lua_pushlstring(L, text, len);
    same(L, HELPERS[h], ci, li, 1, text);
    lua_pushinteger(L, 5);
    lua_pushinteger(L, 1);
    lua_pushinteger(L, 2);
    same(L, HELPERS[h], ci, li, 3, text);
    lua_settop(L, top);
  }
}

static void compare_norm(lua_State *L, const char *raw) {
  jf_norm n = {0};
  CHECK_INT(jf_normalize(raw, strlen(raw), NULL, 0, &n), JF_OK);
  if (n.text) compare_text(L, n.text, n.len);
  jf_norm_free(&n);
}

/* the texts the helpers were written for, and their near misses */
static const char *const TEXTS[] = {
  /* praise */
  "为扎根基层的驻村干部点赞", "县委为全县二百名优秀村干部点赞,每人每天不少于3次",
  "对在疫情防控中冲锋在前的社区工作者,县委予以通报表扬,并公开为他们点赞",
  "县委对脱贫攻坚中成绩突出的6个村通报表扬,县融媒体中心予以点赞报道",
  "对点赞任务完成较好的单位通报表扬,干部职工每人每天为本单位推文点赞不少于3次",
  "对点赞完成率高的科室通报表扬,在院报为这些科室点赞", "值得点赞。纷纷点赞;大家纷纷为他点赞",
  "为20个“担当作为好团队”点赞", "为\"好人\"点赞,为「先进」』》点赞", "对各单位点赞完成数进行排名",
  "向冲在抗洪一线的救援队员致敬,为这些逆行的身影点赞", "为其担当作为点赞!对其点赞量考核",
  "年度考核获评优秀等次的网格,由街道通报表扬,街道公众号同步为这份坚持点赞",
  "市教育局对坚守乡村讲台三十年的教师进行点赞", "点赞", "为点赞", "对,点赞", "为员点赞",
  "每天点赞,表扬他们;为其点赞", "各单位每周为推文点赞不少于2次,表彰先进,为先进集中点赞",
  /* of_device */
  "视频会议系统在线率达到99%,故障2小时内修复。民警终端在线率不低于90%;监测设备完好率",
  "学生宿舍门禁系统在线率不低于99%。职工门禁系统在线率;教师公寓楼宇门禁终端在线时长",
  "雨量站在线率,水位站、气象站离线,充电桩在线时长,信号灯,雨量计,检测仪在线率",
  "“先锋e站”在线率,统计在线率,代表在线时长,驿站在线率,3站在线率",
  "站在线率", "9站在线率,z桩在线时长,Z仪在线率", "学生门禁宿舍系统在线率", "学生宿舍门禁系统,居民在线率",
  "监测点在线率,会计在线时长,学生宿舍楼门禁系统上线率;居民小区在线率",
  "", "a", ",", "。", "\"", "\xe4", "\xe4\xb8", "为\xe4\xb8", "\xba点赞",
};

/* traditional and fullwidth text: the helpers read it normalized */
static const char *const RAW_TEXTS[] = {
  "為紮根基層的駐村幹部點讚，每人每天不少於３次",
  "縣委對脫貧攻堅中成績突出的６個村通報表揚，縣融媒體中心予以點讚報道",
  "學生宿舍門禁系統在線率不低於９９％。雨量站在線率；ＡＰＰ在線時長",
  "為２０個「擔當作為好團隊」點讚；對“先進”點讚！",
};

/* the words random texts are made of */
static const char *const PIECES[] = {
  "为", "对", "点赞", "干部", "员", "他们", "其", "人", "一线", "“", "”", "\"", "「", "」", "』",
  "》", ",", ",", "。", ";", "!", "?", "值得", "纷纷", "公开", "予以", "进行", "表扬", "表彰",
  "致敬", "担当作为", "事迹", "每天", "不少于", "任务", "数", "量", "完成", "次", "率", "考核", "排名",
  "a", "1", "的", "各单位", "群众", "在线", "上线", "在线率", "在线时长", "站", "桩", "仪", "计",
  "统计", "e", "设备", "系统", "终端", "学生", "宿舍", "门禁", "民警", "故障", "修复", "视频会议",
  "\xe4", "\xb8", "\xba",
};
enum { N_PIECES = sizeof PIECES / sizeof *PIECES };
/* ... and those of jianfu.of_device's rarer paths (a system of a place
 * named after its people, a head after a letter or digit) */
static const char *const DEVICE_PIECES[] = {
  "学生", "职工", "居民", "员", "宿舍", "公寓", "楼", "之家", "活动室", "门禁", "系统", "终端", "站", "e",
  "9", "Z", "计", "统计", "监测点", "测点", "在线", "在线率", "上线率", "率", ",", "。", "故障", "设备",
};
enum { N_DEVICE_PIECES = sizeof DEVICE_PIECES / sizeof *DEVICE_PIECES };

/* a random text of at most 16 words of pieces[0, n) into buf (of 512 bytes) */
static size_t random_text(char *buf, const char *const *pieces, unsigned n) {
  size_t len = 0, k = 1 + jf_t_rnd(16);
  for (size_t j = 0; j < k; j++) {
    const char *p = pieces[jf_t_rnd(n)];
    size_t pl = strlen(p);
    if (len + pl >= 512) break;
    memcpy(buf + len, p, pl);
    len += pl;
  }
  buf[len] = 0;
  return len;
}

/* --- the helpers of a clause -------------------------------------------------- */

static const char *const CLAUSE_HELPERS[] = {"made_to_count", "first_live"};

/* The rule comparing them: every result (or error) of the C helper and of
 * its twin, on the live view as the engine gives it and on one whose fields
 * the rule set itself; reports "ok" or what differed. */
static const char CLAUSE_RULE[] =
  "local J = jianfu\n"
  "local LISTS = { J.words { '打卡', '打卡率', '考核', '排名', '通报' }, J.words { '不得', '扣分', '率' },\n"
  "  J.words { '80%', '不低于', ',' } }\n"
  "local PROXIED = { { from = 1, to = 3 }, { from = 2, to = 4 } }\n"
  "local function both(out, what, f, g, ...)\n"
  "  local a = table.pack(pcall(f, ...))\n"
  "  local b = table.pack(pcall(g, ...))\n"
  "  local same = a.n == b.n\n"
  "  for i = 1, math.max(a.n, b.n) do same = same and rawequal(a[i], b[i]) end\n"
  "  if not same then\n"
  "    out[#out + 1] = what .. ': C ' .. tostring(a[1]) .. ' ' .. tostring(a[2]) ..\n"
  "      ', Lua ' .. tostring(b[1]) .. ' ' .. tostring(b[2])\n"
  "  end\n"
  "end\n"
  "local function compare(clause, out)\n"
  "  both(out, 'made_to_count', J.made_to_count, J.lua_made_to_count, clause)\n"
  "  both(out, 'made_to_count()', J.made_to_count, J.lua_made_to_count)\n"
  "  local lists = { clause.hits or {}, {}, { 1 }, { {} }, { { from = 1, to = 0 } },\n"
  "    { { from = 1, to = #clause.text } }, { { from = '1', to = 2 } }, { { from = 1.0, to = 3 } },\n"
  "    { { from = 1, to = #clause.text + 1 } }, { { from = 0, to = 3 } }, { 'x' },\n"
  "    { setmetatable({}, { __index = function(_, k) return k == 'from' and 1 or 3 end }) },\n"
  "    setmetatable({}, { __index = function(_, i) return PROXIED[i] end }) }\n"
  "  for _, l in ipairs(LISTS) do\n"
  "    lists[#lists + 1] = J.find_all(clause.text, l)\n"
  "    lists[#lists + 1] = J.find_terms(clause.text, l, LISTS[2])\n"
  "  end\n"
  "  for i, l in ipairs(lists) do\n"
  "    both(out, 'first_live #' .. i, J.first_live, J.lua_first_live, clause, l)\n"
  "  end\n"
  "  both(out, 'first_live(nil)', J.first_live, J.lua_first_live, clause, nil)\n"
  "  both(out, 'first_live(x, 1)', J.first_live, J.lua_first_live, clause, lists[1], 1)\n"
  "end\n"
  "jianfu.rule { id = 'twins', category = 'checkin', severity = 'info', title = 't',\n"
  "  basis = { 'b' },\n"
  "  check = function(clause, report)\n"
  "    local out = {}\n"
  "    compare(clause, out)\n"
  "    -- fields of the rule's own on its view: the C helpers leave those to Lua\n"
  "    clause.link = { kind = 'explicit', from = 1 }\n"
  "    compare(clause, out)\n"
  "    clause.thresholds = { { from = 1, to = 3 } }\n"
  "    clause.penalties = { { from = 4, to = 6 } }\n"
  "    compare(clause, out)\n"
  "    report { message = #out == 0 and 'ok' or table.concat(out, '; ') }\n"
  "  end }\n";

/* Hand the twins of the clause helpers to the rules as jianfu.lua_<name>. */
static void expose_twins(lua_State *L) {
  for (size_t i = 0; i < sizeof CLAUSE_HELPERS / sizeof *CLAUSE_HELPERS; i++) {
    int top = lua_gettop(L);
    if (!push_twins(L, CLAUSE_HELPERS[i])) {
      CHECK_MSG(0, "jianfu.%s is not a C closure around its Lua version", CLAUSE_HELPERS[i]);
      continue;
    }
    lua_rawgetp(L, LUA_REGISTRYINDEX, &jf_rs_key_libs);
    lua_getfield(L, -1, "jianfu");
    lua_pushfstring(L, "lua_%s", CLAUSE_HELPERS[i]);
    lua_pushvalue(L, top + 2);
    lua_rawset(L, -3);
    lua_settop(L, top);
  }
}

static void log_error(const jf_error *e, void *ud) {
  (void)ud;
  CHECK_MSG(0, "%s:%d: %s", e->file ? e->file : "?", e->line, e->message ? e->message : "?");
}

/* Run the comparing rule on every line of text (one clause each, analysed). */
static void compare_clauses(jf_ruleset *rs, const char *text) {
  jf_source *src = NULL;
  jf_error err = {0};
  CHECK_INT(jf_source_decode(text, strlen(text), "plan.txt", &src, &err), JF_OK);
  if (!src) return;
  jf_doc *doc = jf_doc_new(JF_DOC_TEXT, src);
  const char *s = jf_source_text(src);
  for (const char *b = s; *b;) {
    const char *e = strchr(b, '\n');
    size_t len = e ? (size_t)(e - b) : strlen(b);
    if (len) CHECK(jf_doc_add_clause(doc, b, len, NULL, (size_t)(b - s), (size_t)(b - s) + len,
                                     "line", 0, -1) != NULL);
    b += len + (e != NULL);
  }
  CHECK_INT(jf_doc_analyze(doc), JF_OK);
  jf_result *res = jf_result_new("plan.txt");
  for (size_t c = 0; c < doc->n_clauses; c++) {
    size_t before = res->n_findings;
    CHECK_INT(jf_ruleset_check(rs, 0, doc, c, res, &err), JF_OK);
    if (err.message) CHECK_MSG(0, "%s", err.message);
    jf_error_clear(&err);
    CHECK_INT(res->n_findings, before + 1);
    if (res->n_findings == before + 1) {
      compared++;
      CHECK_MSG(strcmp(res->findings[before].message, "ok") == 0, "clause \"%s\": %s",
                doc->clauses[c].norm.text, res->findings[before].message);
    }
  }
  jf_result_free(res);
  jf_doc_free(doc);
  jf_source_free(src);
}

/* clauses with links, thresholds, penalties, renounced and prohibited */
static const char CLAUSE_TEXTS[] =
  "各单位打卡率不低于80%,纳入年度考核\n"
  "打卡率不纳入考核,不排名、不通报\n"
  "未达标的扣2分,不扣分的情形除外\n"
  "严禁以打卡率不低于90%作为考核指标\n"
  "取消打卡率不低于95%的要求,非考核指标\n"
  "无扣分;考核结果与绩效挂钩\n"
  "每月通报排名,排名后3位的单位不得评优\n"
  "不得要求群众下载APP,下载率不得低于60%\n"
  "考核\n"
  "不\n";

static const char *const CLAUSE_PIECES[] = {
  "打卡率", "不低于", "不得低于", "80%", "90%", "扣2分", "扣分", "不", "无", "非", "纳入考核",
  "不纳入考核", "纳入年度考核", "通报", "不通报", "排名", "不排名", "严禁", "不得", "取消", "禁止",
  ",", "。", ";", "每月", "作为考核指标", "与绩效挂钩", "打卡", "考核", "一票否决", "问责", "a",
};
enum { N_CLAUSE_PIECES = sizeof CLAUSE_PIECES / sizeof *CLAUSE_PIECES };

static void test_clause_helpers(void) {
  jf_ruleset *rs = jf_ruleset_new(NULL);
  CHECK(rs != NULL);
  if (!rs) return;
  expose_twins(rs->L);
  CHECK_INT(jf_ruleset_load_string(rs, "mem/twins.lua", CLAUSE_RULE, strlen(CLAUSE_RULE), log_error,
                                   NULL),
            JF_OK);
  CHECK_INT(jf_ruleset_count(rs), 1);
  if (jf_ruleset_count(rs) == 1) {
    long before = compared;
    compare_clauses(rs, CLAUSE_TEXTS);
    static char doc[1000 * 513 + 1]; /* random_text writes at most 512 bytes and a NUL */
    size_t n = 0;
    for (int line = 0; line < 1000; line++) {
      n += random_text(doc + n, CLAUSE_PIECES, N_CLAUSE_PIECES);
      doc[n++] = '\n';
    }
    doc[n] = 0;
    compare_clauses(rs, doc);
    CHECK(compared - before > 1000);
  }
  jf_ruleset_free(rs);
}

int main(void) {
  jf_ruleset *rs = jf_ruleset_new(NULL);
  CHECK(rs != NULL);
  if (!rs) return CHECK_DONE();
  lua_State *L = rs->L;
  for (size_t i = 0; i < sizeof TEXTS / sizeof *TEXTS; i++) compare_text(L, TEXTS[i], strlen(TEXTS[i]));
  for (size_t i = 0; i < sizeof RAW_TEXTS / sizeof *RAW_TEXTS; i++) compare_norm(L, RAW_TEXTS[i]);
  char buf[512];
  for (int r = 0; r < 3000; r++) {
    size_t n = random_text(buf, PIECES, N_PIECES);
    compare_text(L, buf, n);
    if (r % 3 == 0) {
      n = random_text(buf, DEVICE_PIECES, N_DEVICE_PIECES);
      compare_text(L, buf, n);
    }
  }
  CHECK(compared > 100000);
  jf_ruleset_free(rs);
  test_clause_helpers();
  return CHECK_DONE();
}
