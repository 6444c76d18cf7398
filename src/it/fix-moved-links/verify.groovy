context.site.close()
def site = context.site.baseUrl()
def log = new File(basedir, 'build.log').text
def moved = site + '/moved?to=/ok/guide'

assert new File(basedir, 'README.md').bytes == new File(basedir, 'README.expected').bytes :
        'the fix changes the moved URL at its two places and no other byte'
assert new File(basedir, 'pom.xml').bytes == new File(basedir, 'pom.xml.before').bytes : 'the POM is never rewritten'

def change = 'linkcheck: README.md:3:20: ' + moved + '#install -> ' + site + '/ok/guide#install'
assert log.count(change) == 2 : 'told by the dry run and by the fix'
assert log.contains('linkcheck: 2 moved links would be rewritten (dry run, no file written)')
assert log.contains('linkcheck: 2 moved links rewritten')
assert log =~ /linkcheck: pom\.xml:\d+:\d+ \(url\): \Q${site}\E\/moved\?to=\/ok\/home -> \Q${site}\E\/ok\/home \(POM not rewritten: edit it\)/
assert !log.contains('[ERROR]')
assert context.site.requests('/moved?to=/ok/guide') >= 2 : 'the dry run left the link for the fix to find again'
return true
