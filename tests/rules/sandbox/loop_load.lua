-- An endless loop while the file loads ends at the budget too.
-- expect: load 4 rule exceeded its instruction budget (10000000)
local n = 0
while true do n = n + 1 end
