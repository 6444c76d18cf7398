context.site.close()
def log = new File(basedir, 'build.log').text
def site = context.site.baseUrl()

assert log =~ /linkcheck: 2 web URLs in [^\n]*: 1 OK, 1 broken/
// Only the module is built, so it is the reactor root: its own URL is placed in its POM, and the inherited
// licence URL in the parent's, above the root, with '..' rather than an absolute path. An element's column is where its text starts, on Maven 4 too.
assert log =~ /\[ERROR\] linkcheck: broken: \.\.\/pom\.xml:12:12 \(licenses\/license\[1\]\/url\): \Q${site}\E\/status\/404 -> 404 Not Found \(/
assert !(log =~ /broken: [^\n]*file:/)
return true
