import io.github.linkcheck.testing.HostileInput
import io.github.linkcheck.testing.RunnerLog
import org.apache.maven.artifact.versioning.ComparableVersion

context.server.close()
def log = new File(basedir, 'build.log').getText('UTF-8')
def runner = RunnerLog.read(log)

// Both runs checked the hostile links and failed on them.
assert log.count('linkcheck: 15 links (') == 2
assert log.contains('(async, concurrency 32)') && log.contains('(threads, concurrency 32)')
// Read as GitHub's runner reads it, the log holds the plugin's annotations and no other command...
def commands = runner.commands()
assert !commands.isEmpty()
commands.each { command ->
    assert command ==~ /::error (file=[^,:]*,(line=\d+,)?(col=\d+,)?)?title=linkcheck%3A broken link::.*/ : command
}
assert commands.size() == runner.lines().count { it.startsWith('::') }
// ...no raw control character but Maven's own colours, which the second run forced on...
assert runner.linesWithControlCharacters().isEmpty() : runner.linesWithControlCharacters().join('\n')
// Maven before 3.9 (Jansi 1) strips colours from output that is no terminal, whatever -Dstyle.color says.
if (new ComparableVersion(mavenVersion) >= new ComparableVersion('3.9')) {
    assert log.contains('\u001b[') : 'the second run was coloured'
}
// ...every hostile part shown as escapes, in both runs...
HostileInput.SHOWN_ESCAPED.each { escaped -> assert log.count(escaped) >= 2 : escaped }
assert HostileInput.LOCATION_WITH_CR.sum { log.count(it) } >= 2
// ...and the token nowhere, neither in the log nor in any file the runs wrote.
assert !log.contains(HostileInput.TOKEN)
assert log.contains('urls entry 1: http://****@127.0.0.1:')
def written = ['step-summary.md', 'target/linkcheck/linkcheck.json', 'target/linkcheck/TEST-linkcheck.xml',
               'target/linkcheck/summary.md', 'target/linkcheck/cache.json', 'target/linkcheck/linkcheck.sarif'
              ].collect { new File(basedir, it) }
written.each { file -> assert file.isFile() && !file.getText('UTF-8').contains(HostileInput.TOKEN) : file }

// linkcheck.sarif is valid, holds no raw control character, and what a viewer shows of it, decoded, none either.
def sarifFile = new File(basedir, 'target/linkcheck/linkcheck.sarif')
io.github.linkcheck.testing.SarifSchema.assertValid(sarifFile.toPath())
assert sarifFile.getText('UTF-8').chars().allMatch { it == 10 || (it >= 0x20 && it != 0x7f && (it < 0x80 || it > 0x9f)) }
def sarifResults = new com.fasterxml.jackson.databind.ObjectMapper().readTree(sarifFile).at('/runs/0/results')
assert sarifResults.size() == commands.size() / 2 : "a result per annotation of the last run: ${sarifResults}"
sarifResults.each { result ->
    def shown = [result.at('/message/text').asText(),
                 result.at('/locations/0/physicalLocation/artifactLocation/uri').asText()]
    shown.each { text ->
        assert RunnerLog.read(text).linesWithControlCharacters().isEmpty() && !text.contains('\n') && !text.contains('##[') : text
    }
}

def summary = new File(basedir, 'step-summary.md').getText('UTF-8')
assert RunnerLog.read(summary).linesWithControlCharacters().isEmpty()
summary.readLines().findAll { it.startsWith('| :') }.each { row ->
    assert row.replace('\\|', '').count('|') == 6 : row
    assert !(row =~ /<(?!br>)/) : row
}
return true
