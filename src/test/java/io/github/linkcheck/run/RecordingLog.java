package io.github.linkcheck.run;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The lines a run logs, by level, from whichever threads log them. */
final class RecordingLog implements RunLog {

    final List<String> info = new CopyOnWriteArrayList<>();
    final List<String> warnings = new CopyOnWriteArrayList<>();
    final List<String> debug = new CopyOnWriteArrayList<>();

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
