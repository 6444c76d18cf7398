import com.fasterxml.jackson.databind.ObjectMapper

evaluate(new File(basedir, '../../../src/it/shared/start-site.groovy'))
def site = context.site
// Twelve pages per module, 20 for the build, all on the one server; each is answered after 150 ms, so that requests
// of modules checking at the same time are at the server at the same time. Line 3 of mod-a's and mod-b's READMEs
// links the broken page they share; the verify scripts know these places.
def pages = (1..20).collect { String.format('/slow/150/page-%02d', it) }
['mod-a': pages[0..11], 'mod-b': pages[4..15], 'mod-c': pages[8..19]].each { module, linked ->
    def third = module == 'mod-c' ? 'Nothing broken here.' : "- gone: ${site.url('/status/404')}"
    new File(basedir, "${module}/README.md").text =
            "# ${module}\n\n${third}\n" + linked.collect { "- ${site.url(it)}\n" }.join('')
}
def working = pages + '/slow/150/licence'
context.put('workingUrls', working.collect { site.url(it) })
// What the site has been asked so far, by path and method, and what the build's one cache holds: verify.1.groovy
// keeps both as they are after the first build.
context.put('requestsSoFar', { ->
    (working + '/status/404').collectEntries { [(it): [HEAD: site.requests('HEAD', it), GET: site.requests('GET', it)]] }
})
context.put('cachedUrls', { ->
    def cache = new File(basedir, 'target/linkcheck/cache.json')
    cache.isFile() ? new ObjectMapper().readTree(cache).get('entries').collect { it.get('url').asText() } : []
})
return true
