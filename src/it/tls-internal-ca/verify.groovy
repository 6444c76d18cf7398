context.site.close()
context.httpsSite.close()
def log = new File(basedir, 'build.log').text
def url = context.httpsSite.url('/ok/internal')

assert log.contains("[ERROR] linkcheck: broken: urls entry 1: ${url} -> TLS failure: ")
assert log.contains('unable to find valid certification path')
assert log =~ /linkcheck: 1 web URL in [^\n]* \(threads, concurrency 32\): 1 OK, 0 broken/
assert log =~ /linkcheck: 1 web URL in [^\n]* \(async, concurrency 32\): 1 OK, 0 broken/
assert context.httpsSite.requests('/ok/internal') == 2
return true
