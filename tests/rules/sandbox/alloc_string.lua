-- Doubling a string, or asking for a huge one, runs into the memory cap.
-- expect: check sb-alloc-string 9 rule exceeded the memory limit
-- expect: check sb-alloc-rep 11 rule exceeded the memory limit
local function rule(id, check)
  jianfu.rule { id = id, category = "checkin", severity = "error", title = "t", basis = { "b" }, check = check }
end
rule("sb-alloc-string", function()
  local s = "x"
  while true do s = s .. s end
end)
rule("sb-alloc-rep", function() local s = string.rep("x", 1 << 30) end)
