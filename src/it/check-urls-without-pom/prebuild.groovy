evaluate(new File(basedir, '../../../src/it/shared/start-site.groovy'))
context.userProperties.put('linkcheck.urls', context.site.baseUrl() + '/ok/adhoc')
return true
