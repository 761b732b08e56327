-- prelude.lua — Lua helpers rules get as jianfu.*; runs in the sandbox, under
-- the same limits as the rule that calls it. Returns the table of helpers.
local M = {}
-- C versions of the hottest helpers (rules_view.c), given by the engine; each
-- wraps the Lua version below and gives the same results
local C = ...
-- the prelude's own word lists compiled once for those C helpers; rules
-- cannot reach them, so the helpers need not check them against a table
local compile = type(C) == "table" and C.compile or function(list) return list end
-- an empty list to iterate, never changed
local EMPTY = {}

local OP_TEXT = { [">="] = "≥", [">"] = ">", ["<="] = "≤", ["<"] = "<", ["=="] = "=" }
local PERIOD_TEXT = {
  day = "每天", week = "每周", month = "每月", quarter = "每季度", year = "每年",
}
local PENALTY_TEXT = {
  deduct = "未达标扣分", ["no-score"] = "未达标不得分", disqualify = "与评优资格挂钩",
  notify = "通报", interview = "约谈", pay = "与奖金挂钩", veto = "一票否决",
  accountability = "问责",
}
-- units that make a bare number a quota ("每天完成500个")
local QUOTA_UNITS = {
  ["次"] = true, ["个"] = true, ["条"] = true, ["件"] = true, ["人"] = true, ["户"] = true,
  ["篇"] = true, ["名"] = true, ["份"] = true, ["项"] = true, ["张"] = true, ["家"] = true,
  ["票"] = true, ["人次"] = true, ["段"] = true, ["遍"] = true, ["篇次"] = true,
}

-- 80, not 80.0
local function num(v)
  if math.type(v) == "float" and v == math.floor(v) and math.abs(v) < 2 ^ 53 then
    return string.format("%d", math.tointeger(v))
  end
  return tostring(v)
end

--- jianfu.format_threshold{op, value, unit} -> "≥80%"
function M.format_threshold(th)
  return (OP_TEXT[th.op] or th.op) .. num(th.value) .. (th.unit or "")
end

--- jianfu.find_all(text, terms) -> every occurrence of every plain term as
--- {term, from, to}, by position, the longest first at one position.
function M.find_all(text, terms)
  local out = {}
  for _, term in ipairs(terms) do
    if #term > 0 then
      local init = 1
      while true do
        local s, e = string.find(text, term, init, true)
        if not s then break end
        out[#out + 1] = { term = term, from = s, to = e }
        init = s + 1
      end
    end
  end
  table.sort(out, function(a, b)
    if a.from ~= b.from then return a.from < b.from end
    return a.to > b.to
  end)
  return out
end

--- jianfu.overlaps(a_from, a_to, b_from, b_to) -> do the inclusive spans overlap?
function M.overlaps(a_from, a_to, b_from, b_to)
  return a_from <= b_to and b_from <= a_to
end

--- jianfu.nearest(list, from) -> the item of list (each with .from) nearest
--- after position from, else the nearest before it, else nil.
function M.nearest(list, from)
  local after, before
  for _, x in ipairs(list) do
    if x.from >= from then
      if not after or x.from < after.from then after = x end
    elseif not before or x.from > before.from then
      before = x
    end
  end
  return after or before
end

--- jianfu.closest(list, from) -> the item of list (each with .from, .to)
--- closest to position from on either side, or nil (每日在线学习时长…按月统计:
--- 每日 is the period of the measure).
function M.closest(list, from)
  local best, bd
  for _, x in ipairs(list) do
    local d = x.from >= from and x.from - from or from - (x.to or x.from)
    if not best or d < bd then best, bd = x, d end
  end
  return best
end

--- jianfu.format(template, ev) -> template with {metric}, {threshold},
--- {frequency}, {penalty}, {link} replaced from evidence ev ("" when absent),
--- {details} with jianfu.details(ev), {metric_text} with jianfu.metric_text(ev)
--- (C twin for metric_check's evidence: rules_metric.c push_format_message).
function M.format(template, ev)
  return (string.gsub(template, "{([%w_]+)}", function(k)
    local v = ev[k]
    if k == "threshold" and type(v) == "table" then return M.format_threshold(v) end
    if k == "frequency" and v then return PERIOD_TEXT[v] or v end
    if k == "penalty" and v then return PENALTY_TEXT[v] or v end
    if k == "details" then return M.details(ev) end
    if k == "metric_text" then return M.metric_text(ev) end
    if v == nil then return "" end
    return tostring(v)
  end))
end

-- how a finding with nothing else to show is linked (C twin: rules_metric.c
-- add_link): never the bare "scheme" or "document" of the evidence
local function link_text(link)
  if link == "scheme" then return "考核方案计分项" end
  if link == "document" then return "考核文件计分项" end
  return "与“" .. link .. "”挂钩"
end

-- the parenthesised details of a finding: threshold or quota, frequency, penalty
function M.details(ev)
  local parts = {}
  if ev.threshold then
    parts[#parts + 1] = "要求 " .. M.format_threshold(ev.threshold)
  elseif ev.quota then
    parts[#parts + 1] = "要求 " .. num(ev.quota.value) .. ev.quota.unit
  end
  if ev.frequency then parts[#parts + 1] = (PERIOD_TEXT[ev.frequency] or ev.frequency) .. "统计" end
  if ev.penalty == "deduct" and ev.penalty_points then
    parts[#parts + 1] = "未达标扣" .. num(ev.penalty_points) .. "分"
  elseif ev.penalty then
    parts[#parts + 1] = PENALTY_TEXT[ev.penalty] or ev.penalty
  end
  if #parts == 0 and ev.link then parts[#parts + 1] = link_text(ev.link) end
  if #parts == 0 then return "" end
  return "（" .. table.concat(parts, "；") .. "）"
end

--- the measure as an inspector reads it: “赣政通”的“活跃率”, or “活跃率”
function M.metric_text(ev)
  local m = "“" .. ev.metric .. "”"
  if ev.platform then m = "“" .. ev.platform .. "”的" .. m end
  return m
end

local function default_message(ev)
  return "以" .. M.metric_text(ev) .. "作为考核指标" .. M.details(ev)
end

-- Quotation marks around a platform's name, as normalized text keeps them.
local QUOTES = { { "“", "”" }, { "「", "」" }, { "『", "』" }, { "\"", "\"" }, { "《", "》" } }
-- words after a quoted name that make it a platform, app or account
local PLATFORM_SUFFIX = { "app", "微信公众号", "微信", "企业微信", "平台", "小程序", "公众号", "客户端", "系统", "政务号", "视频号",
  "抖音号", "号", "网", "微博", "网站", "学堂", "学院", "软件" }
-- words after a quoted name that make it an event or topic, not a platform;
-- a name that ends in one is the event's own (“护河行动”获得的积分), unless a
-- platform word follows it (“护河行动”小程序)
local NOT_PLATFORM = { "评选", "活动", "话题", "主题", "评比", "项目", "行动", "工程",
  -- honours (“星级志愿者”, “文明家庭”, “服务之星”, “岗位能手”)
  "志愿者", "家庭", "文明户", "标兵", "模范", "能手", "之星" }

local function starts_with_any(s, i, list)
  for _, w in ipairs(list) do
    if string.sub(s, i, i + #w - 1) == w then return w end
  end
  return nil
end

local function ends_with_any(s, list)
  for _, w in ipairs(list) do
    if #s >= #w and string.sub(s, -#w) == w then return w end
  end
  return nil
end

-- the start of the sentence holding position `at` (after 。;!?)
local function sentence_bounds(text, at)
  local a, b = 1, #text
  local i = 1
  while true do
    local s, e = string.find(text, "[;!?]", i)
    local s2, e2 = string.find(text, "。", i, true)
    if s2 and (not s or s2 < s) then s, e = s2, e2 end
    if not s then break end
    if e < at then a = e + 1 else b = s - 1 break end
    i = e + 1
  end
  return a, b
end

--- jianfu.sentence(text, at) -> from, to of the sentence (between 。;!?) holding `at`
function M.sentence(text, at)
  return sentence_bounds(text, at)
end

--- jianfu.sentence_has(text, at, words) -> does the sentence holding `at` contain one of words?
function M.sentence_has(text, at, words)
  local a, b = sentence_bounds(text, at)
  for _, w in ipairs(words) do
    local s, e = string.find(text, w, a, true)
    if s and e <= b then return true end
  end
  return false
end

--- jianfu.in_sentence(has [, lacks]) -> a test (text, from, to) -> boolean:
--- does the sentence holding `from` contain a word of `has` and none of
--- `lacks`? For metric_check's `other` by term (会议签到: a meeting word and no
--- online word); made on jianfu.words lists, metric_check runs it in C.
function M.in_sentence(has, lacks)
  if type(has) ~= "table" or (lacks ~= nil and type(lacks) ~= "table") then
    error("jianfu.in_sentence: expected word lists (has [, lacks])", 2)
  end
  return function(text, from, to)
    return M.sentence_has(text, from, has) and not (lacks ~= nil and M.sentence_has(text, from, lacks))
  end
end

--- jianfu.platform(clause, from, to) -> the name of the platform, app or
--- account whose measure stands at from..to (“赣政通”APP活跃率 -> 赣政通), or nil.
--- A quoted name counts when a platform word follows it (APP, 平台, 公众号 …) or
--- the measure follows it closely; the nearest before the measure wins, else
--- the first after it in the same sentence.
function M.platform(clause, from, to)
  local text = clause.text
  to = to or from
  local a, b = sentence_bounds(text, from)
  local found = {}
  for _, q in ipairs(QUOTES) do
    local i = a
    while i <= b do
      local s, e = string.find(text, q[1], i, true)
      if not s or s > b then break end
      local s2, e2 = string.find(text, q[2], e + 1, true)
      if not s2 or s2 > b then break end
      local name = string.sub(text, e + 1, s2 - 1)
      local n = utf8.len(name) or 99
      if n >= 2 and n <= 16 and not string.find(name, "[,:]") then
        local suffix = starts_with_any(text, e2 + 1, PLATFORM_SUFFIX)
        local close = e2 < from and from - e2 <= 12
        local inside = s <= from and to <= s2
        if not inside and not starts_with_any(text, e2 + 1, NOT_PLATFORM) and
            (suffix or (close and not ends_with_any(name, NOT_PLATFORM))) then
          found[#found + 1] = { from = s, to = e2, name = name }
        end
      end
      i = e2 + 1
    end
  end
  local best
  for _, f in ipairs(found) do
    if f.to < from then
      if not best or best.to > from or f.to > best.to then best = f end
    elseif not best then
      best = f
    elseif best.to > from and f.from < best.from then
      best = f
    end
  end
  return best and best.name or nil
end

local function term_list(v, what)
  if v == nil then return nil end
  if type(v) == "string" then v = { v } end
  if type(v) ~= "table" then
    error("jianfu.metric_check: '" .. what .. "' must be a list of strings", 3)
  end
  local out = {}
  for i, t in ipairs(v) do
    if type(t) ~= "string" or t == "" then
      error("jianfu.metric_check: " .. what .. "[" .. i .. "] must be a non-empty string", 3)
    end
    out[#out + 1] = jianfu.normalize(t)
  end
  return out
end

-- A term naming a measure (活跃率, 点赞数, 学习时长) rather than an activity
-- (打卡, 点赞, 下载): an activity counts only when a number, a period, a
-- penalty or a firm link is tied to it, not because a title says 考核.
local MEASURE_ENDS = { "率", "量", "数", "度", "时长", "时间", "次数", "天数", "人数", "学时", "用户",
  "频次", "日活", "月活", "时数", "积分", "排名" }
function M.is_measure(term)
  for _, e in ipairs(MEASURE_ENDS) do
    if #term >= #e and string.sub(term, -#e) == e then return true end
  end
  return false
end

-- wording that ties a practice to assessment firmly (a bare 考核 in a title does not)
local FIRM_LINK_WORDS = { "纳入", "列入", "计入", "挂钩", "依据", "排名", "排序", "通报", "评优", "评先",
  "提拔", "任用", "计分", "加分", "扣分", "得分", "打分", "记分", "奖惩", "绩效", "作为考核",
  "考核内容", "考核指标", "考核的", "完成情况", "完成率", "统计", "汇总", "上报", "任务" }
local FIRM_LINK = compile(FIRM_LINK_WORDS)
-- a forced practice after these is the condition of a sanction against it
-- (存在强制下载安装的本项不得分), not a demand
local CONDITION = compile { "存在", "发现", "出现", "查实", "核实", "凡有", "一经", "如有", "若有" }
-- ... and the coercion that makes a measure the violation being punished
-- (存在强制群众下载安装行为的，本项不得分)
local COERCION = compile { "强制", "摊派", "强迫", "变相", "违规", "硬性", "刷" }

-- (查实 alone too: 查实后扣5分, 查实的; 查证属实)
local AFTER_CONDITION = compile { "查实", "被发现", "被查出", "经核实", "查证属实" }

-- 对向基层摊派APP下载任务的单位扣5分, 对强制干部下载APP的乡镇…: a coercion
-- in the object of 对, which 的 closes after the hit in its segment, names
-- the violators a sanction targets; not when they left something undone
-- (对未完成强制安装任务的单位: the task is the plan's own; 未经审批 is without)
local function coercion_targeted(text, from, to)
  local s, e = M.segment(text, from, to)
  local d = string.find(text, "对", s, true)
  if not d or d >= from then return false end
  local de = string.find(text, "的", to + 1, true)
  if not de or de + 2 > e then return false end
  if M.any_in(text, COERCION, d + 3, to) == nil then return false end
  -- (未经 is without, not undone: 对未经审批擅自开发APP并强制基层下载的单位)
  for _, w in ipairs { "未", "没" } do
    local u = string.find(text, w, d + 3, true)
    while u and u + 2 <= from - 1 do
      if w ~= "未" or string.sub(text, u + 3, u + 5) ~= "经" then return false end
      u = string.find(text, w, u + 3, true)
    end
  end
  return true
end

-- 对向各测绘队下达APP点赞任务的科室,查实后扣5分; 对要求员工每天在群内打卡的
-- 科室,查实后…; 对仍以照片数量考核网格员的,一经查实…: the comma segment
-- [s, comma) names those who impose the practice, a sanction's object: it
-- opens with 对, no 未 (but 未经) or 没 follows 对, and either an imposing
-- word stands between 对 and the hit and the segment ends in 的 and a name of
-- at most eight characters (the units), or a word of means (以, 将, 把, 用)
-- stands between 对 and the hit and the segment assesses a party by it
-- (assesses_party)
local IMPOSE = { "下达", "要求", "布置", "派发", "分派", "摊派" }
-- (and by what: 对按“学习强国”积分排名并通报的乡镇, 对依据打卡次数考核的街道)
local MEANS = { "以", "将", "把", "用", "按", "依据", "根据" }
-- (the name ends as units and people do: 科室, 单位, 乡镇, 司法所, 人员, 社工; not
-- 通知, 任务: 对工作群内要求回复“收到”的通知,…未回复的 is a demand)
local UNIT_END = {}
for _, w in ipairs { "织", "室", "位", "门", "镇", "村", "区", "校", "所", "站", "队", "局", "处", "股",
    "道", "心", "人", "员", "者", "部", "院", "组", "科", "办", "班", "厅", "社", "司", "行", "点",
    "网", "场", "工", "师",
    -- (and heads and police: 班组长, 站长, 辅警)
    "长", "警",
    -- (and classes, kindergartens, committees: 班级, 幼儿园, 居委会, 村委)
    "级", "园", "会", "委",
    -- (and associations and federations: 乡镇科协, 乡镇侨联, 妇联; keep in
    -- step with unit_ending in rules_view.c)
    "协", "联" } do
  UNIT_END[w] = true
end
-- Does [to + 1, comma) assess a party by the hit? An assessing word, then 的
-- and a name of at most eight characters ending as units and people do
-- (以点赞数量考核社区的单位, 把在线时长作为考核依据的单位, 以积分排名考核
-- 救护员的红十字会部门: as many as imposer_named allows), or an assessing
-- word, at most four characters naming whom and ending so, and 的 just before
-- the comma (以照片数量考核网格员的). Not a result of the assessment
-- (考核排名后3位的, 考核不合格的人员, 考核前三名的单位): no 不, 后, 末, 低, 差, 前,
-- 名 or digit between the assessing word and 的.
-- (and appraisal: 对把“青春e团”学习时长作为团员评优依据的团支部，…予以约谈)
-- (and ratings by stars or grades: 作为宗教活动场所评星依据的乡镇)
local ASSESS = { "考核", "考评", "评比", "排名", "通报", "评优", "评先", "评选", "评星", "评级", "定级" }
local RESULT = { "不", "后", "末", "低", "差", "前", "名" }
-- (and the posts people hold: 社区书记, 办公室主任, 分管领导)
local HEAD_END = { ["记"] = true, ["任"] = true, ["导"] = true }
local function party_end(c) return UNIT_END[c] or HEAD_END[c] end
local function assesses_party(text, to, comma)
  local de
  local q = comma - 3
  while q >= to + 1 and q >= comma - 27 and not de do
    if string.sub(text, q, q + 2) == "的" then de = q end
    q = q - 1
  end
  if not de or de - (to + 1) < 6 then return false end
  local named = de + 3 < comma
  if named then
    if not party_end(string.sub(text, comma - 3, comma - 1)) then return false end
  elseif not party_end(string.sub(text, de - 3, de - 1)) then
    return false
  end
  for _, a in ipairs(ASSESS) do
    local v = string.find(string.sub(text, to + 1, de - 1), a, 1, true)
    if v then
      local w = to + v + 6 -- whom: [w, de), at most four characters
      if named or (w < de and de - w <= 12) then
        local whom = string.sub(text, w, de - 1)
        local result = string.find(whom, "%d") ~= nil
        for _, r in ipairs(RESULT) do
          result = result or string.find(whom, r, 1, true) ~= nil
        end
        if not result then return true end
      end
    end
  end
  return false
end
-- (the segment may name who sanctions before 对: 调解委员会对下达点赞任务的
-- 科室, 地震局对在工作群中下达打卡任务的科室: 对 within its first ten
-- characters, before the hit, not a word of its own: 对照, 对比, 对接 …)
local NOT_DUI = {}
for _, w in ipairs { "照", "比", "接", "标", "表", "应", "口", "象", "外", "话", "策" } do
  NOT_DUI[w] = true
end
local function imposer_named(text, s, from, to, comma)
  local q = string.find(text, "对", s, true)
  if q and q < from and q <= s + 27 then
    if not (q + 3 < from and NOT_DUI[string.sub(text, q + 3, q + 5)]) then s = q end
  end
  if comma - s < 9 or string.sub(text, s, s + 2) ~= "对" then return false end
  local imposed = M.any_in(text, IMPOSE, s + 3, from - 1) ~= nil
  if not imposed and not (M.any_in(text, MEANS, s + 3, from - 1) ~= nil and
      assesses_party(text, to, comma)) then
    return false
  end
  local seg = string.sub(text, s + 3, comma - 1)
  if string.find(seg, "没", 1, true) then return false end
  local u = string.find(seg, "未", 1, true)
  while u do
    if string.sub(seg, u + 3, u + 5) ~= "经" then return false end
    u = string.find(seg, "未", u + 3, true)
  end
  if not imposed then return true end
  if not UNIT_END[string.sub(text, comma - 3, comma - 1)] then return false end
  -- (at most eight characters: a unit named with its place, 乡镇兽医站)
  for q = comma - 3, math.max(to + 1, comma - 27), -3 do
    if string.sub(text, q, q + 2) == "的" then return true end
  end
  return false
end

-- (the sanctions that may open the segment after those 对 names, and the
-- words of a demand met or not that keep it a sanction of failing it)
local SANCTION_OPEN = { "予以", "进行约谈", "约谈", "问责", "追责", "通报批评", "严肃处理", "责令" }
local DEMAND_MET = { "按要求", "照要求", "合要求", "达要求" }
-- (予以 opens a reward as well: …的单位，予以表彰 is no sanction; keep in step
-- with sanction_opens in rules_view.c)
local REWARD = { "表彰", "表扬", "奖励", "嘉奖", "奖补", "加分", "激励", "鼓励", "褒奖", "通报表扬",
  "通报表彰", "肯定", "倾斜", "优先", "支持" }
-- (a 不 that states the demand imposed is no demand met or not: 对要求网格员
-- 每天在线时长不少于8小时的街道，予以约谈; keep in step with demand_said in
-- rules_view.c)
local THRESHOLD_NOT = { "不少于", "不低于", "不得少于", "不得低于", "不超过", "不得超过", "不多于",
  "不高于" }
local function demand_said(text, s, e)
  if M.any_in(text, DEMAND_MET, s, e) ~= nil then return true end
  local p = string.find(text, "不", s, true)
  while p and p + 2 <= e do
    if not starts_with_any(text, p, THRESHOLD_NOT) then return true end
    p = string.find(text, "不", p + 3, true)
  end
  return false
end
local function sanctioned_outright(text, s, seg_end)
  if demand_said(text, s, seg_end) then return false end
  -- (after who sanctions, at most ten CJK characters: 园长约谈班主任并责令改正,
  -- 县委组织部予以通报批评, 市委组织部干部监督科予以通报; keep in step with
  -- sanction_opens in rules_view.c)
  for off = 0, 30, 3 do
    if off > 0 then
      local c = string.byte(text, seg_end + off - 2)
      if not c or c < 0xE0 then return false end
    end
    for _, w in ipairs(SANCTION_OPEN) do
      if string.sub(text, seg_end + 1 + off, seg_end + off + #w) == w and
          not (w == "予以" and starts_with_any(text, seg_end + off + 7, REWARD)) then
        return true
      end
    end
  end
  return false
end

-- The first word of words (compiled or not) that occurs in [s, e] of text,
-- the leftmost: where it starts and the word; nil when none does.
local function leftmost(text, words, s, e)
  local at, word
  for _, w in ipairs(words) do
    local a = string.find(text, w, s, true)
    if a and a + #w - 1 <= e and (not at or a < at) then at, word = a, w end
  end
  return at, word
end

-- the sanctions that may close the segment naming those who impose the
-- practice, with no comma before them (…的乡镇通报批评, …的科室予以约谈; not
-- 予以 alone: …的村予以表彰)
local SANCTION_CLOSE = { "进行约谈", "约谈", "问责", "追责", "通报批评", "严肃处理", "责令",
  "予以通报", "予以约谈", "予以问责", "予以追责", "予以批评", "予以处理", "予以处分",
  "予以诫勉", "予以警告" }
-- words of manner that may stand between the name and the sanction (…的单位
-- 进行了通报批评, …的科室严肃问责, …的乡镇坚决予以通报批评)
local SANCTION_MANNER = { "进行了", "进行", "严肃", "一律", "坚决", "依法", "依规", "依纪", "分别",
  "及时", "从严", "一并", "予以", "已", "均" }
-- Does a sanction close the hit's comma segment (it ends at seg_end; its
-- sentence starts at sa) right after the name of those 对 names as imposing
-- it (imposer_named, with the sanction where the comma would be), and no
-- word of a demand met or not stand before it?
local function sanction_closes(text, sa, from, to, seg_end)
  local k = leftmost(text, SANCTION_CLOSE, to + 1, seg_end)
  if not k then return false end
  for _ = 1, 3 do
    local cut = false
    for _, w in ipairs(SANCTION_MANNER) do
      if k - #w > to and string.sub(text, k - #w, k - 1) == w then
        k = k - #w
        cut = true
        break
      end
    end
    if not cut then break end
  end
  local s = from
  while s > sa and string.sub(text, s - 1, s - 1) ~= "," do s = s - 1 end
  return imposer_named(text, s, from, to, k) and not demand_said(text, s, k - 1)
end

-- Is the hit part of a punished violation: 经查实存在强制…的 … 不得分?
local function punished_lua(text, from, to)
  if coercion_targeted(text, from, to) then return true end
  local h = { from = from, to = to }
  local a = sentence_bounds(text, h.from)
  local before = string.sub(text, a, h.from - 1)
  -- the coercion before the hit, or the hit itself (发现…组织刷票的)
  local term = string.sub(text, from, to)
  if M.sentence_has(before, 1, CONDITION) and (M.sentence_has(before, 1, COERCION)
      or M.any_in(term, COERCION, 1, #term) ~= nil) then
    return true
  end
  -- 挂机学习被查实的，予以通报: the practice is the misconduct punished
  local comma = string.find(text, ",", h.to + 1, true)
  local seg_end = comma or #text
  local after = string.sub(text, h.to + 1, seg_end)
  if M.any_in(after, AFTER_CONDITION, 1, #after) ~= nil then return true end
  local sa, sb = sentence_bounds(text, h.from)
  -- 县纪委对要求村干部每日在APP签到的乡镇通报批评: those who impose it, the
  -- sanction closing their segment
  local dui = string.find(text, "对", 1, true)
  if dui and dui < from and sanction_closes(text, sa, from, to, seg_end) then return true end
  -- 对投票活动中组织刷票的行为,一经查实取消参评资格: a coerced practice named
  -- in the hit's comma segment, the condition in a later segment of its sentence
  if not comma then return false end
  if sb <= seg_end then return false end
  local s = h.from
  while s > sa and string.sub(text, s - 1, s - 1) ~= "," do s = s - 1 end
  local seg = string.sub(text, s, seg_end)
  local imposer = nil
  if M.any_in(seg, COERCION, 1, #seg) == nil then
    imposer = imposer_named(text, s, from, to, seg_end)
    if not imposer then return false end
  end
  local rest = string.sub(text, seg_end + 1, sb)
  if M.any_in(rest, AFTER_CONDITION, 1, #rest) ~= nil then return true end
  -- 对在工作群要求快递员接龙报到的网点负责人，予以约谈: those who impose it,
  -- sanctioned outright (a sanction word opening the next segment), unless
  -- the segment speaks of a demand met or not (对不按要求…的, 符合要求)
  if imposer == nil then imposer = imposer_named(text, s, from, to, seg_end) end
  return imposer and sanctioned_outright(text, s, seg_end) or false
end
local punished_at = type(C) == "table" and C.punished(punished_lua, CONDITION, COERCION,
  AFTER_CONDITION) or punished_lua

-- Inflating numbers is cheating that no plan demands: 刷票, 刷量, 刷分, and
-- falsifying them (虚报, 伪造, 代打卡 …) … A
-- cheat is targeted when its segment makes it the object of a sanction or a
-- void: a relative or a manner after it (刷票的, 刷票行为, 刷量者, 刷票所得,
-- 刷票等, 刷票一律无效) or a means or target word before it (对, 凡, 通过,
-- 利用…刷票). A cheat banned is a targeted one, or one given no quota after
-- it (组织刷票一律取消资格); a cheat with a quota after it and no target is a
-- demand (组织家长为评选刷票,每班每日不少于100票).
local CHEAT = compile { "刷票", "刷量", "刷分", "刷单", "刷榜", "刷赞", "刷粉", "刷流量", "刷数据",
  "刷阅读", "刷点击", "刷浏览", "刷访问", "刷积分", "刷学时", "刷学分", "刷课", "刷时长", "刷学习",
  "刷下载", "刷关注", "刷评论", "刷转发", "刷播放", "刷活跃", "代刷", "机刷", "虚假投票",
  "虚假点赞", "虚假打卡", "代打卡", "代签到",
  -- falsifying a record or a count is the same cheat under other verbs
  -- (对虚报打卡次数的…不得分, 伪造签到记录的, 谎报学习时长的, 找人代学的)
  -- (at most 64 words: past that the C scan loses its byte-pair probes)
  "虚报", "谎报", "瞒报", "伪造", "编造", "虚构", "篡改", "造假", "弄虚作假", "冒签",
  "替打卡", "替签到", "代学",
  -- (the same proxy spelt out: 组织他人代为打卡的, 代为签到者; written to
  -- 打 and 签 so that the word filter's probes are the rare pairs of 代为, not
  -- those of 打卡 and 签到, which most check-in clauses hold)
  "代为打", "代为签",
  -- (a false location, checking in for someone else: 以虚假定位替他人打卡的,
  -- 代他人在“矿安e巡”打卡的, 帮他人签到的)
  "虚假定位", "替他人", "代他人", "帮他人", "为他人打", "为他人签",
  -- (the proxy with 代为 before the other person: 代为他人定位签到的; and
  -- the person before 代为 with the place between it and the act:
  -- 组织他人代为在“文保e巡”打卡的, 找人代为在APP上签到者)
  "代为他人", "人代为" }
local CHEAT_AFTER = compile { "的", "行为", "者", "所得", "获得", "获取", "等", "现象", "情形",
  "问题", "嫌疑", "软件", "工具", "一律", "无效", "作废", "予以", "将被", "取消", "清零", "剔除",
  "不予", "不计" }
local CHEAT_BEFORE = compile { "对", "凡", "通过", "利用", "使用", "采取", "采用", "借助", "恶意",
  "涉嫌", "机器" }
local CHEAT_DEMAND = compile { "不少于", "不低于", "不得少于", "至少", "达到", "完成", "任务",
  "确保", "指标" }
local function cheat_targeted(text, c)
  local s, e = M.segment(text, c.from, c.to)
  return M.any_in(text, CHEAT_AFTER, c.to + 1, e) ~= nil or
    (c.from > s and M.any_in(text, CHEAT_BEFORE, s, c.from - 1) ~= nil)
end
local function cheats_in(text, at)
  local a, b = sentence_bounds(text, at)
  local out = {}
  for _, m in ipairs(M.find_all(string.sub(text, a, b), CHEAT)) do
    out[#out + 1] = { from = a + m.from - 1, to = a + m.to - 1, b = b }
  end
  return out
end
-- Is the hit a banned cheat, or does it lie in the segment of a targeted
-- one (对在网络投票中刷票获取名次的单位: the vote and the place are the
-- cheat's setting and aim)?
local function cheated_lua(text, from, to)
  for _, c in ipairs(cheats_in(text, from)) do
    if M.overlaps(from, to, c.from, c.to) then
      if cheat_targeted(text, c) or M.any_in(text, CHEAT_DEMAND, c.to + 1, c.b) == nil then
        return true
      end
    else
      local s, e = M.segment(text, c.from, c.to)
      if from >= s and to <= e and cheat_targeted(text, c) then return true end
    end
  end
  return false
end
-- Does the sentence holding `at` target a cheat (对刷票获得的票数认定无效)?
local function cheat_violation_lua(text, at)
  for _, c in ipairs(cheats_in(text, at)) do
    if cheat_targeted(text, c) then return true end
  end
  return false
end
-- the measure voided (学时一律作废, 积分清零, 票数无效): the cheat's consequence
local VOIDED = compile { "作废", "无效", "清零", "剔除", "不予认定", "不予计算", "不予计入", "不计入" }
local cheated_at = type(C) == "table" and C.cheated(cheated_lua, CHEAT, CHEAT_AFTER, CHEAT_BEFORE,
  CHEAT_DEMAND) or cheated_lua
local cheat_violation = type(C) == "table" and C.cheat_violation(cheat_violation_lua, CHEAT,
  CHEAT_AFTER, CHEAT_BEFORE, CHEAT_DEMAND) or cheat_violation_lua

-- 约谈了一名要求征收组每天在群内接龙报进度的科室负责人; 问责了三个向村干部摊派
-- 点赞任务的单位: the sanction said first, then whom it struck, named by what
-- they imposed (an imposing word between the sanction and the hit) and closed
-- by 的 and a name ending as units and people do at the segment's end. The
-- practice is the misconduct sanctioned, not a demand (the 对要求…的<单位>，
-- …扣分 shape, with the sanction after, is imposer_named's). See
-- M.imposer_sanctioned.
local SANCTION_FIRST = { "约谈", "问责", "追责", "通报批评", "批评教育", "处分",
  "诫勉", "查处", "严肃处理", "处理了", "责令", "曝光" }
local IMPOSE_BY = { "要求", "下达", "布置", "派发", "分派", "摊派", "强制", "强迫", "逼迫",
  "组织" }
-- (or named by what they assessed with: 问责了一个按学习积分对干部排名通报的单位,
-- 约谈了以APP活跃率考核村干部的3名乡镇负责人 — a word of means, then the
-- segment assesses a party by the hit, see assesses_party; not the 以 of 以上,
-- 以下, 以内 …)
local SANCTION_MEANS = { "按照", "按", "依据", "根据", "将", "把", "用", "以" }
local NOT_AFTER_YI = { ["上"] = true, ["下"] = true, ["内"] = true, ["外"] = true, ["及"] = true,
  ["来"] = true, ["后"] = true, ["前"] = true, ["便"] = true, ["免"] = true }
local function means_at(text, a, b)
  for i = a, b - 2 do
    for _, m in ipairs(SANCTION_MEANS) do
      if string.sub(text, i, i + #m - 1) == m and i + #m - 1 <= b and
          not (m == "以" and NOT_AFTER_YI[string.sub(text, i + 3, i + 5)]) then
        return i
      end
    end
  end
  return nil
end
local function imposer_sanctioned_lua(text, from, to)
  if from < 7 then return false end
  local s, e = M.segment(text, from, to)
  local k, w = leftmost(text, SANCTION_FIRST, s, from - 1)
  if not k then return false end
  local i = M.any_in(text, IMPOSE_BY, k + #w, from - 1)
  local by_means = false
  if not i then
    i = means_at(text, k + #w, from - 1)
    by_means = true
  end
  -- (at most eight characters between them: 了, a count of whom, 一名, 3个)
  if not i or i - (k + #w) > 24 then return false end
  local between = string.sub(text, k + #w, from - 1)
  if string.find(between, "未", 1, true) or string.find(between, "没", 1, true) then return false end
  if by_means then return assesses_party(text, to, e + 1) end
  -- 的 and a name of at most eight characters ending the segment (3名校长: a
  -- count may stand in it)
  local tail = string.sub(text, e - 2, e)
  if not UNIT_END[tail] and not HEAD_END[tail] then return false end
  local d = string.find(text, "的", math.max(to + 1, e - 26), true)
  return d ~= nil and d + 2 < e
end
local imposer_sanctioned = type(C) == "table" and C.imposer_sanctioned(imposer_sanctioned_lua) or
  imposer_sanctioned_lua

local function punished(text, h)
  return punished_at(text, h.from, h.to) or cheated_at(text, h.from, h.to)
end

--- jianfu.punished(clause, from, to) -> is the span the violation a sanction
--- punishes (经查实存在强制…的, 挂机…被查实的) or a cheat banned, or does it
--- lie in the segment of a targeted cheat (对…投票中刷票获取名次的单位)?
function M.punished(clause, from, to)
  return punished_at(clause.text, from, to) or cheated_at(clause.text, from, to)
end

--- jianfu.imposer_sanctioned(clause, from, to) -> is the span the practice
--- that those a sanction said first struck had imposed (约谈了一名要求征收组
--- 每天在群内接龙报进度的科室负责人)? Asked once a rule would report (it
--- reads the text before the hit: not for every candidate).
function M.imposer_sanctioned(clause, from, to)
  return imposer_sanctioned(clause.text, from, to)
end

-- Does the sentence holding `at` state a verified violation: a condition
-- (查实, 发现, 存在 …) with a coercion (刷, 强制 …) after it, or a coercion
-- with an after-condition (一经查实) after it? An activity of that sentence
-- with no count of its own is the setting of the violation (在网络投票中查实
-- 刷票的作品取消参评资格, 投票结束后对查实存在刷票行为的单位…): the
-- sanction is the violation's, not the activity's.
local function first_end(s, list)
  local e
  for _, m in ipairs(M.find_all(s, list)) do
    if not e or m.to < e then e = m.to end
  end
  return e
end
local function violation_lua(text, at)
  local a, b = sentence_bounds(text, at)
  local s = string.sub(text, a, b)
  local e = first_end(s, CONDITION)
  if e and M.any_in(s, COERCION, e + 1, #s) ~= nil then return true end
  e = first_end(s, COERCION)
  return e ~= nil and M.any_in(s, AFTER_CONDITION, e + 1, #s) ~= nil
end
local violation_at = type(C) == "table" and C.violation(violation_lua, CONDITION, COERCION,
  AFTER_CONDITION) or violation_lua

-- 活跃人数占注册人数比例: a measure after 占 and before 比例 is the base of a
-- ratio, not the measure the clause sets (nor a quota of its own)
local RATIO_END = compile { "比例", "比重", "之比" }
-- and the divisor of a written ratio (月登录人数/注册人数, ÷注册人数, 除以注册人数)
local DIVIDED = { "/", "÷", "除以" }
local function denominator(text, h)
  for _, d in ipairs(DIVIDED) do
    if h.from > #d and string.sub(text, h.from - #d, h.from - 1) == d then return true end
  end
  if not string.find(text:sub(math.max(1, h.from - 12), h.from - 1), "占", 1, true) then
    return false
  end
  -- the ratio word follows within a few characters (注册 + 人数 + 比例)
  local after = text:sub(h.to + 1, h.to + 18)
  local cut = string.find(after, "[,;:]")
  if cut then after = after:sub(1, cut - 1) end
  return M.any_in(after, RATIO_END, 1, #after) ~= nil
end

-- 下载“个税”APP可在线办理, 关注公众号即可查询: an activity offered as the
-- means to a service (use without a metric), not a demand
local MEANS = compile { "即可", "可以", "可在", "便可", "就可", "均可", "可随时", "可直接", "可通过",
  "可办理", "可查询", "可查看", "可享受", "可进行" }
local function offered(text, h)
  local _, e = M.segment(text, h.from, h.to)
  return M.any_in(text, MEANS, h.to + 1, e) ~= nil
end

local REQUIRES = { link = true, threshold = true, link_or_threshold = true }
-- C.metric's constructor of the C check (rules_metric.c), set at the end
-- when the C helpers are there: the Lua check below, step for step
local metric_c
local OPTIONS = { metrics = true, unless = true, requires = true, message = true, other = true,
  standalone = true, counts = true, forced_message = true }

-- Is the number n a step of a rate (每少1条扣0.1分, 每1个百分点) rather than a
-- quota? Or an approximate value (日活人数约1200人, 约为300条), which states
-- what was measured: a quota is never approximate. (C twin: number_is_step.)
local APPROX, APPROX_IS = "约", "约为"
local function is_step(text, n)
  local before = string.sub(text, math.max(1, n.from - 9), n.from - 1)
  return string.find(before, "每", 1, true) ~= nil or string.sub(before, -#APPROX) == APPROX or
    string.sub(before, -#APPROX_IS) == APPROX_IS
end

--- jianfu.quota(clause, hit) -> the counted number (500个, 20条) nearest the
--- hit in its sentence, not a step of a rate, or nil.
function M.quota(clause, hit)
  local a, b = sentence_bounds(clause.text, hit.from)
  local quota
  for _, n in ipairs(clause.numbers) do
    if QUOTA_UNITS[n.unit] and n.from >= a and n.to <= b + 1 and not is_step(clause.text, n) and
      (not quota or math.abs(n.from - hit.from) < math.abs(quota.from - hit.from)) then
      quota = n
    end
  end
  return quota
end

--- jianfu.count_after(clause, hit [, units]) -> the counted number after the
--- hit in its segment (上报巡查案件不少于8件, 报送信息5条), not the step of a
--- rate; units default to the quota units (次, 个, 条, 件, 人 …). nil if none.
function M.count_after(clause, hit, units)
  units = units or QUOTA_UNITS
  local _, e = M.segment(clause.text, hit.from, hit.to)
  for _, n in ipairs(clause.numbers) do
    if n.from > hit.to and n.to <= e + 1 and units[n.unit] and not is_step(clause.text, n) then
      return n
    end
  end
  return nil
end

-- Intervals of hours or minutes (每2小时, 每隔30分钟, 每半小时): see M.hourly.
local HOURLY = { ["小时"] = true, ["分钟"] = true }
local EVERY, EVERY_GAP = "每", "每隔"
-- an hour or a minute with no number: one (每小时在工作群报送, 每个小时)
local HOURLY_WORDS = { "每小时", "每个小时", "每分钟" }

--- jianfu.hourly(clause [, s, e]) -> is there an interval of hours or minutes
--- (每2小时, 每隔30分钟, 每半小时) whose number starts in [s, e] (default: the
--- whole clause), or one written with no number (每小时, 每个小时, 每分钟)
--- whose 每 does? A duty that recurs that often (每2小时在值班群发送定位签到)
--- counts as one given a period does: it keeps people on their phones.
function M.hourly(clause, s, e)
  local text = clause.text
  s, e = s or 1, e or #text
  for _, n in ipairs(clause.numbers) do
    local f = n.from
    if f >= s and f <= e and HOURLY[n.unit] and
        (string.sub(text, f - #EVERY, f - 1) == EVERY or string.sub(text, f - #EVERY_GAP, f - 1) == EVERY_GAP) then
      return true
    end
  end
  for _, w in ipairs(HOURLY_WORDS) do
    local i = string.find(text, w, s, true)
    if i and i <= e then return true end
  end
  return false
end

-- A score per record: see M.per_record.
local SCORE_VERB = { ["计"] = true, ["记"] = true, ["得"] = true, ["加"] = true, ["积"] = true,
  ["给"] = true, ["赋"] = true }
local RECORD_UNIT = { ["条"] = true, ["篇"] = true, ["件"] = true, ["例"] = true, ["起"] = true,
  ["则"] = true, ["期"] = true, ["份"] = true }
local EACH = { ["每"] = true, ["按"] = true }
local ONE = { ["1"] = true, ["一"] = true }
-- a record unit after 每, 按 or one (每条, 按篇, 一件, 1条): looked for once in
-- the text before its numbers are read (most clauses have none); 每个 too,
-- for records counted by 个 (see each_record)
local EACH_RECORD_WORDS = { "每个" }
for u in pairs(RECORD_UNIT) do
  for _, p in ipairs { "每", "按", "一", "1" } do EACH_RECORD_WORDS[#EACH_RECORD_WORDS + 1] = p .. u end
end
table.sort(EACH_RECORD_WORDS)
local EACH_RECORD = compile(EACH_RECORD_WORDS)
-- records counted by 个: 每个 before a record noun (每个案例计0.5分, 每个线索得1分)
-- or right before the score (每个计0.5分: the records named before it)
local EACH_GE = "每个"
local RECORD_NOUN = compile { "案例", "线索", "信息", "事件", "案件", "稿件", "素材", "做法", "经验" }
-- is there a record unit at u (three bytes) counted one by one: 每条, 按篇,
-- or 每报送一条 (one record, 每 at most five characters before)?
local function each_record(text, u, s)
  if string.sub(text, u - 3, u + 2) == EACH_GE and u - 3 >= s then
    local a = M.any_in(text, RECORD_NOUN, u + 3, u + 8)
    if a == u + 3 or SCORE_VERB[string.sub(text, u + 3, u + 5)] then return u - 3 end
    return nil
  end
  if not RECORD_UNIT[string.sub(text, u, u + 2)] then return nil end
  if u - 3 >= s and EACH[string.sub(text, u - 3, u - 1)] then return u - 3 end
  local one = string.sub(text, u - 1, u - 1) == "1" and u - 1 or
    (u - 3 >= s and ONE[string.sub(text, u - 3, u - 1)] and u - 3)
  if not one then return nil end
  local lo = math.max(s, one - 15)
  local i = string.find(text, EVERY, lo, true)
  if i and i < one then return i end
  return nil
end

-- records adopted (被县委办采用的，每条计1分; 获市政府采用的…每条加1分; 每采用
-- 一条加1分): the receiver decides the adoption, an outcome, so a score per
-- adopted record counts no records submitted. The adoption word stands in the
-- score's sentence: inside the score, right before 的 or 后, or at most six
-- characters after 被 or 获 in its segment (not 采用线上方式报送: a means).
local ADOPTED = { "采纳", "采用", "录用", "采信", "刊用", "刊发" }
local ADOPTED_AFTER = { ["的"] = true, ["后"] = true }
local PASSIVE = { "被", "获" }
--- jianfu.adopted(text, at, to) -> is the score per record at at..to one of
--- records adopted (被采用的，每条加0.5分)? See M.per_record.
local function adopted(text, at, to)
  local s = sentence_bounds(text, at)
  for _, w in ipairs(ADOPTED) do
    local i = string.find(text, w, s, true)
    while i and i < to do
      if i >= at or ADOPTED_AFTER[string.sub(text, i + #w, i + #w + 2)] then return true end
      local seg = M.segment(text, i, i + #w - 1)
      for _, p in ipairs(PASSIVE) do
        local j = string.find(text, p, math.max(seg, i - 18), true)
        if j and j < i then return true end
      end
      i = string.find(text, w, i + #w, true)
    end
  end
  return false
end

--- jianfu.per_record(clause) -> from, to of the first score per record (每条计
--- 0.5分, 每条记0.5分, 每篇0.2分, 每上报1条得0.5分, 每报送一条信息加1分), or nil:
--- a number of 分 right after a record counted one by one (每条, 按篇, 每…一条)
--- or after a scoring verb (计, 记, 得, 加 …) at most five characters past
--- one; not a step of a deduction (每少1条扣0.5分), nor a score per record
--- adopted (被采用的，每条加0.5分: an outcome). A score per record counts
--- the records: ranking it ranks their number.
M.adopted = adopted
function M.per_record(clause)
  local text = clause.text
  if not M.any_in(text, EACH_RECORD, 1, #text) then return nil end
  for _, n in ipairs(clause.numbers) do
    if n.unit == "分" and n.from > 6 then
      local s = M.segment(text, n.from, n.to)
      local j = n.from
      local at = each_record(text, j - 3, s)
      if not at and SCORE_VERB[string.sub(text, j - 3, j - 1)] then
        j = j - 3
        for u = j - 3, math.max(s, j - 18), -3 do
          at = each_record(text, u, s)
          if at then break end
        end
      end
      if at and not adopted(text, at, n.to) then return at, n.to end
    end
  end
  return nil
end

-- the field of a scheme item a clause is ("name", "criterion", "scoring" …), or nil
local function scheme_field(clause)
  if not clause.scheme_item or not clause.locator then return nil end
  return string.match(clause.locator, "%.([%w_]+)$")
end

--- jianfu.metric_check{ metrics, unless, other, standalone, counts, requires,
--- message, forced_message } -> a check function that reports the first usage
--- metric of the clause which is made to count. See rules/README.md. Beyond it:
---   message    = a string template, a function(ev, clause), or a table of
---                them by the evidence's metric ([1]: any other metric; when
---                none applies, the default message);
---   forced_message = the message (as `message`) when evidence.forced is set;
---   other      = function(clause, hit) -> true when this occurrence has
---                another meaning (为干部点赞, 会议签到), decided from context;
---                or a table of functions(text, from, to) by the hit's term,
---                [1] for any other term (none: a term not in it has none): the
---                engine runs the prelude's C helpers there (jianfu.praise, the
---                tests of jianfu.in_sentence) without calling into Lua;
---   standalone = terms that are a finding by themselves, without threshold or
---                link (全员下载安装: a forced practice), unless prohibited or
---                the condition of a sanction (存在强制下载安装的…不得分);
---   counts     = function(clause, hit) -> true when the context makes the
---                occurrence count although no number or link is found
---                (点赞截图打包上传: proof demanded).
--- General decisions: a hit inside a prohibition's word (不得强制下载) is
--- prohibited too; an activity (打卡, 点赞 — not a measure such as 打卡率) needs
--- a number, a period, a penalty or firm link wording, not only an assessment
--- title; a scheme item's name counts only when it names a measure, and its
--- scoring/evidence fields are left to the field that names the metric.
--- The evidence also names the platform (evidence.platform, from “赣政通”APP).
-- an interval of hours or minutes (每2小时, 每隔30分钟) in the sentence holding
-- `at`: it counts an occurrence as a frequency does (C twin: rules_metric.c,
-- hourly_at)
local function hourly_at(clause, text, at)
  return M.hourly(clause, sentence_bounds(text, at))
end

-- an activity counted in its own comma segment: its threshold starts at or
-- after it, or its quota after it, within the segment
local function own_count(text, h, th, quota)
  local _, e = M.segment(text, h.from, h.to)
  if th and th.from >= h.from and th.from <= e then return true end
  if quota and quota.from > h.to and quota.from <= e then return true end
  return false
end

function M.metric_check(opts)
  if type(opts) ~= "table" then error("jianfu.metric_check expects a table", 2) end
  for k in pairs(opts) do
    if not OPTIONS[k] then
      error("jianfu.metric_check: unknown option '" .. tostring(k) ..
        "' (expected metrics, unless, other, standalone, counts, requires, message, " ..
        "forced_message)", 2)
    end
  end
  local metrics = term_list(opts.metrics, "metrics")
  local unless = term_list(opts.unless, "unless") or {}
  local standalone = term_list(opts.standalone, "standalone") or {}
  local other, counts = opts.other, opts.counts
  -- other given by term: a private copy, asked as other(clause, hit) is
  local other_by
  if type(other) == "table" then
    other_by = {}
    for term, f in pairs(other) do
      if (type(term) ~= "string" and term ~= 1) or type(f) ~= "function" then
        error("jianfu.metric_check: other must map terms (and [1], any other term) to " ..
          "functions (text, from, to) -> boolean", 2)
      end
      other_by[term] = f
    end
    local any = other_by[1]
    other = function(clause, h)
      local f = other_by[h.term] or any
      return f ~= nil and f(clause.text, h.from, h.to)
    end
  elseif other ~= nil and type(other) ~= "function" then
    error("jianfu.metric_check: other must be a function (clause, hit) -> boolean, " ..
      "or a table of them by term", 2)
  end
  -- counts given by term: a private copy, asked as counts(clause, hit) is
  -- (a term not in it is not made to count by its context)
  local counts_by
  if type(counts) == "table" then
    counts_by = {}
    for term, f in pairs(counts) do
      if type(term) ~= "string" or type(f) ~= "function" then
        error("jianfu.metric_check: counts must map terms to functions (clause, hit) -> boolean", 2)
      end
      counts_by[term] = f
    end
    counts = function(clause, h)
      local f = counts_by[h.term]
      return f ~= nil and f(clause, h) and true or false
    end
  elseif counts ~= nil and type(counts) ~= "function" then
    error("jianfu.metric_check: counts must be a function (clause, hit) -> boolean, " ..
      "or a table of them by term", 2)
  end
  local requires = opts.requires or "link_or_threshold"
  if not REQUIRES[requires] then
    error("jianfu.metric_check: requires must be \"link\", \"threshold\" or " ..
      "\"link_or_threshold\", not " .. tostring(requires), 2)
  end
  -- a message, or a table of them by the evidence's metric with [1] for
  -- any other metric: a private copy with its terms normalized
  local function message_opt(v, what)
    if v == nil or type(v) == "string" or type(v) == "function" then return v end
    if type(v) ~= "table" then
      error("jianfu.metric_check: " .. what .. " must be a string, a function or a table of them by metric", 3)
    end
    local by = {}
    for k, m in pairs(v) do
      if (type(k) ~= "string" and k ~= 1) or (type(m) ~= "string" and type(m) ~= "function") then
        error("jianfu.metric_check: " .. what .. " must map metrics (and [1], any other) " ..
          "to strings or functions", 3)
      end
      by[type(k) == "string" and jianfu.normalize(k) or k] = m
    end
    return by
  end
  local message = message_opt(opts.message, "message")
  local forced_message = message_opt(opts.forced_message, "forced_message")
  -- private copies: compiled once
  if metrics then metrics = compile(metrics) end
  local unless_c = #unless > 0 and compile(unless) or nil
  local standalone_c = #standalone > 0 and compile(standalone) or nil

  -- The per-clause tests take the clause's context as arguments rather than
  -- being closures made on every check.
  local function usable(clause, text, field, blocks, h)
    for _, b in ipairs(blocks or EMPTY) do
      if M.overlaps(h.from, h.to, b.from, b.to) then return false end
    end
    if clause:prohibited(h.from, h.to) then return false end
    for _, p in ipairs(clause.prohibitions) do -- 不得强制下载: the hit shares the word
      if M.overlaps(h.from, h.to, p.from, p.to) then return false end
    end
    if other and other(clause, h) then return false end
    if punished(text, h) then return false end
    if denominator(text, h) then return false end
    if field == "name" and not M.is_measure(h.term) then return false end
    return true
  end
  -- usable() of hits[i] as asked before (asked[i]), or asked now: the
  -- answer depends on the clause and the hit alone, so the `other` callback
  -- is not called again for it (rules_metric.c usable_memo)
  local function usable_again(asked, i, clause, text, field, blocks, h)
    local u = asked[i]
    if u == nil then
      u = usable(clause, text, field, blocks, h)
      asked[i] = u
    end
    return u
  end
  -- an activity restated in a scheme item's scoring or evidence refers back
  -- to the field that names it (每缺1次打卡扣0.1分), unless that field itself
  -- makes it count (点赞证书照片打包上传)
  local function restated(clause, field, h)
    if not field or field == "name" or field == "criterion" or not clause.item then return false end
    if M.is_measure(h.term) then return false end
    for _, t in ipairs(clause.item.texts) do
      if string.find(t, h.term, 1, true) then return true end
    end
    return false
  end

  -- Does the item (a table row, a list item) tie the clause to assessment: a
  -- penalty or a threshold in it, and a link word in it or the document's
  -- title making it an assessment plan (| “体育e站”新增注册用户 | 每季度不少于
  -- 2000人 | 5 | in a 考核评分细则)?
  local function item_assessed(clause)
    local item = clause.item
    return (item and (item.linked or clause.doc.assessment) and
      (#item.penalties > 0 or #item.thresholds > 0)) or false
  end

  -- Does occurrence h count? Returns its threshold, quota, frequency, penalty.
  local function qualifies(clause, text, field, h, is_forced)
    local th = M.nearest(clause.thresholds, h.from)
    local quota = M.quota(clause, h)
    local freq = M.closest(clause.frequencies, h.from)
    local pen = M.nearest(clause.penalties, h.from)
    if is_forced then return true, th, quota, freq, pen end
    -- counts is asked only where its answer can matter: in a scheme's
    -- restating field, or where no threshold, quota or frequency counts the
    -- occurrence already (and, for the test of an activity offered as a
    -- means, no penalty either)
    local measure = M.is_measure(h.term)
    local rs = restated(clause, field, h)
    -- an interval of hours or minutes recurs as a period does (每2小时在值班群
    -- 发送定位签到)
    local hourly = not th and not quota and not freq and hourly_at(clause, text, h.from)
    local proof = false
    if counts and (rs or (not th and not quota and ((not freq and not hourly) or (not pen and not measure)))) then
      proof = counts(clause, h)
    end
    if rs then return proof, th, quota, freq, pen end
    if not measure and not th and not quota and not pen and not proof and
        offered(text, h) then
      return false
    end
    local counted = th or quota or freq or hourly or proof
    -- an uncounted activity in a sentence that punishes a verified violation
    -- is its setting, the sanction the violation's, unless its own segment
    -- ties it to assessment (投票情况纳入考核,查实刷票的取消资格)
    -- ; so is an uncounted measure in a sentence that targets a cheat
    -- (阅读量评比中,对刷阅读量的单位取消评优资格)
    if not counted and ((not M.is_measure(h.term) and violation_at(text, h.from)) or
        cheat_violation(text, h.from)) then
      local s, e = M.segment(text, h.from, h.to)
      -- (a measure voided after the cheat, 刷学时的，“森防学堂”学时一律作废并通报
      -- 批评: the sanction beside the void is the cheat's, not a link)
      if M.any_in(text, FIRM_LINK, s, e) == nil or M.any_in(text, VOIDED, h.to + 1, e) ~= nil then
        return false, th, quota, freq, pen
      end
    end
    local assessed = clause.assessed
    if not M.is_measure(h.term) and not counted and not pen then
      -- an activity: a title or a scheme does not make it a criterion by itself
      assessed = M.sentence_has(text, h.from, FIRM_LINK) or item_assessed(clause)
    elseif M.is_measure(h.term) and not assessed and not counted then
      -- a measure named in one cell of a table row, or one sentence of a
      -- list item, and scored in another (| 职工“云课堂”月学习时长 | 不足6
      -- 小时的扣0.2分 |): the item ties it to assessment as it does an activity
      assessed = item_assessed(clause)
    end
    local ok
    if requires == "link" then ok = assessed
    elseif requires == "threshold" then ok = counted
    else ok = assessed or counted end
    return ok, th, quota, freq, pen
  end

  local function check(clause, report)
    local text = clause.text
    local field = scheme_field(clause)
    local hits = metrics and M.find_all(text, metrics) or clause.hits
    local blocks = unless_c and M.find_all(text, unless_c) or nil
    -- a forced practice counts by itself
    local forced
    for _, h in ipairs(standalone_c and M.find_all(text, standalone_c) or EMPTY) do
      local a = sentence_bounds(text, h.from)
      if usable(clause, text, field, blocks, h) and
          not M.sentence_has(string.sub(text, a, h.from - 1), 1, CONDITION) then
        forced = h
        break
      end
    end

    -- the first occurrence that counts; a measure (签到率) is preferred to an
    -- activity (签到) in the same clause, since it is what the plan measures,
    -- unless the first activity is counted in its own segment (定位打卡两次,
    -- 月度打卡率低于95%…): then it is a criterion itself, and the finding
    -- stays where the clause begins
    local hit, th, quota, freq, pen
    local asked = {} -- usable() of each hit looked at, by index (usable_again)
    for i, h in ipairs(hits) do
      local u = usable(clause, text, field, blocks, h)
      asked[i] = u
      if u then
        local ok, a1, a2, a3, a4 = qualifies(clause, text, field, h, false)
        if ok then
          local measure = M.is_measure(h.term)
          if not hit or measure then hit, th, quota, freq, pen = h, a1, a2, a3, a4 end
          if measure then break end
          if hit == h and own_count(text, h, a1, a2) then break end
        end
      end
    end
    if forced and not hit then
      hit = forced
      local _
      _, th, quota, freq, pen = qualifies(clause, text, field, forced, true)
    end
    if not hit then return end
    -- 约谈了要求教师每天在“校园通”打卡的3名校长: the practice those a sanction
    -- said first struck had imposed (asked of the occurrence chosen only)
    if imposer_sanctioned(text, hit.from, hit.to) then return end
    -- 在线学习 + 学习时长 overlapping: report 在线学习时长 (a hit inside the
    -- span cannot widen it: whether it is usable is not asked)
    local term, hfrom, hto = hit.term, hit.from, hit.to
    for i, h in ipairs(hits) do
      if h ~= hit and M.overlaps(h.from, h.to, hfrom, hto) and (h.from < hfrom or h.to > hto) and
          usable_again(asked, i, clause, text, field, blocks, h) then
        hfrom, hto = math.min(hfrom, h.from), math.max(hto, h.to)
      end
    end
    if hfrom ~= hit.from or hto ~= hit.to then term = string.sub(text, hfrom, hto) end
    -- 定位打卡,打卡次数每月通报排名: a measure of an activity named before it
    -- in its sentence (its term the measure's start) counts that activity; the
    -- finding begins at the activity, where the criterion begins (the
    -- evidence keeps the measure)
    local rfrom = hfrom
    if hit ~= forced and M.is_measure(hit.term) then
      local sa = sentence_bounds(text, hfrom)
      local hterm = hit.term
      for i, h in ipairs(hits) do
        if h.from >= hfrom then break end
        if h.to < hfrom and h.from >= sa and #h.term < #hterm and
            string.sub(hterm, 1, #h.term) == h.term and
            usable_again(asked, i, clause, text, field, blocks, h) then
          rfrom = h.from
          break
        end
      end
    end

    -- a scheme item states its penalty in `scoring` and sometimes its
    -- threshold in another field: fall back on the item's other clauses
    local item = clause.item
    if item and not th and not quota and #item.thresholds > 0 then th = item.thresholds[1] end
    if item and not freq and #item.frequencies > 0 then freq = item.frequencies[1] end

    local platform = M.platform(clause, hfrom, hto)
    local threshold, quota_ev, frequency, penalty, points, link
    if th then threshold = { op = th.op, value = th.value, unit = th.unit } end
    if quota and not th then quota_ev = { value = quota.value, unit = quota.unit } end
    if freq then frequency = freq.period end
    if not pen and item and #item.penalties > 0 then pen = item.penalties[1] end
    if pen then
      penalty = pen.kind
      if pen.points and pen.points > 0 then points = pen.points end
    end
    if clause.link then link = clause.link.word or clause.link.kind end
    -- one constructor with every field (the absent ones nil, so left out):
    -- the table is sized once, and the C version (rules_metric.c,
    -- push_evidence) makes it the same size, fields in the same order
    local ev = { metric = term, platform = platform or nil, forced = forced and true or nil,
      threshold = threshold, quota = quota_ev, frequency = frequency,
      penalty = penalty, penalty_points = points, link = link }

    local m = message
    if ev.forced and forced_message ~= nil then m = forced_message end
    if type(m) == "table" then
      local by = m
      m = by[ev.metric]
      if m == nil then m = by[1] end
    end
    local msg
    if type(m) == "function" then
      msg = m(ev, clause)
    elseif type(m) == "string" then
      msg = M.format(m, ev)
    else
      msg = default_message(ev)
    end
    report { from = rfrom, to = hto, message = msg, evidence = ev }
  end
  if metric_c then
    return metric_c(check, metrics, unless_c, standalone_c, other, counts, requires, message,
      other_by, forced_message, counts_by)
  end
  return check
end

-- ---------------------------------------------------------------------------
-- Helpers of the rules that judge a practice rather than a usage measure
-- (points-ranking, trace-evidence, data-entry-quota, chat-group-burden,
-- duplicate-reporting): is the practice renounced, does the clause count,
-- and the evidence and details of their findings.

--- jianfu.norm_list(list) -> a new list of the strings of list, each
--- normalized like clause text (jianfu.normalize); for word lists of a rule.
function M.norm_list(t)
  local o = {}
  for i, s in ipairs(t) do o[i] = jianfu.normalize(s) end
  return o
end

--- jianfu.norm_set(list) -> a set of the strings of list normalized
--- ({ [word] = true }): for the words a rule looks a term up in.
function M.norm_set(t)
  local o = {}
  for _, s in ipairs(t) do o[jianfu.normalize(s)] = true end
  return o
end

--- jianfu.code_before(text, from) -> is a code (码, 码的) right before byte
--- `from`? A measure of use right after a code (服务码的扫码使用量, 乘车码使用量)
--- is the use of the platform the code belongs to, however far its quoted
--- name stands.
local CODE_BEFORE = M.norm_list { "码", "码的" }
function M.code_before(text, from)
  for _, w in ipairs(CODE_BEFORE) do
    if from > #w and string.sub(text, from - #w, from - 1) == w then return true end
  end
  return false
end

-- the word lists jianfu.words made (the C version marks its own)
local word_lists = setmetatable({}, { __mode = "k" })

--- jianfu.words(list) -> a read-only copy of a word list (its strings, as
--- ipairs gives them), for the lists a rule passes to find_all, find_terms,
--- sentence_has, any_in …: they need not check it against its table on every
--- call. It reads like the list (ipairs, #, [i], pairs); writing it is an error.
function M.words(list)
  if word_lists[list] then return list end
  local copy = {}
  for i, w in ipairs(list) do
    if type(w) ~= "string" then error("jianfu.words: entry " .. i .. " is not a string") end
    copy[i] = w
  end
  local proxy = setmetatable({}, {
    __index = copy,
    __newindex = function() error("jianfu.words: the word list is read-only (copy it to change it)") end,
    __len = function() return #copy end,
    __pairs = function() return next, copy, nil end,
    __metatable = false,
  })
  word_lists[proxy] = true
  return proxy
end

-- clause segments end at these (normalized: ，→, ；→;)
local SEG_END = { ",", ";", "。", "!", "?" }

--- jianfu.segment(text, from, to) -> s, e: the start and end (inclusive) of
--- the segment around [from, to] bounded by , ; 。 ! ? (the whole text if none).
function M.segment(text, from, to)
  local s, e = 1, #text
  for _, d in ipairs(SEG_END) do
    local init = 1
    while true do
      local a, b = string.find(text, d, init, true)
      if not a then break end
      if b < from and b + 1 > s then s = b + 1 end
      if a > to and a - 1 < e then e = a - 1 end
      init = b + 1
    end
  end
  return s, e
end

--- jianfu.any_in(text, words, s, e) -> a, w: the first word of words (in the
--- order of the list) whose first occurrence from s on ends by e, and where
--- it starts; nil when none does.
function M.any_in(text, words, s, e)
  for _, w in ipairs(words) do
    local a = string.find(text, w, s, true)
    if a and a + #w - 1 <= e then return a, w end
  end
  return nil
end

-- words that forbid, cancel or renounce what follows them in the segment
local NEG_BEFORE = M.norm_list {
  "不得", "严禁", "禁止", "不再", "取消", "停止", "杜绝", "防止", "纠正", "不搞", "不设置",
  "不设", "不统计", "不要求", "不以", "不将", "不作", "不纳入", "不与", "删除", "清理",
  "避免", "减少", "精简", "反对", "不能", "不应", "无需", "不需", "不必", "严防", "压减",
  "不另行", "不另外", "不额外",
  "解散", "叫停", "废止", "暂停", "暂缓", "中止", "终止", "不排名", "不准", "不允许", "摒弃", "取缔", "不强制", "不规定",
  "不开展", "不进行", "不下达", "不对", "不向", "不给", "不按", "不实行", "不通报",
  "不考核", "不计入考核", "不看", "不唯", "不比",
  -- a principle that weighs the result, not the trace (考核重实效、不重留痕)
  "不重",
  -- sanctions for practising the banned thing: "一经发现违规要求…的，每起扣1分"
  "违规", "经查实", "查实", "一经发现", "擅自", "变相",
}
-- "不得低于" is a threshold, "…的不得参加评优" a sanction: not a prohibition
local NEG_FALSE = M.norm_list {
  "不得低于", "不得少于", "不得超过", "不得高于", "不得评", "不得参加", "不得参与",
  "不得提拔", "不得推荐", "不得享受", "不得分", "不得晚于", "不得迟于", "不得缺",
  -- a demand failed, the condition of a sanction (对不按要求在工作群接龙报到的网格员
  -- 予以约谈, 不按时打卡的扣1分): 不按 renounces a basis (不按使用率排名), not this
  "不按要求", "不按规定", "不按时", "不按期", "不按照要求", "不按照规定",
  -- 不重 of repetition or importance (上传不重复的照片, 不重要): no renouncing
  "不重复", "不重样", "不重要", "不重叠",
  -- cleaning as the work (清理河道须拍摄视频上传, 清理垃圾), not a practice
  -- undone (清理僵尸群, 清理整合APP); the analyser's 清理 skips the same
  "清理河", "清理垃", "清理积", "清理淤", "清理杂", "清理卫", "清理沟", "清理渠", "清理塘",
  "清理污", "清理楼", "清理道", "清理路", "清理街", "清理院", "清理田", "清理水",
  -- (cleaning counted, timed or left undone: 每清理一处, 清理前后照片, 按未清理计)
  "每清理", "未清理", "清理前", "清理后",
}
-- a word of omission, delay or interruption right after a renouncing word
-- (接龙回复不得遗漏, 每日定位打卡，不得漏打卡, 严禁离线): the ban on failing
-- states the duty, it renounces nothing (as the analyser reads it)
local NEG_OMIT = M.norm_list {
  "漏", "遗漏", "缺", "迟", "延误", "拖延", "延迟", "中断", "间断", "断档", "断签", "离线", "掉线",
  "超时", "早退",
}
-- after the term in its segment: the term is described as a problem or exempted
local NEG_AFTER = M.norm_list {
  "不纳入", "不作考核", "不作为考核", "不作统计", "不作要求", "不列入", "不予统计",
  "的问题", "等问题", "问题予以", "的现象", "等现象", "的做法", "等做法", "等形式",
  "代替", "替代", "不与", "不再",
  -- left to each person: 下载…APP实行自愿原则
  "自愿",
}
local PROBLEM_OF = jianfu.normalize("的问题")
-- (发现的问题, 查出的问题, 反映的问题: see M.negated)
local FOUND_OF = M.norm_set { "现", "出", "映" }

-- devices, whose 在线率, 完好率, 使用率 are equipment status, not people's use
local DEVICE = compile(M.norm_list {
  "设备", "点位", "摄像", "监控", "探头", "传感", "基站", "仪器", "监测站", "监测点",
  "充电桩", "机房", "服务器", "感知", "物联",
  -- machines in a hall (“智能导办”机器使用率, 自助一体机使用率)
  "机器", "一体机", "自助机",
  -- measuring and control systems (粮情测控系统在线率, 水质监测系统)
  "测控", "监测系统",
  -- machines and installations of a hall or a room, whose use rate is how
  -- busy the equipment is (排队叫号系统使用率, 候船室空调使用率, 农机具使用率)
  "叫号", "空调", "机具",
  -- apparatus (健身器材在线率, 医疗器械完好率)
  "器材", "器械",
})
-- systems and installations whose online rate is their availability
-- (视频会议系统在线率, 应急广播终端在线率), but on which people are online
-- too (民警“警务通”终端在线时长, 干部视频会议在线时长): a device only for a
-- rate, and only with no person before it in the segment
local SYSTEM = compile(M.norm_list {
  "会议系统", "视频会议", "终端", "站点", "大屏", "显示屏", "广播", "门禁", "网关", "专线",
  -- vehicles and their positioning (车辆GPS在线率, 北斗定位在线率)
  "车辆", "车载", "gps", "北斗", "定位", "船舶",
  -- networks and their links (政务外网链路在线率, 专网线路在线率)
  "链路", "线路", "外网", "内网", "专网", "光纤", "宽带", "信号", "卫星",
  -- installations (路灯, 电梯, 电站, 设施)
  "设施", "装置", "电站", "路灯", "电梯", "闸门", "泵站",
  -- monitoring and observation stations (地震监测台站数据在线率, 水文观测站
  -- 数据在线率: the station's data online is its status; 台站值班员在线率 is
  -- people's)
  "台站", "观测站", "观测点", "测站",
  -- systems of equipment (安防系统在线率, 燃气SCADA系统, 自控系统, 消防报警系统):
  -- their online rate is their availability
  "安防", "scada", "dcs", "自控", "工控", "报警系统", "消防系统",
  -- automatic measuring and reporting systems (水文站自动测报系统在线率, 遥测站
  -- 在线率; not 遥测中心值班员在线率)
  "测报系统", "自动测报", "遥测",
  -- control systems of machines (火化机温控系统在线率, 锅炉集控系统, 中控系统,
  -- 机组): a machine's, with or without 设备 in the sentence
  "控系统", "控制系统", "温控", "机组",
  -- instruments that observe and send data of themselves (气象雷达数据在线率,
  -- 海洋观测浮标在线率): their data online is their status; not the time
  -- online of the people who staff them (雷达站值班员每天在线时长)
  "雷达", "浮标", "天线",
  -- systems that run a building's or a store's machines (粮库智能通风系统在线率,
  -- 恒温恒湿系统, 智能灌溉系统, 隧道照明系统): what is online is the machinery;
  -- an automated (智能) system is equipment too (智能停车诱导系统)
  "通风", "照明", "灌溉", "喷淋", "排水", "供暖", "制冷", "除湿", "恒温", "恒湿", "加药", "曝气",
  "智能",
})
local PERSON = compile(M.norm_list {
  "员", "干部", "民警", "辅警", "教师", "老师", "医生", "护士", "职工", "党员", "群众", "居民",
  "村民", "学生", "家长", "用户", "书记", "村干", "人均", "每人",
})
local RATE = jianfu.normalize("率")
-- faults and their repair: a rate in a sentence that speaks of them is the
-- availability of equipment (…系统在线率达到99%,故障2小时内修复)
-- (and the running or the state of equipment: …通风系统在线率不低于98%，每月通报
-- 设备运行情况)
local REPAIR = compile(M.norm_list { "故障", "修复", "维修", "抢修", "报修", "检修", "运维", "宕机",
  "设备运行", "设备完好", "设备状态" })

-- what is online is a thing when the noun right before the measure ends in
-- the head of an installation or an instrument (雨量站在线率, 水位站、气象站
-- 离线, 充电桩在线时长, 信号灯, 雨量计, 检测仪): not a person (…员) nor an
-- account or a platform (平台, 手机, 客户端), whose heads are not listed
local THING_HEAD_WORDS = M.norm_list { "站", "桩", "灯", "塔", "阀", "泵", "闸", "箱", "柜", "杆", "仪",
  "计", "器", "表", "屏", "车", "船", "网点", "站点", "测点", "监测点",
  -- (signs and boards: 电子站牌上线率, 电子显示牌)
  "牌",
  -- (machines: 自助售票机使用率, 闸机, 取号机; not 手机, 司机, see THING_NOT)
  "机",
  -- (stations named 台: 发射台在线率, 转播台, 地震台, 监测台; not 平台, 前台,
  -- 服务台, see THING_NOT)
  "台" }
local THING_HEAD = {}
for _, w in ipairs(THING_HEAD_WORDS) do THING_HEAD[w] = true end
-- ... unless that head is part of a word of people or accounts (驿站 is a
-- place people staff: kept; 代表, 统计, 会计, 平台 are not things)
local THING_NOT_WORDS = M.norm_list { "代表", "统计", "会计", "设计", "合计", "主计", "累计", "共计",
  "总计", "报表", "列表", "图表", "发表", "品牌", "招牌",
  -- (a phone is the app's, a driver a person: 手机使用率, 司机在线率)
  "手机", "司机", "时机", "契机", "危机", "随机", "专机", "微机",
  -- (a platform, a desk people staff, a stage: 平台在线率 is its users')
  "平台", "前台", "后台", "柜台", "服务台", "工作台", "舞台", "讲台", "窗台", "阳台", "电视台" }
local THING_NOT = {}
for _, w in ipairs(THING_NOT_WORDS) do THING_NOT[w] = true end
local ONLINE_W, UPLINE_W, USE_W, DATA_W = "在线", "上线", "使用", "数据"
local function thing_head(text, s, from)
  local e = from - 1
  -- (a name in quotation marks is a platform's or an app's: “先锋e站”学习时长)
  for n = 3, 9, 3 do
    if e - n + 1 < s then return false end
    if THING_HEAD[string.sub(text, e - n + 1, e)] then
      -- (an ASCII letter before the head names a platform: e站, i学)
      local c = string.byte(text, e - n)
      if c and ((c >= 97 and c <= 122) or (c >= 48 and c <= 57)) then return false end
      for m = 6, 9, 3 do
        if e - m + 1 >= s and THING_NOT[string.sub(text, e - m + 1, e)] then return false end
      end
      return true
    end
  end
  return false
end

-- a device word earlier in the measure's segment, or (given `to`) a rate of
-- a system with no person before it or in a sentence of faults and repairs
local function device_or_system(text, from, to)
  local s = M.segment(text, from, from)
  if M.any_in(text, DEVICE, s, from - 1) ~= nil then return true end
  -- (a system only for a rate: the measure at from..to ends in 率)
  return to ~= nil and string.sub(text, to - #RATE + 1, to) == RATE
    and (M.any_in(text, SYSTEM, s, from - 1) ~= nil or M.sentence_has(text, from, REPAIR))
    and M.any_in(text, PERSON, s, from - 1) == nil
end

-- the places named after their people (学生宿舍, 职工食堂, 居民小区, 党员活动
--室): a person word right before one of these names a place, not who is online
-- (compiled on first use: few texts reach it)
local PLACE_OF_WORDS = {
  "宿舍", "公寓", "食堂", "小区", "楼", "之家", "活动室", "活动中心", "服务中心", "服务站", "驿站",
  "餐厅", "浴室", "教室", "阅览室", "病房", "家园", "广场",
  -- ... or what a system tracks of them (井下人员定位系统在线率, 施工人员门禁
  -- 系统: the people are positioned or let in, the system is what is online;
  -- not 网格员定位在线率, whose location the staff keep on)
  "定位系统", "定位装置", "定位基站", "门禁系统", "识别系统", "考勤机",
}
local PLACE_OF
-- does every person word in text[s, from - 1] name a place (学生宿舍门禁)?
local function persons_are_places(text, s, from)
  PLACE_OF = PLACE_OF or compile(M.norm_list(PLACE_OF_WORDS))
  for _, p in ipairs(M.find_all(text, PERSON)) do
    if p.from >= s and p.to < from then
      local a = M.any_in(text, PLACE_OF, p.to + 1, math.min(from - 1, p.to + 15))
      if a ~= p.to + 1 then return false end
    end
  end
  return true
end

-- a measure of being online (在线率, 在线时长, 上线率) of an installation or
-- an instrument (see thing_head), or the online rate of a system of a place
-- named after its people (学生宿舍门禁系统在线率: the person word names the
-- place, which device_or_system's person test does not see)
-- (or of use, 使用率, of an instrument: 电子阅读器使用率)
local function online_thing(text, from, to)
  local on = string.sub(text, from, from + 5)
  if on == USE_W then return thing_head(text, M.segment(text, from, from), from) end
  if on ~= ONLINE_W and on ~= UPLINE_W then return false end
  local s = M.segment(text, from, from)
  if thing_head(text, s, from) then return true end
  -- the data of the thing online (气象站数据在线率, 雨量站数据上线率): its head
  -- before 数据
  if from - 6 > s and string.sub(text, from - 6, from - 1) == DATA_W and
      thing_head(text, s, from - 6) then
    return true
  end
  return to ~= nil and string.sub(text, to - #RATE + 1, to) == RATE and
    M.any_in(text, SYSTEM, s, from - 1) ~= nil and persons_are_places(text, s, from)
end

--- jianfu.of_device(text, from [, to]) -> does the measure at `from` belong
--- to a device: a device word earlier in its segment (视频点位在线率, 监测设备
--- 完好率, 物联感知终端在线率), or the head of an installation right before a
--- measure of being online (雨量站在线率)? Given `to`, a rate (在线率 ending at
--- `to`) with no person before it counts too when it is a system's (视频会议
--- 系统在线率) or its sentence speaks of faults and repairs (…在线率达到99%,故障
--- 当日修复). (The tests are pure: their order does not change the answer.)
-- (a measure opening its segment with no subject is the same measure named
-- earlier in its sentence, whose owner is its owner: 自助终端使用率每月统计，
-- 使用率低于30%的终端调剂…, 自助闸机使用率每周统计，使用率低于20%的闸机…)
local function earlier_same(text, from, to)
  if to == nil or M.segment(text, from, from) ~= from then return nil end
  local a = M.sentence(text, from)
  local w, last = string.sub(text, from, to), nil
  local q = string.find(text, w, a, true)
  while q and q < from do
    last = q
    q = string.find(text, w, q + 1, true)
  end
  return last
end
function M.of_device(text, from, to)
  if device_or_system(text, from, to) or online_thing(text, from, to) then return true end
  local e = earlier_same(text, from, to)
  return e ~= nil and (device_or_system(text, e, e + to - from) or online_thing(text, e, e + to - from))
end

-- an app named between a station or a system and the measure makes the
-- measure the app's (各燃气站点“气安通”APP周活跃率, …APP在线率: the stations'
-- staff use the app): of_device then reads only what follows the app's name
-- (a system word there, “雪亮工程”视频监控系统在线率, is still a device's)
local APP_NAMED = M.words(M.norm_list { "”", "」", "app", "小程序", "客户端", "公众号" })
--- jianfu.device_measure(text, from [, to]) -> jianfu.of_device, read after
--- the last app name before the measure in its segment (app-usage-metric,
--- online-time)
-- a machine's running online (发射机运行在线率, 系统运行在线率, 水泵运转在线率):
-- what runs is equipment, with no person before it in its segment (not
-- 网格员“网格通”APP运行在线时长, a person's); read here, not in of_device,
-- whose C twin (rules_prelude.c) mirrors the Lua lists above
local RUN_W = M.norm_set { "运行", "运转" }
local function running_machine(text, from)
  local s = M.segment(text, from, from)
  if from - 6 < s or not RUN_W[string.sub(text, from - 6, from - 1)] then return false end
  local on = string.sub(text, from, from + 5)
  return (on == ONLINE_W or on == UPLINE_W) and M.any_in(text, PERSON, s, from - 1) == nil
end
function M.device_measure(text, from, to)
  if running_machine(text, from) then return true end
  if not M.of_device(text, from, to) then return false end
  local s = M.segment(text, from, to or from)
  local last
  for _, h in ipairs(M.find_all(text, APP_NAMED)) do
    if h.from >= s and h.to < from then last = h.to end
  end
  if not last then return true end
  return M.of_device(text:sub(last + 1), from - last, to and to - last)
end

-- the online rate of a system or a platform itself (地震速报系统在线率, 医保结算系统
-- 在线率, 调度平台在线率): with nobody in its segment whose being online it
-- counts, the rate is the system's uptime, equipment's availability, not a
-- person's online time. People make it theirs: a person (网格员, 干部, 人员,
-- 学员) or a staffed unit (便民服务站, 服务窗口, 网格) anywhere before the rate in
-- its segment, a system or a platform named as an app (“平安通”系统, “社工在线”
-- 平台: people log in to it), or one for study or office work (学习系统, 研修
-- 平台, 办公系统), whose online rate is the users'
local RATE_ONLINE = M.norm_list { "在线率", "上线率" }
local SYSTEM_HEADS = M.norm_list { "系统", "平台" }
local STAFFED = M.words(M.norm_list { "员", "干部", "人员", "民警", "辅警", "教师", "老师",
  "医生", "护士", "职工", "党员", "社工", "书记", "用户", "人均", "每人", "个人", "学生", "村干",
  "班子", "负责人", "值班", "坐席", "专干", "委员", "主任", "队长", "站长", "所长",
  -- units whose people staff it (各村便民服务站系统在线率)
  "服务站", "服务点", "服务中心", "便民", "窗口", "网格", "驿站", "党群" })
local USED_BY_PEOPLE = M.words(M.norm_list { "”", "」", "』", "app", "学习", "研修", "培训",
  "教育", "办公", "考勤", "学堂", "学院", "课堂", "网院", "政务通", "警务通" })
--- jianfu.system_uptime(text, from, to) -> is the online rate at from..to
--- (在线率, 上线率) a system's or a platform's own, its uptime (地震速报系统
--- 在线率), with no person, staffed unit, app name or study or office use
--- before it? (online-time, points-ranking)
function M.system_uptime(text, from, to)
  local term = string.sub(text, from, to)
  if term ~= RATE_ONLINE[1] and term ~= RATE_ONLINE[2] then return false end
  local head
  for _, w in ipairs(SYSTEM_HEADS) do
    if from > #w and string.sub(text, from - #w, from - 1) == w then head = from - #w end
  end
  if not head then return false end
  local s = M.segment(text, from, to)
  if M.any_in(text, STAFFED, s, from - 1) ~= nil then return false end
  -- (what names the system, right before its head: at most 6 characters)
  return M.any_in(text, USED_BY_PEOPLE, math.max(s, head - 18), head - 1) == nil
end

-- Praise (为扎根基层的驻村干部点赞, 通报表扬…,为其担当作为点赞): see M.praise.
-- the words that end the praised: people, deeds, a pronoun for those just praised
local PRAISED = {
  "干部", "党员", "员", "工", "小哥", "者", "人", "同志", "群众", "英雄", "模范", "先进", "好人", "担当",
  "作为", "精神", "奉献", "坚守", "师", "生", "士", "警", "兵", "家", "们", "队", "集体", "单位",
  "社区", "乡镇", "村", "一线", "实干", "成绩", "成效", "行为", "举动", "做法",
  "其", "他", "她", "他们", "她们", "大家", "你们",
  -- the heads and titles of those praised (为二十名优秀服务站站长点赞, 为坚守
  -- 一线的村支书点赞, 为三位主任点赞): a post held is a person
  "长", "书记", "支书", "主任", "代表", "主席", "专家", "能手", "标兵",
  -- (and the staff named by their role: 为四十名技术骨干点赞, 为人防专干点赞)
  "骨干", "专干", "干事", "劳模", "工匠", "楷模",
  -- (and the members of a committee, 为全县150名优秀妇联执委点赞, 为村委点赞:
  -- 执委, 常委, 村委 are people, whatever their number; and those named by
  -- their calling as a group, 为医护点赞, 为新时代青年点赞)
  "委", "医护", "青年",
}
-- the likes counted right after 点赞: 点赞完成数, 点赞量, 点赞任务
local LIKES_COUNTED = compile { "完成", "数", "量", "任务", "次", "率", "情况", "个" }
-- how the praise is given (公开点赞, 集中点赞) and the verbs that bestow it
-- (予以点赞, 给予点赞, 进行点赞): all of two characters
local PRAISE_MANNER_WORDS = { "公开", "集中", "隆重", "一起", "共同", "纷纷", "热情", "予以", "给予",
  "进行" }
local PRAISE_MANNER = {}
for _, w in ipairs(PRAISE_MANNER_WORDS) do PRAISE_MANNER[w] = true end
-- a commendation (通报表扬, 表彰, 嘉奖), and praise in its own words (致敬,
-- 担当作为, 表现突出, 事迹) even without a formal commendation
local COMMENDED = compile { "表扬", "表彰", "嘉奖", "褒奖", "记功", "授予", "评为" }
-- (an honour won, 为获得“优质护理病区”称号的12个病区点赞, 获得…荣誉的班组: the
-- count names those praised, not likes)
-- (or named to an honour: 为获评全国“五好”商会的3家商会点赞, 荣获…的企业, 当选…的村)
-- (or the deed that makes them worth praising, told of them: 为全年坚守一线的人防
-- 专干点赞, 为在…一线奋战的四十名技术骨干点赞 — those who held out or fought
-- at the front are people praised, whatever the head noun: 专干, 骨干)
local HONOURED = compile { "表扬", "表彰", "嘉奖", "褒奖", "记功", "致敬", "担当作为", "表现突出",
  "成绩突出", "事迹", "先进典型", "榜样", "称号", "荣誉", "获评", "荣获", "当选",
  "坚守一线", "一线奋战", "奋战在", "奋战一线", "坚守岗位", "坚守在", "日夜值守", "日夜奋战",
  "连续奋战", "冲锋在前", "默默奉献", "无私奉献", "扎根基层", "扎根一线" }
-- likes given a count, a quota, a period or a task in the sentence
local LIKE_QUOTA = compile { "每天", "每日", "每周", "每月", "每人", "每条", "每篇", "每个", "每次",
  "不少于", "不低于", "不得少于", "达到", "任务", "点赞数", "点赞量", "计分", "扣分", "排名", "截图",
  "完成率", "考核" }
-- words as sets by their byte length, for a look-up at one place: the sets
-- and the lengths, shortest first
local function sets_by_length(list)
  local sets, lengths = {}, {}
  for _, w in ipairs(list) do
    if not sets[#w] then
      sets[#w] = {}
      lengths[#lengths + 1] = #w
    end
    sets[#w][w] = true
  end
  table.sort(lengths)
  return sets, lengths
end
local PRAISED_SETS, PRAISED_LENGTHS = sets_by_length(PRAISED)
local PRAISE_CLOSE_WORDS = { "”", "」", "』", "》" }
local PRAISE_CLOSE = {}
for _, w in ipairs(PRAISE_CLOSE_WORDS) do PRAISE_CLOSE[w] = true end
local N_LIKE = "点赞"

local p_sub, p_find, p_byte = string.sub, string.find, string.byte
local function ends_praised(text, s, e)
  for k = 1, #PRAISED_LENGTHS do
    local n = PRAISED_LENGTHS[k]
    if e - n + 1 < s then return false end
    if PRAISED_SETS[n][p_sub(text, e - n + 1, e)] then return true end
  end
  return false
end
-- the start of the last w (为 or 对) lying in text[s..e], if after p; else p
local function last_of(text, w, s, e, p)
  local i = p_find(text, w, s, true)
  while i and i + 2 <= e do
    if not p or i > p then p = i end
    i = p_find(text, w, i + 3, true)
  end
  return p
end
-- are the likes at from..to given a count, quota, period or task in their
-- sentence? From their own segment on, but before it only in a segment that
-- names the likes (对点赞任务完成好的单位通报表扬,…为他们点赞): the words of a
-- commendation's own segment qualify whom it commends (对考核排名前三的单位
-- 通报表扬)
local function likes_counted(text, from, to)
  local a, b = M.sentence(text, from)
  local s = M.segment(text, from, to)
  if M.any_in(text, LIKE_QUOTA, s, b) then return true end
  local i = a
  while i < s do
    local _, e = M.segment(text, i, i)
    if e >= s then e = s - 1 end
    local p = p_find(text, N_LIKE, i, true)
    if p and p + #N_LIKE - 1 <= e and M.any_in(text, LIKE_QUOTA, i, e) then return true end
    i = e + 2
  end
  return false
end

--- jianfu.praise(text, from, to) -> is the 点赞 at from..to praise rather
--- than a click: 为X点赞 / 对X公开点赞 with X a person or deed, or a sentence
--- that commends (通报表扬…,为其担当作为点赞) and gives the likes no count,
--- quota, period or task (对各单位点赞完成数进行排名 counts them). Every rule
--- that reads 点赞 asks this one test.
function M.praise(text, from, to)
  if M.any_in(text, LIKES_COUNTED, to + 1, to + 9) then return false end
  local a, f = M.sentence(text, from), from - 1
  local tail = f - 5 >= a and p_sub(text, f - 5, f)
  if tail == "值得" or tail == "纷纷" then return true end
  local p = last_of(text, "对", a, f, last_of(text, "为", a, f))
  if p then
    local ws, we = p + 3, f
    if we - 6 >= ws and PRAISE_MANNER[tail] then we = we - 6 end
    -- 为20个“担当作为好团队”点赞: the praised may stand in quotation marks
    while true do
      if we >= ws and p_byte(text, we) == 34 then
        we = we - 1
      elseif we - 2 >= ws and PRAISE_CLOSE[p_sub(text, we - 2, we)] then
        we = we - 3
      else
        break
      end
    end
    local comma = p_find(text, ",", ws, true)
    -- (unless a quota follows the likes in their sentence: 为“最美职工”称号
    -- 候选人点赞，每人每日不少于10个 is forced engagement whoever is liked)
    if not (comma and comma <= we) and ends_praised(text, ws, we) and
        not M.any_in(text, LIKE_QUOTA, to + 1, select(2, M.sentence(text, from))) then
      return true
    end
  end
  if M.sentence_has(text, from, HONOURED) and not likes_counted(text, from, to) then
    return true
  end
  -- 对…的10个村通报表扬,政务公众号予以点赞宣传: praise bestowed
  if PRAISE_MANNER[tail] then return M.sentence_has(text, from, COMMENDED) end
  return false
end

--- jianfu.negated(clause, from, to) -> is [from, to] forbidden, cancelled,
--- rectified or described as a problem? True inside a prohibition scope
--- (clause:prohibited), after a renouncing word in its segment (不得, 取消,
--- 不排名, 一经发现 … but not 不得低于 or the sanction 不得参加评优), or before
--- wording that exempts it or calls it a problem (不纳入, 的问题, 代替).
function M.negated(clause, from, to)
  if clause:prohibited(from, to) then return true end
  local text = clause.text
  local s, e = M.segment(text, from, to)
  -- a renouncing word before the term in its segment
  for _, w in ipairs(NEG_BEFORE) do
    local init = s
    while true do
      local a, b = string.find(text, w, init, true)
      if not a or a >= from then break end
      local false_alarm = false
      for _, f in ipairs(NEG_FALSE) do
        local fa = string.find(text, f, math.max(s, a - #f), true)
        if fa and fa <= a and fa + #f - 1 >= b then false_alarm = true break end
      end
      if not false_alarm and starts_with_any(text, b + 1, NEG_OMIT) then false_alarm = true end
      if not false_alarm then return true end
      init = a + 1
    end
  end
  for _, w in ipairs(NEG_AFTER) do
    local a = string.find(text, w, to + 1, true)
    while a and a + #w - 1 <= e do
      -- (the problems found or raised are what is reported, no practice
      -- called a problem: 上报巡护发现的问题不少于3个, 查出的问题)
      if w ~= PROBLEM_OF or not FOUND_OF[string.sub(text, a - 3, a - 1)] then return true end
      a = string.find(text, w, a + #w, true)
    end
  end
  return false
end

--- jianfu.find_terms(text, terms [, unless]) -> jianfu.find_all(text, terms)
--- minus the occurrences overlapping one of unless (phrases of another meaning).
function M.find_terms(text, terms, unless)
  local hits = M.find_all(text, terms)
  if not unless or #unless == 0 or #hits == 0 then return hits end
  local blocks = M.find_all(text, unless)
  local out = {}
  for _, h in ipairs(hits) do
    local other = false
    for _, b in ipairs(blocks) do
      if M.overlaps(h.from, h.to, b.from, b.to) then other = true break end
    end
    if not other then out[#out + 1] = h end
  end
  return out
end

--- jianfu.first_live(clause, hits) -> the first of hits (each with .from, .to)
--- that is not jianfu.negated, or nil.
function M.first_live(clause, hits)
  for _, h in ipairs(hits) do
    if not M.negated(clause, h.from, h.to) then return h end
  end
  return nil
end

--- jianfu.first_free(clause, hits) -> the first of hits that is neither
--- jianfu.negated nor jianfu.punished (the setting or aim of a punished
--- violation: 对通过组织刷票获取名次的单位…通报 bans the cheat and the place it
--- won), or nil.
function M.first_free(clause, hits)
  for _, h in ipairs(hits) do
    if not M.negated(clause, h.from, h.to) and not M.punished(clause, h.from, h.to) then return h end
  end
  return nil
end

--- jianfu.live_word(clause, words) -> the first word of words found in the
--- clause (as jianfu.any_in over the whole text) when that occurrence is not
--- jianfu.negated, else nil: 纳入考核 links, 不纳入考核 does not.
function M.live_word(clause, words)
  local text = clause.text
  local a, w = M.any_in(text, words, 1, #text)
  if a and not M.negated(clause, a, a + #w - 1) then return w end
  return nil
end

-- the platform that makes writing a record entry, and what is no record written
local ON_PLATFORM = M.words(M.norm_list { "app", "平台", "系统", "小程序", "客户端", "公众号", "”" })
local USAGE_LOG = M.words(M.norm_list { "打卡", "签到", "登录", "考勤", "学习", "浏览", "访问",
  "操作", "通话", "定位", "轨迹", "执法", "行驶", "运行" })
local NOT_WRITTEN_AFTER = M.words(M.norm_list { "仪", "表", "本", "单", "册", "在案" })

-- published content (see M.published): a genre right before the media word,
-- a publishing word in its sentence, and the words that make it proof instead
-- (a genre is what the video says or teaches, its content, not work it
-- records: 政策宣讲视频, 政策解读视频, 党课视频, 原创视频 are made to be
-- watched; 走访视频, 巡查视频, 现场视频 show the work done)
local PUB_GENRE = M.words(M.norm_list { "宣传", "科普", "普法", "庭审", "课例", "教学", "公开课",
  "精品课", "微课", "专题", "新闻", "公益", "防诈", "反诈", "政务",
  "宣讲", "讲解", "解读", "党课", "讲座", "访谈", "原创", "推介", "宣介" })
-- (the genre may name the video's kind first: 宣传短视频, 解读微视频)
local PUB_FORM = M.norm_set { "短", "微" }
-- (looked up by the length of each genre word, longest last)
local GENRE_SET, GENRE_LENGTHS = sets_by_length(PUB_GENRE)
local function genre_before(text, at)
  for _, n in ipairs(GENRE_LENGTHS) do
    if at > n and GENRE_SET[n][string.sub(text, at - n, at - 1)] then return true end
  end
  return false
end
-- the people acquired in an app (新增“手机银行”客户, 发展云闪付用户)
-- (and the households served, counted in 户: 新增零售户“零售e家”绑定, 发展农户)
local ACQUIRED_WORDS = { "客户", "用户", "好友", "会员", "粉丝", "商户", "零售户", "农户", "经营户",
  "个体户", "用电户", "签约户" }
M.ACQUIRED = M.words(M.norm_list(ACQUIRED_WORDS))
local ACQUIRE_REACH = 36 -- bytes: twelve characters
local N_USERS, N_NEW = jianfu.normalize("用户"), jianfu.normalize("新")
local USER_KIND = 12 -- bytes: four characters
local QUOTE_PAIRS = { { "“", "”" }, { "「", "」" } }
-- the verbs of an account in an app, after the people acquired and the app
-- (新增客户“电管家”APP绑定)
local BOUND_IN = M.norm_list { "绑定", "注册", "开通", "激活", "关注" }
local AT_NAMED = M.norm_list { "在", "通过", "于", "依托" }
-- the bytes of quoted names (“邮储银行”, quotes included) in text[s, e]
local function quoted_len(text, s, e)
  local n = 0
  for _, q in ipairs(QUOTE_PAIRS) do
    local o, c = q[1], q[2]
    local a = string.find(text, o, s, true)
    while a and a <= e do
      local z = string.find(text, c, a + #o, true)
      if not z or z + #c - 1 > e then break end
      n = n + (z + #c - a)
      a = string.find(text, o, z + #c, true)
    end
  end
  return n
end

--- jianfu.acquired(text, from, to, apps) -> the end of the people acquired
--- by the verb at from..to (新增, 发展, 拓展 …: 新增企业微信客户, 拓展“邮储银行”
--- 手机银行新客户), or nil: a word of jianfu.ACQUIRED (客户, 用户 …) within
--- twelve characters after the verb in its segment (a quoted name counting as
--- one), with a word of `apps` between them or right before the verb
--- (“掌上生活”客户端新增绑卡客户数); not 新增市场主体客户, 新增企业微信群三个.
function M.acquired(text, from, to, apps)
  local _, e = M.segment(text, from, to)
  local lim = math.min(e, to + ACQUIRE_REACH + quoted_len(text, to + 1, e))
  local a, b
  for _, w in ipairs(M.ACQUIRED) do
    local i = string.find(text, w, to + 1, true)
    if i and i + #w - 1 <= lim and (not a or i < a) then a, b = i, i + #w - 1 end
  end
  if not a then return nil end
  if M.any_in(text, apps, to + 1, a - 1) then return b end
  for _, w in ipairs(apps) do
    if string.sub(text, from - #w, from - 1) == w then return b end
  end
  -- the people, then the app they are bound to or registered in (新增客户
  -- “电管家”APP绑定不少于60户, 新增客户“e缴费”绑定): a quoted name or a word of
  -- `apps` (or both) right after them, then the verb of an account
  do
    local j, named = b + 1, false
    for _, q in ipairs(QUOTE_PAIRS) do
      if string.sub(text, j, j + #q[1] - 1) == q[1] then
        local z = string.find(text, q[2], j + #q[1], true)
        if z and z <= e and z - j <= ACQUIRE_REACH then j, named = z + #q[2], true end
        break
      end
    end
    for _, w in ipairs(apps) do
      if string.sub(text, j, j + #w - 1) == w then j, named = j + #w, true break end
    end
    if named then
      for _, v in ipairs(BOUND_IN) do
        if string.sub(text, j, j + #v - 1) == v then return b end
      end
    end
  end
  -- a quoted name right after the verb whose users are acquired (发展“云知天”
  -- 新用户), with at most the kind of users between (发展“船e查”船员用户,
  -- “e缴费”企业新用户: four characters, no punctuation): the users of a name
  -- are an app's (not 新增“重点”客户: customers)
  -- (the users, even after a kind of households that is acquired too: 发展
  -- “邮e通”农户用户)
  if string.sub(text, a, b) ~= N_USERS then
    local u = string.find(text, N_USERS, b + 1, true)
    if u and u + #N_USERS - 1 <= lim then a, b = u, u + #N_USERS - 1 end
  end
  if string.sub(text, a, b) == N_USERS then
    for _, q in ipairs(QUOTE_PAIRS) do
      if string.sub(text, to + 1, to + #q[1]) == q[1] then
        local z = string.find(text, q[2], to + 1 + #q[1], true)
        if z then
          local rest = string.sub(text, z + #q[2], a - 1)
          if rest == "" or rest == N_NEW or (#rest <= USER_KIND and not string.find(rest, "[%p%s%d]")
              and not string.find(rest, q[1], 1, true)) then
            return b
          end
        end
      end
    end
    -- (or a quoted name the acquisition is made in, 在 or 通过 before it and
    -- the verb right after it: 在“茶技通”新增茶农用户, 通过“e缴费”发展新用户 —
    -- the users, at most a kind of four characters after the verb, are that
    -- name's)
    local rest = string.sub(text, to + 1, a - 1)
    if string.sub(text, a, b) == N_USERS and (rest == "" or rest == N_NEW or
        (#rest <= USER_KIND and not string.find(rest, "[%p%s%d]"))) then
      for _, q in ipairs(QUOTE_PAIRS) do
        if string.sub(text, from - #q[2], from - 1) == q[2] then
          local s = M.segment(text, from, to)
          local o
          local i = string.find(text, q[1], s, true)
          while i and i < from do o, i = i, string.find(text, q[1], i + #q[1], true) end
          if o then
            for _, w in ipairs(AT_NAMED) do
              if string.sub(text, o - #w, o - 1) == w then return b end
            end
          end
        end
      end
    end
  end
  return nil
end

local PUBLISHING = M.words(M.norm_list { "发布", "推送", "刊发", "展播", "播发", "公开", "栏目",
  "专栏" })
local PROOF_ROLE = M.words(M.norm_list { "为准", "依据", "证明", "佐证", "备查", "认定", "视为",
  "核验", "查验", "留痕" })

--- jianfu.published(text, at) -> is the video or picture whose word starts at
--- `at` a post rather than proof (庭审视频, 发布防诈宣传视频, 上传科普视频 to a
--- 栏目): a genre right before it or a publishing word in its sentence, and no
--- word of proof there (为准, 依据, 备查 …)? The one test every rule that tells
--- posts from proof asks (trace-evidence, data-entry-quota).
function M.published(text, at)
  local a, b = M.sentence(text, at)
  if M.any_in(text, PROOF_ROLE, a, b) then return false end
  if genre_before(text, at) then return true end
  -- (a kind named between: 宣传短视频)
  if at > 3 and PUB_FORM[string.sub(text, at - 3, at - 1)] and genre_before(text, at - 3) then
    return true
  end
  return M.any_in(text, PUBLISHING, a, b) ~= nil
end

--- jianfu.written_record(text, from, to) -> does the verb at from..to (记录,
--- 填写, 撰写) write a record on a platform (通过“农技云”APP记录服务日志, 在
--- 系统填写走访日志): a platform word (app, 平台, 系统, 小程序, a quoted name)
--- before it in its sentence? Not on paper (撰写心得, 记录在案), not a usage
--- log (打卡记录, 登录记录: two characters before it), a device or a form
--- (记录仪, 记录表).
function M.written_record(text, from, to)
  local a = M.sentence(text, from)
  if not M.any_in(text, ON_PLATFORM, a, from - 1) then return false end
  if M.any_in(text, USAGE_LOG, math.max(a, from - 6), from - 1) then return false end
  for _, w in ipairs(NOT_WRITTEN_AFTER) do
    if text:sub(to + 1, to + #w) == w then return false end
  end
  return true
end

--- jianfu.name_field(clause) -> is the clause a field of a scheme that only
--- names things (the document title, an item's name, a section's title)?
function M.name_field(clause)
  local loc = clause.locator
  if not loc then return false end
  return loc == "title" or loc:sub(-5) == ".name" or loc:sub(-6) == ".title"
end

--- jianfu.repeats_item(clause, terms) -> is the clause a scheme item's scoring
--- or evidence field whose item has another field holding one of terms? The
--- finding belongs on the criterion ("未上传照片的视为未巡查" under
--- "每日拍照上传巡查照片").
function M.repeats_item(clause, terms)
  local loc = clause.locator
  if not loc or not clause.item then return false end
  if loc:sub(-8) ~= ".scoring" and loc:sub(-9) ~= ".evidence" then return false end
  for _, t in ipairs(clause.item.texts) do
    for _, w in ipairs(terms) do
      if string.find(t, w, 1, true) then return true end
    end
  end
  return false
end

-- is the word at `from` renounced by 不, 无 or 非 right before it?
local function renounced(text, from)
  local pre = text:sub(math.max(1, from - 3), from - 1)
  return pre == "不" or pre == "无" or pre == "非"
end

--- jianfu.made_to_count(clause) -> is the clause made to count: an assessment
--- link, a threshold or a penalty that is not itself renounced ("不排名、不通报"
--- names 通报 without doing it; but "取消当年评先资格" is a sanction, not a
--- cancellation)?
function M.made_to_count(clause)
  local text = clause.text
  local l = clause.link
  if l and (l.kind ~= "explicit" or not l.from or not renounced(text, l.from)) then return true end
  for _, t in ipairs(clause.thresholds) do
    if not M.negated(clause, t.from, t.to) then return true end
  end
  for _, p in ipairs(clause.penalties) do
    if not renounced(text, p.from) then return true end
  end
  return false
end

--- jianfu.evidence(clause, at) -> evidence { threshold = {op, value, unit},
--- frequency, penalty, penalty_points, penalty_text, link } from what is nearest
--- to position at (jianfu.nearest), else from the scheme item (clause.item);
--- absent fields are left out.
function M.evidence(clause, at)
  local th = M.nearest(clause.thresholds, at)
  local item = clause.item
  if not th and item and #item.thresholds > 0 then th = item.thresholds[1] end
  local threshold, frequency, penalty, points, penalty_text, link
  if th then threshold = { op = th.op, value = th.value, unit = th.unit } end
  local fr = M.nearest(clause.frequencies, at)
  if not fr and item and #item.frequencies > 0 then fr = item.frequencies[1] end
  if fr then frequency = fr.period end
  local pen = M.nearest(clause.penalties, at)
  if not pen and item and #item.penalties > 0 then pen = item.penalties[1] end
  if pen then
    penalty = pen.kind
    if pen.points and pen.points > 0 then points = pen.points end
    penalty_text = pen.text
  end
  if clause.link then link = clause.link.word or clause.link.kind end
  -- one constructor (absent fields nil, left out): sized once, as the C
  -- version (rules_metric.c, l_evidence) sizes its table, same field order
  return { threshold = threshold, frequency = frequency, penalty = penalty,
    penalty_points = points, penalty_text = penalty_text, link = link }
end

local EVIDENCE_PENALTY_TEXT = {
  deduct = "扣分", ["no-score"] = "不得分", disqualify = "取消评优资格", notify = "通报",
  interview = "约谈", pay = "与奖金挂钩", veto = "一票否决", accountability = "问责",
}
-- 80, not 80.0 (unlike num, no bound: the messages these rules always wrote)
local function whole(v)
  if math.type(v) == "float" and v == math.floor(v) then return string.format("%d", math.tointeger(v)) end
  return tostring(v)
end

--- jianfu.evidence_details(ev) -> the parenthesised details of a finding made
--- from jianfu.evidence: "（要求 ≥80%；每月统计；“扣0.5分”）" — threshold or
--- quota, frequency, ranking, the penalty as written; else how it is linked;
--- "" when there is nothing to say.
function M.evidence_details(ev)
  local parts = {}
  if ev.threshold then parts[#parts + 1] = "要求 " .. M.format_threshold(ev.threshold)
  elseif ev.quota then parts[#parts + 1] = "要求 " .. whole(ev.quota.value) .. (ev.quota.unit or "") end
  if ev.frequency then parts[#parts + 1] = (PERIOD_TEXT[ev.frequency] or ev.frequency) .. "统计" end
  if ev.ranking then parts[#parts + 1] = "“" .. ev.ranking .. "”" end
  if ev.penalty_text then parts[#parts + 1] = "“" .. ev.penalty_text .. "”"
  elseif ev.penalty then parts[#parts + 1] = EVIDENCE_PENALTY_TEXT[ev.penalty] or ev.penalty end
  if #parts == 0 and ev.link then parts[#parts + 1] = link_text(ev.link) end
  if #parts == 0 then return "" end
  return "（" .. table.concat(parts, "；") .. "）"
end

--- jianfu.nearest_count(clause, at, units) -> the number of clause.numbers
--- nearest to position at whose unit is a key of units ({ ["条"] = true }), or nil.
function M.nearest_count(clause, at, units)
  local best
  for _, n in ipairs(clause.numbers) do
    if units[n.unit] and (not best or math.abs(n.from - at) < math.abs(best.from - at)) then best = n end
  end
  return best
end

if type(C) == "table" then
  sentence_bounds = C.sentence_bounds(sentence_bounds)
  starts_with_any = C.starts_with_any(starts_with_any)
  M.sentence_has = C.sentence_has(M.sentence_has)
  M.is_measure = C.is_measure(M.is_measure, MEASURE_ENDS)
  M.find_all = C.find_all(M.find_all)
  M.find_terms = C.find_terms(M.find_terms)
  M.words = C.words
  M.segment = C.segment(M.segment)
  M.any_in = C.any_in(M.any_in)
  local units = {}
  for u in pairs(QUOTA_UNITS) do units[#units + 1] = u end
  table.sort(units)
  M.quota = C.quota(M.quota, compile(units))
  local lua_platform = M.platform
  M.platform = C.platform(M.platform, QUOTES, compile(PLATFORM_SUFFIX), compile(NOT_PLATFORM))
  if M.platform ~= lua_platform then
    metric_c = C.metric(M.format, default_message, CONDITION, COERCION, AFTER_CONDITION, RATIO_END,
      MEANS, FIRM_LINK, compile(MEASURE_ENDS), compile(units), compile(PLATFORM_SUFFIX),
      compile(NOT_PLATFORM), CHEAT, CHEAT_AFTER, CHEAT_BEFORE, CHEAT_DEMAND)
  end
  M.negated = C.negated(M.negated, NEG_BEFORE, NEG_FALSE, NEG_AFTER, NEG_OMIT)
  M.details = C.details(M.details)
  M.metric_text = C.metric_text(M.metric_text)
  M.evidence_details = C.evidence_details(M.evidence_details)
  M.evidence = C.evidence(M.evidence)
  M.of_device = C.of_device(M.of_device, DEVICE, SYSTEM, PERSON, REPAIR, compile(THING_HEAD_WORDS),
    compile(THING_NOT_WORDS), compile(M.norm_list(PLACE_OF_WORDS)), RATE)
  M.made_to_count = C.made_to_count(M.made_to_count, M.negated)
  M.first_live = C.first_live(M.first_live, M.negated)
  M.in_sentence = C.in_sentence(M.in_sentence)
  M.praise = C.praise(M.praise, LIKES_COUNTED, HONOURED, COMMENDED, LIKE_QUOTA, compile(PRAISED),
    compile(PRAISE_MANNER_WORDS), compile(PRAISE_CLOSE_WORDS))
end

-- the wording metric_check takes as a firm link (a read-only copy): for a
-- metric rule's needs, which must hold every word its check may report on
-- (rules/README.md)
M.FIRM_LINK = M.words(FIRM_LINK_WORDS)

return M
