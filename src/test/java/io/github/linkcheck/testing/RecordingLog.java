package io.github.linkcheck.testing;

import io.github.linkcheck.run.RunLog;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The lines a run logs, by level, from whichever threads log them. */
public final class RecordingLog implements RunLog {

    public final List<String> info = new CopyOnWriteArrayList<>();
    public final List<String> warnings = new CopyOnWriteArrayList<>();
    public final List<String> debug = new CopyOnWriteArrayList<>();

    @Override
    public void info(String line) {
        info.add(line);
    }

    @Override
    public void warn(String line) {
        warnings.add(line);
    }

    @Override
    public void debug(String line) {
        debug.add(line);
    }
}
