package io.github.linkcheck.sources;

import java.util.ArrayList;
import java.util.List;

/**
 * The links GitHub makes of plain text (GFM's "autolinks (extension)"): {@code http://}, {@code https://} and
 * {@code ftp://} URLs, {@code www.} addresses (as http), e-mail addresses (as {@code mailto:}) and
 * {@code mailto:}/{@code xmpp:} addresses. Nothing else in text is a link: {@code jdbc:postgresql://host/db} or
 * {@code ssh://host} are not.
 * The rules follow the GFM spec and GitHub's cmark-gfm, which commonmark-java's autolink extension does not: it
 * links any {@code scheme://} and ends URLs by other rules.
 */
final class GfmAutolinks {

    /** A link found in a text, from {@code start} (inclusive) to {@code end} (exclusive). */
    record Autolink(int start, int end, String destination) {}

    private static final String[] URL_SCHEMES = {"http://", "https://", "ftp://"};
    private static final String[] EMAIL_PROTOCOLS = {"mailto:", "xmpp:"};

    private GfmAutolinks() {}

    /**
     * The autolinks of one run of text, in order.
     *
     * @param text the text as written in the document: cmark-gfm reads URLs before entities and escapes
     * @param before the character before the text in its line, or a space at the start of a line; a {@code www.}
     *               link must follow a space, the line start or one of {@code *_~(}
     */
    static List<Autolink> find(String text, char before) {
        List<Autolink> links = new ArrayList<>();
        int gapStart = 0;
        // Found with indexOf, which the JVM makes fast even before it compiles this method: most text has none.
        int colon = text.indexOf(':');
        int www = text.indexOf("www.");
        while (colon >= 0 || www >= 0) {
            boolean atColon = colon >= 0 && (www < 0 || colon < www);
            int candidate = atColon ? colon : www;
            Autolink link =
                    atColon ? url(text, colon, gapStart) : www(text, www, www == 0 ? before : text.charAt(www - 1));
            int searchFrom = candidate + 1;
            if (link != null) {
                emails(text, gapStart, link.start(), links);
                links.add(link);
                gapStart = link.end();
                searchFrom = link.end();
            }
            colon = colon >= searchFrom || colon < 0 ? colon : text.indexOf(':', searchFrom);
            www = www >= searchFrom || www < 0 ? www : text.indexOf("www.", searchFrom);
        }
        emails(text, gapStart, text.length(), links);
        return links;
    }

    private static Autolink url(String text, int colon, int earliestStart) {
        if (colon + 2 >= text.length() || text.charAt(colon + 1) != '/' || text.charAt(colon + 2) != '/') {
            return null;
        }
        int start = colon;
        while (start > earliestStart && isAsciiLetter(text.charAt(start - 1))) {
            start--;
        }
        String scheme = text.substring(start, colon + 3);
        boolean known = false;
        for (String urlScheme : URL_SCHEMES) {
            known |= urlScheme.equalsIgnoreCase(scheme);
        }
        int domainStart = colon + 3;
        if (!known || domainStart >= text.length() || !isHostCharacter(text.charAt(domainStart))) {
            return null;
        }
        if (domainLength(text, domainStart, false) == 0) {
            return null;
        }
        int end = trimmedEnd(text, start, endOfNonSpace(text, domainStart));
        return end <= domainStart ? null : new Autolink(start, end, text.substring(start, end));
    }

    private static Autolink www(String text, int start, char before) {
        if (!text.startsWith("www.", start)
                || !(Character.isWhitespace(before) || "*_~(".indexOf(before) >= 0)
                || domainLength(text, start, true) == 0) {
            return null;
        }
        int end = trimmedEnd(text, start, endOfNonSpace(text, start));
        return end <= start ? null : new Autolink(start, end, "http://" + text.substring(start, end));
    }

    /**
     * The length of the valid domain at {@code start}, 0 if there is none: letters, digits, {@code -} and
     * {@code _} in segments separated by dots, no {@code _} in the last two segments; as in cmark-gfm, the first
     * and the last character of the text are not looked at.
     */
    private static int domainLength(String text, int start, boolean dotRequired) {
        int underscoresBeforeLastDot = 0;
        int underscoresAfterLastDot = 0;
        int dots = 0;
        int i = start + 1;
        for (; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c == '_') {
                underscoresAfterLastDot++;
            } else if (c == '.') {
                underscoresBeforeLastDot = underscoresAfterLastDot;
                underscoresAfterLastDot = 0;
                dots++;
            } else if (c != '-' && !isHostCharacter(c)) {
                break;
            }
        }
        if (underscoresBeforeLastDot > 0 || underscoresAfterLastDot > 0 || (dotRequired && dots == 0)) {
            return 0;
        }
        return i - start;
    }

    private static void emails(String text, int from, int to, List<Autolink> links) {
        int searchFrom = from;
        while (true) {
            int at = text.indexOf('@', searchFrom);
            if (at < 0 || at >= to) {
                return;
            }
            Autolink email = email(text, from, at, to);
            if (email == null) {
                searchFrom = at + 1;
            } else {
                links.add(email);
                from = email.end();
                searchFrom = email.end();
            }
        }
    }

    private static Autolink email(String text, int from, int at, int to) {
        int start = at;
        while (start > from && isLocalPartCharacter(text.charAt(start - 1))) {
            start--;
        }
        if (start == at || (start > from && text.charAt(start - 1) == '/')) {
            return null;
        }
        String protocol = protocolBefore(text, from, start);
        int end = at + 1;
        int dots = 0;
        for (; end < to; end++) {
            char c = text.charAt(end);
            if (c == '.' && end + 1 < to && isAsciiLetterOrDigit(text.charAt(end + 1))) {
                dots++;
            } else if (!isAsciiLetterOrDigit(c) && c != '-' && c != '_') {
                break;
            }
        }
        char last = text.charAt(end - 1);
        boolean secondAt = end < to && text.charAt(end) == '@';
        if (secondAt || end - at < 2 || dots == 0 || !(isAsciiLetter(last) || last == '.')) {
            return null;
        }
        if ("xmpp:".equals(protocol) && end < to && text.charAt(end) == '/') {
            int resourceEnd = end + 1;
            while (resourceEnd < to && isXmppResourceCharacter(text.charAt(resourceEnd))) {
                resourceEnd++;
            }
            end = resourceEnd > end + 1 ? resourceEnd : end;
        }
        int linkStart = protocol == null ? start : start - protocol.length();
        end = trimmedEnd(text, linkStart, end);
        if (end <= at + 1) {
            return null;
        }
        String written = text.substring(linkStart, end);
        return new Autolink(linkStart, end, protocol == null ? "mailto:" + written : written);
    }

    private static String protocolBefore(String text, int from, int localPartStart) {
        for (String protocol : EMAIL_PROTOCOLS) {
            int protocolStart = localPartStart - protocol.length();
            if (protocolStart >= from && text.startsWith(protocol, protocolStart)) {
                return protocol;
            }
        }
        return null;
    }

    /**
     * Where a link running to {@code end} really ends: at the first {@code <}, without trailing punctuation
     * ({@code ?!.,:*_~'"}), without a trailing {@code ;} or entity-like {@code &name;}, and without closing
     * parentheses that have no opening one in the link.
     */
    private static int trimmedEnd(String text, int start, int end) {
        int lessThan = text.indexOf('<', start);
        if (lessThan >= 0 && lessThan < end) {
            end = lessThan;
        }
        while (end > start) {
            char last = text.charAt(end - 1);
            if ("?!.,:*_~'\"".indexOf(last) >= 0) {
                end--;
            } else if (last == ';') {
                int nameStart = end - 1;
                while (nameStart > start && isAsciiLetter(text.charAt(nameStart - 1))) {
                    nameStart--;
                }
                boolean entityLike = nameStart < end - 1 && nameStart > start && text.charAt(nameStart - 1) == '&';
                end = entityLike ? nameStart - 1 : end - 1;
            } else if (last == ')' && closesMoreThanOpens(text, start, end)) {
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean closesMoreThanOpens(String text, int start, int end) {
        int balance = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                balance++;
            } else if (c == ')') {
                balance--;
            }
        }
        return balance < 0;
    }

    private static int endOfNonSpace(String text, int from) {
        int end = from;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Neither white space nor punctuation, in Unicode's sense, as cmark-gfm has it. */
    private static boolean isHostCharacter(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> false;
            default -> c > 0x7f || isAsciiLetterOrDigit(c);
        };
    }

    private static boolean isLocalPartCharacter(char c) {
        return isAsciiLetterOrDigit(c) || ".+-_".indexOf(c) >= 0;
    }

    private static boolean isXmppResourceCharacter(char c) {
        return isAsciiLetterOrDigit(c) || c == '@' || c == '.';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }
}
