context.site.close()
def log = new File(basedir, 'build.log').text
def site = context.site.baseUrl()

for (mode in ['async', 'threads']) {
    assert log =~ /linkcheck: 50 web URLs in [^\n]* \($mode, concurrency 32\): 48 OK, 1 broken, 1 slow/
}
// Each failing run names both URLs on an ERROR line and in the failure message.
assert log.count("[ERROR] linkcheck: broken: urls entry 49: ${site}/status/404 -> 404 Not Found (") == 2
assert log.count("[ERROR] linkcheck: slow: urls entry 50: ${site}/slow/5500/report -> 200 OK (") == 2
assert log.count(', slower than 5.0 s') >= 4
assert log.count('linkcheck: 2 links fail the build (1 broken, 1 slow):') == 2
assert log.count("  broken: urls entry 49: ${site}/status/404 -> 404 Not Found") == 2
// Fixed, the third run passes.
assert log =~ /linkcheck: 50 web URLs in [^\n]* \(async, concurrency 32\): 50 OK, 0 broken, 0 slow/
assert log.contains('BUILD SUCCESS')
return true
