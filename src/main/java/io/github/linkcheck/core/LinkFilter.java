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
        return isChecked(url, RunDeadline.start(Optional.empty()));
    }

    /**
     * Whether the URL is checked, each pattern tried at most once, the matching stopped by the deadline.
     *
     * @throws RunDeadline.Passed when the deadline passed before the patterns could decide
     */
    boolean isChecked(String url, RunDeadline deadline) {
        CharSequence text = deadline.bound(url);
        boolean included = includes.isEmpty() || includes.stream().anyMatch(pattern -> pattern.matcher(text).find());
        return included && excludes.stream().noneMatch(pattern -> pattern.matcher(text).find());
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
