package io.github.linkcheck.maven;

import org.apache.maven.plugin.logging.SystemStreamLog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Maven's log, line by line as a mojo logs them, debug lines included, each also with its level as Maven shows it. */
final class CapturingLog extends SystemStreamLog {

    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final List<String> levelled = Collections.synchronizedList(new ArrayList<>());

    /** The lines as logged. */
    List<String> lines() {
        return lines;
    }

    /** The lines as Maven prints them, for example {@code [ERROR] linkcheck: broken: ...}. */
    List<String> levelled() {
        return levelled;
    }

    @Override
    public boolean isDebugEnabled() {
        return true;
    }

    @Override
    public void debug(CharSequence content) {
        add("DEBUG", content);
    }

    @Override
    public void info(CharSequence content) {
        add("INFO", content);
    }

    @Override
    public void warn(CharSequence content) {
        add("WARNING", content);
    }

    @Override
    public void error(CharSequence content) {
        add("ERROR", content);
    }

    private synchronized void add(String level, CharSequence content) {
        lines.add(content.toString());
        levelled.add("[" + level + "] " + content);
    }
}
