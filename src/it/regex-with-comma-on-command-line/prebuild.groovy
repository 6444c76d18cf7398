evaluate(new File(basedir, '../../../src/it/shared/start-site.groovy'))
def base = context.site.baseUrl()
// As typed in a shell, in single quotes: -Dlinkcheck.excludes='status/40{1\,3},/never'
context.userProperties.put('linkcheck.urls', "${base}/ok/a,${base}/status/400,${base}/status/4000,${base}/never".toString())
context.userProperties.put('linkcheck.excludes', 'status/40{1\\,3},/never')
context.userProperties.put('linkcheck.includes', '^http://127\\.0\\.0\\.1:\\d{1\\,5}/')
return true
