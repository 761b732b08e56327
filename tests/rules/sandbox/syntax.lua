-- A syntax error is reported at its line.
-- expect: load 4 unexpected symbol near '='
local x = 1
local y = = 2
