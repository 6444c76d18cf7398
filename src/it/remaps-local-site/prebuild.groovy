evaluate(new File(basedir, '../../../src/it/shared/start-site.groovy'))
