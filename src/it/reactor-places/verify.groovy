context.site.close()
def log = new File(basedir, 'build.log').text
def site = context.site.baseUrl()

// A module's documents are placed from the reactor root, and its links may lead to another module.
assert log.contains('[WARNING] linkcheck: broken: mod-a/README.md:3:62: mod-b/MISSING.md -> file not found\n')
assert !log.contains('mod-b/README.md -> ') && !log.contains('mod-a/README.md -> ')
// A / link starts from the reactor root, and its .. stops there, as a browser's does.
assert !log.contains('ROOT.md -> ')
assert log.contains('[WARNING] linkcheck: broken: mod-a/README.md:4:21: etc/hosts -> file not found\n')
// The licence URL every module inherits is placed in the parent's pom.xml, for the parent and each module;
// a module's own URL in its pom.xml. An element's column is where its text starts, on Maven 4 too.
assert log.findAll(/\[WARNING\] linkcheck: broken: pom\.xml:15:12 \(licenses\/license\[1\]\/url\): \Q${site}\E\/status\/404 -> 404 Not Found \(/).size() == 3
assert log =~ /\[WARNING\] linkcheck: broken: mod-b\/pom\.xml:11:(8|3) \(url\): \Q${site}\E\/status\/410 -> 410 Gone \(/
// No place leaves the reactor root or is absolute.
assert !(log =~ /broken: (\.\.\/|\/|file:)/)
assert log.contains('BUILD SUCCESS')

// The build's linkcheck.sarif, at the reactor root, has every module's places, each as a warning (failOnError is
// off) at its line, the POM's at the element's line; each module's own file is valid SARIF too.
def sarifOf = { String folder ->
    def file = new File(basedir, folder + 'target/linkcheck/linkcheck.sarif')
    io.github.linkcheck.testing.SarifSchema.assertValid(file.toPath())
    new com.fasterxml.jackson.databind.ObjectMapper().readTree(file).at('/runs/0/results')
}
['mod-a/', 'mod-b/'].each { sarifOf(it) }
def places = sarifOf('').collect { result ->
    def location = result.at('/locations/0/physicalLocation')
    "${result.get('level').asText()} ${location.at('/artifactLocation/uri').asText()}:${location.at('/region/startLine').asInt()}".toString()
}.sort()
assert places == ['warning mod-a/README.md:3', 'warning mod-a/README.md:4', 'warning mod-b/pom.xml:11', 'warning pom.xml:15'] : places
return true
