package io.github.linkcheck.core;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a check would do with each link a run planned ({@code LinkcheckRun#plan()}), decided as the check decides
 * it, by {@link Screening} and {@link Triage}, with no request sent and no file read: for the {@code list} goal,
 * which shows users what their {@code documents}, {@code includes} and {@code excludes} come to.
 */
public final class LinkList {

    private LinkList() {}

    /**
     * What would be done with a link, in the order a check decides it.
     */
    public enum Action {
        /** A web URL, requested. */
        REQUEST,
        /** A relative link of a document, looked for on disk, and its fragment in the file when checked. */
        CHECK_ON_DISK,
        /** Of a kind that is not checked: {@code mailto:}, an unsupported scheme, a file outside rootDirectory. */
        SKIPPED,
        /** Left out by {@code includes} or {@code excludes}. */
        EXCLUDED,
        /** Broken as written, with no request: a malformed or too long URL, a relative link that is no path. */
        INVALID,
        /**
         * Checked as usual, but named by an {@code ignores} entry that holds today: a failure would not fail the
         * build. A link whose entry expired is listed with what it is checked as, the expiry as its reason.
         */
        IGNORED;

        /** The words the list shows, for example {@code check on disk}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /**
     * One link and what would be done with it.
     *
     * @param reason why, for a link that is not requested or looked for, for example
     *     {@code left out by exclude 'linkedin\.com'}; {@code null} otherwise
     */
    public record Entry(LinkTarget target, Action action, String reason) {}

    /** Every link, in the order planned, with what the {@code ignores} entries make of it today. */
    public static List<Entry> of(CheckSettings settings, IgnoreEntries ignores, List<LinkTarget> targets) {
        // A list is not bounded by maxTotalTime: it sends nothing, and every link is to be shown.
        RunDeadline never = RunDeadline.start(Optional.empty());
        return targets.stream()
                .map(target -> withIgnores(entry(settings, target, never), ignores))
                .toList();
    }

    /** A link that is checked, told what an {@code ignores} entry that names it would do with a failure. */
    private static Entry withIgnores(Entry entry, IgnoreEntries ignores) {
        if (entry.action() != Action.REQUEST && entry.action() != Action.CHECK_ON_DISK) {
            return entry;
        }
        return ignores.matching(entry.target().url())
                .map(match -> match.expired()
                        ? new Entry(entry.target(), entry.action(), match.describe())
                        : new Entry(
                                entry.target(),
                                Action.IGNORED,
                                "still checked; a failure is " + match.entry().ignoredText() + ", "
                                        + match.entry().describe()))
                .orElse(entry);
    }

    private static Entry entry(CheckSettings settings, LinkTarget written, RunDeadline never) {
        LinkTarget target = settings.remaps().apply(written);
        Optional<CheckResult> screened = Screening.screen(settings.linkFilter(), target, never);
        if (screened.isPresent()) {
            return answered(screened.get());
        }
        Triage.Decision decision = Triage.of(target, settings.unsupportedSchemes());
        if (decision instanceof Triage.Answered answered) {
            return answered(answered.result());
        }
        return new Entry(target, decision instanceof Triage.OnDisk ? Action.CHECK_ON_DISK : Action.REQUEST, null);
    }

    /** A link answered before any request: excluded, skipped, or broken as written. */
    private static Entry answered(CheckResult result) {
        Action action = switch (result.verdict()) {
            case EXCLUDED -> Action.EXCLUDED;
            case SKIPPED -> Action.SKIPPED;
            default -> Action.INVALID;
        };
        return new Entry(result.target(), action, result.outcome().describe());
    }
}
