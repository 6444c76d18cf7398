def base = context.site.baseUrl()
context.site.close()
def log = new File(basedir, 'build.log').text

// The check ran during the site, said what it found, and did not fail it.
assert log.contains("[WARNING] linkcheck: broken: urls entry 2: ${base}/status/404 -> 404 Not Found (")
// The site passes, so nothing in its log is an error: the broken link is a warning and the content of the page.
assert !log.contains("[ERROR]")
assert log.contains('BUILD SUCCESS')

def page = new File(basedir, 'target/site/linkcheck.html')
assert page.isFile()
def html = page.text
assert html.contains('<h1>Link check</h1>')
assert html.contains("2 web URLs in ")
assert html.contains('Problems: 1 link fails the build</h2>')
assert html.contains('<td>broken (fails the build)</td>')
assert html.contains(">${base}/status/404</a>")
assert html.contains('<td>ok: 200 OK (')
// The site's menu lists the page among the project reports.
assert new File(basedir, 'target/site/project-reports.html').text.contains('linkcheck.html')

// The report files are written as by linkcheck:check.
assert new File(basedir, 'target/linkcheck/linkcheck.json').isFile()
return true
