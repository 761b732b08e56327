-- install-registration-quota: download, install, registration, follow or
-- subscription quotas for an app or account, and forced installation.

-- an app, account or platform the clause is about: the generic verbs
-- (下载, 安装, 注册, 关注) count only with one of these in their sentence
local APP_WORDS = jianfu.words {
  "app", "客户端", "小程序", "公众号", "视频号", "抖音号", "政务号", "微博", "平台", "软件",
  "“", "「", "『", "账号", "应用", "学习强国",
  -- banking and payment apps: 手机银行注册客户, 云闪付绑卡用户
  "手机银行", "网上银行", "网银", "电子银行", "云闪付", "钱包", "数字人民币", "企业微信",
  -- electronic cards and codes activated in an app (医保电子凭证, 电子社保卡, 收款码)
  "电子凭证", "电子社保卡", "电子证照", "收款码", "医保码", "健康码", "乘车码",
}
-- the generic verbs: a counted measure of them (下载量, 注册率) needs no context
-- (新增用户 and 绑定用户 too: a utility's new customers, 新增用户燃气开户, are
-- no app accounts; “网上国网”APP新增绑定用户 are)
-- (激活: activating a code or an app account is registering it, 激活“收款码”,
-- 激活商户数; not 激活市场活力)
local GENERIC = { ["下载"] = true, ["安装"] = true, ["注册"] = true, ["关注"] = true,
  ["下载安装"] = true, ["新增用户"] = true, ["绑定用户"] = true, ["激活"] = true,
  -- accounts opened and contacts added in an app (“数字人民币”钱包开立, 开通“企业
  -- 网银”, “企业微信”客户添加数; not 开通热线, 添加字段): with an app word in
  -- their own sentence only (see WIDE)
  ["开立"] = true, ["开立数"] = true, ["开立量"] = true, ["开通"] = true, ["开通数"] = true,
  ["开通量"] = true, ["开户"] = true, ["开户数"] = true, ["添加"] = true, ["添加数"] = true,
  ["添加量"] = true, ["好友数"] = true, ["新增好友"] = true, ["添加好友"] = true,
  -- new bindings to an app (每月新增绑定不少于40户; not 与绩效绑定)
  ["新增绑定"] = true,
  -- the bare verb, its users before it (小程序用户绑定5000户, APP客户绑定任务,
  -- 会员绑定2000人): with an app word in its own sentence only, as 开通
  ["绑定"] = true }
-- customers or users acquired in an app (每月新增企业微信客户不少于三十户,
-- 发展“云闪付”用户, 拓展手机银行客户): the verb, then in its segment an app
-- word (not a bare quote: 新增“重点”客户; or one right before the verb:
-- “掌上生活”客户端新增绑卡客户) and after it the people acquired,
-- within a few characters of the verb (not 新增市场主体客户, nor 新增企业微信群
-- 三个，用于客户服务)
local N = jianfu.normalize
local ACQUIRE = { [N("新增")] = true, [N("发展")] = true, [N("拓展")] = true, [N("营销")] = true }
local ACQUIRED = jianfu.ACQUIRED
local ACQUIRE_APP = {}
for _, w in ipairs(APP_WORDS) do
  if not w:find("“", 1, true) and not w:find("「", 1, true) and not w:find("『", 1, true) then
    ACQUIRE_APP[#ACQUIRE_APP + 1] = w
  end
end
ACQUIRE_APP = jianfu.words(ACQUIRE_APP)
-- (jianfu.acquired: the people acquired after the verb, with an app word)
local function acquires(text, hit)
  return jianfu.acquired(text, hit.from, hit.to, ACQUIRE_APP) ~= nil
end
-- the verbs whose app may be named outside their sentence: earlier in the
-- clause (营销“手机银行”。每人每月新增注册不少于50户) or in the document's
-- title (关于推广医保电子凭证的通知: 完成激活任务); 关注 only when its count
-- follows it (发动居民关注不少于100人: not 关注留守儿童)
local WIDE = { ["下载"] = true, ["安装"] = true, ["注册"] = true, ["下载安装"] = true,
  ["激活"] = true, ["新增用户"] = true, ["绑定用户"] = true, ["新增绑定"] = true }
local N_FOLLOW = jianfu.normalize("关注")
local COUNT_NEXT = jianfu.words(jianfu.norm_list { "不少于", "不低于", "达到", "人数", "户数", "量", "数" })
local function wide(text, hit)
  if WIDE[hit.term] then return true end
  if hit.term ~= N_FOLLOW then return false end
  local c = string.byte(text, hit.to + 1)
  return (c and c >= 48 and c <= 57) or jianfu.any_in(text, COUNT_NEXT, hit.to + 1, hit.to + 9) == hit.to + 1
end
-- a ledger or the progress of the activity, entered or reported (录入激活台账
-- 不少于30条, 激活进度每天在群接龙报送): the count or the period is the entry's,
-- unless the sentence ranks it (激活进度每周通报排名)
local LEDGER = jianfu.words(jianfu.norm_list { "台账", "进度", "名单", "明细", "清单", "报表" })
local REPORT_VERB = jianfu.words(jianfu.norm_list { "录入", "填报", "报送", "上报", "接龙", "登记", "汇总",
  "填写" })
local RANKED = jianfu.words(jianfu.norm_list { "排名", "通报", "排序", "考核" })
-- (a one-off notification of those who did not report, 未接龙的次日通报, 通报批评,
-- sanctions the report, it ranks nothing)
local N_NOTIFY = jianfu.normalize("通报")
local ONE_OFF_BEFORE = jianfu.norm_list { "次日", "翌日", "当日", "的", "予以" }
local N_CRITICISM = jianfu.normalize("批评")
local function one_off(text, m)
  if m.term ~= N_NOTIFY then return false end
  if string.sub(text, m.to + 1, m.to + #N_CRITICISM) == N_CRITICISM then return true end
  for _, w in ipairs(ONE_OFF_BEFORE) do
    if m.from > #w and string.sub(text, m.from - #w, m.from - 1) == w then return true end
  end
  return false
end
-- does the sentence holding `at` rank what it reports: a ranking word there
-- that is not a one-off notification? (The one test of a report's ranking,
-- for a ledger or progress reported and for a count reported alike:
-- 接龙报送当日新增注册摊主数，未接龙的所次日通报 ranks nothing.)
local function sentence_ranked(text, at)
  if not jianfu.sentence_has(text, at, RANKED) then return false end
  local a, b = jianfu.sentence(text, at)
  for _, m in ipairs(jianfu.find_all(text, RANKED)) do
    if m.from >= a and m.to <= b and not one_off(text, m) then return true end
  end
  return false
end
local function ledger(text, hit)
  if jianfu.any_in(text, LEDGER, hit.to + 1, hit.to + 6) ~= hit.to + 1 then return false end
  local s, e = jianfu.segment(text, hit.from, hit.to)
  if not jianfu.any_in(text, REPORT_VERB, s, e) then return false end
  return not sentence_ranked(text, hit.from)
end
-- a count reported (接龙报告当日注册数, 每日上报当日“手机银行”注册数, 报送本周
-- 下载量): what the report carries, not a quota — a reporting verb right
-- before it, or before the words that say which count (a day or a period, a
-- quoted name, an app word, the verb counted) — unless a bound follows it in
-- its sentence (每日上报注册人数不少于50人), a count in its segment, or its
-- sentence ranks it (see ledger)
local REPORTED_BY, WHICH_COUNT = {}, {}
local REPORTED_LIST = jianfu.words(jianfu.norm_list { "报告", "报送", "上报", "汇报", "填报", "接龙" })
for _, w in ipairs(REPORTED_LIST) do REPORTED_BY[w] = true end
-- (by length in bytes: one string.sub a length, not one a word)
local WHICH_LENS = {}
for _, w in ipairs(jianfu.norm_list { "当日", "当天", "今日", "本日", "每日", "每天", "当周", "本周",
    "每周", "当月", "本月", "每月", "累计", "新增", "的", "app", "小程序", "客户端", "公众号", "平台",
    -- (the verb of a count named by what it counts: 绑定用户数, 注册用户数)
    "绑定", "注册", "激活", "下载", "安装", "开通", "关注",
    -- (whose count: 报送本单位新增注册人数, 上报辖区激活数)
    "本单位", "本村", "本社区", "本部门", "本校", "本乡镇", "本街道", "辖区", "本辖区", "各自",
    "所在单位" }) do
  WHICH_COUNT[w] = true
  WHICH_LENS[#w] = true
end
local LENS = {}
for n in pairs(WHICH_LENS) do LENS[#LENS + 1] = n end
table.sort(LENS)
local OPEN_OF = { [N("”")] = N("“"), [N("」")] = N("「"), [N("』")] = N("『") }
-- where a quoted name ending right before j opens (at most twelve characters), or nil
local function quote_before(text, j)
  local close = j > 3 and text:sub(j - 3, j - 1)
  local open_q = OPEN_OF[close]
  if not open_q then return nil end
  local open
  local i = math.max(1, j - 39)
  while true do
    local q = string.find(text, open_q, i, true)
    if not q or q >= j - 3 then break end
    open, i = q, q + 1
  end
  return open
end
-- (most clauses hold no reporting verb: looked for once a clause, for the
-- clause last asked about, before any walk back)
local last_text, last_reports
local function reported(clause, text, hit)
  if text ~= last_text then
    last_text, last_reports = text, jianfu.any_in(text, REPORTED_LIST, 1, #text) ~= nil
  end
  if not last_reports then return false end
  local j = hit.from
  for _ = 1, 6 do
    local k = quote_before(text, j)
    if not k then
      for _, n in ipairs(LENS) do
        if j > n and WHICH_COUNT[text:sub(j - n, j - 1)] then k = j - n break end
      end
    end
    if not k then break end
    j = k
  end
  if j <= 6 or not REPORTED_BY[text:sub(j - 6, j - 1)] then return false end
  -- (a bound later in its sentence: 接龙报告当日注册户数，不少于10户)
  local _, e = jianfu.sentence(text, hit.from)
  for _, t in ipairs(clause.thresholds) do
    if t.from > hit.to and t.from <= e then return false end
  end
  if jianfu.count_after(clause, hit) then return false end
  return not sentence_ranked(text, hit.from)
end
-- caring for the people (关注群众诉求, 关注群众冷暖) is no follow, unless an
-- account stands right before 关注 (发展“信访e办”公众号关注群众不少于200人:
-- the people who follow it): asked in `other`
local N_MASSES = N("群众")
local FOLLOWED = jianfu.norm_list { "公众号", "视频号", "抖音号", "政务号", "微博", "app", "小程序", "”",
  "」", "账号", "号" }
local function cares_for_people(text, hit)
  if hit.term ~= N_FOLLOW or string.sub(text, hit.to + 1, hit.to + #N_MASSES) ~= N_MASSES then
    return false
  end
  for _, w in ipairs(FOLLOWED) do
    if hit.from > #w and string.sub(text, hit.from - #w, hit.from - 1) == w then return false end
  end
  return true
end
-- what a download, installation or registration of other things looks like
local OTHER = {
  "下载附件", "附件下载", "下载表格", "下载模板", "下载相关", "下载后填", "注册资本", "注册资金",
  "注册企业", "注册会计", "注册商标", "注册地", "注册登记", "注册市场主体", "注册经营主体", "注册公司", "注册建筑",
  "注册安全工程", "安装摄像", "安装监控", "安装路灯", "安装电梯", "安装充电", "安装工程",
  "安装调试", "安装设备", "安装使用", "关注民生", "重点关注", "高度关注", "持续关注",
  "密切关注", "关注度", "激活数据", "活跃用户", "日活用户", "月活用户", "值得关注", "受到关注", "广泛关注", "关注基层",
  -- bank accounts, lines and services opened (对公账户开立, 开通热线)
  "账户开立", "开立账户", "开立结算", "开立对公", "开立银行", "开户行", "开户银行", "开通热线",
  "开通专线", "开通绿色通道", "开通服务", "开通线路", "添加剂",
}
-- (as words, for the verb after everyone: see everyone_verb)
local OTHER_WORDS = jianfu.words(jianfu.norm_list(OTHER))

-- does a clause of the same list item (its heading) name an app or account?
local function item_names_app(clause)
  local item = clause.item
  if not item then return false end
  for _, t in ipairs(item.texts) do
    if jianfu.any_in(t, APP_WORDS, 1, #t) then return true end
  end
  return false
end
-- is the app of a bare verb named: in its sentence, or (for WIDE verbs) in the
-- clause before it, its item's heading or the document's title?
-- a service opened or an account of a bank (开通“12345”热线, 开立对公账户):
-- the verbs that need their app in their own sentence (not WIDE) name none
-- when one of these stands in their segment
local NOT_APP = jianfu.words(jianfu.norm_list { "热线", "专线", "通道", "窗口", "线路", "专窗", "账户",
  "服务站", "服务点" })
-- (an account bound is one bound in the app: 在“社保e办”完成账户绑定不少于50人;
-- 账户 names a bank's account only for the verbs of opening, 开立对公账户)
local NOT_APP_BIND = jianfu.words(jianfu.norm_list { "热线", "专线", "通道", "窗口", "线路", "专窗",
  "服务站", "服务点" })
local N_BIND = N("绑定")
local N_AUTH_RATE = N("认证率")
local AUTH_APP = jianfu.words(jianfu.norm_list { "实名", "注册", "账号", "人脸", "身份" })
local function app_named(clause, hit)
  local text = clause.text
  -- (what is opened or followed stands after the verb: 开通“12345”热线; a
  -- hotline before it names who must act, 热线话务员须动员亲友关注“…”公众号)
  if not WIDE[hit.term] then
    local _, e = jianfu.segment(text, hit.from, hit.to)
    if jianfu.any_in(text, hit.term == N_BIND and NOT_APP_BIND or NOT_APP, hit.from, e) then return false end
  end
  if jianfu.sentence_has(text, hit.from, APP_WORDS) then return true end
  if not wide(text, hit) then return false end
  if jianfu.any_in(text, APP_WORDS, 1, hit.from - 1) or item_names_app(clause) then return true end
  local title = clause.doc and clause.doc.title
  return title ~= nil and jianfu.any_in(title, APP_WORDS, 1, #title) ~= nil
end

local TRIGGERS = {
  "下载量", "下载数", "下载人数", "下载率", "下载任务", "下载安装", "下载",
  "安装量", "安装率", "安装数", "安装人数", "装机率", "装机量", "装机数", "安装",
  "注册量", "注册率", "注册数", "注册人数", "注册用户", "实名注册", "注册",
  "关注量", "关注数", "关注人数", "关注率", "关注用户", "新增关注", "关注公众号", "关注",
  "粉丝数", "粉丝量", "粉丝", "订阅数", "订阅量", "订阅率", "订阅人数", "用户数", "用户量",
  "开通率", "绑定率", "认证率", "激活率",
  -- activating a code or an app account is registering it (医保码激活人数)
  "激活人数", "激活量", "激活数", "激活用户", "激活户数", "激活人次", "激活",
  -- counted by merchants, customers or accounts: 激活商户数, 注册客户数
  "激活商户数", "激活客户数", "注册客户数", "注册账户数", "下载客户数", "绑定商户数",
  -- accounts bound to or opened in an app: 新增绑定用户, 绑定人数, 开通用户数
  "绑定用户", "绑定数", "绑定量", "绑定人数", "新增用户", "开通用户",
  -- counted in households or customers: 绑定户数, 绑定客户数, 开通户数
  "绑定户数", "绑定户", "绑定客户", "绑定账户", "开通户数",
  -- accounts opened, contacts added in an app (see GENERIC)
  "开立", "开立数", "开立量", "开通", "开通数", "开通量", "开户", "开户数", "添加", "添加数",
  "添加量", "好友数", "新增好友", "添加好友", "新增绑定",
  -- binding, its users before it (用户绑定, 客户绑定: see GENERIC)
  "绑定",
  -- customers or users acquired in an app (see ACQUIRE)
  "新增", "发展", "拓展", "营销",
}

-- (only a registration, binding or activation names users who are a usage
-- rate's base: the trigger terms of these verbs, one lookup for every other
-- hit; see base_of_rate)
local BASE_TERM = {}
for _, t in ipairs(TRIGGERS) do
  for _, v in ipairs { "注册", "绑定", "激活", "开通", "开立", "开户", "新增用户", "下载", "安装" } do
    if t:sub(1, #v) == v then BASE_TERM[N(t)] = true end
  end
end

local STANDALONE = { "全员下载", "全员安装", "全员注册", "人人下载", "强制下载", "强制安装",
  "强制注册", "必须下载安装", "须下载安装", "须全员下载", "一律下载" }
-- everyone, written as a share of a hundred per cent right before the verb
-- (组织职工100%下载安装, 百分之百注册: 全员下载 in other words), or as all of
-- those the clause names (发动所联系记账户全部下载安装“调查e站”APP)
-- (for an app only, named as for the bare verb: not 各户100%安装燃气报警器,
-- 路灯全部安装到位; see other)
local ALL_SHARE = jianfu.norm_list { "100%", "百分之百", "全部" }
-- (实名注册 too: 动员辖区商户100%实名注册“集市e家”)
local SHARE_VERBS = { "下载", "安装", "注册", "实名注册" }
for _, all in ipairs(ALL_SHARE) do
  for _, v in ipairs(SHARE_VERBS) do
    STANDALONE[#STANDALONE + 1] = all .. v
  end
end
-- everyone, written as all of the people before the verb (组织全体职工下载
-- 安装“健身云”APP, 要求所有教师注册“智慧教育”: 全员下载 in other words) —
-- the people in at most twelve characters of its segment between them (their
-- families too: 全体供电所员工及其家属下载安装), none
-- of them 的, 已, 未 or 没 (所有已下载安装的用户, 对所有未注册的职工: a fact
-- or a condition), not offered (鼓励全体职工下载), and the verb's app named
-- as for the bare verb (see other: not 全体职工下载附件填报)
-- (全部 too, 督促全部快递员下载安装, 组织全部职工下载安装: all of the people as
-- much as 全体; 全部下载 right before the verb is a share, see ALL_SHARE)
local EVERYONE = jianfu.norm_set { "全体", "所有", "全部" }
for w in pairs(EVERYONE) do STANDALONE[#STANDALONE + 1] = w end
local EVERYONE_VERBS = jianfu.norm_list { "下载安装", "下载", "安装", "实名注册", "注册", "关注" }
local EVERYONE_REACH = 36 -- bytes: twelve characters of people
local EVERYONE_NOT = jianfu.words(jianfu.norm_list { "的", "已", "未", "没" })
local OFFERED = jianfu.words(jianfu.norm_list { "鼓励", "倡导", "倡议", "引导", "欢迎", "自愿", "可" })
-- (a quoted name between them counts as one character, as for jianfu.acquired,
-- with the kind of app after it: 全体职工须在十日内完成“粮安e管”APP下载安装,
-- 所有网格员须于本月底前完成“平安网格”小程序实名注册)
local Q_OPEN, Q_CLOSE = N("“"), N("”")
local NAME_KIND = jianfu.norm_list { "app", "小程序", "客户端", "公众号", "平台" }
local function quoted_bytes(text, s, e)
  local n, a = 0, string.find(text, Q_OPEN, s, true)
  while a and a <= e do
    local z = string.find(text, Q_CLOSE, a + #Q_OPEN, true)
    if not z or z > e then break end
    n = n + (z + #Q_CLOSE - a) - 3
    for _, k in ipairs(NAME_KIND) do
      if string.sub(text, z + #Q_CLOSE, z + #Q_CLOSE + #k - 1) == k then n = n + #k break end
    end
    a = string.find(text, Q_OPEN, z + #Q_CLOSE, true)
  end
  return n
end
local FOR_THEM = jianfu.norm_list { "为", "给" }
local COMPUTER = jianfu.words(jianfu.norm_list { "电脑", "计算机", "办公终端", "主机", "笔记本" })
local N_ALL = N("全部")
local PEOPLE = jianfu.words(jianfu.norm_list { "员", "工", "人", "民", "生", "师", "干部", "家长",
  "户", "群众", "者", "党员", "代表", "职工", "成员", "家属", "志愿者", "学员", "居民", "警",
  "长",
  -- (owners of a stall, shop, vehicle or house: 全部摊主, 所有店主, 全体车主)
  "摊主", "店主", "业主", "车主", "船主", "货主", "房主", "户主", "摊贩", "商家" })
local function everyone_verb(text, hit)
  local s, e = jianfu.segment(text, hit.from, hit.to)
  local lo = hit.to + 2
  local hi = math.min(e, hit.to + 1 + EVERYONE_REACH)
  if hi < e then hi = math.min(e, hi + quoted_bytes(text, lo, math.min(e, hi + 48))) end
  local best
  for _, v in ipairs(EVERYONE_VERBS) do
    local a = string.find(text, v, lo, true)
    if a and a <= hi and (not best or a < best.from) then
      best = { term = v, from = a, to = a + #v - 1 }
    end
  end
  if not best then return nil end
  if jianfu.any_in(text, EVERYONE_NOT, hit.to + 1, best.from - 1) then return nil end
  if jianfu.any_in(text, OFFERED, s, hit.from - 1) then return nil end
  -- (installed for them, on their devices: 为全体职工电脑安装杀毒软件 is a
  -- service the unit performs, not a drive made of the people)
  -- (on their computers, not their phones: 为全体职工手机安装“政务e通”APP is
  -- the drive all the same)
  local b = string.sub(text, hit.from - 3, hit.from - 1)
  if (b == FOR_THEM[1] or b == FOR_THEM[2]) and jianfu.any_in(text, COMPUTER, hit.to + 1, best.from - 1) then
    return nil
  end
  -- (全部 is all of anything: people between it and the verb, 全部快递员,
  -- 全部职工, 全部商户; not 全部资料下载至平台)
  if hit.term == N_ALL and not jianfu.any_in(text, PEOPLE, hit.to + 1, best.from - 1) then return nil end
  -- (a download of other things: 下载附件, 注册资本)
  if jianfu.any_in(text, OTHER_WORDS, best.from, math.min(e, best.to + 12)) == best.from then return nil end
  return best
end

-- the users or customers registered, bound or activated as the base of a
-- usage rate (“网上国网”APP绑定客户的月活跃率, 注册用户活跃度, 激活用户的登录率):
-- the rate is measured, not the registration (app-usage-metric's)
local BASE_PEOPLE = jianfu.words(jianfu.norm_list { "用户", "客户", "商户", "会员", "账户", "户" })
local BASE_OF = jianfu.norm_list { "的", "中的", "中" }
local RATE_OF_BASE = jianfu.words(jianfu.norm_list { "活跃", "月活", "日活", "周活", "使用率", "登录率",
  "使用频次", "留存率", "在线率" })
-- (each word's first character as a set: one three-byte copy per step, and
-- most hits stop at the first)
local function first_chars(words)
  local set = {}
  for _, w in ipairs(words) do set[w:sub(1, 3)] = true end
  return set
end
local PEOPLE_FIRST, OF_FIRST, RATE_FIRST = first_chars(BASE_PEOPLE), first_chars(BASE_OF),
  first_chars(RATE_OF_BASE)
local function starts(text, j, first, words)
  if not first[text:sub(j, j + 2)] then return nil end
  for _, w in ipairs(words) do
    if text:sub(j, j + #w - 1) == w then return j + #w end
  end
  return nil
end
-- (or the people registered named by who they are, their app's quoted name
-- and its kind between them and the rate: 注册志愿者“博爱e家”APP月活跃率,
-- 注册居民“健康e家”小程序使用率 — the registered are the rate's base, a noun,
-- not a registration demanded)
local BASE_WHO = jianfu.words(jianfu.norm_list { "志愿者", "居民", "群众", "村民", "市民", "党员", "团员",
  "职工", "员工", "会员", "学生", "家长", "患者", "农户", "教师", "社工", "网格员", "人员" })
local WHO_FIRST = first_chars(BASE_WHO)
local OPEN_Q, CLOSE_Q = jianfu.normalize("“"), jianfu.normalize("”")
local APP_KIND = jianfu.words(jianfu.norm_list { "app", "小程序", "客户端", "公众号", "平台" })
local KIND_FIRST = first_chars(APP_KIND)
local function base_of_rate(text, hit)
  if not BASE_TERM[hit.term] then return false end
  local j = hit.to + 1
  local who = starts(text, j, WHO_FIRST, BASE_WHO)
  if who and text:sub(who, who + #OPEN_Q - 1) == OPEN_Q then
    local c = string.find(text, CLOSE_Q, who + #OPEN_Q, true)
    -- (a name of at most ten characters, then its kind)
    if c and c - who <= 30 then
      local k = c + #CLOSE_Q
      k = starts(text, k, KIND_FIRST, APP_KIND) or (text:sub(k, k + 2) == "app" and k + 3) or k
      k = starts(text, k, OF_FIRST, BASE_OF) or k
      if starts(text, k, RATE_FIRST, RATE_OF_BASE) then return true end
    end
  end
  j = starts(text, j, PEOPLE_FIRST, BASE_PEOPLE) or j
  j = starts(text, j, OF_FIRST, BASE_OF) or j
  return starts(text, j, RATE_FIRST, RATE_OF_BASE) ~= nil
end
-- the verb of such a share (100%下载 -> 下载), or nil (the share's length by
-- its term: one lookup for every other hit)
local SHARE_LEN = {}
for _, all in ipairs(ALL_SHARE) do
  for _, v in ipairs(SHARE_VERBS) do SHARE_LEN[all .. v] = #all end
end
local function share_verb(hit)
  local n = SHARE_LEN[hit.term]
  if not n then return nil end
  return { term = hit.term:sub(n + 1), from = hit.from + n, to = hit.to }
end

-- needs: every finding is made at a trigger hit or a STANDALONE word in the
-- clause's text; a hit of an ACQUIRE verb (新增, 发展 …: everyday words) only
-- when one of the people ACQUIRED follows it (see acquires). So a clause needs
-- another trigger, a STANDALONE word or an ACQUIRED word, and one where the
-- verbs stand alone (新增就业岗位, 发展特色产业) is skipped before any Lua runs.
local NEEDS = {}
for _, list in ipairs { TRIGGERS, STANDALONE, ACQUIRED } do
  for _, w in ipairs(list) do
    if not ACQUIRE[N(w)] and not EVERYONE[N(w)] then NEEDS[#NEEDS + 1] = w end
  end
end
-- (everyone, 全体职工下载安装: only with a verb after it, 下载, 安装, 注册 or
-- 关注, each a trigger in the list)

-- the message by metric: a template, written in C with no evidence table to
-- make; an acquisition (新增…客户) worded by what is acquired
local function acquired_message(ev)
  local who = ev.platform and ("“" .. ev.platform .. "”") or "APP"
  return "以" .. who .. ev.metric .. "客户、用户数作为考核指标或摊派任务" .. jianfu.details(ev)
end
local MESSAGE = { "以{metric_text}作为考核指标或摊派任务{details}" }
for term in pairs(ACQUIRE) do MESSAGE[term] = acquired_message end

jianfu.rule {
  id = "install-registration-quota",
  category = "install-registration-quota",
  severity = "error",
  title = "以APP下载量、安装率、注册量、关注数等作为考核指标或强制下载安装",
  description = [[
下载、安装、注册、关注是群众和干部自愿选择的结果，不是基层工作的成效。给村、
社区或个人下达下载量、装机率、实名注册率、公众号关注数、粉丝数任务，或要求
“全员下载安装”，只会逼基层挨家挨户动员、找人代注册、刷粉，群众不堪其扰，
数据也失真。2024年各地集中整治的“强制下载安装”正是此类做法。应改为考核
应用本身能否解决实际问题：办事一次办成率、群众满意度、诉求办结率等；推广
政务应用只能靠好用，不得摊派数量。]],
  basis = {
    "整治形式主义为基层减负若干规定",
    "关于防治“指尖上的形式主义”的若干意见",
    "中央网信办《“指尖上的形式主义”全国整治工作方案》",
    "关于进一步规范移动互联网应用程序整治“指尖上的形式主义”的通知",
  },
  precedents = { "yunnan-2024", "yihuang-2023" },
  triggers = TRIGGERS,
  needs = NEEDS,
  examples = {
    bad = {
      -- round 46: registered volunteers counted as well as their activity
      "注册志愿者“博爱e家”APP人数不少于500人，月活跃率不低于60%",
      -- round 45: users acquired in a quoted name after 在 or 通过
      "茶叶站各站点每月在“茶技通”新增茶农用户不少于60户，按站点排名",
      "各網點每季度通過「郵e通」發展新用戶不少於50戶",
      -- round 43: the people who follow an account acquired
      "各乡镇信访专干每人发展“信访e办”公众号关注群众不少于200人，未完成的扣2分",
      -- round 42
      "每名社保专干须引导辖区灵活就业人员在“社保e办”完成账户绑定不少于50人",
      -- round 40
      "各营业所须完成“水务e家”小程序用户绑定5000户的年度任务，按季度分解到人",
      -- round 39
      "快递网点负责人须督促本网点全部快递员下载安装“寄递e管”APP，三日内完成",
      -- round 44: owners of stalls; a hotline before the verb is the staff's post
      "农贸市场服务中心要求全部摊主下载“市场管家”商户端",
      "每名热线话务员须动员亲友关注“某市12345”公众号不少于20人，未完成的扣当月绩效",
      "市场协会联络员须动员辖区商户100%实名注册“集市e家”，5月31日前完成",
      -- households acquired and bound in an app; everyone with a deadline
      "每名烟草客户经理每月新增零售户“零售e家”绑定不少于25户",
      "粮库全体职工须在十日内完成“粮安e管”APP下载安装和实名注册",
      -- everyone with their families (twelve characters of people)
      "组织全体供电所员工及其家属下载安装“电管家”APP，并于本周五前报送安装截图",
      -- customers acquired, then the app they are bound in
      "台区经理每月新增客户“电管家”APP绑定不少于60户，未完成的扣减当月绩效",
      "各网格员须动员包联住户全部下载安装“平安e家”APP",
      "每名协管员每月发展“医保e站”新用户不少于30人",
      -- a reporting verb that governs something else
      "各村须在报送材料后组织村民注册“村村通”APP，每村不少于300户",
      -- a measure bounded in another cell of a scoring-table row, the title an assessment plan's
      { text = "| 项目 | 内容 | 标准 | 分值 |\n|---|---|---|---|\n| 数字文化 | “文化云”小程序新增注册用户 | 每季度不少于1500人 | 10 |",
        title = "某区2025年度文化站考核评分细则" },
      "各网点每季度发展“邮储银行”手机银行新用户不少于50户，纳入考核",
      "各单位须组织职工100%下载安装“国资监管”APP",
      "各营业厅“掌上营业厅”注册用户数须由5000户增至8000户，未完成的扣2分",
      -- customers or users acquired in an app, counted (新增, 发展 …)
      "各网点柜员每季度新增“手机银行”客户不少于二十户，未完成的扣绩效分",
      "每名理财经理每月发展云闪付用户不少于十五户，完成情况纳入季度考核",
      -- the kind of users between the quoted app and 用户
      "每名海事执法人员须发展“船e查”船员用户不少于30户",
      -- accounts opened and contacts added in an app; the app named in an earlier sentence or the title
      "各支行“数字人民币”钱包开立数每人每季度不少于100个",
      "各支行“企业微信”客户添加数每人不少于200户，完成情况作为评先依据",
      "客户经理要大力营销“手机银行”。每人每月新增注册不少于50户",
      "各供电所要推广“网上国网”APP。每名台区经理每月新增绑定不少于40户，未完成的扣绩效",
      { text = "各村须在7月15日前完成激活任务，激活任务数已分解到各村", title = "关于推广医保电子凭证的通知" },
      -- a code activated, counted per person
      "各网点员工推广商户激活“金穗收款码”，每人每月不少于10户",
      -- the app named in the item's heading,
      "三、关于“智慧社区”APP推广。\n街道要求本月底前各社区下载安装不少于800户，请分解到网格。",
      "全体村组干部须于3月底前完成“粤省事”实名注册，注册率达到100%，未完成的村扣1分",
      "每名网格员须发动辖区群众下载“某某APP”不少于五十人，完成情况纳入网格员考核",
      "干部职工须全员下载安装“某某APP”",
      -- everyone written as all of the people before the verb
      "各学校须组织全体教师下载安装“智慧教育”APP，本月底前完成",
      { text = "政务公众号新增关注用户数", scheme = true },
      { text = "党员“学习强国”APP注册率达到百分之百（二分）", title = "2024年度村（社区）工作考核细则" },
      "全體教職工須下載安裝「智慧校園」APP，安裝率須達到１００％，未完成的學校扣２分",
      "部门公众号粉丝数全年增长不低于20%，未达到的扣2分",
      "各营业厅每季度发展“电e宝”APP新增用户不少于500人，完成情况与绩效挂钩",
      "每名客户经理通过“水务通”小程序绑定用户不少于80户，按月考核",
      -- a share of households bound to the app, not the bound users' own word
      "各供电所“电力e家”APP绑定户数占辖区居民户数的比重须达到七成，每少一个百分点扣0.3分",
      -- activation of a code is registration
      "各村“社保卡”激活人数不少于300人，每少10人扣0.5分",
    },
    good = {
      -- those who imposed it sanctioned, the sanction said first or closing
      "县教体局通报批评了要求家长下载“智慧家校”APP且注册率达到百分之百的两所学校",
      "对要求群众下载“皖事通”APP的社区予以通报批评",
      -- round 48
      "2024年，各分馆“书香e读”注册读者达到3.2万人，位居全市前列",
      -- round 46: registered people as the base of a usage rate
      "注册志愿者“博爱e家”APP月活跃率不低于60%，按分会排名，后两名各扣3分",
      "注册居民“健康e家”小程序月活跃率不低于50%，低于的扣2分",
      -- round 45: what is added in a quoted app is no user
      "茶叶站在“茶技通”新增茶叶种植技术课程10门",
      -- round 43: caring for the people is no follow
      "各级干部要关注群众诉求，走访不少于20户，纳入考核",
      -- round 42
      "养老保险待遇资格认证率达到98%以上，以服务对象满意度为主要评价内容",
      -- round 40
      "绩效工资与岗位职责绑定，按月考核发放",
      -- round 39
      "信息中心为全部职工电脑安装正版杀毒软件，三日内完成",
      "将全部资料下载至“政务云”平台后统一归档",
      "鼓励辖区商户自愿实名注册“集市e家”，不设注册率指标",
      -- a count of one's own unit reported in a group
      "各基层工会主席每周一须在“工会干部群”接龙报送本单位新增注册人数，未接龙的予以通报批评",
      -- customers acquired with no app after them; a year's statistic
      "各营业厅每季度新增客户50户，引导客户自愿绑定“e缴费”",
      "全年新增客户“e缴费”绑定1.2万户，同比增长15%",
      -- farmers acquired with no app named
      "各乡镇要发展“农e宝”种植大户，不少于10户",
      -- a count reported by relay, a one-off notification of who did not relay
      "各网点每日18时前在“网点工作群”接龙报送当日新增注册客户数，未接龙的网点次日通报",
      "各村路灯须于年底前全部安装到位，纳入年度考核",
      -- all of the people offered an app, having installed it, or a download of other things
      "鼓励全体职工下载安装“健身云”APP，自愿使用",
      "全体馆员已下载安装“书香e馆”APP，用于图书借阅",
      "请全体职工下载附件填报后，于5月10日前报送办公室",
      "对未经批准擅自强制群众下载“村务通”APP的村，镇党委将予以通报",
      "各站须在镇工作群于每日18点前接龙报送绑定进度，未接龙的次日通报",
      -- a count reported, with no bound of its own
      "各营业厅每日报送“掌上营业厅”下载量，未按时报送的扣0.2分",
      "各基层社每天在“供销推广”群接龙报告当日注册数，未接龙的扣0.2分",
      -- a coercion sanctioned once verified (查实后), or named by 对…的
      "向基层摊派APP下载任务的，查实后扣5分",
      "对强制干部下载“学习通”的单位扣2分",
      "各户100%安装燃气报警器，纳入考核",
      "各网点“手机银行”注册客户的月活跃率不低于30%",
      -- a count risen from one level to another is a statistic
      "“智慧社区”APP注册居民由3000户增加到8600户，覆盖率明显提高",
      -- no app between the verb and the customers, or no customers after it
      "全年新增市场主体客户三百户，纳入考核",
      "各支行新增企业微信群三个，用于客户服务",
      -- a hotline opened, not an app
      "县里开通“12345”政务服务热线，群众来电办结率不低于95%",
      -- bank accounts; a channel offered; the activity's ledger or progress entered or reported; 关注 of people in another sentence
      "各支行对公账户开立数每月不少于20户",
      "居民可添加社区网格员企业微信，随时反映诉求",
      { text = "各村医保协管员每天须在“医保服务”平台录入激活台账不少于30条", title = "关于推广医保电子凭证的通知" },
      { text = "各村激活进度请每天17时前在“镇村医保”群接龙报送", title = "关于推广医保电子凭证的通知" },
      "各村要推广“村村通”APP。同时要关注留守儿童，走访不少于20户，纳入考核",
      -- cases notified, counted in 起
      "县纪委监委通报了3起“指尖上的形式主义”典型问题，其中1起为某单位强制要求下载APP",
      -- a milestone crossed, stated with nothing demanded, is a statistic
      "“清江发布”视频号去年粉丝数突破8万，年度播放总量居全市第二",
      -- the divisor of a written ratio is no registration quota
      "“乡村e站”使用率（月活跃人数/注册人数）占5分，按比例折算",
      -- a coerced practice punished once verified, the condition after a comma
      "对强制群众下载注册“便民通”APP的行为，一经查实扣2分",
      "不得将APP下载量、注册量纳入对基层的考核",
      "针对部分学校要求家长“全员下载”APP的问题，立即责令整改",
      "取消全员下载安装任务，已安装的干部可自愿卸载",
      "群众可通过“粤省事”APP办理社保、医保等高频事项",
      "请各单位下载附件填报后，于5月10日前报送县减负办",
      "全年新增注册市场主体1200户，同比增长8%",
      "各村完成路灯安装100盏，纳入年度考核",
      "重点关注困难群众，走访不少于20户",
      "全年供水管网新增用户3200户，入户安装水表全部完成",
      "不得向网点摊派手机银行绑定用户任务",
      "居民可自愿在“电力e家”APP绑定户号，绑定户数不作考核要求",
      "激活数据要素价值，数据交易额增长20%以上，纳入考核",
    },
  },
  check = jianfu.metric_check {
    unless = OTHER,
    standalone = STANDALONE,
    other = function(clause, hit)
      -- a bare verb (下载, 注册 …) counts only for an app or account, named
      -- in its sentence, or before it in its clause, its item's heading
      -- (二、关于“平安乡镇”APP推广。县里要求…下载安装不少于6000户) or its
      -- document's title (see app_named); and not as the ledger or progress
      -- of the activity, entered or reported (see ledger); nor a count
      -- reported, whatever its term (see reported: asked last, as most hits
      -- are decided before)
      local text = clause.text
      if EVERYONE[hit.term] then
        local v = everyone_verb(text, hit)
        return not v or not app_named(clause, v) or ledger(text, v) or reported(clause, text, v)
      end
      if ACQUIRE[hit.term] then return not acquires(text, hit) or reported(clause, text, hit) end
      if base_of_rate(text, hit) or cares_for_people(text, hit) then return true end
      -- (an authentication rate is an app's only with an app word in its
      -- sentence or a real-name or registration check: 实名认证率, “X”APP认证率,
      -- 注册认证率; 待遇资格认证率 is the pension office's yearly check that a
      -- beneficiary is still entitled, a service outcome)
      if hit.term == N_AUTH_RATE and not jianfu.sentence_has(text, hit.from, APP_WORDS) and
          not jianfu.any_in(text, AUTH_APP, math.max(1, hit.from - 12), hit.from - 1) then
        return true
      end
      -- (a share of everyone, 100%下载: the verb's app named, see share_verb)
      local v = share_verb(hit)
      if v then return not app_named(clause, v) or ledger(text, v) or reported(clause, text, hit) end
      if GENERIC[hit.term] and (not app_named(clause, hit) or ledger(text, hit)) then return true end
      return reported(clause, text, hit)
    end,
    -- a template (written in C, with no evidence table to make), but for an
    -- acquisition (MESSAGE) and a forced practice
    message = MESSAGE,
    forced_message = function(ev)
      local who = ev.platform and ("“" .. ev.platform .. "”") or "APP"
      if ev.metric:find("全员", 1, true) or ev.metric:find("强制", 1, true) or
        ev.metric:find("须", 1, true) or EVERYONE[ev.metric] then
        return "强制要求全员下载安装" .. who .. jianfu.details(ev)
      end
      return "强制全员下载安装" .. who .. "，并以“" .. ev.metric .. "”作为考核指标" .. jianfu.details(ev)
    end,
  },
}
