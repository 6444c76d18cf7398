package io.github.linkcheck.run;

import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.IgnoreEntries;
import io.github.linkcheck.core.LinkTarget;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What a run is asked to check, every parameter already found usable.
 *
 * @param projectFolder the folder that configured relative paths start from (document folders, URL files) and
 *     whose README and docs are checked by default
 * @param reactorRoot the folder places are named from, so that a place names its project in a build of several:
 *     the top-level project's folder ({@code mod-a/README.md:4:16}); for a single project, its folder
 * @param rootDirectory the folder {@code /} links in documents start from and that nothing outside of is read;
 *     it holds the project's folder
 * @param buildFolder where the build writes its output ({@code target}), whose document folders may not be made
 *     yet when the run starts (a site made by a later step); {@code null} where there is none
 * @param urls the URLs listed in the configuration, as written
 * @param urlFiles text files listing URLs, one a line
 * @param documents the configured document folders; none, with no URLs either, means the README and the docs
 * @param projectTargets the links found in the project's own description (for Maven, the POM), already placed
 * @param offline whether the run is not to use the network: what needs none is checked as usual (links to local
 *     files, their fragments, skipped and invalid links), web URLs are not requested, and the result store is
 *     neither read nor written
 * @param ignores the known-broken links, applied to the results once checked
 */
public record RunRequest(
        CheckSettings settings,
        FailurePolicy policy,
        Path projectFolder,
        Path reactorRoot,
        Path rootDirectory,
        Path buildFolder,
        List<String> urls,
        List<Path> urlFiles,
        List<DocumentFolder> documents,
        List<LinkTarget> projectTargets,
        boolean offline,
        IgnoreEntries ignores) {

    public RunRequest {
        // An empty entry, which Maven may pass as null, is the list's own kind of broken link: kept as given.
        urls = Collections.unmodifiableList(new ArrayList<>(urls));
        urlFiles = List.copyOf(urlFiles);
        documents = List.copyOf(documents);
        projectTargets = List.copyOf(projectTargets);
        Objects.requireNonNull(ignores, "ignores");
    }

    /** A request to check online, with no {@code ignores} entries. */
    public RunRequest(
            CheckSettings settings,
            FailurePolicy policy,
            Path projectFolder,
            Path reactorRoot,
            Path rootDirectory,
            Path buildFolder,
            List<String> urls,
            List<Path> urlFiles,
            List<DocumentFolder> documents,
            List<LinkTarget> projectTargets) {
        this(
                settings,
                policy,
                projectFolder,
                reactorRoot,
                rootDirectory,
                buildFolder,
                urls,
                urlFiles,
                documents,
                projectTargets,
                false,
                IgnoreEntries.none());
    }

    /**
     * One configured set of documents.
     *
     * @param directory as configured, relative to the project's folder; {@code null} for the project's folder
     */
    public record DocumentFolder(Path directory, List<String> includes, List<String> excludes) {

        public DocumentFolder {
            includes = List.copyOf(includes);
            excludes = List.copyOf(excludes);
        }
    }
}
