-- A duplicate id is reported at the second definition; the first stays.
-- expect: load 5 rule 'sb-duplicate': duplicate id (already defined at tests/rules/sandbox/duplicate.lua:4)
-- expect: findings sb-duplicate 1
jianfu.rule { id = "sb-duplicate", category = "checkin", severity = "error", title = "t", basis = { "b" }, check = function(c, report) report {} end }
jianfu.rule { id = "sb-duplicate", category = "checkin", severity = "error", title = "t", basis = { "b" }, check = function() error("second") end }
