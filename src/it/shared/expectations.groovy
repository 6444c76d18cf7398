// Evaluated by the verify script of an IT that checks many expectations: each failed one is recorded, and assertAll
// reports them all together, so that one run lists everything that is missing, not only the first.
def problems = []
def expect = { holds, String problem ->
    if (!holds) {
        problems << problem
    }
}
return [
        expect             : expect,
        // requests: how often the test site saw each path, by method: [path: [HEAD: n, GET: n]]
        expectRequests     : { String build, Map requests, String path, int heads, int gets ->
            def seen = requests[path]
            expect(seen.HEAD == heads && seen.GET == gets,
                    "${build}: ${path}: requested ${seen.HEAD} times by HEAD and ${seen.GET} by GET, expected ${heads} and ${gets}")
        },
        // results: the result Maven's reactor summary gives each module: [module: 'SUCCESS' or 'FAILURE']
        expectModuleResults: { String build, String log, Map results ->
            results.each { module, result ->
                expect(log =~ /(?m)^\[INFO\] \Q${module}\E \.+ ${result}\b/, "${build}: reactor summary: ${module} is not ${result}")
            }
        },
        // the summary line of each module, '... N web URLs in ...' or '... N links (...) in ...', names the module
        expectSummaryLines : { String build, String log, List modules ->
            def summaryLines = log.readLines().findAll { it =~ /linkcheck: .*\d+ (?:web URLs?|links?(?: \([^)]*\))?) in / }
            modules.each { module ->
                expect(summaryLines.any { it.contains(module) }, "${build}: no summary line names ${module}: ${summaryLines}")
            }
        },
        assertAll          : { ->
            assert problems.isEmpty(): "${problems.size()} expectations failed:\n" + problems.join('\n')
        }]
