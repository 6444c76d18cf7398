import io.github.linkcheck.testing.SelfSignedKeyStore
import io.github.linkcheck.testing.TestSite

evaluate(new File(basedir, '../../../src/it/shared/start-site.groovy'))

def keyStore = SelfSignedKeyStore.create(basedir.toPath())
def httpsSite = TestSite.startHttps(keyStore)
context.put('httpsSite', httpsSite)
context.userProperties.put('httpsSite', httpsSite.baseUrl())
return true
