package io.github.linkcheck.run;

import io.github.linkcheck.core.CheckReport;

/**
 * The links were checked, but a report could not be written. The results are here, so that the build still
 * shows them, and counts them in the whole build's reports, before it stops with this message.
 */
public final class ReportsNotWrittenException extends RunException {

    private static final long serialVersionUID = 1L;

    private final transient CheckReport report;

    public ReportsNotWrittenException(String message, CheckReport report) {
        super(message);
        this.report = report;
    }

    /** The results of the check whose reports could not all be written. */
    public CheckReport report() {
        return report;
    }
}
