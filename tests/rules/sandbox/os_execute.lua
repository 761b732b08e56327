-- os is not in the sandbox: running a command while the file loads fails there.
-- expect: load 3 attempt to index a nil value (global 'os')
os.execute("touch /tmp/jianfu-pwned")
