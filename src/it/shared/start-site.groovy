// Evaluated by every IT's prebuild.groovy: starts the local test site and hands its address to the IT
// build as the property `site`. The IT's verify.groovy closes it (context.site) before it asserts.
def site = io.github.linkcheck.testing.TestSite.start()
context.put('site', site)
context.userProperties.put('site', site.baseUrl())
return true
