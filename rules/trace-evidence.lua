-- trace-evidence: photos, screenshots, videos or "traces" demanded as proof of
-- work (拍照上传, 截图上传, 留痕, 以照片为准).

-- what a trace is
local TRACE = jianfu.words(jianfu.norm_list {
  "拍照上传", "截图上传", "拍照", "照片", "截图", "截屏", "拍摄视频", "视频", "录像", "留痕",
  "合影", "图片",
})
-- the same characters meaning something else
local TRACE_UNLESS = jianfu.words(jianfu.norm_list {
  "短视频", "视频会议", "视频会商", "视频监控", "监控视频", "视频号", "视频通话", "视频连线",
  "证件照", "身份证照片", "免冠照片", "证件照片", "视频直播", "视频调度",
  -- cameras, not recordings: 视频点位在线率, 视频探头
  "视频点位", "视频探头", "视频设备", "视频终端", "视频监测", "视频巡检",
  -- a photo or video check-in or roll call is the checkin category's practice,
  -- not proof of work, whatever the check-in is called (视频签到, 视频点名)
  "视频打卡", "拍照打卡", "照片打卡", "视频签到", "拍照签到", "照片签到", "视频点名",
  "视频报到", "拍照报到", "录像打卡", "录像签到",
  -- a course given as video is content to watch, not a recording of work
  "视频课程", "视频课", "视频讲座", "视频教程", "视频课件",
  -- ... and so is study by video (视频学习时长, 视频培训): the study's
  -- measure is online-time's, not a recording
  "视频学习", "视频培训", "视频教学", "视频授课", "视频研修",
})
-- a trace word inside a quoted name followed by what it names (“村村通视频”
-- 工作群, “随手拍照片”平台): the name of a group or platform, not a trace
local NAMED = jianfu.words(jianfu.norm_list {
  "工作群", "群", "平台", "app", "系统", "公众号", "小程序", "客户端", "频道", "专栏", "号",
})
local OPEN_QUOTES = { "“", "「", "『" }
local CLOSE_QUOTE = { ["“"] = "”", ["「"] = "」", ["『"] = "』" }
local function in_name(text, t)
  for _, oq in ipairs(OPEN_QUOTES) do
    local cq = CLOSE_QUOTE[oq]
    -- the nearest opening quote before the term, within its segment
    local s = jianfu.segment(text, t.from, t.to)
    local o
    local i = s
    while true do
      local a, b = string.find(text, oq, i, true)
      if not a or a >= t.from then break end
      o = b
      i = b + 1
    end
    if o then
      local c = string.find(text, cq, o + 1, true)
      if c and c > t.to and c - t.to <= 12 then
        local after = c + #cq
        for _, w in ipairs(NAMED) do
          if string.sub(text, after, after + #w - 1) == w then return true end
        end
      end
    end
  end
  return false
end
-- the trace is demanded as proof: uploaded, counted, taken as the standard
local PROOF = jianfu.words(jianfu.norm_list {
  "上传", "为准", "依据", "证明", "视为", "认定", "计分", "不计", "计入", "计算", "核定",
  "齐全", "提供", "打包", "汇总", "发至", "发送", "报送", "不予", "作为", "缺少", "无照片",
  "未上传", "佐证", "发到", "发往", "提交", "晒",
  -- collected or inspected by someone (逐户收集投票截图, 截图交村干部查验)
  "收集", "收取", "收齐", "查验", "核验",
  -- handed to someone and kept for inspection (点赞截图交辅导员备查, 照片上交
  -- 村委存档备查)
  "备查", "上交", "交给", "交至", "交由",
  -- sent to the person who checks it (注册成功截图发给团支部书记, 照片传给
  -- 网格长, 截图报给社区)
  "发给", "传给", "报给",
  -- handed in by hand, the trace right before 交 (注册成功截图交办公室, 照片
  -- 交村委会, 截屏送交): a bare 交 elsewhere is 交通, 交流
  "截图交", "截屏交", "照片交", "图片交", "送交",
})
-- a screenshot reported up (学习完成后须截图上报, 截图报至党支部, 截图回传):
-- a screen shows only that the app was used, so it is sent as proof; a photo
-- reported up (发现隐患后拍照上报) may be the report's own content
local SCREEN = { [jianfu.normalize("截图")] = true, [jianfu.normalize("截屏")] = true }
local SCREEN_PROOF = jianfu.words(jianfu.norm_list { "上报", "报至", "回传" })
-- a screenshot handed to an office later in its segment (安装截图报院办, 注册截图
-- 于本周内交人事科, 截图于3日内上交): the trace right before 报, or a time limit
-- (…内, …前) right before 交 / 报; not 截图报错 nor 报表
local N_BAO, N_JIAO = jianfu.normalize("报"), jianfu.normalize("交")
-- (or handed in together, an adverb of manner right before 交 / 报: 注册成功截图
-- 统一交局办公室, 安装截图一并报人事科, 截图集中交支部)
-- (or sent, 发, to an office the same ways: 安装截图于3日内发团委组织部, 注册
-- 截图发党政办, 截图统一发人事科; not 截图发布, 截图发现: see NOT_FA)
local HANDED_LATER = jianfu.words(jianfu.norm_list { "内交", "前交", "内报", "前报", "内上交", "前上交",
  "统一交", "一并交", "集中交", "统一报", "一并报", "集中报",
  "内发", "前发", "统一发", "一并发", "集中发" })
local SCREEN_BAO = jianfu.norm_list { "截图报", "截屏报", "截图发", "截屏发" }
local NOT_BAO = jianfu.norm_set { "错", "表", "警", "废", "修", "道", "名" }
local N_FA = jianfu.normalize("发")
local POSTED = jianfu.words(jianfu.norm_list { "朋友圈", "微博", "抖音", "快手", "公众号", "头条", "视频号",
  "小红书", "空间", "动态", "网站", "官网" })
local NOT_FA = jianfu.norm_set { "布", "现", "生", "展", "放", "言", "表", "挥", "起", "明", "动", "票",
  "行", "育", "酵", "热", "烧", "病", "掘" }
local function handed_after(text, t)
  if not SCREEN[t.term] then return nil end
  local _, e = jianfu.segment(text, t.from, t.to)
  local nx = t.to + 1
  if text:sub(nx, nx + #N_BAO - 1) == N_BAO and not NOT_BAO[text:sub(nx + #N_BAO, nx + #N_BAO + 2)] then
    return nx, N_BAO
  end
  -- (a post is no proof: 海报截图发朋友圈, 截图发微博; jianfu.published)
  if text:sub(nx, nx + #N_FA - 1) == N_FA and not NOT_FA[text:sub(nx + #N_FA, nx + #N_FA + 2)]
      and jianfu.any_in(text, POSTED, nx + #N_FA, e) ~= nx + #N_FA and not jianfu.published(text, t.from) then
    return nx, N_FA
  end
  local a, w = jianfu.any_in(text, HANDED_LATER, nx, e)
  if a and a - nx <= 30 then return a, w end
  return nil
end
-- a screenshot of a fault sent to whoever fixes it (报错页面截图发给运维人员,
-- 系统运行异常的，截图交信息中心排查) shows the fault, not the work done
local FAULT = jianfu.words(jianfu.norm_list { "故障", "报错", "出错", "闪退", "卡顿", "无法登录",
  -- (a system's fault only: not 巡查发现异常情况须截图上传)
  "系统异常", "运行异常", "登录异常", "页面异常" })
local function fault_shot(text, t)
  return SCREEN[t.term] and jianfu.sentence_has(text, t.from, FAULT) or false
end
-- a chat group the trace is sent to as proof: 截图发班级群, 照片发到工作群
local SEND = jianfu.normalize("发")
local GROUP = jianfu.normalize("群")
local function sent_to_group(text, t)
  local _, e = jianfu.segment(text, t.from, t.to)
  local a = string.find(text, SEND, t.to + 1, true)
  return a and a <= e and string.find(text, GROUP, a, true) ~= nil
    and string.find(text, GROUP, a, true) <= e
end
-- a video or picture that is watched or engaged with is content, not proof:
-- 观看教学视频累计满两小时; 抖音号每条视频，组织干部点赞评论
local CONTENT = { [jianfu.normalize("视频")] = true, [jianfu.normalize("图片")] = true }
local WATCH = jianfu.words(jianfu.norm_list { "观看", "收看", "播放", "浏览", "学习", "看" })
local WATCHED_AFTER = jianfu.words(jianfu.norm_list { "观看", "收看", "播放", "浏览", "学习" })
local ENGAGE = jianfu.words(jianfu.norm_list { "点赞", "评论", "转发", "分享", "播放量", "观看量", "完播" })
-- ... unless it is made, recorded or uploaded (拍摄视频上传)
local MADE = jianfu.words(jianfu.norm_list { "拍摄", "拍", "录制", "上传", "截图", "截屏", "提交", "发到", "发至" })
-- ... or put up for others to watch (教学视频上传至平台供学生观看): content
-- even when uploaded
local FOR_AUDIENCE = jianfu.words(jianfu.norm_list { "供", "便于", "方便" })
local function for_audience(text, t, b)
  local p = jianfu.any_in(text, FOR_AUDIENCE, t.to + 1, b)
  return p ~= nil and jianfu.any_in(text, WATCH, p, b) ~= nil
end
-- ... or what a channel publishes (上传庭审视频 to a “庭审公开” platform,
-- 发布防诈宣传视频): a post, not proof (jianfu.published, which
-- data-entry-quota asks too and counts such posts as records)
local function content(text, t)
  if not CONTENT[t.term] then return false end
  local a, b = jianfu.sentence(text, t.from)
  if for_audience(text, t, b) or jianfu.published(text, t.from) then return true end
  if jianfu.any_in(text, MADE, a, b) then return false end
  local s = jianfu.segment(text, t.from, t.to)
  -- the engagement may name its object before or after it (每条视频组织点赞;
  -- 点赞对象为…宣传视频; 为…视频点赞): anywhere in the sentence
  -- (or the watching told after it in its segment, the video its subject:
  -- 培训视频须在“茶技通”累计观看满6小时 — not a bare 看, 视频留存备查看)
  local _, e = jianfu.segment(text, t.from, t.to)
  return jianfu.any_in(text, WATCH, s, t.from - 1) ~= nil or jianfu.any_in(text, ENGAGE, a, b) ~= nil
    or jianfu.any_in(text, WATCHED_AFTER, t.to + 1, e) ~= nil
end
-- counts of traces: "照片不少于3张", "视频每周不少于2段"
local TRACE_UNITS = { ["张"] = true, ["段"] = true, ["次"] = true, ["条"] = true, ["个"] = true }

-- photos the public sends to report a problem (鼓励群众通过“随手拍”上传
-- 环境问题照片) are a service, not proof of work demanded from staff: the
-- public before the trace in its segment, a report in its sentence
local PUBLIC = jianfu.words(jianfu.norm_list { "群众", "市民", "居民", "公众", "网民", "游客", "乘客",
  "消费者", "村民", "农户", "百姓", "住户", "业主", "社会各界", "热心人士",
  -- (those a service serves: 后勤处收到师生通过“随手拍”上传的问题照片; not
  -- pupils nor parents alone, whom a school may order to upload)
  "师生", "患者", "病友", "旅客", "读者", "服务对象", "来访者", "办事人" })
-- a service that receives the public's reports (各村通过“随手拍”收到群众上传
-- 的照片, 平台共受理市民上传线索): the public uploads, whoever receives
local RECEIVED = jianfu.words(jianfu.norm_list { "收到", "接到", "接收", "受理", "收集到", "汇集" })
-- (staff before them do the work among them: 网格员入户走访群众须拍照上传)
local STAFF = jianfu.words(jianfu.norm_list { "员", "干部", "干警", "民警", "教师", "医生", "书记", "各" })
local REPORTED = jianfu.words(jianfu.norm_list { "随手拍", "举报", "反映", "投诉", "爆料", "线索", "问题",
  "隐患", "诉求" })
-- (or the public in an earlier segment of the sentence whose activity the
-- trace's segment goes on with, no staff between: 邀请公众通过“天气哨”小程序
-- 参与随手拍，上传的照片用于核实灾情)
local DUTY = jianfu.words(jianfu.norm_list { "须", "应", "要", "需", "务必", "确保", "不少于", "不低于",
  "至少", "为准", "依据", "考核", "扣" })
local function public_at(text, s, to)
  local p = jianfu.any_in(text, PUBLIC, s, to)
  return p ~= nil and (p == s or not jianfu.any_in(text, STAFF, s, p - 1)
    or jianfu.any_in(text, RECEIVED, s, p - 1) ~= nil) and p
end
local function from_public(text, t)
  if not jianfu.sentence_has(text, t.from, REPORTED) then return false end
  local s = jianfu.segment(text, t.from, t.to)
  local p = public_at(text, s, t.from - 1)
  -- (a duty between the public and the trace makes the public's complaint
  -- the work that is proved: 每件群众投诉整改均须拍照上传)
  if p then return not jianfu.any_in(text, DUTY, p, t.from - 1) end
  local a = jianfu.sentence(text, t.from)
  if a >= s then return false end
  -- (a duty in the trace's own segment is someone's to do: 群众反映的诉求办结
  -- 后，须上传现场照片)
  local _, e = jianfu.segment(text, t.from, t.to)
  if jianfu.any_in(text, DUTY, s, e) then return false end
  p = public_at(text, a, s - 1)
  return p and not jianfu.any_in(text, STAFF, p, t.from - 1) or false
end

-- a photo taken only to send a document (请各村将已盖章的汇总表拍照后通过政务
-- 邮箱报送): a copy of the paper, not proof of work, when the document is a
-- stamped or signed one or goes by mail, and nothing takes the photo as proof
local DOC_TAKEN = jianfu.words { jianfu.normalize("将") }
local DOC_OBJECT = jianfu.words(jianfu.norm_list { "表", "文件", "公函", "函件", "公文", "批复", "合同",
  "协议", "回执", "证明材料", "申报材料", "责任书", "承诺书", "确认书",
  -- a report or a certificate issued on paper (房屋安全鉴定报告, 验收意见书)
  "报告", "鉴定书", "意见书", "决定书", "通知书", "申请书" })
-- ... or the document is the subject of its segment (房屋安全鉴定报告须加盖公章
-- 后拍照，通过政务邮箱报送): a document word followed by the formal act or the
-- duty, and then the document is stamped or signed and photographed (拍照: not
-- 巡查报告须附现场照片3张, photos attached to it)
local DOC_SUBJECT_NEXT = jianfu.words(jianfu.norm_list { "须", "应", "需", "要", "必须", "经", "由", "加盖",
  "盖章", "签字", "签名", "签章" })
local function document_subject(text, s, to)
  for _, d in ipairs(jianfu.find_all(text:sub(s, to), DOC_OBJECT)) do
    local after = s + d.to
    return jianfu.any_in(text, DOC_SUBJECT_NEXT, after, after + 6) == after and s or nil
  end
  return nil
end
local DOC_FORMAL = jianfu.words(jianfu.norm_list { "盖章", "签章", "公章", "签字", "签名" })
local DOC_MAIL = jianfu.words(jianfu.norm_list { "邮箱", "邮件", "传真" })
local AS_PROOF = jianfu.words(jianfu.norm_list { "为准", "依据", "佐证", "计分", "不计", "计入", "作为",
  "视为", "认定", "核定", "留痕", "考核", "扣" })
local COPY = { [jianfu.normalize("拍照")] = true, [jianfu.normalize("拍照上传")] = true,
  [jianfu.normalize("照片")] = true, [jianfu.normalize("图片")] = true }
local SHOT = { [jianfu.normalize("拍照")] = true, [jianfu.normalize("拍照上传")] = true }
local function copy_of_document(text, t)
  if not COPY[t.term] then return false end
  local s = jianfu.segment(text, t.from, t.to)
  local k = jianfu.any_in(text, DOC_TAKEN, s, t.from - 1)
  if not k or not jianfu.any_in(text, DOC_OBJECT, k, t.from - 1) then
    if not SHOT[t.term] then return false end
    k = document_subject(text, s, t.from - 1)
    if not k or not jianfu.any_in(text, DOC_FORMAL, k, t.from - 1) then return false end
  end
  local a, b = jianfu.sentence(text, t.from)
  if jianfu.any_in(text, AS_PROOF, a, b) then return false end
  return jianfu.any_in(text, DOC_FORMAL, k, t.from - 1) ~= nil or jianfu.any_in(text, DOC_MAIL, t.to + 1, b) ~= nil
end

-- a row that deducts for a missing photo (| 每个作业点位作业前、后照片 | 缺一张扣
-- 0.2分 |): the trace is named in one cell and counted, piece by piece, in
-- another (a penalty of the row and a count of pieces 张/段 in its text)
local PIECES = jianfu.words(jianfu.norm_list { "张", "段" })
local function counted_in_row(clause)
  local item = clause.item
  if not (clause.table_row or clause.scheme_item) or not item or #item.penalties == 0 then
    return false
  end
  for _, s in ipairs(item.texts) do
    if jianfu.any_in(s, PIECES, 1, #s) then return true end
  end
  return false
end

-- A photo or a video that is the object of an upload verb just before it
-- (上传现场照片, 提交整改前后照片, 回传巡查视频) is demanded from that verb:
-- the finding begins there, so that a PDF line broken between the verb and
-- the photo (须…定位打卡并上传 / 现场照片，缺一项的…) points at the line
-- where the demand begins. At most six characters between them, in one
-- comma segment.
local OBJECT_OF = { [jianfu.normalize("照片")] = true, [jianfu.normalize("视频")] = true,
  [jianfu.normalize("录像")] = true, [jianfu.normalize("截图")] = true,
  [jianfu.normalize("截屏")] = true, [jianfu.normalize("图片")] = true,
  [jianfu.normalize("合影")] = true }
local UPLOAD = jianfu.words(jianfu.norm_list { "上传", "提交", "回传", "报送", "上报", "发送" })
-- (a screenshot or photo of an act on a platform — 转发截图, 点赞后截屏,
-- 打卡照片 — is demanded from that act: the finding begins there too, so a
-- wrapped table cell …每篇不少于30人次，转发 / 截图交学工办 points at the line
-- where the act and its proof begin)
local ACT = jianfu.words(jianfu.norm_list { "转发", "分享", "点赞", "评论", "留言", "打卡", "签到",
  "答题", "投票", "登录", "观看", "收看", "浏览", "阅读", "学习" })
local ACT_SHOT = { [jianfu.normalize("截图")] = true, [jianfu.normalize("截屏")] = true,
  [jianfu.normalize("照片")] = true, [jianfu.normalize("图片")] = true }
-- The earliest start of one of words that ends at most gap bytes before
-- from (searched from lo), or best when none starts earlier.
local function earliest_before(text, words, lo, from, gap, best)
  for _, w in ipairs(words) do
    local init = lo
    while true do
      local a, b = string.find(text, w, init, true)
      if not a or b >= from then break end
      if from - 1 - b <= gap and a < best then best = a end
      init = a + 1
    end
  end
  return best
end

local function upload_start(text, t)
  if not OBJECT_OF[t.term] then return t.from end
  local s = jianfu.segment(text, t.from, t.to)
  local best = earliest_before(text, UPLOAD, math.max(s, t.from - 24), t.from, 18, t.from)
  if ACT_SHOT[t.term] then
    -- (the act at most two characters before: 转发截图, 转发后截图, 点赞后的截图)
    best = earliest_before(text, ACT, math.max(s, t.from - 18), t.from, 6, best)
  end
  return best
end

-- (a trace handed in: not 交流, 交换, 交互, 交叉 — 照片交流展示 shares it)
local HANDED = jianfu.norm_set { "截图交", "截屏交", "照片交", "图片交" }
local NOT_HANDED = jianfu.norm_set { "流", "换", "互", "叉", "融", "汇" }
-- (a trace archived under the records rules and kept for inspection, 施工照片
-- 按规定归档备查, 巡查照片存档备查: records keeping, not proof demanded of the
-- work; handing it to someone is, 照片上交村委存档备查 by its 上交)
local N_BEICHA = jianfu.normalize("备查")
local ARCHIVED = jianfu.norm_list { "归档", "存档", "留档", "建档" }
local function not_proof(text, m)
  if m.term == N_BEICHA then
    for _, w in ipairs(ARCHIVED) do
      if m.from > #w and text:sub(m.from - #w, m.from - 1) == w then return true end
    end
    return false
  end
  return HANDED[m.term] and NOT_HANDED[text:sub(m.to + 1, m.to + 3)] or false
end
-- the first word of list in text that no negation covers: its start and term
local function first_unnegated(clause, text, list)
  for _, m in ipairs(jianfu.find_all(text, list)) do
    if not jianfu.negated(clause, m.from, m.to) and not not_proof(text, m) then return m.from, m.term end
  end
  return nil
end

local function check(clause, report)
  -- both tests are false without a locator (every clause of a text document)
  if clause.locator and (jianfu.name_field(clause) or jianfu.repeats_item(clause, TRACE)) then return end
  local text = clause.text
  local t
  for _, h in ipairs(jianfu.find_terms(text, TRACE, TRACE_UNLESS)) do
    if not content(text, h) and not in_name(text, h) and not jianfu.negated(clause, h.from, h.to)
        and not from_public(text, h) and not copy_of_document(text, h) and not fault_shot(text, h) then
      t = h
      break
    end
  end
  if not t then return end
  local tfrom = t.from
  -- demanded as proof, else counted (looked at only when there is no proof)
  -- (a proof word renounced is none: 照片…归档，不得以照片数量作为考核依据)
  local pa, pw = jianfu.any_in(text, PROOF, 1, #text)
  if pa and (jianfu.negated(clause, pa, pa + #pw - 1) or not_proof(text, { term = pw, from = pa, to = pa + #pw - 1 })) then
    pa, pw = first_unnegated(clause, text, PROOF)
  end
  if not pa and SCREEN[t.term] then
    pa, pw = first_unnegated(clause, text, SCREEN_PROOF)
    if not pa then pa, pw = handed_after(text, t) end
  end
  local q
  if not pa and not sent_to_group(text, t) then
    if not jianfu.made_to_count(clause) and #clause.frequencies == 0 then
      q = jianfu.nearest_count(clause, tfrom, TRACE_UNITS)
      if not q and not counted_in_row(clause) then return end
    end
  end
  -- a trace a sanction bans as faked (对伪造现场照片的…扣分: jianfu.punished)
  -- is no demand (looked at once the trace would count)
  if jianfu.punished(clause, tfrom, t.to) then return end
  -- (or imposed by those a sanction struck: 约谈了要求网格员每次走访上传照片的
  -- 社区书记, jianfu.imposer_sanctioned)
  if jianfu.imposer_sanctioned(clause, tfrom, t.to) then return end
  local ev = jianfu.evidence(clause, tfrom)
  ev.metric = t.term
  if not ev.threshold then
    q = q or jianfu.nearest_count(clause, tfrom, TRACE_UNITS)
    if q then ev.quota = { value = q.value, unit = q.unit } end
  end
  if pw then ev.proof = pw end
  report {
    from = upload_start(text, t), to = t.to, evidence = ev,
    message = "以“" .. t.term .. "”等照片、截图、视频留痕作为工作完成的证明" .. jianfu.evidence_details(ev),
  }
end

-- needs: a live trace reports when its clause demands it as proof (a PROOF
-- word anywhere in the text), sends it to a group (SEND 发 and GROUP 群
-- after it in its segment), or counts it: made_to_count (the clause's link,
-- a threshold or a penalty), a frequency, or a count of traces
-- (nearest_count: a number); a screenshot also when reported up (a
-- SCREEN_PROOF word) or handed on later (截图报, 于…内交). So a clause that reports holds a PROOF or SCREEN_PROOF word,
-- 发 (the first group) and 群 (the second), or has one of these in its own
-- analysis; or, in a table row or scheme item, its row has a penalty
-- (counted_in_row).
local NEEDS = {}
for _, extra in ipairs { SEND, GROUP } do
  local g = { extra, analysis = { "link", "thresholds", "penalties", "frequencies", "numbers" },
    row = { "penalties" } }
  for _, w in ipairs(PROOF) do g[#g + 1] = w end
  for _, w in ipairs(SCREEN_PROOF) do g[#g + 1] = w end
  -- (a screenshot handed on later in its segment, handed_after: 截图报 or a
  -- HANDED_LATER word)
  for _, w in ipairs(HANDED_LATER) do g[#g + 1] = w end
  for _, w in ipairs(SCREEN_BAO) do g[#g + 1] = w end
  NEEDS[#NEEDS + 1] = g
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
  skip_prohibited = true, -- it reports only a TRACE term, which holds a trigger, when not negated
  -- ... and not overlapping a phrase of TRACE_UNLESS (find_terms drops it):
  -- a TRACE term around a trigger hit that overlaps one overlaps it too
  skip_unless = TRACE_UNLESS,
  needs = NEEDS,
  triggers = {
    "拍照", "照片", "截图", "截屏", "视频", "录像", "留痕", "合影", "图片", "相片",
  },
  examples = {
    bad = {
      -- round 55: handed to someone, then archived: still proof
      "施工照片上交项目部存档备查",
      -- round 50: 不计分 after a condition is a sanction
      "入户走访须拍照上传，未上传照片的，该项不计分",
      -- round 47: 的问题 after a shortfall, before a sanction: the cases
      "巡河员发现河道垃圾后须拍照上传，照片不全的问题不予销号并扣分",
      -- round 46: a screenshot sent (发) to an office, later or together
      "各团支部须组织全体团员下载安装“青年e站”APP，安装截图于3日内发团委组织部",
      "学员完成线上测试后，成绩截图统一发培训科",
      -- round 45: a watching screenshot is still proof
      "安全教育视频须在“安全e学”平台观看，观看截图发至工作群，未发的扣1分",
      -- round 44: handed in together; cleaning counted is the work
      "组织全体民宗干部及其家属下载注册“民宗通”APP，注册成功截图统一交局办公室",
      "保洁员每清理一处楼道须上传清理前后照片各一张，缺照片的按未清理计",
      -- round 43: what a patrol finds, then a duty, is no finding told
      "巡查发现异常情况须截图上传，以截图为准",
      -- round 42
      "各养老院须组织全体护理员下载安装“颐养e护”APP，于3日内将安装截图报院办",
      "注册截图于本周内交人事科",
      -- a screenshot handed in
      "参训人员完成线上测试后，须将成绩页面截图交培训科备案",
      "护林员巡山须上传巡查照片2张，少一张不计入巡查次数",
      -- sent to the person who checks it
      "团委要求全体团员下载注册“青春e站”，并将注册成功截图发给团支部书记",
      -- the public in an earlier segment, the trace's own segment a duty
      "群众反映的诉求办结后，须上传现场照片作为办结依据",
      -- a stamped report photographed and taken as proof
      "安全检查报告须加盖公章后拍照上传，照片作为月度考核依据",
      "各班组每项设备故障整改须附整改前、后照片各1张，缺1张扣0.5分",
      "各班级须组织学生为“校园之星”网络评选点赞，并将点赞截图交辅导员备查",
      "请将签字确认的自查表拍照上传平台，以照片为准计分",
      "保洁员清理街巷垃圾后须拍照上传平台，以照片为准计算作业量",
      -- cleaning a river is the work, not a practice undone
      "各村清理河道须拍摄视频上传“河长制”平台，作为验收依据",
      -- a video taken as proof, also where it is published
      "执法人员每次执法须上传现场视频至平台，作为执法记录依据",
      "各村每月在公众号发布活动视频，以视频为准认定活动开展",
      -- a rectification completed is when the proof falls due, not a verb over it
      "问题整改到位须拍照上传销号，无照片的不予销号并扣分",
      "网格员每日通过平台拍照上传巡查照片，以照片为准计算巡查次数",
      "入户走访须拍照上传至网格平台，无照片的不计入走访户数",
      { text = "班主任汇总全班“点赞”证书照片打包上传", scheme = true },
      { text = "各项工作留痕照片齐全（3分）", title = "2024年度村（社区）工作考核细则" },
      "各村環境整治成效以上傳照片為準，未上傳的視為未完成並扣分",
      "防汛值班人员须每２小时在系统上传一张值班照片，缺传一次扣０．５分",
      "志愿服务结束后须将活动照片发到社区工作群，照片不全的视为未开展",
      -- a quoted trace word that names nothing after it is still a trace
      "巡河结束后须在“河长通”上传“巡河照片”，缺少照片的视为未巡河",
      -- a recorded video is proof even where likes are mentioned
      "志愿者须拍摄活动视频上传平台，视频点赞数不计入考核，以视频为准认定服务时长",
      -- screenshots collected or inspected
      "每名党员须为“红色故事”评选投票，投票截图由支部书记逐一收集",
      -- a rectification completed is a time, not a rectification of the practice
      "隐患整改完成后须拍照上传，未上传照片的视为未整改",
      -- a rectification counted by 起 or 件 is the subject of the duty
      "每起重大隐患整改须上传整改前、中、后照片各一张，缺一张扣1分",
      -- a trace in one cell of a row, a deduction per missing photo in another
      { text = "| 作业留痕 | 每个作业点位作业前、后照片 | 缺一张扣0.2分 | 10 |", title = "环卫作业考评细则" },
    },
    good = {
      -- round 55: archived under the records rules; 竣工资料 holds no pay (工资)
      "竣工资料照片统一由项目部归档备查",
      "施工资料照片按档案管理规定归档，不计分",
      -- round 50: a bare 不计分 exempts the item (未上传照片的，该项不计分 is a sanction)
      "司法所调解卷宗照片按档案管理规定归档，不计分",
      "走访照片由社区统一归档，不计分、不排名",
      -- those who imposed it sanctioned: a threshold's 不 is the demand imposed
      "对要求网格员每天上传走访照片不少于10张的社区，予以约谈",
      -- round 49: a talk's video counted is content, not proof
      "各社区每周须在“文明e家”平台上传理论宣讲视频不少于2条，纳入月度考核",
      -- round 47: a practice called a problem, rectified
      "对照片不全即扣分的问题予以纠正",
      -- round 46: a screenshot published, a fault's screenshot
      "操作指南截图发布于单位内网，供干部学习参考",
      "宣传海报截图发朋友圈，扩大活动影响",
      -- round 45: the video the subject of the watching after it
      "茶农技术培训视频须在“茶技通”累计观看满6小时，观看时长纳入技术员年度考核",
      "各单位要清理僵尸工作群，不再要求上传照片",
      -- round 42
      "系统运行异常的，截图交信息中心排查",
      "办理完成后可将回执截图留存，以备本人查询",
      -- photos shared, not handed in
      "鼓励教师将课堂照片交流展示，分享教学经验",
      "基层走访以实际成效为准，无需拍照上传，照片数量不计入考核",
      -- photos the public sends, named in an earlier segment
      "气象局邀请公众通过“天气哨”小程序参与天气实况随手拍，上传的照片用于核实灾情",
      -- a stamped report, the subject of its segment, photographed to be mailed
      "房屋安全鉴定报告须加盖公章后拍照，通过政务邮箱报送区住建局",
      "学校后勤处收到师生通过“随手拍”上传的问题照片580张，均已转办处置",
      "各单位会议照片按档案管理规定归档，不得以照片数量作为考核依据",
      "会议资料由办公室存档备查",
      -- a photo of a stamped or signed paper only to send it; study by video
      "各单位将盖章后的统计表拍照发送至县统计局邮箱",
      "请各学校将校长签字的安全责任书拍照后发至教育局邮箱",
      "教师每学期在“研修云”平台视频培训时长不少于20小时，计入继续教育考核",
      -- videos a channel publishes are posts (data-entry-quota's when counted), not proof
      "法官每月须在“庭审公开”平台上传庭审视频不少于十件，上传数量纳入审判绩效考核",
      "各派出所每周须在“平安XX”抖音号发布防诈宣传视频不少于3条，纳入季度考核",
      -- the public uploads; a service receives,
      "居民可通过“随手拍”上传占道经营照片，查实后给予积分奖励",
      "街道通过“随手拍”接收市民上传的问题照片320张，均已转交处置",
      "不得以照片、视频代替实地检查，不得要求过度留痕",
      "严禁以“学习打卡”“拍照上传”等形式提高使用率、点击率",
      "对以截圖、拍照代替實績的做法予以糾正",
      "仍有以拍照上传代替实地检查的现象",
      "项目资料须上传至省投资项目平台",
      "科室医护人员全员为医院“健康科普”短视频点赞",
      "每周召开一次视频会议调度防汛工作",
      "居民可凭身份证照片在线申领居住证",
      "发现违规以拍照上传代替实地检查的，每起扣0.5分",
      "干部每日观看“廉政课堂”警示教育视频不少于30分钟",
      -- a demand renounced with an adverb between (不另行要求, 不额外, 无需)
      "入户走访情况由系统自动记录，不额外要求上传照片",
      "巡查结果以现场核查为准，无需另行截图上传",
      -- a group or platform whose quoted name holds the word
      "各网格员每天在“平安视频”工作群接龙报平安，接龙情况纳入月度考评",
      "各科室每月组织观看“廉政视频课”不少于一次，纳入支部考核",
      -- the liked content named after the engagement
      "各村每天组织村民点赞不少于200次，点赞内容为县文旅局推介视频",
      -- content put up for others to watch, photos the public sends in
      "讲座视频上传至平台供干部回看，不作时长要求",
      "鼓励市民通过“随手拍”上传占道经营照片，城管部门及时处置",
      -- a video check-in is the checkin category's practice
      "晨会改为视频签到，缺席的扣当月绩效20元",
      -- a faked trace punished is banned
      "对伪造现场照片的，一经查实扣1分",
      -- photos archived in a row with no count of them
      { text = "| 资料归档 | 活动照片按学期归档 | 归档规范的得满分 | 5 |", title = "保教工作考评细则" },
    },
  },
  check = check,
}
