-- checkin: clock-in / sign-in counts or rates through an app used as a criterion.

-- a sign-in at a meeting, a training or a parents' evening is a register of
-- attendance, not an app check-in; a meeting goes by many names (例会, 晨会,
-- 党课, 组织生活会) and its sign-in is often timed by it (会前签到, 会后)
local MEETING = jianfu.words { "会议", "参会", "开会", "会场", "会风", "会务", "培训", "参训", "学员", "家长会",
  "报到时", "座谈", "讲座", "考场", "考试",
  "例会", "晨会", "周会", "班会", "大会", "生活会", "推进会", "调度会", "党课", "主题党日", "会前",
  "会后", "入场", "召开",
  -- an offline event and its on-site register (线下主题团日活动…现场签到)
  "线下", "团日", "现场签到",
  -- drills and exercises, in-person events whose roll is called on site
  -- (扑救演练实行现场点名签到, 应急演习, 集中训练, 拉练)
  "演练", "演习", "训练", "拉练", "点名" }
-- ... unless it is done through an app, a platform or a chat group
-- (系统 as software, 考勤系统, 管理系统, 在系统中签到: not a sector's 系统, 全市残联
-- 系统业务培训, 教育系统干部, whose training register is kept on site)
local ONLINE = jianfu.words { "app", "平台", "钉钉", "小程序", "线上", "在线", "网上", "群", "学习强国",
  "定位", "视频打卡", "手机", "“", "「",
  "管理系统", "信息系统", "考勤系统", "签到系统", "打卡系统", "办公系统", "学习系统", "培训系统",
  "业务系统", "网络系统", "识别系统", "oa系统", "电子系统", "服务系统", "系统签到", "系统打卡", "系统上",
  "系统中", "系统里", "系统内签到", "系统进行", "系统完成", "登录系统", "登陆系统", "通过系统",
  "在系统", "系统自动", "系统记录", "系统统计", "系统生成" }

-- the same, but 群 only as a chat group: 群 inside a word of the public or of
-- its own effort (群测群防员, 群众, 群防群治) names no group chat, so a training
-- register kept on site by 两百名群测群防员 stays a register; a chat group is
-- 群 with a word of chat around it (工作群, 微信群, 在群, 群内, 群里, 群签到 …)
-- (words, not a Lua test: metric_check runs in_sentence in C for every term)
local ONLINE_CHAT = {}
for _, w in ipairs(ONLINE) do
  if w ~= "群" then ONLINE_CHAT[#ONLINE_CHAT + 1] = w end
end
for _, w in ipairs { "工作群", "微信群", "钉钉群", "qq群", "业务群", "值班群", "学员群", "培训群", "班级群",
    "家长群", "在群", "进群", "入群", "建群", "本群", "该群", "”群", "」群", "群内", "群里", "群中",
    "群聊", "群发", "群签到", "群打卡", "群接龙", "群视频", "群定位", "群上", "群”", "群」" } do
  ONLINE_CHAT[#ONLINE_CHAT + 1] = w
end
ONLINE_CHAT = jianfu.words(ONLINE_CHAT)

-- the record of the check-ins as the measure of the work done (以照片和打卡
-- 记录为准计算服务场次, 按签到记录核算出勤天数, 凭打卡记录发放补贴): a basis
-- word before it and a counting verb after it, in its segment, make it count
-- as a number would (asked of the record's terms only: `counts` by term)
local BASIS = jianfu.words { "以", "按", "根据", "凭", "依据", "依照" }
local COUNTED_BY = jianfu.words { "计算", "核算", "认定", "核定", "统计", "计发", "核发", "发放", "计入",
  "折算", "计为" }
local function counted_by(clause, hit)
  local text = clause.text
  local s, e = jianfu.segment(text, hit.from, hit.to)
  if hit.from <= s or not jianfu.any_in(text, BASIS, s, hit.from - 1) then return false end
  return jianfu.any_in(text, COUNTED_BY, hit.to + 1, e) ~= nil
end

-- a check-in demanded at every visit or patrol through an app (每次入户走访须在
-- “巾帼e家”定位打卡): a recurrence as a count of its own, like 每日须…打卡;
-- 每次 before a duty word before the check-in, in its segment, with an app,
-- a platform or a quoted name there (not a meeting's 每次会议须签到)
local EACH_TIME = jianfu.words(jianfu.norm_list { "每次", "每一次", "每趟" })
local DUTY = jianfu.words(jianfu.norm_list { "须", "必须", "应当", "均要", "要求" })
local N_EACH = jianfu.normalize("每")
local function each_time(clause, hit)
  local text = clause.text
  -- (most check-ins have no 每 before them: one plain search decides)
  local m = string.find(text, N_EACH, 1, true)
  if not m or m > hit.from then return false end
  local s, e = jianfu.segment(text, hit.from, hit.to)
  local t = jianfu.any_in(text, EACH_TIME, s, hit.from - 1)
  if not t or not jianfu.any_in(text, DUTY, t, hit.from - 1) then return false end
  if not jianfu.any_in(text, ONLINE, s, e) or jianfu.any_in(text, MEETING, s, e) then return false end
  return not clause:prohibited(hit.from, hit.to)
end
-- (the work of those who did not check in voided — 未签到的核查结果不予采信,
-- 未打卡的走访记录视为无效 — is a sanction the analyser reads, as 不计工作量:
-- clause.penalties holds it, no callback is asked)
-- the terms a check-in demanded at every visit may be spelt in
local COUNTS = { ["打卡记录"] = counted_by, ["签到记录"] = counted_by }
for _, t in ipairs { "定位打卡", "视频打卡", "拍照打卡" } do
  COUNTS[t] = each_time
end

jianfu.rule {
  id = "checkin",
  category = "checkin",
  severity = "error",
  title = "以APP打卡、签到次数或打卡率、签到率作为考核指标",
  description = [[
打卡、签到只证明手机在某时某地点了一下，不证明做了工作、学了东西。把每日学习
打卡、定位打卡、视频打卡、APP签到的次数或打卡率、签到率设为达标线，或与扣分、
绩效、评优挂钩，干部只能为留痕而打卡，甚至一人多机代打卡。甘肃省监狱戒毒系统
强制民警在线打卡学习，被纪检监察组发出监察建议书。考核应看实际出勤由单位
正常管理、学习看实际掌握和运用，巡查看发现和处置的问题，而不是打卡记录。]],
  basis = {
    "整治形式主义为基层减负若干规定",
    "关于防治“指尖上的形式主义”的若干意见",
    "中央网信办《“指尖上的形式主义”全国整治工作方案》",
  },
  precedents = { "gansu-prisons-2024", "gaoyou", "yunnan-2024" },
  triggers = {
    "打卡", "打卡率", "打卡次数", "打卡天数", "学习打卡", "定位打卡", "视频打卡", "健康打卡",
    "拍照打卡", "签到", "签到率", "签到次数", "签到天数", "漏打卡", "缺卡", "补卡", "打卡记录",
    "签到记录",
  },
  examples = {
    bad = {
      -- round 54: the work of a missed check-in not certified (不予核定)
      "农机手作业时须在“农机e站”APP定位签到，未签到的作业面积不予核定",
      -- round 53: a missed check-in treated as absence from the post
      "发射台值班员交接班时须在“广电e巡”APP进行人脸识别打卡，未打卡的当班按缺岗处理",
      -- round 52: the work of those who did not check in voided
      "社区矫正专干每次走访须在“矫正e通”APP定位签到，未签到的走访记录视为无效",
      "低保专干每次入户核查须在“救助e核”APP人脸识别签到，未签到的核查结果不予采信",
      -- a finding that is the condition of the sanction, not a report
      "检查发现未按要求在“平安通”签到的，扣1分",
      -- 予以 opening a reward: the check-in rewarded
      "对按时在APP打卡的网格员，予以通报表扬",
      -- round 45: a chat group still makes a training's sign-in online
      "参加防汛培训的群测群防员须在工作群内视频签到，未签到的扣1分",
      -- round 43: the work not counted, named in five characters after the condition
      "港区理货员须在“港航e通”APP上下班人脸识别签到，未签到的当班工作量不予计算",
      -- work not recognized without the check-in; an app check-in at a drill
      "养老护理员每次上门服务须在“养老e站”扫码签到，未签到的服务时长不予计算",
      "参加防汛演练的人员须在“应急e通”APP定位签到，未签到的扣1分",
      -- a bare 不计 closing its segment, however far after the condition
      "保洁员每清扫一个责任区，须在“城管e通”APP扫码签到，未签到的该责任区清扫不计",
      -- an allowance withheld is a sanction
      "协管员每天须在“交通e管”APP定位打卡，漏打卡的扣当月交通补助",
      "科普员须在“科普e站”定位打卡并上传讲座照片3张，缺一项不计入服务次数",
      -- an honour or a grade withdrawn is a sanction
      "红十字志愿者每次到站服务须在“博爱e站”小程序扫码签到，签到不足规定次数的取消星级评定",
      -- a check-in demanded at every visit through an app
      "妇联执委每次入户走访须在“巾帼e家”定位打卡，并上传与走访对象的合影",
      -- a bare 不计 of a count of the work is a sanction
      "港航执法人员登船检查须在“港航e通”上人脸打卡，未打卡的不计执法次数",
      -- work not counted, a benefit withdrawn: sanctions
      "送餐员每次送餐前须在“助老e站”扫码签到，未签到的当次服务不计工作量",
      "保安每班须在“智慧物业”APP定位打卡，月打卡率低于90%的取消当月绩效奖励",
      "网格员每次巡查须在“平安通”APP扫码签到，缺少签到的按未巡查处理",
      "护林员巡山须在“护林通”APP视频打卡，打卡次数少于规定次数的扣减当月劳务费",
      -- the record of check-ins as the measure of the work done
      "家庭医生每次入户随访须在“健康通”定位打卡，随访人次按打卡记录核算",
      -- a sanction after an inquiry is a demand
      "巡察发现未按要求在APP打卡的，每次扣0.5分",
      -- counted as absent (按旷工处理) is a sanction
      "网格员每天在“e网格”定位打卡2次，未打卡的按旷工处理",
      "机关干部每日通过“学习强国”学习打卡，未完成打卡的不得参加年度评优",
      "网格员每日定位打卡不少于3次",
      "驻村干部每月定位打卡不少于20天，打卡记录作为考勤和考核依据",
      { text = "网格员每日通过“网格通”APP定位打卡不少于3次", scheme = true },
      { text = "网格员巡查定位打卡率达到98%（5分）", title = "2024年网格化服务管理工作考评细则" },
      "黨員每日須在「學習強國」簽到，月簽到率低於９０％的不得評為優秀黨員",
      "执法人员每日通过APP签到2次，签到率与月度绩效挂钩",
      "每周例会前，参会人员须在“钉钉”APP定位签到，缺签一次扣0.2分",
      -- the activity counted in its own segment is reported, before the measure
      "巡防队员每日在“平安巡”签到两次，月签到率低于90%的每人次扣0.5分",
      -- pay withheld, a period or the kind of pay between 扣 and it
      "环卫工人上岗前须在“城管通”APP拍照打卡，漏打卡的扣当月全勤奖",
      -- every few hours is a count of its own; a ban on missing it is the duty
      "巡逻队员夜间每隔1小时在“平安巡防”APP定位打卡一次",
      "值守民警每日在“警务通”定位签到，不得漏签到",
      -- a missed check-in counted as late
      "航站楼安检班组每班次开始前在“安检值班群”发送视频签到，缺签的按迟到处理",
      { text = "| 序号 | 项目 | 分值 | 标准 |\n|---|---|---|---|\n| 6 | 夜间巡查 | 5 | 保安每3小时在安保群发送巡更签到 |",
        title = "物业服务质量考核评分表" },
    },
    good = {
      -- round 54: a claim refused with no check-in
      "申报材料不全的，补贴面积不予核定",
      -- round 53: absence from the post with no app check-in
      "值班员未经批准离开岗位的，按缺岗处理",
      -- round 52: a record voided for another reason; a check-in cancelled
      "入户核查材料不全的申请视为无效，由申请人补充后重新受理",
      "取消社区矫正专干每次走访在APP签到的要求，未签到的走访记录不再视为无效",
      -- a problem stated, and what someone reported, with the sanction the
      -- practice carried
      "群众反映的问题主要是社区干部每天要在“社区通”APP打卡三次",
      "基层反映，一些部门要求村干部每天在APP签到，未签到的扣1分",
      -- those who assess by check-ins, sanctioned (按照 as 以)
      "对按照打卡次数考核网格员的街道，予以约谈",
      -- those who imposed it sanctioned: the sanction said first, or closing
      -- their segment with no comma
      "教育局约谈了要求教师每天在“校园通”打卡的3名校长",
      "县纪委对要求村干部每日在APP签到的乡镇通报批评",
      -- round 48
      "对要求归侨侨眷每天在“侨心e家”打卡的乡镇侨联，一经查实扣3分",
      -- round 43: an access gate on site
      "码头员工进出港区须经现场人脸识别门禁，未通过的不得进入",
      -- an imposer sanctioned by a sanctioner of five characters
      "对要求党员每天在“学习强国”学习打卡的党支部，县委组织部予以通报批评",
      -- an imposer sanctioned by a named head; a drill's roll; a basis renounced
      "对要求家长每天在“家园e联”APP打卡的幼儿园，教育局予以通报批评",
      "消防救援站每月开展实战拉练，参训人员集中签到，未签到的按缺勤处理",
      "不按打卡次数考核网格员",
      -- round 39
      "参加全市残联系统业务培训的学员须在报到时现场签到，缺勤的不予发放结业证书",
      -- whom 对 names as imposers, a unit of up to eight characters
      "对要求护林员每天在工作群内定位打卡的乡镇林业工作站，一经查实扣3分",
      "对要求团员每天在“青春e学”打卡的团组织，查实后取消年度评优资格",
      "各乡镇取消星级评定中的APP签到要求",
      "每次召开支部会议须在会场签到",
      -- the person before 代为, the place between it and the act
      "对组织他人代为在“文保e巡”打卡的巡查员，一经查实按旷工处理",
      -- an offline event's on-site register
      "团支部开展线下主题团日活动，参加团员现场签到，出勤率低于八成的支部书记作说明",
      -- a check-in for another person, sanctioned
      "对在“就业e站”代为他人定位签到的人员，一经查实按旷工处理",
      "对要求后勤员工每天在群内打卡的科室，查实后在年度考核中扣五分",
      -- not counted as work: renounced; a proxy check-in banned; a reward cancelled
      "线上签到仅作考勤参考，不计工作量",
      "代他人在“警务通”打卡的，按旷工处理",
      "各村取消“每日打卡奖励”做法",
      -- a cancellation with no object of its own after the demand, its adverbs aside
      "各村须每天在“乡村通”APP打卡不少于1次；目前已全部取消",
      "各村须每天在“乡村通”APP打卡不少于1次。现已取消。",
      "出勤情况以实地核查为准，不以打卡记录计算出勤天数",
      -- a coercion in the object of 对 is the violation a sanction targets
      "对强制村干部每日学习打卡的单位，查实后扣2分",
      "对组织他人代为打卡的，一经查实按旷工处理",
      -- the tourist's 打卡: routes, maps and guides to spots
      "推出10条红色文化打卡线路，在“一部手机游”上线打卡地图",
      "建成15个网红打卡点，在公众号开设“打卡攻略”栏目",
      -- what an inquiry pointed out describes
      "中央督查组反馈指出，有的要求干部每天在APP打卡签到",
      -- a false location or a check-in for someone else, banned
      "使用虚假定位软件打卡的，按旷工论处",
      "对替他人在“学习强国”签到的，视为旷工",
      -- a case told, cases counted in 起, a question
      "前段时间有的乡镇要求干部每天在群里接龙打卡，被县纪委点了名，这个教训必须汲取",
      "市委办公室通报5起典型案例，其中某街道要求网格员每天打卡3次、未打卡的扣绩效",
      "问：网格员每天还要定位打卡吗？答：取消定位打卡，改为按走访实绩考核。",
      -- rewarding the absence of such tasks,
      "未向网格员下达打卡、点赞等任务的，加2分",
      "取消学习打卡考核，不再统计在线时长",
      "针对部分乡镇要求村干部每日定位打卡的问题，立即予以整改",
      "参会人员须提前10分钟到场，并在会议签到表上签到",
      "参训学员须按时签到，不得无故缺课",
      "学校召开家长会实行签到制度，家长到校签名",
      "鼓励党员通过“学习强国”学习业务知识",
      "开展红色教育打卡地建设，全年接待游客5万人次",
      "村两委每月召开一次议事例会，会前签到，会后整理会议记录",
      "支部每季度上一次党课，党员入场签到",
      -- falsified check-ins punished: a ban, not a demand
      "对虚报打卡次数的，一经查实本项不得分",
      "凡伪造签到记录的，取消年度评优资格",
      -- a meeting every two hours is no app check-in
      "抢险期间每2小时召开一次调度会，参会人员会前签到",
      -- round 45: 群 of 群测群防员, 群众 is no chat group
      "参加地灾防治培训的两百名群测群防员在培训现场签到，到课率百分之九十八",
      "参加义诊培训的群众在现场签到，出勤率百分之九十五",
    },
  },
  check = jianfu.metric_check {
    -- (and the tourist's 打卡: a spot, a route or a guide to visit them,
    -- 开设“打卡攻略”专栏, 推出十条打卡线路)
    unless = { "签到表", "签到制度", "签到簿", "打卡地", "打卡点", "网红打卡", "打卡景点",
      "打卡攻略", "打卡线路", "打卡路线", "打卡地图", "打卡胜地", "打卡圣地", "打卡之旅", "打卡游" },

    -- a meeting or training register, unless kept through an app (a test
    -- metric_check runs in C, for every term)
    other = { jianfu.in_sentence(MEETING, ONLINE_CHAT) },
    -- the record taken as the measure of the work; a check-in demanded at
    -- every visit (each_time)
    counts = COUNTS,
  },
}
