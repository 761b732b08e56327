-- forced-engagement: quotas of likes, shares, comments, votes and reads.

-- 为扎根基层的驻村干部点赞, 通报表扬…为其担当作为点赞: praise, not a click
-- (jianfu.praise, the test every rule reading 点赞 shares)
-- what a document forwarded through official channels looks like
local DOC_WORDS = jianfu.words { "文件", "通知", "公文", "上级", "省、市", "省市", "精神", "批示", "函", "会议材料",
  "材料",
  -- a document by its kind after 关于…的 or by its title in 《》 (转发市纪委关于…
  -- 典型问题的通报, 转发《…管理办法》: a title relaying a document)
  "的通报", "的意见", "的决定", "的方案", "的办法", "的纪要", "的讲话", "的报告", "的规定", "的批复",
  "的细则", "《",
  -- a warning passed on (及时转发预警信息, 转发汛情警报): relaying, not engagement
  "预警", "警报", "汛情", "灾情", "紧急通知" }
-- ... and forwarded to its addressees (转发至各乡镇): after 转发 only, since
-- before it they are who forwards (各单位转发…海报后须截图)
local ADDRESSEES = jianfu.words { "各科室", "各乡镇", "各村", "各单位", "至各", "到各", "给各" }
-- content on social media: its forwarding is engagement
local MEDIA_WORDS = jianfu.words { "推文", "微博", "文章", "视频", "公众号", "朋友圈", "链接", "抖音", "话题",
  "作品", "帖", "app", "平台", "微信群", "点赞", "评论", "短视频", "直播", "新闻", "海报", "h5", "图文" }
-- voting in an election or a meeting is not a click
local VOTE_OTHER = jianfu.words { "选举", "表决", "民主推荐", "民主评议", "村民代表", "党员大会", "代表大会",
  "无记名" }
-- ... and so is a vote at a meeting, but not where the meeting speaks in its
-- minutes (会议要求…组织干部职工为网络评选投票) or the vote is online
local N_MEETING = jianfu.normalize("会议")
local MEETING_SPEAKS = jianfu.norm_list { "要求", "强调", "指出", "提出", "明确", "决定", "认为", "部署",
  "号召", "议定", "研究" }
local ONLINE_VOTE = jianfu.words { "网络", "网上", "线上", "在线", "app", "平台", "小程序", "公众号", "微信",
  "朋友圈", "链接", "二维码" }
local function meeting_vote(text, at)
  local a, b = jianfu.sentence(text, at)
  if jianfu.any_in(text, ONLINE_VOTE, a, b) then return false end
  local i = a
  while true do
    local p, q = string.find(text, N_MEETING, i, true)
    if not p or p > b then return false end
    local speaks = false
    for _, v in ipairs(MEETING_SPEAKS) do
      if string.sub(text, q + 1, q + #v) == v then speaks = true break end
    end
    if not speaks then return true end
    i = q + 1
  end
end
-- a message from the public that is handled (留言办理, 答复网民留言)
local HANDLED = jianfu.words { "办理", "回复", "答复", "办结", "受理", "处置", "留言板", "信箱", "网民留言",
  "群众留言", "市民留言", "诉求" }
local COMMENTARY = jianfu.words { "评论员", "评论文章", "时事评论" } -- 评论员文章: commentary,
local COMMENT_COUNT = jianfu.words { "不少于", "条" } -- unless comments are counted (不少于10条)
-- proof demanded of the engagement: it is counted one by one
local PROOF = jianfu.words { "截图", "照片", "证书", "上传", "打包", "汇总上报" }

-- a league table in another cell of a scoring-table row
local ROW_RANK = jianfu.words(jianfu.norm_list { "排名", "名次", "排序", "排行" })

-- (the helpers as upvalues: OTHER runs on many hits)
local find, sentence, sentence_has, any_in = string.find, jianfu.sentence, jianfu.sentence_has, jianfu.any_in
local praise = jianfu.praise

-- metric_check's `other` by the term of the hit: (text, from, to) -> does
-- the hit mean something else? (A term not here never does; jianfu.praise
-- itself runs in C, where the engine decides a call without calling it.)
local OTHER = {}

OTHER["点赞"] = praise

-- a named year's total reached, told with no duty (2024年“某市港航”公众号推文总
-- 阅读量达到210万次): a statistic of that year, not a target; with a duty or a
-- bar (须达到, 确保, 不低于) it demands as before
local TOTAL = jianfu.normalize("总")
local YEAR = jianfu.normalize("年")
local DEMAND_WORDS = jianfu.words(jianfu.norm_list { "须", "应", "要", "确保", "力争", "争取", "不低于",
  "不少于", "至少", "目标", "任务", "考核", "排名", "通报", "扣", "分" })
local function year_total(text, from)
  if string.sub(text, from - #TOTAL, from - 1) ~= TOTAL then return false end
  local a, b = sentence(text, from)
  if not string.find(string.sub(text, a, a + 3), "^%d%d%d%d") or string.sub(text, a + 4, a + 3 + #YEAR) ~= YEAR then
    return false
  end
  return any_in(text, DEMAND_WORDS, a, b) == nil
end
for _, t in ipairs { "阅读量" } do
  OTHER[jianfu.normalize(t)] = OTHER[jianfu.normalize(t)] or year_total
end

-- 分享学习体会, 分享经验: sharing what was learnt, unless it is media content
OTHER["分享"] = function(text, from)
  return not sentence_has(text, from, MEDIA_WORDS)
end

-- a document relayed to its addressees in the words of a covering notice
-- (现将…通知转发给你们, 转发如下, 转发给你单位): the forwarding is of the
-- notice, whatever platform the notice is about
local RELAYED_TO = jianfu.words(jianfu.norm_list { "给你们", "给你单位", "给你局", "给你处", "给你", "如下" })

-- a chat group or a moments feed a document is relayed to (将气象预警信息
-- 转发至村民微信群): the channel, not media engaged with; a media word but
-- where a relaying verb sends a document to it in its segment (将推文转发到
-- 朋友圈 is engagement by its 推文; 每天将活动转发至微信群 sends no document)
local CHANNELS = jianfu.words { "微信群", "朋友圈" }
local MEDIA_CONTENT = {}
for _, w in ipairs(MEDIA_WORDS) do
  if w ~= "微信群" and w ~= "朋友圈" then MEDIA_CONTENT[#MEDIA_CONTENT + 1] = w end
end
MEDIA_CONTENT = jianfu.words(MEDIA_CONTENT)
local SENT_TO = jianfu.words { "转发至", "转发到", "转发给", "转发进", "发至", "发到", "推送至", "推送到" }
local function media_in(text, from)
  if sentence_has(text, from, MEDIA_CONTENT) then return true end
  if not sentence_has(text, from, CHANNELS) then return false end
  local a, b = sentence(text, from)
  for _, c in ipairs(jianfu.find_all(text:sub(a, b), CHANNELS)) do
    local cf = a + c.from - 1
    local s = jianfu.segment(text, cf, cf)
    local v = cf > s and any_in(text, SENT_TO, s, cf - 1)
    if not v or v <= s or not any_in(text, DOC_WORDS, s, v - 1) then return true end
  end
  return false
end

-- a document relayed by its title in 《》 right after 转发 in its segment
-- (关于转发市统计局《关于推广应用“数统e报”平台的通知》的通知): the title names
-- what the document is about, so a media word inside it is no media
-- forwarded; one outside it is (转发《XX日报》微信公众号推文)
local TITLE_OPEN, TITLE_CLOSE = jianfu.normalize("《"), jianfu.normalize("》")
local function title_relayed(text, from, to)
  local _, e = jianfu.segment(text, from, to)
  local q = string.find(text, TITLE_OPEN, to + 1, true)
  if not q or q > e or q - to > 30 then return false end
  local _, qe = string.find(text, TITLE_CLOSE, q, true)
  if not qe then return false end
  local a, b = sentence(text, from)
  return not any_in(text, MEDIA_CONTENT, a, q - 1) and not any_in(text, MEDIA_CONTENT, qe + 1, b)
end

-- 转发上级文件, 分享经验: official channels and experience, not media
OTHER["转发"] = function(text, from, to)
  if any_in(text, RELAYED_TO, to + 1, to + 12) == to + 1 then return true end
  if title_relayed(text, from, to) then return true end
  local _, b = sentence(text, from)
  local doc = sentence_has(text, from, DOC_WORDS) or
    any_in(text, ADDRESSEES, to + 1, b) or
    find(text, "分享经验", 1, true) or find(text, "经验分享", 1, true)
  return doc and not media_in(text, from)
end

-- a panel's vote (由评委会现场投票产生, 评审组投票, 专家组投票) is a judgement,
-- not mass engagement, unless it is cast online
local PANEL = jianfu.words(jianfu.norm_list { "评委", "评审组", "评审委员会", "评审专家", "专家组",
  "专家评审", "评议组", "评审小组" })
-- a vote whose only count is that of the winners it produces (共评出十名,
-- 当选10名, 表彰20人, 选出5名): the honours given, not a quota of votes — no
-- word of a quota, a link or a sanction in its sentence
local WINNERS = jianfu.words(jianfu.norm_list { "评出", "当选", "表彰", "选出", "评选出", "产生" })
local COUNT_CHARS = jianfu.norm_set { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "一", "二", "两",
  "三", "四", "五", "六", "七", "八", "九", "十", "百" }
local QUOTA = jianfu.words(jianfu.norm_list { "不少于", "不低于", "达到", "至少", "每人", "每天", "每日",
  "每户", "每周", "每班", "票数", "投票数", "任务", "须", "必须", "要求", "纳入", "考核", "排名", "计分",
  "扣", "通报", "以上" })
local function winners_only(text, from)
  local a, b = jianfu.sentence(text, from)
  if jianfu.any_in(text, QUOTA, a, b) then return false end
  for _, w in ipairs(jianfu.find_all(text:sub(a, b), WINNERS)) do
    local n = a + w.to
    if COUNT_CHARS[text:sub(n, n)] or COUNT_CHARS[text:sub(n, n + 2)] then return true end
  end
  return false
end
OTHER["投票"] = function(text, from)
  if sentence_has(text, from, VOTE_OTHER) or meeting_vote(text, from) then return true end
  if sentence_has(text, from, PANEL) then
    local a, b = jianfu.sentence(text, from)
    if not jianfu.any_in(text, ONLINE_VOTE, a, b) then return true end
  end
  return winners_only(text, from)
end

-- 网民留言办理, 回复群众留言: messages from the public to be handled, not a
-- comment quota on the staff
local function handled(text, from)
  return sentence_has(text, from, HANDLED)
end
OTHER["留言"], OTHER["跟帖"], OTHER["回帖"] = handled, handled, handled

OTHER["评论"] = function(text, from)
  return sentence_has(text, from, COMMENTARY) and
    not sentence_has(text, from, COMMENT_COUNT)
end

local TRIGGERS = {
  "点赞", "点赞量", "点赞数", "转发", "转发量", "转发数", "转发率", "评论", "评论数", "评论量",
  "分享", "分享数", "分享量", "投票", "投票数", "投票率", "拉票", "刷票", "刷量", "打榜",
  "阅读量", "阅读数", "阅读率", "阅读人数", "播放量", "观看量", "观看人次", "收看率",
  "完播率", "互动量", "互动率", "三连", "留言数", "转载量", "浏览转发",
  -- synonyms of 评论: 留言, 跟帖, 回帖
  "留言", "留言量", "跟帖", "跟帖数", "回帖",
  -- WeChat's buttons named as clicked (点“在看”, 点亮在看, 点“赞”), and their counts
  "“在看”", "「在看」", "点在看", "点亮在看", "在看数", "在看量", "点“赞”", "点「赞」",
  "收藏量", "收藏数",
}
-- forced practices: a finding by themselves (metric_check's standalone)
local STANDALONE = { "全员参与点赞", "全员点赞", "全员转发", "全员投票", "全员参与投票", "全员参与转发",
  "全员分享", "人人点赞", "人人转发", "人人投票", "摊派点赞", "强制点赞", "强制转发",
  "强制投票", "动员点赞", "发动点赞" }

-- needs (metric_check's decision, rules_metric.c decide/qualifies): a
-- finding is a forced practice (a STANDALONE word in the text) or a trigger
-- hit that counts. A hit counts when it has a threshold, a quota (a
-- number), a frequency or proof (the `counts` callback below: a PROOF word
-- in its sentence); else when it is assessed: a measure (点赞量, 阅读率: a
-- trigger jianfu.is_measure names) or an activity with a penalty by the
-- clause's link, an activity by a firm link word in its sentence
-- (jianfu.FIRM_LINK, the list metric_check reads) or by its item
-- (rules_metric.c item_assessed), whose other clauses must then hold a
-- penalty or a threshold, with an explicit link among them or under an
-- assessment title (a row of a 考评细则's scoring table: | “丰收某县”公众号
-- 推文点赞、留言 | 每人每周不少于5次 |, the document links it, no cell does).
-- So every finding needs a word of STANDALONE, PROOF, FIRM_LINK or the
-- measure triggers in this clause's text, a number, threshold, frequency,
-- penalty or link in its analysis, or a threshold or penalty in its item's.
local NEEDS = { analysis = { "numbers", "thresholds", "frequencies", "penalties", "link" },
  item = { "thresholds", "penalties" } }
for _, list in ipairs { STANDALONE, PROOF, jianfu.FIRM_LINK } do
  for _, w in ipairs(list) do NEEDS[#NEEDS + 1] = w end
end
for _, t in ipairs(TRIGGERS) do
  t = jianfu.normalize(t)
  if jianfu.is_measure(t) then NEEDS[#NEEDS + 1] = t end
end

jianfu.rule {
  id = "forced-engagement",
  category = "forced-engagement",
  severity = "error",
  title = "摊派点赞、转发、评论、投票、阅读量等网络互动任务",
  description = [[
点赞、转发、评论、投票、阅读是个人自愿的网络行为。用行政命令给单位、社区、
学校下达“每天N个点赞”“每人每天投票不少于N次”“阅读量排名”等任务，逼着干部、
教师、学生和家长刷数据，既扰民又制造虚假繁荣。齐齐哈尔市要求每个社区每天完成
500个点赞任务，被中央作为典型通报。宣传工作应看内容质量和群众实际反映，
不得摊派互动数量，更不得以此考核、排名。]],
  basis = {
    "整治形式主义为基层减负若干规定",
    "关于防治“指尖上的形式主义”的若干意见",
    "中央网信办《“指尖上的形式主义”全国整治工作方案》",
  },
  precedents = { "qiqihar-2023", "yunnan-2024" },
  triggers = TRIGGERS,
  needs = NEEDS,
  examples = {
    bad = {
      -- round 54: a quota of votes beside the winners
      "各单位须组织职工为“最美警嫂”网络投票，每人每天不少于3票，共评出十名",
      -- round 52: a quota of likes, whoever is liked
      "各执委每天为“巾帼某县”公众号文章点赞，点赞数不少于150个",
      -- round 45: likes of an honoured post, given a quota
      "各商会会员须为获评“五好”商会的推文点赞，每人每天不少于3次",
      -- a quota of likes whoever is liked
      "团委组织团员为“优秀志愿者”候选人点赞，每名团员每天点赞不少于5次，完成情况纳入考核",
      -- round 40
      "为争创“文明单位”称号，组织职工每天为单位公众号文章点赞不少于10次",
      "2024年，各科室政务号全年转发量达到5000次的计2分",
      "2025年全县政务公众号推文总阅读量须达到300万次",
      -- an activity in one cell, its count in the next, under an assessment title
      { text = "| 考评项目 | 考评内容 | 评分办法 | 分值 |\n|---|---|---|---|\n| 推文互动 | “丰收某县”公众号推文点赞、留言 | 每人每周不少于5次 | 10 |",
        title = "某县农技推广中心2024年农技员考评细则" },
      "各村每周转发《某县日报》客户端新闻不少于3条，按条计分",
      -- a scoring-table row ranking the measure in another cell
      { text = "| 序号 | 项目 | 内容 | 分值 | 评分标准 |\n|---|---|---|---|---|\n| 5 | 宣传工作 | 学校视频号作品点赞量 | 4 | 按学期全区排名，前五名得满分 |",
        title = "中小学宣传工作考评评分表" },
      -- a paper's name in 《》 with its posts: media
      "各单位每天转发《XX日报》微信公众号推文不少于2次，纳入考核",
      "每个社区每天完成五百个点赞任务，完成情况纳入年终考核",
      "各单位每周转发县融媒体中心推文不少于两次，按次计分",
      "组织学生家长为作品投票，每班投票数不少于300票",
      { text = "政务公众号阅读量", scheme = true },
      { text = "科室医护人员全员为医院短视频点赞、转发，每人每周不少于5次（10分）",
        title = "县人民医院2023年度科室绩效考核方案" },
      "各單位每天轉發本縣政務微博不少於２０條，轉發情況每週統計並計入考核",
      "政务公众号阅读量排名后3位的运营单位扣2分",
      "各科室每人每周在公众号文章下留言不少于3条",
      "对县融媒体中心每条推文予以点赞，每人每天不少于3次，纳入月度考核",
      -- minutes where the meeting speaks: the vote it demands is online
      "会议要求，各科室组织职工为“最美护士”网络评选投票，每人每天不少于3票，每周通报",
      -- the units that forward, not the addressees of a document
      "各村转发“美丽乡村”宣传海报后须截图发至镇宣传办，按截图张数计分",
      -- a quota of votes beside the ban on inflating them
      "各单位组织职工每人每天投票不少于3次，对刷票行为一经查实取消资格",
      -- a commending sentence that still counts the likes
      "对点赞任务完成较好的单位通报表扬，干部职工每人每天为本单位推文点赞不少于3次",
      -- ... or whose commendation names the likes it rewards
      "对点赞完成率高的科室通报表扬，在院报为这些科室点赞",
      -- votes tied to assessment in their own segment beside a punished violation
      "各单位组织职工为“书香校园”作品投票，投票情况纳入年度考核，查实刷票的取消资格",
      -- a cheat given a quota and no target is demanded
      "各社区组织居民为“和美社区”评选刷票，每户每天不少于10票，纳入网格考核",
    },
    good = {
      -- round 54: a panel's vote and the count of its winners
      "监狱“最美警嫂”评选由评委会现场投票产生，共评出十名",
      "“优秀网格员”评选经职工投票后表彰20人",
      -- round 52: committee members and medical staff praised, whatever their number
      "为全县150名优秀妇联执委点赞",
      "为坚守抗疫一线的300名医护点赞",
      -- those who imposed it sanctioned, the sanction closing their segment
      "对要求村民每天为村务公众号文章点赞的村委会予以约谈",
      -- round 49: people praised by the deed told of them or by their role (骨干, 专干)
      "土地整治中心为在一线奋战的四十名技术骨干点赞",
      "为全年坚守一线的人防专干点赞",
      -- round 47: people praised by their post (站长, 校长, 村支书)
      "在全县退役军人工作会上，县委书记为二十名优秀服务站站长点赞",
      -- round 45: praise of those named to an honour
      "工商联为获评全国“五好”商会的3家商会点赞",
      "县妇联为荣获“巾帼文明岗”的5个窗口点赞",
      -- round 40
      "护理部为获得“优质护理病区”称号的12个病区点赞",
      "2024年，“某关发布”视频号全年作品播放量达到260万次",
      "2023年，全县政务号总点赞量达到120万次，部分作品获省级推介",
      -- a named year's total told, no duty
      "2024年“某市港航”公众号推文总阅读量达到210万次",
      -- ... of any engagement count (the analyzer's fact of a named year's total)
      "2023年“清风某县”视频号作品总点赞量达到86万次",
      -- a title relaying a document about a platform; a sanction against those who impose
      "某县统计局关于转发市统计局《关于推广应用“数统e报”平台的通知》的通知",
      "对向各测绘队下达APP点赞、投票任务的科室，查实后扣5分",
      -- a warning relayed to a village's WeChat group: relaying, not engagement
      "各村及时将暴雨预警信息转发至村民微信群，转发及时的村给予通报表扬",
      "对向基层摊派APP下载、点赞、投票任务的单位扣5分",
      -- a warning passed on is relaying, not engagement
      "对及时转发汛情警报的5个社区通报表扬",
      -- a title relaying a document (关于…的通报, 《…办法》)
      "转发市纪委监委关于“指尖上的形式主义”典型问题的通报",
      "转发省卫健委《医疗机构不良执业行为记分管理办法》",
      -- a notice relayed to its addressees (转发给你们, 转发如下)
      "现将县农业农村局通知转发给你们：县局要求各村“金穗助农”平台农户注册率不低于百分之六十，每月通报排名",
      "转发给你们的“平安家园”APP推广方案，请各村对照执行，注册率不低于80%，纳入考核",
      -- a record value (最高…量) stated with nothing demanded is a statistic
      "本季度单条短视频最高点赞量1.6万，评论区互动较为活跃",
      "未向村干部摊派点赞转发任务的，得满分",
      "禁止向学校、医院摊派点赞、投票任务",
      "针对部分单位要求职工“点赞”“转发”的问题，已责令立即整改",
      "县委常委会为全县二百名优秀村干部点赞",
      "收到上级文件后两小时内转发至各乡镇",
      "县政府办收到防汛紧急通知后第一时间转发给各单位",
      "村民代表会议投票表决，赞成票超过三分之二方可通过",
      "各单位在交流会上分享经验做法，每单位发言不超过10分钟",
      "学校开展“点赞身边好人”主题活动",
      "县委对抗击冰冻灾害中担当作为的乡镇干部给予点赞并通报表扬",
      "市教育局对坚守乡村讲台三十年的教师进行点赞",
      -- the praised named by a pronoun
      "对在疫情防控中冲锋在前的社区工作者，县委予以通报表扬，并公开为他们点赞",
      "各支部每月组织一次线上学习交流，分享学习体会",
      "网民在“领导留言板”的留言须在5个工作日内答复，按期办结率不低于95%",
      -- praise bestowed in a sentence that commends
      "县委对脱贫攻坚中成绩突出的6个村通报表扬，县融媒体中心予以点赞报道",
      -- a past practice told as a case
      "某区曾要求社区干部每天为政务微博点赞并截图，该做法已被市纪委通报",
      -- a vote at a meeting
      "支部委员会会议投票决定2名入党积极分子人选",
      -- inflated numbers punished: a ban, not a demand
      "网络评选中发现有单位组织刷票的，一律取消该单位评选资格并严肃处理",
      "线上评比活动严禁刷量，查实组织刷量的单位扣2分",
      -- a sentence that commends, whatever stands between 为 and 点赞
      "县融媒体中心推出专题报道，向冲在抗洪一线的救援队员致敬，为这些逆行的身影点赞",
      "市妇联对年度表现突出的服务窗口给予表彰，为窗口工作人员的热情服务点赞",
      -- the words of the commendation (考核优秀) do not count the likes
      "年度考核获评优秀等次的网格，由街道通报表扬，街道公众号同步为这份坚持点赞",
      -- the setting of a verified violation punished, wherever it stands
      "“书香校园”点赞评比结束后，凡有刷量行为并经核实的班级，取消其评优资格",
      -- a cheat the sanction targets, or whose results are voided, is banned
      "对通过刷票方式获取票数的作品，所得票数一律作废并取消评奖资格",
      "网络评选中利用软件刷赞的单位，取消年度评先资格",
      "短视频播放量评比中，对刷播放量的账号一律不予评奖",
    },
  },
  check = jianfu.metric_check {
    unless = { "点赞身边" },
    other = OTHER,
    standalone = STANDALONE,
    -- likes or votes whose screenshots or certificates must be collected and uploaded
    -- (or a scoring-table row that ranks it in another cell: | 推文阅读量 | 4 |
    -- 按季度全区排名，前十名得满分 |, the row an item of the scheme)
    counts = function(clause, hit)
      if jianfu.sentence_has(clause.text, hit.from, PROOF) then return true end
      local item = clause.table_row and clause.item
      if item then
        for _, t in ipairs(item.texts) do
          if jianfu.any_in(t, ROW_RANK, 1, #t) then return true end
        end
      end
      return false
    end,
    -- a template: metric_check writes it in C, with no evidence table to make
    message = "摊派或考核{metric_text}等网络互动数量{details}",
  },
}
