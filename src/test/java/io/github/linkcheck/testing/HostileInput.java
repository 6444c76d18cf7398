package io.github.linkcheck.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What an attacker can make the plugin read: status lines and redirect locations from a raw-socket server,
 * links with encoded line breaks and escapes, document names with line breaks and {@code ##[}, a file that is
 * not UTF-8, and a token written as a URL's user name. Shared by the unit test of the goal and its IT.
 */
public final class HostileInput {

    /** The secret written as a URL's user name; it must never be shown. */
    public static final String TOKEN = "ghp_T0KEN";

    /** What the server sends, by path. */
    private static final Map<String, String> ANSWERS = Map.of(
            "/reason-cr", "HTTP/1.1 404 Not Found\r::warning title=X::y\r\nContent-Length: 0\r\n\r\n",
            "/reason-legacy", "HTTP/1.1 404 Gone ##[warning]x\r\nContent-Length: 0\r\n\r\n",
            "/reason-clipboard", "HTTP/1.1 404 \u001b]52;c;aGk=\u0007\r\nContent-Length: 0\r\n\r\n",
            "/reason-title", "HTTP/1.1 404 \u001b]0;title\u0007\r\nContent-Length: 0\r\n\r\n",
            "/reason-clear", "HTTP/1.1 404 \u001b[2J\r\nContent-Length: 0\r\n\r\n",
            "/reason-nel", "HTTP/1.1 404 a\u0085::warning::nel\r\nContent-Length: 0\r\n\r\n",
            "/location-cr",
                    "HTTP/1.1 302 Found\r\nLocation: /next\r::warning title=L::loc\r\nContent-Length: 0\r\n\r\n",
            "/location-escape", "HTTP/1.1 301 Moved\r\nLocation: http://bad\u001b[2J/next\r\nContent-Length: 0\r\n\r\n",
            "/location-token",
                    "HTTP/1.1 302 Found\r\nLocation: http://" + TOKEN + "@127.0.0.1:9/t\r\nContent-Length: 0\r\n\r\n");

    /** A relative link that decodes to a NUL and a CR: no file system has such a path. */
    private static final String NUL_LINK = "a%00b%20%23%23%5Bwarning%5Dforged%0D::error::cr-forged.md";

    /**
     * How the hostile parts look in the log once neutralised. A bare CR in a redirect location is not among
     * them: the async client's header parser makes it a space, the classic one keeps it, and each is read as a
     * browser reads a location (see {@link #LOCATION_WITH_CR}). The links of the HTML page are cleaned as browsers clean an {@code href} before
     * any log sees them: line breaks taken out, other C0 controls stripped at the end and percent-encoded within;
     * a U+2028 is left to escaping.
     */
    public static final List<String> SHOWN_ESCAPED = List.of(
            "404 Not Found\\r::warning title=X::y",
            "404 Gone ##\\[warning]x",
            "404 \\u001b]52;c;aGk=\\u0007",
            "404 \\u001b]0;title\\u0007",
            "404 \\u001b[2J",
            "404 a\\u0085::warning::nel",
            "/a::add-mask::x",
            "/b::warning::cr",
            "/c\\u2028::warning::ls",
            "/d%1B]0;title ->",
            "docs/evil\\n::error file=x::forged-name.md",
            "docs/##\\[warning]legacy\\u2028.md",
            "docs/bad\\r::warning::scan.md: not UTF-8 text",
            "to 'http://bad\\u001b[2J/next'",
            "to 'http://****@127.0.0.1:9/t'",
            NUL_LINK + " -> file not found: not a file path: Nul character not allowed");

    /**
     * Where the redirect location with a CR leads, read as a browser reads it: the classic client passes the CR
     * on and it is taken out, the async client makes it a space, sent encoded.
     */
    public static final List<String> LOCATION_WITH_CR =
            List.of("/next::warning%20title=L::loc", "/next%20::warning%20title=L::loc");

    private HostileInput() {}

    /** Makes the server answer the hostile paths. */
    public static void serveOn(FaultServer server) {
        ANSWERS.forEach(server::answer);
    }

    /** A link with the token as its user name, to the server's first hostile path. */
    public static String urlWithToken(FaultServer server) {
        return server.url("/reason-cr").replace("http://", "http://" + TOKEN + "@");
    }

    /** Writes the hostile documents into the project's {@code docs} folder. */
    public static void writeDocuments(Path project, FaultServer server) throws IOException {
        Path docs = Files.createDirectories(project.resolve("docs"));
        StringBuilder links = new StringBuilder("# Links\n\n");
        ANSWERS.keySet().stream()
                .sorted()
                .forEach(path -> links.append("- [x](").append(server.url(path)).append(")\n"));
        Files.writeString(docs.resolve("links.md"), links);
        Files.writeString(
                docs.resolve("page.html"),
                "<html><body>"
                        + "<a href=\"" + server.url("/a&#10;::add-mask::x") + "\">lf</a>"
                        + "<a href=\"" + server.url("/b&#13;::warning::cr") + "\">cr</a>"
                        + "<a href=\"" + server.url("/c&#x2028;::warning::ls") + "\">ls</a>"
                        + "<a href=\"" + server.url("/d&#x1b;]0;title&#7;") + "\">title</a>"
                        + "</body></html>");
        Files.writeString(docs.resolve("nul.md"), "[x](" + NUL_LINK + ")\n");
        Files.writeString(
                docs.resolve("evil\n::error file=x::forged-name.md"), "[a](" + server.url("/reason-cr") + ")\n");
        Files.writeString(docs.resolve("##[warning]legacy\u2028.md"), "[b](" + server.url("/reason-legacy") + ")\n");
        Files.write(docs.resolve("bad\r::warning::scan.md"), new byte[] {'[', (byte) 0xff, (byte) 0xfe, ']'});
    }
}
