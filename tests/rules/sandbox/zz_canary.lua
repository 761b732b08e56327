-- A plain rule: run after every failing one to show the state still works.
-- expect: findings canary 1
jianfu.rule { id = "canary", category = "checkin", severity = "info", title = "canary",
  basis = { "b" }, triggers = { "活跃率" }, check = function(clause, report)
    local h = clause.hits[1]
    report { from = h.from, to = h.to, evidence = { big = string.rep("x", 1000) } }
  end }
