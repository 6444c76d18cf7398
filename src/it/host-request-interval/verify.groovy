import com.fasterxml.jackson.databind.ObjectMapper

import java.util.concurrent.TimeUnit

def site = context.site
def paths = ['/ok/paced-1', '/ok/paced-2', '/ok/paced-3', '/flaky/1/paced-4', '/status/404']
def starts = paths.collectMany { site.requestStarts(it) }.sort()
site.close()
def log = new File(basedir, 'build.log').text

// First build: three OK, a 503 and its retry, a HEAD and a GET for the 404; second build: the flaky URL works at once.
assert starts.size() == 13 : starts
// Each request reached the site at least 300 ms after the one before, in both modes.
def gaps = (1..<starts.size()).collect { TimeUnit.NANOSECONDS.toMillis(starts[it] - starts[it - 1]) }
assert gaps.every { it >= 300 } : "gaps between request starts, in ms: ${gaps}"

assert log =~ /linkcheck: 5 web URLs in [^\n]* \(async, concurrency 32\): 4 OK, 1 broken/
assert log =~ /linkcheck: 5 web URLs in [^\n]* \(threads, concurrency 32\): 4 OK, 1 broken/

// Each build's figures: the first counts the 503 and its retry.
def figures = { String folder ->
    def hosts = new ObjectMapper().readTree(new File(basedir, "${folder}/linkcheck.json")).get('hosts')
    assert hosts.size() == 1 : hosts
    def host = hosts.get(0)
    assert host.get('host').asText() == '127.0.0.1'
    assert host.get('p95Ms').asLong() >= host.get('medianMs').asLong() : host
    ['requests', 'failures', 'status429', 'status503', 'retries'].collectEntries { [it, host.get(it).asInt()] }
}
assert figures('target/linkcheck') == [requests: 7, failures: 1, status429: 0, status503: 1, retries: 1]
assert figures('target/linkcheck-threads') == [requests: 6, failures: 1, status429: 0, status503: 0, retries: 0]
def summary = new File(basedir, 'target/linkcheck/summary.md').text
assert summary.contains('#### Slowest hosts') && summary.contains('| `127.0.0.1` | ') : summary
assert summary.contains('#### Most failing hosts') : summary
return true
