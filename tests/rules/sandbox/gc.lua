-- A finalizer would run outside any check and its budget: __gc is refused.
-- expect: load 3 setmetatable: __gc metamethods are not allowed in rules
setmetatable({}, { __gc = function() while true do end end })
