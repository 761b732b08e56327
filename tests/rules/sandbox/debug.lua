-- debug does not exist, so hooks and upvalues cannot be touched.
-- expect: load 3 attempt to index a nil value (global 'debug')
debug.sethook()
