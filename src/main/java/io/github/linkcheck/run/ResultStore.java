package io.github.linkcheck.run;

import io.github.linkcheck.cache.ResultCache;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.LinkTarget;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Where the results that a later run may trust are kept between runs. */
public interface ResultStore {

    /** Keeps nothing: every URL is requested. */
    ResultStore NONE = new ResultStore() {
        @Override
        public ResultCache open(CheckSettings settings, List<LinkTarget> targets) {
            return ResultCache.disabled(settings);
        }

        @Override
        public void keep(ResultCache results, RunLog log) {
            // Nothing is remembered.
        }
    };

    /** The results a run of these targets can use, and the place its new results go. */
    ResultCache open(CheckSettings settings, List<LinkTarget> targets);

    /** Keeps the run's results for the next run; a store that cannot warns, since the run itself went well. */
    void keep(ResultCache results, RunLog log);

    /** A cache file, whose entries are trusted for {@code maxAge}. */
    static ResultStore file(Path file, Duration maxAge, Clock clock) {
        return new ResultStore() {
            @Override
            public ResultCache open(CheckSettings settings, List<LinkTarget> targets) {
                return ResultCache.load(file, maxAge, settings, clock, targets);
            }

            @Override
            public void keep(ResultCache results, RunLog log) {
                try {
                    results.save();
                } catch (IOException e) {
                    log.warn("linkcheck: cacheFile = '" + file + "' cannot be written (" + RunException.why(e)
                            + "); the next run checks every URL again");
                }
            }
        };
    }
}
