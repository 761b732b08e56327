-- points-ranking: platform points, rankings and periodic league tables of
-- usage measures, and tying them to appraisal, promotion or discipline.
-- Reported in addition to the usage measure's own category (see
-- fixtures/corpus/README.md): "每月对APP活跃度排名通报" is app-usage-metric AND
-- points-ranking.
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

-- usage / engagement / trace measures of every category: ranked or
-- periodically notified, any of them makes a league table of usage
local USAGE = norm_list {
  "活跃率", "活跃度", "日活", "月活", "活跃用户", "使用率", "使用频次", "使用次数", "使用情况",
  "登录率", "登录次数", "登录情况", "登陆率", "上线率", "点击率", "点击量", "访问量", "浏览量",
  "访问次数", "启用率", "打开率", "已读率", "查阅率", "活跃人数", "活跃账号", "登录人数",
  "登录人次", "参与率",
  "下载量", "安装量", "安装率", "装机率", "注册量", "注册率", "注册人数", "注册数", "关注量",
  "关注数", "粉丝", "订阅数", "订阅量", "新增关注",
  "点赞", "转发量", "转发数", "评论数", "评论量", "分享量", "分享数", "投票", "票数", "阅读量",
  "阅读数", "刷票", "留言数", "播放量", "观看量",
  "打卡", "签到",
  "在线时长", "学习时长", "研修时长", "学时", "在线率", "挂机", "在线时间", "学习时间",
  "积分",
  "录入", "发稿量", "投稿量", "供稿量", "稿件数", "报送条数", "报送数量", "信息报送", "报送信息", "上报数量", "上报条数", "填报条数",
  "填报数量", "采集量", "上报信息", "录入量",
  "入群率", "回复率", "接龙",
  "照片数", "截图数", "上传照片",
}
-- the same characters meaning something else
local USAGE_UNLESS = norm_list {
  "资金使用率", "病床使用率", "床位使用率", "设备使用率", "土地使用率", "场地使用率",
  "会议签到", "签到表", "培训签到", "签到制度", "点赞身边", "为干部点赞", "活跃市场主体",
  "积分兑换", "积分超市", "积分制", "积分落户", "积分商城", "兑换积分", "垃圾分类积分",
}
-- platform points (学习积分, 平台积分, "学习强国"积分)
local POINTS = norm_list { "积分" }
-- whole-clause markers that 积分 means points of real conduct or a reward scheme
local POINTS_OTHER = norm_list {
  "积分兑换", "积分超市", "积分制", "积分落户", "积分商城", "兑换", "垃圾分类", "可获积分",
  "获得积分", "落户",
  -- 党员积分管理: a points system of real conduct (组织生活, 志愿服务), not platform points
  "积分管理",
}
-- what makes points count: appraisal, promotion, pay, a ranking
local POINTS_LINK = norm_list {
  "考核", "考评", "评优", "评先", "优秀", "提拔", "任用", "绩效", "奖金", "挂钩", "前置条件",
  "硬性条件", "条件", "依据", "参考", "推荐", "评星", "定级", "扣", "加1分", "加分", "得分",
  "计分", "权重", "排名", "名次", "排行", "红黑榜", "通报", "公示", "公布", "末位", "不足",
  "低于", "不少于", "达到", "以上",
}
-- a league table
local RANKING = norm_list {
  "排名", "名次", "排行榜", "排行", "排序", "红黑榜", "红榜", "黑榜", "末位", "排位", "晾晒",
  "位次", "亮榜", "倒数",
}
-- a public notification, periodic when a period word comes right before it
local NOTIFY = norm_list { "通报", "公布", "公示" }

-- a place in a league table: 前三名, 后3位, 第一名, 倒数第二 (the count in
-- Arabic or Chinese numerals); a ranking even when 排名 is not written
local RANK_SIDE = norm_list { "前", "后", "第", "倒数" }
local RANK_NUM = { "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百" }
local RANK_END = norm_list { "名", "位" }
local function rank_positions(text)
  local out = {}
  for _, side in ipairs(RANK_SIDE) do
    local init = 1
    while true do
      local a, b = string.find(text, side, init, true)
      if not a then break end
      local j = b + 1
      local digits = 0
      while true do
        local c = text:sub(j, j)
        if c:match("%d") then j = j + 1 digits = digits + 1
        else
          local cn = false
          for _, d in ipairs(RANK_NUM) do
            if text:sub(j, j + #d - 1) == d then j = j + #d cn = true digits = digits + 1 break end
          end
          if not cn then break end
        end
      end
      if digits > 0 and digits <= 3 then
        for _, e in ipairs(RANK_END) do
          if text:sub(j, j + #e - 1) == e then
            out[#out + 1] = { term = text:sub(a, j + #e - 1), from = a, to = j + #e - 1 }
            break
          end
        end
      end
      init = b + 1
    end
  end
  table.sort(out, function(x, y) return x.from < y.from end)
  return out
end
local PERIOD_MARK = norm_list { "月", "周", "季度", "季", "日", "天", "旬", "半月", "年度" }

local function periodic_notify(text, hit)
  -- "每月通报", "按周公布", "搞“月通报”": the period is at most two characters before
  local lo = math.max(1, hit.from - 9)
  local before = text:sub(lo, hit.from - 1)
  for _, p in ipairs(PERIOD_MARK) do
    local a = string.find(before, p, 1, true)
    if a then return true end
  end
  return false
end

local function check(clause, report)
  if name_field(clause) or repeats_item(clause, RANKING) or repeats_item(clause, POINTS) then
    return
  end
  local text = clause.text

  -- (1) platform points used as a criterion
  local other_points = any_in(text, POINTS_OTHER, 1, #text)
  if not other_points then
    local p = first_live(clause, find_terms(text, POINTS))
    if p then
      local linked = counts(clause)
      local lw
      if not linked then
        local a, w = any_in(text, POINTS_LINK, 1, #text)
        if a and not negated(clause, a, a + #w - 1) then linked = true lw = w end
      end
      if linked then
        local ev = gather(clause, p.from)
        ev.metric = p.term
        local rk = first_live(clause, find_terms(text, RANKING))
        if rk then ev.ranking = rk.term end
        if lw and not ev.link then ev.link = lw end
        report {
          from = p.from, to = p.to, evidence = ev,
          message = "以平台“积分”作为考核、排名或评优提拔依据" .. details(ev),
        }
        return
      end
    end
  end

  -- (2) a usage measure ranked or periodically notified
  local usage = first_live(clause, find_terms(text, USAGE, USAGE_UNLESS))
  if not usage then return end
  local how, at
  for _, r in ipairs(find_terms(text, RANKING)) do
    if not negated(clause, r.from, r.to) then how, at = r.term, r break end
  end
  if not how then
    for _, r in ipairs(rank_positions(text)) do
      if not negated(clause, r.from, r.to) then how, at = r.term, r break end
    end
  end
  if not how then
    for _, n in ipairs(find_terms(text, NOTIFY)) do
      if periodic_notify(text, n) and not negated(clause, n.from, n.to) then
        how, at = "定期" .. n.term, n
        break
      end
    end
  end
  if not how then return end
  local ev = gather(clause, usage.from)
  ev.metric = usage.term
  ev.ranking = how
  local from = math.min(usage.from, at.from)
  local to = from == usage.from and usage.to or at.to
  report {
    from = from, to = to, evidence = ev,
    message = "对“" .. usage.term .. "”等使用数据进行排名或定期通报" .. details(ev),
  }
end

-- the rule runs where a ranking word, a notification or a place in a league
-- table (前三名, 后5位: every 前/后/第 + a numeral) occurs
local TRIGGERS = {
  "积分", "排名", "名次", "排行", "排序", "红黑榜", "红榜", "黑榜", "末位", "排位", "晾晒",
  "位次", "亮榜", "通报", "公布", "公示", "倒数",
}
for _, side in ipairs { "前", "后", "第" } do
  for _, d in ipairs { "1", "2", "3", "4", "5", "6", "7", "8", "9", "一", "二", "两", "三", "四",
      "五", "六", "七", "八", "九", "十" } do
    TRIGGERS[#TRIGGERS + 1] = side .. d
  end
end

jianfu.rule {
  id = "points-ranking",
  category = "points-ranking",
  severity = "error",
  title = "以平台积分、使用数据排名或定期通报作为考核手段",
  description = [[
学习平台、政务APP的“积分”只记录点击、登录、答题等使用痕迹，不反映工作实绩。
把积分设为达标线、按积分或活跃度、使用率、打卡、录入条数等使用数据排名、
搞“周通报”“月通报”“红黑榜”，或把积分作为评优评先、提拔任用、绩效奖金的依据，
会迫使干部刷分、挂机、一人多机，属于“指尖上的形式主义”（甘肃监狱戒毒系统把
积分作为提拔评优硬性条件；高邮按周按月对使用率排名通报）。
考核应看任务完成质量、群众满意度、问题解决率等实际成效；平台可以自愿使用，
使用数据不排名、不通报、不与评优提拔挂钩。GDP增速、办结率等实际成效的排名，
以及对具体问题的一次性通报批评，不在此列。]],
  basis = {
    "整治形式主义为基层减负若干规定",
    "关于防治“指尖上的形式主义”的若干意见",
    "中央网信办《“指尖上的形式主义”全国整治工作方案》",
    "关于进一步规范移动互联网应用程序整治“指尖上的形式主义”的通知",
  },
  precedents = { "gansu-prisons-2024", "gaoyou", "yunnan-2024", "yihuang-2023", "yuechi-2023",
    "qiqihar-2023", "shanghai" },
  triggers = TRIGGERS,
  examples = {
    bad = {
      "学习平台积分纳入年度考核，每季度对各监区积分进行排名通报",
      "学习积分作为干部提拔任用、评优评先的硬性条件",
      "每周通报各街道“浙政钉”日活跃度排名，连续两周排名末位的由分管领导作书面说明",
      "县综治中心下达各乡镇网格事件录入任务数，每月通报录入完成率",
      { text = "每月对各处室学习积分进行排名，排名情况在机关内通报", scheme = true },
      { text = "党员“学习强国”积分每月排名，后三名的村扣1分", title = "某镇2024年度村（社区）工作目标考核细则" },
      "將「學習強國」積分與年度績效獎金掛鉤",
      "“学习强国”积分排名前１０％的干部优先推荐评先评优",
      "各部门政务微博点击率纳入考核，前三名各加1分",
      "区融媒体中心每月对各街道视频号粉丝增量进行排名",
    },
    good = {
      "取消“学习强国”积分排名通报和学习时长考核",
      "鼓励干部使用“学习强国”学习，不统计积分、不排名",
      "上半年全县GDP增速在全市排名第三",
      "对检查中发现的问题予以通报，限期整改",
      "积分落户政策按市人社局有关规定执行",
      "开展垃圾分类积分兑换活动，居民凭积分兑换生活用品",
      "工作群内通知须在5分钟内回复“收到”，未及时回复的通报批评",
      "停止按月对各单位政务APP使用率进行排名",
      "学习积分仅作为个人学习记录，不排名、不通报",
      "考核结果排名前三位的乡镇给予通报表扬",
      "全县新增市场主体数量位列全市第二名",
      "党员积分管理依据实际参加组织生活、志愿服务情况计分，不以线上学习积分代替",
      "各乡镇（街道）可通过“随手调”App登记矛盾纠纷，县综治中心不下达录入任务数，不对录入数量进行通报排名",
    },
  },
  check = check,
}
