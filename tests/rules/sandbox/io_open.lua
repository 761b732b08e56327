-- io is not in the sandbox: opening a file from a check fails at that line.
-- expect: check sb-io-open 5 attempt to index a nil value (global 'io')
jianfu.rule { id = "sb-io-open", category = "checkin", severity = "error", title = "t",
  basis = { "b" }, check = function(clause, report)
    local f = io.open("/etc/passwd", "r")
    report { message = f:read("a") }
  end }
