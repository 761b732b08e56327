-- chat-group-burden: work chat-group duties made into criteria: reply-time
-- limits, "收到" replies, group relay (接龙) and check-ins, mandatory
-- membership of many groups, 入群率.

local N = jianfu.normalize
-- compared on every check, normalized once
local N_QUICK_REPLY = N("秒回")

-- the messages of a group named by its purpose, after 群的 (调度群的派单信息)
local GROUP_MESSAGES = {}
for _, m in ipairs { "消息", "信息", "通知", "派单", "指令", "任务", "工单" } do
  GROUP_MESSAGES[#GROUP_MESSAGES + 1] = "群的" .. m
end
-- a work chat group (not 群众, 人群, 群体)
local GROUP = jianfu.words(jianfu.norm_list {
  "工作群", "微信群", "钉钉群", "qq群", "群内", "群里", "群中", "在群", "入群", "个群", "群聊",
  "通知群", "楼栋群", "业主群", "群消息", "群通知", "各类群", "建群", "进群", "一个群", "项目群",
  "群“", "群\"", "群”", "群」", "群』", -- 在“村务群”签到
  -- the group a notice is posted in (请在本群回复)
  "本群", "该群",
  -- a group named by its purpose (值班群, 巡防群, 防汛群) is known by the duty
  -- done in it right after its name: 在值班群发送位置签到, 巡防群打卡
  "群发送", "群签到", "群打卡", "群接龙", "群上传", "群报到", "群报平安", "群回复",
  -- (or posting there: 每小时在项目群发布巡查情况, 在值班群报送水位)
  "群发布", "群报送", "群上报",
  -- … or by when it is done there (巡河群每天早晚打卡, 值守群每日签到)
  "群每",
  -- … or by how a check-in is made there (在值班群视频签到两次, 巡河群定位打卡,
  -- 在护林群拍照打卡)
  "群视频", "群定位", "群位置", "群拍照",
  -- a group whose name is quoted before 群 (在“驻村工作”群签到, 「巡逻」群)
  "”群", "\"群", "」群", "』群",
  -- … or by the messages posted in it (回复查勘调度群的派单信息, 调度群信息;
  -- not 古建筑群的保护情况)
  "群信息", table.unpack(GROUP_MESSAGES),
})
-- 群 after these is a cluster or a crowd (产业集群每年, 人群每平方米), and
-- before these the masses (“乡村振兴”群众): not a chat group
local NOT_CHAT = { [N("集")] = true, [N("人")] = true, [N("市")] = true, [N("族")] = true, [N("落")] = true }
local NOT_CHAT_AFTER = { [N("众")] = true, [N("体")] = true, [N("落")] = true, [N("岛")] = true }
-- (a group known by what follows 群: not after those, 人群定位, 集群视频,
-- 人群的, 集群信息)
local AFTER_GROUP = { [N("群每")] = true, [N("群视频")] = true, [N("群定位")] = true, [N("群位置")] = true,
  [N("群拍照")] = true, [N("群信息")] = true }
for _, w in ipairs(GROUP_MESSAGES) do AFTER_GROUP[N(w)] = true end
local QUOTED_GROUP = { [N("”群")] = true, [N("\"群")] = true, [N("」群")] = true, [N("』群")] = true }
-- duties in a group
local REPLY = jianfu.words(jianfu.norm_list {
  "回复“收到”", "回复\"收到\"", "回复收到", "“收到”", "\"收到\"", "秒回", "回复",
  "响应", "应答",
  -- (答复 as much as 回复: 须在工作群中30分钟内答复)
  "答复",
})
local RELAY = jianfu.words(jianfu.norm_list { "接龙" })
-- a relay to sign up for something (接龙报名参加植树) is voluntary, not a duty
local SIGNUP = jianfu.words(jianfu.norm_list { "报名", "自愿" })
-- reporting work back in the group (在群内反馈完成情况, 群里汇报进度)
local REPORT_BACK = jianfu.words(jianfu.norm_list { "反馈", "汇报", "报告", "回报" })
local CHECKIN = jianfu.words(jianfu.norm_list { "打卡", "签到", "报到", "报平安" })
-- a screenshot or photo of a check-in made in an app (“阳光跑”打卡截图发至年级
-- 工作群) is proof sent to the group, not a check-in in the group
local PROOF = jianfu.words(jianfu.norm_list { "截图", "截屏", "照片", "图片", "页面截图", "记录截图",
  "界面截图" })
-- ... and what is sent to a group named after the check-in (打卡后须截图发至
-- 单位工作群, 打卡后须拍照发至班组工作群)
local PROOF_SENT = jianfu.words(jianfu.norm_list { "截图", "截屏", "照片", "图片", "拍照", "拍摄", "视频",
  "录像" })
local MEMBER = jianfu.words(jianfu.norm_list { "入群率", "入群情况", "入群", "加入", "进群" })
-- posting in a group (发送巡查照片, 晒工作动态): a duty of the group when it
-- recurs every few hours or minutes (每2小时在群内发送), which keeps people on
-- their phones like a reply deadline; a post sent once as proof (照片发到工作群)
-- is trace evidence only
-- (reporting every few hours in the group is posting too: 每2小时在工作群内
-- 报送一次平安情况, 每隔1小时在群里上报水位)
local POST = jianfu.words(jianfu.norm_list { "发送", "发布", "推送", "上传", "晒", "发", "报送", "上报" })
local N_HOURS, N_MINUTES = N("小时"), N("分钟")
-- (or every day, the day's figures reported in the group under a sanction:
-- 河道巡查员每天须在镇河长工作群内上报当日巡查河段数量，未上报的扣0.5分 — a
-- daily report into the group is the group's duty; a quota of records set
-- there, 每月在工作群上报信息不少于10条, is data-entry-quota's: no bound in
-- the verb's segment)
local DAILY_POST = jianfu.words(jianfu.norm_list { "上报", "报送" })
local DAILY = jianfu.words(jianfu.norm_list { "当日", "当天", "每天", "每日", "每晚", "每天早", "今日" })
local function daily_report(clause, text, s, e, h)
  if not jianfu.any_in(text, DAILY, jianfu.sentence(text, h.from), e) then return false end
  for _, t in ipairs(clause.thresholds) do
    if t.from > h.to and t.from <= e then return false end
  end
  return #clause.penalties > 0
end
-- (an interval of hours or minutes, 每2小时, 每隔30分钟: jianfu.hourly)
local hourly_in = jianfu.hourly
-- words that make a group duty a requirement
-- replying to residents, firms or petitioners is service, not a group burden;
-- a firm is served when its message is named (企业诉求, 企业咨询, 企业提问),
-- else 企业 is often whose staff must reply (国有企业各二级单位负责人须在工作群
-- 内每日回复): no bare 企业
local SERVICE = jianfu.words(jianfu.norm_list {
  "群众", "居民", "村民", "诉求", "反映", "投诉", "咨询", "留言", "来信", "来访", "办事",
  "市民", "游客", "患者", "家长", "提问", "问询", "求助",
})
-- (村民 and 居民 in the title of who must reply, 村民小组长, 居民组长, are
-- staff, not the public served)
local SERVICE_STAFF = jianfu.words(jianfu.norm_list { "村民小组", "居民小组", "村民组长", "居民组长",
  "村民代表", "居民代表",
  -- (nor is 家长 where it names the group: a class's parents' group is the
  -- teacher's work group, 教师须在本班家长群内5分钟内回复消息; replying to a
  -- parent's 咨询 or 留言 there is still service)
  "家长群", "家长微信群", "家长qq群", "家长钉钉群",
  -- (nor is 办事 inside a matter handed down, 交办事项, 督办事项, 承办事项:
  -- the staff's own task, not the public's business)
  "办事项" })
local function service_in(text, s, e)
  -- (most clauses hold none: the plain look first)
  if not jianfu.any_in(text, SERVICE, s, e) then return false end
  for _, h in ipairs(jianfu.find_terms(text, SERVICE, SERVICE_STAFF)) do
    if h.from >= s and h.to <= e then return true end
  end
  return false
end
local MUST = jianfu.words(jianfu.norm_list { "须", "必须", "要求", "应当", "务必", "一律", "全部", "全员", "以群内" })
-- a reply limit of minutes in a group, under a penalty (须在班级学员群中30分钟内
-- 答复学员提问，超时一次扣0.5分): whoever asks, a limit of minutes keeps the
-- person on the phone in the group; a service standard of hours or a day
-- (2小时内回复村民诉求, 24小时内回复家长咨询) stays service
local N_WITHIN_MINUTES, N_WITHIN_HOURS = N("分钟内"), N("小时内")
local function minutes_limit(clause, text, groups)
  return groups[1] ~= nil and #clause.penalties > 0 and string.find(text, N_WITHIN_MINUTES, 1, true) ~= nil
end
-- ... or the group named in another cell of its table row, a row being one
-- criterion (| 4 | 家长沟通 | 班级家长群内的家长提问 | 10 | 须在10分钟内回复，
-- 超时一次扣0.5分 |): that cell's text, read for the group and for the public
-- served there as this cell's own would be (the row is read only for a cell
-- that names no group and no notice or message of its own)
local function row_group(clause)
  if not clause.table_row then return nil end
  local item = clause.item
  if not item then return nil end
  for _, t in ipairs(item.texts) do
    if jianfu.any_in(t, GROUP, 1, #t) then return t end
  end
  return nil
end

-- ... or the timeliness of replies in a group measured as a rate and made
-- to count (在“家园共育群”回复家长消息的及时率每月统计，排名后三位的…): a
-- timed reply as a minutes limit is, whoever sent the messages, unless they
-- are the public's requests, whose timely answer is the service's outcome
-- (群众诉求回复及时率, 咨询答复率)
local TIMELY = jianfu.words(jianfu.norm_list { "及时率", "回复率", "响应率", "答复率", "应答率" })
local REQUEST = jianfu.words(jianfu.norm_list { "诉求", "反映", "投诉", "咨询", "留言", "来信", "来访",
  "办事", "提问", "问询", "求助", "建议", "举报" })
local function timely_rate(clause, text, groups, h)
  if groups[1] == nil or not jianfu.any_in(text, TIMELY, h.to + 1, select(2, jianfu.sentence(text, h.from))) then
    return false
  end
  return not jianfu.any_in(text, REQUEST, 1, #text) and
    (#clause.penalties > 0 or jianfu.made_to_count(clause))
end

-- position of the first group word in [s, e], or nil: the earliest start, from
-- s on, of any occurrence of any group word, when it is by e. groups is
-- jianfu.find_all(text, GROUP) (by position), found once per check.
local function group_in(groups, s, e)
  for _, g in ipairs(groups) do
    local a = g.from
    if a >= s then
      if a <= e then return a end
      return nil
    end
  end
  return nil
end
-- ... or the group a sentence opens with as its setting, a segment of its
-- own (在渔政执法群内，执法队员须每小时报送巡航位置): the duties of the
-- segments after it in its sentence are done there. The setting is a
-- segment right before [s, e] that begins with 在 and ends at most a
-- character after a group word (在值班群内, 在“护林防火”群中).
local N_AT, COMMA = N("在"), string.byte(",")
local SETTING_TAIL = 3 -- bytes: one character (内, 里, 中) after the group word
-- (or, without 在, a segment that ends in 内, 里 or 中 at most a character
-- after a group word: 疾控中心流调工作群内，流调人员须每小时报送…, 防汛值班
-- 群内，…, 社区网格群中，…)
local IN_PLACE = { [N("内")] = true, [N("里")] = true, [N("中")] = true }
local function setting_group(text, groups, s)
  if s < 3 or string.byte(text, s - 1) ~= COMMA then return nil end
  local ps, pe = jianfu.segment(text, s - 2, s - 2)
  local at = text:sub(ps, ps + #N_AT - 1) == N_AT
  if not at and not IN_PLACE[text:sub(pe - SETTING_TAIL + 1, pe)] then return nil end
  -- (in the same sentence: the segment before is no sentence's end)
  if jianfu.sentence(text, ps) ~= jianfu.sentence(text, s) then return nil end
  for _, g in ipairs(groups) do
    if g.from >= ps and g.to <= pe and pe - g.to <= SETTING_TAIL then return g.from end
  end
  return nil
end
local function group_for(text, groups, s, e)
  return group_in(groups, s, e) or setting_group(text, groups, s)
end

-- The first of the words (a jianfu.words list) posted into a group named
-- before it in its segment, not a service to the public and not negated;
-- `also`, when given, must accept it too (clause, text, s, e, hit).
local function reported_in_group(clause, text, groups, words, also)
  for _, h in ipairs(jianfu.find_terms(text, words)) do
    local s, e = jianfu.segment(text, h.from, h.to)
    local g = group_for(text, groups, s, h.from)
    if g and g < h.from and not service_in(text, s, e)
        and (not also or also(clause, text, s, e, h))
        and not jianfu.negated(clause, h.from, h.to) then
      return h
    end
  end
  return nil
end

-- the strings of the reply loop's context
local NOTICE, MESSAGE = "通知", "消息"
local WHAT = {
  reply = "限时回复或回复“收到”",
  relay = "群内“接龙”",
  report = "群内反馈、汇报",
  checkin = "群内打卡、签到",
  member = "强制加入工作群、考核入群率",
  post = "内定时发送（每隔数小时或数分钟）",
}

local function check(clause, report)
  -- the tests are false without a locator (every clause of a text document)
  if clause.locator and (jianfu.name_field(clause) or jianfu.repeats_item(clause, GROUP) or
      jianfu.repeats_item(clause, RELAY) or jianfu.repeats_item(clause, REPLY)) then
    return
  end
  local text = clause.text
  local groups = jianfu.find_all(text, GROUP)
  for i = #groups, 1, -1 do
    local g = groups[i]
    if AFTER_GROUP[g.term] and g.from > 3 and NOT_CHAT[text:sub(g.from - 3, g.from - 1)]
        or QUOTED_GROUP[g.term] and NOT_CHAT_AFTER[text:sub(g.to + 1, g.to + 3)] then
      table.remove(groups, i)
    end
  end
  local duty, kind
  -- a reply demanded within a group or on a notice: quoted 收到, 秒回, N分钟内回复
  -- (the context and the service words do not depend on the reply: looked
  -- at once, and only for a reply that needs them)
  local ctx, service
  for _, h in ipairs(jianfu.find_terms(text, REPLY)) do
    if not jianfu.negated(clause, h.from, h.to) then
      local term = h.term
      if term:find("收到", 1, true) or term == N_QUICK_REPLY then duty, kind = h, "reply" break end
      if ctx == nil then
        ctx = (groups[1] ~= nil or string.find(text, NOTICE, 1, true) ~= nil
          or string.find(text, MESSAGE, 1, true) ~= nil) and (not service_in(text, 1, #text)
          or minutes_limit(clause, text, groups))
        -- (only for a reply limited in time, 分钟内 or 小时内, in the cell)
        if not ctx and groups[1] == nil and (string.find(text, N_WITHIN_MINUTES, 1, true)
            or string.find(text, N_WITHIN_HOURS, 1, true)) then
          local rt = row_group(clause)
          ctx = rt ~= nil and ((not service_in(text, 1, #text) and not service_in(rt, 1, #rt))
            or (#clause.penalties > 0 and string.find(text, N_WITHIN_MINUTES, 1, true) ~= nil))
        end
      end
      if ctx or timely_rate(clause, text, groups, h) then duty, kind = h, "reply" break end
    end
  end
  if not duty then
    local h = jianfu.first_live(clause, jianfu.find_terms(text, RELAY))
    if h then
      local s, e = jianfu.segment(text, h.from, h.to)
      if not jianfu.any_in(text, SIGNUP, s, e) then duty, kind = h, "relay" end
    end
  end
  if not duty then
    duty = reported_in_group(clause, text, groups, REPORT_BACK)
        or reported_in_group(clause, text, groups, DAILY_POST, daily_report)
    if duty then kind = "report" end
  end
  if not duty then
    for _, h in ipairs(jianfu.find_terms(text, CHECKIN)) do
      local s, e = jianfu.segment(text, h.from, h.to)
      local g = group_for(text, groups, s, e)
      -- the proof of a check-in sent to the group after it (定位打卡后须截图发至
      -- 单位工作群, 签到完成后将页面截图发到群里): the group receives proof, no
      -- check-in is made in it (one named before the check-in is: 在值班群签到
      -- 并截图)
      if g and not jianfu.negated(clause, h.from, h.to) and
          jianfu.any_in(text, PROOF, h.to + 1, h.to + 15) ~= h.to + 1 and
          not (g > h.to and jianfu.any_in(text, PROOF_SENT, h.to + 1, g - 1)) then
        duty, kind = h, "checkin"
        break
      end
    end
  end
  if not duty then
    for _, h in ipairs(jianfu.find_terms(text, MEMBER)) do
      local s, e = jianfu.segment(text, h.from, h.to)
      local g = group_in(groups, s, e) or (h.term:find("群", 1, true) and h.from)
      if g and not jianfu.negated(clause, h.from, h.to) then duty, kind = h, "member" break end
    end
  end
  if not duty and groups[1] and (string.find(text, N_HOURS, 1, true) or string.find(text, N_MINUTES, 1, true)) then
    for _, h in ipairs(jianfu.find_terms(text, POST)) do
      local s, e = jianfu.segment(text, h.from, h.to)
      if group_for(text, groups, s, e) and hourly_in(clause, s, e) and not jianfu.negated(clause, h.from, h.to) then
        duty, kind = h, "post"
        break
      end
    end
  end
  if not duty then return end

  -- (a duty every few hours recurs more often than a daily one: 每2小时在值班群
  -- 发送定位签到)
  local counted = jianfu.made_to_count(clause) or #clause.frequencies > 0 or jianfu.any_in(text, MUST, 1, #text)
    or string.find(text, "前", 1, true) -- "8点前在群内接龙"
    or hourly_in(clause)
    -- (a cell of a scoring-table row whose other cell deducts for it: | 在“班主任
    -- 工作群”接龙报告学生在寝情况 | 10 | 每晚10点前完成，迟报一次扣0.5分 |)
    or (clause.table_row and clause.item and (#clause.item.penalties > 0 or clause.item.linked))
  if not counted then return end
  -- a duty that is the setting of a falsification a sanction targets (对伪造
  -- 群内签到记录的…扣分, 代打卡的: jianfu.punished) is banned, not demanded
  -- (looked at once the duty would count)
  if jianfu.punished(clause, duty.from, duty.to) then return end
  -- ... nor the practice those a sanction struck had imposed (约谈了一名要求
  -- 征收组每天在群内接龙报进度的科室负责人: jianfu.imposer_sanctioned)
  if jianfu.imposer_sanctioned(clause, duty.from, duty.to) then return end

  local ev = jianfu.evidence(clause, duty.from)
  ev.duty = kind
  ev.metric = duty.term
  -- report from the group word when it comes first ("工作群内通知须在10分钟内回复")
  local g = group_in(groups, 1, duty.from)
  local from = g and g < duty.from and g or duty.from
  local what = WHAT[kind]
  report {
    from = from, to = duty.to, evidence = ev,
    message = "将工作群" .. what .. "作为考核要求" .. jianfu.evidence_details(ev),
  }
end

-- needs: every report names a duty found in this clause's own text (the
-- loops of check look for each list with find_terms): a word of REPLY,
-- RELAY, REPORT_BACK, CHECKIN or MEMBER, or a post (POST) in a group that
-- recurs every few hours or minutes, which also needs 小时 or 分钟 in the
-- text (N_HOURS, N_MINUTES), or a daily report (a DAILY word). So a clause that reports holds a duty word or
-- 小时/分钟 (the first group) and a duty word or a POST word (the second).
local DUTY = {}
for _, list in ipairs { REPLY, RELAY, REPORT_BACK, CHECKIN, MEMBER } do
  for _, w in ipairs(list) do DUTY[#DUTY + 1] = w end
end
local NEEDS_HOURLY, NEEDS_POST = { N_HOURS, N_MINUTES }, {}
for _, w in ipairs(DUTY) do
  NEEDS_HOURLY[#NEEDS_HOURLY + 1] = w
  NEEDS_POST[#NEEDS_POST + 1] = w
end
for _, w in ipairs(POST) do NEEDS_POST[#NEEDS_POST + 1] = w end
-- (a daily report in a group, daily_report: a DAILY word and 上报/报送, a POST word)
for _, w in ipairs(DAILY) do NEEDS_HOURLY[#NEEDS_HOURLY + 1] = w end

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
    "收到", "秒回", "回复", "响应", "应答", "答复", "接龙", "入群", "进群",
    "工作群", "微信群", "钉钉群", "群内", "群里", "群中", "个群", "群”", "群」",
    "本群", "该群", "群发送", "群签到", "群打卡", "群上传", "群报到", "群报平安",
    "群发布", "群报送", "群上报",
    "群每", "群视频", "群定位", "群位置", "群拍照", "”群", "\"群", "」群", "』群",
  },
  needs = { NEEDS_HOURLY, NEEDS_POST },
  examples = {
    bad = {
      -- round 55: the group in one cell of the row, the reply limit in another
      { text = "| 1 | 家园沟通 | 班级家长群内家长提出的问题 | 10 | 须在15分钟内回复，超时一次扣0.5分 |", title = "教师工作考评表" },
      -- round 49: a reply-timeliness rate in a group, ranked
      "各班主任在“家园共育群”回复家长消息的及时率每月统计，排名后三位的班级取消评优资格",
      -- round 44: 答复 is a reply; a limit of minutes in a group, whoever asks
      "老年大学班主任须在班级学员群中30分钟内答复学员提问，超时一次扣0.5分",
      "值班人员须在应急工作群中5分钟内答复上级指令，超时一次扣1分",
      -- round 42
      "河道巡查员每天须在镇河长工作群内上报当日巡查河段数量，未上报的扣0.5分",
      -- round 40
      "查勘员须在5分钟内回复查勘调度群的派单信息，超时的每次扣1分",
      "对不按要求在工作群接龙报到的网格员，予以约谈",
      -- 整治 after the thing worked on names the work, not a rectification
      "河道整治工程项目部人员须每天在“河道整治群”接龙报送施工进度，漏报一次扣0.5分",
      "防汛值班群内，各村信息员须每2小时报送一次水情，漏报一次扣1分",
      "各村在镇工作群回复通知的平均用时每周统计，用时最长的三个村在全镇例会上作说明",
      -- (办事 inside a matter handed down, 交办事项, is no public served)
      "各鄉鎮信訪專幹對“信訪接待羣”內的交辦事項須在15分鐘內回覆“已閱”，未回覆的予以通報批評",
      -- a class's parents' group is the teacher's work group
      "幼儿园教师须在本班家长群内5分钟内回复消息，超时一次扣0.5分",
      -- the group the sentence opens with as its own segment, the duty in the next
      "在渔政执法群内，执法队员须每小时报送巡航位置，未按时报送的扣0.5分",
      -- a group named by how a check-in is made there (群视频签到, 群定位打卡)
      "巡逻队员每晚在巡防群位置签到两次，缺签的通报批评",
      "各村民小组长须在“村务通知群”内30分钟内回复“已阅”，超时未回复的通报批评",
      -- every hour, written with no number; a group named by its purpose before a post
      "防汛期间各村巡堤员须每小时在防汛工作群内上报水位，漏报一次扣0.5分",
      "施工现场安全员须每小时在项目群发布安全巡查情况，纳入考核",
      -- under a title 关于…的要求 (a title line, not the clause's first half),
      { text = "网格员须加入社区、街道共计十二个工作群，每日在各群接龙报告走访情况", title = "街道党工委关于规范网格员日常工作的要求" },
      "工作群内发布的通知须在30分钟内回复“收到”，未按时回复的每次扣0.2分",
      "各单位负责人须加入全部18个微信工作群，每少加入1个群扣0.2分",
      { text = "以群内回复“收到”作为隐患交办完成的依据", scheme = true },
      { text = "镇工作群内通知须在10分钟内回复“收到”", title = "某镇2024年度村（社区）工作目标考核细则" },
      "群內通知須於１５分鐘內回覆「收到」，逾時未回覆的每次扣０．５分",
      "每天早上8点前在工作群内接龙签到，未签到的按缺勤处理",
      "社区工作者入群率纳入季度考核",
      -- firms as whose staff reply, not as whom they serve
      "市属企业各部门负责人须在集团工作群内每日回复安全提示，22点前未回复的扣1分",
      "汛期各村巡堤人员须每隔1小时在防汛工作群发送水位照片，漏发的每次扣0.2分",
      "网格员巡逻期间每30分钟在群里上传一次定位截图",
      "会议要求，汛期各村每天早晚在防汛工作群接龙报平安",
      -- a group named by its purpose, known by the duty done in it
      "护林员每天18点前在护林群打卡报到，未打卡的记缺勤一次",
      "值守人员每晚在值守群发送定位签到，漏签的扣0.2分",
      -- … or by when it is done there, or quoted before 群
      "巡河员在巡河群每日上午、下午各发一次视频签到，漏签一次扣0.5分",
      "驻点干部须在“防疫值守”群按时发送定位报到，未报到的按脱岗处理",
      -- a duty every few hours, with no other count; a ban on omitting it is the duty
      "夜班护士每隔2小时在护理值班群发送巡视签到",
      "汛期各村巡堤员在镇防汛工作群内每1小时上报一次水位，群内接龙不得漏报",
    },
    good = {
      -- round 55: a reply to a phone call, no group in the row
      { text = "| 3 | 家长咨询 | 家长通过电话提出的咨询 | 10 | 24小时内答复，超时一次扣0.5分 |", title = "教师工作考评表" },
      -- those who imposed it sanctioned, the sanction closing their segment
      "对要求村干部每天在工作群接龙报平安的乡镇通报批评",
      -- round 49: a sanction said first strikes those who imposed the relay; the public's requests answered in time
      "征收办约谈了一名要求征收组每天在群内接龙报进度的科室负责人",
      "社区在居民群内对居民咨询的答复及时率每月排名",
      -- round 48
      "对要求会员每天在微信群内回复“收到”的学会和县科协，查实后扣2分",
      -- round 44: a service standard of hours stays service
      "社区工作者须在居民微信群内2小时内答复居民咨询，超时的扣分",
      -- round 42
      "各村每天在工作群内上报当日巡查情况",
      -- round 40
      "古建筑群的保护情况须在3日内回复",
      -- round 39
      "对在工作群要求快递员接龙报到的网点负责人，予以约谈",
      "上月各中队在工作群回复“收到”的平均用时为12分钟，用时最长的两个中队是一中队和三中队",
      "窗口人员对群众办事咨询须在30分钟内回复，回复情况纳入服务评价",
      -- replying to parents' questions is service, even in their group
      "教师对家长群内家长的咨询应在24小时内回复，做好家校沟通",
      -- a group as the setting, a monthly report there: no duty every few hours
      "在工作群内，各单位每月报送一次工作总结",
      -- a place that is no group, then a duty every two hours
      "在群众反映集中的区域，网格员须每2小时上报一次巡查情况",
      "对要求后勤员工每天在群内打卡的科室，查实后在年度考核中扣五分",
      -- proof of a check-in made in an app, sent to a group named after it
      "驻村干部在“驻村通”签到后须将签到页面截图发到驻村工作群，作为考勤依据",
      "重点人群定位打卡每日不少于2次，未打卡的扣分",
      "村干部须在微信群内2小时内回复村民诉求，超时的扣分",
      "整改前，该局要求各站每天在群内接龙报数；现已取消",
      -- an hourly patrol; the group gets only what is found
      "汛期水库管理员每小时巡查一次，发现险情立即在值班群上报",
      -- a screenshot of a check-in made in an app, sent to a group, is proof
      "学校要求班主任每天将学生“阳光跑”打卡截图发至年级工作群，作为班级考核依据",
      "社区干部每日须把“学习强国”签到截图发到社区微信群，未发送的扣0.5分",
      -- a question answered with a refusal; a case told (被…点了名)
      "问：今年还要在群里回复“收到”吗？答：不需要，群里只发布通知，看到即可，不作回复要求，也不据此考核。",
      "前段时间有的乡镇要求干部每天在群里接龙打卡，干部群众都有意见，被县纪委点了名，这个教训必须汲取",
      "不得要求基层在工作群内“接龙”回复，不得规定回复时限",
      "工作群仅用于发布通知，不得以群内回复“收到”代替现场处置，群内回复情况不纳入考核",
      "针对此前隐患信息在群内回复“收到”、无人叫停施工的问题立即整改",
      "收到上级文件后两小时内转发至各乡镇",
      "全县清理整合工作群三十五个，合并五个",
      "每月在“卫健系统信息报送群”报送工作动态信息",
      "对群众来信来访须在7日内回复",
      "企业在“政企通”服务群内提出的咨询，服务专员须在2小时内回复",
      "居民可在业主群内反映问题，物业须在2小时内回复",
      "一经发现违规要求在工作群内限时回复“收到”的，每起扣1分",
      "志愿服务结束后须将活动照片发到社区工作群，照片不全的视为未开展",
      "工作群每天18时发布次日值班安排，值班时间为8小时",
      -- what participants reported is relayed, not demanded
      "座谈会上，有社区书记反映街道仍要求每天早晚在工作群接龙报平安",
      "对伪造群内签到记录的，一经查实扣1分",
      -- a cluster or a crowd, not a chat group
      "鼓励企业加入先进制造业集群每年参加产业对接会签到活动",
      "“乡村振兴”群众每天在文化广场签到领取活动券",
      -- hours that are no interval of a duty
      "值班人员在值班群内发布的值班安排须写明2小时轮换的岗位",
      "不得要求网格员每2小时在工作群内发送定位",
    },
  },
  check = check,
}
