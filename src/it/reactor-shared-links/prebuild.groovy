evaluate(new File(basedir, '../../../src/it/shared/start-site.groovy'))
def site = context.site.baseUrl()
// Each README: two pages every module links, the broken page mod-a and mod-b share (mod-c links the
// repository's ROOT.md instead), and a page of its own; the verify script knows these lines and columns.
def readme = { String module, String fifthLine ->
    new File(basedir, "${module}/README.md").text = """\
# ${module}

- shared: ${site}/ok/shared-1
- shared: [the guide](${site}/ok/shared-2)
${fifthLine}
- own: ${site}/ok/only-${module}
"""
}
readme('mod-a', "- gone: ${site}/status/404")
readme('mod-b', "- gone: ${site}/status/404")
readme('mod-c', '- root: [notes](/ROOT.md)')
return true
