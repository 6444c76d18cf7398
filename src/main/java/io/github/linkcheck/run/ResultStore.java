package io.github.linkcheck.run;

import io.github.linkcheck.cache.ResultCache;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.UntrustedText;

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
        public ResultCache open(CheckSettings settings, List<LinkTarget> targets, RunLog log) {
            return ResultCache.disabled(settings);
        }

        @Override
        public void keep(ResultCache results, RunLog log) {
            // Nothing is remembered.
        }
    };

    /**
     * The results a run of these targets can use, and the place its new results go; what the user should know
     * about the store (a file that could not be used, say) is logged.
     */
    ResultCache open(CheckSettings settings, List<LinkTarget> targets, RunLog log);

    /** Keeps the run's results for the next run; a store that cannot warns, since the run itself went well. */
    void keep(ResultCache results, RunLog log);

    /** A cache file, whose entries are trusted for {@code maxAge}. */
    static ResultStore file(Path file, Duration maxAge, Clock clock) {
        return new ResultStore() {
            @Override
            public ResultCache open(CheckSettings settings, List<LinkTarget> targets, RunLog log) {
                return load(file, maxAge, clock, settings, targets, log);
            }

            @Override
            public void keep(ResultCache results, RunLog log) {
                save(results, file, log);
            }
        };
    }

    /** Reads a cache file, telling the user why it could not be used, if it could not. */
    static ResultCache load(
            Path file, Duration maxAge, Clock clock, CheckSettings settings, List<LinkTarget> targets, RunLog log) {
        ResultCache cache = ResultCache.load(file, maxAge, settings, clock, targets);
        // A notice can quote the cache file, which anyone who can write to the CI cache may have written.
        cache.notices().forEach(notice -> log.warn("linkcheck: " + UntrustedText.neutralise(notice)));
        return cache;
    }

    /** Writes a cache file; one that cannot be written is a warning, since the run itself went well. */
    static void save(ResultCache results, Path file, RunLog log) {
        try {
            results.save();
        } catch (IOException e) {
            log.warn("linkcheck: cacheFile = '" + file + "' cannot be written (" + RunException.why(e)
                    + "); the next run checks every URL again");
        }
    }
}
