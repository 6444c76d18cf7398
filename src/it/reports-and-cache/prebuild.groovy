evaluate(new File(basedir, '../../../src/it/shared/start-site.groovy'))
// The project is a repository of its own, whose root linkcheck.sarif names files from.
new File(basedir, '.git').mkdirs()
def site = context.site.baseUrl()
new File(basedir, 'README.md').text = """\
# Reports

A page that works: ${site}/ok/readme
and one that is gone: ${site}/status/410
"""
return true
