package io.github.linkcheck.maven;

import io.github.linkcheck.core.Booleans;
import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.Durations;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.IgnoreEntries;
import io.github.linkcheck.core.IgnoreEntry;
import io.github.linkcheck.core.IgnoreFile;
import io.github.linkcheck.core.InvalidSettingException;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.ProxyConfig;
import io.github.linkcheck.core.RequestHeader;
import io.github.linkcheck.core.UntrustedText;
import io.github.linkcheck.http.ArchiveLookup;
import io.github.linkcheck.report.ConsoleReport;
import io.github.linkcheck.report.HostFigures;
import io.github.linkcheck.report.RunNotes;
import io.github.linkcheck.run.GithubActionsSink;
import io.github.linkcheck.run.LinkChecks;
import io.github.linkcheck.run.LinkcheckRun;
import io.github.linkcheck.run.ReactorState;
import io.github.linkcheck.run.ReportFilesSink;
import io.github.linkcheck.run.ReportSink;
import io.github.linkcheck.run.ReportsNotWrittenException;
import io.github.linkcheck.run.ResultStore;
import io.github.linkcheck.run.RunException;
import io.github.linkcheck.run.RunRequest;
import io.github.linkcheck.sources.ProjectPaths;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The parameters of a link check, shared by the goals, and their mapping onto a {@link LinkcheckRun} with
 * Maven's facts (the project's folder and POM, offline, proxies): {@code check} decides pass or fail from the
 * run, {@code report} renders it as a page of the project's site.
 */
public abstract class AbstractLinkcheckMojo extends AbstractMojo {

    /**
     * The URLs to check, http or https. Each distinct URL is checked once and reported in the order
     * given. On the command line, separate them with commas: {@code -Dlinkcheck.urls=URL1,URL2}.
     */
    @Parameter(property = "linkcheck.urls")
    List<String> urls;

    /**
     * Text files that list URLs to check, one per line; blank lines and lines starting with {@code #} are
     * ignored. A file that cannot be read stops the build, naming it.
     */
    @Parameter(property = "linkcheck.urlFiles")
    List<File> urlFiles;

    /**
     * Documents whose links are checked, each a {@code document} element: a {@code directory} (the project's
     * folder when left out) with {@code includes} and {@code excludes} patterns such as {@code **}{@code /*.md},
     * or just a pattern as the element's text, such as {@code docs/**}{@code /*.html}. Markdown
     * ({@code .md}, {@code .markdown}) and HTML ({@code .html}, {@code .htm}, {@code .xhtml}), in any letter case,
     * are parsed; other files are searched for bare http(s) URLs.
     * Relative links are checked on disk; {@code mailto:}, {@code xmpp:}, {@code tel:} and {@code javascript:} links are
     * counted as skipped, and those of other schemes as {@code unsupportedSchemes} says. When no {@code urls}, {@code urlFiles} or {@code documents} are configured, the
     * project's {@code README.md} and {@code docs/**}{@code /*.md} are checked. Nothing outside
     * {@code rootDirectory} is read: a folder or pattern reaching out of it ({@code ../../etc/*}) stops the build,
     * a document that is a symbolic link to a file outside is skipped with a warning, and a relative link
     * leading out of it is skipped. Places are named from the reactor root: {@code mod-a/README.md:4:16}.
     * A {@code directory} that does not exist stops the build, unless it is under the build folder, such as
     * target/site: output a later step makes, skipped with a warning until it exists.
     */
    @Parameter(property = "linkcheck.documents")
    List<Documents> documents;

    /**
     * The folder that links starting with {@code /} in documents start from, as a repository host serves them:
     * {@code [licence](/LICENSE)} in {@code mod-a/README.md} is the {@code LICENSE} file in this folder. A
     * {@code ..} in such a link stops at this folder, as in a browser. Nothing outside it is read or looked at:
     * document folders, documents and the files relative links lead to. It must be an existing folder that holds
     * the project's folder; anything else stops the build. When not set: the reactor root, the folder of the
     * build's top-level project (for a single project, its own folder), or the project's folder for a module
     * outside the reactor root.
     */
    @Parameter(property = "linkcheck.rootDirectory")
    File rootDirectory;

    /**
     * Whether the web addresses of the project's own POM are checked too: project, organization,
     * licences, developers and contributors, SCM, issue management, CI, mailing-list archives and the
     * distribution site, each named by its element. Only when the goal runs in a project. {@code true} or
     * {@code false}, like every switch of this plugin: any other value stops the build.
     */
    @Parameter(property = "linkcheck.checkProjectUrls", defaultValue = "true")
    String checkProjectUrls;

    /**
     * Whether a link's {@code #fragment} must name a place in its target: an {@code id}, or the
     * {@code name} of an {@code a} element, of the HTML page it leads to (which is then downloaded, up to 8 MB,
     * once per run), or a heading of a local Markdown file under GitHub's rules for heading anchors. Links to a place in
     * the same document ({@code #usage}) are checked too. A missing fragment makes the link broken.
     * {@code true} or {@code false}.
     */
    @Parameter(property = "linkcheck.checkFragments", defaultValue = "false")
    String checkFragments;

    /**
     * What becomes of a link whose scheme is neither http nor https, as {@code ftp:}, {@code data:}, {@code irc:},
     * {@code file:} to an absolute path, a custom scheme, or a host and port written without {@code http://}
     * ({@code localhost:8080}, read as the scheme {@code localhost:}). {@code skip}: it is counted as skipped, with
     * its scheme named, and never fails the build. {@code fail}: it is broken ({@code unsupported scheme}), for
     * projects whose documents should link to web addresses only. In any letter case; any other value stops the
     * build. {@code mailto:}, {@code xmpp:}, {@code tel:} and {@code javascript:} links are skipped either way, and a {@code file:}
     * path relative to its document ({@code file:docs/setup.md}) is looked for on disk either way.
     */
    @Parameter(property = "linkcheck.unsupportedSchemes", defaultValue = "skip")
    String unsupportedSchemes;

    /**
     * How the checks are scheduled, in any letter case. {@code async}: HttpClient's asynchronous client
     * on a few NIO reactor threads, at most {@code concurrency} requests in flight. {@code threads}:
     * HttpClient's classic client on a fixed pool of {@code concurrency} platform threads. {@code virtual}:
     * the classic client on a virtual thread per check, at most {@code concurrency} at once; needs Maven on
     * Java 21 or newer. All give the same verdicts; only speed and resource use differ.
     */
    @Parameter(property = "linkcheck.mode", defaultValue = "async")
    String mode;

    /** The most requests in flight at once, over all hosts: a whole number from 1 to 10000. */
    @Parameter(property = "linkcheck.concurrency", defaultValue = "32")
    String concurrency;

    /**
     * The bound on one request: connecting, the TLS handshake and the response headers. A request still
     * unanswered after it is a {@code timeout}. Accepts {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}, {@code 1d},
     * or a bare number of milliseconds; at most {@code 1h}.
     */
    @Parameter(property = "linkcheck.timeout", defaultValue = "10s")
    String timeout;

    /**
     * A URL whose requests take longer than this in all, over its redirects and attempts (not counting
     * the waits between retries), is slow. Same forms as {@code timeout}, at most {@code 1h}. Not set by
     * default: no URL is ever slow.
     */
    @Parameter(property = "linkcheck.slowThreshold")
    String slowThreshold;

    /**
     * Whether slow URLs fail the build (only with {@code slowThreshold} set); when {@code false} they are
     * warnings. {@code true} or {@code false}.
     */
    @Parameter(property = "linkcheck.failOnSlow", defaultValue = "true")
    String failOnSlow;

    /**
     * Whether broken URLs fail the build; when {@code false} they are warnings and the build passes.
     * {@code true} or {@code false}: any other value, a typo included, stops the build.
     */
    @Parameter(property = "linkcheck.failOnError", defaultValue = "true")
    String failOnError;

    /**
     * The final statuses that mean a link works, as codes and ranges separated by commas, for example
     * {@code 200-299,403,429} to accept sites that block robots or throttle.
     */
    @Parameter(property = "linkcheck.acceptedStatusCodes", defaultValue = "200-299")
    String acceptedStatusCodes;

    /** The most redirects followed for one URL, from 0 to 50; one more is a {@code too many redirects} error. */
    @Parameter(property = "linkcheck.maxRedirects", defaultValue = "10")
    String maxRedirects;

    /**
     * The {@code User-Agent} header of every request. By default it names the plugin and its version, and
     * links to the project, so site owners can tell what sends the requests.
     */
    @Parameter(property = "linkcheck.userAgent")
    String userAgent;

    /**
     * Java regular expressions: when any is given, only URLs in which one of them is found are checked;
     * the others are reported as excluded. On the command line, separate them with commas, which Maven splits
     * the value at, and write a comma inside a pattern as a backslash and a comma:
     * <code>-Dlinkcheck.includes='^https://[a-z]{2\,3}\.example\.org/,/docs/'</code> is two patterns.
     */
    @Parameter(property = "linkcheck.includes")
    List<String> includes;

    /**
     * Java regular expressions: URLs in which one of them is found are not requested, and are counted as
     * excluded, by pattern, in one line (each listed with {@code -X} and in the reports). For example {@code ^https://localhost} or {@code linkedin\.com}. Each URL is
     * matched once, within {@code maxTotalTime}; a URL over 8192 characters is broken as too long, unmatched. On
     * the command line, as for {@code includes}: <code>-Dlinkcheck.excludes='status/40{1\,3},localhost'</code>.
     */
    @Parameter(property = "linkcheck.excludes")
    List<String> excludes;

    /**
     * Rules that check a URL at another address, such as a local build of a site instead of the live one, or a
     * mirror: each a <code>remap</code> element holding <code>regex -&gt; replacement</code>, a Java regular
     * expression, then a replacement in
     * <code>java.util.regex.Matcher</code>'s syntax (<code>$1</code> for a group). The first entry whose expression
     * is found in a URL replaces every match in it; later entries are not tried. Places, <code>includes</code>,
     * <code>excludes</code> and <code>ignores</code> see the URL as written; the request, the cache and the
     * reports' <code>checked as</code> use the remapped one. On the command line, separate entries with commas and
     * write a comma inside one as a backslash and a comma:
     * <code>-Dlinkcheck.remaps='^https://docs\.example\.org/ -&gt; http://localhost:8000/'</code>.
     * By default none.
     */
    @Parameter(property = "linkcheck.remaps")
    List<String> remaps;

    /**
     * Links known to be broken, each an {@code ignore} element with a {@code pattern} (a Java regular expression,
     * found anywhere in the URL with its user info masked, as for {@code excludes}), a {@code reason}, and
     * optionally {@code until}, a date written YYYY-MM-DD (UTC), the last day the entry holds. A matching link is
     * still checked: while the entry holds, a broken, slow or moved verdict is reported as ignored with the reason
     * and fails nothing; a link that works again gets a line saying the entry is no longer needed; after
     * {@code until} the link counts as usual and a warning names the expired entry. The element's text may also
     * be a line as in {@code ignoreFile}: <code>pattern # until 2027-01-31: reason</code>. A pattern or date that
     * cannot be used stops the build.
     */
    @Parameter(property = "linkcheck.ignores")
    List<Ignore> ignores;

    /**
     * A file of {@code ignores} entries, one a line: a pattern, then optionally
     * <code># until YYYY-MM-DD: reason</code> or <code># reason</code>; the comment starts at a {@code #} that
     * follows white space, and lines that start with {@code #} are comments. By default {@code .linkcheckignore}
     * in the project's folder, or else in the reactor root, when there is one; a file set here that is missing
     * stops the build.
     */
    @Parameter(property = "linkcheck.ignoreFile")
    File ignoreFile;

    /**
     * How many times a URL is retried after a transient failure: a connection error, a timeout, or the
     * status 429, 502, 503 or 504. Retries wait with exponential backoff and jitter (about 1 s, then 2 s,
     * 4 s...), or as long as the server's {@code Retry-After} header asks, up to {@code maxRetryWait}.
     * From 0 to 10; the report gives the number of attempts of every URL that needed more than one.
     */
    @Parameter(property = "linkcheck.retries", defaultValue = "2")
    String retries;

    /**
     * The longest wait before a retry, whatever a server's {@code Retry-After} header asks for. Same
     * forms as {@code timeout}, at most {@code 1h}.
     */
    @Parameter(property = "linkcheck.maxRetryWait", defaultValue = "30s")
    String maxRetryWait;

    /**
     * The most requests in flight at once to any one host, whatever {@code concurrency} is, so that one
     * slow or throttling host cannot take every slot, and no server is hammered. From 1 to 10000.
     */
    @Parameter(property = "linkcheck.maxConcurrencyPerHost", defaultValue = "8")
    String maxConcurrencyPerHost;

    /**
     * The least time between two requests to one host, for hosts that limit their rate: a paced host gets one
     * request at a time, each starting this long after the answer to the one before, so that the server sees at
     * least this interval. Every attempt, retry and redirect hop waits for its turn, in every mode, within
     * {@code maxTotalTime}; the wait is no part of a link's time. Same forms as {@code timeout}, such as
     * {@code 200ms} or {@code 1s}, at most {@code 1h}; {@code 0} or not set (the default) for none.
     * {@code hostRequestIntervals} sets it for some hosts.
     */
    @Parameter(property = "linkcheck.hostRequestInterval")
    String hostRequestInterval;

    /**
     * {@code hostRequestInterval} for some hosts, each entry {@code host=duration}, such as {@code github.com=1s},
     * where host takes the forms of a header's {@code hosts} ({@code example.org}, {@code example.org:8443},
     * {@code https://example.org}, {@code *.example.org}); the first entry that matches a request wins, and
     * {@code 0} exempts a host. In the POM, one element per entry, such as an {@code interval} element; on the
     * command line, entries separated by commas: {@code -Dlinkcheck.hostRequestIntervals=github.com=1s,*.example.org=200ms}.
     */
    @Parameter(property = "linkcheck.hostRequestIntervals")
    List<String> hostRequestIntervals;

    /**
     * A bound on the whole check, from the moment the sources are read: matching {@code includes} and
     * {@code excludes}, the cache and the requests. When it has passed, the check ends at once: URLs not
     * checked by then are reported as {@code not checked} (a warning) and the rest is judged as usual; the
     * reports are written. Same forms as {@code timeout}, at most {@code 7d}. Not set by default.
     */
    @Parameter(property = "linkcheck.maxTotalTime")
    String maxTotalTime;

    /**
     * Extra request headers, each a {@code header} element with a {@code name} and a {@code value}, and which may
     * be bound to some origins with {@code hosts}, entries separated by commas: {@code example.org} (the
     * default port of the request's scheme), {@code example.org:8443} (that port), {@code https://example.org[:port]}
     * (https only), {@code http://example.org[:port]} (http only), and {@code *.example.org} for every subdomain.
     * A bound header is never sent to any other origin, not even after a redirect, and once a redirect chain
     * has been on https, not over http unless an entry names {@code http://}. An empty entry stops the build.
     * The short form, {@code Name: value} as the {@code header} element's text, goes to every host. Values are
     * never logged or reported. Write secrets as <code>{env:NAME}</code>, e.g. the value
     * <code>Bearer {env:GITHUB_TOKEN}</code>: the plugin reads the environment variable itself, so the secret
     * never passes through Maven's configuration, which {@code mvn -X} prints (<code>${env.GITHUB_TOKEN}</code> works too, but shows there). A header whose
     * variable is not set is left out with a warning naming the variable, and the links are still checked.
     */
    @Parameter(property = "linkcheck.headers")
    List<Header> headers;

    /**
     * Whether a URL that answers through a permanent redirect (301 or 308) fails the build. Such a URL is
     * reported as {@code moved} with its new location, so the link can be updated; when false (the
     * default) that is a warning. {@code true} or {@code false}.
     */
    @Parameter(property = "linkcheck.failOnPermanentRedirect", defaultValue = "false")
    String failOnPermanentRedirect;

    // Https upgrades (issue 14).
    /**
     * Whether each http link that works is tried again in its https form (the scheme replaced, an explicit port 80
     * dropped; a link written with another port is not tried), checked as any link is (HEAD then GET, redirects,
     * retries, timeout) and through <code>remaps</code>.
     * When the https form works too and ends at the same address as the http link, the scheme and a default port set
     * aside, the link is reported as {@code insecure} with the line {@code use https: } and its https form, a
     * warning (see <code>failOnInsecure</code>), and {@code linkcheck:fix} rewrites it to that form. An https form
     * that fails (a TLS error, a refused connection, a status not accepted) or leads elsewhere is said nothing of.
     * Costs one more request chain per working http link, cached with the link. Not in offline runs.
     * {@code true} or {@code false}.
     */
    @Parameter(property = "linkcheck.checkHttps", defaultValue = "false")
    String checkHttps;

    /**
     * Whether an {@code insecure} link (one that <code>checkHttps</code> finds working over https too) fails the
     * build; when false (the default) that is a warning. {@code true} or {@code false}.
     */
    @Parameter(property = "linkcheck.failOnInsecure", defaultValue = "false")
    String failOnInsecure;

    /**
     * Where the reports go: {@code linkcheck.json} (every link, for tools), {@code TEST-linkcheck.xml} (JUnit
     * XML, one test case per link, for CI test reporters), {@code summary.md} (the problems as a Markdown
     * table) and {@code linkcheck.sarif} (the problems in SARIF 2.1.0, for GitHub code scanning). A folder that
     * cannot be written stops the build before any URL is checked. By default
     * {@code linkcheck} in the project's build folder (<code>${project.build.directory}</code>/linkcheck); for a
     * goal run where there is no POM, {@code target/linkcheck} of the folder Maven was started in. In a
     * multi-module build the reports of the whole build go to the same folder of the top-level project.
     */
    @Parameter(property = "linkcheck.outputDirectory")
    File outputDirectory;

    /**
     * Whether URLs that worked are remembered in {@code cacheFile} for {@code cacheMaxAge}, and not requested
     * again meanwhile; they are reported as cached. URLs that did not work are checked on every run.
     * {@code true} or {@code false}.
     */
    @Parameter(property = "linkcheck.cache", defaultValue = "true")
    String cache;

    /**
     * The cache file; by default {@code target/linkcheck/cache.json} of the build's top-level project, which the
     * modules of a multi-module build share: it is read once, by the first module that checks, and written once,
     * when the build ends. Keep it between CI runs (for example with {@code actions/cache}) to make repeat runs
     * fast. A file that cannot be read is reported, ignored and rewritten, never a reason to fail.
     */
    @Parameter(property = "linkcheck.cacheFile")
    File cacheFile;

    /**
     * How long a URL that worked is trusted without a request; same forms as {@code timeout}, such as {@code 7d},
     * at most {@code 365d}.
     */
    @Parameter(property = "linkcheck.cacheMaxAge", defaultValue = "1d")
    String cacheMaxAge;

    /**
     * Skips the check: nothing is requested, and the goal says so in one line. {@code true} or {@code false};
     * {@code -Dlinkcheck.skip} alone means true.
     */
    @Parameter(property = "linkcheck.skip", defaultValue = "false")
    String skip;

    // Offline checks (issue 13).
    /**
     * Checks only what needs no network, as Maven's offline mode ({@code mvn -o}) does: links to local files and
     * their {@code #fragments} are checked as usual, and a broken one fails the build; web URLs are not requested,
     * and are counted in one line as {@code not checked (offline)}, never failing the build. No HTTP client is set up,
     * and the cache is neither read nor written. {@code true} or {@code false}; {@code -o} makes it true.
     */
    @Parameter(property = "linkcheck.offline", defaultValue = "false")
    String offline;

    // Archived copies of broken links (issue 14).
    /**
     * Whether to look up, after the check, a web archive's closest copy of each broken web URL (not links to local
     * files, nor links an {@code ignores} entry excuses) and report it next to the problem: in the console, the JSON,
     * Markdown and SARIF reports. {@code true} or {@code false}. The broken URLs are sent to the archive
     * ({@code archiveUrl}), without their user info and fragment. Each URL is asked once per build, two at a time;
     * an archive that cannot be reached or answers anything unexpected costs one warning and never fails the build.
     * Not in offline runs.
     */
    @Parameter(property = "linkcheck.suggestArchived", defaultValue = "false")
    String suggestArchived;

    /**
     * The web archive's availability API that <code>suggestArchived</code> asks: an http or https URL, sent
     * <code>GET archiveUrl?url=</code> and the broken URL, percent-encoded (<code>&amp;url=</code> when it has a query
     * already), which answers 200 with JSON in the Wayback Machine's shape:
     * <code>{"archived_snapshots":{"closest":{"available":true,"url":"http://...","timestamp":"20130919044612"}}}</code>;
     * an answer with no <code>closest</code> means no copy.
     */
    @Parameter(property = "linkcheck.archiveUrl", defaultValue = "https://archive.org/wayback/available")
    String archiveUrl;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File baseDirectory;

    private final MavenProxies mavenProxies;

    /** Why the reports are where they are, when the log line must say so; empty otherwise. */
    private String reportFolderOrigin = "";

    /**
     * The environment, read for GitHub Actions' variables and the {@code {env:NAME}} of headers; tests put their
     * own in its place.
     */
    UnaryOperator<String> environment = System::getenv;

    /**
     * Where GitHub Actions' workflow commands go: the process's standard output, not Maven's {@code System.out};
     * tests read them there instead.
     */
    Consumer<String> standardOutput = ProcessStandardOutput.open();

    protected AbstractLinkcheckMojo(SettingsDecrypter settingsDecrypter) {
        this.mavenProxies = new MavenProxies(settingsDecrypter);
    }

    /**
     * What a run of a goal came to.
     *
     * @param report the results; {@code null} when nothing was checked
     * @param policy which results fail the build
     * @param whyNothingChecked when nothing was checked, why, as the goal said it
     */
    record GoalRun(CheckReport report, FailurePolicy policy, String whyNothingChecked) {

        static GoalRun nothingChecked(FailurePolicy policy, String why) {
            return new GoalRun(null, policy, why);
        }

        boolean checked() {
            return report != null;
        }
    }

    /**
     * Checks the configured links, writes the reports and logs the problems, the summary and any notes on
     * the run; or, when the goal is skipped or there is nothing to check, says so in one line.
     *
     * @throws MojoExecutionException when a parameter cannot be used, before any request
     */
    GoalRun runCheck() throws MojoExecutionException {
        Plan plan = plan();
        if (!plan.hasLinks()) {
            return GoalRun.nothingChecked(plan.policy(), plan.whyNothingChecked());
        }
        try {
            CheckReport report;
            ReportsNotWrittenException reportsNotWritten = null;
            try {
                report = plan.run().checkAndReport(plan.targets());
            } catch (ReportsNotWrittenException e) {
                report = e.report();
                reportsNotWritten = e;
            } catch (RunException e) {
                throw new MojoExecutionException(e.getMessage());
            }
            plan.build()
                    .state()
                    .moduleChecked(project == null ? "project" : project.getArtifactId(), report, plan.policy());
            runLog().results(new ConsoleReport(report, plan.policy()), decidesTheBuild());
            new RunNotes(report).lines().forEach(runLog()::info);
            HostFigures.of(report.results()).consoleLines(report.wallTime()).forEach(getLog()::info);
            if (reportsNotWritten != null) {
                // After the links are shown: a report that cannot be written hides none of them.
                throw new MojoExecutionException(reportsNotWritten.getMessage());
            }
            getLog().info("linkcheck: reports in " + UntrustedText.neutralise(outputDirectory.toString())
                    + reportFolderOrigin);
            checked(report, plan.build().state());
            return new GoalRun(report, plan.policy(), null);
        } finally {
            plan.build().leave();
        }
    }

    /**
     * What a goal is to check, once every parameter has been found usable.
     *
     * @param whyNothingChecked when there is nothing to check (skipped, offline, no links), why, as said;
     *     {@code null} otherwise
     */
    record Plan(
            LinkcheckRun run,
            BuildScope build,
            CheckSettings settings,
            List<LinkTarget> targets,
            FailurePolicy policy,
            String whyNothingChecked) {

        boolean hasLinks() {
            return whyNothingChecked == null;
        }
    }

    /**
     * Reads every parameter and finds the links, with no request sent; when there is nothing to check, says
     * why in one line.
     *
     * @throws MojoExecutionException when a parameter cannot be used
     */
    Plan plan() throws MojoExecutionException {
        Switches switches = readSwitches();
        FailurePolicy policy = switches.policy();
        if (switches.skip()) {
            return nothingToCheck(policy, "linkcheck: skipped (linkcheck.skip)");
        }
        HttpClientLogging.keepSecretsOutOfDebugOutput();
        CheckSettings settings = settings(switches.checkFragments(), switches.checkHttps());
        Duration cacheAge = setting(() -> Durations.parse("cacheMaxAge", cacheMaxAge, CheckSettings.MAX_CACHE_AGE));
        Path base = projectFolder();
        BuildLayout layout = new BuildLayout(session, project, base);
        Path reactorRoot = layout.reactorRoot();
        Path root = setting(() ->
                ProjectPaths.rootDirectory(rootDirectory == null ? null : rootDirectory.toPath(), reactorRoot, base));
        IgnoreEntries ignoreEntries = setting(() -> ignoreEntries(base, reactorRoot));
        boolean offline = switches.offline() || (session != null && session.isOffline());
        // Checked even when unused, so that a typo in the pom shows now, not on the run that turns suggestArchived on.
        URI namedArchive = setting(() -> ArchiveLookup.endpoint(archiveUrl));
        URI archiveEndpoint = switches.suggestArchived() ? namedArchive : null;
        if (offline && !worksOffline()) {
            return nothingToCheck(
                    policy, "linkcheck: offline (-o or linkcheck.offline), and this goal only sends requests");
        }
        List<LinkTarget> pomTargets = switches.checkProjectUrls() && project != null && project.getFile() != null
                ? ProjectUrls.of(project.getModel(), reactorRoot)
                : List.of();
        RunRequest request = new RunRequest(
                settings,
                policy,
                base,
                reactorRoot,
                root,
                BuildLayout.buildFolder(project).orElse(null),
                urls == null ? List.of() : urls,
                urlFiles == null
                        ? List.of()
                        : urlFiles.stream().map(File::toPath).toList(),
                documentFolders(),
                pomTargets,
                offline,
                ignoreEntries);
        // The cache stays in the build folder whatever outputDirectory says: CI caches that path.
        Path buildFolderReports = layout.buildReportFolder();
        Path buildReports =
                outputDirectory == null ? buildFolderReports : layout.buildReportFolder(outputDirectory.toPath());
        if (outputDirectory == null) {
            Optional<Path> projectBuildFolder = BuildLayout.buildFolder(project);
            outputDirectory = projectBuildFolder
                    .orElseGet(() -> layout.startFolder().resolve("target"))
                    .resolve("linkcheck")
                    .toFile();
            reportFolderOrigin =
                    projectBuildFolder.isPresent() ? "" : " (no POM here: the folder Maven was started in)";
        }
        // What concerns the whole build is told unlabelled: it is no one module's.
        MavenRunLog buildLog = new MavenRunLog(getLog(), null);
        BuildScope build = !checksWithTheBuild()
                ? null
                : BuildScope.join(
                        session,
                        () -> new ReactorState(
                                layout.inReactor() ? buildReports : null,
                                reactorRoot,
                                environment,
                                Clock.systemUTC(),
                                buildLog),
                        buildLog);
        if (build != null && session != null && session.getProjects() != null) {
            build.state()
                    .buildOrder(session.getProjects().stream()
                            .map(MavenProject::getArtifactId)
                            .toList());
        }
        boolean planned = false;
        try {
            LinkChecks checks =
                    build == null ? LinkChecks.PER_RUN : build.state().checks();
            ResultStore store = build == null || !switches.cache()
                    ? ResultStore.NONE
                    : build.state()
                            .cache(
                                    cacheFile == null
                                            ? buildFolderReports.resolve(CACHE_FILE_NAME)
                                            : cacheFile.toPath(),
                                    cacheAge);
            Predicate<String> firstAnnotation = build == null ? annotation -> true : build.state()::firstAnnotation;
            ArchiveLookup archive = build == null || archiveEndpoint == null
                    ? null
                    : build.state().archive(archiveEndpoint, settings);
            Predicate<String> firstWarning = build == null ? warning -> true : build.state()::firstWarning;
            LinkcheckRun run = new LinkcheckRun(
                    request, checks, store, reportSinks(reactorRoot, firstAnnotation), runLog(), archive, firstWarning);
            List<LinkTarget> targets = stopOn(run::plan);
            if (targets.isEmpty()) {
                return nothingToCheck(
                        policy,
                        "linkcheck: no links to check; list URLs in <urls> or <urlFiles>, or documents in <documents>");
            }
            planned = true;
            return new Plan(run, build, settings, targets, policy, null);
        } finally {
            if (!planned && build != null) {
                build.leave();
            }
        }
    }

    private static final String CACHE_FILE_NAME = "cache.json";

    /** Whether the goal needs broken links' archived copies whatever {@code suggestArchived} says. */
    protected boolean needsArchivedCopies() {
        return false;
    }

    /** What a goal does with the results once they are reported, while the build's state is still its own. */
    protected void checked(CheckReport report, ReactorState build) {}

    private Plan nothingToCheck(FailurePolicy policy, String why) {
        runLog().info(why);
        return new Plan(null, null, null, List.of(), policy, why);
    }

    /**
     * Whether the goal's requests go through the build's shared checks, each URL once per build, with its results
     * kept in the build's cache and reports; a goal that measures requests has them sent for itself.
     */
    protected boolean checksWithTheBuild() {
        return true;
    }

    private List<RunRequest.DocumentFolder> documentFolders() {
        List<RunRequest.DocumentFolder> folders = new ArrayList<>();
        for (Documents document : documents == null ? List.<Documents>of() : documents) {
            folders.add(new RunRequest.DocumentFolder(
                    document.directory() == null ? null : document.directory().toPath(),
                    document.includes(),
                    document.excludes()));
        }
        return folders;
    }

    /**
     * The report files, and for the goal that decides pass or fail, GitHub Actions' annotations and job summary,
     * so that a job that also builds the site shows each problem once.
     */
    private List<ReportSink> reportSinks(Path reactorRoot, Predicate<String> firstAnnotation) {
        ReportSink files = new ReportFilesSink(outputDirectory.toPath(), reactorRoot);
        if (!annotatesForGithubActions()) {
            return List.of(files);
        }
        return List.of(files, new GithubActionsSink(environment, standardOutput, reactorRoot, firstAnnotation));
    }

    /**
     * Whether this goal fails the build on the links that fail it; one that never does logs them as warnings, as a
     * build that passes has no errors.
     */
    protected boolean decidesTheBuild() {
        return true;
    }

    /** Whether this goal does anything without the network; one that only measures requests does not. */
    protected boolean worksOffline() {
        return true;
    }

    /** Whether this goal prints GitHub Actions annotations and fills the job summary under GitHub Actions. */
    protected boolean annotatesForGithubActions() {
        return true;
    }

    /** The project's folder; the current folder for a goal run where Maven gives none. */
    private Path projectFolder() {
        return baseDirectory == null ? Path.of("").toAbsolutePath() : baseDirectory.toPath();
    }

    /** The run's lines, in Maven's log: asked for each time, as Maven may set the log after construction. */
    MavenRunLog runLog() {
        return new MavenRunLog(getLog(), new BuildLayout(session, project, projectFolder()).moduleName());
    }

    /** A step of the run; one that cannot go on stops the build with the run's message. */
    @FunctionalInterface
    interface RunStep<T> {
        T run() throws RunException;
    }

    static <T> T stopOn(RunStep<T> step) throws MojoExecutionException {
        try {
            return step.run();
        } catch (RunException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }

    private CheckSettings settings(boolean checkFragments, boolean checkHttps) throws MojoExecutionException {
        List<ProxyConfig> proxies;
        try {
            proxies = mavenProxies.from(session == null ? null : session.getSettings());
        } catch (MavenProxies.ProxyDecryptionException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        return setting(() -> CheckSettings.builder()
                .mode(mode)
                .concurrency(concurrency)
                .timeout(timeout)
                .slowThreshold(slowThreshold)
                .acceptedStatusCodes(acceptedStatusCodes)
                .maxRedirects(maxRedirects)
                .userAgent(userAgent)
                .includes(includes)
                .excludes(excludes)
                .remaps(remaps)
                .retries(retries)
                .maxRetryWait(maxRetryWait)
                .maxConcurrencyPerHost(maxConcurrencyPerHost)
                .hostRequestIntervals(hostRequestInterval, hostRequestIntervals)
                .maxTotalTime(maxTotalTime)
                .headers(requestHeaders())
                .proxies(proxies)
                .checkFragments(checkFragments)
                .checkHttps(checkHttps)
                .unsupportedSchemes(unsupportedSchemes)
                .build());
    }

    /** The configured headers, but for those whose environment variables are not set, each left out with a warning. */
    private List<RequestHeader> requestHeaders() {
        List<RequestHeader> sent = new ArrayList<>();
        for (Header header : headers == null ? List.<Header>of() : headers) {
            header.resolve(environment, warning -> getLog().warn("linkcheck: " + warning))
                    .ifPresent(sent::add);
        }
        return sent;
    }

    /** The entries of {@code ignores}, then those of the {@code ignoreFile}, judged by today's date in UTC. */
    private IgnoreEntries ignoreEntries(Path base, Path reactorRoot) {
        List<IgnoreEntry> entries = new ArrayList<>();
        for (int i = 0; ignores != null && i < ignores.size(); i++) {
            entries.add(ignores.get(i).entry(i + 1));
        }
        IgnoreFile.locate(ignoreFile == null ? null : ignoreFile.toPath(), base, reactorRoot)
                .ifPresent(file -> entries.addAll(IgnoreFile.read(file, ProjectPaths.shown(reactorRoot, file))));
        return IgnoreEntries.of(entries, Clock.systemUTC());
    }

    /** The boolean parameters, each read as true or false. */
    private record Switches(
            boolean skip,
            FailurePolicy policy,
            boolean checkProjectUrls,
            boolean checkFragments,
            boolean cache,
            boolean offline,
            boolean suggestArchived,
            boolean checkHttps) {}

    private Switches readSwitches() throws MojoExecutionException {
        return setting(() -> new Switches(
                Booleans.parse("skip", skip),
                new FailurePolicy(
                        Booleans.parse("failOnError", failOnError),
                        Booleans.parse("failOnSlow", failOnSlow),
                        Booleans.parse("failOnPermanentRedirect", failOnPermanentRedirect),
                        Booleans.parse("failOnInsecure", failOnInsecure)),
                Booleans.parse("checkProjectUrls", checkProjectUrls),
                Booleans.parse("checkFragments", checkFragments),
                Booleans.parse("cache", cache),
                Booleans.parse("offline", offline),
                Booleans.parse("suggestArchived", suggestArchived) || needsArchivedCopies(),
                Booleans.parse("checkHttps", checkHttps)));
    }

    /** Reads a parameter; one that cannot be used stops the build with the reader's message. */
    private static <T> T setting(Supplier<T> read) throws MojoExecutionException {
        try {
            return read.get();
        } catch (InvalidSettingException e) {
            throw new MojoExecutionException("linkcheck: " + e.getMessage());
        }
    }
}
