context.site.close()
def log = new File(basedir, 'build.log').text

assert log.contains('linkcheck: 4 web URLs in ') && log =~ /\(async, concurrency 32\): 4 OK, 0 broken/
assert log =~ /linkcheck: 4 web URLs in [^\n]* \(threads, concurrency 32\): 4 OK, 0 broken/
assert !log.contains('[ERROR]') && !log.contains('[WARNING] linkcheck')
assert context.site.requests('/ok/a') == 2 : 'a URL listed twice is checked once per run'
return true
