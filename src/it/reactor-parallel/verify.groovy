import com.fasterxml.jackson.databind.ObjectMapper
import io.github.linkcheck.testing.RunnerLog

// What each build requested, by path and method; the site is closed before anything is asserted.
def site = context.site
def base = site.baseUrl()
def first = context.firstBuild
def secondRequests = context.requestsSoFar().collectEntries { path, seen ->
    [(path): [HEAD: seen.HEAD - first.requests[path].HEAD, GET: seen.GET - first.requests[path].GET]]
}
site.close()
// In the second build the working URLs come from the cache the first wrote.
def builds = [
        'first build' : first + [workingHeads: 1, stepSummary: 'step-summary-1.md'],
        'second build': [requests: secondRequests, cached: context.cachedUrls(), workingHeads: 0, stepSummary: 'step-summary-2.md']]
def logs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert logs.size() == 2 : 'the log holds both builds'
[builds.values().toList(), logs].transpose().each { build, log -> build.log = log }

def expectations = evaluate(new File(basedir, '../../../src/it/shared/expectations.groovy'))
def expect = expectations.expect

// One politeness budget for the whole build: never more requests at the server at once than maxConcurrencyPerHost.
expect(first.mostInFlight <= 2,
        "first build: the site answered ${first.mostInFlight} requests at once, expected at most maxConcurrencyPerHost = 2")

builds.each { name, build ->
    // One check per distinct URL for the whole build, under -T 4 too; the broken one is checked in each build: a
    // HEAD, and the GET that confirms the status.
    build.requests.keySet().findAll { it != '/status/404' }.each {
        expectations.expectRequests(name, build.requests, it, build.workingHeads, 0)
    }
    expectations.expectRequests(name, build.requests, '/status/404', 1, 1)

    // The one cache, at the reactor root, holds every working URL of every module: none lost under -T 4.
    def uncached = context.workingUrls.findAll { !build.cached.contains(it) }
    expect(uncached.isEmpty(), "${name}: the cache at the reactor root lacks ${uncached.size()} of the ${context.workingUrls.size()} working URLs: ${uncached}")

    // Each module still fails on its own links, in its own build step.
    expectations.expectModuleResults(name, build.log, ['mod-a': 'FAILURE', 'mod-b': 'FAILURE', 'mod-c': 'SUCCESS'])
    // Under -T 4 the modules' lines interleave: each module's summary line names it.
    expectations.expectSummaryLines(name, build.log, ['mod-a', 'mod-b', 'mod-c'])

    // Each place of the shared broken link is annotated once, with its path in the repository, and nothing else is:
    // read as GitHub's runner reads the log, where a command must start its line (on Maven 4 too).
    def commands = RunnerLog.read(build.log).commands()
    ['mod-a', 'mod-b'].each { module ->
        def annotations = commands.findAll {
            it.startsWith("::error file=${module}/README.md,line=3,col=9,") && it.contains("${base}/status/404 -> 404 Not Found")
        }
        expect(annotations.size() == 1, "${name}: ${annotations.size()} annotations of ${module}/README.md:3:9, expected 1")
    }
    expect(commands.size() == 2, "${name}: ${commands.size()} workflow commands, expected 2: ${commands}")
    def hidden = build.log.readLines().findAll { it.contains('::error') && !it.startsWith('::error') }
    expect(hidden.isEmpty(), "${name}: ::error not at the start of its line: ${hidden}")

    // The job summary has one section for the build, which places the broken link in both modules.
    def stepSummary = new File(basedir, build.stepSummary)
    def summary = stepSummary.isFile() ? stepSummary.text : ''
    def sections = summary.readLines().count { it.startsWith('### linkcheck') }
    expect(sections == 1, "${name}: ${sections} linkcheck sections in the job summary, expected 1")
    ['mod-a', 'mod-b'].each { module ->
        expect(summary.contains("`${module}/README.md:3:9`"), "${name}: the job summary does not place the broken link in ${module}/README.md:3:9")
    }
}

// The report at the reactor root, written as the last of the modules checking at once ends, has every module's links;
// in the second build it is where outputDirectory puts each module's, relative to the reactor root.
['mod-a', 'mod-b', 'mod-c'].each { module ->
    expect(new File(basedir, "${module}/target/links-2/linkcheck.json").isFile(), "second build: no ${module}/target/links-2/linkcheck.json")
}
def report = new File(basedir, 'target/links-2/linkcheck.json')
def reported = report.isFile() ? new ObjectMapper().readTree(report).get('links').collect { it.get('url').asText() } : []
def linked = context.workingUrls + "${base}/status/404".toString()
def unreported = linked.findAll { !reported.contains(it) }
expect(unreported.isEmpty(), "second build: the root target/links-2/linkcheck.json lacks ${unreported.size()} of the ${linked.size()} links: ${unreported}")

expectations.assertAll()
return true
