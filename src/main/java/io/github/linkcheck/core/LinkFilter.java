package io.github.linkcheck.core;

import java.util.ArrayList;
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
        if (!includes.isEmpty()
                && includes.stream().noneMatch(pattern -> pattern.matcher(text).find())) {
            return Optional.of("left out by includes (none matched)");
        }
        return excludes.stream()
                .filter(pattern -> pattern.matcher(text).find())
                .findFirst()
                .map(pattern -> "left out by exclude '" + pattern.pattern() + "'");
    }

    /**
     * Compiles the patterns of a setting; blank ones are left out. A pattern that ends in an escaping backslash
     * (an odd number of them) is joined to the next by a comma, so that {@code \,} keeps a comma in a pattern
     * given on the command line: Maven splits such a list at every comma, and hands
     * {@code -Dlinkcheck.excludes=status/40{1\,3}} over as two parts, the first ending in the backslash. No
     * regular expression ends in an escaping backslash, so no pattern that compiles on its own is ever joined.
     *
     * @throws InvalidSettingException naming the setting for a pattern that does not compile, and how to keep its
     *     comma when it was split at one
     */
    public static List<Pattern> compile(String setting, List<String> patterns) {
        if (patterns == null) {
            return List.of();
        }
        List<String> joined = joinedAtEscapedCommas(patterns);
        List<Pattern> compiled = new ArrayList<>();
        for (int i = 0; i < joined.size(); i++) {
            String pattern = joined.get(i);
            if (pattern.isBlank()) {
                continue;
            }
            try {
                compiled.add(Pattern.compile(pattern.strip()));
            } catch (PatternSyntaxException e) {
                throw new InvalidSettingException(
                        setting,
                        pattern,
                        "expected a Java regular expression (" + e.getDescription() + ")"
                                + splitHint(pattern, i + 1 < joined.size() ? joined.get(i + 1) : null));
            }
        }
        return List.copyOf(compiled);
    }

    static List<String> joinedAtEscapedCommas(List<String> parts) {
        List<String> joined = new ArrayList<>();
        StringBuilder pattern = new StringBuilder();
        boolean joining = false;
        for (String part : parts) {
            pattern.append(part == null ? "" : part);
            joining = endsInEscape(pattern);
            if (joining) {
                pattern.setCharAt(pattern.length() - 1, ',');
            } else {
                joined.add(pattern.toString());
                pattern.setLength(0);
            }
        }
        if (joining) {
            // Nothing follows to join: the backslash stays as written, and the pattern fails as such.
            pattern.setCharAt(pattern.length() - 1, '\\');
            joined.add(pattern.toString());
        }
        return joined;
    }

    private static boolean endsInEscape(CharSequence text) {
        int backslashes = 0;
        while (backslashes < text.length() && text.charAt(text.length() - 1 - backslashes) == '\\') {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /**
     * When a pattern that does not compile does with the next one after a comma, it was most likely one pattern
     * that Maven split at its comma: says how to keep the comma.
     */
    private static String splitHint(String pattern, String next) {
        if (next == null) {
            return "";
        }
        try {
            Pattern.compile((pattern + "," + next).strip());
        } catch (PatternSyntaxException stillInvalid) {
            return "";
        }
        return "; Maven splits a list given on the command line at every comma: write " + pattern.strip() + "\\,"
                + next.strip() + " to keep this one in the pattern";
    }
}
