evaluate(new File(basedir, '../../../src/it/shared/start-site.groovy'))
// The README links the site, whose port is known only now: written here, with the copy the fix must make of it.
def site = context.userProperties.get('site')
def readme = { String guide ->
    '\uFEFF# Fix me\r\n\r\nMoved: [the guide](' + guide + '#install) — and bare: ' + guide + '.\r\n' +
            'Fine: [ok](' + site + '/ok/fine), ünïcode, `' + site + '/moved?to=/ok/guide` in code.\r\n'
}
new File(basedir, 'README.md').bytes = readme(site + '/moved?to=/ok/guide').getBytes('UTF-8')
new File(basedir, 'README.expected').bytes = readme(site + '/ok/guide').getBytes('UTF-8')
        .with { new String(it, 'UTF-8') }
        .replace('`' + site + '/ok/guide` in code', '`' + site + '/moved?to=/ok/guide` in code')
        .getBytes('UTF-8')
new File(basedir, 'pom.xml.before').bytes = new File(basedir, 'pom.xml').bytes
return true
