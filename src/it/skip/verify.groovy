context.site.close()
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] linkcheck: skipped (linkcheck.skip)')
assert context.site.requests('/ok/must-not-be-requested') == 0
assert log.contains('BUILD SUCCESS')
return true
