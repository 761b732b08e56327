-- No way to make or load bytecode: string.dump is gone from the string table
-- and from the string metatable, and load does not exist.
-- expect: check sb-dump 9 attempt to call a nil value (field 'dump')
-- expect: check sb-dump-method 10 attempt to call a nil value (field 'dump')
-- expect: check sb-load 11 attempt to call a nil value (global 'load')
local function rule(id, check)
  jianfu.rule { id = id, category = "checkin", severity = "error", title = "t", basis = { "b" }, check = check }
end
rule("sb-dump", function() local s = string.dump(rule) end)
rule("sb-dump-method", function() local s = ("x").dump(rule) end)
rule("sb-load", function() local f = load("return 1") end)
