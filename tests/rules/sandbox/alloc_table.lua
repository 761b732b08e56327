-- Growing a table without end runs into the memory cap, even under pcall.
-- expect: check sb-alloc-table 9 rule exceeded the memory limit
-- expect: check sb-alloc-move 11 rule exceeded the memory limit
local function rule(id, check)
  jianfu.rule { id = id, category = "checkin", severity = "error", title = "t", basis = { "b" }, check = check }
end
rule("sb-alloc-table", function()
  local t, i = {}, 0
  while true do i = i + 1; t[i] = { i, i, i, i, i, i, i, i } end
end)
rule("sb-alloc-move", function() local t = { 1 }; while true do table.move(t, 1, #t, #t + 1) end end)
