package io.github.linkcheck.run;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.FailurePolicy;

/** Where a run's results are reported once every link is judged. */
public interface ReportSink {

    /** Makes sure the results can be written, before any request: a sink that cannot stops the run. */
    default void prepare() throws RunException {}

    void write(CheckReport report, FailurePolicy policy) throws RunException;
}
