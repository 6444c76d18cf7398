package io.github.linkcheck.core;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which URLs a run checks: those that match an include pattern (any URL when there is none) and no
 * exclude pattern. Patterns are Java regular expressions, found anywhere in the URL. A run decides once per
 * URL, in {@link Screening}, within its {@code maxTotalTime}.
 */
public final class LinkFilter {

    private static final LinkFilter ALL = new LinkFilter(List.of(), List.of());

    private final List<Pattern> includes;
    private final List<Pattern> excludes;

    private LinkFilter(List<Pattern> includes, List<Pattern> excludes) {
        this.includes = includes;
        this.excludes = excludes;
    }

    /** Every URL checked: one instance, so that settings that filter nothing compare equal. */
    public static LinkFilter all() {
        return ALL;
    }

    public static LinkFilter of(List<Pattern> includes, List<Pattern> excludes) {
        return new LinkFilter(List.copyOf(includes), List.copyOf(excludes));
    }

    public boolean isChecked(String url) {
        return whyLeftOut(url, RunDeadline.start(Optional.empty())).isEmpty();
    }

    /**
     * Why the URL is not checked, naming the pattern that left it out, for example
     * {@code left out by exclude 'linkedin\.com'}; empty when it is checked. Each pattern is tried at most once,
     * the matching stopped by the deadline.
     *
     * @throws RunDeadline.Passed when the deadline passed before the patterns could decide
     */
    Optional<String> whyLeftOut(String url, RunDeadline deadline) {
        CharSequence text = deadline.bound(url);
        if (!includes.isEmpty() && includes.stream().noneMatch(pattern -> pattern.matcher(text).find())) {
            return Optional.of("left out by includes (none matched)");
        }
        return excludes.stream().filter(pattern -> pattern.matcher(text).find()).findFirst()
                .map(pattern -> "left out by exclude '" + pattern.pattern() + "'");
    }

    /**
     * Compiles the patterns of a setting; blank ones are left out.
     *
     * @throws InvalidSettingException naming the setting for a pattern that does not compile
     */
    public static List<Pattern> compile(String setting, List<String> patterns) {
        if (patterns == null) {
            return List.of();
        }
        return patterns.stream().filter(pattern -> pattern != null && !pattern.isBlank()).map(pattern -> {
            try {
                return Pattern.compile(pattern.strip());
            } catch (PatternSyntaxException e) {
                throw new InvalidSettingException(setting, pattern,
                        "expected a Java regular expression (" + e.getDescription() + ")");
            }
        }).toList();
    }
}
