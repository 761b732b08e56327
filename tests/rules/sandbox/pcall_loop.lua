-- pcall cannot swallow the budget: once spent, every instruction raises again.
-- xpcall does not exist: its handler would run while the hook is off.
-- expect: check sb-pcall-loop 9 rule exceeded its instruction budget (10000000)
-- expect: check sb-xpcall-loop 12 attempt to call a nil value (global 'xpcall')
local function rule(id, check)
  jianfu.rule { id = id, category = "checkin", severity = "error", title = "t", basis = { "b" }, check = check }
end
rule("sb-pcall-loop", function()
  while true do pcall(function() while true do end end) end
end)
rule("sb-xpcall-loop", function() while true do
  xpcall(function() while true do end end, function() while true do end end) end
end)
