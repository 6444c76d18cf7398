package io.github.linkcheck.fix;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.HttpUrls;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.UntrustedText;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.run.RunLog;
import io.github.linkcheck.sources.LinkRewriter;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Rewrites the links a check found {@linkplain Verdict#MOVED moved} to where they moved (and whatever other
 * {@link LinkReplacement}s it is given), in the documents and URL files they were found in, each file once, changing nothing but the URLs (see {@link LinkRewriter}). Each change
 * is told as {@code file:line:column: old -> new}; a place left alone is told with why. A link of the POM is told
 * with its new URL and never rewritten: the POM is the user's to edit. A link keeps its {@code #fragment}.
 *
 * <p>Files are written through {@link FileWriting}: a file whose content is no longer what was read is left
 * alone. A dry run tells the same changes and writes nothing.
 */
public final class MovedLinkFixer {

    private final Path placesFrom;
    private final Set<String> urlFiles;
    private final boolean dryRun;
    private final Predicate<Path> claim;
    private final RunLog log;
    private final List<LinkReplacement> replacements;

    /** A fixer of moved links only. */
    public MovedLinkFixer(Path placesFrom, Set<String> urlFiles, boolean dryRun, Predicate<Path> claim, RunLog log) {
        this(placesFrom, urlFiles, dryRun, claim, log, List.of(LinkReplacement.MOVED));
    }

    /**
     * @param placesFrom the folder the places of the results are named from: the reactor root
     * @param urlFiles the URL files of the run, as its places name them
     * @param dryRun whether changes are only told, not written
     * @param claim whether a file is this run's to rewrite: false for one another run of the build rewrites
     * @param log where each change, and each place left alone, is told
     * @param replacements the kinds of fix, the first that rewrites a link deciding its new URL
     */
    public MovedLinkFixer(
            Path placesFrom,
            Set<String> urlFiles,
            boolean dryRun,
            Predicate<Path> claim,
            RunLog log,
            List<LinkReplacement> replacements) {
        this.placesFrom = placesFrom.toAbsolutePath().normalize();
        this.urlFiles = Set.copyOf(urlFiles);
        this.dryRun = dryRun;
        this.claim = claim;
        this.log = log;
        this.replacements = List.copyOf(replacements);
    }

    /**
     * What a fix came to.
     *
     * @param rewritten the links rewritten at every place they stand (none in a dry run): they no longer fail a
     *     build
     * @param changes how many URLs were written anew, or would be in a dry run
     */
    public record Fixed(Set<CheckResult> rewritten, int changes) {

        /** The report without the links rewritten, for judging the build as a check of the files now would. */
        public CheckReport remaining(CheckReport report) {
            return new CheckReport(
                    report.settings(),
                    report.results().stream()
                            .filter(result -> !rewritten.contains(result))
                            .toList(),
                    report.wallTime());
        }
    }

    /** The new URL of a link, and the kind of fix that gave it. */
    private record Replacement(LinkReplacement kind, String newUrl) {}

    /** A URL to write at one place, for one result. */
    private record Planned(CheckResult result, Origin place, LinkRewriter.Edit edit) {}

    /** Rewrites the links of the report its replacements name; problems with a file are told, never thrown. */
    public Fixed fix(CheckReport report) {
        Map<String, List<Planned>> byFile = new LinkedHashMap<>();
        Set<CheckResult> notEverywhere = new HashSet<>();
        Map<CheckResult, Replacement> replaced = new LinkedHashMap<>();
        for (CheckResult result : report.results()) {
            replacements.stream()
                    .flatMap(replacement ->
                            replacement.newUrl(result).stream().map(newUrl -> new Replacement(replacement, newUrl)))
                    .findFirst()
                    .ifPresent(replacement -> replaced.put(result, replacement));
        }
        for (Map.Entry<CheckResult, Replacement> replacement : replaced.entrySet()) {
            CheckResult result = replacement.getKey();
            String newUrl = replacement.getValue().newUrl();
            if (result.target().checkedAs() != null
                    && !replacement.getValue().kind().fromUrlAsWritten()) {
                // Where the remapped address leads is no place for the URL as written: a local copy's own path.
                notEverywhere.add(result);
                log.info("linkcheck: " + shown(result.target().origins().get(0)) + ": "
                        + UntrustedText.neutralise(result.target().describeUrl())
                        + " not rewritten: it was checked at its remapped address");
                continue;
            }
            for (Origin place : result.target().origins()) {
                if (place.file() == null || place.detail() != null) {
                    notEverywhere.add(result);
                    log.info("linkcheck: " + shown(place) + ": "
                            + shownChange(result.target().url(), newUrl)
                            + (place.file() == null
                                    ? " (configured, not rewritten: edit the configuration)"
                                    : " (POM not rewritten: edit it)"));
                    continue;
                }
                byFile.computeIfAbsent(place.file(), file -> new ArrayList<>())
                        .add(new Planned(
                                result,
                                place,
                                new LinkRewriter.Edit(
                                        place.line(),
                                        place.column(),
                                        result.target().url(),
                                        newUrl)));
            }
        }
        int changes = 0;
        for (Map.Entry<String, List<Planned>> file : byFile.entrySet()) {
            FileOutcome outcome = fixFile(file.getKey(), file.getValue());
            changes += outcome.changes();
            notEverywhere.addAll(outcome.leftAlone());
        }
        Set<CheckResult> rewritten = new HashSet<>();
        if (!dryRun) {
            replaced.keySet().stream()
                    .filter(result -> !notEverywhere.contains(result))
                    .forEach(rewritten::add);
        }
        String done = dryRun ? " would be rewritten (dry run, no file written)" : " rewritten";
        String noun = replacements.size() == 1 ? replacements.get(0).noun() : "link";
        log.info("linkcheck: " + changes + " " + noun + (changes == 1 ? "" : "s") + done);
        return new Fixed(rewritten, changes);
    }

    /** How many URLs a file got, and the results left alone at one of its places at least. */
    private record FileOutcome(int changes, Set<CheckResult> leftAlone) {

        static FileOutcome nothing(List<Planned> planned) {
            Set<CheckResult> all = new HashSet<>();
            planned.forEach(edit -> all.add(edit.result()));
            return new FileOutcome(0, all);
        }
    }

    private FileOutcome fixFile(String shownFile, List<Planned> planned) {
        Path file = placesFrom.resolve(shownFile).normalize();
        String shown = UntrustedText.neutralise(shownFile);
        if (!claim.test(file)) {
            log.info("linkcheck: " + shown + ": rewritten by another module of the build");
            return FileOutcome.nothing(planned);
        }
        LinkRewriter rewriter =
                urlFiles.contains(shownFile) ? LinkRewriter.forUrlFile() : LinkRewriter.forDocument(file);
        FileWriting.Read read;
        LinkRewriter.Rewrite rewrite;
        try {
            read = FileWriting.read(file);
            rewrite = rewriter.rewrite(
                    read.content(), planned.stream().map(Planned::edit).toList());
        } catch (CharacterCodingException e) {
            log.warn("linkcheck: " + shown + ": not UTF-8 text, not rewritten");
            return FileOutcome.nothing(planned);
        } catch (IOException e) {
            log.warn("linkcheck: " + shown + ": cannot be read ("
                    + UntrustedText.neutralise(String.valueOf(e.getMessage())) + "), not rewritten");
            return FileOutcome.nothing(planned);
        }
        Set<CheckResult> leftAlone = new HashSet<>();
        for (LinkRewriter.Skip skip : rewrite.skipped()) {
            Planned skipped = planned.stream()
                    .filter(edit -> edit.edit().equals(skip.edit()))
                    .findFirst()
                    .orElseThrow();
            leftAlone.add(skipped.result());
            log.warn("linkcheck: " + shown(skipped.place()) + ": "
                    + shownChange(skip.edit().oldUrl(), skip.edit().newUrl()) + " left alone: "
                    + UntrustedText.neutralise(skip.reason()));
        }
        if (!rewrite.changed()) {
            return new FileOutcome(0, leftAlone);
        }
        if (!dryRun) {
            try {
                if (!FileWriting.replace(read, rewrite.bytes())) {
                    log.warn("linkcheck: " + shown + ": changed while it was being fixed, left alone");
                    return FileOutcome.nothing(planned);
                }
            } catch (IOException e) {
                log.warn("linkcheck: " + shown + ": cannot be written ("
                        + UntrustedText.neutralise(String.valueOf(e.getMessage())) + "), left as it was");
                return FileOutcome.nothing(planned);
            }
        }
        for (LinkRewriter.Change change : rewrite.changes()) {
            log.info("linkcheck: " + shown + ":" + change.line() + ":" + change.column() + ": "
                    + shownChange(change.oldText(), change.newText()));
        }
        return new FileOutcome(rewrite.changes().size(), leftAlone);
    }

    private static String shown(Origin place) {
        return UntrustedText.neutralise(place.describe());
    }

    private static String shownChange(String oldUrl, String newUrl) {
        return UntrustedText.neutralise(HttpUrls.redact(oldUrl)) + " -> "
                + UntrustedText.neutralise(HttpUrls.redact(newUrl));
    }
}
