package io.github.linkcheck.maven;

import io.github.linkcheck.core.HttpUrls;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.sources.ProjectPaths;

import org.apache.maven.model.Contributor;
import org.apache.maven.model.Developer;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.InputLocationTracker;
import org.apache.maven.model.License;
import org.apache.maven.model.MailingList;
import org.apache.maven.model.Model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The web addresses a POM publishes, which Maven Central shows to everyone: the project's, its
 * organization's, licences, developers and contributors, SCM, issue tracker, CI, mailing-list archives
 * and the site it deploys to. Each is labelled with its element, and its line and column where Maven
 * kept them. Read from the effective model, so inherited and interpolated values are what is checked.
 */
final class ProjectUrls {

    private final List<LinkTarget> targets = new ArrayList<>();
    private final Map<Path, List<String>> pomLines = new HashMap<>();
    private final Path placesFrom;
    /** The module's own POM, {@code null} when the model was not read from a file. */
    private final Path modulePom;

    private final String moduleName;

    /**
     * The elements whose inherited value Maven extends with the module's path; every other inherited value (a
     * licence's URL) is the parent's as written, or as its properties make it.
     */
    private static final Set<String> PATH_APPENDED = Set.of("url", "scm/url", "distributionManagement/site/url");

    private ProjectUrls(Path placesFrom, Model model) {
        this.placesFrom = placesFrom.toAbsolutePath().normalize();
        this.modulePom = model.getPomFile() == null
                ? null
                : model.getPomFile().toPath().toAbsolutePath().normalize();
        this.moduleName = model.getArtifactId();
    }

    /**
     * @param placesFrom the folder POMs are named relative to: the reactor root, so that a module's POM is
     *     {@code mod-a/pom.xml} and the parent's, which an inherited value comes from, {@code pom.xml}
     */
    static List<LinkTarget> of(Model model, Path placesFrom) {
        ProjectUrls urls = new ProjectUrls(placesFrom, model);
        urls.add(model.getUrl(), "url", model);
        if (model.getOrganization() != null) {
            urls.add(model.getOrganization().getUrl(), "organization/url", model.getOrganization());
        }
        List<License> licenses = model.getLicenses();
        for (int i = 0; i < licenses.size(); i++) {
            urls.add(licenses.get(i).getUrl(), "licenses/license[" + (i + 1) + "]/url", licenses.get(i));
        }
        List<Developer> developers = model.getDevelopers();
        for (int i = 0; i < developers.size(); i++) {
            String element = "developers/developer[" + (i + 1) + "]/";
            urls.add(developers.get(i).getUrl(), element + "url", developers.get(i));
            urls.add(developers.get(i).getOrganizationUrl(), element + "organizationUrl", developers.get(i));
        }
        List<Contributor> contributors = model.getContributors();
        for (int i = 0; i < contributors.size(); i++) {
            String element = "contributors/contributor[" + (i + 1) + "]/";
            urls.add(contributors.get(i).getUrl(), element + "url", contributors.get(i));
            urls.add(contributors.get(i).getOrganizationUrl(), element + "organizationUrl", contributors.get(i));
        }
        if (model.getScm() != null) {
            urls.add(model.getScm().getUrl(), "scm/url", model.getScm());
        }
        if (model.getIssueManagement() != null) {
            urls.add(model.getIssueManagement().getUrl(), "issueManagement/url", model.getIssueManagement());
        }
        if (model.getCiManagement() != null) {
            urls.add(model.getCiManagement().getUrl(), "ciManagement/url", model.getCiManagement());
        }
        List<MailingList> lists = model.getMailingLists();
        for (int i = 0; i < lists.size(); i++) {
            String element = "mailingLists/mailingList[" + (i + 1) + "]/";
            urls.add(lists.get(i).getArchive(), element + "archive", lists.get(i));
            List<String> others = lists.get(i).getOtherArchives();
            for (int j = 0; j < others.size(); j++) {
                urls.add(others.get(j), element + "otherArchives/otherArchive[" + (j + 1) + "]", lists.get(i));
            }
        }
        if (model.getDistributionManagement() != null
                && model.getDistributionManagement().getSite() != null) {
            urls.add(
                    model.getDistributionManagement().getSite().getUrl(),
                    "distributionManagement/site/url",
                    model.getDistributionManagement().getSite());
        }
        return urls.targets;
    }

    /** Adds a web address; other kinds (scp:, dav:, mailto:...) are not pages to check. */
    private void add(String url, String element, InputLocationTracker owner) {
        if (url == null || url.isBlank()) {
            return;
        }
        if (HttpUrls.isHttp(url.strip())) {
            targets.add(LinkTarget.of(url.strip(), place(owner, element, url.strip())));
        }
    }

    /**
     * For example {@code mod-a/pom.xml:23:18 (licenses/license[1]/url)}. A value inherited from a parent in the
     * checkout is placed in that POM ({@code pom.xml:40:10 (url)}, or {@code ../pom.xml:40:10 (url)} for a parent
     * above the reactor root); one inherited from a parent out of a repository names the parent, since no file
     * of the project holds it. A value a module inherits in another form than its parent writes it (Maven appends
     * the module's path to an inherited {@code url}, {@code scm/url} and site URL) says so, since the parent's line
     * does not hold that URL: {@code pom.xml:3:8 (url, as mod-a inherits it)}.
     */
    private Origin place(InputLocationTracker owner, String element, String url) {
        String field = element.substring(element.lastIndexOf('/') + 1).replaceFirst("\\[\\d+]$", "");
        InputLocation location = owner.getLocation(field);
        Path pom = location == null || location.getLineNumber() < 0 || location.getSource() == null
                ? null
                : pomFile(location.getSource().getLocation());
        if (pom == null) {
            return Origin.at("pom.xml", 0, 0, element);
        }
        int line = location.getLineNumber();
        int column = textColumn(pom, line, Math.max(location.getColumnNumber(), 0));
        if (pom.startsWith(placesFrom) || pom.getFileName().toString().equals("pom.xml")) {
            boolean inheritedAsAnother = modulePom != null
                    && !pom.equals(modulePom)
                    && PATH_APPENDED.contains(element)
                    && endsWithModulePath(url)
                    && !writtenAt(pom, line, url);
            Origin place = Origin.at(ProjectPaths.shown(placesFrom, pom), line, column, element);
            return inheritedAsAnother ? place.noting("as " + moduleName + " inherits it") : place;
        }
        return Origin.entry("pom.xml (" + element + ", inherited from "
                + location.getSource().getModelId() + ")");
    }

    /**
     * The column where an element's text starts, as Maven 3 gives it: Maven 4 gives the column of the element's start
     * tag, so that the same POM would be placed at two columns. Where the line cannot be read, or the start tag does
     * not end on it, the column stays as given.
     */
    private int textColumn(Path pom, int line, int column) {
        List<String> lines = pomLines.computeIfAbsent(pom, ProjectUrls::readLines);
        if (line < 1 || line > lines.size() || column < 1) {
            return column;
        }
        String text = lines.get(line - 1);
        // Only a start tag moves it: text that starts with a comment or CDATA (Maven 3's column) stays put.
        if (column >= text.length() || text.charAt(column - 1) != '<' || !HttpUrls.isAsciiLetter(text.charAt(column))) {
            return column;
        }
        int tagEnd = text.indexOf('>', column - 1);
        return tagEnd < 0 ? column : tagEnd + 2;
    }

    /** Whether the URL ends with the module's artifactId as a path segment, as Maven appends it. */
    private boolean endsWithModulePath(String url) {
        String path = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        return moduleName != null && path.endsWith("/" + moduleName);
    }

    /**
     * Whether the element's line holds the URL as it is checked; a POM that cannot be read is taken to, and the place
     * stays as it is.
     */
    private boolean writtenAt(Path pom, int line, String url) {
        List<String> lines = pomLines.computeIfAbsent(pom, ProjectUrls::readLines);
        return line < 1 || line > lines.size() || lines.get(line - 1).contains(url);
    }

    /** A POM's lines; none when it cannot be read, which leaves Maven's columns as they are. */
    private static List<String> readLines(Path pom) {
        try {
            return Files.readAllLines(pom, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    /** Where a POM was read from, as Maven 3 (a path) or Maven 4 (a {@code file:} URI) gives it; {@code null} if unknown. */
    private static Path pomFile(String location) {
        if (location == null) {
            return null;
        }
        try {
            Path pom = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
            return pom.toAbsolutePath().normalize();
        } catch (IllegalArgumentException e) { // a malformed URI or path: no place in a file
            return null;
        }
    }
}
