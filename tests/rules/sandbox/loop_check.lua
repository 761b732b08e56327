-- An endless loop in a check ends at the instruction budget.
-- expect: check sb-loop-check 5 rule exceeded its instruction budget (10000000)
jianfu.rule { id = "sb-loop-check", category = "checkin", severity = "error", title = "t",
  basis = { "b" }, check = function(clause, report)
    while true do end
  end }
