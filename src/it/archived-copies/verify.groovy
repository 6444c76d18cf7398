context.site.close()
def site = context.site.baseUrl()
def log = new File(basedir, 'build.log').text
def dead = site + '/status/404?dead'
def copy = io.github.linkcheck.testing.TestSite.ARCHIVED_AT + dead

assert log.contains(dead + ' -> 404 Not Found') && log.contains('; archived copy: ' + copy + ' (2013-09-19)')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/linkcheck/linkcheck.json'))
def link = json.links.find { it.url == dead }
assert link != null && link.archived.url == copy && link.archived.timestamp == '20130919044612' :
        'linkcheck.json of the fix run names the copy'
assert new File(basedir, 'README.md').bytes == new File(basedir, 'README.expected').bytes :
        'the fix changes the dead URL to its copy and no other byte'
assert log.contains('linkcheck: README.md:3:18: ' + dead + ' -> ' + copy)
assert context.site.requests('/wayback/available') == 2 : 'asked once by each of the two builds'
assert log.contains('linkcheck: 1 link rewritten')
assert !log.contains('BUILD FAILURE') : 'the dead link replaced no longer fails the build'
return true
