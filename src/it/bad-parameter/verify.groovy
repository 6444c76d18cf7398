context.site.close()
def log = new File(basedir, 'build.log').text
assert log.contains("linkcheck: mode = 'turbo' is not valid: expected one of threads, async, virtual")
def durationForms = 'a whole number followed by ms, s, m, h or d, such as 500ms, 10s or 2m, or a bare number of milliseconds'
assert log.contains("linkcheck: timeout = 'ten' is not valid: expected a duration from 1ms to 1h: ${durationForms}")
assert log.contains("linkcheck: timeout = '999999999999d' is not valid: expected a duration from 1ms to 1h: ${durationForms}")
assert log.contains("linkcheck: cacheMaxAge = '999999999999d' is not valid: expected a duration from 1ms to 365d: ${durationForms}")
// Maven itself would read a typo in a boolean as false, and so turn failOnError off.
assert log.contains("linkcheck: failOnError = 'nope' is not valid: expected true or false, in any letter case")
assert log.contains("linkcheck: concurrency = '0' is not valid: expected a whole number from 1 to 10000")
assert log.contains("linkcheck: urlFiles = '${new File(basedir, 'no-such-links.txt')}' cannot be read: no such file")
// Stopped before any request, and without a stack trace.
assert context.site.requests('/ok/must-not-be-requested') == 0
assert !(log =~ /\n\s+at [\w.$]+\(/) : 'a stack trace reached the log'
assert !(log =~ /[\w.]+(Exception|Error): /) : 'an exception reached the log'
return true
