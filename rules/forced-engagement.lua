-- forced-engagement: quotas of likes, shares, comments, votes and reads.

-- 为扎根基层的驻村干部点赞: praise of people, not a click
local PRAISED = {
  "干部", "党员", "员", "者", "人", "同志", "群众", "英雄", "模范", "先进", "好人", "担当",
  "作为", "精神", "奉献", "坚守", "师", "生", "士", "警", "兵", "家", "们", "队", "集体", "单位",
  "社区", "乡镇", "村", "一线", "实干", "成绩", "成效", "行为", "举动", "做法",
  -- a pronoun for the people just praised: 通报表扬并为其点赞, 为他们点赞
  "其", "他", "她", "他们", "她们", "大家", "你们",
}
-- the likes counted right after 点赞: 点赞完成数, 点赞量, 点赞任务
local COUNTED = jianfu.words { "完成", "数", "量", "任务", "次", "率", "情况", "个" }
-- how the praise is given: 公开点赞, 集中点赞, 纷纷点赞, and the verbs that
-- bestow it (对…的干部予以点赞, 给予点赞, 进行点赞)
local PRAISE_MANNER = { "公开", "集中", "隆重", "一起", "共同", "纷纷", "热情", "予以", "给予", "进行" }
-- a commendation: the sentence honours someone (通报表扬, 表彰, 嘉奖)
local COMMENDED = jianfu.words { "表扬", "表彰", "嘉奖", "褒奖", "记功", "授予", "评为" }
-- praise in its own words: the sentence salutes or honours (致敬, 担当作为,
-- 表现突出, 事迹) even without a formal commendation
local HONOURED = jianfu.words { "表扬", "表彰", "嘉奖", "褒奖", "记功", "致敬", "担当作为", "表现突出",
  "成绩突出", "事迹", "先进典型", "榜样" }
-- likes given a count, a quota, a period or a task in the sentence: a like
-- task, whatever the sentence also commends (对点赞任务完成好的单位通报表扬)
local LIKE_QUOTA = jianfu.words { "每天", "每日", "每周", "每月", "每人", "每条", "每篇", "每个", "每次",
  "不少于", "不低于", "不得少于", "达到", "任务", "点赞数", "点赞量", "计分", "扣分", "排名", "截图",
  "完成率", "考核" }
-- what a document forwarded through official channels looks like
local DOC_WORDS = jianfu.words { "文件", "通知", "公文", "上级", "省、市", "省市", "精神", "批示", "函", "会议材料",
  "材料" }
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

-- The words that end the praised (PRAISED) and the manners of praise
-- (PRAISE_MANNER, all of two characters), as sets by byte length: other_meaning
-- looks up the bytes before a position instead of comparing each word.
local function by_length(list)
  local sets, lengths = {}, {}
  for _, w in ipairs(list) do
    if not sets[#w] then
      sets[#w] = {}
      lengths[#lengths + 1] = #w
    end
    sets[#w][w] = true
  end
  table.sort(lengths)
  return sets, lengths
end
local PRAISED_SETS, PRAISED_LENGTHS = by_length(PRAISED)
local MANNER = by_length(PRAISE_MANNER)[6]
for _, w in ipairs(PRAISE_MANNER) do assert(#w == 6, "PRAISE_MANNER: words of two characters") end
-- closing quotation marks: ” 」 』 》 (3 bytes) and " (1 byte)
local CLOSE_QUOTE3 = { ["”"] = true, ["」"] = true, ["』"] = true, ["》"] = true }
local QUOTE = string.byte('"')

-- (the helpers as upvalues: other_meaning runs on many hits)
local find, sub, byte = string.find, string.sub, string.byte
local sentence, sentence_has, any_in = jianfu.sentence, jianfu.sentence_has, jianfu.any_in

-- Does text[s..e] end with a word of PRAISED (the word lying in it)?
local function ends_praised(text, s, e)
  for k = 1, #PRAISED_LENGTHS do
    local n = PRAISED_LENGTHS[k]
    if e - n + 1 < s then return false end
    if PRAISED_SETS[n][sub(text, e - n + 1, e)] then return true end
  end
  return false
end

local N_FOR, N_TO = "为", "对"
-- The start of the last w (为 or 对: 3 bytes, occurring only whole in UTF-8,
-- so a plain search from s finds every one) lying in text[s..e], if after p;
-- else p.
local function last_of(text, w, s, e, p)
  local i = find(text, w, s, true)
  while i and i + 2 <= e do
    if not p or i > p then p = i end
    i = find(text, w, i + 3, true)
  end
  return p
end

-- Are the likes at hit given a count, a quota, a period or a task in their
-- sentence? Anywhere from their own segment on (为先进典型点赞,每人不少于3次),
-- but before it only in a segment that names the likes (对点赞任务完成好的
-- 单位通报表扬,…为他们点赞): a segment before that does not is the
-- commendation's, and its words qualify whom it commends (对考核优秀的单位
-- 通报表扬, 每月对表现突出的干部通报表扬)
local N_LIKE = jianfu.normalize("点赞")
local function likes_counted(text, hit)
  local a, b = jianfu.sentence(text, hit.from)
  local s = jianfu.segment(text, hit.from, hit.to)
  if jianfu.any_in(text, LIKE_QUOTA, s, b) then return true end
  local i = a
  while i < s do
    local _, e = jianfu.segment(text, i, i)
    if e >= s then e = s - 1 end
    local p = string.find(text, N_LIKE, i, true)
    if p and p + #N_LIKE - 1 <= e and jianfu.any_in(text, LIKE_QUOTA, i, e) then return true end
    i = e + 2
  end
  return false
end

-- other_meaning by the term of the hit
local OTHER = {}

OTHER["点赞"] = function(text, hit)
  -- 为X点赞 / 对X公开点赞 with X a person or deed: praise, unless the
  -- likes are counted (对各单位点赞完成数进行排名)
  if any_in(text, COUNTED, hit.to + 1, hit.to + 9) then return false end
  -- the sentence before the likes, text[a..f]; its last 为 or 对 and
  -- the words w = text[ws..we] between it and the likes
  local from = hit.from
  local a, f = sentence(text, from), from - 1
  local tail = f - 5 >= a and sub(text, f - 5, f) -- its last two characters
  if tail == "值得" or tail == "纷纷" then return true end
  local p = last_of(text, N_TO, a, f, last_of(text, N_FOR, a, f))
  if p then
    local ws, we = p + 3, f
    -- the manner of the praise: 公开点赞, 集中点赞
    if we - 6 >= ws and MANNER[tail] then we = we - 6 end
    -- 为20个“担当作为好团队”点赞: the praised may stand in quotation marks
    while true do
      if we >= ws and byte(text, we) == QUOTE then
        we = we - 1
      elseif we - 2 >= ws and CLOSE_QUOTE3[sub(text, we - 2, we)] then
        we = we - 3
      else
        break
      end
    end
    local comma = find(text, ",", ws, true)
    if not (comma and comma <= we) and ends_praised(text, ws, we) then return true end
  end
  -- a sentence that commends (通报表扬…,为他们的担当作为点赞; 表现突出的景区
  -- 给予通报表扬,为一线员工点赞) and gives the likes no count, quota, period
  -- or task praises, whatever stands between 为 and 点赞
  if sentence_has(text, from, HONOURED) and not likes_counted(text, hit) then
    return true
  end
  -- 对…的10个村通报表扬,政务公众号予以点赞宣传: praise bestowed (予以,
  -- 给予 right before it) in a sentence that commends
  if MANNER[tail] then return sentence_has(text, from, COMMENDED) end
  return false
end

-- 分享学习体会, 分享经验: sharing what was learnt, unless it is media content
OTHER["分享"] = function(text, hit)
  return not sentence_has(text, hit.from, MEDIA_WORDS)
end

-- 转发上级文件, 分享经验: official channels and experience, not media
OTHER["转发"] = function(text, hit)
  local _, b = sentence(text, hit.from)
  local doc = sentence_has(text, hit.from, DOC_WORDS) or
    any_in(text, ADDRESSEES, hit.to + 1, b) or
    find(text, "分享经验", 1, true) or find(text, "经验分享", 1, true)
  return doc and not sentence_has(text, hit.from, MEDIA_WORDS)
end

OTHER["投票"] = function(text, hit)
  return sentence_has(text, hit.from, VOTE_OTHER) or meeting_vote(text, hit.from)
end

-- 网民留言办理, 回复群众留言: messages from the public to be handled, not a
-- comment quota on the staff
local function handled(text, hit)
  return sentence_has(text, hit.from, HANDLED)
end
OTHER["留言"], OTHER["跟帖"], OTHER["回帖"] = handled, handled, handled

OTHER["评论"] = function(text, hit)
  return sentence_has(text, hit.from, COMMENTARY) and
    not sentence_has(text, hit.from, COMMENT_COUNT)
end

local function other_meaning(clause, hit)
  local other = OTHER[hit.term]
  if other then return other(clause.text, hit) end
  return false
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
  triggers = {
    "点赞", "点赞量", "点赞数", "转发", "转发量", "转发数", "转发率", "评论", "评论数", "评论量",
    "分享", "分享数", "分享量", "投票", "投票数", "投票率", "拉票", "刷票", "刷量", "打榜",
    "阅读量", "阅读数", "阅读率", "阅读人数", "播放量", "观看量", "观看人次", "收看率",
    "完播率", "互动量", "互动率", "三连", "留言数", "转载量", "浏览转发",
    -- synonyms of 评论: 留言, 跟帖, 回帖
    "留言", "留言量", "跟帖", "跟帖数", "回帖",
  },
  examples = {
    bad = {
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
    other = other_meaning,
    standalone = { "全员参与点赞", "全员点赞", "全员转发", "全员投票", "全员参与投票", "全员参与转发",
      "全员分享", "人人点赞", "人人转发", "人人投票", "摊派点赞", "强制点赞", "强制转发",
      "强制投票", "动员点赞", "发动点赞" },
    -- likes or votes whose screenshots or certificates must be collected and uploaded
    counts = function(clause, hit)
      return jianfu.sentence_has(clause.text, hit.from, PROOF)
    end,
    message = function(ev)
      return "摊派或考核" .. jianfu.metric_text(ev) .. "等网络互动数量" .. jianfu.details(ev)
    end,
  },
}
