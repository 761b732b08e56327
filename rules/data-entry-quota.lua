-- data-entry-quota: quotas for entering or reporting records into a platform
-- (录入任务数, 每月上报不少于N条, 信息报送数量计分), with or without a named
-- platform, especially with periodic notification.

local N = jianfu.normalize
-- words compared on every check, normalized once
local N_COPIES, N_RATE, N_TASK = N("一式"), N("完成率"), N("任务")

-- records added on a platform (see ENTRY)
-- (or after a quoted platform name: 在“网格e通”新增事件不少于5件)
-- (and with the period of the quota between them: “助残e家”每月新增残疾人动态
-- 数据不少于40条, 平台每季度新增)
local ADDED = { "平台新增", "平台上新增", "系统新增", "系统中新增", "app新增", "app上新增",
  "”新增", "”上新增", "」新增", "」上新增" }
for _, place in ipairs { "平台", "系统", "app", "”", "」" } do
  for _, period in ipairs { "每日", "每天", "每周", "每月", "每季度", "每年", "全年" } do
    ADDED[#ADDED + 1] = place .. period .. "新增"
  end
end
-- entering / reporting records
local ENTRY = jianfu.words(jianfu.norm_list {
  "录入", "上报", "报送", "填报", "采集", "登记", "提交", "录报", "报录", "投稿", "供稿", "发稿",
  -- filling in and entering at once (案卡填录, 填录随访记录)
  "填录",
  -- entering records after the fact (补录抄表数据不少于200户; not 对漏录的数据
  -- 及时补录, which sets no count)
  "补录",
  -- publishing posts on a platform is entering records too (发布村务动态不少于10条,
  -- 在公众号推送普法图片新闻不少于4条)
  "发布", "发帖", "更新动态", "推送",
  -- uploading records (上传工作动态不少于3条), unless its sentence uploads a
  -- photo, a screenshot or a video: proof, trace-evidence's (see TRACE_OBJECT)
  "上传",
  -- writing records on a platform (通过APP记录服务日志不少于20条, 在系统填写
  -- 走访日志): entry only where a platform stands before it (see WRITTEN)
  "记录", "填写", "撰写",
  -- (updating records on a platform, 在“信访e办”每周更新案件办理信息不少于5条:
  -- entry only where a platform stands before it, as for 记录; not 更新设备)
  "更新",
  -- records added on a platform (在“社会治理”平台新增事件不少于2件): 新增
  -- alone adds jobs or firms, after a platform word it enters records
  table.unpack(ADDED),
})
-- the verbs that write records: entry only on a platform (jianfu.written_record)
local WRITTEN = { [N("记录")] = true, [N("填写")] = true, [N("撰写")] = true, [N("更新")] = true }
-- (not a platform's new users: app新增注册用户 is install-registration-quota's)
-- (新增 and what is added: a block overlaps every ADDED word ending in 新增)
local ADDED_UNLESS = {}
for _, w in ipairs { "注册", "用户", "关注", "粉丝", "下载", "安装", "会员", "账号", "人数", "订阅",
  -- (people acquired: 新增客户200户 is install-registration-quota's, see jianfu.ACQUIRED)
  "客户", "商户", "好友" } do
  ADDED_UNLESS[#ADDED_UNLESS + 1] = "新增" .. w
end
-- the same characters meaning something else (reporting a real incident once,
-- handing in a form, registering property)
local ENTRY_UNLESS = jianfu.words(jianfu.norm_list {
  "登记率", "确权登记", "不动产登记", "登记覆盖率", "报送县", "报送至", "报送市", "报送区",
  "下载附件", "及时上报", "当日上报", "第一时间", "立即上报",
  -- the compliant principle: collect once, share everywhere
  "一次采集", "多方共享", "多方共用",
  -- publishing a notice, a warning or a policy once is no count of posts
  "发布通知", "发布预警", "发布公告", "发布会", "新闻发布", "发布的通知",
  -- data a system pushes on (自动推送, 推送至各部门) is no post
  "自动推送", "推送至", "推送到", "推送给", "实时推送", "消息推送", "推送消息",
  table.unpack(ADDED_UNLESS),
})
-- ... but the place sent to (报送县, 报送市, 报送区: passed on up) is no place
-- where the next characters name what is reported (报送市场动态信息, 报送市民
-- 诉求, 报送县域经济数据, 报送区域动态): the entry stands
local SENT_NOUN = jianfu.words(jianfu.norm_list { "报送市场", "报送市民", "报送市容", "报送县域",
  "报送区域", "报送区块" })
-- (unless an office closes the name within five characters: 报送市场监管局,
-- 报送市民服务中心 are places)
local SENT_OFFICE = jianfu.words(jianfu.norm_list { "局", "所", "中心", "部门", "办公室", "委", "科" })
local N_SEND = N("报送")
local function by_pos(x, y) return x.from < y.from end
local function entry_terms(text)
  local hits = jianfu.find_terms(text, ENTRY, ENTRY_UNLESS)
  local extra = jianfu.find_all(text, SENT_NOUN)
  if #extra == 0 then return hits end
  local added = false
  for _, x in ipairs(extra) do
    if not jianfu.any_in(text, SENT_OFFICE, x.to + 1, x.to + 15) then
      hits[#hits + 1] = { term = N_SEND, from = x.from, to = x.from + #N_SEND - 1 }
      added = true
    end
  end
  if not added then return hits end
  table.sort(hits, by_pos)
  return hits
end
-- engaging with a post: a count after it (公众号发布的每篇推文下留言评论不少于
-- 10条, 在“XX发布”公众号推文留言区发表体会不少于10条) counts the comments,
-- forced-engagement's, not records entered (see record_count)
local ENGAGE = jianfu.words(jianfu.norm_list { "留言", "评论", "点赞", "转发", "跟帖", "回帖", "投票", "在看" })
local N_UPLOAD = N("上传")
local TRACE_OBJECT = jianfu.words(jianfu.norm_list { "照片", "图片", "截图", "视频", "影像", "录像",
  "相片", "图像", "佐证", "证明", "证书", "合影", "拍照", "拍摄", "留痕" })
-- A video or a picture that is what a channel publishes (上传庭审视频 to a
-- “庭审公开” platform, 发布防诈宣传视频) is a post, not proof
-- (jianfu.published, the test trace-evidence asks too).
local MEDIA = { [N("视频")] = true, [N("图片")] = true }
-- does the sentence of the upload at h upload proof: a trace object that is
-- not a published video or picture?
-- A certificate that is the record itself, a deed the platform files (上传电子
-- 公证书存档不少于50份: 公证书 is a notarial deed, not a certificate shown as
-- proof), is no trace object.
local TRACE_UNLESS = jianfu.words(jianfu.norm_list { "公证书" })
local function uploads_proof(text, h)
  if not jianfu.sentence_has(text, h.from, TRACE_OBJECT) then return false end
  local a, b = jianfu.sentence(text, h.from)
  for _, t in ipairs(jianfu.find_terms(string.sub(text, a, b), TRACE_OBJECT, TRACE_UNLESS)) do
    if not (MEDIA[t.term] and jianfu.published(text, a + t.from - 1)) then return true end
  end
  return false
end
-- an entry verb that closes a quoted name (“XX发布”公众号) names an account
local NAME_CLOSE = { ["”"] = true, ["」"] = true, ["』"] = true }
-- a post someone else published, engaged with (转发县融媒体中心推送的文章不少于
-- 3篇, 点赞发布的视频): 发布的/推送的 after an engagement in its segment
local PUBLISH = { [N("发布")] = true, [N("推送")] = true }
local N_DE = N("的")
-- (or the post named right after it: 转发“侨心通”推送文章不少于5篇, 分享平台发布
-- 视频 — a pushed article, the object of the engagement)
local POST_NOUN = jianfu.words(jianfu.norm_list { "文章", "推文", "信息", "视频", "内容", "消息", "稿件",
  "作品", "新闻", "图文", "短视频", "链接" })
local function engaged_post(text, h)
  if not PUBLISH[h.term] then return false end
  if string.sub(text, h.to + 1, h.to + #N_DE) ~= N_DE and jianfu.any_in(text, POST_NOUN, h.to + 1, h.to + 9) ~= h.to + 1 then
    return false
  end
  local s = jianfu.segment(text, h.from, h.to)
  return jianfu.any_in(text, ENGAGE, s, h.from - 1) ~= nil
end
-- publishing a policy once is no count of posts (发布政策, see ENTRY_UNLESS),
-- but posts about policies are posts (发布政策解读信息，每条计0.5分, 发布政策
-- 宣传图文不少于4条)
local N_POLICY = N("政策")
local POLICY_POST = jianfu.norm_list { "解读", "宣传", "信息", "问答", "图解", "科普", "动态", "知识",
  "资讯", "短视频", "图文" }
local function policy_issued(text, h)
  if not PUBLISH[h.term] or string.sub(text, h.to + 1, h.to + #N_POLICY) ~= N_POLICY then
    return false
  end
  local at = h.to + #N_POLICY + 1
  for _, w in ipairs(POLICY_POST) do
    if string.sub(text, at, at + #w - 1) == w then return false end
  end
  return true
end
-- the entry verbs of the text, less an upload of proof and a verb in a name
local function entries(text)
  local hits = entry_terms(text)
  local out
  for i, h in ipairs(hits) do
    local proof = NAME_CLOSE[string.sub(text, h.to + 1, h.to + 3)] == true or engaged_post(text, h)
      or policy_issued(text, h)
    if proof then
      -- (a name, not an entry)
    elseif h.term == N_UPLOAD then
      proof = uploads_proof(text, h)
    elseif WRITTEN[h.term] then
      proof = not jianfu.written_record(text, h.from, h.to)
    end
    if proof and not out then
      out = {}
      for j = 1, i - 1 do out[j] = hits[j] end
    elseif not proof and out then
      out[#out + 1] = h
    end
  end
  return out or hits
end

-- units that make a number a count of records
-- (期: issues of a bulletin, 报送简报不少于4期)
local RECORD_UNITS = { ["条"] = true, ["件"] = true, ["篇"] = true, ["份"] = true, ["起"] = true,
  ["则"] = true, ["例"] = true, ["期"] = true,
  -- (批次: batches of samples checked, 录入抽检信息不少于30批次)
  ["批次"] = true,
  ["户"] = true,
  -- (firms visited or served, counted by the entering verbs as households are:
  -- 录入走访企业记录不少于8家; not 新登记市场主体20家)
  ["家"] = true }
-- household records (录入民情档案不少于150户) are counted by the entering verbs
-- only: 新登记市场主体2.3万户 counts enterprises
local HOUSEHOLD_VERBS = { [N("录入")] = true, [N("采集")] = true, [N("填报")] = true, [N("录报")] = true,
  [N("补录")] = true }
-- ... and records added on a platform (在“食安摊点通”新增摊贩档案不少于25户: the
-- platform word before 新增 makes them entries), unless what is added between
-- them is people or firms acquired (“网上国网”新增绑定用户不少于1200户, 平台新增
-- 企业注册数不少于30户: install-registration-quota's)
local ADDED_HOUSEHOLD = {}
for _, v in ipairs(ADDED) do ADDED_HOUSEHOLD[N(v)] = true end
local ACQUIRED_HOUSEHOLD = jianfu.words(jianfu.norm_list { "注册", "激活", "绑定", "开通", "下载", "安装",
  "关注", "用户", "客户", "商户", "会员", "粉丝", "好友", "账号", "企业", "主体" })
-- (the units counted by the entering verbs only, 户 also by records added on a platform)
local BY_ENTRY = { ["户"] = true, ["家"] = true }
-- ... and by the reporting verbs when a record noun stands between the verb and
-- the count in its segment (上报住户记账审核记录不少于50户, 上报救助对象信息不少于
-- 20户: a household's record is one entry; not 上报新增参保户不少于20户, 上报走访
-- 不少于20户, which count households served or insured)
-- (上传 too, the same act: 上传入户安检记录不少于30户; an upload of photos is
-- proof, dropped before, see uploads_proof)
local REPORT_HOUSEHOLD = jianfu.norm_set { "上报", "报送", "提交", "上传" }
local HOUSEHOLD_RECORDS = jianfu.words(jianfu.norm_list { "记录", "信息", "档案", "数据", "台账" })
local function households(text, vterm, vto, nfrom)
  if HOUSEHOLD_VERBS[vterm] then return true end
  if REPORT_HOUSEHOLD[vterm] and nfrom > vto and jianfu.segment(text, nfrom, nfrom) <= vto and
      jianfu.any_in(text, HOUSEHOLD_RECORDS, vto + 1, nfrom - 1) then
    return true
  end
  if ADDED_HOUSEHOLD[vterm] ~= true or nfrom <= vto then return false end
  -- (firms or people named before a record noun are whose records are added,
  -- 在“市监e巡”新增经营主体检查记录不少于25户, 新增企业巡查档案: records; a
  -- record noun after every acquired word up to the count)
  local last
  for _, w in ipairs(ACQUIRED_HOUSEHOLD) do
    local a, b = string.find(text, w, vto + 1, true)
    while a and b <= nfrom - 1 do
      if not last or b > last then last = b end
      a, b = string.find(text, w, a + 1, true)
    end
  end
  return not last or jianfu.any_in(text, HOUSEHOLD_RECORDS, last + 1, nfrom - 1) ~= nil
end
-- nouns that count records
local COUNT_WORDS = jianfu.words(jianfu.norm_list {
  "任务数", "录入任务", "年度任务", "数量", "条数", "件数", "录入量", "上报量", "报送量",
  -- an entering verb counted (录入数, 填录数, 上报数 ranked: not 上报数据, see split_word)
  "录入数", "上报数", "报送数", "填报数", "采集数", "填录数", "填录量",
  -- the times an entering verb is done, counted (上报次数每月排名, 报送次数纳入
  -- 考核: the volume of reporting; not 上报一次, 按时上报率)
  "上报次数", "报送次数", "填报次数", "录入次数", "上传次数", "补录次数",
  "采集量", "填报量", "发稿量", "投稿量", "供稿量", "稿件数", "按条", "每条计", "量化计分", "完成率",
  "期数", "篇数", "按篇", "每篇计",
})
-- what makes a count of records count
local COUNT_LINK = jianfu.words(jianfu.norm_list {
  "考核", "考评", "计分", "得分", "扣", "加", "排名", "通报", "绩效", "挂钩", "下达", "纳入",
  "不少于", "不低于", "达到", "以上", "不足",
})

-- is there a threshold counted in this unit?
-- (one copy, 份, set by its verb alone is a copy of a form, not a quota:
-- 再以纸质表格填报一份交民宗局, 报送工作总结一份; a bound makes it one:
-- 每月报送信息不少于1份)
local N_FEN = N("份")
local ONE_BOUND = jianfu.words(jianfu.norm_list { "不少于", "不低于", "不得少于", "至少", "以上" })
local function threshold_in(thresholds, unit, text)
  for _, t in ipairs(thresholds) do
    if t.unit == unit and not (unit == N_FEN and t.value == 1 and
        not jianfu.any_in(text, ONE_BOUND, t.from, t.to)) then
      return true
    end
  end
  return false
end

-- a number that closes a quoted name (“金税三期”, 「二期工程」) is part of the
-- name, not a count, unless a threshold reads it (要求“每月报送不少于4期”)
local CLOSE_QUOTES = { ["”"] = true, ["」"] = true, ["』"] = true, ["》"] = true }
local function in_name(clause, text, n)
  for _, t in ipairs(clause.thresholds) do
    if jianfu.overlaps(t.from, t.to, n.from, n.to) then return false end
  end
  return true
end

-- the count of records nearest the entry verb v (from, to, term), or nil
-- "同一份报表", "任一条" name one record, not a quota: only a count above one
-- or one stated as a threshold (of records) is a quota
-- a count before the verb in an earlier segment counts another activity
-- ("完成五百个点赞、一百条转发任务，由社区书记汇总上报街道")
-- (the cheap tests first; every test is pure, so their order does not matter)
-- items adopted (被采纳三条以上, 采用5篇): a count of an outcome, which the
-- receiver decides, not a quota of items reported; the adoption word stands
-- at most a few characters before the count (not 采用线上方式报送,不少于5条)
local ADOPTED = jianfu.words(jianfu.norm_list { "采纳", "采用", "录用", "采信", "刊用", "刊发" })
local ADOPTED_REACH = 15 -- bytes: five characters

-- records counted by 个 (报送调解案例不少于6个, 上报问题线索5个, 报送6个案例):
-- a count of records only when a record noun stands between the verb and the
-- count in its segment, or right after the count (not 报送重点项目3个)
local RECORD_NOUNS = jianfu.words(jianfu.norm_list { "案例", "线索", "信息", "事件", "案件", "稿件",
  "素材", "做法", "经验",
  -- problems and hazards reported (上报问题点位不少于60个, 上报隐患不少于5个)
  "问题", "隐患" })
-- (信息系统, 信息平台, 案件中心 name a system, not records: 填报信息系统由38个精简至15个)
local NOUN_NOT = jianfu.words(jianfu.norm_list { "系统", "平台", "中心", "化", "员", "库" })
local N_GE = N("个")
-- (places, counted as 个 is: 上报火灾隐患不少于15处, the hazards found; not 设置
-- 服务点10处; see records_by_ge)
local BY_GE = { [N_GE] = true, [N("处")] = true }
local function record_noun(text, a, b)
  for _, w in ipairs(jianfu.find_all(text:sub(a, b), RECORD_NOUNS)) do
    local after = a + w.to
    if jianfu.any_in(text, NOUN_NOT, after, after + 5) ~= after then return a + w.from - 1 end
  end
  return nil
end
local N_CHU = N("处")
local function records_by_ge(text, vto, n)
  local s, e = jianfu.segment(text, n.from, n.to)
  -- (places count the noun before them only: 隐患不少于15处; 三处信息一致 are
  -- three places the same records are kept in)
  if n.unit == N_CHU then
    return n.from > vto and s <= vto and record_noun(text, vto + 1, n.from - 1) ~= nil
  end
  if n.from <= vto or s > vto then
    -- (the count after the verb in its own segment, or right before the noun)
    return record_noun(text, n.to + 1, n.to + 6) == n.to + 1
  end
  return record_noun(text, vto + 1, n.from - 1) ~= nil or
    record_noun(text, n.to + 1, math.min(e, n.to + 6)) == n.to + 1
end
-- reports counted in 次 (每天在“公交e行”上报客流数据不少于3次): a count of the
-- reports themselves only as a lower bound after the verb in its sentence
-- (a threshold, 不少于3次; not 漏报一次, 每2小时上报一次), and not in a work
-- group (在群内每天报送不少于3次 is the group's duty, chat-group-burden's)
local N_CI = N("次")
local LOWER = { [">="] = true, [">"] = true }
local IN_GROUP = jianfu.words(jianfu.norm_list { "群" })
-- the bound written right before the count (不少于3次; not 重复填报三次, which
-- says how often the same data is entered)
local BOUND_BEFORE = jianfu.norm_list { "不少于", "不低于", "不得少于", "至少" }
-- (or right after it: 上报检测数据三次以上, 报送五次及以上)
local BOUND_AFTER = jianfu.norm_list { "以上", "及以上" }
-- (what else a count in 次 may count between the verb and it: shares, reads,
-- views of what is published, 发布的短视频完成二百次分享, 单篇阅读量须达到2000次)
local TIMES_OF = jianfu.words(jianfu.norm_list { "量", "次数", "的", "分享", "转发", "点赞", "评论", "阅读",
  "浏览", "播放", "观看", "点击" })
-- (the verbs that send data on, whose times a day can be a quota: not 登记,
-- 记录, 发布 …, whose 次 count other things: 登记打卡不少于2次)
local TIMES_VERBS = jianfu.norm_set { "上报", "报送", "填报", "录入", "录报", "报录", "填录", "补录" }
local function reports_counted(clause, text, vterm, vto, n)
  if not TIMES_VERBS[vterm] or n.from <= vto or n.value <= 1 then return false end
  local s, e = jianfu.segment(text, vto, vto)
  if n.from > e then return false end
  local bound = false
  for _, w in ipairs(BOUND_BEFORE) do
    if n.from > #w and string.sub(text, n.from - #w, n.from - 1) == w then bound = true break end
  end
  if not bound then
    for _, w in ipairs(BOUND_AFTER) do
      if string.sub(text, n.to + 1, n.to + #w) == w then bound = true break end
    end
  end
  if not bound or jianfu.any_in(text, TIMES_OF, vto + 1, n.from - 1) then return false end
  local a, b = jianfu.sentence(text, vto)
  if jianfu.any_in(text, IN_GROUP, a, b) then return false end
  for _, t in ipairs(clause.thresholds) do
    if t.unit == N_CI and LOWER[t.op] and jianfu.overlaps(t.from, t.to, n.from, n.to) then return true end
  end
  return false
end
-- a quota of records set in the comma segment right before the entry's, the
-- records its subject (侨情信息每月新增不少于20条，须在“侨务e家”录入: the
-- count stands before the platform and the verb): a lower bound in that unit
local COMMA_BYTE = string.byte(",")
local SHARED_POSTS = jianfu.words(jianfu.norm_list { "留言", "评论", "点赞", "转发", "跟帖", "回帖", "投票",
  "在看", "分享", "阅读", "观看" })
local function quota_before(clause, text, n, seg_from)
  if seg_from < 3 or string.byte(text, seg_from - 1) ~= COMMA_BYTE then return false end
  local ps = jianfu.segment(text, seg_from - 2, seg_from - 2)
  if n.from < ps then return false end
  -- (records counted there, 信息, 线索, 事件: not posts shared or forwarded,
  -- 分享党建文章不少于3篇，分享记录…上报, whose count is the engagement's)
  if not record_noun(text, ps, n.from - 1) or jianfu.any_in(text, SHARED_POSTS, ps, n.from - 1) then
    return false
  end
  for _, t in ipairs(clause.thresholds) do
    if t.unit == n.unit and LOWER[t.op] and jianfu.overlaps(t.from, t.to, n.from, n.to) then return true end
  end
  return false
end
-- one copy of each form (录入后，须再以Excel表格和纸质档案各报送一份, 纸质版和
-- 电子版各一份): 各 at most three characters before a count of one (各一份,
-- 各报送一份), in its segment, is no quota of records, a threshold of one
-- though the analysis reads (not 每月报送信息不少于5份)
local N_GE_EACH = N("各")
local EACH_REACH = 12 -- bytes: 各 and three characters
local function each_one(text, n)
  local s = jianfu.segment(text, n.from, n.to)
  local a = string.find(text, N_GE_EACH, math.max(s, n.from - EACH_REACH), true)
  return a ~= nil and a < n.from
end
local function record_count(clause, text, vfrom, vto, vterm)
  local q, qdist, seg_from, thresholds
  for _, n in ipairs(clause.numbers) do
    local unit = n.unit
    if (RECORD_UNITS[unit] and (not BY_ENTRY[unit] or households(text, vterm, vto, n.from))) or
        (BY_GE[unit] and records_by_ge(text, vto, n)) or
        (unit == N_CI and reports_counted(clause, text, vterm, vto, n)) then
      local nfrom = n.from
      local dist = math.abs(nfrom - vfrom)
      if not q or dist < qdist then
        if nfrom <= vto and not seg_from then seg_from = jianfu.segment(text, vfrom, vto) end
        -- (每发布一条视频…不少于30个赞: the threshold counts likes, not posts)
        if nfrom > vto or nfrom >= seg_from or quota_before(clause, text, n, seg_from) then
          local counted = n.value > 1
          if not counted and not each_one(text, n) then
            thresholds = thresholds or clause.thresholds
            counted = threshold_in(thresholds, unit, text)
          end
          -- 一式三份: copies of one paper form, not a count of records
          if counted and text:sub(math.max(1, nfrom - 6), nfrom - 1) ~= N_COPIES and
              not (CLOSE_QUOTES[text:sub(n.to + 1, n.to + 3)] and in_name(clause, text, n)) and
              not (nfrom > vto and
                (jianfu.any_in(text, ADOPTED, math.max(vto + 1, nfrom - ADOPTED_REACH), nfrom - 1) or
                 jianfu.any_in(text, ENGAGE, vto + 1, nfrom - 1))) then
            q, qdist = n, dist
          end
        end
      end
    end
  end
  return q
end

-- a counting noun whose 数 begins another word: 事件数据, 案件数字化 hold
-- 件数 but count nothing (the 数 is 数据's)
local N_SHU = N("数")
local NOT_COUNT_AFTER = { [N("据")] = true, [N("字")] = true, [N("值")] = true, [N("码")] = true }
local function split_word(text, c)
  if text:sub(c.to - #N_SHU + 1, c.to) ~= N_SHU then return false end
  return NOT_COUNT_AFTER[text:sub(c.to + 1, c.to + 3)] == true
end

-- a counting noun that names what a report holds (储备粮库存数量月报, 人口数量
-- 统计表, 在园人数数量日报: the report of a stock or a population counted, by
-- its name): a form or a periodic report right after it, no entering verb
-- right before it (录入数量月报排名 counts the entries)
local NAMED_REPORT = jianfu.words(jianfu.norm_list { "月报", "周报", "日报", "季报", "年报", "旬报",
  "快报", "报表", "统计表", "汇总表", "明细表", "登记表", "台账", "清单" })
local ENTRY_BEFORE = jianfu.words(jianfu.norm_list { "录入", "上报", "报送", "填报", "采集", "上传",
  "提交", "登记", "发布", "录", "报", "信息", "稿件" })
local N_QTY = N("数量")
local function report_name(text, c)
  if c.term ~= N_QTY or jianfu.any_in(text, NAMED_REPORT, c.to + 1, c.to + 9) ~= c.to + 1 then
    return false
  end
  local b = math.max(1, c.from - 6)
  for _, w in ipairs(jianfu.find_all(text:sub(b, c.from - 1), ENTRY_BEFORE)) do
    if b + w.to - 1 == c.from - 1 then return false end
  end
  return true
end

-- a score per record written out (每条记0.5分, 每篇0.2分, 每上报1条得1分:
-- jianfu.per_record) that is not renounced, as a counting noun that counts
-- by itself (.scored), or nil
local function record_score(clause, text)
  local f, t = jianfu.per_record(clause)
  if f and not jianfu.negated(clause, f, t) then
    return { term = text:sub(f, t), from = f, to = t, scored = true }
  end
  return nil
end

-- counting nouns that may open a score per record written out (每条计0.2分)
local SCORED_WORDS = jianfu.norm_set { "按条", "每条计", "按篇", "每篇计" }
-- the first counting noun that is not renounced, else a score per record, or nil
local function count_word(clause, text, vto)
  for _, c in ipairs(jianfu.find_terms(text, COUNT_WORDS)) do
    -- a completion rate is a count of records only for an entry task
    -- ("录入任务完成率"), not for real work ("目录编制完成率")
    -- or for the entry itself ("数据录入完成率")
    local rate_ok = c.term ~= N_RATE or string.find(text, N_TASK, 1, true)
      or c.from == vto + 1
    if rate_ok and not split_word(text, c) and not report_name(text, c) and
        not jianfu.negated(clause, c.from, c.to) then
      -- (每条计0.2分 written out is a score per record: it counts by itself)
      -- (not one of records adopted: 被采用的，每条计1分 scores an outcome)
      if SCORED_WORDS[c.term] then
        local r = record_score(clause, text)
        if r then return r end
        if not jianfu.adopted(text, c.from, c.to) then return c end
      else
        return c
      end
    end
  end
  return record_score(clause, text)
end

-- A row of a scoring table states the duty in one cell and how it is scored in
-- another (| 每月报送政务信息 | 按条计分 |), as may the sentences of a numbered
-- item: a clause that scores per record (按条计分, 每篇计0.2分) counts the
-- records its item's other clauses enter or report. The rule runs on such a
-- clause through these words among its triggers, so the item (costly to
-- build) is read only there.
local PER_RECORD = jianfu.words(jianfu.norm_list { "按条", "每条计", "按篇", "每篇计", "按期数", "按件计" })
-- (a clause that renounces the count, 报送数量不纳入考核, counts nothing: the
-- analysis of another clause is not at hand, so its renouncing words are
-- looked for in its text)
local RENOUNCE = jianfu.words(jianfu.norm_list { "不作", "不纳入", "不列入", "不得", "不再", "取消", "不以",
  "不将", "不按", "不排名", "不通报" })
local function per_record(clause, report)
  local text = clause.text
  local c = jianfu.first_live(clause, jianfu.find_terms(text, PER_RECORD)) or record_score(clause, text)
  if not c or jianfu.any_in(text, RENOUNCE, 1, #text) then return end
  if not c.scored and not jianfu.made_to_count(clause) and not jianfu.live_word(clause, COUNT_LINK) then
    return
  end
  local item = clause.item
  if not item then return end
  for _, t in ipairs(item.texts) do
    local v = entry_terms(t)[1]
    if v and policy_issued(t, v) then v = nil end
    if v and not jianfu.any_in(t, RENOUNCE, 1, #t) then
      local ev = jianfu.evidence(clause, c.from)
      ev.metric = v.term
      ev.count = c.term
      report {
        from = c.from, to = c.to, evidence = ev,
        message = "以“" .. v.term .. "”的条数计分（“" .. c.term .. "”），作为考核指标" .. jianfu.evidence_details(ev),
      }
      return
    end
  end
end

-- the count that makes entry v count: a number of 条/件 (q) or a counting
-- noun made to count (cw); nothing when there is none
local function counted(clause, text, v)
  local q = record_count(clause, text, v.from, v.to, v.term)
  if q then return q end
  local cw = count_word(clause, text, v.to)
  if not cw then return nil end
  if not cw.scored and not jianfu.made_to_count(clause) and not jianfu.live_word(clause, COUNT_LINK) then
    return nil
  end
  return nil, cw
end

-- A row of a scoring table names the entry in one cell and sets its count in
-- another (| “民情通”系统信息录入 | 每月不少于30条，每少1条扣0.2分 |), as may
-- the fields of a scheme item: an entry with no count of its own counts
-- when its item sets a bare count of records (a threshold in 条, 件, 篇 …; 户
-- only for the entering verbs) and no clause of the item renounces it. The
-- count is bare when at most a period or a person (每月, 每人每月) stands
-- before it in its segment: a count after an activity of its own (每月转发推文
-- 不少于20条, 每月上报民情信息不少于20条) is that activity's. An entry
-- measured by a threshold of its own (上报事件的按时处置率达到95%) is not the
-- item's count either.
-- (Or when only what the count is per stands before it: 每月每名幼儿不少于4条,
-- 每个村每季度: each 每 followed by at most four characters, none of them an
-- entry verb.)
local BARE = 12 -- bytes: four characters
local N_MEI = N("每")
local function per_only(t, s, a)
  if string.sub(t, s, s + #N_MEI - 1) ~= N_MEI then return false end
  local i = s
  while i < a do
    local j = string.find(t, N_MEI, i + #N_MEI, true)
    if not j or j > a then j = a end
    if j - i - #N_MEI > BARE or jianfu.any_in(t, ENTRY, i, j - 1) then return false end
    i = j
  end
  return true
end
local function bare_count(item, th)
  for _, t in ipairs(item.texts) do
    local a = string.find(t, th.text, 1, true)
    if a then
      local s = jianfu.segment(t, a, a + #th.text - 1)
      return a - s <= BARE or per_only(t, s, a)
    end
  end
  return false
end
local function item_quota(clause, report, v)
  -- (a row or a scheme item: the engine's needs test reads their other clauses)
  if not (clause.table_row or clause.scheme_item) or #clause.thresholds > 0 then return end
  local item = clause.item
  if not item then return end
  -- (records counted by 个 when the entry names a record noun after its
  -- verb: | “环卫e巡”上报问题点位 | 每月不少于50个 |)
  local ge_ok
  local th
  for _, t in ipairs(item.thresholds) do
    local unit = t.unit
    if BY_GE[unit] and ge_ok == nil then
      local text = clause.text
      ge_ok = record_noun(text, v.to + 1, select(2, jianfu.segment(text, v.from, v.to))) ~= nil
    end
    -- (reports counted in 次 as a lower bound: | 在“医保通”上报经办数据 | 每天不少于2次 |,
    -- see reports_counted)
    if (RECORD_UNITS[unit] and (not BY_ENTRY[unit] or HOUSEHOLD_VERBS[v.term]) or
        (BY_GE[unit] and ge_ok) or (unit == N_CI and TIMES_VERBS[v.term] and LOWER[t.op])) and
        t.value > 1 and bare_count(item, t) then
      th = t
      break
    end
  end
  if not th then return end
  for _, t in ipairs(item.texts) do
    if jianfu.any_in(t, RENOUNCE, 1, #t) then return end
  end
  local ev = jianfu.evidence(clause, v.from)
  ev.metric = v.term
  ev.threshold = { op = th.op, value = th.value, unit = th.unit }
  report {
    from = v.from, to = v.to, evidence = ev,
    message = "给“" .. v.term .. "”下达条数任务，以录入、报送数量作为考核指标" .. jianfu.evidence_details(ev),
  }
end

-- A figure relayed by 接龙 in a work group (每天20时前须接龙报送当日办证数量,
-- 接龙上报当日新增注册户数) is the group's duty (chat-group-burden): the
-- counting noun names the figure relayed, not a count of records entered.
-- 接龙 before the entry verb in its segment; a count of records (不少于3条)
-- still counts.
local RELAY = jianfu.words { N("接龙") }
-- (or after it: the figure named first, then relayed, 发布数量于每周五在
-- “…工作群”内接龙报送 — 接龙 anywhere in the entry's segment)
-- (or the figure sent into a chat group named before the verb in its
-- segment, 须在“渔港值班群”每小时报送一次港内渔船数量: a group's reporting
-- duty, the count the figure reported, as 接龙 is)
local INTO_GROUP = jianfu.words(jianfu.norm_list { "工作群", "值班群", "微信群", "调度群", "钉钉群",
  "群内", "群里", "群中", "群”", "群」" })
local function relayed(text, v)
  local s, e = jianfu.segment(text, v.from, v.to)
  return jianfu.any_in(text, RELAY, s, e) ~= nil or jianfu.any_in(text, INTO_GROUP, s, v.from - 1) ~= nil
end

-- A count of records told as what was done (2024年，“瞭望e哨”APP全年上报烟情
-- 火情线索860条，均已核查处置; 全年通过APP上报线索860条): a statistic, not a
-- quota. A bare count (no threshold in its unit) is a quota only where the
-- clause demands or sets it (须, 要, 应, 任务, 达到, 每 …: 每月上报信息20条 is
-- a norm per period), makes it count (a penalty or a link) or stands in an
-- item, a table row or a scheme that may; else it is reported, not demanded.
local DEMAND = jianfu.words(jianfu.norm_list { "须", "需", "要", "应", "必", "务必", "任务", "指标",
  "目标", "达到", "达", "完成", "确保", "力争", "争取", "下达", "分解", "计划", "至少", "每", "人均",
  "各", "定额", "不少于", "不低于", "以上", "负责", "规定" })
local function told(clause, text, q)
  -- (the words first: most counts stand beside one)
  if jianfu.any_in(text, DEMAND, 1, #text) then return false end
  if clause.link or #clause.penalties > 0 or clause.locator or clause.table_row or clause.scheme_item then
    return false
  end
  for _, t in ipairs(clause.thresholds) do
    if t.unit == q.unit then return false end
  end
  local item = clause.item
  return not (item and (#item.penalties > 0 or #item.thresholds > 0 or item.linked))
end

-- Most clauses with an entry verb give no finding: what decides it (a count
-- of records, else a counting noun made to count) is looked at before the
-- evidence is gathered, and the counting noun only when there is no count.
local function check(clause, report)
  -- both tests are false without a locator (every clause of a text document)
  if clause.locator and (jianfu.name_field(clause) or jianfu.repeats_item(clause, ENTRY)) then return end
  local text = clause.text
  local hits = entries(text)
  local v = jianfu.first_live(clause, hits)
  if not v then return per_record(clause, report) end
  local vfrom, vto, vterm = v.from, v.to, v.term
  -- a count of records: a number of 条/件 or a counting noun made to count
  local q = record_count(clause, text, vfrom, vto, vterm)
  local cw
  if q and told(clause, text, q) then return end
  if not q then
    cw = count_word(clause, text, vto)
    if not cw then return item_quota(clause, report, v) end
    -- (a counting noun in one cell of a row whose count stands in another,
    -- | 随访记录在“家医e站”的录入条数 | 每月不少于80条 |: the row's count)
    if not cw.scored and not jianfu.made_to_count(clause) and not jianfu.live_word(clause, COUNT_LINK) then
      return item_quota(clause, report, v)
    end
    if not cw.scored and relayed(text, v) then return end
  end
  -- an entry that is the setting of a falsification a sanction targets
  -- (对瞒报录入条数的…扣分, 虚报上报数量的: jianfu.punished) is no demand;
  -- looked at only once the entry would count, the next entry then
  if jianfu.punished(clause, vfrom, vto) then
    v = nil
    for _, h in ipairs(hits) do
      if h.from > vfrom and not jianfu.negated(clause, h.from, h.to) and
          not jianfu.punished(clause, h.from, h.to) then
        v = h
        break
      end
    end
    if not v then return end
    vfrom, vterm = v.from, v.term
    q, cw = counted(clause, text, v)
    if not q and not cw then return end
  end
  local ev = jianfu.evidence(clause, vfrom)
  ev.metric = vterm
  if q then
    if not ev.threshold or ev.threshold.unit ~= q.unit then
      local th
      for _, t in ipairs(clause.thresholds) do if t.unit == q.unit then th = t end end
      if th then ev.threshold = { op = th.op, value = th.value, unit = th.unit }
      else ev.threshold = nil ev.quota = { value = q.value, unit = q.unit } end
    end
  else
    ev.count = cw.term
    if ev.threshold and ev.threshold.unit == "%" and cw.term ~= "完成率" then ev.threshold = nil end
  end
  local msg
  if ev.count then
    msg = "以“" .. vterm .. "”的“" .. ev.count .. "”作为考核指标"
  else
    msg = "给“" .. vterm .. "”下达条数任务，以录入、报送数量作为考核指标"
  end
  report { from = vfrom, to = v.to, evidence = ev, message = msg .. jianfu.evidence_details(ev) }
end

-- needs: every report names a count of records, a counting noun
-- (COUNT_WORDS, count_word) or a score per record (PER_RECORD, or
-- jianfu.per_record's, which holds one of its record units 条, 篇, 件, 例, 起,
-- 则, 期, 份: all in RECORD_UNITS) in this clause's own text. The count is one of clause.numbers
-- (record_count) or, for item_quota, one of the thresholds of a table row's
-- or scheme item's other clauses (item.thresholds), whose unit is one of
-- RECORD_UNITS, which the analysis reads from the text. So a clause that
-- reports holds one of these words or a unit in its text (or, for a row or
-- a scheme item, in its other clauses, which the engine's needs test reads
-- too): the first group; and one of these words, a number in its analysis
-- (件 of 文件, 条 of 条件 are no numbers) or, for a row or a scheme item (the
-- only clauses item_quota reads its item for: `row`, not `item`, which a
-- list item's other sentences would meet too), a threshold in another of
-- its clauses: the second.
-- Records counted by 个 (records_by_ge) need a record noun (RECORD_NOUNS) in
-- the text, and jianfu.per_record's 每个 (每个案例计0.5分, 每个计0.5分) the word
-- 每个: both in the first group.
local NEEDS_UNIT, NEEDS_NUMBER = {}, { analysis = { "numbers" }, row = { "thresholds" } }
for unit in pairs(RECORD_UNITS) do NEEDS_UNIT[#NEEDS_UNIT + 1] = unit end
table.sort(NEEDS_UNIT)
-- (reports counted in 次: reports_counted)
NEEDS_UNIT[#NEEDS_UNIT + 1] = N_CI
for _, w in ipairs(RECORD_NOUNS) do NEEDS_UNIT[#NEEDS_UNIT + 1] = w end
NEEDS_UNIT[#NEEDS_UNIT + 1] = N("每个")
for _, list in ipairs { COUNT_WORDS, PER_RECORD } do
  for _, w in ipairs(list) do
    NEEDS_UNIT[#NEEDS_UNIT + 1] = w
    NEEDS_NUMBER[#NEEDS_NUMBER + 1] = w
  end
end
local NEEDS = { NEEDS_UNIT, NEEDS_NUMBER }

jianfu.rule {
  id = "data-entry-quota",
  category = "data-entry-quota",
  severity = "error",
  title = "给基层下达平台录入、信息上报的数量任务并以条数考核",
  description = [[
向基层下达“录入任务数”、规定“每月上报不少于N条”、按报送条数计分或排名通报，
考的是录入了多少条，而不是问题解决了没有。岳池县给27个乡镇下达“随手调”App录入
矛盾纠纷年度任务数并月通报，结果部分乡镇编造虚假纠纷信息。这类数量指标既加重
基层负担，又污染数据。平台录入应当据实进行、有事则报；考核应看矛盾纠纷化解率、
事件按时处置率、群众满意度等实际成效，不以录入条数、报送数量论高低。]],
  basis = {
    "整治形式主义为基层减负若干规定",
    "关于防治“指尖上的形式主义”的若干意见",
    "中央网信办《“指尖上的形式主义”全国整治工作方案》",
  },
  precedents = { "yuechi-2023", "shanghai", "qilian-2024" },
  triggers = { "录入", "上报", "报送", "填报", "采集", "登记", "提交", "投稿", "供稿", "发稿", "填录",
    "錄入", "報送", "发布", "发帖", "更新动态", "推送", "上传", "补录",
    "记录", "填写", "撰写", "更新",
    -- scoring per record, whose entry duty may stand in another clause of its item
    -- (written out in any words: 每条记0.5分, 每篇0.2分; see jianfu.per_record)
    "按条", "每条计", "按篇", "每篇计", "按期数", "按件计", "每条", "每篇", "每件", "每例", "每则",
    -- records added on a platform (平台新增, ”每月新增: see ADDED)
    table.unpack(ADDED) },
  needs = NEEDS,
  examples = {
    bad = {
      -- round 55: records added after 新增, the firms whose records they are named between
      "各稽查分局每月须在“税务e查”新增纳税主体核查档案不少于15户，未完成的扣1分",
      -- round 55: a count of a year told as done is a statistic; a bound makes it a quota
      "全年通过APP上报线索不少于860条",
      -- round 54: the count of entries in a monthly ranking
      "各村“随手调”录入数量月报排名，后三名扣1分",
      -- round 50: the problems found or raised, counted (发现的问题, 反映的问题)
      "各网格员每月在“平安通”上报走访发现的问题不少于5个，每少1个扣0.2分",
      "各社区每月上报群众反映的问题不少于8条，每少一条扣0.5分",
      -- round 49: videos named by what they say, counted, are content
      "各征收组每月须在“征收e办”系统上传政策宣讲视频不少于4条，少1条扣0.5分",
      -- round 47: 报送 before 市场, not a report passed up to the city
      "每月报送市场动态信息不少于4条，被市局采用的每条加0.5分",
      -- round 43: records uploaded or entered after the fact, in households;
      -- reports in 次 bounded after the count; the times of reporting ranked
      "安检员每月在“燃气e检”上传安检记录不少于400户，每少10户扣1分",
      "抄表员每月在“电e通”补录抄表数据不少于200户，漏录一户扣0.1分",
      "食品检测员每日须在“检测e链”上报检测数据三次以上",
      "景区讲解员每日须在“景区e游”上报接待游客数据，上报次数每月排名",
      -- round 42
      "各服务站每月上报救助对象信息不少于20户",
      -- round 40
      "公证员每月在“公证e办”上传电子公证书存档不少于50份",
      -- round 39
      "每月在“消防e查”上报火灾隐患不少于15处",
      "矛盾纠纷信息每周新增不少于5条，须在“综治e通”平台录入",
      -- firms counted in 家 by an entering verb; records updated on a platform
      "每周在“企服通”录入走访企业记录不少于8家，每少1家扣0.5分",
      "今后各县区信访局须在“信访e办”每周更新案件办理信息不少于5条，更新条数每月在全市排名",
      -- posts about policies are posts (issuing a policy is not)
      "各管理部每月在“公积金e办”发布政策解读信息，每条计0.5分",
      -- reports counted in 次 as a lower bound
      "公交站务员每天在“公交e行”上报客流数据不少于3次，并同时以Excel表格报送车队",
      -- records added on a platform, counted in households
      "各网格员每季度在“网格e通”新增流动人口档案不少于40户，未完成的扣0.5分",
      -- the quota's period between the quoted name and 新增
      "各兽医站“牧安通”每周新增防疫档案不少于15条，未完成的扣1分",
      -- records added after a quoted platform name
      "各社区每月在“智慧城管”上新增案件不少于20件，未完成的扣1分",
      "各村协管员每日在「平安巡防」新增巡查记录不少于3条",
      -- 采用 as a means, not adoption
      "采用线上方式报送工作动态，每条计0.5分",
      -- an entering verb counted (填录数, 录入数) ranked; published videos and posts pushed, counted
      "各办案团队“检察业务应用系统”案卡填录数每月排名，排名末位的作说明",
      "各庭室“审判管理系统”案件信息录入数按月排名",
      "各科室每季度向医院“健康科普”栏目上传科普视频不少于2条，纳入科室绩效考核",
      "法官每月须在“庭审公开”平台上传庭审视频不少于十件，上传数量纳入审判绩效考核",
      "各乡镇每月在“XX发布”公众号推送普法图片新闻不少于4条，按条计分",
      -- round 45: a post pushed by the unit itself is still counted
      "各镇每周在“侨乡发布”公众号推送文章不少于3篇，少1篇扣0.2分",
      -- records counted by 个 with a record noun; a score per record by 每个
      "各乡镇司法所每季度在“矛调云”平台报送调解案例不少于6个，每个案例计0.5分，被采用的另加1分",
      "各网格员每月通过“平安通”上报问题线索不少于5个，每少1个扣0.2分",
      -- batches of samples, problem points counted by 个
      "藥品抽檢信息每月錄入“藥e查”不少於30批次，漏錄的每批次扣0.5分",
      "各环卫所每月通过“环卫e巡”上报问题点位不少于60个，纳入月度考核",
      -- a count per child in another cell of the row
      { text = "| 成长记录 | 在“育苗e家”上传幼儿成长记录 | 每月每名幼儿不少于4条 | 10 |", title = "幼儿园保教考评细则" },
      "各社区每月在“e社区”录入服务案例，每个案例计0.2分",
      -- a score per record written 每条计, with no other link
      "各社区每月在平台录入服务信息，每条计0.2分",
      "各乡镇每月通过“随手调”App上报矛盾纠纷信息不少于30条，每少1条扣0.1分",
      "县综治中心下达各乡镇网格事件录入任务数，每月通报录入完成率",
      { text = "按县综治中心下达的年度任务数，使用“随手调”App录入矛盾纠纷信息", scheme = true },
      { text = "每名网格员每天在平台录入走访记录不少于5条（4分）", title = "2024年网格化服务管理工作考评细则" },
      "各鄉鎮每月在「平安建設」平台錄入網格事件不少於５０件",
      "政务信息报送实行量化计分，每报送1条计0.5分，全年不少于四十条",
      "各单位每月向“学习强国”平台投稿不少于3篇，按投稿量排名",
      "各村每月在“数字乡村”平台发布村务动态不少于10条",
      "各镇街每季度向“政务信息”平台报送工作专报不少于3期",
      "各部门每月向区委办投稿信息，按篇数计分，每篇计0.2分",
      "3. 各街道每周向“社区通”平台填报网格动态。\n按条计分，每条计0.1分。",
      "各村全年共上报民情信息不少于60条，纳入年度综合考核",
      -- cases are records too (例)
      "家庭医生每月在“健康档案”系统录入慢病随访记录不少于80例，每少5例扣0.5分",
      -- uploading records counted
      "各站所每周在“政务e站”上传工作动态不少于4条，按周通报",
      -- records added on a platform
      "各村每月在“智慧村务”平台新增民情事件不少于5件，每少1件扣0.2分",
      -- records written on a platform
      "社区医生每周通过“健康随访”小程序记录随访情况不少于15条，按月通报",
      "驻村干部须在“民情e本”系统填写走访日志，每月不少于12篇，少1篇扣0.1分",
      -- a score per record in other words
      "网格员通过“e网格”上报安全隐患，每条记0.3分",
      "各站所每报送一篇工作信息得0.5分，全年累计计入考核",
      { text = "| 信息报送 | 每篇0.2分 |", title = "2025年度镇街综合考核细则" },
    },
    good = {
      -- round 55: a count told as what was done is a statistic
      "2024年，“森防e哨”APP全年上报火情线索420条，均已核查处置",
      -- round 55: firms added with no record noun after them are no entries
      "“市监e巡”每月新增经营主体不少于300户",
      -- round 54: 数量 names what the report holds
      "储备粮库存数量月报须按时报送，未报送的扣1分",
      -- round 50: a deadline for what is found, no count
      "巡护发现的问题须在24小时内上报“保护区e管”",
      -- those who imposed it sanctioned: a threshold's 不 is the demand imposed
      "对要求各村每月录入矛盾纠纷不少于20条的司法所，予以约谈",
      -- round 48
      "已在“民宗e家”填报的场所基本信息，须再以纸质表格填报一份交民宗局，未交的扣1分",
      -- round 47: passed up to the city's bureau, no count
      "各乡镇每月将统计数据汇总后报送市统计局",
      -- round 43: a correction, no count; a routine period; one copy of each form
      "对漏录的数据及时补录",
      "各药店每月上报一次销售数据，由市场监管所汇总",
      "驾校学员培训档案在“驾培e学”录入后，须再以Excel表格和纸质档案各报送一份，缺一项扣一分",
      -- round 42
      "各村每月上报新增参保户不少于20户",
      -- a figure sent into a chat group is the group's duty
      "景区值班员须在“景区调度群”每两小时报送一次在园游客数量，漏报的通报批评",
      -- round 40
      "公证员须将电子公证书及时上传至“公证e办”存档",
      -- round 39
      "全年在辖区新设便民服务点不少于15处",
      "本月共受理群众来信20件，已全部在信访系统录入",
      "今年新登记市场主体20家，全部录入系统",
      "各村每年更新老旧设备不少于5台，完成情况每月通报",
      "市政府每季度发布政策文件，每条政策均须经合法性审查",
      -- a missed report counted once; a figure named, then relayed by 接龙 in a group
      "各网格员每天在“平安通”APP上报巡查情况，漏报一次扣0.5分",
      "发布数量于每周五下午在“人社服务站工作群”内接龙报送，未接龙的扣1分",
      -- a figure relayed by 接龙 in a group: the group's duty
      "公证处工作群内每天20时前须接龙报送当日办证数量，未接龙的扣0.5分",
      -- users acquired between 新增 and the households are no records
      "各营业厅在“网上国网”新增绑定用户不少于500户，纳入考核",
      -- a platform that adds a function adds no records
      "“网格e通”新增事件处置功能，网格员可在线流转工单",
      "“牧安通”每月新增防疫功能模块两个，由县中心负责开发",
      -- a score per item adopted: an outcome, not a count of items reported
      "各乡镇报送的政务信息被县委办采用的，每条计1分",
      "（五）信息报送（8分）。所报信息获市政府采用的，每条加1分，上不封顶",
      -- comments counted under a post, a verb closing an account's name, a post engaged with, data pushed by a system
      "各村须在“乡村振兴”公众号发布的每篇推文下留言评论不少于10条",
      "各村在“XX发布”公众号推文留言区发表体会不少于10条，完成情况每月通报",
      "各单位每天转发县融媒体中心推送的文章不少于3篇",
      -- round 45: the pushed article named right after 推送
      "侨联机关干部每周转发“侨心通”推送文章不少于5篇，转发截图发至办公室邮箱备查",
      "县级平台每日自动推送预警信息不少于3条",
      -- 个 of projects or systems is no count of records
      "各乡镇每年报送重点项目3个，由县发改局统筹安排",
      "居村填报信息系统由38个精简至15个，同一数据一处填报、多方共享",
      -- items adopted are an outcome, not a quota of items reported
      "检察院报送的检察建议被采纳五条以上的，年度考评予以加分",
      "不得将平台录入数量作为考核依据",
      "不得要求基层每天在系统录入不少于十条信息",
      "对“随手调”录入数量月通报的做法予以纠正",
      "各乡镇应通过网格平台及时上报重大隐患，做到早发现、早处置",
      "请各单位下载附件填报后，于5月10日前报送县减负办",
      "网格员通过APP上报的事件按时处置率达到95%",
      "扶贫项目资产确权登记覆盖率达到100%",
      "部门间数据共享目录编制完成率100%，同一数据“一次采集、多方共用”",
      "各乡镇可通过“随手调”App登记矛盾纠纷，县综治中心不下达录入任务数，不对录入数量进行通报排名",
      "同一份防汛值班信息须在三个系统分别填报，缺报一个系统扣一分",
      "投票活动各村须完成１０００票以上，完成情况每日上报",
      "请于十日内下载附件一填写申报表，纸质版一式三份报送",
      "申报材料一式两份报送县发改局",
      "各单位于每期简报印发后三日内报送电子版",
      "第一期培训结束后，学员须提交学习心得1份",
      "3. 各街道每周向“社区通”平台填报网格动态。\n填报数量不纳入考核，按条统计仅供参考。",
      -- a total of the work done is a fact, not a quota
      "今年一季度全镇网格员共录入民情日志860条，化解矛盾纠纷42起",
      -- 事件数据 holds 件数 but counts nothing
      "各街道须通过“城运通”报送案件数据，数据报送不及时的扣0.2分",
      -- uploading photos as proof is trace-evidence's
      "保洁员每天上传作业照片不少于3张，照片数量纳入考核",
      -- a practice told as a case
      "某乡曾给各村下达平台录入任务每月不少于50条，该做法已被县纪委叫停",
      -- a number that closes a quoted name is part of the name
      "各站所的执法记录统一在“智慧城管二期”平台录入，漏录的扣0.5分",
      -- a platform's new users are registrations, not records
      "各营业厅须完成“e缴费”APP新增注册用户200户的年度任务，完成率纳入考核",
      -- falsified counts punished: a ban
      "对编造信息凑报送条数的，一经发现扣2分",
      "对瞒报录入条数的，扣1分",
      -- written on paper, a usage log, a device
      "各科室每月撰写工作心得不少于2篇，交党支部存档",
      "网格员在“网格通”APP的打卡记录不少于22条的，视为全勤",
      "执法人员须通过“城管通”平台调取执法记录仪视频不少于3段",
      -- a deduction per record missing sets no score per record; a score per record renounced
      "各村通过网格平台上报隐患，每少报1条扣0.5分的做法予以取消",
      "信息报送不按条计分，每条0.5分的办法停止执行",
    },
  },
  check = check,
}
