import io.github.linkcheck.docs.DocSnippet
import io.github.linkcheck.docs.SnippetProjects

// Makes a project of every XML snippet of the documentation that goes into a POM, its web addresses leading to the
// local test site, and parses every settings snippet as Maven parses settings.xml.
def version = (new File(basedir, 'pom.xml').text =~ /<version>([^<]+)<\/version>/)[0][1]
evaluate(new File(basedir, '../../../src/it/shared/start-site.groovy'))
def snippets = DocSnippet.ofProject(basedir.toPath().resolve('../../..').normalize()).findAll { it.runnable() }
snippets.findAll { it.kind() == DocSnippet.Kind.SETTINGS }.each { SnippetProjects.parseSettings(it) }
def projects = new SnippetProjects(basedir.toPath(), context.site.baseUrl(), version)
def modules = projects.writeModules(snippets)
println "docs-snippets: ${modules.size()} XML snippets as projects: ${modules.keySet()}"
context.put('modules', modules)
context.put('version', version)
return true
