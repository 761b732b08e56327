-- The string metatable is hidden: a rule cannot repoint ("x"):find for everyone.
-- expect: load 4 attempt to index a boolean value (local 'mt')
local mt = getmetatable("")
mt.__index = { find = function() return 1 end }
