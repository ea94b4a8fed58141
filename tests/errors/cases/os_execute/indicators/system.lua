os.execute("touch /tmp/charta-should-not-exist")
