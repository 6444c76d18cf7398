import io.github.linkcheck.testing.TestProxy

evaluate(new File(basedir, '../../../src/it/shared/start-site.groovy'))

def proxy = TestProxy.withCredentials('alice', 'pr0xy-s3cret')
context.put('proxy', proxy)
// A loopback port nothing listens on: only the proxy can answer for URLs there.
def closedPort = new ServerSocket(0, 1, InetAddress.loopbackAddress).withCloseable { it.localPort }
context.userProperties.put('closedPort', String.valueOf(closedPort))
context.userProperties.put('localSite', context.site.baseUrl().replace('127.0.0.1', 'localhost'))
// Headers are bound to origins: a hosts entry without port would mean port 80.
context.userProperties.put('localPort', String.valueOf(new URI(context.site.baseUrl()).port))
new File(basedir, 'proxy-settings.xml').text = """<settings>
  <proxies>
    <proxy>
      <id>it-proxy</id>
      <active>true</active>
      <protocol>http</protocol>
      <host>127.0.0.1</host>
      <port>${proxy.port()}</port>
      <username>alice</username>
      <password>pr0xy-s3cret</password>
      <nonProxyHosts>localhost</nonProxyHosts>
    </proxy>
  </proxies>
</settings>
"""
return true
