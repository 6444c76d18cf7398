// After the first build: what it requested, the most requests the site answered at once, and what the cache holds.
context.put('firstBuild', [requests    : context.requestsSoFar(),
                           mostInFlight: context.site.takeMostSlowInFlight(),
                           cached      : context.cachedUrls()])
return true
