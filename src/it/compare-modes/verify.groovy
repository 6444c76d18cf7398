import com.fasterxml.jackson.databind.ObjectMapper

def site = context.site
def requests = site.requests('/slow/50/a')
site.close()
def log = new File(basedir, 'build.log').text
// The modes of the Java that runs Maven: virtual only from Java 21.
def modes = Runtime.version().feature() >= 21 ? ['threads', 'async', 'virtual'] : ['threads', 'async']

assert log.contains('BUILD SUCCESS')
assert log.contains("linkcheck: comparing ${modes.join(', ')} on 5 links, 2 rounds; every link is requested once per mode and round")
assert log =~ /linkcheck: 5 links in each mode, concurrency 32:/
assert log =~ /\[INFO\]   mode +round +wall time +URLs\/s +p50 +p95 +max +peak threads +allocated +peak heap +OK +broken +other/
modes.each { mode -> assert (log =~ /\[INFO\]   ${mode} +[12] +[0-9.]+ m?s +[0-9,]+ /).size() == 2 : mode }
assert log =~ /linkcheck: fastest: (threads|async|virtual) \(lowest median wall time\)/
assert !log.contains('linkcheck: flaky:')
// Every mode requested every link in each round: the cache is never used.
assert requests == 2 * modes.size()

def json = new ObjectMapper().readTree(new File(basedir, 'target/linkcheck/compare.json'))
assert json.get('links').asInt() == 5
assert json.get('runs').size() == 2 * modes.size()
assert json.get('runs').every { it.at('/verdicts/ok').asInt() == 4 && it.at('/verdicts/broken').asInt() == 1 }
assert new File(basedir, 'target/linkcheck/compare.md').text.startsWith('### linkcheck: modes compared')
return true
