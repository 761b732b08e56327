-- Nothing leak_a.lua changed is visible here.
-- expect: findings sb-leak-b 1
jianfu.rule { id = "sb-leak-b", category = "checkin", severity = "error", title = "t",
  basis = { "b" }, check = function(clause, report)
    assert(secret == nil, "a global leaked from leak_a.lua")
    assert(string.find("abc", "b", 1, true) == 2, "string.find was changed")
    assert(("abc"):find("c", 1, true) == 3, "the string metatable was changed")
    assert(("abc"):upper() == "ABC")
    assert(table.insert and string.rep and string.upper, "a library function was removed")
    assert(math.floor(1.5) == 1, "math.floor was changed")
    assert(jianfu.metric_check, "the jianfu table was changed")
    report {}
  end }
