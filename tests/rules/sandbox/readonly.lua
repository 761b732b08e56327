-- The clause view shared by the rules that check a clause is read-only.
-- expect: check sb-ro-field 8 the clause view is read-only
-- expect: check sb-ro-rawset 9 rawset: the clause view is read-only
-- expect: check sb-ro-insert 10 the clause view is read-only
local function rule(id, check)
  jianfu.rule { id = id, category = "checkin", severity = "error", title = "t", basis = { "b" }, check = check }
end
rule("sb-ro-field", function(c) c.doc.kind = "yaml" end)
rule("sb-ro-rawset", function(c) rawset(c.thresholds, 1, {}) end)
rule("sb-ro-insert", function(c) table.insert(c.numbers, 1) end)
