context.site.close()
def log = new File(basedir, 'build.log').text
def site = context.site.baseUrl()

for (mode in ['async', 'threads']) {
    assert log =~ /linkcheck: 11 links \(4 web URLs, 6 files, 1 skipped\) in [^\n]* \($mode, concurrency 32\): 5 OK, 5 broken, 1 skipped/
}
// Every broken link is named by the place it stands, in both runs.
[
    'README.md:4:3: docs/missing.md -> file not found\n',
    'README.md:4:41: docs/guide.md#no-such-section -> fragment not found: no heading or anchor #no-such-section\n',
    "README.md:5:77: ${site}/status/404 -> 404 Not Found (",
    "README.md:6:70: ${site}/page/x#gone -> fragment not found: no id or name #gone (",
    'docs/guide.md:6:1: docs/images/logo.png -> file not found\n',
].each { assert log.count("[ERROR] linkcheck: broken: ${it}") == 2 : it }
// A URL found twice is checked once and listed with both places.
assert log.contains("(also at docs/guide.md:5:58)")
assert !log.contains('/status/500')
assert log.count('linkcheck: 5 links fail the build (5 broken):') == 2
return true
