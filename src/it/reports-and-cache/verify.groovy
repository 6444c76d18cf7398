import com.fasterxml.jackson.databind.ObjectMapper
import javax.xml.XMLConstants
import javax.xml.transform.stream.StreamSource
import javax.xml.validation.SchemaFactory

def site = context.site
def requests = [ok: site.requests('/ok/listed'), readme: site.requests('/ok/readme'),
                gone: site.requests('/status/410'), missing: site.requests('/status/404'),
                goneByGet: site.requests('GET', '/status/410'), missingByGet: site.requests('GET', '/status/404')]
site.close()
def log = new File(basedir, 'build.log').text
def base = site.baseUrl()

// The repeat run requested neither working URL again, but both broken ones: in each run a HEAD, then the GET
// that confirms the status.
assert requests.ok == 1 && requests.readme == 1 : requests
assert requests.gone == 4 && requests.missing == 4 : requests
assert requests.goneByGet == 2 && requests.missingByGet == 2 : requests
assert log =~ /linkcheck: 4 (?:web URLs|links \([^)]*\)) in [^\n]*: 2 OK, 2 broken/
assert log =~ /linkcheck: 4 (?:web URLs|links \([^)]*\)) in [^\n]*: 2 OK \(2 cached\), 2 broken/

// Problems are grouped by the file they stand in.
assert log.count('[INFO] linkcheck: configuration: 1 problem') == 2
assert log.count('[INFO] linkcheck: README.md: 1 problem') == 2

// One annotation per problem, on its line where there is one, in each run.
assert log.count("::error file=README.md,line=4,col=23,title=linkcheck%3A broken link::README.md:4:23: ${base}/status/410 -> 410 Gone (") == 2
assert log.count("::error title=linkcheck%3A broken link::urls entry 2: ${base}/status/404 -> 404 Not Found (") == 2

// The reports of the last run.
def reports = new File(basedir, 'target/linkcheck')
def json = new ObjectMapper().readTree(new File(reports, 'linkcheck.json'))
assert json.get('schemaVersion').asInt() == 1
assert json.at('/totals/links').asInt() == 4
assert json.at('/totals/broken').asInt() == 2
assert json.at('/totals/cached').asInt() == 2
assert !json.at('/run/passed').asBoolean()
def links = json.get('links').collect { "${it.get('url').asText()} ${it.get('verdict').asText()} cached=${it.get('cached').asBoolean()}".toString() }
assert links == ["${base}/ok/listed ok cached=true", "${base}/status/404 broken cached=false",
                 "${base}/ok/readme ok cached=true", "${base}/status/410 broken cached=false"]*.toString()
assert json.at('/links/3/places/0/file').asText() == 'README.md'
assert json.at('/links/3/places/0/line').asInt() == 4

def junit = new File(reports, 'TEST-linkcheck.xml')
SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(io.github.linkcheck.testing.TestSite.getResource('/junit/test-report.xsd'))
        .newValidator().validate(new StreamSource(junit))
def suite = new groovy.xml.XmlSlurper().parse(junit)
assert suite.@tests == '4' && suite.@failures == '2' && suite.@skipped == '0'
assert suite.testcase.findAll { it.failure.size() > 0 }*.@name*.toString() == ["${base}/status/404", "${base}/status/410"]*.toString()

def summary = new File(reports, 'summary.md').text
assert summary.startsWith('### linkcheck: 2 links fail the build\n')
assert summary.contains("| :x: | broken | `README.md:4:23` | `${base}/status/410` | 410 Gone (")

// SARIF for code scanning: valid, a result per place of each problem, files named from the repository's root.
def sarifFile = new File(reports, 'linkcheck.sarif')
io.github.linkcheck.testing.SarifSchema.assertValid(sarifFile.toPath())
def sarif = new ObjectMapper().readTree(sarifFile)
def results = sarif.at('/runs/0/results')
assert results.size() == 2 : results
assert results.collect { it.get('ruleId').asText() + ' ' + it.get('level').asText() } == ['broken error', 'broken error']
def inReadme = results.find { it.has('locations') }
assert inReadme.at('/locations/0/physicalLocation/artifactLocation/uri').asText() == 'README.md'
assert inReadme.at('/locations/0/physicalLocation/artifactLocation/uriBaseId').asText() == '%SRCROOT%'
assert inReadme.at('/locations/0/physicalLocation/region/startLine').asInt() == 4
assert inReadme.at('/locations/0/physicalLocation/region/startColumn').asInt() == 23
assert inReadme.at('/message/text').asText().startsWith("Broken link: ${base}/status/410 -> 410 Gone (")
def listed = results.find { !it.has('locations') }
assert listed.at('/message/text').asText() ==~ /Broken link: \Q${base}\E\/status\/404 -> 404 Not Found \(.*\) \(urls entry 2\)/
assert new File(sarif.at('/runs/0/originalUriBaseIds/%SRCROOT%/uri').asText().toURI()).canonicalFile == basedir.canonicalFile

// GitHub's job summary received the table from both runs.
def stepSummary = new File(basedir, 'step-summary.md').text
assert stepSummary.count('### linkcheck: 2 links fail the build') == 2

// The cache holds the working URLs only.
def cache = new ObjectMapper().readTree(new File(reports, 'cache.json'))
assert cache.get('entries').collect { it.get('url').asText() }.toSet() == ["${base}/ok/listed", "${base}/ok/readme"]*.toString().toSet()
return true
