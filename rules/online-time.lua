-- online-time: online duration or study time on a platform as a criterion.

local DURATION = { ["小时"] = true, ["分钟"] = true, ["学时"] = true, ["课时"] = true, ["天"] = true,
  ["秒"] = true, ["月"] = false }

local MEASURED = jianfu.words { "统计", "排名", "排序", "时长", "时间", "时数" }

-- study time that is not online by its words (学时, 研修时长, 培训时长): online
-- time only when the sentence puts it on a platform (网络学院, 在线, 研修网);
-- 每年参加脱产培训不少于40学时 is classroom training
local OFFLINE_ALSO = { ["学时"] = true, ["研修时长"] = true, ["培训时长"] = true,
  ["累计学时"] = true }
local ONLINE = jianfu.words { "在线", "线上", "网上", "网络", "网院", "云课堂", "app", "平台", "小程序", "客户端",
  "学习强国", "直播", "视频" }

-- the time of what is watched or studied, its object named between the verb
-- and 时长 (观看视频课程时长, 收看直播课件时长): online time when a person's
-- watching or study stands before it in its segment; without one it is the
-- length of the thing (每节课程时长45分钟, 宣传视频时长不超过3分钟)
local CONTENT_TIME = { ["课程时长"] = true, ["视频时长"] = true, ["课件时长"] = true,
  ["节目时长"] = true, ["讲座时长"] = true }
local WATCHING = jianfu.words(jianfu.norm_list { "观看", "收看", "学习", "听", "看", "研修", "参学" })

-- the time of being present for a duty, or of staying (值守时长, 值班时长,
-- 办公时长, 停留时长, 阅读时长): online time when a platform word or a
-- platform's name stands before it in its segment (员工“云阅读”平台线上值守
-- 时长, 政务APP页面停留时长); without one it is time on the spot (乡镇干部
-- 每月值班时长不少于40小时, 学生课外阅读时长). Not 服务时长: volunteer service
-- hours an app records are real work (在线服务时长 is 在线's, see TIMED), nor
-- the duration of a case handled (办理时长), no presence at all
local PRESENCE_TIME = jianfu.norm_set { "值守时长", "值班时长", "办公时长", "停留时长", "阅读时长",
  "浏览时长" }
local ON_PLATFORM = jianfu.words(jianfu.norm_list { "线上", "在线", "网上", "网络", "app", "平台",
  "小程序", "客户端", "公众号", "网站", "网页", "页面" })
local function presence_online(clause, hit)
  local text = clause.text
  local s = jianfu.segment(text, hit.from, hit.to)
  return (jianfu.any_in(text, ON_PLATFORM, s, hit.from - 1) ~= nil or
    jianfu.platform(clause, hit.from, hit.to) ~= nil) and not jianfu.device_measure(text, hit.from)
end

-- an activity given hours by a threshold after it in its segment (保持在线不少于
-- 8小时, 观看培训视频不少于10小时, 在平台学习须满20学时): online time when
-- the activity is being online or its sentence puts it on a platform; not a
-- device (设备在线), a classroom (集中学习不少于2小时) or a cap (观看不超过1小时)
local TIMED = { [jianfu.normalize("在线")] = true, [jianfu.normalize("观看")] = true,
  [jianfu.normalize("收看")] = true, [jianfu.normalize("收听")] = true, [jianfu.normalize("学习")] = true }
local HOURS = { ["小时"] = true, ["分钟"] = true, ["学时"] = true, ["课时"] = true }
local N_ONLINE = jianfu.normalize("在线")
-- being kept online (全天保持“应急指挥”APP在线, 离线的每次扣0.5分): 保持 before
-- 在线 in its segment, and the whole day or being offline in its sentence
-- (a duration without a number); not a device (设备保持在线)
local N_KEEP = jianfu.normalize("保持")
local ALL_THE_TIME = jianfu.words(jianfu.norm_list { "全天", "全天候", "全时段", "24小时", "二十四小时",
  "时刻", "始终", "全程", "离线", "掉线", "不在线", "从早到晚", "一直", "整天", "全日", "不间断" })
-- the whole day said right before 在线 (须全天在线, 24小时在线, 始终在线): kept
-- online without 保持
-- (longest first: the first word of the list found right before 在线 is taken)
-- (or the day spelt out: 从早到晚一直在线, 整天在线, 不间断在线)
local WHOLE_DAY = jianfu.words(jianfu.norm_list { "全天候", "全时段", "二十四小时", "24小时", "全天",
  "始终", "时刻", "全程", "一直", "从早到晚", "整天", "全日", "不间断" })
-- (an app or account named before 在线 in its segment, before or after 保持:
-- 全天保持“应急指挥”APP在线, 手机端“e网格”须全天保持在线状态; 终端保持在线
-- is equipment)
local KEPT_APP = jianfu.words(jianfu.norm_list { "app", "“", "「", "平台", "客户端", "小程序", "账号",
  "手机端", "移动端" })
local function kept_online(clause, hit)
  local text = clause.text
  if hit.term ~= N_ONLINE then return false end
  local s = jianfu.segment(text, hit.from, hit.to)
  -- kept there: 保持 before it, or the whole day said right before it (“企安通”
  -- 值班账号须全天在线, APP须24小时在线, 始终在线)
  local k = string.find(text, N_KEEP, s, true)
  local kept = k ~= nil and k < hit.from
  if not kept then
    -- (one look in the few characters before it, in C)
    local a, w = jianfu.any_in(text, WHOLE_DAY, math.max(s, hit.from - 15), hit.from - 1)
    kept = a ~= nil and a + #w == hit.from
  end
  return kept and jianfu.any_in(text, KEPT_APP, s, hit.from - 1) ~= nil
    and jianfu.sentence_has(text, hit.from, ALL_THE_TIME) and not jianfu.device_measure(text, hit.from)
end
-- an activity online measured by its duration (专家在线答疑时长, 在线接诉时长,
-- 在线辅导时长): 在线 and, at most four characters after it in its segment,
-- 时长 or 时数 — the time spent online doing the work, a measure as 在线时长
-- is; not the length of a thing watched (在线课程时长, see CONTENT_TIME) nor a
-- device's time online (设备在线运行时长)
local SPAN_END = { jianfu.normalize("时长"), jianfu.normalize("时数") }
local function online_span(text, hit)
  local _, e = jianfu.segment(text, hit.from, hit.to)
  for _, w in ipairs(SPAN_END) do
    local a = string.find(text, w, hit.to + 1, true)
    if a and a + #w - 1 <= e and a - hit.to - 1 <= 12 then
      local mid = string.sub(text, hit.to + 1, a - 1)
      if not mid:find("[%p%s]") and not CONTENT_TIME[string.sub(text, a - 6, a + #w - 1)] then
        return true
      end
    end
  end
  return false
end
local function timed_activity(clause, hit)
  local text = clause.text
  if kept_online(clause, hit) then return true end
  if hit.term == N_ONLINE and online_span(text, hit) and not jianfu.device_measure(text, hit.from) then
    return true
  end
  local _, e = jianfu.segment(text, hit.from, hit.to)
  for _, t in ipairs(clause.thresholds) do
    if t.from > hit.to and t.from <= e then
      if t.from - hit.to > 45 or not HOURS[t.unit] or (t.op ~= ">=" and t.op ~= ">") then return false end
      if jianfu.device_measure(text, hit.from) then return false end
      return hit.term == N_ONLINE or jianfu.sentence_has(text, hit.from, ONLINE)
        or jianfu.platform(clause, hit.from, hit.to) ~= nil
    end
  end
  return false
end

-- days counted of a check-in or a login in their segment (每月打卡天数不足20天,
-- 登录签到不少于25天): that activity's days, not the study's duration
local DAYS = { ["天"] = true, ["日"] = true }
local DAYS_OF = jianfu.words(jianfu.norm_list { "打卡", "签到", "登录", "登陆" })
local function days_of_other(text, n)
  if not DAYS[n.unit] then return false end
  local s = jianfu.segment(text, n.from, n.to)
  return jianfu.any_in(text, DAYS_OF, s, n.from - 1) ~= nil
end

-- needs: what `other` lets through, word by word: an activity given hours
-- (TIMED: a threshold in HOURS), the thing watched (CONTENT_TIME: 时长),
-- study time (OFFLINE_ALSO: 学时, 时长), a measure (every trigger that
-- is_measure takes holds 时长, 时间, 时数 or 学时, but 在线率), 挂机, and any
-- other activity (在线学习, 在岗在线) only when measured (MEASURED) or given
-- a duration (DURATION) in its sentence; 在线 kept online (保持) all day. A
-- trigger added that reports by
-- itself (a measure) must be added here unless it holds one of these words.
-- (kept online all day, kept_online: 保持, or the whole day right before 在线)
local NEEDS = { "在线率", "挂机", "保持" }
for _, w in ipairs(WHOLE_DAY) do NEEDS[#NEEDS + 1] = w .. jianfu.normalize("在线") end
for _, w in ipairs(MEASURED) do NEEDS[#NEEDS + 1] = w end
local unit_set, units = {}, {}
for u, yes in pairs(DURATION) do if yes then unit_set[u] = true end end
for u in pairs(HOURS) do unit_set[u] = true end
for u in pairs(unit_set) do units[#units + 1] = u end
table.sort(units)
for _, u in ipairs(units) do NEEDS[#NEEDS + 1] = u end

jianfu.rule {
  id = "online-time",
  category = "online-time",
  severity = "error",
  title = "以在线时长、学习时长、在线率等作为考核指标",
  description = [[
在线时长和学习时长量的是手机或电脑开着多久，不是学了多少、干了多少。规定每天、
每月在线学习不少于N小时、在线率不低于N%，或对时长排名、扣分、与评优挂钩，
催生“挂机”“刷时长”，一人多机，干部疲于应付。云南省2024年把“统计在线时长”
列为整治重点。学习教育应看学以致用的实际效果，岗位在线应看群众诉求是否及时
得到处理，而不是统计时长。]],
  basis = {
    "整治形式主义为基层减负若干规定",
    "关于防治“指尖上的形式主义”的若干意见",
    "中央网信办《“指尖上的形式主义”全国整治工作方案》",
  },
  precedents = { "yunnan-2024", "gansu-prisons-2024" },
  triggers = {
    "在线时长", "在线时间", "在线率", "在线学习", "上线时长", "上线时间", "学习时长", "学习时间",
    "学习时数", "学习学时", "网络学习", "网上学习", "线上学习", "挂机", "观看时长", "收看时长",
    "使用时长", "活跃时长", "登录时长", "在岗在线", "在线值守时长", "累计学时", "直播时长", "听课时长",
    "学时", "研修时长", "培训时长", "在线研修", "网络研修", "线上研修", "在线培训时长",
    -- the watched thing's time (see CONTENT_TIME)
    "课程时长", "视频时长", "课件时长", "节目时长", "讲座时长",
    -- an activity given hours (see TIMED)
    "在线", "观看", "收看", "收听", "学习",
    -- the time of being present on a platform (see PRESENCE_TIME)
    "值守时长", "值班时长", "办公时长", "停留时长", "阅读时长", "浏览时长",
  },
  needs = NEEDS,
  examples = {
    bad = {
      -- round 53: a person on an app, a running app kept online by a person
      "村干部“村务通”APP运行在线时长每天不少于6小时",
      -- the time active on an app is the time used (as 使用时长, 登录时长)
      "窗口人员每天在“人社e办”APP活跃时长不低于3小时，未达到的扣1分",
      -- round 49: a system named for its users' study or with its users before it
      "医保经办人员结算系统在线率不低于95%，每月通报",
      "全体教师网络研修平台在线率不低于80%",
      -- round 47: an activity online measured by its duration, its floor in
      -- the next segment
      "技术员“农机e助”专家在线答疑时长每月统计，不足20小时的扣当月绩效",
      -- the staff of a station are people
      "台站值班员每日在“地震通”APP在线时长不少于8小时，未达到的扣1分",
      -- the whole day spelt out before 在线
      "网格员手机上的“网格云眼”要从早到晚一直在线，抽查时发现离线的，每次扣1分",
      "值班人员的“应急通”APP须不间断在线，不在线的按脱岗处理",
      -- an app kept online all day, named before 保持: deductions when found offline,
      "社区网格员的“平安e格”手机端须全天保持在线，巡查发现离线的每次扣0.5分",
      "党员干部每月网络学习时长不少于10学时，学习时长作为年度考核的重要依据",
      "每人每天在线学习时长不少于三十分钟",
      "要求民警每日在线时间不少于2小时，由系统自动统计并计入考核",
      { text = "干部“网络学院”年度学习时长不少于50学时", scheme = true },
      { text = "网络学习平台在线时长（3分）", title = "县直部门2024年度绩效考评实施细则" },
      "幹部線上學習時長每季度不少於３０小時，未達標者年度考核不得評為優秀",
      "每周统计党员挂机学习时长并排名通报",
      "职工“网络学院”年度学时须满60学时，未满的扣2分",
      "教師在“研修網”年度研修時長不少於50小時",
      -- people online in a video meeting, not the equipment
      "机关干部参加“政务钉”视频会议的在线时长不少于会议时长的90%",
      -- an average that shall reach a level is a target, not a statistic
      "教师在“研修云”平台平均每周研修时长达到3小时",
      -- the thing watched named between the verb and 时长
      "检察官每季度在“检察网院”收看直播讲座时长不少于6小时，未完成的不得评为优秀",
      -- an activity given hours: being online, watching, studying on a platform
      "客服人员每天在“12345热线”平台保持在线不少于7小时",
      "护士每月在“护理云课”观看操作规范视频不少于8小时，未完成的扣1分",
      "团员每季度在“青年大学习”平台学习不少于10小时",
      -- named in one cell of a table row, scored in another
      "| 考评内容 | 评分标准 |\n|---|---|\n| 干部“e学堂”人均月学习时长 | 不足8小时的每人扣0.5分 |",
      -- an app kept online all day, with deductions for being offline
      "窗口人员须全天保持“一网通办”客户端在线，离线的每次扣0.2分",
      -- kept online all day without 保持; a ban on going offline is the duty
      "“社区e站”值班账号须24小时在线，巡查发现离线的每次扣0.5分",
      "网格员“平安通”手机端须全天在线，不得离线，离线一次扣0.2分",
      -- the time of a duty or a service on a platform
      "窗口人员“一网通办”平台在线服务时长每月不少于120小时",
      { text = "客服专员线上值班时长每周不少于30小时", title = "2025年度热线服务中心绩效考核办法" },
    },
    good = {
      -- round 53: a machine running online; a station named 台
      "发射台发射机运行在线率须达到99.9%",
      "各转播台在线率不低于99%",
      -- those who imposed it sanctioned: a threshold's 不 is the demand imposed,
      -- not one met or not; the sanction said first
      "对要求网格员每天在线时长不少于8小时的街道，予以约谈",
      "区纪委问责了一名要求辅警每天在线学习时长不少于两小时的中队长",
      -- round 49: a system's or a platform's own online rate, nobody before it (uptime)
      "地震台网速报系统在线率须达到99.9%",
      "全市公交调度平台在线率须达到98%",
      -- round 48
      "博物馆展厅恒温恒湿系统在线率不低于99%，每季度检查一次",
      -- round 47: an instrument's data online; a course's length online
      "气象雷达数据在线率每月通报维护情况，不纳入观测员个人考核",
      "“农技e站”每节在线课程时长不超过40分钟",
      -- round 44: a measure not looked at
      "热线话务员星级评定依据通话质量抽检和群众满意度，不看接听时长和在线时长",
      -- round 42
      "对把“青春e团”学习时长作为团员评优依据的团支部，团区委将予以约谈",
      "调查员在线学习情况仅作个人参考，调查队不对学习时长进行排名，也不纳入考核",
      -- a measure voided after a cheat; a machine's control system
      "对使用软件刷学习时长的党员，“党员e家”学习时长一律清零并予以通报",
      "污水处理厂曝气控制系统在线率不低于98%，纳入运维考核",
      -- round 39
      "粮库智能通风系统在线率不低于98%，每月通报设备运行情况",
      -- an automatic measuring system online is equipment
      "水文站自动测报系统在线率纳入设备维护考核，不纳入职工个人考核",
      -- a system positioning people underground is equipment
      "矿山井下人员定位系统在线率须达到100%，故障立即报修",
      -- systems of equipment: their online rate is their availability
      "燃气公司SCADA系统在线率达到99.5%",
      "文保单位安防系统在线率每月通报一次维护情况",
      -- a station's data online; study time not ranked by it
      "全省水文观测站数据在线率保持在98%以上",
      "护士在“护理e学”的学习时长只供个人查看，医院不据此排名",
      "干部参加“学习强国”线上学习须每日打卡，每月打卡天数不足20天的扣1分",
      "第十条 水质监测系统在线率纳入运维单位考核，不作为职工考核内容",
      "各站点雨量监测设备须一直在线，离线的及时报修",
      -- a system of a place named after its people (职工宿舍) is equipment
      "职工宿舍门禁系统在线率不低于98%，故障当日报修",
      -- stations and instruments online are things (雨量站, 水文站, 充电桩),
      "全县42个气象站、雨量站在线率保持在97%以上，离线站点由运维单位当日排查",
      "取消“学习打卡”“在线时长”等考核内容",
      "民警每日学习时长不作统计，也不纳入考核",
      "针对要求村干部在线学习时长每月不少于20小时的问题，县委组织部已立即整改",
      "鼓励干部利用碎片时间学习，不作时长要求",
      "整改后，干部使用APP的时长由每天2小时降至20分钟",
      "村级光伏电站在线监测设备完好率达到95%",
      "群众可通过政务服务网在线学习办事指南",
      "各乡镇每月组织一次网上学习交流，分享经验做法",
      "干部“挂机”学习被查实的，予以通报批评",
      "科级干部每年参加脱产培训不少于40学时",
      "新任职干部岗前培训时长不少于3天",
      "各乡镇应急广播终端在线率不低于95%，离线的24小时内修复",
      "村级便民服务站点视频会议系统在线率保持在97%以上",
      -- vehicles, positioning and network links are equipment too
      "渣土运输车辆北斗定位在线率不低于95%，离线车辆当日排查",
      "全县电子政务专网线路在线率保持在99%以上",
      -- a rate in a sentence of faults and repairs is availability
      "全市公共自行车调度系统在线率不低于98%，故障车桩4小时内修复",
      "一季度全区教师在“研修云”平台平均每周研修时长达到了2.6小时",
      "“检察网院”每节视频课程时长不超过40分钟，便于干警利用碎片时间学习",
      "不得将干警观看视频课程时长作为评先评优依据",
      -- a classroom, a device, a cap on screen time
      "各党小组每月集中学习不少于3小时",
      "水质监测设备每天在线不少于23小时",
      "学生每天观看电子屏幕不超过1小时",
      -- a terminal kept online is equipment
      "各村应急广播终端须全天保持在线，离线的及时修复",
      -- presence on the spot, a service hotline available all day, a case's handling time
      "乡镇干部每月值班时长不少于40小时，值班情况纳入考核",
      "学生每天课外阅读时长不少于30分钟",
      "“12345”热线24小时在线，为群众提供咨询服务",
      "政务服务平台办件平均办理时长压缩至3个工作日，纳入年度考核",
      "志愿者在“志愿云”APP累计服务时长满100小时的，颁发星级证书",
    },
  },
  check = jianfu.metric_check {
    -- an activity (在线学习, 网上学习) is online time only with a duration or
    -- when it is measured (统计, 排名): 每月组织一次网上学习交流 is an event
    other = function(clause, hit)
      if TIMED[hit.term] then return not timed_activity(clause, hit) end
      if CONTENT_TIME[hit.term] then
        local s = jianfu.segment(clause.text, hit.from, hit.to)
        return not jianfu.any_in(clause.text, WATCHING, s, hit.from - 1)
      end
      if PRESENCE_TIME[hit.term] then return not presence_online(clause, hit) end
      if OFFLINE_ALSO[hit.term] then
        return not jianfu.sentence_has(clause.text, hit.from, ONLINE)
          and not jianfu.platform(clause, hit.from, hit.to)
      end
      -- 视频点位在线率: a device is online, not a person
      if jianfu.device_measure(clause.text, hit.from, hit.to) then return true end
      -- 地震速报系统在线率: the system's uptime, nobody's online time
      if jianfu.system_uptime(clause.text, hit.from, hit.to) then return true end
      if jianfu.is_measure(hit.term) or hit.term == "挂机" then return false end
      if jianfu.sentence_has(clause.text, hit.from, MEASURED) then return false end
      local a, b = jianfu.sentence(clause.text, hit.from)
      for _, n in ipairs(clause.numbers) do
        if n.from >= a and n.to <= b + 1 and DURATION[n.unit] and not days_of_other(clause.text, n) then
          return false
        end
      end
      return true
    end,
    unless = { "设备在线率", "监测在线率", "监控在线率", "终端在线率", "摄像头在线率",
      "在线监测", "学习时间表",
      -- the platform's name, not a study quota
      "网络学习平台", "在线学习平台", "线上学习平台", "网上学习平台",
      -- a platform's name holds 学习
      "学习强国" },
  },
}
