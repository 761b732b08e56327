-- require and package do not exist.
-- expect: load 4 attempt to call a nil value (global 'require')
assert(package == nil)
local io = require("io")
