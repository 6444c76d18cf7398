context.site.close()
def log = new File(basedir, 'build.log').text
def site = context.site.baseUrl()
def checks = evaluate(new File(basedir, '../../../src/it/shared/expectations.groovy'))

// A valid entry: the failure is listed with its reason and fails nothing.
checks.expect(log.contains("[INFO] linkcheck: broken: urls entry 1: ${site}/status/404?known -> 404 Not Found ("),
        'the ignored link of the valid module is listed as information')
checks.expect(log =~ /\Q${site}\E\/status\/404\?known -> 404 Not Found \([^)]*\); ignored: the vendor moves it \(until 2999-12-31\)/,
        'the ignored link shows its reason and date')
// The .linkcheckignore of the reactor root applies to every module, named by its line.
checks.expect(log.findAll(/ignored: gone for good, the vendor knows \(until 2999-12-31\)/).size() == 2,
        'the root file excuses the shared link in both modules')
checks.expect(log =~ /\[INFO\] linkcheck: \[ignores-valid\] ignores entry 'ok\/fixed' \(\.linkcheckignore:3\) is no longer needed: its link works again: \Q${site}\E\/ok\/fixed/,
        'the entry of a link that works again is said to be no longer needed')
// An expired entry: a warning names it, and the failure names it too.
checks.expect(log.contains("[WARNING] linkcheck: [ignores-expired] ignores entry 'status/404\\?stale' (ignores[1]) expired after 2020-01-31: the links it matches count again; remove it, or give it a later until"),
        'a warning names the expired entry')
checks.expect(log =~ /\[ERROR\] linkcheck: broken: urls entry 1: \Q${site}\E\/status\/404\?stale -> 404 Not Found \([^)]*\); ignores entry 'status\/404\\\?stale' \(ignores\[1\]\) expired after 2020-01-31/,
        'the failing link names the expired entry')
checks.expect(log.contains('linkcheck: 1 link fails the build (1 broken):'), 'the expired module fails on its one link')
checks.expectModuleResults('build', log, ['ignores-valid': 'SUCCESS', 'ignores-expired': 'FAILURE'])

// The build's reports: the shared link ignored in both modules is one result with both places.
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/linkcheck/linkcheck.json'))
checks.expect(json.totals.ignored == 2, "the build's report counts 2 ignored links: ${json.totals}")
checks.expect(json.totals.failing == 1, "the build's report counts 1 failing link: ${json.totals}")
def shared = json.links.find { it.url.endsWith('from-root-file') }
checks.expect(shared?.ignore?.definedAt == '.linkcheckignore:2' && shared?.severity == 'ignored',
        "the shared link is ignored by the root file's line 2: ${shared}")
def stale = json.links.find { it.url.endsWith('stale') }
checks.expect(stale?.ignore?.expired == true && stale?.severity == 'error', "the stale link fails with its expired entry: ${stale}")
def summary = new File(basedir, 'target/linkcheck/summary.md').text
checks.expect(summary.contains(':see_no_evil:') && summary.contains('expired after 2020-01-31'), "summary.md: ${summary}")
checks.assertAll()
return true
