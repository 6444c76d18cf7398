evaluate(new File(basedir, '../../../src/it/shared/start-site.groovy'))
def site = context.site.baseUrl()
new File(basedir, 'README.md').text = """\
# Reports

A page that works: ${site}/ok/readme
and one that is gone: ${site}/status/410
"""
return true
