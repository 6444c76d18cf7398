evaluate(new File(basedir, '../../../src/it/shared/start-site.groovy'))
// The documents name the site, whose port is only known now.
def site = context.site.baseUrl()
new File(basedir, 'README.md').text = """\
# Demo project

Read the [guide](docs/guide.md) and its [set-up section](docs/guide.md#set-up).
A [missing page](docs/missing.md) and a [missing section](docs/guide.md#no-such-section).
A page that works: ${site}/ok/readme, and one that does not: <${site}/status/404>.
A [section of a web page](${site}/page/x#intro) and a [missing one](${site}/page/x#gone).
[Mail us](mailto:team@example.org), or go [back up](#demo-project).

```
${site}/status/500 is in a code block: not a link
```
"""
new File(basedir, 'docs').mkdirs()
new File(basedir, 'docs/guide.md').text = """\
# Guide

## Set up

Back to the [readme](../README.md#demo-project), or to a [404 again](${site}/status/404).
![logo](images/logo.png)
"""
return true
