context.site.close()
context.proxy.close()
def log = new File(basedir, 'build.log').text

assert log.contains('BUILD SUCCESS')
assert log =~ /linkcheck: 2 web URLs in [^\n]*: 2 OK, 0 broken/
// Both secrets were used...
assert context.proxy.carried() == ["http://127.0.0.1:${context.userProperties.closedPort}/via-proxy".toString()]
assert context.proxy.authorizationsSeen().contains('Basic ' + 'alice:pr0xy-s3cret'.bytes.encodeBase64().toString())
assert context.site.lastHeader('/ok/direct', 'Authorization') == 'Bearer h3ader-s3cret'
// The header is bound to localhost: the request through the proxy, to 127.0.0.1, went without it.
assert context.proxy.headerValuesSeen('Authorization') == []
// ...and neither reached the log, though Maven ran with -X.
assert log.contains('[DEBUG]')
assert !log.contains('pr0xy-s3cret') : 'the proxy password is in the log'
assert !log.contains('h3ader-s3cret') : 'the header value is in the log'
// Maven 4 finds HttpClient's log levels under its own names, so does not warn about Maven 3's.
assert !log.contains('SLF4J') : 'a warning about how HttpClient\'s logging is set'
return true
