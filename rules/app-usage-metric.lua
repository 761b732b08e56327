-- app-usage-metric: app / platform / account usage rates used as assessment criteria.

-- words that place a measure on a platform, app or account
local PLATFORM_WORDS = jianfu.words { "app", "平台", "公众号", "小程序", "客户端", "账号", "政务号", "视频号",
  "系统", "网站", "网络", "钉", "微信", "微博", "抖音", "线上", "在线", "网上",
  -- banking and payment apps
  "手机银行", "网银", "云闪付", "掌上",
  -- activities held online under a name of their own (“消防知识云竞赛”, 云答题,
  -- 云课堂; not 云南)
  "云答题", "云竞赛", "云竞答", "云课堂", "云学堂", "云端", "云上" }
-- the economy, not an app: 市场主体活跃度, 消费活跃度
local ECONOMY_WORDS = jianfu.words { "市场主体", "经营主体", "企业", "商户", "个体工商户", "经济", "消费",
  "交易", "投资", "市场" }
-- a measure whose words also name real participation or use of other things
-- (医保参与率, 资金使用情况): a platform measure only when a platform is named
-- in its sentence
-- (活跃客户: a bank's or a shop's active customers are business, those of its
-- app, 手机银行活跃客户数, are app usage)
-- (参学率, 参训率: the share who take part in study on a platform, 国企e学堂参学率,
-- is usage; 集中学习参学率 of a meeting room is attendance)
-- (使用量: 扫码使用量 of a service code is usage, 化肥使用量 is farming)
-- (参与人数, 参与人次: the people taking part in a platform's quiz, “安全知识云
-- 答题”, not the turnout of a meeting)
local NEEDS_PLATFORM = { ["参与率"] = true, ["参与人数"] = true, ["参与人次"] = true,
  ["使用情况"] = true, ["活跃客户"] = true,
  ["参学率"] = true, ["参训率"] = true, ["使用量"] = true,
  -- (学习完成率 of a platform's course, “安全教育平台”专题学习完成率, is read
  -- like 参学率; of a meeting room's study it is work done)
  ["学习完成率"] = true,
  -- (学习人数占职工总数的比例: the same share written as a ratio of people)
  ["学习人数"] = true, ["参学人数"] = true, ["参训人数"] = true,
  -- (访问人次 of a mini-program is usage; of homes visited, 入户访问人次, work)
  ["访问人次"] = true, ["访问人数"] = true, ["浏览人次"] = true, ["浏览人数"] = true,
  -- (the share of members answering a platform's daily quiz, “每日一答”参答率;
  -- of a paper quiz at a meeting it is turnout)
  ["参答率"] = true, ["答题率"] = true, ["参答人数"] = true }

-- measures listed with 、 share the platform named before the first of them
-- (“国企e学堂”的注册率、参学率): where the list holding `from` begins
local ENUM = "、"
local ITEM_EDGES = { "、", "的", "”", "」", "," }
local function list_start(text, from)
  local p = from
  while p > #ENUM and string.sub(text, p - #ENUM, p - 1) == ENUM do
    local q = p - #ENUM
    local best
    -- the item before the 、: back to the nearest edge, at most six characters
    for _, d in ipairs(ITEM_EDGES) do
      local i = math.max(1, q - 18)
      while true do
        local s, e = string.find(text, d, i, true)
        if not s or e >= q then break end
        if not best or e + 1 > best then best = e + 1 end
        i = e + 1
      end
    end
    if not best or best >= q then break end
    p = best
  end
  return p
end

-- taking part in an engagement (线上评选拉票的参与率, 投票参与率) is
-- forced-engagement's measure, not the use of an app
local ENGAGEMENT = jianfu.words(jianfu.norm_list { "投票", "拉票", "刷票", "点赞", "转发", "评论",
  "打榜", "评选" })
local SHARE = { [jianfu.normalize("参与率")] = true, [jianfu.normalize("参与人数")] = true,
  [jianfu.normalize("参与人次")] = true }

-- logging in is use, not a measure (登录系统填报, 登录平台查询); it is
-- measured when a count of logins or of days is bound after it in its
-- segment (每周登录“青禾研修”平台不少于5次, 每月登录不少于20天)
local N_LOGIN = jianfu.normalize("登录")
local LOGIN_UNITS = { ["次"] = true, ["天"] = true, ["日"] = true }
-- a login made to sign in or clock in (每月登录签到不少于25天, 登录“研修网”打卡
-- 不少于5次) is counted as the check-in: checkin's measure, not the app's use
local SIGN_IN = jianfu.words(jianfu.norm_list { "签到", "打卡" })
-- a login required in each period, its absence sanctioned (一个月内未登录
-- APP的，扣1分; 连续7天未登录“村务通”的网格员，通报批评): at least one login
-- a period, a count of logins too; not an account closed for disuse
-- (连续90天未登录的账号将被冻结), which no penalty follows
local N_NOT = jianfu.normalize("未")
local PERIOD_BEFORE = jianfu.words(jianfu.norm_list { "内", "连续", "超过", "每月", "每周", "每天",
  "每日", "当月", "当周", "当天", "当日", "本月", "本周", "全月", "全周" })
local function absence_sanctioned(clause, hit)
  local text = clause.text
  if hit.from <= #N_NOT or string.sub(text, hit.from - #N_NOT, hit.from - 1) ~= N_NOT then
    return false
  end
  local s = jianfu.segment(text, hit.from, hit.to)
  if not jianfu.any_in(text, PERIOD_BEFORE, s, hit.from - 1) then return false end
  for _, p in ipairs(clause.penalties) do
    if p.from > hit.to then return true end
  end
  return false
end
local function login_counted(clause, hit)
  local text = clause.text
  if absence_sanctioned(clause, hit) then return true end
  local _, e = jianfu.segment(text, hit.from, hit.to)
  for _, t in ipairs(clause.thresholds) do
    if t.from > hit.to and t.from <= e and t.from - hit.to <= 45 and LOGIN_UNITS[t.unit]
      and (t.op == ">=" or t.op == ">") then
      return not jianfu.any_in(text, SIGN_IN, hit.to + 1, t.from - 1)
    end
  end
  return false
end

-- a measure of use (使用情况, 使用率, 使用量) right after what is used, when
-- that is money or goods (项目资金使用情况, 经费使用率, 车辆使用情况): their
-- use, even in a sentence that names the platforms it is reported on
local N_USE = jianfu.normalize("使用")
local USED_GOODS = jianfu.norm_set { "资金", "经费", "款项", "资产", "物资", "补助", "补贴", "公车",
  "车辆", "场地", "土地", "药品", "耗材", "化肥", "农药", "票据", "印章",
  -- (works and facilities open to the public: 人防工程平时开放使用率, 文体设施,
  -- 活动场所, 宣传阵地)
  "工程", "设施", "场所", "阵地",
  -- (equipment, apparatus and beds: 健身器材使用率, 体育场馆器材使用率, 医疗器械,
  -- 实验仪器, 设备, 床位, 车位 — how much the thing is used, not an app)
  "器材", "器械", "仪器", "设备", "床位", "车位", "场地", "机具" }
-- ... or a room, a store or a facility, named by its last character
-- (活动室使用率, 诊室使用率, 仓容使用率, 库房使用率, 展厅使用率): a physical
-- resource's use, unless a platform word comes before it in its segment
-- (网上营业厅使用率, 云展厅)
-- (and a counter or a desk: 值机柜台使用率, 服务台, 书柜 — not 平台 nor a
-- platform's 工作台, “浙政钉”工作台使用率)
local FACILITY_HEAD = jianfu.norm_set { "室", "仓", "容", "库", "房", "床", "厅", "馆", "舍", "棚",
  "场", "位", "台", "柜" }
local FACILITY_NOT = jianfu.words(jianfu.norm_list { "云", "数字", "智慧", "网上", "掌上", "线上", "在线",
  "app", "平台", "单位", "岗位", "点位", "工作台", "”", "」" })
-- (what is used may stand a word of manner or of averaging before the
-- measure, or two: 体育场馆开放使用率, 会议室日均使用率, 资金的实际使用率,
-- 康复训练室的开放使用率)
-- (or a time of the use: 人防工程平时开放使用率, 场馆周末使用率, 节假日)
local USE_QUALIFIERS = jianfu.norm_list { "开放", "日均", "月均", "年均", "平均", "综合", "实际", "整体",
  "总体", "的", "平时", "日常", "全年", "全天", "周末", "夜间", "假期", "节假日", "闲时", "高峰期" }
local function goods_used(text, hit)
  if hit.from <= 6 or string.sub(text, hit.from, hit.from + #N_USE - 1) ~= N_USE then return false end
  local p = hit.from
  -- (two of them may stand together: 训练室的开放使用率, 场馆的日均使用率)
  for _ = 1, 3 do
    local stripped = false
    for _, q in ipairs(USE_QUALIFIERS) do
      if p > #q + 3 and string.sub(text, p - #q, p - 1) == q then
        p = p - #q
        stripped = true
        break
      end
    end
    if not stripped then break end
  end
  if p > 6 and USED_GOODS[string.sub(text, p - 6, p - 1)] then return true end
  if not FACILITY_HEAD[string.sub(text, p - 3, p - 1)] then return false end
  local s = jianfu.segment(text, hit.from, hit.to)
  return not jianfu.any_in(text, FACILITY_NOT, s, p - 1)
end


-- a quoted name a few words before the measure in its segment (“青春e学”每期
-- 学习参学率: jianfu.platform takes a name only when the measure follows it
-- within four characters): the measure is that name's, unless the name is an
-- event's or a campaign's (“书香机关”读书活动参学率)
local CLOSE_QUOTES = { jianfu.normalize("”"), jianfu.normalize("」") }
local QUOTED_REACH = 24 -- bytes: eight characters
local NOT_NAMED = jianfu.words(jianfu.norm_list { "活动", "评选", "评比", "行动", "工程", "项目",
  "主题", "会议", "例会", "集中" })
local function quoted_near(text, from)
  local s = jianfu.segment(text, from, from)
  local lo = math.max(s, from - QUOTED_REACH)
  for _, q in ipairs(CLOSE_QUOTES) do
    local i = lo
    while true do
      local a, b = string.find(text, q, i, true)
      if not a or b >= from then break end
      if not jianfu.any_in(text, NOT_NAMED, b + 1, from - 1) then return true end
      i = b + 1
    end
  end
  return false
end

-- ... or a quoted name where the activity measured is done, earlier in the
-- sentence (组织团员在“青春e团”完成每日答题，参答率不低于80%: 在, 通过, 登录 or
-- 使用 right before the name), unless the name is an event's
local AT_NAME = jianfu.norm_list { "在“", "在「", "通过“", "通过「", "登录“", "登录「", "使用“", "使用「" }
local function quoted_place_before(text, from)
  local a = jianfu.sentence(text, from)
  for _, w in ipairs(AT_NAME) do
    local x = string.find(text, w, a, true)
    if x and x < from then
      local q = string.sub(w, -3)
      local close = q == jianfu.normalize("“") and CLOSE_QUOTES[1] or CLOSE_QUOTES[2]
      local c = string.find(text, close, x + #w, true)
      if c and c < from and not jianfu.any_in(text, NOT_NAMED, c + #close, math.min(from - 1, c + #close + 11)) then
        return true
      end
    end
  end
  return false
end

-- a device's measure, read after an app named before it (jianfu.device_measure:
-- 各燃气站点“气安通”APP周活跃率 is the staff's use of the app)
local function device_measure(text, hit)
  return jianfu.device_measure(text, hit.from, hit.to)
end

local function other_meaning(clause, hit)
  local text = clause.text
  if hit.term == N_LOGIN then return not login_counted(clause, hit) end
  if goods_used(text, hit) then return true end
  -- 车载终端上线率, 视频会议系统在线率: a device's or a system's status
  if device_measure(text, hit) then return true end
  if SHARE[hit.term] then
    local a = jianfu.sentence(text, hit.from)
    if jianfu.any_in(text, ENGAGEMENT, a, hit.from - 1) then return true end
  end
  if NEEDS_PLATFORM[hit.term] then
    return not jianfu.sentence_has(text, hit.from, PLATFORM_WORDS)
      and not quoted_near(text, hit.from) and not quoted_place_before(text, hit.from)
      -- a code right before the measure is its platform, however far the
      -- quoted name stands (“公积金e办”各网点服务码的扫码使用量)
      and not jianfu.code_before(text, hit.from)
      and not jianfu.platform(clause, hit.from, hit.to)
      and not jianfu.platform(clause, list_start(text, hit.from), hit.to)
  end
  -- 新登记市场主体2.3万户,活跃度达78%: activity of the economy
  if string.find(hit.term, "活跃", 1, true) then
    return jianfu.sentence_has(text, hit.from, ECONOMY_WORDS)
      and not jianfu.sentence_has(text, hit.from, PLATFORM_WORDS)
  end
  return false
end
jianfu.rule {
  id = "app-usage-metric",
  category = "app-usage-metric",
  severity = "error",
  title = "以政务APP、平台或账号的使用率、活跃度等使用数据作为考核指标",
  description = [[
使用政务APP本身并无不妥；把APP、平台或账号的活跃率、登录率、使用率、点击量等
“使用痕迹”设为考核指标、规定达标线或与扣分、排名、评优挂钩，属于“指尖上的
形式主义”。这类指标促使基层“为数据而数据”，干部被迫刷活跃、挂在线，却与
实际工作成效无关。考核应当看办结率、满意度等实际成效。]],
  basis = {
    "整治形式主义为基层减负若干规定",
    "关于防治“指尖上的形式主义”的若干意见",
    "中央网信办《“指尖上的形式主义”全国整治工作方案》",
  },
  precedents = { "yihuang-2023", "gaoyou" },
  triggers = {
    "活跃率", "活跃度", "日活", "月活", "活跃用户", "使用率", "使用频次", "使用次数",
    "登录率", "登录次数", "登陆率", "上线率", "点击率", "点击量", "访问量", "浏览量",
    "访问次数", "启用率", "打开率",
    -- the people or visits counted on a platform (“戎耀通”小程序月访问人次; see
    -- NEEDS_PLATFORM)
    "访问人次", "访问人数", "浏览人次", "浏览人数",
    -- measures of a platform's users: 消息已读率, 活跃人数, 登录人数占比
    "已读率", "查阅率", "活跃人数", "活跃账号", "活跃账户", "登录人数", "登录人次", "登录数据",
    "上线人数", "参与率", "使用人数", "使用人次", "使用量",
    -- the people taking part on a platform (see NEEDS_PLATFORM)
    "参与人数", "参与人次",
    -- counts of opening or clicking an app (人均日打开次数), and its usage as a
    -- whole when it is ranked or notified (平台使用情况红黑榜)
    "打开次数", "点击次数", "启动次数", "使用情况",
    -- days of use in a period: 周活跃天数, 月登录天数
    "活跃天数", "登录天数", "使用天数",
    -- active customers of an app (手机银行活跃客户数): see NEEDS_PLATFORM
    "活跃客户",
    -- the share of members who study on a platform: 平台参学率, 参训率,
    -- 学习完成率 (see NEEDS_PLATFORM)
    "参学率", "参训率", "学习完成率",
    -- the share answering a platform's quiz (see NEEDS_PLATFORM)
    "参答率", "答题率", "参答人数",
    -- ... written as a ratio of people: 学习人数占职工总数的比例
    "学习人数", "参学人数", "参训人数",
    -- a count of logins bound after it (see login_counted)
    "登录",
  },
  examples = {
    bad = {
      -- round 54: 不考虑 after a condition bars the appraisal
      "APP使用率低于80%的不考虑评优",
      -- a login required each period, its absence sanctioned
      "连续7天未登录“村务通”APP的网格员，通报批评",
      -- an average's period with the figure it sets counts
      "各中队“警务e巡”APP周均登录率不低于90%",
      -- round 42
      "组织团员在“青春e团”完成每日答题，参答率不低于百分之八十",
      "各网点“智慧银行”APP使用率每月统计，使用率低于60%的网点扣2分",
      -- the share answering a platform's quiz
      "各基层工会须组织会员每天登录“工会e家”参加“每日一答”，参答率低于70%的基层工会取消年度先进评选资格",
      -- an app named between a station and its measure: the app's measure
      "各燃气站点“气安通”APP周活跃率低于90%的，每低1个百分点扣0.5分",
      -- a quoted app a few words before its participation rate
      { text = "| 项目 | 考评标准 | 分值 |\n|---|---|---|\n| 职工教育 | “安全e课”每期培训参训率达到95% | 10 |", title = "2025年度职工教育考评细则" },
      -- study completion on a platform, scored in a table row
      { text = "| 序号 | 项目 | 内容 | 分值 | 评分标准 |\n|---|---|---|---|---|\n| 3 | 禁毒教育 | 学生“青骄第二课堂”学习完成率 | 5 | 低于90%的扣2分 |",
        title = "中小学平安校园考核评分表" },
      -- the share of members studying on a platform, written as a ratio of people,
      "各支部“党建e学”线上学习人数占党员总数的比例不低于90%，纳入年度考评",
      "各乡镇“赣政通”APP活跃率不得低于80%，否则在年度考核中扣分",
      "各村(社区)政务APP日活跃度纳入年度考核，每低1个百分点扣0.5分",
      "干部“浙政钉”登录率达到95%以上",
      { text = "各乡镇“赣政通”APP活跃率不得低于80%", scheme = true },
      { text = "平台点击量位列全县前十名的得满分(5分)", title = "2024年度宣传工作考核细则" },
      "各乡镇APP活躍率低於８０％的扣２分",
      "将各单位“政务钉”消息已读率纳入季度考核",
      "学生在“安全教育平台”专题活动参与率达100%得满分",
      "每季度公布全区“智慧社区”平台使用情况红黑榜",
      "各村“村务通”APP人均每日打开次数不少于2次",
      "各网点云闪付APP活跃客户数每季度不少于800户，未完成的扣减网点绩效",
      "各支部党员在“先锋云课”的登录率、参学率均须达到九成以上",
      "各基层党组织“先锋云课”平台党员参学率须达到98%，纳入年度党建述职评议",
      -- a count of logins bound after 登录
      "村医每月登录“健康乡村”平台不少于20次，未达到的扣减当月补助",
      { text = "“职工e课堂”线上参训率（3分）：达到90%得满分，每低一个百分点扣0.1分",
        title = "2025年度集团各分公司党建工作考核细则" },
      -- the usage amount of a named service code
      "各镇“便民码”扫码使用量每月排名，后两位的作检查",
      -- a code scanned is the platform, its quoted name far before it or none
      "市医保局将各定点药店医保码的扫码使用量每月排名，末位的药店约谈负责人",
      -- the people taking part in a platform's quiz, counted per village
      "组织群众参与“防诈云课堂”在线答题，每个社区参与人数不少于300人",
      -- raising to a level said shortly, in a leader's words
      "各单位“智慧工会”APP使用率年底前必须提到85%，达不到的要作检讨",
      -- round 45: a facility's app is still an app
      "各社区“智慧人防”APP平时使用率不低于60%，纳入考核",
    },
    good = {
      -- round 54: a measure not weighed; apparatus used
      "农机站年度评优以作业质量为依据，不考虑APP使用情况",
      "体育场馆器材使用率每月统计，用于采购计划",
      -- an account closed for disuse: no penalty follows
      "连续90天未登录“村务通”APP的账号将被冻结",
      -- those who assess by the rate, sanctioned (按 as 以)
      "对按APP活跃率考核村干部的乡镇，予以约谈",
      -- round 42
      "各村在“清洁家园”活动中组织村民参加知识问答，参答率达到90%",
      "测绘院不对外业人员的APP使用情况进行排名和考核，只看测绘成果质量",
      -- round 39
      "燃气公司对营业厅“燃气e检”APP使用情况只作统计分析，不下达指标、不作排名",
      "营业厅自助终端使用率每月统计，使用率低于30%的终端调剂到其他营业厅",
      "码头候船室空调使用率在夏季高峰期达到100%",
      "值机柜台排队叫号系统使用率每月统计一次，用于调整开放柜台数量",
      "残疾人之家康复训练室的开放使用率每月统计一次，作为设备维护和排班参考",
      -- the usage rate of an instrument; a quiz at a meeting
      "阅览室电子阅读器使用率达到70%以上的得2分",
      "知识竞赛现场答题率达到90%",
      -- machines in a hall are equipment
      "海关报关大厅“智能导办”机器使用率达到65%",
      -- boards online are equipment; an average told at a meeting
      "公交站台电子站牌上线率由百分之八十提高到百分之九十五",
      "就业服务中心会议通报：上季度“招聘通”小程序日均访问量约8000人次",
      -- an average's period names the measure (a column of a table of figures)
      { text = "周均登录率", title = "交警大队一季度工作例会纪要" },
      "一季度各中队“警务e巡”APP周均登录率及人均学习时长情况",
      "各燃气站点“气安通”APP已全部部署，站点监控设备在线率保持99%以上",
      -- a counter is a facility; a campaign's reading activity is no app
      "银行网点柜台使用率超过85%的，须增开临时窗口",
      -- a facility's use with a word of manner before it; 统计分析 scores nothing
      "体育场馆开放使用率达到80%以上的，可申请开放补助资金",
      -- round 45: a work or facility open to the public, at a time
      "人防工程平时开放使用率达到60%以上，作为设施管护评价的参考",
      "村级文体设施全年开放使用率不低于70%，纳入乡镇年度考核",
      "体育局对“健身云”APP的访问量只作统计分析",
      "“书香机关”读书活动参学率达到95%，未达到的扣1分",
      -- a value raised to a level beside a statistic is a statistic too
      "博物馆“云展厅”浏览量较上年增长四成，观众满意率提高到96%",
      -- completion of study held in a meeting room is work done
      "各支部每月集中学习一次，学习完成率达到95%以上",
      -- a login made to sign in is the sign-in's count (checkin)
      "各供电所员工须在“e学堂”挂机学习，每月登录签到不少于25天",
      "教师每周登录“研修网”打卡不少于5次，未完成的扣绩效",
      -- what a 巡察 found, quoting a bureau's demand
      "巡察发现，县商务局要求各镇“电商通”APP活跃率不低于88%，并按周通报排名",
      -- statistics: an approximate count, a level said reached; a question
      "镇农业服务中心通过“金穗助农”平台发布春耕技术信息40余条，浏览量达1.2万次",
      "本月“惠民通”平台访问量已达8万人次，办件量3200件",
      "问：APP活跃率是否纳入今年的考核？答：不纳入，考核只看群众诉求办结情况。",
      -- the use of money named on the platforms it is reported on
      "各乡镇须每月在“三资管理”平台填报补助资金使用情况，逾期的扣0.5分",
      -- an approximate count is a statistic, not a quota
      "全局“警务e通”APP日活人数约900人，主要用于案件办理",
      -- attendance of a meeting room; a case told with its sanction,
      "全镇参加集中学习人数达到320人，占党员总数的96%",
      "前年有个街道要求干部刷活跃率，被区纪委通报，教训深刻",
      "不得将APP下载量、活跃度纳入考核",
      "通过“赣政通”APP办理审批事项，提高办事效率",
      "针对要求各乡镇APP活跃率达到80%的问题立即整改",
      "严禁以拍照上传等形式提高使用率、点击率",
      "培育活跃市场主体，营商环境满意度达到90%",
      "病床使用率保持在85%左右",
      "本市新登记市场主体2.3万户，活跃度达78%",
      "全县居民医保参与率达到95%以上",
      "每月公布专项资金使用情况，接受群众监督",
      "全行信用卡活跃客户较年初增加1.2万户",
      "各支部每月集中学习一次，党员参学率达到95%以上",
      "不得将“先锋云课”平台参学率作为基层党组织评星定级依据",
      -- a device's status; taking part in a vote is engagement
      "网约车车载终端上线率不低于98%，离线的当日排查",
      "各班组织学生参与“书香校园”线上评选投票，参与率低于85%的扣分",
      -- logging in to do the work is use, not a measure
      "网格员登录“平安通”平台录入走访记录，每月不少于30条",
      "居民登录政务服务网办理业务，办结率达到98%",
      -- a case told as a warning
      "警示案例：某区将“e政务”APP活跃率排名与干部评先挂钩，被市纪委通报问责",
      -- a usage amount with no platform is another thing's
      "全县农药使用量较上年下降3%，纳入年度考核",
      -- a measure the sanction of a cheat targets
      "对通过技术手段刷访问量的网站，考核中该项不得分",
      -- the turnout of a meeting, a vote's participants; credit for not setting the measure
      "全镇参加消防演练的参与人数达到600人",
      "各班组织学生参与“美丽校园”线上评选投票，参与人数不少于全班的80%",
      "年终考核对未设置APP使用率指标的科室加1分",
      "会上提到的APP使用率问题，由信息中心牵头研究",
    },
  },
  check = jianfu.metric_check {
    other = other_meaning,
    unless = { "活跃市场主体", "病床使用率", "床位使用率", "设备使用率", "资金使用率",
      "土地使用率", "场地使用率",
      -- 主题党日活动, 节日活动: 日 + 活动, not 日活
      "日活动" },
  },
}
