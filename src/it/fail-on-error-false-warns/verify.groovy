context.site.close()
def log = new File(basedir, 'build.log').text
def site = context.site.baseUrl()

assert log.contains("[WARNING] linkcheck: broken: urls entry 2: ${site}/status/410 -> 410 Gone (")
assert log.contains("[WARNING] linkcheck: broken: urls entry 3: htp:/typo -> invalid URL: unsupported scheme 'htp'; expected http or https")
assert log =~ /linkcheck: 3 links \(2 web URLs, 1 other\) in [^\n]*: 1 OK, 2 broken/
assert log.contains('BUILD SUCCESS')
assert !log.contains('[ERROR]')
return true
