-- duplicate-reporting: the same data required on several platforms or forms
-- (多头填报, 重复填报, 同时在X平台和Y平台报送).

-- several places at once
local MULTI = jianfu.words(jianfu.norm_list {
  "多头填报", "多头报送", "多头上报", "多头录入", "重复填报", "重复录入", "重复报送",
  "重复上报", "重复采集", "重复提交", "多头", "重复", "同时", "分别", "既要", "又要", "同步",
  "两处", "三处", "多处", "两套", "三套", "多套", "多个平台", "多个系统", "一式多份",
  -- the same data entered once more elsewhere: 另行填报纸质报表, 在…平台再次录入
  "另行填报", "另行报送", "另行上报", "另行录入", "再次录入", "再次填报", "再次上报",
  "再次报送", "二次录入", "二次填报",
})
-- entering / reporting data
local VERB = jianfu.words(jianfu.norm_list {
  "填报", "录入", "报送", "上报", "采集", "填写", "上传", "提交", "登记", "录", "报", "填",
  -- the same items published in several places (在…栏目和…门户同步发布)
  "发布", "推送", "刊发",
  -- the same check-in made in two apps (同时在“警务通”和“钉钉”上每日打卡)
  "打卡", "签到",
})
-- platforms and forms
local PLACE = jianfu.words(jianfu.norm_list {
  "平台", "系统", "app", "台账", "纸质", "电子", "表格", "报表", "浙政钉", "钉钉", "邮箱", "群",
  "版", "小程序", "云",
  -- where items are published: 栏目, 门户, 网站, 公众号
  "栏目", "专栏", "门户", "网站", "公众号", "微博",
  -- databases (区人口库, 基础数据库): a store of the same records
  "数据库", "人口库", "信息库", "资源库", "基础库", "业务库", "专题库", "档案库", "法人库",
  -- networks the same items are sent on (并同时在市院内网报送, 市局专网)
  "内网", "外网", "专网", "局域网", "政务网",
  -- channels the same record is sent by once more (同时以传真方式报送, 再通过
  -- 邮件报送)
  "传真", "邮件",
  -- files the same records are sent as once more (再以Word文档报送, 另以WPS
  -- 文件报送): a document is a form, as a table is
  "文档", "word", "excel", "wps",
  -- forms named by what they hold (手工填写纸质统计表, 登记表, 汇总表)
  "统计表", "登记表", "汇总表",
  -- two quoted names joined: two apps or platforms (在“警务通”和“钉钉”上)
  "”和“", "”与“", "”、“", "”及“", "」和「", "」与「", "」、「",
})
local QUOTE_JOIN = jianfu.norm_set { "”和“", "”与“", "”、“", "”及“", "」和「", "」与「", "」、「" }
-- "重复" of other things
local MULTI_UNLESS = jianfu.words(jianfu.norm_list {
  "重复建设", "功能重复", "职能重复", "重复检查", "重复考核", "重复发文", "分别扣", "分别得",
  "分别达到", "分别为", "分别由", "分别负责", "同时期", "同比", "同时发生", "一次采集",
  "多方共享", "多方共用", "一处录入", "一处填报", "只需", "仅需",
})
-- several platforms by number: 三个平台, 两平台, 2个系统 (a count of two or more
-- before a platform word), and each of them: 各录一遍, 双线填报
local MANY = { "两", "二", "三", "四", "五", "六", "七", "八", "九", "十", "双", "多", "几",
  "2", "3", "4", "5", "6", "7", "8", "9" }
local MANY_PLACE = jianfu.words(jianfu.norm_list { "平台", "系统", "app", "套表", "张表", "个平台", "个系统", "个app" })
local EACH_WORDS = jianfu.norm_list { "各录", "各填", "各报", "各上报", "各录入", "各填报", "各报送", "各登记",
  "双线", "双轨" }
-- the same act done once on each of two places named before it (在“海事e巡”和
-- “钉钉”上各定位签到一次, 在A与B上各打卡一次, 各上传一次): 各, at most a manner
-- of doing it, then a check-in or an entering verb — only where two places
-- stand before 各 in its segment (two quoted names joined, two place words or
-- places counted: not 在“钉钉”上下班各打卡一次, a time of day each)
local EACH_ACT = {}
local EACH_HOW = { "定位", "扫码", "人脸", "刷脸", "视频", "拍照", "现场",
  -- (no manner: 各 and the act itself)
  "签到", "打卡", "上传", "提交", "填写" }
local EACH_ACT_SET = {}
do
  local known = {}
  for _, w in ipairs(EACH_WORDS) do known[w] = true end
  for _, how in ipairs { "", "定位", "扫码", "人脸", "刷脸", "视频", "拍照", "现场" } do
    for _, v in ipairs { "签到", "打卡", "上传", "提交", "录入", "填报", "上报", "报送", "登记", "填写" } do
      local w = "各" .. how .. v -- (simplified characters: normalized already)
      if not known[w] then
        EACH_ACT[#EACH_ACT + 1] = w
        EACH_WORDS[#EACH_WORDS + 1] = w
        EACH_ACT_SET[w] = true
      end
    end
  end
end
local EACH = jianfu.words(EACH_WORDS)
local TIME_OF_DAY = jianfu.norm_set { "早", "晚", "午", "夜" }
local EACH_OPENS = jianfu.norm_set { "、", "在", "的", "对", "由", "向", "为", "给", "和", "与", "及", "将", "把", "经" }
local function by_from(x, y) return x.from < y.from end
-- two places before 各 in text[s..e]: two quoted names joined, two place
-- words, or places counted (两个平台)
local QUOTE_JOIN_WORDS = jianfu.words(jianfu.norm_list { "”和“", "”与“", "”、“", "”及“", "”“", "」和「", "」与「", "」、「", "」「" })
local function two_places(text, s, e)
  if e < s then return false end
  if jianfu.any_in(text, QUOTE_JOIN_WORDS, s, e) then return true end
  local p, w = jianfu.any_in(text, PLACE, s, e)
  if p and jianfu.any_in(text, PLACE, p + #w, e) then return true end
  if jianfu.any_in(text, MANY_PLACE, s, e) then
    for _, m in ipairs(MANY) do
      local a, b = string.find(text, m, s, true)
      if a and b < e and jianfu.any_in(text, MANY_PLACE, b + 1, e) == b + 1 then return true end
    end
  end
  return false
end
local function counted_places(text)
  local out = {}
  -- a numeral can only count places when a place word occurs at all
  if jianfu.any_in(text, MANY_PLACE, 1, #text) then
    for _, m in ipairs(MANY) do
      local init = 1
      while true do
        local a, b = string.find(text, m, init, true)
        if not a then break end
        for _, p in ipairs(MANY_PLACE) do
          if text:sub(b + 1, b + #p) == p then
            out[#out + 1] = { term = text:sub(a, b + #p), from = a, to = b + #p }
            break
          end
        end
        init = b + 1
      end
    end
  end
  for _, h in ipairs(jianfu.find_all(text, EACH)) do
    -- each time of day (早晚各报一次, 上下午各报一次) is a time, not a platform;
    -- and 各 opening its segment or after a list mark or preposition is "every
    -- one" of the units a compound names (各登记窗口, 各填报单位, 对各报送
    -- 单位): the places counted stand before 各 (三个平台各录一遍)
    local prev = text:sub(h.from - 3, h.from - 1)
    local s = jianfu.segment(text, h.from, h.to)
    if not TIME_OF_DAY[prev] and not EACH_OPENS[prev] and s < h.from
        and (not EACH_ACT_SET[h.term] or two_places(text, s, h.from - 1)) then
      out[#out + 1] = h
    end
  end
  if #out > 1 then table.sort(out, by_from) end
  return out
end

-- the same record sent once more elsewhere: 同一动态还须报送镇政府网站, 相同内容
-- 另须报送分局工作群, 同一信息也须录入区人口库 (a word of sameness, then one
-- of "also" in its segment; first_multi wants the entering verb and the
-- place there too)
local AGAIN = jianfu.words(jianfu.norm_list { "还须", "还需", "还要", "还应", "也须", "也需", "也要", "也应",
  "亦须", "亦需", "另须", "另需", "另要" })
local SAME = jianfu.words(jianfu.norm_list { "同一", "相同", "同样", "上述", "前述" })
local function same_again(text)
  local out = {}
  for _, h in ipairs(jianfu.find_all(text, AGAIN)) do
    local s = jianfu.segment(text, h.from, h.to)
    local a = jianfu.any_in(text, SAME, s, h.from - 1)
    if a then out[#out + 1] = { term = text:sub(a, h.to), from = h.from, to = h.to } end
  end
  return out
end

-- the same data reported again after a first report (在联网直报平台上报后，再以
-- Excel表格形式报送乡镇统计站; 在学籍平台填报学生信息后，还须以表格报送): a
-- 后 after an entering verb (of two characters or more) in its segment, with
-- a platform or form there, then later in its sentence a word of "again"
-- (first_multi wants an entering verb and a place in that word's segment
-- too: not 录入后，再由镇里审核)
local AFTER = jianfu.normalize("后")
local FIRST_VERB = {}
for _, w in ipairs(VERB) do
  if #w > 3 then FIRST_VERB[#FIRST_VERB + 1] = w end
end
-- (a declaration made on a platform is its first entry too: 在“关务e联”申报的
-- 培训记录，须再打印纸质表格交协会; only as the first entry, not among the
-- verbs of several places, where 可在平台申报，也可到窗口申报 offers a choice)
FIRST_VERB[#FIRST_VERB + 1] = jianfu.normalize("申报")
-- (and records kept up to date on a platform are entered there: 健康档案在
-- “社卫e家”更新后，须另打印纸质表格交卫健局; 在系统维护的台账, 信息在平台
-- 变更后 — the app holds the current records, the paper copies them again)
for _, w in ipairs(jianfu.norm_list { "更新", "维护", "变更", "修改", "完善" }) do
  FIRST_VERB[#FIRST_VERB + 1] = w
end
FIRST_VERB = jianfu.words(FIRST_VERB)
local THEN_WORDS = jianfu.norm_list { "再以", "再在", "再将", "再向", "再通过", "再按", "再用", "再填",
  "再录", "再报", "再上报", "再登记", "再提交", "再上传", "再到", "再次",
  -- the same records written out again on paper or exported (每月再打印纸质台账
  -- 报送民政局, 再导出报表, 再抄录到台账)
  "再打印", "再导出", "再抄录", "再誊写", "再手工", "再汇总", "再整理", "再制作", "再形成",
  -- (written out by hand once more, or sent separately: 须再手写一份纸质档案报送,
  -- 再抄写一份, 另行以表格报送, 另以Word文件报送)
  "再手写", "再抄写", "再填写", "再誊抄", "再单独", "再另", "另行", "另以",
  -- (faxed once more: 填报后，须再传真至质控科; 传真 is a PLACE, the channel)
  "再传真",
  -- (filled in once more on another form: 录入后，须另填Excel汇总表报送, 另外填报)
  "另填", "另录", "另报", "另外填", "另外报", "另外录" }
-- (另 alone is "again" before any verb of copying or sending, as 再 is: 须另
-- 打印纸质表格交卫健局, 另交纸质版, 另导出报表, 另抄送; not 另行通知, which
-- sends nothing — first_multi wants a place and an entering verb after it)
local OTHER_COPY = {}
for _, v in ipairs { "打印", "导出", "抄录", "抄写", "手写", "誊写", "誊抄", "交", "上交", "送", "报送",
    "提交", "上传", "寄", "传真", "发送", "发至", "制作", "汇总", "整理", "登记", "填写" } do
  OTHER_COPY[#OTHER_COPY + 1] = "另" .. v
  OTHER_COPY[#OTHER_COPY + 1] = "另外" .. v
end
for _, w in ipairs(jianfu.norm_list(OTHER_COPY)) do THEN_WORDS[#THEN_WORDS + 1] = w end
for _, w in ipairs(AGAIN) do THEN_WORDS[#THEN_WORDS + 1] = w end
local THEN = jianfu.words(THEN_WORDS)
-- the first entry made in an app named only by its quoted name (须在“震联通”
-- 上报后, 在「渔政通」填报后): a closing quotation mark before the 后 in its
-- segment is the place of the first entry
local CLOSE_QUOTES = { jianfu.normalize("”"), jianfu.normalize("」") }
local function quoted_before(text, s, e)
  for _, q in ipairs(CLOSE_QUOTES) do
    local a, b = string.find(text, q, s, true)
    if a and b <= e then return true end
  end
  return false
end
-- ... or the record handled to its end in an app (维修单在“后勤e管”办结后，
-- 须再以Excel表格报送): the app holds it, so a place must stand before the 后
-- (or confirmed there: 配水记录在“灌区e管”确认后，须每月再打印纸质报表报送)
-- (or issued there: 检测报告在“检测e链”签发后，须再打印纸质报告报送业务科 —
-- 签发, 出具, 生成: the app holds the report)
-- (or completed there: 调查员在“调查e通”完成住户走访记录后，还须每月再打印
-- 纸质台账报送 — the app holds the record made)
-- (or counted there: 借阅数据在“书香e读”后台统计后，还须每月手工填写纸质统计表
-- 报送 — the app's back office holds the figures)
local DONE = jianfu.words(jianfu.norm_list { "办结", "结案", "销号", "处置", "审批", "流转", "确认", "核定", "审定",
  "签发", "出具", "生成", "完成", "统计" })
-- a case closed (办结, 结案, 销号) is closed in the system that handles it, named
-- or not: 窗口每日办结的业务，办结后须再以Excel表格报送中心综合科 — when the
-- word of "again" copies it into a form (再以, 再打印, 再导出 …, and a form in
-- its segment: Excel, 表格, 纸质 …; not 办结后再由科室审核, 办结后再以书面形式
-- 答复群众: no form)
local CLOSED = jianfu.words(jianfu.norm_list { "办结", "结案", "销号" })
local COPY_THEN = jianfu.words(jianfu.norm_list { "再以", "再打印", "再导出", "再手工", "再填写", "再手写",
  "再抄录", "另以", "另填", "还须", "还需", "还要", "另打印", "另导出", "另手写", "另抄录", "另外打印" })
local FORM = jianfu.words(jianfu.norm_list { "excel", "表格", "报表", "纸质", "台账", "word", "wps",
  "文档", "统计表", "登记表", "汇总表" })
local function closed_copied(text, s, a)
  if not jianfu.any_in(text, CLOSED, s, a - 1) then return false end
  local _, se = jianfu.sentence(text, a)
  local c, w = jianfu.any_in(text, COPY_THEN, a, se)
  if not c then return false end
  local _, ce = jianfu.segment(text, c, c + #w - 1)
  return jianfu.any_in(text, FORM, c, ce) ~= nil
end
local function first_entry(text, s, e, a)
  if jianfu.any_in(text, FIRST_VERB, s, a - 1) then
    return jianfu.any_in(text, PLACE, s, e) or quoted_before(text, s, a - 1)
  end
  return jianfu.any_in(text, DONE, s, a - 1)
    and (jianfu.any_in(text, PLACE, s, a - 1) or quoted_before(text, s, a - 1) or closed_copied(text, s, a))
end
-- ... or a first entry told as done (已在“浙政钉”平台填报的数据，还须再发送至…):
-- 已, then an entering verb and a place in its segment; the word of "again"
-- after that segment, in its sentence
local DONE_ALREADY = jianfu.normalize("已")
-- appends to out the first of thens (the second reports) that starts past
-- `past` and ends in the sentence holding a
local function then_after(text, thens, a, past, out)
  local _, se = jianfu.sentence(text, a)
  for _, h in ipairs(thens) do
    if h.from > past and h.to <= se then
      out[#out + 1] = { term = h.term, from = h.from, to = h.to }
      return
    end
  end
end

-- appends to out the second report after each first entry told as done
-- (已在…填报的数据，还须再…); thens: the caller's list of second reports
local function already_entered(text, out, thens)
  local a = string.find(text, DONE_ALREADY, 1, true)
  while a do
    local s, e = jianfu.segment(text, a, a + #DONE_ALREADY - 1)
    if jianfu.any_in(text, FIRST_VERB, a, e) and
        (jianfu.any_in(text, PLACE, s, e) or quoted_before(text, a, e)) then
      then_after(text, thens, a, e, out)
    end
    a = string.find(text, DONE_ALREADY, a + #DONE_ALREADY, true)
  end
  return out
end
-- the record sent once more after a first entry may be sent by any verb of
-- sending (还须再发送至市局邮箱, 另须发至工作群): only there, where the first
-- entry is found already (not 通知同时发送至各单位邮箱, which enters nothing)
local VERB_OR_SEND = {}
for _, w in ipairs(VERB) do VERB_OR_SEND[#VERB_OR_SEND + 1] = w end
-- (or handed in on paper: 录入后，须再打印纸质表格交药剂科 — 交, 上交, 送交)
-- (or faxed, the channel a PLACE word: 填报后，还须传真至质控科)
-- (or written out again by hand and kept, sent or not: 在“农机e助”提交后，须再
-- 手写纸质台账一份备查 — copying the records by hand is entering them once
-- more; not 打印, a printout of the same entry)
for _, w in ipairs(jianfu.norm_list { "发送", "发至", "发到", "传送", "转送", "抄送", "交",
    "传真至", "传真到", "传真给", "手写", "抄写", "誊写", "誊抄", "抄录", "手工登记", "手工填",
    -- (or posted on paper: 须另以纸质形式邮寄协会一份, 寄送, 寄交)
    "邮寄", "寄送", "寄交", "寄至", "寄到" }) do
  VERB_OR_SEND[#VERB_OR_SEND + 1] = w
end
VERB_OR_SEND = jianfu.words(VERB_OR_SEND)
-- ... or a first entry told in a relative clause (在“污水e管”录入的巡检记录须再
-- 打印纸质台账交生产科; 在“公积金e家”办结的提取业务，须再以Excel表格汇总报送):
-- an entering verb or a word of handling to its end right before 的, a place
-- before it in its segment (a PLACE word or a quoted name); the word of
-- "again" after the 的 in its sentence, with a verb of sending and a place
-- after it in its own segment (not 在平台录入的数据须再次核对: nothing sent)
local OF = jianfu.normalize("的")
local ENTERED_OF = {}
for _, w in ipairs(FIRST_VERB) do ENTERED_OF[#ENTERED_OF + 1] = w .. OF end
for _, w in ipairs(DONE) do ENTERED_OF[#ENTERED_OF + 1] = w .. OF end
ENTERED_OF = jianfu.words(ENTERED_OF)
local function entered_of(text, out, thens)
  for _, r in ipairs(jianfu.find_all(text, ENTERED_OF)) do
    local s = jianfu.segment(text, r.from, r.to)
    if jianfu.any_in(text, PLACE, s, r.from - 1) or quoted_before(text, s, r.from - 1) then
      local _, se = jianfu.sentence(text, r.from)
      for _, h in ipairs(thens) do
        if h.from > r.to and h.to <= se then
          local _, he = jianfu.segment(text, h.from, h.to)
          if jianfu.any_in(text, VERB_OR_SEND, h.to + 1, he) and jianfu.any_in(text, PLACE, h.from, he) then
            out[#out + 1] = { term = h.term, from = h.from, to = h.to }
          end
          break
        end
      end
    end
  end
end
local function after_again(text)
  local out = {}
  local thens
  if jianfu.any_in(text, ENTERED_OF, 1, #text) then
    thens = jianfu.find_all(text, THEN)
    entered_of(text, out, thens)
  end
  if string.find(text, DONE_ALREADY, 1, true) then
    thens = jianfu.find_all(text, THEN)
    already_entered(text, out, thens)
  end
  local a = string.find(text, AFTER, 1, true)
  while a do
    local s, e = jianfu.segment(text, a, a + #AFTER - 1)
    if first_entry(text, s, e, a) then
      thens = thens or jianfu.find_all(text, THEN)
      then_after(text, thens, a, a, out)
    end
    a = string.find(text, AFTER, a + #AFTER, true)
  end
  return out
end

-- the same act done once more in another place, the first in an earlier
-- segment of the sentence (须在“档案e查”APP定位签到，并在“考勤宝”中再签到一次;
-- 在“网格通”录入走访记录，还要在“民情e站”再录入一遍): 再 right before an
-- entering verb, a place (a PLACE word or a quoted name) before it in its
-- segment and another place with an entering verb in an earlier segment of
-- its sentence (not 整改完成后再上报整改结果: no place; not the same quoted
-- name twice: another report in the same app)
local AGAIN_VERB = {}
for _, v in ipairs { "签到", "打卡", "录入", "填报", "上报", "报送", "登记", "提交", "上传", "填写", "采集",
    "发布" } do
  AGAIN_VERB[#AGAIN_VERB + 1] = "再" .. v
end
-- (the same entry made once more, said outright: 再录一遍, 重复录入 — see
-- REPEATED)
for _, v in ipairs { "再录", "重复录入", "重复填报", "重复上报", "重复登记" } do
  AGAIN_VERB[#AGAIN_VERB + 1] = v
end
AGAIN_VERB = jianfu.words(jianfu.norm_list(AGAIN_VERB))
-- an entry said to be repeated (再录入一遍, 再录一次, 重复录入): the data of the
-- earlier segment's entry, whose place need not be named (统计调查员每月录入
-- 记账户数据不少于四十户，并须在省统计联网直报平台再录入一遍); not a
-- correction (录入有误的须重新录入: no 再 and no second place)
local REPEAT_AFTER = jianfu.words(jianfu.norm_list { "一遍", "一次" })
local REPEAT_VERB = jianfu.norm_set { "重复录入", "重复填报", "重复上报", "重复登记" }
local function repeated(text, h)
  if REPEAT_VERB[h.term] then return true end
  local n = h.to + 1
  if jianfu.any_in(text, REPEAT_AFTER, n, n + 5) == n then return true end
  -- (再录入一遍: the verb AGAIN_VERB found may be 再录, 入 after it)
  local ru = jianfu.normalize("入")
  return text:sub(n, n + #ru - 1) == ru and jianfu.any_in(text, REPEAT_AFTER, n + #ru, n + #ru + 5) == n + #ru
end
-- an entering verb in an earlier segment of the sentence, place or not
-- (and not a correction: 发现错误的在平台再录入一遍更正)
local CORRECTION = jianfu.words(jianfu.norm_list { "错误", "有误", "差错", "更正", "修正", "纠错", "退回" })
local function verb_before(text, a, s)
  return s - 2 >= a and jianfu.any_in(text, FIRST_VERB, a, s - 2) ~= nil
    and not jianfu.sentence_has(text, a, CORRECTION)
end
local OPEN_QUOTE = { ["”"] = "“", ["」"] = "「" }
-- the place of an entry in text[s..e]: a quoted name (its text) or a PLACE word
local function place_in(text, s, e)
  for _, q in ipairs(CLOSE_QUOTES) do
    local a = string.find(text, q, s, true)
    if a and a + #q - 1 <= e then
      local o = OPEN_QUOTE[q]
      local name_from
      local i = s
      while true do
        local x, y = string.find(text, o, i, true)
        if not x or x >= a then break end
        name_from, i = y + 1, y + 1
      end
      return name_from and text:sub(name_from, a - 1) or q
    end
  end
  local p, w = jianfu.any_in(text, PLACE, s, e)
  return p and w or nil
end
-- Does a segment of text[a..s-2] (the earlier segments of a sentence) hold an
-- entering verb and a place other than `other`?
local function entered_before(text, a, s, other)
  local ps = a
  while ps < s - 1 do
    local _, pe = jianfu.segment(text, ps, ps)
    if pe >= s - 1 then pe = s - 2 end
    local first = jianfu.any_in(text, FIRST_VERB, ps, pe) and place_in(text, ps, pe)
    if first and first ~= other then return true end
    ps = pe + 2
  end
  return false
end
local function again_elsewhere(text)
  local out = {}
  for _, h in ipairs(jianfu.find_all(text, AGAIN_VERB)) do
    local s = jianfu.segment(text, h.from, h.to)
    local second = place_in(text, s, h.from - 1)
    local a = jianfu.sentence(text, h.from)
    if second and s > a and (entered_before(text, a, s, second) or
        (repeated(text, h) and verb_before(text, a, s))) then
      out[#out + 1] = { term = h.term, from = h.from, to = h.to }
    end
  end
  return out
end

-- the same data reported again in a later segment of the sentence that made
-- the first entry, with no 后 between (在“护林e巡”录入巡护日志不少于2条，并再以
-- Word文档报送管理局; 在“X”平台填报月报，另以Excel表格报送): a word of "again"
-- (THEN) opening a segment after an earlier one of its sentence with an
-- entering verb and a place (a PLACE word or a quoted name); first_multi
-- wants an entering verb and a place in the second segment too (not 录入
-- 平台，再报送县局: one report, passed on; not 录入后，再由镇里审核)
-- (or the first report named by its verb alone, the second a copy into a
-- form: 每月上报宏观异常信息不少于5条，并再以Excel表格报送县地震局 — what was
-- reported is sent again as a file, wherever the first went; a word of
-- copying, COPY_THEN, with a FORM in its segment, and an entering verb in an
-- earlier segment of the sentence, not a correction: verb_before)
local COPY_THEN_SET = {}
for _, w in ipairs(COPY_THEN) do COPY_THEN_SET[w] = true end
local function then_elsewhere(text)
  local out = {}
  for _, h in ipairs(jianfu.find_all(text, THEN)) do
    local s, e = jianfu.segment(text, h.from, h.to)
    local a = jianfu.sentence(text, h.from)
    if entered_before(text, a, s) or
        (COPY_THEN_SET[h.term] and jianfu.any_in(text, FORM, h.to + 1, e) and verb_before(text, a, s)) then
      out[#out + 1] = { term = h.term, from = h.from, to = h.to }
    end
  end
  return out
end

-- the compliant principle stated anywhere in the clause: one entry, shared
local SHARED = jianfu.words(jianfu.norm_list { "一次采集", "多方共享", "多方共用", "一处录入", "数据共享", "只需", "仅需" })

local MUST = jianfu.words(jianfu.norm_list {
  "须", "需", "必须", "要求", "应当", "均要", "都要", "既要", "缺一不可", "一致", "均完成",
  -- a duty told as "also" (还要再发送到…邮箱, 也要录入)
  "还要", "也要", "另要",
})

-- the first candidate of cands that is not negated and has an entering verb
-- and a platform or form in its segment, or nil (nor one in the segment of a
-- falsification a sanction targets: 对重复填报中虚报数据的…扣分 bans the cheat)
-- the same items sent at once to an office as well (在“供销e站”发布信息不少于
-- 5条，并同步报送县社电商中心): 同步 or 同时 right before an entering verb, in
-- a segment with no place of its own, after an earlier segment of its
-- sentence with an entering verb and a place (a PLACE word or a quoted name)
local AT_ONCE = jianfu.norm_set { "同步", "同时" }
-- (not photos, screenshots or videos sent with it: 扫码签到，同时上传走访照片2张
-- adds a proof of the visit, another thing than the data entered —
-- trace-evidence's, not the same record twice)
local PROOF = jianfu.words(jianfu.norm_list { "照片", "相片", "截图", "图片", "视频", "影像", "合影" })
local function sent_too(text, h, s)
  if not AT_ONCE[h.term] or jianfu.any_in(text, VERB, h.to + 1, h.to + 6) ~= h.to + 1 then return false end
  local _, e = jianfu.segment(text, h.from, h.to)
  if jianfu.any_in(text, PROOF, h.to + 1, e) then return false end
  local a = jianfu.sentence(text, h.from)
  local ps = a
  while ps < s - 1 do
    local _, pe = jianfu.segment(text, ps, ps)
    if pe >= s - 1 then pe = s - 2 end
    if jianfu.any_in(text, FIRST_VERB, ps, pe) and place_in(text, ps, pe) then return true end
    ps = pe + 2
  end
  return false
end
-- a quoted name after 在 joined to a second place (同时在“殡仪e服”和考勤机上
-- 打卡, 在“渔政通”与纸质台账上分别登记): the first of the two places, as a
-- platform word after the name makes it (在“殡仪e服”APP和考勤机上)
local AT_QUOTE = jianfu.words(jianfu.norm_list { "在“", "在「", "于“", "于「", "通过“", "通过「" })
local QUOTE_AND = jianfu.words(jianfu.norm_list { "”和", "”与", "”及", "”、", "」和", "」与", "」及", "」、" })
local function named_and(text, s, e)
  local a = jianfu.any_in(text, AT_QUOTE, s, e)
  return a ~= nil and jianfu.any_in(text, QUOTE_AND, a, e) ~= nil
end
local function first_multi(clause, text, cands, verbs)
  for _, h in ipairs(cands) do
    if not jianfu.negated(clause, h.from, h.to) and not jianfu.punished(clause, h.from, h.to) then
      local s, e = jianfu.segment(text, h.from, h.to)
      -- the segment, widened to the next one for "既要录入X,又要…同步填报"
      if jianfu.any_in(text, verbs or VERB, s, e) and (jianfu.any_in(text, PLACE, s, e) or sent_too(text, h, s) or
          named_and(text, s, e)) then
        return h
      end
    end
  end
  return nil
end


local function check(clause, report)
  -- both tests are false without a locator (every clause of a text document)
  if clause.locator and (jianfu.name_field(clause) or jianfu.repeats_item(clause, MULTI)) then return end
  local text = clause.text
  -- the multiple-place words, then the counted places (2个平台, 各录), in
  -- that order; the counted places are looked for only when no word is one
  -- (and then the same record sent again: 同一动态还须报送…)
  local m = first_multi(clause, text, jianfu.find_terms(text, MULTI, MULTI_UNLESS))
    or first_multi(clause, text, counted_places(text))
    or first_multi(clause, text, same_again(text), VERB_OR_SEND)
    or first_multi(clause, text, after_again(text), VERB_OR_SEND)
    or first_multi(clause, text, then_elsewhere(text))
    -- (again_elsewhere has found both places and verbs: only the scope is asked)
    or jianfu.first_free(clause, again_elsewhere(text))
  if not m then return end
  if jianfu.any_in(text, SHARED, 1, #text) then return end
  local counted = jianfu.made_to_count(clause) or (clause.doc and clause.doc.assessment)
    or jianfu.any_in(text, MUST, 1, #text)
  if not counted then return end
  local ev = jianfu.evidence(clause, m.from)
  ev.metric = m.term
  local places = {}
  for _, p in ipairs(jianfu.find_terms(text, PLACE)) do
    -- (two quoted names joined are places, but name none: not listed)
    if #places < 4 and not QUOTE_JOIN[p.term] then places[#places + 1] = p.term end
  end
  ev.places = places
  -- the criterion begins at the first entry of the data, before the word of
  -- several places in its sentence (…在“执行e站”报送执行公开信息不少于12条，
  -- 并同时在院内网报送: a clause wrapped over two lines of a PDF extract is
  -- labelled where it begins); the evidence keeps that word
  local from = m.from
  local a = jianfu.sentence(text, m.from)
  for _, h in ipairs(jianfu.find_all(text, FIRST_VERB)) do
    if h.from >= m.from then break end
    if h.from >= a then
      from = h.from
      break
    end
  end
  report {
    from = from, to = m.to, evidence = ev,
    message = "要求同一数据在多个平台或表格“" .. m.term .. "”填报" .. jianfu.evidence_details(ev),
  }
end

-- The triggers: every word the check can report holds one of them (the
-- multiple-place words, every counted place such as 三平台 or 2个app, each
-- of 各录/双线, the "also" of a record sent again: its span is the AGAIN
-- word, the sameness before it only named in the message; the "again" of a
-- report after a first one: its span is the THEN word), so a clause whose trigger hits are all prohibited gives
-- nothing to report (skip_prohibited below).
local TRIGGERS, seen = {}, {}
local function trigger(t)
  if not seen[t] then
    seen[t] = true
    TRIGGERS[#TRIGGERS + 1] = t
  end
end
for _, t in ipairs {
  "多头", "重复", "同时", "分别", "既要", "又要", "同步", "两处", "三处", "多处", "两套", "三套",
  "多套", "多个平台", "多个系统", "一式多份",
  "个平台", "个系统", "两平台", "双平台", "两系统", "各录", "各填", "各报", "各上报", "各登记",
  "双线", "双轨", "另行", "再次", "二次录入", "二次填报",
} do trigger(t) end
-- (each act holds 各 and its manner or its verb: 各定位…, 各签到 — one trigger
-- each, not one per act, which the prefilter would pay for at every start)
for _, how in ipairs(EACH_HOW) do trigger(jianfu.normalize("各" .. how)) end
for _, t in ipairs(AGAIN) do trigger(t) end
for _, t in ipairs(THEN_WORDS) do trigger(t) end
for _, t in ipairs(AGAIN_VERB) do trigger(t) end
for _, m in ipairs(MANY) do
  for _, p in ipairs(MANY_PLACE) do trigger(m .. p) end
end

jianfu.rule {
  id = "duplicate-reporting",
  category = "duplicate-reporting",
  severity = "warning",
  title = "要求同一数据在多个平台、系统或表格重复填报",
  description = [[
同一数据既要录入省级系统、又要在市县平台和纸质台账中再填一遍，是中央网信办整治
方案点名的“多头填报”。义乌一名街道干部一天要登录多达18个系统，上海居村一度面对
38个填报系统。重复填报挤占为群众办事的时间，还造成数据不一致。应当“一次采集、
多方共享”：数据一处录入，其他系统通过共享获取；考核不以多平台填报齐全与否计分。]],
  basis = {
    "整治形式主义为基层减负若干规定",
    "中央网信办《“指尖上的形式主义”全国整治工作方案》",
    "关于防治“指尖上的形式主义”的若干意见",
  },
  precedents = { "yiwu", "shanghai" },
  triggers = TRIGGERS,
  skip_prohibited = true, -- every word it reports holds a trigger and is refused when negated (see TRIGGERS)
  examples = {
    bad = {
      -- round 55: a quoted name after 在 joined to a second place
      "护林员须同时在“林长e巡”和巡护本上登记巡护情况，缺一处的扣1分",
      -- round 54: records updated on the app, printed again with 另
      "健康档案在“社卫e家”更新后，须另打印纸质表格交卫健局，未交的扣1分",
      -- round 53: declared on a platform, then printed or posted on paper
      "报关企业在“关务e联”申报的培训记录，须再打印纸质表格盖章后交协会，未交的扣1分",
      "报关企业在“关务e联”提交的年度报告，须另以纸质形式邮寄协会一份，未邮寄的扣信用分1分",
      -- round 52: a thing found, registered with no comma before 在
      "桥隧巡查发现的病害在“桥隧e管”登记后，还须手写纸质病害台账一份，缺漏一处扣0.5分",
      -- round 50: the same check-in once on each of two apps; a thing found,
      -- then entered, then filled in again
      "环卫工人每天须在“城管通”与“企业微信”上各打卡一次，漏打一处扣0.5分",
      "网格员走访发现的矛盾纠纷，在“平安e格”上报后，还须另填纸质登记表报送司法所，漏报一次扣1分",
      -- round 49: a report sent again as a form, the first platform unnamed
      "每月上报宏观异常信息不少于5条，并再以Excel表格报送县地震局",
      -- round 48
      "12345热线工单结案后，须再以Excel表格报送督查室，漏报一次扣0.5分",
      "各检定室检定数据在“计量e检”后台统计后，还须每月手工填写纸质统计表报送检定所",
      -- round 47: submitted in an app, then written out again by hand and kept
      "检验记录在“农机e助”提交后，须再手写纸质台账一份备查，缺台账的扣0.5分",
      -- round 46: a record completed in an app, then printed on paper
      "调查员在“调查e通”完成住户走访记录后，还须每月再打印纸质台账报送县调查队，缺报一次扣1分",
      -- round 45: the first entry told in a relative clause (录入的, 办结的)
      "污水厂各班组在“污水e管”录入的设备巡检记录须再打印纸质台账交生产科，漏交一次扣二分",
      "在“公积金e家”办结的提取业务，须再以Excel表格汇总报送中心业务科，漏报一次扣0.5分",
      -- round 44: faxed again after the entry
      "急救站出车记录在“急救调度通”填报后，还须传真至急救中心质控科，漏传一次扣0.5分",
      -- round 43: a report issued in an app, then printed again on paper
      "食品检测报告在“检测e链”签发后，须再打印纸质报告报送业务科，未报送的每份扣0.5分",
      -- round 42
      "统计调查员每月录入记账户数据不少于四十户，并须在省统计联网直报平台再录入一遍",
      -- filled in once more on another form, or confirmed in an app and printed again
      "水质检测数据在“水质e测”平台录入后，须另填纸质报表报送水务局，缺报一次扣1分",
      "病历首页信息在“医管通”系统确认后，还须每月再导出报表报送医务科",
      -- handed in on paper after a first entry
      "巡查记录在“安监e通”录入后，须再打印纸质台账交街道安监站，缺交的扣1分",
      "各学校的安全检查记录在“平安校园”平台上报后，须再以Word文档报送区教育局，漏报一次扣0.5分",
      -- the same items sent at once to an office as well
      "各社每周在“供销e站”发布农资供应和农产品购销信息不少于5条，并同步报送县社电商中心，漏报一处扣0.5分",
      -- the same check-in made again in another app, the first in an earlier segment
      "档案馆工作人员上下班须在“档案e查”APP定位签到，并在“考勤宝”中再签到一次，任一处缺签的按迟到处理",
      -- fax as a second channel; what is found, the subject of a duty after a comma;
      -- a record handled to its end in an app, then reported again
      "人影作业完成后，作业信息须在“人影e控”上报，同时以传真方式报送市人影办，漏报一项扣一分",
      -- sent again in a later segment of the entry's sentence, no 后 between;
      -- written out by hand once more; 整改 naming the records entered
      "保护区巡护员每天在“护林e巡”录入巡护日志不少于2条，并再以Word文档报送管理局科研科，漏报的扣0.5分",
      "福利院儿童成长记录在“福苑e护”填写后，须再手写一份纸质档案报送院办，缺报的扣0.5分",
      "特检所每名检验员每月录入隐患整改信息不少于20条，并须同步报送市场监管局系统，漏报的扣0.5分",
      "执法巡查发现的问题，须同时在“国土云巡”、省执法监管平台和纸质台账登记，漏登一处扣1分",
      "后勤维修单在“后勤e管”办结后，须再以Excel表格报送后勤处，未报送的扣0.5分",
      -- reported again after a first entry in an app named only by its quoted name
      "社区矫正对象走访记录须在“智慧矫正”APP录入后，再抄录到纸质工作台账，漏录一次扣0.5分",
      "食品抽检结果须在“食安云”登记后，再导出报表报送市局，未报送的扣1分",
      "检查发现的隐患须同时在“安全生产”APP和县局台账中登记，漏登一处扣0.5分",
      "保洁员每日分别在“城管通”和“企业微信”上定位打卡，漏打一处按缺勤半天计",
      -- reported again after a first report on a platform
      "各村须在“防返贫监测”系统录入后，再以纸质报表形式报送镇扶贫办，未报送的扣1分",
      "学校在学籍平台填报学生信息后，还须以Excel表格报送区教育局，纳入年度考核",
      -- a first entry told as done, then sent again by another verb
      "已在“浙政钉”平台填报的统计数据，还须再发送至市局邮箱，漏报的扣0.5分",
      -- the same check-in in two apps; a network is a place
      "交警中队民警须同时在“警务通”和“钉钉”上每日上下班定位打卡，打卡记录作为绩效考核依据",
      "社区网格员须分别在“浙政钉”和“网格通”APP上每日签到，漏签一处扣0.5分",
      "各检察院每季度向“检察信息”平台报送工作信息不少于12条，并同时在市院内网报送，报送数量纳入年度考评",
      -- the same record sent once more elsewhere (同一…还须, 相同…另须)
      "各村每周须在“乡村振兴”平台发布工作动态不少于3条，同一动态还须报送镇政府网站，漏报的扣0.5分",
      "各派出所每日在警务平台填报治安日志，相同内容另须报送分局工作群，缺报一次扣0.2分",
      -- a rectification word closing a quoted platform name names it,
      "巡察整改进展须在“巡察整改”平台和“督查督办”系统同时填报，未同时填报的扣1分",
      -- a database is a place of the same records
      "学校学籍数据须在省学籍系统和区教育数据库分别填报，漏报扣分",
      "流动人口信息须同时在“基层治理四平台”、“浙政钉”工作台和“网格通”系统中分别录入，任一系统未录入的每条扣0.1分",
      "同一月度统计报表须同时通过浙政钉报送和纸质盖章报送，缺报一处扣0.5分",
      { text = "网格内人口、房屋信息须同时在“网格通”和区级综治平台中分别采集录入", scheme = true },
      { text = "安全检查记录同时在纸质台账和“安全监管”APP中报送（2分）", title = "2024年度村（社区）工作考核细则" },
      "同一批低保對象信息須分別在民政系統、鄉村振興平台和縣級數據平台重複填報，漏報一處扣1分",
      "疫苗接种数据既要在省平台上报，又要在市平台重复录入，两处均完成方可计分",
      "同一户籍人口信息须在公安、民政、卫健三个平台各录一遍",
      "资金台账须在“防返贫监测平台”和“乡村振兴云”双线填报",
      -- a PDF extract spaces the Latin word too: "两 个 A P P" is 两个app
      "网 格 员 每 日 须 在 两 个 A P P 中 分 别 填 报 同 一 份 走 访 台 账",
      -- the same items published in several places, counted
      "各乡镇每周在政府网站“乡镇动态”栏目和“今日新闻”公众号同步推送工作信息不少于2条，按条计分",
    },
    good = {
      -- round 55: the two places named, but nothing entered twice
      "职工在“殡仪e服”和考勤机上的打卡记录由人事科核对",
      -- round 54: 另行通知 sends nothing
      "健康档案在系统更新后，具体要求另行通知",
      -- round 53: a printout archived; paper replaced
      "在“关务e联”申报的材料，打印一份存档备查",
      "企业在“关务e联”申报后，不再报送纸质材料",
      -- round 52: what inspection found, told; a thing found, then handled
      "本月养护站巡查发现路面病害18处，均已在“公路e养”登记并完成修补",
      "巡查发现的路面病害在“公路e养”登记后，由养护站按期处置",
      -- round 50: a time of day each, one app; a finding told
      "保安员每天须在“钉钉”上下班各打卡一次，未打卡的按缺勤计",
      "调研发现的问题，在部分村表现为干部须每天在两个平台重复填报同一数据",
      "每月上报地震宏观观测信息不少于5条，数据错误的再以Excel表格更正后报送",
      -- round 48
      "不动产登记窗口业务办结后，再以短信方式告知申请人",
      "保管员每次巡仓须在“粮安e管”扫码打卡，同时上传粮面照片2张，缺一项的按未巡仓处理",
      -- round 47: no second entry demanded
      "记录在“农机e助”提交后，无需再手写纸质台账",
      -- round 46: completed in an app, then the next piece of work
      "网格员在“平安e格”完成入户巡查后，再到下一户走访",
      -- round 45: 各 of a compound (各登记窗口); a record entered, then checked
      "各登记窗口在“登记易”小程序的日均访问量不得低于500次，每周通报排名",
      "各站在“环保e管”录入的巡查记录须再次核对，错误的扣分",
      "在“政务e办”办结的事项，须再以电话回访群众，回访率纳入考核",
      -- round 43: a report the system makes; a receipt kept
      "检测报告由系统自动生成，群众可在线查询下载",
      "业务办理完成后，打印回执存档备查",
      -- round 42
      "每月录入记账数据，发现错误的在平台再录入一遍更正",
      -- the system makes the report itself
      "灌区配水记录在“灌区e管”确认后，系统自动导出月度报表",
      "整改信息在平台录入后，再交由科长审核",
      "巡护日志在“护林e巡”录入后自动同步至市局系统，无需重复报送",
      "各站每月在“环保e管”录入巡查记录，再由站长审核",
      "各单位可下载Word文档模板填写后上报",
      "报修工单在“物业e管”办结后，再由物业科电话回访，回访满意率纳入考核",
      -- another report, in no other place
      "巡查人员须在“安全e巡”APP上报隐患，整改完成后再上报整改结果",
      "作业信息须在“人影e控”上报，无法联网时可以传真方式补报",
      -- another duty after a report in a quoted app
      "各村须在“防汛通”上报险情后，再组织群众转移，未及时转移的追责",
      "整改前，网格员每天需在4个系统重复填报同一数据；现已实现数据共享",
      -- after the entry someone else checks it: no second report
      "各村须在系统录入后，再由镇扶贫办审核，审核通过率纳入考核",
      -- another duty after the entry; a ban
      "各村在平台上报隐患后，还须及时组织整改，整改情况纳入考核",
      -- a notice sent at once to several mailboxes enters no data
      "会议通知须同时发送至各单位邮箱和工作群",
      "已在平台上报的隐患，还须及时组织整改",
      "不得要求基层将同一信息还须在其他系统重复录入",
      -- each time of day, not each platform
      "值守人员每天早晚各报一次平安，未按时报送的通报批评",
      "人口信息由平台一处录入，自动同步至区人口库",
      "同一数据原则上一次采集、多方共享，不得多头填报、重复填报",
      "不得要求基层在多个平台重复填报同一数据",
      "推行“一表通”，同一数据一处录入、多方共享，需填报的系统由19个减至7个",
      "同一数据只需一次录入，系统间共享，不再重复填报",
      "解散功能重复的工作群，整合重复建设的平台",
      "两名干部分别负责台账登记和系统录入",
      "经查实存在要求基层多头填报、重复填报行为的，本项不得分",
      "全县三个平台已实现数据互通，基层只需填报一次",
      "将原有的两个平台整合为一个，减少基层填报负担",
      "县融媒体中心的新闻在电视台和公众号同步播出，方便群众收看",
      "对在两个平台重复填报中虚报数据的，一经查实扣1分",
    },
  },
  check = check,
}
