evaluate(new File(basedir, '../../../src/it/shared/start-site.groovy'))
// The reactor is a repository of its own, whose root linkcheck.sarif names files from.
new File(basedir, '.git').mkdirs()
return true
