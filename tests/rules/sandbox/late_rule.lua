-- Rules register while their file loads, not from a check.
-- expect: check sb-late 5 jianfu.rule can only be called while a rule file loads
jianfu.rule { id = "sb-late", category = "checkin", severity = "error", title = "t",
  basis = { "b" }, check = function(clause, report)
    jianfu.rule { id = "sb-later" }
  end }
