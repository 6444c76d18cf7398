import io.github.linkcheck.docs.DocSnippet
import io.github.linkcheck.docs.SnippetProjects

import java.nio.file.Path

// Runs every runnable shell snippet of the documentation with the Maven that runs this build, `mvn` standing for it
// with this IT's settings and local repository, and their web addresses leading to the local test site.
try {
    // Each XML snippet's module ran the check: its summary line names it.
    def log = new File(basedir, 'build.log').text
    def silent = context.modules.findAll { place, id -> !(log =~ /linkcheck: \[${id}\] [\d,]+ (links?|web URLs?|files?) (\(|in )/) }
    assert silent.isEmpty(): "no check ran for the snippets ${silent.keySet()}"
    // The README's <documents> example names target/site, which only mvn site makes: skipped until then, not a failure.
    assert log =~ /\[WARNING\] linkcheck: \[readme-md\d+\] documents directory '\S+target.site' does not exist yet/

    def snippets = DocSnippet.ofProject(basedir.toPath().resolve('../../..').normalize())
    def projects = new SnippetProjects(basedir.toPath(), context.site.baseUrl(), context.version)
    def mavenHome = Path.of(System.getProperty('maven.home'))
    def settings = basedir.toPath().resolveSibling('interpolated-settings.xml')
    def failed = []
    def settingsAbove = null
    snippets.findAll { it.runnable() }.each { snippet ->
        if (snippet.kind() == DocSnippet.Kind.SETTINGS) {
            settingsAbove = snippet
        } else if (snippet.kind() == DocSnippet.Kind.SHELL) {
            def above = settingsAbove?.file() == snippet.file() ? settingsAbove : null
            def run = projects.runShell(snippet, above, mavenHome, settings, localRepositoryPath.toPath())
            println "docs-snippets: ${snippet.place()}: exit ${run.status()}"
            if (!run.passed() || !run.output().contains('linkcheck: ')) {
                failed << "${snippet.place()}: exit ${run.status()}\n${run.output().readLines().takeRight(30).join('\n')}"
            }
        }
    }
    assert failed.isEmpty(): "${failed.size()} shell snippets failed:\n" + failed.join('\n\n')
    // Every snippet above ran against the test site: the web address the README's ad-hoc command names was checked.
    assert context.site.requests('/ok/maven.apache.org/') > 0
} finally {
    context.site.close()
}
return true
