context.site.close()
def log = new File(basedir, 'build.log').text
def site = context.site.baseUrl()

// Nothing is ever requested: not the listed URL, by any of the offline builds.
assert context.site.requests('/ok/must-not-be-requested') == 0
// -o and -Dlinkcheck.offline=true: the local link and its fragment are checked, the two web links counted in
// one line each time, never listed one by one, and the builds pass.
assert log.count('[INFO] linkcheck: 2 web links not checked (offline)\n') == 2
assert !log.contains('linkcheck: not checked: ')
assert !log.contains('docs/guide.md#usage -> ')
assert log.count('BUILD SUCCESS') == 3
// A broken relative link fails the offline build as usual, with its place.
assert log.contains('[ERROR] linkcheck: broken: BROKEN.md:3:5: docs/gone.md -> file not found\n')
assert log.contains('BUILD FAILURE')
// No web result is kept as if checked.
assert !new File(basedir, 'target/linkcheck/cache.json').exists()
// The reports (of the last build, the broken one, which is offline too) show the web link not checked.
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/linkcheck/linkcheck.json'))
def listed = json.links.find { it.url == "${site}/ok/must-not-be-requested".toString() }
assert listed.verdict == 'not_checked' && listed.severity == 'info' && listed.detail == 'offline, not requested'
assert json.run.passed == false && json.totals.failing == 1
def junit = new File(basedir, 'target/linkcheck/TEST-linkcheck.xml').text
assert junit.contains('<skipped message="not checked: offline, not requested"/>')
assert new File(basedir, 'target/linkcheck/summary.md').text.contains('\n1 web link not checked (offline)\n')
return true
