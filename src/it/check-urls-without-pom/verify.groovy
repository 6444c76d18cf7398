// Without a POM, Maven leaves ${project.build.directory} unresolved: the reports and the cache go to target/linkcheck
// of the folder Maven was started in, and the goal says so, rather than to a folder named "${project.basedir}".
def requests = context.site.requests('/ok/adhoc')
context.site.close()
assert requests == 1 : requests

def unresolved = []
basedir.eachFileRecurse { if (it.name.contains('${')) unresolved << it }
assert unresolved.isEmpty() : unresolved

def reports = new File(basedir, 'target/linkcheck')
['linkcheck.json', 'TEST-linkcheck.xml', 'summary.md', 'cache.json'].each {
    assert new File(reports, it).isFile() : "no ${it} in ${reports}: ${reports.list()}"
}
def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] linkcheck: reports in \S*check-urls-without-pom.target.linkcheck \(no POM here: the folder Maven was started in\)/
return true
