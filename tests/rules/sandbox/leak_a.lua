-- Globals, string, table, math and jianfu changed here stay here (leak_b.lua checks).
-- expect: findings sb-leak-a 1
secret = "leaked"
string.find = function() error("tampered string.find") end
string.upper = nil
table.insert = nil
math.floor = function() return 42 end
jianfu.metric_check = nil
rawset(string, "rep", nil)
jianfu.rule { id = "sb-leak-a", category = "checkin", severity = "error", title = "t",
  basis = { "b" }, check = function(clause, report) report {} end }
