context.site.close()
def log = new File(basedir, 'build.log').text
def site = context.site.baseUrl()

// Nothing is requested: not the licence URL, in the parent or either module.
assert context.site.requests('/ok/licence') == 0 && context.site.requests('/ok/project') == 0
// Each module lists its own links, each with its place from the reactor root and what a check would do.
assert log.contains('[INFO] linkcheck: mod-a/README.md:1:5: check on disk: mod-a/docs/guide.md\n')
assert log.contains('[INFO] linkcheck: mod-a/README.md:1:36: request: http://127.0.0.1:9/a\n')
assert log.contains('[INFO] linkcheck: mod-a/README.md:2:10: skipped: mailto:us@example.org (mailto: links are not checked)\n')
assert log.contains("[INFO] linkcheck: mod-b/README.md:1:12: excluded: https://www.linkedin.com/company/example (left out by exclude 'linkedin\\.com')\n")
// The licence every project inherits is placed in the parent's pom.xml, once per project.
assert log.findAll(/\[INFO\] linkcheck: pom\.xml:16:\d+ \(licenses\/license\[1\]\/url\): request: \Q${site}\E\/ok\/licence\n/).size() == 3
// The project URL each module inherits with its path appended is placed at the parent's line, saying so.
assert log =~ /\[INFO\] linkcheck: pom\.xml:12:\d+ \(url\): request: \Q${site}\E\/ok\/project\n/
assert log =~ /\[INFO\] linkcheck: pom\.xml:12:\d+ \(url, as mod-a inherits it\): request: \Q${site}\E\/ok\/project\/mod-a\n/
assert log =~ /\[INFO\] linkcheck: pom\.xml:12:\d+ \(url, as mod-b inherits it\): request: \Q${site}\E\/ok\/project\/mod-b\n/
assert log.contains('[INFO] linkcheck: [mod-a] 5 links listed: 3 request, 1 check on disk, 1 skipped\n')
assert log.contains('[INFO] linkcheck: [mod-b] 3 links listed: 2 request, 1 excluded\n')
assert log.contains('[INFO] linkcheck: [list-links] 2 links listed: 2 request\n')
assert log.contains('BUILD SUCCESS')

// links.json in each project's outputDirectory, with the places apart.
def slurper = new groovy.json.JsonSlurper()
def modA = slurper.parse(new File(basedir, 'mod-a/target/linkcheck/links.json'))
assert modA.totals.links == 5 && modA.totals.request == 3 && modA.totals.checkOnDisk == 1 && modA.totals.skipped == 1
def guide = modA.links.find { it.url == 'mod-a/docs/guide.md' }
assert guide.kind == 'file' && guide.action == 'checkOnDisk'
assert guide.places == [[file: 'mod-a/README.md', line: 1, column: 5, text: 'mod-a/README.md:1:5']]
def modB = slurper.parse(new File(basedir, 'mod-b/target/linkcheck/links.json'))
assert modB.links.find { it.action == 'excluded' }.reason == "left out by exclude 'linkedin\\.com'"
assert new File(basedir, 'target/linkcheck/links.json').isFile()
// A list is no check: it writes no check reports and no cache.
assert !new File(basedir, 'mod-a/target/linkcheck/linkcheck.json').exists()
assert !new File(basedir, 'target/linkcheck/cache.json').exists()
return true
