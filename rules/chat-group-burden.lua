-- chat-group-burden: work chat-group duties made into criteria: reply-time
-- limits, "收到" replies, group relay (接龙) and check-ins, mandatory
-- membership of many groups, 入群率.
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

-- a work chat group (not 群众, 人群, 群体)
local GROUP = norm_list {
  "工作群", "微信群", "钉钉群", "qq群", "群内", "群里", "群中", "在群", "入群", "个群", "群聊",
  "通知群", "楼栋群", "业主群", "群消息", "群通知", "各类群", "建群", "进群", "一个群", "项目群",
  "群“", "群\"",
}
-- duties in a group
local REPLY = norm_list {
  "回复“收到”", "回复\"收到\"", "回复收到", "“收到”", "\"收到\"", "秒回", "回复", "回覆",
  "响应", "应答",
}
local RELAY = norm_list { "接龙" }
local CHECKIN = norm_list { "打卡", "签到", "报到", "报平安" }
local MEMBER = norm_list { "入群率", "入群情况", "入群", "加入", "进群" }
-- words that make a group duty a requirement
-- replying to residents, firms or petitioners is service, not a group burden
local SERVICE = norm_list {
  "群众", "居民", "村民", "企业", "诉求", "反映", "投诉", "咨询", "留言", "来信", "来访", "办事",
  "市民", "游客", "患者", "家长",
}
local MUST = norm_list { "须", "必须", "要求", "应当", "务必", "一律", "全部", "全员", "以群内" }

-- position of the first group word in [s, e], or nil
local function group_in(text, s, e)
  local best
  for _, g in ipairs(GROUP) do
    local a = string.find(text, g, s, true)
    if a and a <= e and (not best or a < best) then best = a end
  end
  return best
end

local function check(clause, report)
  if name_field(clause) or repeats_item(clause, GROUP) or repeats_item(clause, RELAY)
      or repeats_item(clause, REPLY) then
    return
  end
  local text = clause.text
  local duty, kind
  -- a reply demanded within a group or on a notice: quoted 收到, 秒回, N分钟内回复
  for _, h in ipairs(find_terms(text, REPLY)) do
    if not negated(clause, h.from, h.to) then
      local strong = h.term:find("收到", 1, true) or h.term == N("秒回")
      local ctx = group_in(text, 1, #text) or string.find(text, "通知", 1, true)
        or string.find(text, "消息", 1, true)
      local service = not strong and any_in(text, SERVICE, 1, #text)
      if (strong or ctx) and not service then duty, kind = h, "reply" break end
    end
  end
  if not duty then
    for _, h in ipairs(find_terms(text, RELAY)) do
      if not negated(clause, h.from, h.to) then duty, kind = h, "relay" break end
    end
  end
  if not duty then
    for _, h in ipairs(find_terms(text, CHECKIN)) do
      local s, e = segment(text, h.from, h.to)
      if group_in(text, s, e) and not negated(clause, h.from, h.to) then duty, kind = h, "checkin" break end
    end
  end
  if not duty then
    for _, h in ipairs(find_terms(text, MEMBER)) do
      local s, e = segment(text, h.from, h.to)
      local g = group_in(text, s, e) or (h.term:find("群", 1, true) and h.from)
      if g and not negated(clause, h.from, h.to) then duty, kind = h, "member" break end
    end
  end
  if not duty then return end

  local counted = counts(clause) or #clause.frequencies > 0 or any_in(text, MUST, 1, #text)
    or string.find(text, "前", 1, true) -- "8点前在群内接龙"
  if not counted then return end

  local ev = gather(clause, duty.from)
  ev.duty = kind
  ev.metric = duty.term
  -- report from the group word when it comes first ("工作群内通知须在10分钟内回复")
  local g = group_in(text, 1, duty.from)
  local from = g and g < duty.from and g or duty.from
  local what = ({
    reply = "限时回复或回复“收到”",
    relay = "群内“接龙”",
    checkin = "群内打卡、签到",
    member = "强制加入工作群、考核入群率",
  })[kind]
  report {
    from = from, to = duty.to, evidence = ev,
    message = "将工作群" .. what .. "作为考核要求" .. details(ev),
  }
end

jianfu.rule {
  id = "chat-group-burden",
  category = "chat-group-burden",
  severity = "warning",
  title = "以工作群限时回复、回复“收到”、群内接龙打卡或入群率作为考核要求",
  description = [[
工作群是传达通知的工具，不是考勤机。规定“N分钟内回复收到”、以群内回复作为
任务交办完成的依据、要求在群内接龙、打卡报到，或强制加入大量工作群、考核入群率，
让基层干部整天盯着手机应答，回复了“收到”却没人真正办事（祁连县卫健局18个工作群；
清江浦区隐患信息人人回复“收到”、无人叫停施工）。工作群应精简整合、只发通知，
不规定回复时限，不以回复、入群情况考核；考核看任务是否真正落实。]],
  basis = {
    "整治形式主义为基层减负若干规定",
    "关于防治“指尖上的形式主义”的若干意见",
    "中央网信办《“指尖上的形式主义”全国整治工作方案》",
  },
  precedents = { "qilian-2024", "qingjiangpu-2024" },
  triggers = {
    "收到", "秒回", "回复", "回覆", "响应", "应答", "接龙", "入群", "进群",
    "工作群", "微信群", "钉钉群", "群内", "群里", "个群",
  },
  examples = {
    bad = {
      "工作群内发布的通知须在30分钟内回复“收到”，未按时回复的每次扣0.2分",
      "各单位负责人须加入全部18个微信工作群，每少加入1个群扣0.2分",
      { text = "以群内回复“收到”作为隐患交办完成的依据", scheme = true },
      { text = "镇工作群内通知须在10分钟内回复“收到”", title = "某镇2024年度村（社区）工作目标考核细则" },
      "群內通知須於１５分鐘內回覆「收到」，逾時未回覆的每次扣０．５分",
      "每天早上8点前在工作群内接龙签到，未签到的按缺勤处理",
      "社区工作者入群率纳入季度考核",
    },
    good = {
      "不得要求基层在工作群内“接龙”回复，不得规定回复时限",
      "工作群仅用于发布通知，不得以群内回复“收到”代替现场处置，群内回复情况不纳入考核",
      "针对此前隐患信息在群内回复“收到”、无人叫停施工的问题立即整改",
      "收到上级文件后两小时内转发至各乡镇",
      "全县清理整合工作群三十五个，合并五个",
      "每月在“卫健系统信息报送群”报送工作动态信息",
      "对群众来信来访须在7日内回复",
      "居民可在业主群内反映问题，物业须在2小时内回复",
      "一经发现违规要求在工作群内限时回复“收到”的，每起扣1分",
    },
  },
  check = check,
}
