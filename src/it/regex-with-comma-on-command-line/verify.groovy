// A comma written \, stays in its pattern on every Maven, while the other commas still separate the patterns:
// status/40{1,3} leaves out /status/400 and /status/4000, /never leaves out /never, and the include with {1,5}
// lets the site's URLs in.
def excludedRequests = context.site.requests('/status/400') + context.site.requests('/status/4000') + context.site.requests('/never')
def okRequests = context.site.requests('/ok/a')
context.site.close()
assert excludedRequests == 0 : excludedRequests
assert okRequests == 1 : okRequests

def log = new File(basedir, 'build.log').text
assert log =~ /linkcheck: 4 web URLs in [^\n]*: 1 OK, 0 broken, 3 excluded/
assert log.contains("linkcheck: 3 links excluded (each listed with -X): 2 left out by exclude 'status/40{1,3}', 1 left out by exclude '/never'")
assert log.contains('BUILD SUCCESS')
return true
