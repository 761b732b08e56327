-- data-entry-quota: quotas for entering or reporting records into a platform
-- (录入任务数, 每月上报不少于N条, 信息报送数量计分), with or without a named
-- platform, especially with periodic notification.
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

-- entering / reporting records
local ENTRY = norm_list {
  "录入", "上报", "报送", "填报", "采集", "登记", "提交", "录报", "报录", "投稿", "供稿", "发稿",
  -- publishing posts on a platform is entering records too (发布村务动态不少于10条)
  "发布", "发帖", "更新动态",
}
-- the same characters meaning something else (reporting a real incident once,
-- handing in a form, registering property)
local ENTRY_UNLESS = norm_list {
  "登记率", "确权登记", "不动产登记", "登记覆盖率", "报送县", "报送至", "报送市", "报送区",
  "下载附件", "及时上报", "当日上报", "第一时间", "立即上报",
  -- the compliant principle: collect once, share everywhere
  "一次采集", "多方共享", "多方共用",
  -- publishing a notice, a warning or a policy once is no count of posts
  "发布通知", "发布预警", "发布公告", "发布政策", "发布会", "新闻发布", "发布的通知",
}
-- units that make a number a count of records
local RECORD_UNITS = { ["条"] = true, ["件"] = true, ["篇"] = true, ["份"] = true, ["起"] = true,
  ["则"] = true, ["例"] = true }
-- nouns that count records
local COUNT_WORDS = norm_list {
  "任务数", "录入任务", "年度任务", "数量", "条数", "件数", "录入量", "上报量", "报送量",
  "采集量", "填报量", "发稿量", "投稿量", "供稿量", "稿件数", "按条", "每条计", "量化计分", "完成率",
}
-- what makes a count of records count
local COUNT_LINK = norm_list {
  "考核", "考评", "计分", "得分", "扣", "加", "排名", "通报", "绩效", "挂钩", "下达", "纳入",
  "不少于", "不低于", "达到", "以上", "不足",
}

local function check(clause, report)
  if name_field(clause) or repeats_item(clause, ENTRY) then return end
  local text = clause.text
  local v
  for _, h in ipairs(find_terms(text, ENTRY, ENTRY_UNLESS)) do
    if not negated(clause, h.from, h.to) then v = h break end
  end
  if not v then return end
  local ev = gather(clause, v.from)
  ev.metric = v.term
  -- a count of records: a number of 条/件 or a counting noun made to count
  -- "同一份报表", "任一条" name one record, not a quota: only a count above one
  -- or one stated as a threshold is a quota
  local q
  for _, n in ipairs(clause.numbers) do
    -- 一式三份: copies of one paper form, not a count of records
    local copies = text:sub(math.max(1, n.from - 6), n.from - 1) == N("一式")
    if RECORD_UNITS[n.unit] and not copies and (n.value > 1 or #clause.thresholds > 0)
        and (not q or math.abs(n.from - v.from) < math.abs(q.from - v.from)) then
      q = n
    end
  end
  local cw
  for _, c in ipairs(find_terms(text, COUNT_WORDS)) do
    -- a completion rate is a count of records only for an entry task
    -- ("录入任务完成率"), not for real work ("目录编制完成率")
    local rate_ok = c.term ~= N("完成率") or string.find(text, N("任务"), 1, true)
    if rate_ok and not negated(clause, c.from, c.to) then cw = c break end
  end
  if q then
    if not ev.threshold or ev.threshold.unit ~= q.unit then
      local th
      for _, t in ipairs(clause.thresholds) do if t.unit == q.unit then th = t end end
      if th then ev.threshold = { op = th.op, value = th.value, unit = th.unit }
      else ev.threshold = nil ev.quota = { value = q.value, unit = q.unit } end
    end
  elseif cw then
    local linked = counts(clause)
    if not linked then
      local a, w = any_in(text, COUNT_LINK, 1, #text)
      linked = a ~= nil and not negated(clause, a, a + #w - 1)
    end
    if not linked then return end
    ev.count = cw.term
    if ev.threshold and ev.threshold.unit == "%" and cw.term ~= "完成率" then ev.threshold = nil end
  else
    return
  end
  local msg
  if ev.count then
    msg = "以“" .. v.term .. "”的“" .. ev.count .. "”作为考核指标"
  else
    msg = "给“" .. v.term .. "”下达条数任务，以录入、报送数量作为考核指标"
  end
  report { from = v.from, to = v.to, evidence = ev, message = msg .. details(ev) }
end

jianfu.rule {
  id = "data-entry-quota",
  category = "data-entry-quota",
  severity = "error",
  title = "给基层下达平台录入、信息上报的数量任务并以条数考核",
  description = [[
向基层下达“录入任务数”、规定“每月上报不少于N条”、按报送条数计分或排名通报，
考的是录入了多少条，而不是问题解决了没有。岳池县给27个乡镇下达“随手调”App录入
矛盾纠纷年度任务数并月通报，结果部分乡镇编造虚假纠纷信息。这类数量指标既加重
基层负担，又污染数据。平台录入应当据实进行、有事则报；考核应看矛盾纠纷化解率、
事件按时处置率、群众满意度等实际成效，不以录入条数、报送数量论高低。]],
  basis = {
    "整治形式主义为基层减负若干规定",
    "关于防治“指尖上的形式主义”的若干意见",
    "中央网信办《“指尖上的形式主义”全国整治工作方案》",
  },
  precedents = { "yuechi-2023", "shanghai", "qilian-2024" },
  triggers = { "录入", "上报", "报送", "填报", "采集", "登记", "提交", "投稿", "供稿", "发稿",
    "錄入", "報送", "发布", "发帖", "更新动态" },
  examples = {
    bad = {
      "各乡镇每月通过“随手调”App上报矛盾纠纷信息不少于30条，每少1条扣0.1分",
      "县综治中心下达各乡镇网格事件录入任务数，每月通报录入完成率",
      { text = "按县综治中心下达的年度任务数，使用“随手调”App录入矛盾纠纷信息", scheme = true },
      { text = "每名网格员每天在平台录入走访记录不少于5条（4分）", title = "2024年网格化服务管理工作考评细则" },
      "各鄉鎮每月在「平安建設」平台錄入網格事件不少於５０件",
      "政务信息报送实行量化计分，每报送1条计0.5分，全年不少于四十条",
      "各单位每月向“学习强国”平台投稿不少于3篇，按投稿量排名",
      "各村每月在“数字乡村”平台发布村务动态不少于10条",
    },
    good = {
      "不得将平台录入数量作为考核依据",
      "不得要求基层每天在系统录入不少于十条信息",
      "对“随手调”录入数量月通报的做法予以纠正",
      "各乡镇应通过网格平台及时上报重大隐患，做到早发现、早处置",
      "请各单位下载附件填报后，于5月10日前报送县减负办",
      "网格员通过APP上报的事件按时处置率达到95%",
      "扶贫项目资产确权登记覆盖率达到100%",
      "部门间数据共享目录编制完成率100%，同一数据“一次采集、多方共用”",
      "各乡镇可通过“随手调”App登记矛盾纠纷，县综治中心不下达录入任务数，不对录入数量进行通报排名",
      "同一份防汛值班信息须在三个系统分别填报，缺报一个系统扣一分",
      "投票活动各村须完成１０００票以上，完成情况每日上报",
      "请于十日内下载附件一填写申报表，纸质版一式三份报送",
      "申报材料一式两份报送县发改局",
    },
  },
  check = check,
}
