import com.fasterxml.jackson.databind.ObjectMapper

def requests = [http: context.site.requests('HEAD', '/ok/guide'), https: context.httpsSite.requests('HEAD', '/ok/guide')]
context.site.close()
context.httpsSite.close()
def log = new File(basedir, 'build.log').text

assert log.count('BUILD SUCCESS') == 2 && !log.contains('[ERROR]')
assert requests.http == 2 && requests.https == 2 : 'each build tried the link over http, then over https: ' + requests

def warning = /\[WARNING\] linkcheck: insecure: README\.md:3:6: http:\/\/docs\.example\.invalid\/ok\/guide#install \(checked as [^)]*\) -> 200 OK \([^)]*\); use https: https:\/\/docs\.example\.invalid\/ok\/guide#install/
assert (log =~ warning).size() == 2 : 'warned by the check and by the fix'

def sarif = new ObjectMapper().readTree(new File(basedir, 'target/linkcheck/linkcheck.sarif')).at('/runs/0')
assert sarif.at('/tool/driver/rules').collect { it.get('id').asText() }.last() == 'insecure'
def result = sarif.get('results').find { it.get('ruleId').asText() == 'insecure' }
assert result != null && result.get('level').asText() == 'warning' : sarif.get('results')

assert log.contains('linkcheck: README.md:3:18: http://docs.example.invalid/ok/guide#install -> https://docs.example.invalid/ok/guide#install')
assert log.contains('linkcheck: 1 link rewritten')
assert new File(basedir, 'README.md').bytes == new File(basedir, 'README.expected').bytes :
        'the fix changes the link\'s scheme and no other byte'
return true
