import com.fasterxml.jackson.databind.ObjectMapper

import java.util.regex.Pattern

// What the build requested, by method and path; the site is closed before anything is asserted.
def site = context.site
def base = site.baseUrl()
def okPaths = ['/ok/licence', '/ok/shared-1', '/ok/shared-2', '/ok/only-mod-a', '/ok/only-mod-b', '/ok/only-mod-c']
def requested = (okPaths + '/status/404').collectEntries { [(it): [HEAD: site.requests('HEAD', it), GET: site.requests('GET', it)]] }
site.close()
def log = new File(basedir, 'build.log').text
def lines = log.readLines()

def expectations = evaluate(new File(basedir, '../../../src/it/shared/expectations.groovy'))
def expect = expectations.expect

// One check per distinct URL for the whole build, however many modules link or inherit it: a HEAD for a working
// page, a HEAD and the GET that confirms the status for the broken one.
okPaths.each { expectations.expectRequests('the build', requested, it, 1, 0) }
expectations.expectRequests('the build', requested, '/status/404', 1, 1)

// Each module still fails on its own links, in its own build step, although mod-a checked the shared broken link
// first; the parent and mod-c, whose links work, pass.
expectations.expectModuleResults('the build', log,
        ['reactor-shared-links': 'SUCCESS', 'mod-a': 'FAILURE', 'mod-b': 'FAILURE', 'mod-c': 'SUCCESS'])

// Places are relative to the reactor root: each module's place of the shared broken link, never an absolute path.
['mod-a', 'mod-b'].each { module ->
    expect(log.contains("linkcheck: broken: ${module}/README.md:5:9: ${base}/status/404 -> 404 Not Found ("),
            "no line 'linkcheck: broken: ${module}/README.md:5:9: ${base}/status/404 -> 404 Not Found ('")
}
// Problem lines, and those of the failure message, start with the verdict and the place.
def problemLines = lines.findAll { it =~ /(linkcheck: |^\[ERROR\] +)(broken|slow|moved|not checked): / }
problemLines.findAll { !(it =~ /(broken|slow|moved|not checked): (mod-[abc]\/README\.md|pom\.xml):\d+:\d+[: ]/) }.each {
    expect(false, "a place not relative to the reactor root: ${it}")
}
def absolute = lines.findAll { it.contains(basedir.absolutePath) && it =~ /linkcheck: (broken|slow|moved|not checked|[^ ]+: \d+ problems?)\b/ }
absolute.each { expect(false, "an absolute path in a place: ${it}") }

// /ROOT.md in mod-c is the file at the reactor root, as GitHub resolves it.
lines.findAll { it.contains('ROOT.md') && it.contains('linkcheck: broken') }.each { expect(false, "/ROOT.md not found: ${it}") }

// The summary line of each module names the module.
expectations.expectSummaryLines('the build', log, ['mod-a', 'mod-b', 'mod-c'])

// Quieting HttpClient's logging leaves no SLF4J warning on any Maven.
expect(!log.contains('SLF4J'), "SLF4J warnings: ${lines.findAll { it.contains('SLF4J') }.take(3)}")

// The reactor root's reports cover every module's links, each distinct link once with all its places, each place
// with its module's folder; the licence every module inherits stands once, in the parent's pom.xml.
// An element's column is where its text starts, on Maven 4 too.
def licencePlace = ~/pom\.xml:13:12 \(licenses\/license\[1\]\/url\)/
def expectedPlaces = [
        ("${base}/ok/licence".toString()): [licencePlace],
        ("${base}/ok/shared-1".toString()): ['mod-a/README.md:3:11', 'mod-b/README.md:3:11', 'mod-c/README.md:3:11'],
        ("${base}/ok/shared-2".toString()): ['mod-a/README.md:4:11', 'mod-b/README.md:4:11', 'mod-c/README.md:4:11'],
        ("${base}/status/404".toString()): ['mod-a/README.md:5:9', 'mod-b/README.md:5:9'],
        ("${base}/ok/only-mod-a".toString()): ['mod-a/README.md:6:8'],
        ("${base}/ok/only-mod-b".toString()): ['mod-b/README.md:6:8'],
        ("${base}/ok/only-mod-c".toString()): ['mod-c/README.md:6:8'],
        'ROOT.md': ['mod-c/README.md:5:9']]
def reports = new File(basedir, 'target/linkcheck')
def jsonFile = new File(reports, 'linkcheck.json')
if (!jsonFile.isFile()) {
    expect(false, "no ${jsonFile}")
} else {
    def json = new ObjectMapper().readTree(jsonFile)
    def links = json.get('links').collect { it }
    def urls = links.collect { it.get('url').asText() }
    expect(urls.size() == expectedPlaces.size() && urls.every { url -> expectedPlaces.keySet().any { url.endsWith(it) } },
            "root linkcheck.json lists ${urls}, expected one entry each for ${expectedPlaces.keySet()}")
    expectedPlaces.each { url, expected ->
        def link = links.find { it.get('url').asText().endsWith(url) }
        def places = link == null ? [] : link.get('places').collect { it.get('text').asText() }.sort()
        def matches = places.size() == expected.size() && [places, expected.sort { it.toString() }].transpose()
                .every { place, wanted -> wanted instanceof Pattern ? wanted.matcher(place).matches() : place == wanted }
        expect(matches, "root linkcheck.json: ${url} at ${places}, expected at ${expected}")
    }
    def rootNotes = links.find { it.get('url').asText().endsWith('ROOT.md') }
    expect(rootNotes != null && rootNotes.get('kind').asText() == 'file' && rootNotes.get('verdict').asText() == 'ok',
            "root linkcheck.json: /ROOT.md is ${rootNotes?.get('verdict')}, expected a file link that is ok")
    expect(json.at('/totals/links').asInt() == 8 && json.at('/totals/broken').asInt() == 1,
            "root linkcheck.json totals ${json.get('totals')}, expected 8 links, 1 broken")
}
def junitFile = new File(reports, 'TEST-linkcheck.xml')
if (junitFile.isFile()) {
    def suite = new groovy.xml.XmlSlurper().parse(junitFile)
    expect(suite.@tests == '8' && suite.@failures == '1',
            "root TEST-linkcheck.xml: ${suite.@tests} tests, ${suite.@failures} failures, expected 8 and 1")
} else {
    expect(false, "no ${junitFile}")
}
def summaryFile = new File(reports, 'summary.md')
def summary = summaryFile.isFile() ? summaryFile.text : ''
['mod-a', 'mod-b'].each { module ->
    expect(summary.contains("`${module}/README.md:5:9`"), "root summary.md does not place the broken link in ${module}/README.md:5:9")
}

// Each module keeps its own reports too.
['mod-a', 'mod-b', 'mod-c'].each { module ->
    def own = new File(basedir, "${module}/target/linkcheck/linkcheck.json")
    def ownUrls = own.isFile() ? new ObjectMapper().readTree(own).get('links').collect { it.get('url').asText() } : []
    expect(ownUrls.contains("${base}/ok/only-${module}".toString()), "${own} does not list ${base}/ok/only-${module}")
}

expectations.assertAll()
return true
