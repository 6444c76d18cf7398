package io.github.linkcheck.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code remaps} setting: rules that send the request for a web URL to another address, such as a local build
 * of a site instead of the live one. Applied before any request, as lychee's {@code --remap} is: the first rule whose
 * regular expression is found in the URL as written replaces every match in it, and the later rules are not tried.
 * Places, filters, {@code ignores} entries and reports keep the URL as written; what is requested, shared between
 * modules and cached is the remapped URL. With {@code checkHttps}, a link's https form goes through the same rules,
 * in the check ({@link HttpsUpgrade}), so that a link remapped to a local site is tried over https there too.
 */
public final class Remaps {

    /** No rules: every URL is requested as written. */
    public static final Remaps NONE = new Remaps(List.of());

    private static final String ACCEPTED =
            "expected a Java regular expression, then ->, then a replacement in java.util.regex.Matcher's syntax"
                    + " ($1 or ${name} for a group, \\$ for a dollar sign), such as ^https://example\\.org/ -> http://localhost:8080/";

    private final List<Rule> rules;

    private Remaps(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * Reads entries as users write them, {@code regex -> replacement}, a list given on the command line joined again
     * where a comma was escaped as {@code \,} (as for {@code includes}).
     *
     * @throws InvalidSettingException naming the setting and the entry when one has no arrow, or its regular
     *     expression does not compile, or its replacement names a group the expression lacks
     */
    public static Remaps parse(String setting, List<String> entries) {
        if (entries == null) {
            return NONE;
        }
        List<Rule> rules = new ArrayList<>();
        for (String entry : LinkFilter.joinedAtEscapedCommas(entries)) {
            if (entry.isBlank()) {
                continue;
            }
            int arrow = entry.indexOf("->");
            if (arrow < 0) {
                throw new InvalidSettingException(setting, entry, "no '->'; " + ACCEPTED);
            }
            String regex = entry.substring(0, arrow).strip();
            String replacement = entry.substring(arrow + 2).strip();
            if (regex.isEmpty()) {
                throw new InvalidSettingException(setting, entry, "no regular expression before '->'; " + ACCEPTED);
            }
            Pattern pattern;
            try {
                pattern = Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new InvalidSettingException(
                        setting, entry, e.getDescription() + " in the regular expression; " + ACCEPTED);
            }
            String problem = replacementProblem(pattern, replacement);
            if (problem != null) {
                throw new InvalidSettingException(setting, entry, problem + " in the replacement; " + ACCEPTED);
            }
            rules.add(new Rule(pattern, replacement));
        }
        return rules.isEmpty() ? NONE : new Remaps(rules);
    }

    /**
     * What is wrong with a replacement for this pattern, or {@code null}. Tried on a match of the pattern with an
     * empty alternative added, which has the same groups and matches any text, so every group reference is resolved
     * as it would be against a URL.
     */
    private static String replacementProblem(Pattern pattern, String replacement) {
        Matcher matcher = Pattern.compile("(?:" + pattern.pattern() + ")|").matcher("");
        if (!matcher.find()) {
            return null;
        }
        try {
            matcher.appendReplacement(new StringBuilder(), replacement);
            return null;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return e.getMessage();
        }
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /**
     * The target with the URL to request instead of its own, when a rule's regular expression is found in it; the
     * target itself otherwise, and for a relative link to a file, which is looked for on disk.
     */
    public LinkTarget apply(LinkTarget target) {
        if (target.localFile() != null) {
            return target;
        }
        for (Rule rule : rules) {
            Matcher matcher = rule.pattern.matcher(target.url());
            if (matcher.find()) {
                return target.checkedAs(matcher.replaceAll(rule.replacement));
            }
        }
        return target;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Remaps remaps && rules.equals(remaps.rules);
    }

    @Override
    public int hashCode() {
        return rules.hashCode();
    }

    @Override
    public String toString() {
        return rules.toString();
    }

    private record Rule(Pattern pattern, String replacement) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Rule rule
                    && pattern.pattern().equals(rule.pattern.pattern())
                    && replacement.equals(rule.replacement);
        }

        @Override
        public int hashCode() {
            return Objects.hash(pattern.pattern(), replacement);
        }

        @Override
        public String toString() {
            return pattern.pattern() + " -> " + replacement;
        }
    }
}
