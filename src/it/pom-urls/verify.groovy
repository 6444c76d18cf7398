context.site.close()
def log = new File(basedir, 'build.log').text
def site = context.site.baseUrl()

assert log =~ /linkcheck: 5 web URLs in [^\n]* \(async, concurrency 32\): 4 OK, 1 broken/
// An element's column is where its text starts, on Maven 4 too (which gives its start tag's).
assert log =~ /\[ERROR\] linkcheck: broken: pom\.xml:17:12 \(licenses\/license\[2\]\/url\): \Q${site}\E\/status\/404 -> 404 Not Found \(/
assert log.contains('linkcheck: 1 link fails the build (1 broken):')
// Told not to check the POM, the goal finds nothing else to check and passes.
assert log.contains('linkcheck: no links to check')
assert log.contains('BUILD SUCCESS')
return true
