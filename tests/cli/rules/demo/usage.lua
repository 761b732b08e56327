-- A small, stable rule for the CLI golden tests: it does not change when the
-- real rule pack is tuned.
jianfu.rule {
  id = "demo-usage",
  category = "app-usage-metric",
  severity = "error",
  title = "demo: an app usage rate with a threshold",
  basis = { "整治形式主义为基层减负若干规定" },
  precedents = { "yihuang-2023" },
  triggers = { "活跃率", "使用率" },
  examples = { bad = { "APP活跃率不得低于80%" }, good = { "不得将APP活跃率纳入考核" } },
  check = function(clause, report)
    local h = clause.hits[1]
    local th = clause.thresholds[1]
    if not th or clause:prohibited(h.from, h.to) then return end
    report {
      from = h.from, to = h.to,
      message = h.term .. " " .. th.op .. " " .. th.value .. th.unit,
      evidence = { metric = h.term, threshold = { op = th.op, value = th.value, unit = th.unit } },
    }
  end,
}
