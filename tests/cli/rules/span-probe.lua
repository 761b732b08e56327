-- span-probe: a test rule that reports every occurrence of a broad vocabulary
-- of the ten categories, so that tests/cli/check_spans.py can check that each
-- reported span, cut from the ORIGINAL file and normalized again, is the term.
local TERMS = {
  "活跃率", "活跃度", "使用率", "登录率", "点击率", "访问量", "浏览量", "下载量", "下载安装",
  "安装率", "注册率", "注册量", "实名注册", "关注量", "点赞", "转发", "评论", "投票", "阅读量",
  "打卡", "签到", "在线时长", "学习时长", "在线率", "积分", "排名", "通报", "拍照上传",
  "截图", "留痕", "照片", "录入", "上报", "报送", "收到", "接龙", "工作群", "微信群",
  "填报", "重复填报", "多头填报", "app", "考核", "不得低于", "不少于",
}
jianfu.rule {
  id = "span-probe",
  category = "app-usage-metric",
  severity = "info",
  title = "span probe (test rule)",
  basis = { "test" },
  triggers = TERMS,
  examples = { bad = { "活跃率" }, good = { "无关的句子" } },
  check = function(clause, report)
    for _, h in ipairs(clause.hits) do
      report { from = h.from, to = h.to, message = h.term, evidence = { term = h.term } }
    end
  end,
}
