-- A missing field is reported at the jianfu.rule call, and the rule is not registered.
-- expect: load 4 rule 'sb-missing': missing field 'basis'
-- expect: load 4 rule 'sb-missing': missing field 'title'
jianfu.rule { id = "sb-missing", category = "checkin", severity = "error",
  check = function() end }
