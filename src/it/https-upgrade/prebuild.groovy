import io.github.linkcheck.testing.SelfSignedKeyStore
import io.github.linkcheck.testing.TestSite

evaluate(new File(basedir, '../../../src/it/shared/start-site.groovy'))

def httpsSite = TestSite.startHttps(SelfSignedKeyStore.create(basedir.toPath()))
context.put('httpsSite', httpsSite)
context.userProperties.put('httpsSite', httpsSite.baseUrl())

// The fix must change the link's scheme and nothing else: not the same URL in a code span, not the line endings.
def readme = { String scheme ->
    '# Upgrade me\r\n\r\nRead [the guide](' + scheme + '://docs.example.invalid/ok/guide#install), ünïcode.\r\n' +
            'In code: `http://docs.example.invalid/ok/guide`.\r\n'
}
new File(basedir, 'README.md').bytes = readme('http').getBytes('UTF-8')
new File(basedir, 'README.expected').bytes = readme('https').getBytes('UTF-8')
return true
