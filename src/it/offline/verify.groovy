context.site.close()
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] linkcheck: Maven is offline (-o), no URL checked')
assert context.site.requests('/ok/must-not-be-requested') == 0
assert log.count('BUILD SUCCESS') == 2
return true
