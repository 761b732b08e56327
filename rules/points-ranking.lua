-- points-ranking: platform points, rankings and periodic league tables of
-- usage measures, and tying them to appraisal, promotion or discipline.
-- Reported in addition to the usage measure's own category (see
-- fixtures/corpus/README.md): "每月对APP活跃度排名通报" is app-usage-metric AND
-- points-ranking.

-- usage / engagement / trace measures of every category: ranked or
-- periodically notified, any of them makes a league table of usage
local USAGE = jianfu.norm_list {
  "活跃率", "活跃度", "日活", "月活", "活跃用户", "使用率", "使用频次", "使用次数", "使用情况",
  "登录率", "登录次数", "登录情况", "登陆率", "上线率", "点击率", "点击量", "访问量", "浏览量",
  "访问次数", "启用率", "打开率", "已读率", "查阅率", "活跃人数", "活跃账号", "登录人数",
  "登录人次", "参与率",
  -- the people taking part on a platform (“云答题”参与人数; see APP_ONLY)
  "参与人数", "参与人次",
  -- the share of members studying on a platform (“青年大学习”参学率; see APP_ONLY)
  "参学率", "参训率", "学习人数", "参学人数",
  -- the share of members answering a platform's quiz (“科普e站”每日答题参答率;
  -- see APP_ONLY)
  "参答率", "答题率", "参答人数",
  "下载量", "安装量", "安装率", "装机率", "注册量", "注册率", "注册人数", "注册数", "关注量",
  "关注数", "粉丝", "订阅数", "订阅量", "新增关注",
  "点赞", "转发量", "转发数", "评论数", "评论量", "分享量", "分享数", "投票", "票数", "阅读量",
  "阅读数", "刷票", "留言数", "播放量", "观看量", "打卡", "签到",
  -- WeChat's 在看 counted (点“在看”数, 在看量)
  "“在看”数", "“在看”量", "「在看」数", "在看数", "在看量", "“在看”人数",
  "在线时长", "学习时长", "研修时长", "学时", "在线率", "挂机", "在线时间", "学习时间",
  "观看时长", "收看时长", "播放时长", "使用时长", "活跃时长", "打开次数", "点击次数", "启动次数",
  -- online time named by what is done online (在线服务时长, 在线办公时长)
  "在线服务时长", "在线办公时长", "在线值守时长", "在线值班时长", "在线接单时长", "在线工作时长",
  "在线答疑时长", "在线巡查时长",
  -- the time of a duty or of staying on a platform (see APP_ONLY: 值班时长 on
  -- the spot is real work)
  "值守时长", "值班时长", "办公时长", "停留时长", "浏览时长",
  "积分",
  "录入", "发稿量", "投稿量", "供稿量", "稿件数", "报送条数", "报送数量", "信息报送", "报送信息", "上报数量", "上报条数", "填报条数",
  "填报数量", "采集量", "上报信息", "录入量",
  "入群率", "回复率", "接龙",
  -- replies in a work group (回复“收到”的平均用时, 回复收到情况): ranked or
  -- notified periodically, a league table of group duties; the time or
  -- speed of a reply only in a sentence naming a group (see GROUP_ONLY)
  "回复“收到”", "回复\"收到\"", "回复收到", "回复用时", "回复时长", "回复时间", "回复速度",
  "回复及时率", "回复情况",
  "照片数", "截图数", "上传照片",
  -- accounts of an app (see APP_ONLY)
  "活跃客户", "绑定用户", "新增用户",
}
-- a usage verb with a measure suffix is a usage measure too, under whatever
-- name (分享次数, 使用人数, 转发次数, 登录人次), days of use in a period too
-- (登录天数, 打卡天数)
local USAGE_VERBS = { "分享", "转发", "评论", "点赞", "阅读", "浏览", "访问", "点击", "登录", "下载",
  "安装", "注册", "激活", "关注", "播放", "观看", "使用", "上报", "报送", "录入", "填报", "打卡", "签到",
  "绑定", "填录",
  -- accounts opened or contacts added in an app (钱包开立数, “企业微信”客户添加数;
  -- an app's only: see APP_ONLY)
  "开立", "开通", "开户", "添加" }
local APP_VERBS = { "开立", "开通", "开户", "添加" }
-- (counted by households or users too: 注册户数, 激活用户数, 下载户数; and
-- by customers, merchants, accounts or members: 注册客户数, 激活商户数,
-- 注册账户数, 绑定会员数)
for _, v in ipairs(USAGE_VERBS) do
  for _, suffix in ipairs { "次数", "人数", "人次", "量", "数", "率", "天数", "户数", "用户数",
      "客户数", "商户数", "账户数", "会员数" } do
    USAGE[#USAGE + 1] = jianfu.normalize(v .. suffix)
  end
end
-- (and by the people registered or bound, named by who they are: 注册患者数,
-- 注册居民数, 绑定职工数, 激活村民数 — of an app only, see APP_ONLY)
local PEOPLE_COUNTED = {}
for _, v in ipairs { "注册", "绑定", "激活" } do
  for _, who in ipairs { "患者", "居民", "群众", "村民", "市民", "学生", "家长", "职工", "员工", "党员",
      "农户", "游客", "读者", "老人", "教师",
      -- (those who pay or are insured: 注册纳税人数, 激活参保人数, 绑定缴费人数)
      "纳税人", "缴费人", "参保人", "纳税户",
      -- (lottery buyers, owners of stalls and shops, fishermen: 注册彩民数,
      -- 注册摊主数, 绑定车主数)
      "彩民", "摊主", "店主", "车主", "业主", "渔民", "农民", "商家",
      -- (enterprises an app is registered by: 注册企业数 of “知产e站”, not
      -- a district's registered firms, see APP_ONLY)
      "企业" } do
    local t = jianfu.normalize(v .. who .. "数")
    USAGE[#USAGE + 1] = t
    PEOPLE_COUNTED[#PEOPLE_COUNTED + 1] = t
  end
end
-- an engagement or usage activity's record as a whole (转发情况, 打卡情况,
-- 点赞情况): ranked or notified, it is a league table of that usage; not the
-- reporting verbs (报送情况, 填报情况 of real work are reported, not counted)
-- (and its record: 分享记录, 打卡记录, 签到记录 ranked or notified)
-- (and its progress: 激活进度, 下载进度 ranked or notified)
for _, v in ipairs { "分享", "转发", "评论", "点赞", "阅读", "浏览", "访问", "点击", "登录", "下载",
    "安装", "注册", "关注", "播放", "观看", "收看", "打卡", "签到", "激活", "绑定" } do
  USAGE[#USAGE + 1] = jianfu.normalize(v .. "情况")
  USAGE[#USAGE + 1] = jianfu.normalize(v .. "记录")
  USAGE[#USAGE + 1] = jianfu.normalize(v .. "进度")
end
USAGE = jianfu.words(USAGE)
-- the same characters meaning something else
local USAGE_UNLESS = jianfu.words(jianfu.norm_list {
  "资金使用率", "病床使用率", "床位使用率", "设备使用率", "土地使用率", "场地使用率",
  "会议签到", "签到表", "培训签到", "签到制度", "点赞身边", "为干部点赞", "活跃市场主体",
  "积分兑换", "积分超市", "积分制", "积分落户", "积分商城", "兑换积分", "垃圾分类积分",
  "积分入学", "积分入户",
  "激活数据",
})
-- measures that are an app's only when the sentence names an app, a platform
-- or an account (活跃客户 of a bank branch, 新增用户 of a water utility are business)
-- (使用量 of an app, not 化肥使用量)
-- (参学率 of study on a platform, not of a meeting room's 集中学习)
local APP_ONLY = { [jianfu.normalize("活跃客户")] = true, [jianfu.normalize("绑定用户")] = true,
  [jianfu.normalize("新增用户")] = true, [jianfu.normalize("使用量")] = true,
  [jianfu.normalize("参学率")] = true, [jianfu.normalize("参训率")] = true,
  [jianfu.normalize("参答率")] = true, [jianfu.normalize("答题率")] = true,
  [jianfu.normalize("参答人数")] = true,
  [jianfu.normalize("学习人数")] = true, [jianfu.normalize("参学人数")] = true,
  [jianfu.normalize("参与人数")] = true, [jianfu.normalize("参与人次")] = true,
  [jianfu.normalize("值守时长")] = true, [jianfu.normalize("值班时长")] = true,
  [jianfu.normalize("办公时长")] = true, [jianfu.normalize("停留时长")] = true,
  [jianfu.normalize("浏览时长")] = true }
for _, t in ipairs(PEOPLE_COUNTED) do APP_ONLY[t] = true end
-- (对公账户开立数, 宽带开通数, 添加字段数 are business or data, not an app's)
for _, v in ipairs(APP_VERBS) do
  for _, suffix in ipairs { "次数", "人数", "人次", "量", "数", "率", "天数", "户数", "用户数",
      "客户数", "商户数", "账户数", "会员数" } do
    APP_ONLY[jianfu.normalize(v .. suffix)] = true
  end
end
local APP_WORDS = jianfu.words(jianfu.norm_list { "app", "平台", "小程序", "客户端", "公众号", "账号",
  "手机银行", "网银", "云闪付", "掌上", "“", "「", "钱包", "企业微信" })
-- the time, speed or record of a reply: a group's duty only when its sentence
-- names a group (工作群回复用时每周排名; not 12345热线回复用时, 来信回复情况)
local GROUP_ONLY = jianfu.norm_set { "回复用时", "回复时长", "回复时间", "回复速度", "回复及时率",
  "回复情况" }
local GROUP_WORDS = jianfu.words(jianfu.norm_list { "工作群", "微信群", "钉钉群", "群内", "群里", "在群",
  "群聊", "群消息", "群通知",
  -- (a group whose quoted name ends in 群: 在“统计业务群”回复及时率)
  "群”", "群」",
  -- (a group named by its purpose, known by the reply made in it right
  -- after its name, as chat-group-burden knows it: 值班群回复及时率, 渔港值班
  -- 群“收到”回复及时率, 调度群中回复用时; and the groups named so most often)
  "群回复", "群“", "群\"", "群「", "群中", "本群", "该群", "值班群", "调度群", "业务群", "项目群" })
-- is the usage hit x one whose context is missing (an app-only measure without
-- an app, a group-only one without a group)?
-- (a code scanned right before the measure is the app: 服务码的扫码使用量,
-- 乘车码使用量, jianfu.code_before)
-- a sign-in (签到, 签到情况, 签到率 …) in a sentence naming a meeting, a
-- training or an offline event and no app, platform or group is a register
-- of attendance, not usage (集中培训须现场签到，签到情况每季度通报): the
-- checkin rule's own reading (会议签到, 培训签到 in USAGE_UNLESS say it of
-- the adjacent words only)
local SIGN_IN = {}
do
  local n_sign = jianfu.normalize("签到")
  for _, t in ipairs(USAGE) do
    if t:sub(1, #n_sign) == n_sign then SIGN_IN[t] = true end
  end
end
local MEETING = jianfu.words(jianfu.norm_list { "会议", "参会", "开会", "会场", "培训", "参训", "学员",
  "例会", "晨会", "周会", "班会", "大会", "座谈", "讲座", "党课", "主题党日", "线下", "现场签到" })
local ONLINE = jianfu.words(jianfu.norm_list { "app", "平台", "钉钉", "小程序", "系统", "线上", "在线",
  "网上", "群", "学习强国", "定位", "手机", "“", "「" })
local N_REPLY_RATE = jianfu.normalize("回复率")
-- (the share of reports made on time, 按时上报率, 及时报送率: the timeliness of
-- the work, measured with its quality, 差错率, 准确率 — not usage nor volume;
-- 上报数量, 录入条数 stay volume)
local REPORT_RATE = jianfu.norm_set { "上报率", "报送率", "填报率", "录入率", "填录率" }
local ON_TIME = jianfu.norm_list { "按时", "及时", "按期", "准时", "如期" }
-- does one of the words of list end right before text's byte from?
local function word_before(list, text, from)
  for _, w in ipairs(list) do
    if from > #w and text:sub(from - #w, from - 1) == w then return true end
  end
  return false
end
local function on_time(text, from) return word_before(ON_TIME, text, from) end
local REPORT_VERB_RATE = jianfu.norm_set { "上报", "报送", "填报", "录入", "填录" }
local N_LV = jianfu.normalize("率")
local function on_time_rate(text, x)
  return (REPORT_RATE[x.term] or REPORT_VERB_RATE[x.term] and text:sub(x.to + 1, x.to + #N_LV) == N_LV)
    and on_time(text, x.from)
end
local function out_of_context(text, x)
  if on_time_rate(text, x) then return true end
  if SIGN_IN[x.term] then
    return jianfu.sentence_has(text, x.from, MEETING) and not jianfu.sentence_has(text, x.from, ONLINE)
  end
  if APP_ONLY[x.term] then
    return not jianfu.sentence_has(text, x.from, APP_WORDS) and not jianfu.code_before(text, x.from)
  end
  if GROUP_ONLY[x.term] then return not jianfu.sentence_has(text, x.from, GROUP_WORDS) end
  -- (a reply rate is usage data in a group or on a platform, 群消息回复率,
  -- “政务e通”消息回复率; replying to citizens' complaints on time, 市民投诉按期
  -- 回复率, is the work itself)
  if x.term == N_REPLY_RATE then
    return not jianfu.sentence_has(text, x.from, GROUP_WORDS) and not jianfu.sentence_has(text, x.from, APP_WORDS)
  end
  return false
end
-- the first usage measure of the clause after h, the first live hit, an
-- app-only measure without an app (the check finds h in C and calls this
-- only then)
local function usage_after(clause, text, hits, h)
  for _, x in ipairs(hits) do
    if x.from > h.from and not jianfu.negated(clause, x.from, x.to) and not out_of_context(text, x) then
      return x
    end
  end
  return nil
end

-- usage activities: a league table ranks them when the clause gives them a
-- count or a task ("上报巡查案件不少于8件，作为中队排名的唯一依据",
-- "下载安装任务分解到各村，完成情况每周通报排名": the ranking refers back to it)
local ACTIVITY = jianfu.words(jianfu.norm_list {
  "下载", "安装", "注册", "关注", "点赞", "转发", "分享", "评论", "投票", "打卡", "签到", "上报", "报送",
  "录入", "填报", "上传", "发布", "提交", "采集", "观看", "收看", "登录", "打开", "线上学习", "在线学习", "网上学习",
  -- accounts bound or activated, counted (新增绑定种粮大户数, 激活居民人数:
  -- see registrants_counted)
  "绑定", "激活",
  -- filling in records, posting to an account (案卡填录, 推送图文不少于4条)
  "填录", "推送",
  -- accounts opened or contacts added in an app, counted (钱包开立不少于30户,
  -- 用“企业微信”添加居民不少于300户: an app's only, see APP_VERB)
  "开立", "开户", "添加",
  -- customers or users acquired in an app, counted (每月新增企业微信客户不少于
  -- 三十户: an app's customers only, see ACQUIRE)
  "新增", "发展", "拓展", "营销",
  -- comments left under posts (在公众号留言区发表体会不少于10条)
  "留言",
  -- WeChat's buttons clicked and replies under posts (点“在看”不少于5次, 跟帖:
  -- forced-engagement's activities, counted and ranked alike)
  "“在看”", "「在看」", "点在看", "点亮在看", "点“赞”", "点「赞」", "跟帖", "回帖",
  -- records added on a platform (在“社会治理”平台新增事件不少于2件)
  "平台新增", "平台上新增", "系统新增", "系统中新增", "app新增", "app上新增",
  "”新增", "”上新增", "」新增", "」上新增",
  -- records written on a platform (通过APP记录服务日志不少于20条; see
  -- jianfu.written_record)
  "记录", "填写", "撰写", "更新",
})
local WRITTEN = jianfu.norm_set { "记录", "填写", "撰写", "更新" }
local APP_VERB = jianfu.norm_set { "开立", "开户", "添加" }
-- customers or users acquired in an app (新增企业微信客户, 发展“云闪付”用户):
-- the verb, then in its segment an app word (not a bare quote) and the people
-- acquired, within a few characters of the verb (install-registration-quota's
-- test; not 新增市场主体客户, 新增企业微信群三个)
local ACQUIRE = jianfu.norm_set { "新增", "发展", "拓展", "营销" }
local ACQUIRE_APP = jianfu.words(jianfu.norm_list { "app", "平台", "小程序", "客户端", "公众号", "账号",
  "手机银行", "网银", "云闪付", "掌上", "钱包", "企业微信" })
local function acquires(text, h)
  return jianfu.acquired(text, h.from, h.to, ACQUIRE_APP)
end
-- … and counted as a measure (新增绑卡客户数, 新增企业微信用户量)
local ACQUIRED_COUNT = { [jianfu.normalize("数")] = true, [jianfu.normalize("量")] = true }
local ACTIVITY_UNLESS = jianfu.words(jianfu.norm_list {
  "下载附件", "注册资本", "注册企业", "注册市场主体", "安装监控", "安装摄像", "发布会", "发布通知",
  "自动推送", "推送至", "推送到", "推送给", "消息推送",
  "及时上报", "立即上报", "第一时间",
  -- (data activated is no account: 激活数据要素)
  "激活数据",
  -- sharing what was learnt or done is no engagement with content
  "分享经验", "经验分享", "分享体会", "分享心得", "分享做法", "分享工作经验", "分享学习体会",
})
-- a task given for the activity: 下载安装任务, 录入指标
local TASK = jianfu.words(jianfu.norm_list { "任务", "指标" })
-- the completion of a usage activity the clause demands, ranked or notified
-- (下载安装完成情况每周通报排名, 关注完成率按月排名): a league table of
-- that usage; not of reporting real work (上报完成情况 is the work's)
local COMPLETION = jianfu.words(jianfu.norm_list { "完成情况", "完成率", "完成进度", "完成数" })
-- ... or an activity imposed on everyone (全员下载安装, 人人关注)
local EVERYONE = jianfu.words(jianfu.norm_list { "全员", "人人", "强制", "一律" })
local REPORTING = jianfu.norm_set { "上报", "报送", "录入", "填报", "上传", "发布", "提交", "采集",
  "记录", "填写", "撰写", "填录", "推送" }
-- platform points (学习积分, 平台积分, "学习强国"积分) and study credits on a
-- platform (“学习兴税”平台学分: credits of classroom training are not usage)
local POINTS = jianfu.words(jianfu.norm_list { "积分", "学分" })
local CREDITS = jianfu.normalize("学分")
local ONLINE = jianfu.words(jianfu.norm_list { "平台", "app", "线上", "网上", "在线", "网络", "网院", "云课堂",
  "学习强国", "客户端", "小程序" })
-- a platform offered as a service channel (查询积分, 在线办理, 查看排序结果)
local SERVICE = jianfu.words(jianfu.norm_list { "查询", "查看", "办理", "申请", "申报", "预约" })
-- whole-clause markers that 积分 means points of real conduct or a reward scheme
local POINTS_OTHER = jianfu.words(jianfu.norm_list {
  "积分兑换", "积分超市", "积分制", "积分落户", "积分商城", "兑换", "垃圾分类", "可获积分",
  "获得积分", "落户",
  -- points schemes of public services (积分入学, 积分入户: a migrant's points;
  -- a school place, a nursery place or public housing allotted by points:
  -- 随迁子女按积分排名安排入学, 公租房按积分排序选房)
  "积分入学", "积分入户", "入学", "入园", "入读", "学位", "随迁子女", "公租房", "保障房",
  "保障性住房", "人才公寓", "选房", "配租",
  -- 党员积分管理, 量化积分: points systems of real conduct (组织生活, 志愿服务),
  -- not platform points; deducting them is a sanction of its own
  "积分管理", "量化积分", "量化分",
  -- pupils' and students' conduct points (综合素质积分, 德育积分, 操行积分): a
  -- school's record of conduct, not a platform's
  "综合素质", "德育积分", "操行",
})
-- residents' and volunteers' conduct points (村民文明积分, 孝善积分, 信用积分,
-- 志愿者积分): a village's or a volunteer service's reward scheme, when the
-- points' sentence names no platform
local RESIDENT_POINTS, resident_words = {}, {}
for _, q in ipairs { "文明", "孝善", "道德", "美德", "爱心", "善行", "信用", "环保", "绿色", "家庭",
    "村民", "居民", "农户", "志愿", "志愿服务", "志愿者" } do
  RESIDENT_POINTS[#RESIDENT_POINTS + 1] = jianfu.normalize(q)
  resident_words[#resident_words + 1] = q .. "积分"
end
-- (the compounds themselves: one scan tells most clauses have none)
local RESIDENT_WORDS = jianfu.words(jianfu.norm_list(resident_words))
-- (or the same points named again bare: 农户信用积分每年评定,积分高的农户…,
-- 按积分评选; not 学习积分 beside 村民积分)
local BARE_BEFORE = jianfu.norm_set { ",", "按", "凭", "的", "以", "其" }
local function resident_qualified(text, from) return word_before(RESIDENT_POINTS, text, from) end
local function resident_points(clause, text, p)
  if not jianfu.any_in(text, RESIDENT_WORDS, 1, #text) then return false end
  if not resident_qualified(text, p.from) then
    local before = p.from > 1 and text:sub(utf8.offset(text, -1, p.from) or p.from, p.from - 1)
    if before and not BARE_BEFORE[before] then return false end
    local other = false
    for _, q in ipairs(jianfu.find_all(text, POINTS)) do
      if q.from ~= p.from and resident_qualified(text, q.from) then
        other = true
        break
      end
    end
    if not other then return false end
  end
  return not jianfu.platform(clause, p.from, p.to) and not jianfu.sentence_has(text, p.from, ONLINE)
end
-- honours of residents and volunteers rated by points (星级志愿者, 文明家庭):
-- the points are theirs, a reward scheme's, when the sentence names no
-- platform (志愿者在“志愿汇”APP上的积分…, 网格员“网格通”积分作为评选星级志愿者的
-- 依据 are a platform's)
local HONOURS = jianfu.words(jianfu.norm_list { "星级志愿", "优秀志愿者", "文明户", "文明家庭",
  "最美家庭", "星级文明", "五好家庭" })
-- (a study's points are a platform's, a 学堂's or a 课堂's: 志愿者在“博爱云学堂”
-- 获得的学习积分，作为优秀志愿者评选的依据)
local HONOUR_NOT = {}
for _, w in ipairs(ONLINE) do HONOUR_NOT[#HONOUR_NOT + 1] = w end
for _, w in ipairs(jianfu.norm_list { "学堂", "课堂", "学院", "学习积分", "学习" }) do
  HONOUR_NOT[#HONOUR_NOT + 1] = w
end
HONOUR_NOT = jianfu.words(HONOUR_NOT)
local function honour_points(clause, text)
  if not jianfu.any_in(text, HONOURS, 1, #text) or jianfu.any_in(text, HONOUR_NOT, 1, #text) then
    return false
  end
  for _, p in ipairs(jianfu.find_terms(text, POINTS)) do
    if jianfu.platform(clause, p.from, p.to) then return false end
  end
  return true
end
-- what makes points count: appraisal, promotion, pay, a ranking
local POINTS_LINK = jianfu.words(jianfu.norm_list {
  "考核", "考评", "评优", "评先", "优秀", "提拔", "任用", "绩效", "奖金", "挂钩", "前置条件",
  "硬性条件", "条件", "依据", "参考", "推荐", "评星", "定级", "扣", "加1分", "加分", "得分",
  "计分", "权重", "排名", "名次", "排行", "红黑榜", "通报", "公示", "公布", "末位", "不足",
  "低于", "不少于", "达到", "以上",
})
-- a league table
local RANKING = jianfu.words(jianfu.norm_list {
  "排名", "名次", "排行榜", "排行", "排序", "红黑榜", "红榜", "黑榜", "末位", "排位", "晾晒",
  "位次", "亮榜", "倒数",
})
-- a public notification, periodic when a period word comes right before it
-- (and naming people in a bulletin that recurs: 在季度工作简报中点名, 每月点名:
-- naming is a public notice; a one-off 点名批评 is a sanction, see
-- periodic_notify)
local NOTIFY = jianfu.words(jianfu.norm_list { "通报", "公布", "公示", "点名" })
-- (not a roll call: 晚点名打卡, 早点名, 点名考勤, 点名签到)
local N_DIANMING = jianfu.normalize("点名")
local ROLL_BEFORE = jianfu.norm_set { "晚", "早", "集合", "列队" }
local ROLL_AFTER = jianfu.words(jianfu.norm_list { "打卡", "签到", "考勤", "册", "表", "制度" })
local function roll_call(text, n)
  if n.term ~= N_DIANMING then return false end
  return ROLL_BEFORE[text:sub(n.from - 3, n.from - 1)] or ROLL_BEFORE[text:sub(n.from - 6, n.from - 1)]
    or jianfu.any_in(text, ROLL_AFTER, n.to + 1, n.to + 6) == n.to + 1
end

-- a place in a league table: 前三名, 后3位, 第一名, 倒数第二 (the count in
-- Arabic or Chinese numerals); a ranking even when 排名 is not written
local RANK_SIDE = jianfu.norm_list { "前", "后", "第", "倒数" }
local RANK_NUM = { "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百" }
local RANK_END = jianfu.norm_list { "名", "位" }
-- the numerals as a set: each is one three-byte character, so the numeral at
-- j is text:sub(j, j + 2) (one copy per character instead of one per numeral)
local RANK_NUM_SET = {}
for _, d in ipairs(RANK_NUM) do
  assert(#d == 3)
  RANK_NUM_SET[d] = true
end
-- ... or the ends of a league table named by a superlative (用时最长的三个站,
-- 得分最低的2个村: a bottom three not written 后三名)
local SUPERLATIVE = jianfu.norm_list { "最长的", "最短的", "最低的", "最高的", "最少的", "最多的",
  "最慢的", "最快的", "最差的" }
-- (or persons: 用时最长的三人在全台通报)
local SUPER_END = jianfu.norm_list { "个", "名", "位", "家", "人" }
local function by_from(x, y) return x.from < y.from end
-- each of `words` followed by a number of at most three digits (ASCII or
-- RANK_NUM_SET characters) and one of `ends` (前3名, 最长的三个), as a hit
local function numbered_places(text, words, ends, out)
  for _, w in ipairs(words) do
    local init = 1
    while true do
      local a, b = string.find(text, w, init, true)
      if not a then break end
      local j, digits = b + 1, 0
      while true do
        local c = string.byte(text, j)
        if c and c >= 48 and c <= 57 then j = j + 1 digits = digits + 1  -- %d: ASCII digits
        elseif c and c >= 0xE0 and RANK_NUM_SET[string.sub(text, j, j + 2)] then j = j + 3 digits = digits + 1
        else break end
      end
      if digits > 0 and digits <= 3 then
        for _, e in ipairs(ends) do
          if text:sub(j, j + #e - 1) == e then
            out[#out + 1] = { term = text:sub(a, j + #e - 1), from = a, to = j + #e - 1 }
            break
          end
        end
      end
      init = b + 1
    end
  end
end
local function rank_positions(text)
  local out = {}
  numbered_places(text, SUPERLATIVE, SUPER_END, out)
  numbered_places(text, RANK_SIDE, RANK_END, out)
  if #out > 1 then table.sort(out, by_from) end
  return out
end
-- (定期通报, 定期公布: a recurring notification whose period is left open)
local PERIOD_MARK = jianfu.words(jianfu.norm_list { "月", "周", "季度", "季", "日", "天", "旬", "半月", "年度", "定期" })

-- a period word after these names one day or month, not a recurrence
-- (未接龙的次日通报, 翌日公布, 即日公布): when the notice comes, not how
-- often (but 周活跃度…当周通报 is weekly)
local ONE_TIME = { [jianfu.normalize("次")] = true, [jianfu.normalize("翌")] = true,
  [jianfu.normalize("即")] = true }
-- a period word in text[lo, hi] that is not one day or month
-- (nor does one after a count: 打卡不足20天的通报批评, 连续3个月 are lengths)
-- (but 每两周, 每3个月 recur)
local N_EVERY, N_GE = jianfu.normalize("每"), jianfu.normalize("个")
local function counted_length(text, a)
  local j = a
  if string.sub(text, j - 3, j - 1) == N_GE then j = j - 3 end
  local i = j
  while true do
    local c = string.byte(text, i - 1)
    if c and c >= 48 and c <= 57 then i = i - 1
    elseif i > 3 and RANK_NUM_SET[string.sub(text, i - 3, i - 1)] then i = i - 3
    else break end
  end
  return i < j and string.sub(text, i - 3, i - 1) ~= N_EVERY
end
local function recurring_mark(text, lo, hi)
  local a, w = jianfu.any_in(text, PERIOD_MARK, lo, hi)
  if not a then return false end
  if not ONE_TIME[string.sub(text, a - 3, a - 1)] and not counted_length(text, a) then return true end
  -- (any_in gives the first word of the list: look on either side of it)
  return recurring_mark(text, lo, a - 1) or recurring_mark(text, a + #w, hi)
end

-- a bulletin read, not a notification made (接龙确认已阅读当日安全通报, 传达
-- 每月安全通报): a reading verb a few characters before 通报 with no measure
-- between (not 阅读量每月通报, 学习积分按月公布: the reading is counted)
local READ = jianfu.words(jianfu.norm_list { "阅读", "已阅", "阅知", "查阅", "传达", "学习" })
local READ_MEASURE = jianfu.words(jianfu.norm_list { "量", "率", "数", "次", "情况", "时长", "积分", "学分",
  "排名", "完成", "进度", "结果", "用时", "名单" })
local READ_REACH = 24 -- bytes: eight characters
local function bulletin_read(text, n)
  local s = jianfu.segment(text, n.from, n.to)
  local lo = math.max(s, n.from - READ_REACH - 6)
  local a, w = jianfu.any_in(text, READ, lo, n.from - 1)
  while a do
    local b = a + #w
    if n.from - b <= READ_REACH and not jianfu.any_in(text, READ_MEASURE, b, n.from - 1) then return true end
    a, w = jianfu.any_in(text, READ, b, n.from - 1)
  end
  return false
end

-- a bulletin that recurs, named before the notification in its segment
-- (在季度简报中公布, 列入月度工作通报, 在每期简报上公示): a period word right
-- before the bulletin's name (or a name that is itself periodic: 周报, 月报)
local BULLETIN = jianfu.words(jianfu.norm_list { "简报", "通报", "快报", "专报", "通讯", "情况通报",
  "工作通报", "工作简报", "周报", "月报", "季报", "旬报" })
local PERIODIC_BULLETIN = jianfu.norm_set { "周报", "月报", "季报", "旬报" }
local EACH_ISSUE = jianfu.words { jianfu.normalize("每期") }
local function periodic_bulletin(text, s, from)
  for _, b in ipairs(jianfu.find_all(string.sub(text, s, from - 1), BULLETIN)) do
    local a = s + b.from - 1
    if PERIODIC_BULLETIN[b.term] or recurring_mark(text, math.max(s, a - 9), a - 1) or
        jianfu.any_in(text, EACH_ISSUE, math.max(s, a - 12), a - 1) then
      return true
    end
  end
  return false
end
local RECUR = jianfu.words(jianfu.norm_list { "每", "按" })
local CRITICISM = jianfu.normalize("批评")
local CONDITION = jianfu.normalize("的")
local function periodic_notify(clause, hit)
  local text = clause.text
  local from = hit.from
  -- (the two tests are independent: the cheaper one, which needs no
  -- clause.frequencies, first)
  -- "每月通报", "按周公布", "搞“月通报”": the period is at most two characters
  -- before (a period word wholly inside text[lo, from - 1], as any_in tests)
  if recurring_mark(text, math.max(1, from - 9), from - 1) then return true end
  -- "每月后台统计一次并在全局通报": a recurrence (每…, 按…) opening the
  -- notification's segment (not "季度累计不足…的通报批评", a sanction)
  -- A recurrence after the segment's subject (完成情况每月在村务公开栏通报)
  -- recurs too, unless a condition ends in 的 before the notification
  -- (每月累计不足3次的通报) or it is a criticism (通报批评): sanctions
  local s = jianfu.segment(text, from, hit.to)
  local criticism = string.sub(text, hit.to + 1, hit.to + #CRITICISM) == CRITICISM
  if not criticism and periodic_bulletin(text, s, from) then return true end
  for _, f in ipairs(clause.frequencies) do
    local ff = f.from
    if ff >= s and ff < from and jianfu.any_in(text, RECUR, ff, ff + 2) and not criticism and
        not string.find(string.sub(text, ff, from - 1), CONDITION, 1, true) then
      return true
    end
  end
  return false
end

-- the first hit that is neither renounced nor the setting or aim of a
-- punished violation: 对通过组织刷票获取名次的单位…通报 bans the cheat, the
-- place it won and the vote it happened in
local first_free = jianfu.first_free

-- a score per record (每条计0.5分, 按条计分, 每篇加1分): the score counts the
-- entries, so ranking it ranks their number
local PER_RECORD = jianfu.words(jianfu.norm_list { "按条计", "每条计", "按篇计", "每篇计", "按件计",
  "每件计", "每条加", "每篇加", "每条得" })
local COMMA, BARE = string.byte(","), 12 -- (bytes: four characters)
-- (a head of units and periods only, opening with 每, may run to six
-- characters: 每所每季度, 每个村每月, 每村每半年)
local EVERY, BARE_EVERY = jianfu.normalize("每"), 18
-- the activity's count named after its object (转发“惠民银行”公众号文章的次数,
-- 在平台上报事件的数量): a usage measure under another name, as 转发次数 is
-- (or the records' count right after them: 上报巡护日志条数, 推送图文篇数 — 条
-- and 篇 count entries or posts only)
local COUNT_OF = jianfu.words(jianfu.norm_list { "的次数", "的数量", "的条数", "的篇数", "的件数",
  "的人数", "的人次", "的总数", "条数", "篇数" })
local COUNT_OF_REACH = 72 -- bytes: twenty-four characters
-- a reply in a work group measured after what it replies (在“线路运维”群回复
-- “已阅”的及时率, 在群内回复通知的平均用时): a group duty's league table, as
-- 回复及时率 is (the group named in its sentence, see GROUP_WORDS)
local REPLY = jianfu.normalize("回复")
local REPLY_MEASURE = jianfu.words(jianfu.norm_list { "的及时率", "的平均用时", "的用时", "的时长",
  "的速度", "的次数", "的情况" })
local REPLY_GROUP = jianfu.words(jianfu.norm_list { "工作群", "微信群", "钉钉群", "群内", "群里", "在群",
  "群聊", "”群", "」群", "本群",
  -- (a group whose quoted name ends in 群: 在“统计业务群”回复“已阅”的及时率)
  "群”", "群」",
  -- (a group named by its purpose, known by the reply right after it: 在村务群
  -- 回复通知的平均用时, 在年级群回复“已阅”的及时率)
  "群回复" })
-- (not of a document relayed or a warning passed on: 转发上级文件的次数,
-- 转发预警信息的次数 count official channels' work, not engagement)
local RELAYED = jianfu.words(jianfu.norm_list { "文件", "通知", "公文", "上级", "批示", "预警", "警报",
  "紧急" })
-- (a reply's object is often a notice: 回复通知的及时率 is the group's duty)
local function measured_after(text, h, e, measures, relayed_too)
  local a = jianfu.any_in(text, measures, h.to + 1, math.min(e, h.to + COUNT_OF_REACH))
  return a ~= nil and (relayed_too or not jianfu.any_in(text, RELAYED, h.to + 1, a - 1))
end
local function group_reply(clause, text)
  local a = string.find(text, REPLY, 1, true)
  while a do
    local b = a + #REPLY - 1
    if not jianfu.negated(clause, a, b) and jianfu.sentence_has(text, a, REPLY_GROUP) then
      local _, e = jianfu.segment(text, a, b)
      if measured_after(text, { from = a, to = b }, e, REPLY_MEASURE, true) then
        return { term = REPLY, from = a, to = b }
      end
    end
    a = string.find(text, REPLY, b + 1, true)
  end
  return nil
end
-- the verbs of an acquisition drive restated before its count (新增注册企业,
-- 新增下载用户): only these, an install or registration counted again
local RESTATED = jianfu.words(jianfu.norm_list { "下载", "安装", "注册", "关注", "绑定", "激活" })
-- a registration counted by those who registered, named by who they are
-- (新增注册养殖户数, 新增注册献血者人数, 绑定商家户数): an install or
-- registration verb, then at most five characters of CJK naming whom and a
-- count of heads (户数, 人数, 者数 …) in its segment, an app word in its
-- sentence (a league table of the app's registrations; not 注册资本)
local HEADS = jianfu.words(jianfu.norm_list { "户数", "人数", "人次", "者数", "家数", "名数" })
local HEADS_REACH = 21 -- bytes: seven characters (five naming whom, the count word)
-- (or any head counted by 数 after the name of whom: 新增注册观众数, 注册会员
-- 志愿者数, 绑定群众数 — not 数据, 数字, 数码, 数额: data and sums)
local N_SHU = jianfu.normalize("数")
local NOT_HEADS = jianfu.norm_set { "数据", "数字", "数码", "数额", "数量" }
local function head_count(text, h, e)
  local a = jianfu.any_in(text, HEADS, h.to + 1, math.min(e, h.to + HEADS_REACH))
  if a then return a end
  local b = string.find(text, N_SHU, h.to + 4, true)
  if b and b + 2 <= math.min(e, h.to + HEADS_REACH) and not NOT_HEADS[text:sub(b, b + 5)] then
    return b
  end
end
local function registrants_counted(text, h, e)
  local a = head_count(text, h, e)
  if not a or string.find(text:sub(h.to + 1, a - 1), "[%w%p%s]") then return false end
  return jianfu.sentence_has(text, h.from, APP_WORDS)
end
local RESTATED_SET = {}
for _, w in ipairs(RESTATED) do RESTATED_SET[w] = true end
-- the first usage activity of the clause that is given a count or a task
-- (or a score per record after it)
local function counted_activity(clause)
  local text = clause.text
  local per_record -- (looked for once, at the first activity that needs it)
  for _, h in ipairs(jianfu.find_terms(text, ACTIVITY, ACTIVITY_UNLESS)) do
    if not jianfu.negated(clause, h.from, h.to) and not jianfu.punished(clause, h.from, h.to) and
        not on_time_rate(text, h) and (not WRITTEN[h.term] or jianfu.written_record(text, h.from, h.to)) and
        (not APP_VERB[h.term] or jianfu.sentence_has(text, h.from, APP_WORDS)) and
        (not ACQUIRE[h.term] or acquires(text, h)) then
      if ACQUIRE[h.term] then
        local b = acquires(text, h)
        if ACQUIRED_COUNT[text:sub(b + 1, b + 3)] then return h end
      end
      local _, e = jianfu.segment(text, h.from, h.to)
      -- a count above one ("报送工作总结1份" is one duty, not a quota)
      local n = jianfu.count_after(clause, h)
      -- or a threshold in its segment ("每日线上学习不少于30分钟")
      local th = jianfu.nearest(clause.thresholds, h.to + 1)
      local th_here = th and th.from > h.to and th.to <= e + 1
      if (n and n.value > 1) or th_here or jianfu.any_in(text, TASK, h.to + 1, math.min(e, h.to + 12)) or
          measured_after(text, h, e, COUNT_OF) or
          RESTATED_SET[h.term] and registrants_counted(text, h, e) then
        return h
      end
      -- or a bare count opening the next segment, which continues the
      -- activity (留言评论，每月不少于3条: at most a period or a person,
      -- 每月, 每人每天, before the threshold)
      -- (or a longer head that names the activity again, by its verb:
      -- 注册“知产e站”账号，每科室每季度新增注册企业不少于40家)
      if th and th.from > e + 1 and string.byte(text, e + 1) == COMMA then
        local ns, ne = jianfu.segment(text, e + 2, e + 2)
        if th.to <= ne and (th.from - ns <= BARE or
            th.from - ns <= BARE_EVERY and text:sub(ns, ns + #EVERY - 1) == EVERY or
            jianfu.any_in(text, RESTATED, ns, th.from - 1) and
            string.find(text:sub(ns, th.from - 1), h.term, 1, true)) then
          return h
        end
      end
      -- (a score per record written out: 每条计0.2分, 每条记0.5分, 每上报1条得1分)
      -- (the score's end: 每报送一条…得0.5分 scores the activity it names)
      if per_record == nil then
        -- (not one of records adopted: 被采用的，每条加1分 scores an outcome)
        local a, w = jianfu.any_in(text, PER_RECORD, 1, #text)
        if a and jianfu.adopted(text, a, a + #w - 1) then a = nil end
        per_record = a or select(2, jianfu.per_record(clause)) or false
      end
      if per_record and per_record > h.to then return h end
      if not REPORTING[h.term] then
        local s = jianfu.segment(text, h.from, h.to)
        if jianfu.any_in(text, COMPLETION, h.to + 1, math.min(e, h.to + 12)) == h.to + 1 or
            jianfu.any_in(text, EVERYONE, math.max(s, h.from - 12), h.from - 1) then
          return h
        end
      end
    end
  end
  return nil
end

-- a ranking by the count of what is entered (撰写信息简报不少于2篇报送“登记易”
-- 平台，年终按篇数排名; 每月上报…，按条数排名通报): 按 and a count of records
-- right before the ranking word (a few characters between: 按篇数进行排名),
-- and an entering activity of the clause with an app or platform word in its
-- sentence: the ranking ranks the platform numbers
local BY_COUNT = jianfu.words(jianfu.norm_list { "按篇数", "按条数", "按件数", "按份数", "按数量",
  "按报送数量", "按上报数量", "按报送篇数", "按上报篇数", "按报送条数", "按上报条数" })
local BY_COUNT_REACH = 18 -- bytes: six characters
local function ranked_by_count(clause, text, at)
  local s = jianfu.segment(text, at.from, at.to)
  local lo = math.max(s, at.from - BY_COUNT_REACH)
  if not jianfu.any_in(text, BY_COUNT, lo, at.from - 1) then return nil end
  for _, h in ipairs(jianfu.find_terms(text, ACTIVITY, ACTIVITY_UNLESS)) do
    if h.from < at.from and REPORTING[h.term] and not jianfu.negated(clause, h.from, h.to)
        and jianfu.sentence_has(text, h.from, APP_WORDS) then
      return h
    end
  end
  return nil
end

-- credits of a training system (继续教育学分): the credit of a course, even
-- an online one, not platform points, unless a platform is named
local COURSE_CREDITS = jianfu.words(jianfu.norm_list { "继续教育", "继续医学教育", "培训", "课程" })

-- points earned by real conduct: 党员积分根据参加组织生活、志愿服务等实际表现
-- 评定 is a points system of conduct, whatever it is linked to; platform
-- points are earned by clicks, never by 表现 (the basis word must follow the
-- points in their segment, and the points must not be a named platform's)
-- (or rated by an authority's inspection: 出租车企业安全生产积分由运管部门每季度
-- 检查评定 — 由, then an inspection word of CONDUCT)
local BASIS = jianfu.words(jianfu.norm_list { "根据", "依据", "按照", "依照", "对照", "结合", "由" })
local CONDUCT = jianfu.words(jianfu.norm_list {
  "实际表现", "现实表现", "日常表现", "工作表现", "一贯表现", "组织生活", "志愿服务", "工作实绩",
  "履职情况", "履职表现", "遵纪守法", "三会一课", "参加活动", "服务群众",
  -- unpaid service of every kind (义务巡河, 志愿巡逻, 公益活动, 结对帮扶)
  "义务", "志愿", "公益", "结对帮扶",
  -- the results of inspections or assessments of the work (企业安全生产积分根据
  -- 实际检查结果评定)
  "检查结果", "实际检查", "现场检查", "检查情况", "考核结果", "评估结果", "核查结果",
  -- (rated by an inspection: 由运管部门每季度检查评定, 由监管部门检查打分)
  "检查评定", "检查打分", "检查评分", "检查计分", "检查考评", "督查评定", "执法检查", "监督检查",
  -- conduct of any kind after a basis word (戒毒人员日常行为表现, 改造表现, 平时
  -- 在校表现: the points of those served, inmates, patients, pupils, rated by
  -- how they behave), unless the same segment puts it online (依据“学习强国”平台
  -- 学习表现, 线上学习表现: see earned_by_conduct); last, so that a compound
  -- above is found first
  "表现",
})
local N_CONDUCT = jianfu.normalize("表现")
-- points said to be tied to no app or platform (积分…不与任何APP挂钩, 与平台
-- 使用无关): not a platform's, whatever they are linked to
local NO_APP_LINK = jianfu.words(jianfu.norm_list { "不与任何app", "不与app", "不与任何平台", "不与平台",
  "不与任何线上", "不与任何软件", "与app无关", "与平台无关", "与app使用无关", "与平台使用无关",
  "不依托app", "不依托任何app", "不依托平台", "不通过app", "不通过任何app" })
local N_POINTS = jianfu.normalize("积分")
-- (or the conduct stands before the points, credited to them: 参加志愿服务按次
-- 计入党员积分, 参加组织生活记入积分)
local CREDITED = jianfu.words(jianfu.norm_list { "计入", "记入", "折算", "换算", "计算", "累计", "获得",
  "记", "计" })
-- (but not points earned on a platform named between them: 志愿者在“博爱云学堂”
-- 获得的学习积分 are a study platform's, though the volunteers serve: an online
-- word, a 学堂, or a quoted name holding a Latin letter, “红会e家”, the way
-- apps are named)
local EARNED_ONLINE = {}
for _, w in ipairs(ONLINE) do EARNED_ONLINE[#EARNED_ONLINE + 1] = w end
for _, w in ipairs(jianfu.norm_list { "学堂", "课堂" }) do EARNED_ONLINE[#EARNED_ONLINE + 1] = w end
EARNED_ONLINE = jianfu.words(EARNED_ONLINE)
local OPEN_Q, CLOSE_Q = jianfu.normalize("“"), jianfu.normalize("”")
local function earned_online(text, a, b)
  if jianfu.any_in(text, EARNED_ONLINE, a, b) then return true end
  local i = a
  while true do
    local qs, qe = string.find(text, OPEN_Q, i, true)
    if not qs or qe >= b then return false end
    local cs = string.find(text, CLOSE_Q, qe + 1, true)
    if not cs or cs > b then return false end
    if string.find(text:sub(qe + 1, cs - 1), "[a-z]") then return true end
    i = cs + 1
  end
end
local function earned_by_conduct(clause, text, p)
  local s, e = jianfu.segment(text, p.from, p.to)
  local b = jianfu.any_in(text, BASIS, p.to + 1, e)
  local conduct = false
  if b then
    local c, w = jianfu.any_in(text, CONDUCT, b, e)
    conduct = c ~= nil and not (w == N_CONDUCT and earned_online(text, b, e))
  end
  if not conduct then
    local c = jianfu.any_in(text, CONDUCT, s, p.from - 1)
    conduct = c ~= nil and jianfu.any_in(text, CREDITED, c, p.from - 1) ~= nil
      and not earned_online(text, c, p.from - 1)
  end
  return conduct and not jianfu.platform(clause, p.from, p.to)
end
-- is the 积分 at p conduct points: earned by conduct there, or the same
-- points named again (…表现计算，年度积分作为评先参考) with no platform of its own?
-- (points of activities, 社团活动积分, 志愿活动积分: earned by taking part in
-- them, unless the sentence puts them online)
local N_ACTIVITY = jianfu.normalize("活动")
-- (or an app named after them and disclaimed: 诚信经营积分按现场检查结果评定，
-- 与“专卖e通”使用情况无关 — 与, then an online word or an app's quoted name,
-- then 无关 or 不挂钩 within twenty characters, in their sentence)
local N_WITH = jianfu.normalize("与")
local UNRELATED = jianfu.words(jianfu.norm_list { "无关", "不挂钩", "不相关", "脱钩" })
local function app_disclaimed(text, p)
  local _, se = jianfu.sentence(text, p.from)
  local i = p.to + 1
  while true do
    local a = string.find(text, N_WITH, i, true)
    if not a or a > se then return false end
    local u = jianfu.any_in(text, UNRELATED, a + #N_WITH, math.min(se, a + #N_WITH + 60))
    if u and earned_online(text, a + #N_WITH, u - 1) then return true end
    i = a + #N_WITH
  end
end
-- a record of safety of those the office oversees, deducted for their
-- violations (农机手安全积分…积分按违章记录扣减, 驾驶员积分因交通违法扣除):
-- a violation word and a deduction word in the points' sentence, which names
-- no platform, and the points no study's (not 学习积分, 平台积分 of officials)
local VIOLATION = jianfu.words(jianfu.norm_list { "违章", "违规操作", "违法行为", "交通违法", "安全事故",
  "责任事故", "事故" })
local DEDUCTED = jianfu.words(jianfu.norm_list { "扣减", "扣除", "扣分", "扣" })
local STUDY = jianfu.norm_list { "学习", "平台", "答题", "线上" }
local function violation_record(clause, text, p)
  -- (most clauses name no violation: one look at the whole text first)
  local v = jianfu.any_in(text, VIOLATION, 1, #text)
  if not v then return false end
  local a, b = jianfu.sentence(text, p.from)
  if not jianfu.any_in(text, VIOLATION, a, b) or not jianfu.any_in(text, DEDUCTED, a, b) then
    return false
  end
  for _, w in ipairs(STUDY) do
    if p.from > #w and text:sub(p.from - #w, p.from - 1) == w then return false end
  end
  return not jianfu.platform(clause, p.from, p.to) and not jianfu.sentence_has(text, p.from, ONLINE)
end
local function of_conduct(clause, text, p)
  if jianfu.any_in(text, NO_APP_LINK, p.to + 1, #text) then return true end
  if violation_record(clause, text, p) then return true end
  if app_disclaimed(text, p) then return true end
  if p.from > #N_ACTIVITY and text:sub(p.from - #N_ACTIVITY, p.from - 1) == N_ACTIVITY and
      not jianfu.platform(clause, p.from, p.to) and not jianfu.sentence_has(text, p.from, ONLINE) then
    return true
  end
  -- (most clauses name no conduct at all: one look at the whole text first)
  if not jianfu.any_in(text, CONDUCT, 1, #text) then return false end
  if earned_by_conduct(clause, text, p) then return true end
  if jianfu.platform(clause, p.from, p.to) then return false end
  for _, q in ipairs(jianfu.find_all(text, POINTS)) do
    if q.term == N_POINTS and q.from ~= p.from and earned_by_conduct(clause, text, q) then return true end
  end
  return false
end

-- credits granted or withheld for the study (不予登记学分, 授予学分) are the
-- course's reward, not points made to count: the study is the criterion
local GRANT = jianfu.words(jianfu.norm_list { "登记", "授予", "认定", "给予", "核定", "发放", "核发",
  "获得", "计给" })

-- (the credits held, 获得的学分不足100分的, 认定的学分: the grant word then
-- names what was earned, the credits a bar is set on, not a grant)
local N_DE = jianfu.normalize("的")
local function granted(text, from)
  local a, w = jianfu.any_in(text, GRANT, math.max(jianfu.segment(text, from, from), from - 24), from - 1)
  return a ~= nil and text:sub(a + #w, a + #w + #N_DE - 1) ~= N_DE
end

-- (or a quoted name earlier in its sentence that names a study platform the
-- way apps are named, a 学堂, 课堂 or 网院 or a Latin letter: 在“植检学堂”
-- 获得的年度学分; jianfu.platform wants the name within four characters)
local STUDY_NAME_END = jianfu.norm_list { "学堂", "课堂", "网院", "云课堂", "学院app" }
local function study_platform_named(text, from)
  local a = jianfu.sentence(text, from)
  local i = a
  while true do
    local qs, qe = string.find(text, OPEN_Q, i, true)
    if not qs or qe >= from then return false end
    local cs = string.find(text, CLOSE_Q, qe + 1, true)
    if not cs or cs >= from then return false end
    local name = text:sub(qe + 1, cs - 1)
    if string.find(name, "[a-z]") then return true end
    for _, w in ipairs(STUDY_NAME_END) do
      if #name > #w and name:sub(-#w) == w then return true end
    end
    i = cs + 1
  end
end

-- platform points: 学分 only when its sentence names a platform
-- (积分 always counts, unless earned by conduct: the platform and the course
-- are looked for only for 学分), and not the points of a falsification a
-- sanction targets (对虚报学习积分的…取消评优资格: jianfu.punished)
local function platform_points(clause, text)
  for _, p in ipairs(jianfu.find_terms(text, POINTS)) do
    local from, to = p.from, p.to
    if not jianfu.negated(clause, from, to) and not jianfu.punished(clause, from, to) then
      if p.term ~= CREDITS then
        if not of_conduct(clause, text, p) and not resident_points(clause, text, p) then
          return p
        end
      elseif granted(text, from) then
        -- (a credit granted: skip it)
      elseif jianfu.platform(clause, from, to) or study_platform_named(text, from) then
        return p
      else
        local course = jianfu.any_in(text, COURSE_CREDITS, math.max(1, from - 18), from - 1)
        if not course and jianfu.sentence_has(text, from, ONLINE) then return p end
      end
    end
  end
  return nil
end

-- are there platform points (积分, 学分) in the text at all?
local function has_points(text)
  for _, w in ipairs(POINTS) do
    if string.find(text, w, 1, true) then return true end
  end
  return false
end

-- measures that are also the status of equipment: a device's (监控点位在线率,
-- 视频会议系统在线率, see jianfu.of_device and jianfu.device_measure) is no
-- usage of people
local STATUS = jianfu.norm_set { "在线率", "上线率", "使用率", "启用率", "在线时长", "在线时间", "使用时长",
  "活跃时长",
  "在线服务时长", "在线工作时长" }
-- is the usage hit h no usage: points earned by conduct or a scheme's, a device's status,
-- or praise (通报表扬…，为其担当作为点赞: jianfu.praise)?
local N_LIKE = jianfu.normalize("点赞")
local function not_usage(clause, text, h)
  if h.term == N_POINTS then
    -- (or the points of a scheme the clause names, 积分落户 申请人按积分排名,
    -- 积分兑换, 积分制: the scheme's points, unless a platform earns them)
    -- (an app offered to look the points up or apply, 可通过“智慧人社”APP查询积分
    -- 排名, is a service channel of the scheme, not where points are earned)
    return of_conduct(clause, text, h) or resident_points(clause, text, h) or
      honour_points(clause, text) or
      (jianfu.any_in(text, POINTS_OTHER, 1, #text) ~= nil and
      (jianfu.sentence_has(text, h.from, SERVICE) or
       not jianfu.platform(clause, h.from, h.to) and not jianfu.sentence_has(text, h.from, ONLINE)))
  end
  if h.term == N_LIKE then return jianfu.praise(text, h.from, h.to) end
  -- (read after the last app named before it, jianfu.device_measure, as
  -- app-usage-metric and online-time read it: 各线路工区“工务e检”APP周使用率 is
  -- the staff's use of the app, not a line's)
  -- (a system's own online rate is its uptime: 地震速报系统在线率, jianfu.system_uptime)
  return STATUS[h.term] == true and (jianfu.device_measure(text, h.from, h.to)
    or jianfu.system_uptime(text, h.from, h.to))
end

-- A row of a scoring table names the measure in one cell and ranks it in
-- another (| 公众号推文阅读量 | 6 | …，按月排名 |), as may the fields of a
-- scheme item: a ranking or periodic notification with no usage of its
-- own ranks the usage measure its item names, unless a clause of the item
-- renounces it (the other clauses' analysis is not at hand: their words are
-- looked for). Measures that need their sentence (an app-only measure, 积分,
-- a device's status) are left to their own clause.
local RENOUNCE = jianfu.words(jianfu.norm_list { "不作", "不纳入", "不列入", "不得", "不再", "取消",
  "不以", "不将", "不排名", "不通报", "不参与" })
-- ... but a 取消 that withdraws a benefit from those a condition or a rank
-- names is the sanction that makes the measure count, not a renouncing
-- (| “民航学堂”月度学习积分 | 按班组排名，后三名取消当月评先资格 |): the
-- condition (后三名, 末位, 低于…的) before it in its comma segment, the
-- benefit (资格, 评优, 奖励 …) within twelve characters after it
local CANCEL = jianfu.normalize("取消")
local CANCEL_IF = jianfu.words(jianfu.norm_list { "名", "的", "低于", "不足", "少于", "末位", "倒数",
  "靠后", "未" })
local CANCEL_WHAT = jianfu.words(jianfu.norm_list { "资格", "评优", "评先", "奖励", "奖金", "称号",
  "绩效", "星级" })
local function sanction_cancel(t, a)
  local s, e = jianfu.segment(t, a, a + #CANCEL - 1)
  if a <= s or not jianfu.any_in(t, CANCEL_IF, s, a - 1) then return false end
  return jianfu.any_in(t, CANCEL_WHAT, a + #CANCEL, math.min(e, a + #CANCEL + 36)) ~= nil
end
-- does t hold a word of `words` that renounces (any but a sanction's 取消)?
local function renounces(t, words)
  local a, w = jianfu.any_in(t, words, 1, #t)
  if not a then return false end
  if w ~= CANCEL then return true end
  -- (取消 first by the list's order: every other word looked for on its own)
  local c = string.find(t, CANCEL, 1, true)
  while c do
    if not sanction_cancel(t, c) then return true end
    c = string.find(t, CANCEL, c + #CANCEL, true)
  end
  for _, x in ipairs(words) do
    if x ~= CANCEL and string.find(t, x, 1, true) then return true end
  end
  return false
end
-- An activity its item names in another cell (ACTIVITY, with the tests
-- counted_activity makes of the verbs that need their context) is ranked
-- when the row counts it: a threshold in a unit of count in the ranking's
-- clause or another of the item's, or a score per record in the ranking's
-- clause (| 发展“农技e推”APP农户用户 | 每人每半年不少于100户，按乡镇排名 |;
-- | 在“农技e推”发布农情动态 | 每条计0.5分，每月按得分排名 |), as the same
-- words in one sentence are.
local ROW_COUNT_UNITS = { ["次"] = true, ["个"] = true, ["条"] = true, ["件"] = true, ["人"] = true,
  ["户"] = true, ["篇"] = true, ["份"] = true, ["项"] = true, ["张"] = true, ["家"] = true, ["票"] = true,
  ["人次"] = true }
local function count_threshold(list)
  for _, th in ipairs(list) do
    if ROW_COUNT_UNITS[th.unit] and th.value > 1 then return true end
  end
  return false
end
local function row_counted(clause, item)
  return count_threshold(clause.thresholds) or count_threshold(item.thresholds)
    or jianfu.per_record(clause) ~= nil
end
local function item_activity(t)
  for _, h in ipairs(jianfu.find_terms(t, ACTIVITY, ACTIVITY_UNLESS)) do
    local term = h.term
    if (not WRITTEN[term] or jianfu.written_record(t, h.from, h.to)) and
        (not APP_VERB[term] or jianfu.sentence_has(t, h.from, APP_WORDS)) and
        (not ACQUIRE[term] or acquires(t, h)) then
      return term
    end
  end
  return nil
end
-- the finding of a measure or activity its item's other cells name, ranked
-- (or notified periodically: how) at `at` in this clause
local function report_ranked(clause, report, metric, how, at)
  local ev = jianfu.evidence(clause, at.from)
  ev.metric = metric
  ev.ranking = how
  report {
    from = at.from, to = at.to, evidence = ev,
    message = "对“" .. metric .. "”等使用数据进行排名或定期通报" .. jianfu.evidence_details(ev),
  }
end
local function item_ranked(clause, report, how, at)
  -- (a row or a scheme item: the engine's needs test reads their other cells)
  if not (clause.table_row or clause.scheme_item) then return end
  local item = clause.item
  if not item then return end
  local activity
  for _, t in ipairs(item.texts) do
    for _, m in ipairs(jianfu.find_terms(t, USAGE, USAGE_UNLESS)) do
      local term = m.term
      -- (an app-only or group-only measure when its own cell names the app or
      -- the group: | 学生“职教云课”平台参学率 | …，参学率按周排名 |)
      if not out_of_context(t, m) and term ~= N_POINTS and
          not (STATUS[term] and (jianfu.of_device(t, m.from, m.to) or jianfu.system_uptime(t, m.from, m.to))) then
        if renounces(t, RENOUNCE) then return end
        return report_ranked(clause, report, term, how, at)
      end
    end
  end
  if not row_counted(clause, item) then return end
  for _, t in ipairs(item.texts) do
    if renounces(t, RENOUNCE) then return end
  end
  for _, t in ipairs(item.texts) do
    activity = item_activity(t)
    if activity then break end
  end
  if not activity or renounces(clause.text, RENOUNCE) then return end
  return report_ranked(clause, report, activity, how, at)
end

-- A row of a scoring table names the points in one cell and makes them count
-- in another (| “税务学苑”学习积分 | 低于全局平均分的，不得参加年度评优 |): a
-- threshold, a penalty or an explicit link among the row's other cells, none
-- of them renouncing it (their analysis is at hand as clause.item; their
-- renouncing words are looked for in their text).
-- (RENOUNCE but 不得 alone: 不得参加评优 is the sanction that makes them count)
local ROW_RENOUNCE = {}
for _, w in ipairs(RENOUNCE) do
  if w ~= jianfu.normalize("不得") then ROW_RENOUNCE[#ROW_RENOUNCE + 1] = w end
end
for _, w in ipairs(jianfu.norm_list { "不得将", "不得以", "不得把", "不得作为", "不得与" }) do
  ROW_RENOUNCE[#ROW_RENOUNCE + 1] = w
end
ROW_RENOUNCE = jianfu.words(ROW_RENOUNCE)
local function row_counts(clause)
  if not (clause.table_row or clause.scheme_item) then return false end
  local item = clause.item
  if not item or not (item.linked or #item.penalties > 0 or #item.thresholds > 0) then return false end
  for _, t in ipairs(item.texts) do
    if renounces(t, ROW_RENOUNCE) then return false end
  end
  return true
end

local function check(clause, report)
  -- the three tests are false without a locator (every clause of a text document)
  if clause.locator and (jianfu.name_field(clause) or jianfu.repeats_item(clause, RANKING) or
      jianfu.repeats_item(clause, POINTS)) then
    return
  end
  local text = clause.text

  -- (1) platform points used as a criterion (most clauses, triggered by a
  -- ranking or a notification, have none: nothing else is looked at then)
  if has_points(text) and not jianfu.any_in(text, POINTS_OTHER, 1, #text) and
      not honour_points(clause, text) then
    local p = platform_points(clause, text)
    -- (those who ranked by it sanctioned, the sanction said first: 问责了一个
    -- 按学习积分对干部排名通报的单位 — the misconduct punished, no criterion)
    if p and jianfu.imposer_sanctioned(clause, p.from, p.to) then return end
    if p then
      local linked = jianfu.made_to_count(clause) or row_counts(clause)
      local lw = not linked and jianfu.live_word(clause, POINTS_LINK)
      if linked or lw then
        local ev = jianfu.evidence(clause, p.from)
        ev.metric = p.term
        local rk = jianfu.first_live(clause, jianfu.find_terms(text, RANKING))
        if rk then ev.ranking = rk.term end
        if lw and not ev.link then ev.link = lw end
        report {
          from = p.from, to = p.to, evidence = ev,
          message = "以平台“" .. p.term .. "”作为考核、排名或评优提拔依据" .. jianfu.evidence_details(ev),
        }
        return
      end
    end
  end

  -- (2) a usage measure ranked or periodically notified (the ranking first:
  -- it is the cheaper test)
  local how, at
  local r = first_free(clause, jianfu.find_terms(text, RANKING))
    or first_free(clause, rank_positions(text))
  if r then how, at = r.term, r end
  if not how then
    for _, n in ipairs(jianfu.find_terms(text, NOTIFY)) do
      if not roll_call(text, n) and periodic_notify(clause, n) and not jianfu.negated(clause, n.from, n.to)
          and not bulletin_read(text, n) then
        how, at = "定期" .. n.term, n
        break
      end
    end
  end
  if not how then return end
  local hits = jianfu.find_terms(text, USAGE, USAGE_UNLESS)
  -- points earned by conduct are no usage measure, nor is the status of a
  -- device (a copy only when needed)
  -- (the term looked up first: most hits are neither)
  for i, h in ipairs(hits) do
    local t = h.term
    if (t == N_POINTS or t == N_LIKE or STATUS[t]) and not_usage(clause, text, h) then
      local kept = {}
      for j, x in ipairs(hits) do
        t = x.term
        if j < i or not ((t == N_POINTS or t == N_LIKE or STATUS[t]) and not_usage(clause, text, x)) then
          kept[#kept + 1] = x
        end
      end
      hits = kept
      break
    end
  end
  local usage = first_free(clause, hits)
  if usage and out_of_context(text, usage) then
    usage = usage_after(clause, text, hits, usage)
  end
  usage = usage or counted_activity(clause) or group_reply(clause, text)
    or ranked_by_count(clause, text, at)
  if not usage then return item_ranked(clause, report, how, at) end
  if jianfu.imposer_sanctioned(clause, usage.from, usage.to) then return end
  local ev = jianfu.evidence(clause, usage.from)
  ev.metric = usage.term
  ev.ranking = how
  local from = math.min(usage.from, at.from)
  local to = from == usage.from and usage.to or at.to
  report {
    from = from, to = to, evidence = ev,
    message = "对“" .. usage.term .. "”等使用数据进行排名或定期通报" .. jianfu.evidence_details(ev),
  }
end

-- the rule runs where a ranking word, a notification or a place in a league
-- table (前三名, 后5位: every 前/后/第 + a numeral) occurs
local TRIGGERS = {
  "积分", "学分", "排名", "名次", "排行", "排序", "红黑榜", "红榜", "黑榜", "末位", "排位", "晾晒",
  "位次", "亮榜", "通报", "公布", "公示", "倒数", "点名",
}
for _, w in ipairs(SUPERLATIVE) do TRIGGERS[#TRIGGERS + 1] = w end
for _, side in ipairs { "前", "后", "第" } do
  for _, d in ipairs { "1", "2", "3", "4", "5", "6", "7", "8", "9", "一", "二", "两", "三", "四",
      "五", "六", "七", "八", "九", "十" } do
    TRIGGERS[#TRIGGERS + 1] = side .. d
  end
end

-- needs: every report names platform points (POINTS, part (1)) or a usage
-- measure or activity (USAGE, ACTIVITY, part (2)) found in this clause's own
-- text or, for item_ranked, in a table row's or scheme item's other clauses
-- (which the engine's needs test reads too); a ranking, a place or a
-- notification alone reports nothing: the first group.
local NEEDS_USAGE = {}
for _, list in ipairs { POINTS, USAGE, ACTIVITY } do
  for _, w in ipairs(list) do NEEDS_USAGE[#NEEDS_USAGE + 1] = w end
end
-- (group_reply reports on the 回复 it finds in this clause's text)
NEEDS_USAGE[#NEEDS_USAGE + 1] = REPLY
-- ... and part (2) reports only what a league table in this clause's own
-- text ranks (`how`): a RANKING word, a place (rank_positions: a RANK_SIDE
-- word then a numeral, an ASCII digit or one of RANK_NUM) or a periodic
-- notification (periodic_notify: a PERIOD_MARK word before it, or one of
-- clause.frequencies): so a clause that reports holds POINTS, one of these
-- words or a frequency in its analysis: the second group.
local NEEDS_HOW = { analysis = { "frequencies" } }
for _, list in ipairs { POINTS, RANKING, PERIOD_MARK } do
  for _, w in ipairs(list) do NEEDS_HOW[#NEEDS_HOW + 1] = w end
end
-- (and a superlative before a count: SUPERLATIVE)
for _, w in ipairs(SUPERLATIVE) do NEEDS_HOW[#NEEDS_HOW + 1] = w end
for _, side in ipairs(RANK_SIDE) do
  for d = 0, 9 do NEEDS_HOW[#NEEDS_HOW + 1] = side .. d end
  for _, d in ipairs(RANK_NUM) do NEEDS_HOW[#NEEDS_HOW + 1] = side .. d end
end
local NEEDS = { NEEDS_USAGE, NEEDS_HOW }

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
  needs = NEEDS,
  examples = {
    bad = {
      -- round 53: an appraisal barred with a period between; a bottom place,
      -- then an appraisal or a rating suspended
      "“信访学院”学习积分低于全局平均分的干部，不得参加年度评优评先",
      "公交驾驶员“公交学堂”积分位列全公司后10%的，暂停当年星级驾驶员评定",
      -- round 52: a group named by its purpose, its reply rate ranked
      "渔港值班群“收到”回复及时率每月统计排名，排名后三位的渔港站在季度会议上作检讨",
      "防汛值班群回复及时率每周通报排名",
      -- those ranked low sanctioned: the ranking enforced
      "县纪委约谈了“学习强国”积分连续两月排名末位的支部书记",
      -- 予以 opening a reward is no sanction: the ranking rewarded is a criterion
      "对以学习积分考核优秀的单位，予以表彰",
      -- round 48
      "各体育指导站“全民健身通”APP活跃率每月点名，低于60%的站长约谈",
      "审计人员“审计学堂”每月学习时长不足8小时的，在月度工作简报中点名",
      "各博物馆分馆“文博e览”小程序新增注册观众数每月排名",
      -- round 46: a registration counted by those who registered, named by who they are
      "各兽医站“畜牧e防”APP新增注册养殖户数按月排名，排名前3的站在年终考评中加2分",
      "各血站“献血e家”小程序新增注册无偿献血者人数每月排名",
      -- round 45: ranked by the count of what is entered; a quiz's answer rate
      "不动产登记中心要求每名登记员每周撰写信息简报不少于2篇报送“登记易”平台，年终按篇数排名",
      "各乡镇每月在“平安e通”上报矛盾纠纷信息，按条数排名通报",
      "科协各学会须组织会员在“科普e站”参加每日答题，参答率每周通报排名",
      -- round 44: credits of a quoted study platform; registrations counted by who registered
      "植物检疫员在“植检学堂”获得的年度学分低于全站平均数的，不得推荐晋升",
      "福彩中心各销售站“福彩通”新增注册彩民数每月排名，前三名奖励500元",
      -- round 43: officials' study points, deducted for a violation, are still a platform's
      "干部学习积分与年度评优挂钩，发生违规操作的扣减学习积分",
      -- the slowest or fewest named publicly
      "各中队辅警在“巡防e通”上报巡逻轨迹的次数每月统计，次数最少的2人在全大队通报",
      -- round 40
      "各线路工区“工务e检”APP周使用率低于90%的，每周通报并扣减工区绩效分",
      "参训民警每天须在“警务学堂”APP签到，签到情况每月通报排名",
      "护士在“护理学院”APP获得的学分不足60分的，不得参加年度评优",
      "各营业厅须发展“掌上电力”APP注册用户，每厅每季度不少于150户，按季度排名",
      -- online time named by what is done online; WeChat's 在看 counted
      "烟草客户经理每天在“零售e家”APP的在线服务时长不少于6小时，时长按月排序公布",
      "各基层工会须组织会员为“某区工会”公众号推文点“在看”，点“在看”数每月通报排名",
      -- points in one cell of a row made to count in another; a list published in a periodic bulletin
      { text = "| 考核项目 | 考核内容 | 评分标准 | 分值 |\n|---|---|---|---|\n| 学习提升 | “税务学苑”学习积分 | 低于全局平均分的，不得参加年度评优 | 附加 |",
        title = "某区税务局导税员绩效考核评分表" },
      -- a 取消 of the last ones' honour in another cell is the sanction, not a renouncing
      { text = "| 考评项目 | 考评内容 | 评分办法 |\n|---|---|---|\n| 业务学习 | “民航学堂”月度学习积分 | 按班组排名，后三名取消当月评先资格 |",
        title = "某机场地面服务部值机员服务质量考评细则" },
      "就业服务中心将“职引学堂”学时不足20小时的人员名单在季度简报中公布",
      -- an activity in one cell, counted and ranked in another
      { text = "| 考评项目 | 考评内容 | 评分办法 | 分值 |\n|---|---|---|---|\n| 平台推广 | 发展“农技e推”APP农户用户 | 每人每半年不少于100户，按乡镇排名 | 10 |",
        title = "某县农技推广中心2024年农技员考评细则" },
      { text = "| 考评项目 | 考评内容 | 评分办法 | 分值 |\n|---|---|---|---|\n| 信息发布 | 在“农技e推”发布农情动态 | 每条计0.5分，每月按得分排名 | 10 |",
        title = "某县农技推广中心2024年农技员考评细则" },
      -- points earned on a platform named between the conduct word and the points
      "红十字会志愿者在“博爱云学堂”获得的学习积分，将作为年度优秀志愿者评选的主要依据",
      -- a reply measured after what it replies, in a group whose quoted name ends in 群
      "各统计站在“统计业务群”回复“已阅”的及时率每月排名",
      -- ranked by it (据此), not renounced
      "职工“e学堂”学习时长每月不少于10小时，车站据此排名通报",
      "回复“收到”的平均用时每月统计，用时最长的两个村在全镇通报",
      "各片区“智慧水务”小程序注册居民数每周通报排名",
      "各分局“税e办”APP注册纳税人数每月通报排名",
      -- traditional 回覆 (OpenCC converts it as a phrase), a group named by its purpose
      "各村在村務群回覆通知的平均用時每週統計排名，排名後三位的村在全鎮通報",
      "各支部党员每周为“海关党建”微信推文点“在看”不少于5次，完成情况每周通报排名",
      "各网格员每月在“社会治理”平台填报走访记录条数按月排名",
      -- an activity counted after its object (转发…文章的次数) and a group reply measured after what it answers
      "各社区网格员转发“平安社区”公众号推文的次数每月排名，后三名通报",
      "各中队在“指挥调度”群回复指令的平均用时每周排名通报",
      "各网格员每月在“平安网格”APP上报事件的数量按季度排名通报",
      -- an app's new customers counted and ranked
      "各支行信用卡“掌上生活”客户端新增绑卡客户数按月排名通报",
      -- replies in a work group, their time or speed, ranked or notified periodically
      "各村党支部书记在镇工作群回复“收到”的平均用时每周统计，用时最长的后三名在全镇通报",
      "各网格员在“网格工作群”的回复时长每季度排名，倒数第一的扣1分",
      "各科室在院周会群回复“收到”的情况每月通报",
      -- accounts opened or contacts added in an app, records filled in, ranked
      "各支行“数字人民币”钱包开立数按支行排名",
      "各网格员用“企业微信”添加辖区居民不少于300户，添加情况每周通报",
      "各办案团队“检察业务应用系统”案卡填录数每月排名",
      -- customers, merchants or accounts of a usage verb ranked
      "各银行网点“金穗助农”手机银行月新增注册客户数按网点排名，后3名网点负责人由分行约谈",
      -- a registration drive's count, its head naming the drive again by its
      -- verb, ranked by its completion; the enterprises registered counted
      "各科室须动员辖区企业注册“知产e站”账号，每科室每季度新增注册企业不少于40家，完成情况按季度排名通报",
      "各科室引导企业注册“知产e站”账号，注册企业数按季度排名，第一名加2分",
      -- a promotion suspended for the last of the ranking is a sanction
      "护理员“护理学堂”积分每季度排名公布，末位的护理员暂停晋级",
      -- … or a nomination for a title (暂停职称推荐, 暂缓职称推荐)
      "特教教师“特教学苑”积分每月排名，连续两个月排名末位的暂停职称推荐",
      "各支行“惠商通”收款码激活商户数每周排名通报",
      -- the count in the next segment, continuing the activity
      "各村党员在“乡村振兴”公众号文章下留言评论，每月不少于3条，完成情况每月通报排名",
      -- records written on a platform, given a count and ranked
      "驻村干部每周通过“村情通”APP记录民情日志不少于5篇，记录篇数每月排名",
      -- a score per record ranked ranks the number of records
      "各村网格员每天在“村情通”系统上报民情信息，每条计0.2分，每季度按得分排名",
      -- the completion of a usage activity, or one imposed on everyone, ranked,
      "各村组织党员全员关注“清风e站”公众号，关注完成情况每月通报排名",
      "团员在“青春e课”的参学率按月排名，末位的支部书记作说明",
      "各单位在“党风之声”公众号留言不少于5条，完成情况按季度通报",
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
      "机关干部“学习强国”签到率须达到95%，由机关党委定期公布",
      "各支部公众号推文点赞情况每季度排名，后两名的支部书记作说明",
      "各营业厅“电e宝”APP新增绑定用户按旬排名",
      "“先锋e家”积分依据线上答题、浏览文章计算，年度积分与评先评优挂钩",
      -- the recurrence after the subject, a place before the notification
      "各楼栋长每周通过“邻里e家”上报安全隐患不少于2条，完成情况每季度在社区宣传栏公布",
      -- an engagement's record ranked
      "各支部党员每周在“红色e站”转发党建文章不少于3篇，转发记录按季度排名",
      -- days of use, a platform's usage amount, records added on a platform
      "各网格员“e网格”登录天数每周排名，后两名的约谈",
      "各镇“便民码”扫码使用量每月排名通报",
      "全市各站点乘车码使用量每月通报排名",
      "各社区每周在“城运通”平台新增事件不少于3件，按月排名",
      -- activating a code is registering it
      "“电子社保卡”激活率每月排名，后三名的村扣1分",
      -- a score per record in other words, ranked
      "护林员通过“林长通”上报火情隐患每条记1分，按月累计得分排名",
      "各村每报送一条民情信息得0.5分，得分按季度排序",
      -- households or users of a usage verb, notified weekly
      "各社区“安居通”激活户数每周通报排名",
      -- people taking part on a platform, notified weekly
      "组织村民参与“普法云课堂”答题，各村参与人数每周通报",
      -- the time of a duty on a platform ranked
      "坐席人员“12345”平台线上值守时长按月排名",
      -- points a condition of nomination, below a benchmark
      "职工“匠心学堂”学习积分作为劳模推荐的前提条件，低于全厂平均值的不予推荐",
      -- ... and of an app named like an event, a platform word after it
      "网格员在“平安行动”APP获得的积分每月排名",
      "村民在“村务通”APP上的文明积分每月排名，排名靠后的村干部在大会上作说明",
    },
    good = {
      -- round 53: a pause of the practice itself
      "暂停“审计学堂”积分排名通报，积分不再与年度评优挂钩",
      -- round 52: a hotline's reply rate is service work
      "12345热线工单回复及时率每月统计排名，排名后三位的承办单位作检讨",
      -- those who ranked by points sanctioned, the sanction said first and
      -- whom it struck named by what they assessed with
      "县委问责了一个按学习积分对干部排名通报的单位",
      "县纪委约谈了以“学习强国”积分对党员排名的2名支部书记",
      -- those who rank by points, sanctioned (按 as 以: the means of assessing)
      "对按“学习强国”积分排名并通报的乡镇，予以约谈",
      -- round 48
      "每周例会由办公室主任点名考勤，迟到的扣0.5分",
      "高校辅导员须在“易班”每天完成晚点名打卡，缺卡的不得评优",
      "全县新增注册商标数每月排名，纳入营商环境考核",
      -- round 46: registrations with no app are business; those who rank by points sanctioned
      "全县新增注册个体工商户数按月排名，作为营商环境评价参考",
      "对以积分排名考核救护员的红十字会部门，一经查实，予以通报批评",
      -- round 45: a quiz on site; an output counted
      "知识竞赛现场答题率每月通报排名",
      "各镇粮食产量按数量排名",
      -- round 44: those who make points a rating's basis, sanctioned
      "对把“民宗通”学习积分作为宗教活动场所评星依据的乡镇，县民宗局予以约谈",
      -- round 43: a safety record of operators deducted for their violations
      "农机站将农机手安全积分与年度评优挂钩，积分按违章记录扣减",
      -- round 42
      "出租车企业安全生产积分由运管部门每季度检查评定，低于八十分的约谈企业负责人",
      "数据差错率低于1%、按时上报率达到100%的，考核加2分，按季度排名通报",
      -- an outcome's extremes, shared
      "抢修用时最长的三人在班组会上交流经验",
      -- round 40
      "戒毒所积分考核依据戒毒人员日常行为表现评定，作为诊断评估的参考",
      -- round 39
      "卷烟零售户诚信经营积分按现场检查结果评定，与“专卖e通”使用情况无关",
      "市民投诉按期回复率低于90%的扣1分，回复情况每月通报",
      "粮库智能通风系统在线率不低于98%，每月通报设备运行情况",
      -- an offline training's sign-in register notified
      "新任职干部参加脱产培训须现场签到，签到情况每月通报",
      { text = "| 考评项目 | 考评内容 | 评分办法 |\n|---|---|---|\n| 平台学习 | “交通学苑”学习积分 | 只作个人学习参考，取消积分排名 |",
        title = "某客运站售票员工作考评细则" },
      "学员在“法治学堂”完成课程学习后获得学分，学分由系统自动记录",
      -- points earned by inspection results, or said tied to no app
      "园区企业安全生产积分根据实际检查结果评定，不与任何APP挂钩",
      "网格员绩效积分每月排名公布，不与任何APP挂钩",
      -- points of an event (a quoted name ending in 行动), not of a platform
      "志愿者参加“护河行动”获得的积分，作为年度评优依据",
      -- points a cell of the row renounces; a bulletin of no usage
      { text = "| 考核项目 | 考核内容 | 评分标准 | 分值 |\n|---|---|---|---|\n| 个人学习 | “医保云课堂”学习积分 | 仅作个人学习记录，不纳入考核 | 0 |",
        title = "某县医保局窗口人员绩效考核评分表" },
      "各单位信息宣传工作情况在季度简报中公布",
      -- members acquired without an app, a timeliness rate ranked
      { text = "| 考评项目 | 考评内容 | 评分办法 | 分值 |\n|---|---|---|---|\n| 合作社 | 发展渔业合作社社员 | 每站不少于30户，按站排名 | 10 |\n| 信息公开 | 按时发布政府信息 | 及时率不低于95%，按月排名 | 5 |",
        title = "某县渔业技术推广站2025年渔技员考评细则" },
      "志愿者参加巡河志愿服务获得的积分，作为评选优秀志愿者的参考",
      -- a bulletin read is no notification
      "各班组须在“安全生产”群接龙确认已阅读当日安全通报，未接龙的扣班组考核分1分",
      "中学生综合素质积分按学期公示，作为评优参考",
      "职工文体活动积分按季度排名公示",
      "学生社团活动积分仅用于社团星级评定，不与学院考核挂钩",
      -- a document relayed, a hotline's replies: no usage counted
      "各街道转发上级文件的次数每季度排名",
      "12345热线回复群众来电的及时率每月排名通报",
      "各班组上报安全隐患的办结率每月排名通报",
      -- a score per adopted item ranked: adoption is an outcome
      "各单位报送的信息被市委办采用的，每条加1分，按得分排名通报",
      -- the reply time of a hotline or to letters is service, not a group duty
      "12345热线工单回复用时每月排名通报",
      "群众来信回复情况每月通报",
      -- an app offered to look up a scheme's points; bank accounts ranked
      "积分落户申请人可通过“智慧人社”APP查询积分排名",
      "村民文明积分排名前10名的农户评为“文明家庭”",
      "农户信用积分每年评定一次，积分高的农户可优先获得贷款",
      "公租房申请家庭可在“住房保障”APP查看积分排序结果",
      "各支行对公账户开立数按月排名",
      -- school places and public housing allotted by points; a case told; a question
      "外来务工人员随迁子女按照积分排名顺序安排入学",
      "公租房配租按照申请家庭积分排名确定选房顺序",
      "警示案例：某县曾规定干部“学习积分”低于全县平均分的不得提拔，该做法已被省纪委通报",
      "问：“学习强国”积分还和评优挂钩吗？答：不再挂钩，积分仅供个人学习参考。",
      -- written on paper, or a usage log
      "党员每月撰写学习心得不少于2篇，交支部存档，不排名",
      -- the points of a residence scheme, not of a platform
      "对积分落户申请人，按积分高低排序公示后办理",
      -- praise after a commendation (jianfu.praise), a station's status,
      "对考核排名前五的卫生院通报表扬，为其实干担当点赞",
      "全市210个水文站在线率不低于95%，每月通报站点运维情况",
      "群众留言办理完成情况每月通报",
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
      "全区新增注册企业数按季度排名，位列全市第二",
      "暂停“护理学堂”积分按季度排名公布的做法",
      "暂停将“特教学苑”积分排名作为职称推荐条件的规定",
      "党员积分管理依据实际参加组织生活、志愿服务情况计分，不以线上学习积分代替",
      "各乡镇（街道）可通过“随手调”App登记矛盾纠纷，县综治中心不下达录入任务数，不对录入数量进行通报排名",
      "各供水所新增用户数按季度排名，排名前两位的给予奖励",
      "县纪委对“四风”问题线索定期通报",
      "党员志愿服务开展情况每季度排名通报",
      "村民积分依据参与人居环境整治、志愿服务等日常表现评定，每季度公示",
      "党员积分按照遵纪守法、服务群众等现实表现计算，与评先评优挂钩",
      "各网格员每周通过“邻里e家”上报安全隐患，每月累计上报不足2条的在全镇通报批评",
      "各支部每季度在交流会上分享工作经验不少于2次，交流发言情况年终排名",
      -- conduct credited to the points before them
      "党员参加义务巡河按次计入党员积分，积分结果作为年度评议参考",
      -- a device's status notified periodically
      "各镇应急广播终端在线率不低于95%，县应急局每月通报各镇终端运维情况",
      -- the next day is when a notice comes, not how often
      "网格员每日定位打卡，漏打卡的次日通报",
      -- kept out of the ranking
      "学习积分只作个人学习记录，不参与单位排名",
      -- the place a cheat won is part of the ban
      "对通过组织刷票获取名次的作品，查实后取消名次并通报",
      -- a count of days is a length, not a recurrence
      "护林员巡山打卡不足20天的通报批评",
      -- credits withheld for the study are its reward, not points made to count
      "教师在“研修网”网络学习不满30学时的，不予登记继续教育学分",
      "全县农药使用量每季度通报",
      -- falsified points punished: a ban
      "对虚报学习积分的，一经查实取消评优资格",
      -- a deduction per record missing is no score per record; a meeting's turnout
      "各村每少上报1条信息扣0.5分，扣分情况不排名",
      "全镇参加乡村振兴讲座的参与人数每月通报",
      "各所民警节假日值班时长每月排名公示",
    },
  },
  check = check,
}
