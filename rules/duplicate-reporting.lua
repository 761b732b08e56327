-- duplicate-reporting: the same data required on several platforms or forms
-- (多头填报, 重复填报, 同时在X平台和Y平台报送).
-- ---------------------------------------------------------------------------
-- local helpers (each rule file has its own environment; kept in sync by hand
-- across points-ranking, trace-evidence, data-entry-quota, chat-group-burden
-- and duplicate-reporting)
local N = jianfu.normalize
local function norm_list(t) local o = {} for i, s in ipairs(t) do o[i] = N(s) end return o end

-- clause segments end at these (normalized: ，→, ；→;)
local SEG_END = { ",", ";", "。", "!", "?" }

-- the start and end (inclusive) of the comma-bounded segment around [from, to]
local function segment(text, from, to)
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

-- words that forbid, cancel or renounce what follows them in the segment
local NEG_BEFORE = norm_list {
  "不得", "严禁", "禁止", "不再", "取消", "停止", "杜绝", "防止", "纠正", "不搞", "不设置",
  "不设", "不统计", "不要求", "不以", "不将", "不作", "不纳入", "不与", "删除", "清理",
  "避免", "减少", "精简", "反对", "不能", "不应", "无需", "不需", "不必", "严防", "压减",
  "解散", "叫停", "废止", "暂停", "暂缓", "中止", "终止", "不排名", "不准", "不允许", "摒弃", "取缔", "不强制", "不规定",
  "不开展", "不进行", "不下达", "不对", "不向", "不给", "不按", "不实行", "不通报",
  "不考核", "不计入考核",
  -- sanctions for practising the banned thing: "一经发现违规要求…的，每起扣1分"
  "违规", "经查实", "查实", "一经发现", "擅自", "变相",
}
-- "不得低于" is a threshold, "…的不得参加评优" a sanction: not a prohibition
local NEG_FALSE = norm_list {
  "不得低于", "不得少于", "不得超过", "不得高于", "不得评", "不得参加", "不得参与",
  "不得提拔", "不得推荐", "不得享受", "不得分", "不得晚于", "不得迟于", "不得缺",
}
-- after the term in its segment: the term is described as a problem or exempted
local NEG_AFTER = norm_list {
  "不纳入", "不作考核", "不作为考核", "不作统计", "不作要求", "不列入", "不予统计",
  "的问题", "等问题", "问题予以", "的现象", "等现象", "的做法", "等做法", "等形式",
  "代替", "替代", "不与", "不再",
}

local function any_in(text, words, s, e)
  for _, w in ipairs(words) do
    local a = string.find(text, w, s, true)
    if a and a + #w - 1 <= e then return a, w end
  end
  return nil
end

-- is [from, to] forbidden, cancelled, rectified or described as a problem?
local function negated(clause, from, to)
  if clause:prohibited(from, to) then return true end
  local text = clause.text
  local s, e = segment(text, from, to)
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
      if not false_alarm then return true end
      init = a + 1
    end
  end
  if any_in(text, NEG_AFTER, to + 1, e) then return true end
  return false
end

-- occurrences of terms, minus those overlapping an other-meaning phrase
local function find_terms(text, terms, unless)
  local hits = jianfu.find_all(text, terms)
  if not unless or #unless == 0 then return hits end
  local blocks = jianfu.find_all(text, unless)
  local out = {}
  for _, h in ipairs(hits) do
    local other = false
    for _, b in ipairs(blocks) do
      if jianfu.overlaps(h.from, h.to, b.from, b.to) then other = true break end
    end
    if not other then out[#out + 1] = h end
  end
  return out
end

-- first hit that is not negated
local function first_live(clause, hits)
  for _, h in ipairs(hits) do
    if not negated(clause, h.from, h.to) then return h end
  end
  return nil
end

-- a field of a scheme that only names things (item name, section title)
local function name_field(clause)
  local loc = clause.locator
  if not loc then return false end
  return loc == "title" or loc:sub(-5) == ".name" or loc:sub(-6) == ".title"
end

-- a scheme item's scoring or evidence field that only repeats what its
-- criterion says: the finding belongs on the criterion ("未上传照片的视为未巡查"
-- under "每日拍照上传巡查照片")
local function repeats_item(clause, terms)
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

-- the clause is made to count: an assessment link, threshold or penalty that
-- is not itself renounced ("不排名、不通报" names 通报 without doing it; but
-- "取消当年评先资格" is a sanction, not a cancellation)
local function renounced(text, from)
  local pre = text:sub(math.max(1, from - 3), from - 1)
  return pre == "不" or pre == "无" or pre == "非"
end
local function counts(clause)
  local text = clause.text
  local l = clause.link
  if l and (l.kind ~= "explicit" or not l.from or not renounced(text, l.from)) then return true end
  for _, t in ipairs(clause.thresholds) do
    if not negated(clause, t.from, t.to) then return true end
  end
  for _, p in ipairs(clause.penalties) do
    if not renounced(text, p.from) then return true end
  end
  return false
end

local PERIOD_TEXT = { day = "每天", week = "每周", month = "每月", quarter = "每季度", year = "每年" }
local PENALTY_TEXT = {
  deduct = "扣分", ["no-score"] = "不得分", disqualify = "取消评优资格", notify = "通报",
  interview = "约谈", pay = "与奖金挂钩", veto = "一票否决", accountability = "问责",
}
local function fmtnum(v)
  if math.type(v) == "float" and v == math.floor(v) then return string.format("%d", math.tointeger(v)) end
  return tostring(v)
end

-- evidence common to all five rules: threshold, frequency, penalty, link
local function gather(clause, at)
  local ev = {}
  local th = jianfu.nearest(clause.thresholds, at)
  local item = clause.item
  if not th and item and #item.thresholds > 0 then th = item.thresholds[1] end
  if th then ev.threshold = { op = th.op, value = th.value, unit = th.unit } end
  local fr = jianfu.nearest(clause.frequencies, at)
  if not fr and item and #item.frequencies > 0 then fr = item.frequencies[1] end
  if fr then ev.frequency = fr.period end
  local pen = jianfu.nearest(clause.penalties, at)
  if not pen and item and #item.penalties > 0 then pen = item.penalties[1] end
  if pen then
    ev.penalty = pen.kind
    if pen.points and pen.points > 0 then ev.penalty_points = pen.points end
    ev.penalty_text = pen.text
  end
  if clause.link then ev.link = clause.link.word or clause.link.kind end
  return ev
end

-- "（要求 ≥80%；每月统计；扣0.5分）"
local function details(ev)
  local parts = {}
  if ev.threshold then parts[#parts + 1] = "要求 " .. jianfu.format_threshold(ev.threshold)
  elseif ev.quota then parts[#parts + 1] = "要求 " .. fmtnum(ev.quota.value) .. (ev.quota.unit or "") end
  if ev.frequency then parts[#parts + 1] = (PERIOD_TEXT[ev.frequency] or ev.frequency) .. "统计" end
  if ev.ranking then parts[#parts + 1] = "“" .. ev.ranking .. "”" end
  if ev.penalty_text then parts[#parts + 1] = "“" .. ev.penalty_text .. "”"
  elseif ev.penalty then parts[#parts + 1] = PENALTY_TEXT[ev.penalty] or ev.penalty end
  if #parts == 0 and ev.link then
    if ev.link == "scheme" then parts[#parts + 1] = "考核方案计分项"
    elseif ev.link == "document" then parts[#parts + 1] = "考核文件计分项"
    else parts[#parts + 1] = "与“" .. ev.link .. "”挂钩" end
  end
  if #parts == 0 then return "" end
  return "（" .. table.concat(parts, "；") .. "）"
end

-- the number nearest to `at` whose unit is one of `units`
local function nearest_count(clause, at, units)
  local best
  for _, n in ipairs(clause.numbers) do
    if units[n.unit] and (not best or math.abs(n.from - at) < math.abs(best.from - at)) then best = n end
  end
  return best
end
-- ---------------------------------------------------------------------------

-- several places at once
local MULTI = norm_list {
  "多头填报", "多头报送", "多头上报", "多头录入", "重复填报", "重复录入", "重复报送",
  "重复上报", "重复采集", "重复提交", "多头", "重复", "同时", "分别", "既要", "又要", "同步",
  "两处", "三处", "多处", "两套", "三套", "多套", "多个平台", "多个系统", "一式多份",
}
-- entering / reporting data
local VERB = norm_list {
  "填报", "录入", "报送", "上报", "采集", "填写", "上传", "提交", "登记", "录", "报", "填",
}
-- platforms and forms
local PLACE = norm_list {
  "平台", "系统", "app", "台账", "纸质", "电子", "表格", "报表", "浙政钉", "钉钉", "邮箱", "群",
  "版", "小程序", "云",
}
-- "重复" of other things
local MULTI_UNLESS = norm_list {
  "重复建设", "功能重复", "职能重复", "重复检查", "重复考核", "重复发文", "分别扣", "分别得",
  "分别达到", "分别为", "分别由", "分别负责", "同时期", "同比", "同时发生", "一次采集",
  "多方共享", "多方共用", "一处录入", "一处填报", "只需", "仅需",
}
-- several platforms by number: 三个平台, 两平台, 2个系统 (a count of two or more
-- before a platform word), and each of them: 各录一遍, 双线填报
local MANY = { "两", "二", "三", "四", "五", "六", "七", "八", "九", "十", "双", "多", "几",
  "2", "3", "4", "5", "6", "7", "8", "9" }
local MANY_PLACE = norm_list { "平台", "系统", "app", "套表", "张表", "个平台", "个系统", "个app" }
local EACH = norm_list { "各录", "各填", "各报", "各上报", "各录入", "各填报", "各报送", "各登记",
  "双线", "双轨" }
local function counted_places(text)
  local out = {}
  for _, m in ipairs(MANY) do
    local init = 1
    while true do
      local a, b = string.find(text, m, init, true)
      if not a then break end
      for _, p in ipairs(MANY_PLACE) do
        if text:sub(b + 1, b + #p) == p then
          out[#out + 1] = { term = text:sub(a, b + #p), from = a, to = b + #p }
          break
        end
      end
      init = b + 1
    end
  end
  for _, h in ipairs(jianfu.find_all(text, EACH)) do out[#out + 1] = h end
  table.sort(out, function(x, y) return x.from < y.from end)
  return out
end

local MUST = norm_list {
  "须", "需", "必须", "要求", "应当", "均要", "都要", "既要", "缺一不可", "一致", "均完成",
}

local function check(clause, report)
  if name_field(clause) or repeats_item(clause, MULTI) then return end
  local text = clause.text
  -- compliant principle stated anywhere in the clause: one entry, shared
  local m
  local cands = find_terms(text, MULTI, MULTI_UNLESS)
  for _, h in ipairs(counted_places(text)) do cands[#cands + 1] = h end
  for _, h in ipairs(cands) do
    if not negated(clause, h.from, h.to) then
      local s, e = segment(text, h.from, h.to)
      -- the segment, widened to the next one for "既要录入X,又要…同步填报"
      if any_in(text, VERB, s, e) and any_in(text, PLACE, s, e) then m = h break end
    end
  end
  if not m then return end
  if any_in(text, norm_list { "一次采集", "多方共享", "多方共用", "一处录入", "数据共享", "只需", "仅需" }, 1, #text) then
    return
  end
  local counted = counts(clause) or (clause.doc and clause.doc.assessment)
    or any_in(text, MUST, 1, #text)
  if not counted then return end
  local ev = gather(clause, m.from)
  ev.metric = m.term
  local places = {}
  for _, p in ipairs(find_terms(text, PLACE)) do
    if #places < 4 then places[#places + 1] = p.term end
  end
  ev.places = places
  report {
    from = m.from, to = m.to, evidence = ev,
    message = "要求同一数据在多个平台或表格“" .. m.term .. "”填报" .. details(ev),
  }
end

jianfu.rule {
  id = "duplicate-reporting",
  category = "duplicate-reporting",
  severity = "warning",
  title = "要求同一数据在多个平台、系统或表格重复填报",
  description = [[
同一数据既要录入省级系统、又要在市县平台和纸质台账中再填一遍，是中央网信办整治
方案点名的“多头填报”。义乌一名街道干部一天要登录多达18个系统，上海居村一度面对
38个填报系统。重复填报挤占为群众办事的时间，还造成数据不一致。应当“一次采集、
多方共享”：数据一处录入，其他系统通过共享获取；考核不以多平台填报齐全与否计分。]],
  basis = {
    "整治形式主义为基层减负若干规定",
    "中央网信办《“指尖上的形式主义”全国整治工作方案》",
    "关于防治“指尖上的形式主义”的若干意见",
  },
  precedents = { "yiwu", "shanghai" },
  triggers = {
    "多头", "重复", "同时", "分别", "既要", "同步", "两处", "三处", "多处", "两套", "三套",
    "多套", "多个平台", "多个系统",
    "个平台", "个系统", "两平台", "双平台", "两系统", "各录", "各填", "各报", "各上报", "双线",
    "双轨",
  },
  examples = {
    bad = {
      "流动人口信息须同时在“基层治理四平台”、“浙政钉”工作台和“网格通”系统中分别录入，任一系统未录入的每条扣0.1分",
      "同一月度统计报表须同时通过浙政钉报送和纸质盖章报送，缺报一处扣0.5分",
      { text = "网格内人口、房屋信息须同时在“网格通”和区级综治平台中分别采集录入", scheme = true },
      { text = "安全检查记录同时在纸质台账和“安全监管”APP中报送（2分）", title = "2024年度村（社区）工作考核细则" },
      "同一批低保對象信息須分別在民政系統、鄉村振興平台和縣級數據平台重複填報，漏報一處扣1分",
      "疫苗接种数据既要在省平台上报，又要在市平台重复录入，两处均完成方可计分",
      "同一户籍人口信息须在公安、民政、卫健三个平台各录一遍",
      "资金台账须在“防返贫监测平台”和“乡村振兴云”双线填报",
    },
    good = {
      "同一数据原则上一次采集、多方共享，不得多头填报、重复填报",
      "不得要求基层在多个平台重复填报同一数据",
      "推行“一表通”，同一数据一处录入、多方共享，需填报的系统由19个减至7个",
      "同一数据只需一次录入，系统间共享，不再重复填报",
      "解散功能重复的工作群，整合重复建设的平台",
      "两名干部分别负责台账登记和系统录入",
      "经查实存在要求基层多头填报、重复填报行为的，本项不得分",
      "全县三个平台已实现数据互通，基层只需填报一次",
      "将原有的两个平台整合为一个，减少基层填报负担",
    },
  },
  check = check,
}
