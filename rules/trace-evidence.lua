-- trace-evidence: photos, screenshots, videos or "traces" demanded as proof of
-- work (拍照上传, 截图上传, 留痕, 以照片为准).
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

-- what a trace is
local TRACE = norm_list {
  "拍照上传", "截图上传", "拍照", "照片", "截图", "截屏", "拍摄视频", "视频", "录像", "留痕",
  "合影", "图片",
}
-- the same characters meaning something else
local TRACE_UNLESS = norm_list {
  "短视频", "视频会议", "视频会商", "视频监控", "监控视频", "视频号", "视频通话", "视频连线",
  "证件照", "身份证照片", "免冠照片", "证件照片", "视频直播", "视频调度",
  -- a photo or video check-in is the checkin category's practice, not proof of work
  "视频打卡", "拍照打卡", "照片打卡",
}
-- the trace is demanded as proof: uploaded, counted, taken as the standard
local PROOF = norm_list {
  "上传", "为准", "依据", "证明", "视为", "认定", "计分", "不计", "计入", "计算", "核定",
  "齐全", "提供", "打包", "汇总", "发至", "发送", "报送", "不予", "作为", "缺少", "无照片",
  "未上传", "佐证",
}
-- counts of traces: "照片不少于3张", "视频每周不少于2段"
local TRACE_UNITS = { ["张"] = true, ["段"] = true, ["次"] = true, ["条"] = true, ["个"] = true }

local function check(clause, report)
  if name_field(clause) or repeats_item(clause, TRACE) then return end
  local text = clause.text
  local t = first_live(clause, find_terms(text, TRACE, TRACE_UNLESS))
  if not t then return end
  local proof = any_in(text, PROOF, 1, #text)
  local counted = counts(clause)
    or #clause.frequencies > 0 or nearest_count(clause, t.from, TRACE_UNITS)
  if not proof and not counted then return end
  local ev = gather(clause, t.from)
  ev.metric = t.term
  if not ev.threshold then
    local q = nearest_count(clause, t.from, TRACE_UNITS)
    if q then ev.quota = { value = q.value, unit = q.unit } end
  end
  local _, pw = any_in(text, PROOF, 1, #text)
  if pw then ev.proof = pw end
  report {
    from = t.from, to = t.to, evidence = ev,
    message = "以“" .. t.term .. "”等照片、截图、视频留痕作为工作完成的证明" .. details(ev),
  }
end

jianfu.rule {
  id = "trace-evidence",
  category = "trace-evidence",
  severity = "warning",
  title = "要求以拍照上传、截图、视频等留痕作为工作完成的证明",
  description = [[
以照片、截图、视频“留痕”证明工作完成，考的是会不会拍照，不是事情办没办好：
基层为了“痕迹”摆拍、补拍，甚至把时间花在整理照片上（齐齐哈尔班主任汇总“点赞”
证书照片打包上传；高邮以拍照上传提高使用率；清江浦以照片计算巡查次数）。
规定必须拍照上传、以照片截图为准认定工作、按照片数量计分，都属于“指尖上的形式
主义”。应当以实地抽查、群众评价、问题整改结果来检验工作；上传真实的业务材料
（文件、报表）不在此列。]],
  basis = {
    "整治形式主义为基层减负若干规定",
    "关于防治“指尖上的形式主义”的若干意见",
    "中央网信办《“指尖上的形式主义”全国整治工作方案》",
  },
  precedents = { "qiqihar-2023", "gaoyou", "qingjiangpu-2024" },
  triggers = {
    "拍照", "照片", "截图", "截屏", "视频", "录像", "留痕", "合影", "图片", "相片",
  },
  examples = {
    bad = {
      "网格员每日通过平台拍照上传巡查照片，以照片为准计算巡查次数",
      "入户走访须拍照上传至网格平台，无照片的不计入走访户数",
      { text = "班主任汇总全班“点赞”证书照片打包上传", scheme = true },
      { text = "各项工作留痕照片齐全（3分）", title = "2024年度村（社区）工作考核细则" },
      "各村環境整治成效以上傳照片為準，未上傳的視為未完成並扣分",
      "防汛值班人员须每２小时在系统上传一张值班照片，缺传一次扣０．５分",
    },
    good = {
      "不得以照片、视频代替实地检查，不得要求过度留痕",
      "严禁以“学习打卡”“拍照上传”等形式提高使用率、点击率",
      "对以截圖、拍照代替實績的做法予以糾正",
      "仍有以拍照上传代替实地检查的现象",
      "项目资料须上传至省投资项目平台",
      "科室医护人员全员为医院“健康科普”短视频点赞",
      "每周召开一次视频会议调度防汛工作",
      "居民可凭身份证照片在线申领居住证",
      "发现违规以拍照上传代替实地检查的，每起扣0.5分",
    },
  },
  check = check,
}
