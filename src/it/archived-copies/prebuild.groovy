evaluate(new File(basedir, '../../../src/it/shared/start-site.groovy'))
// The README links the site, whose port is known only now: written here, with the copy the fix must make of it.
def site = context.userProperties.get('site')
def dead = site + '/status/404?dead'
def readme = { String link -> '# Archived\r\n\r\nDead: [old docs](' + link + '), fine: [ok](' + site + '/ok/fine).\r\n' }
new File(basedir, 'README.md').bytes = readme(dead).getBytes('UTF-8')
new File(basedir, 'README.expected').bytes =
        readme(io.github.linkcheck.testing.TestSite.ARCHIVED_AT + dead).getBytes('UTF-8')
return true
