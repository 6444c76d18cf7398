import com.fasterxml.jackson.databind.ObjectMapper

def site = context.site
def requests = [page: site.requests('/ok/page'), moved: site.requests('/moved?to=/ok/new-home')]
site.close()
def log = new File(basedir, 'build.log').text
def base = site.baseUrl()

// Both builds passed, and each requested the local copy, the first matching remap for each link.
assert log.count('BUILD SUCCESS') == 2 && !log.contains('[ERROR]')
assert requests.page >= 2 && requests.moved >= 2 : requests

// The moved link is warned about by its place and the URL as written, with the URL that was checked.
assert log.count("README.md:3:62: https://docs.example.invalid/moved (checked as ${base}/moved?to=/ok/new-home) -> 200 OK (") == 2

// The JSON report keeps the URL as written and says what was checked instead.
def links = new ObjectMapper().readTree(new File(basedir, 'target/linkcheck/linkcheck.json')).get('links')
def page = links.find { it.get('url').asText() == 'https://docs.example.invalid/page' }
assert page.get('checkedAs').asText() == "${base}/ok/page".toString()
assert page.get('verdict').asText() == 'ok'
assert page.at('/places/0/file').asText() == 'README.md'

def summary = new File(basedir, 'target/linkcheck/summary.md').text
assert summary.contains("`https://docs.example.invalid/moved (checked as ${base}/moved?to=/ok/new-home)`") : summary
return true
