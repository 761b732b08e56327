-- A rule whose own examples fail, for `jianfu rules test`.
jianfu.rule {
  id = "failing-examples",
  category = "checkin",
  severity = "error",
  title = "a rule whose examples are wrong",
  basis = { "test" },
  triggers = { "打卡" },
  examples = {
    bad = { "每日打卡不少于1次", "这一句没有触发词" },
    good = { "取消学习打卡考核", "打卡率达到100%" },
  },
  check = function(clause, report)
    if not clause:prohibited(clause.hits[1].from, clause.hits[1].to) then
      report { from = clause.hits[1].from, to = clause.hits[1].to, message = "check-in" }
    end
  end,
}
