-- loadfile and dofile do not exist.
-- expect: check sb-loadfile 7 attempt to call a nil value (global 'loadfile')
-- expect: check sb-dofile 8 attempt to call a nil value (global 'dofile')
local function rule(id, check)
  jianfu.rule { id = id, category = "checkin", severity = "error", title = "t", basis = { "b" }, check = check }
end
rule("sb-loadfile", function() local f = loadfile("/etc/passwd") end)
rule("sb-dofile", function() local f = dofile("/etc/passwd") end)
