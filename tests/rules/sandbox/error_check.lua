-- error() in a check names the file and the line, without Lua's own prefix;
-- error(msg, 2) names the caller's line; a table error object says so.
-- expect: check sb-error 10 boom
-- expect: check sb-error-level 11 from the caller
-- expect: check sb-error-table 12 (error object is a table value)
local function rule(id, check)
  jianfu.rule { id = id, category = "checkin", severity = "error", title = "t", basis = { "b" }, check = check }
end
local function need(x) if not x then error("from the caller", 2) end end
rule("sb-error", function() error("boom") end)
rule("sb-error-level", function() need(false) end)
rule("sb-error-table", function() error({ code = 1 }) end)
