package io.github.linkcheck.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.linkcheck.core.InvalidSettingException;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.LinkTargets;
import io.github.linkcheck.core.LocalFile;
import io.github.linkcheck.core.Origin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class DocumentScannerTest {

    @TempDir
    Path project;

    @Test
    void findsLinksOfEachKindOfDocumentWithTheirPlaces() throws IOException {
        write(
                "README.md",
                "# Project\n\nSee [the guide](docs/guide.md#setup), [home](https://example.org/),\n"
                        + "[mail](mailto:team@example.org) and [top](#project).\n");
        write("docs/guide.md", "Back to [readme](../README.md) or [missing](../MISSING.md) or [root](/docs/).\n");
        write(
                "docs/api/index.html",
                "<html><body>\n<a href=\"../guide.md\">guide</a>\n<img src=\"logo%20big.png\">\n</body></html>\n");
        write("docs/notes.txt", "Plain https://example.org/notes here.\n");
        write("src/Skipped.md", "[not scanned](https://example.org/skipped)\n");

        LinkSources found = new DocumentScanner(project, false)
                .scan(List.of(
                        DocumentSet.defaults(project),
                        new DocumentSet(project.resolve("docs"), List.of("**/*.html", "*.txt"), List.of("drafts/**"))));

        assertEquals(
                List.of(
                        LinkTarget.localFile(
                                "docs/guide.md",
                                new LocalFile(project.resolve("docs/guide.md"), null),
                                Origin.at("README.md", 3, 5)),
                        LinkTarget.of("https://example.org/", Origin.at("README.md", 3, 39)),
                        LinkTarget.of("mailto:team@example.org", Origin.at("README.md", 4, 1)),
                        LinkTarget.localFile(
                                "README.md",
                                new LocalFile(project.resolve("README.md"), null),
                                Origin.at("docs/guide.md", 1, 9)),
                        LinkTarget.localFile(
                                "MISSING.md",
                                new LocalFile(project.resolve("MISSING.md"), null),
                                Origin.at("docs/guide.md", 1, 35)),
                        LinkTarget.localFile(
                                "docs",
                                new LocalFile(project.resolve("docs"), null),
                                Origin.at("docs/guide.md", 1, 63)),
                        LinkTarget.localFile(
                                "docs/guide.md",
                                new LocalFile(project.resolve("docs/guide.md"), null),
                                Origin.at("docs/api/index.html", 2, 1)),
                        LinkTarget.localFile(
                                "docs/api/logo big.png",
                                new LocalFile(project.resolve("docs/api/logo big.png"), null),
                                Origin.at("docs/api/index.html", 3, 1)),
                        LinkTarget.of("https://example.org/notes", Origin.at("docs/notes.txt", 1, 7))),
                found.targets());
        assertEquals(List.of(), found.problems());
    }

    @Test
    void keepsFragmentsAndLinksWithinADocumentWhenFragmentsAreChecked() throws IOException {
        write(
                "README.md",
                "# Project\n\nSee [setup](docs/guide.md#set-up), [top](#project) and [site](https://example.org/#a).\n");
        write("docs/guide.md", "# Set up\n");

        LinkSources found = new DocumentScanner(project, true).scan(List.of(DocumentSet.defaults(project)));

        assertEquals(
                List.of(
                        LinkTarget.localFile(
                                "docs/guide.md#set-up",
                                new LocalFile(project.resolve("docs/guide.md"), "set-up"),
                                Origin.at("README.md", 3, 5)),
                        LinkTarget.localFile(
                                "README.md#project",
                                new LocalFile(project.resolve("README.md"), "project"),
                                Origin.at("README.md", 3, 36)),
                        LinkTarget.of("https://example.org/#a", Origin.at("README.md", 3, 56))),
                found.targets());
    }

    @Test
    void linksToTheIdsGithubGivesHeadingsAreFoundWithinADocumentAndFromAnother() throws IOException {
        write("README.md", "# Foo\n\n[m](#user-content-foo) [gone](#user-content-bar)\n");
        write("docs/guide.md", "[n](../README.md#user-content-foo)\n");
        LocalLinks localLinks = new LocalLinks();

        List<String> verdicts = new DocumentScanner(project, true)
                .scan(List.of(DocumentSet.defaults(project))).targets().stream()
                        .map(target -> target.url() + " " + localLinks.check(target.localFile()))
                        .toList();

        assertEquals(
                List.of(
                        "README.md#user-content-foo FileExists[]",
                        "README.md#user-content-bar Failure[kind=FRAGMENT_NOT_FOUND, detail=no heading or anchor #user-content-bar]",
                        "README.md#user-content-foo FileExists[]"),
                verdicts);
    }

    @Test
    void aLinkInMarkupThatTheParserRepairsIsFoundOnceAtItsTag() throws IOException {
        // jsoup closes the <a> before the <div> and opens a copy inside it, which is no tag of the source.
        write("docs/broken.html", "<a href=\"https://example.org/a\"><div>one</a>two</div>\n");

        LinkSources found = new DocumentScanner(project, false)
                .scan(List.of(new DocumentSet(project, List.of("**/*.html"), List.of())));

        assertEquals(
                List.of(new LinkTarget("https://example.org/a", List.of(Origin.at("docs/broken.html", 1, 1)), null)),
                LinkTargets.distinct(found.targets()));
    }

    @Test
    void reportsDocumentsThatAreNotTextAndGoesOn() throws IOException {
        Files.createDirectories(project.resolve("docs"));
        Files.write(project.resolve("docs/binary.md"), new byte[] {'#', ' ', 0, 1, 2});
        Files.write(
                project.resolve("docs/latin1.md"),
                "caf\u00e9 [x](https://example.org/)".getBytes(StandardCharsets.ISO_8859_1));
        write("docs/fine.md", "[ok](https://example.org/fine)");

        LinkSources found = new DocumentScanner(project, false).scan(List.of(DocumentSet.defaults(project)));

        assertEquals(
                List.of(LinkTarget.of("https://example.org/fine", Origin.at("docs/fine.md", 1, 1))), found.targets());
        assertEquals(
                List.of("docs/binary.md: not UTF-8 text, skipped", "docs/latin1.md: not UTF-8 text, skipped"),
                found.problems());
    }

    @Test
    void aDocumentOrFolderLinkedFromOutsideTheProjectIsNotRead(@TempDir Path outside) throws IOException {
        Files.writeString(outside.resolve("secret.md"), "[leak](https://attacker.example/secret)\n");
        Files.createDirectories(outside.resolve("more"));
        Files.writeString(outside.resolve("more/page.md"), "[leak](https://attacker.example/more)\n");
        write("docs/fine.md", "[ok](https://example.org/fine)");
        Files.createSymbolicLink(project.resolve("docs/secret.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(project.resolve("docs/more"), outside.resolve("more"));
        Files.createSymbolicLink(project.resolve("docs/same.md"), project.resolve("docs/fine.md"));

        LinkSources found = new DocumentScanner(project, false).scan(List.of(DocumentSet.defaults(project)));

        assertEquals(
                List.of(
                        LinkTarget.of("https://example.org/fine", Origin.at("docs/fine.md", 1, 1)),
                        LinkTarget.of("https://example.org/fine", Origin.at("docs/same.md", 1, 1))),
                found.targets());
        assertEquals(
                List.of(
                        "docs/more: a symbolic link to a folder outside rootDirectory, skipped",
                        "docs/secret.md: its real path is outside rootDirectory (a symbolic link), skipped"),
                found.problems());
    }

    @Test
    void aFolderOrPatternThatReachesOutOfTheProjectIsAParameterError(@TempDir Path outside) throws IOException {
        write("README.md", "# Project\n");
        Files.createSymbolicLink(project.resolve("linked"), outside);
        DocumentScanner scanner = new DocumentScanner(project, false);

        for (String pattern : List.of("../../etc/*", "/etc/passwd", "docs/../../x.md")) {
            InvalidSettingException e = assertThrows(
                    InvalidSettingException.class,
                    () -> scanner.scan(List.of(new DocumentSet(project, List.of(pattern), List.of()))));
            assertEquals(
                    "documents = '" + pattern + "' is not valid: expected a pattern within the document folder,"
                            + " such as docs/**/*.md, without '..' or a leading '/'",
                    e.getMessage());
        }
        for (Path folder : List.of(outside, project.resolve(".."), project.resolve("linked"))) {
            InvalidSettingException e = assertThrows(
                    InvalidSettingException.class,
                    () -> scanner.scan(List.of(new DocumentSet(folder, List.of("**/*.md"), List.of()))));
            assertEquals(
                    "documents = '" + folder.toAbsolutePath().normalize() + "' is not valid: expected a folder"
                            + " inside rootDirectory "
                            + project.toAbsolutePath().normalize(),
                    e.getMessage());
        }
    }

    @Test
    void aRelativeLinkOutOfTheProjectIsMarkedSoThatNothingThereIsLookedAt(@TempDir Path outside) throws IOException {
        Files.writeString(outside.resolve("private.txt"), "not the project's");
        Files.createSymbolicLink(project.resolve("escape"), outside);
        write(
                "README.md",
                "[up](../private.txt) [linked](escape/private.txt) [missing](docs/missing.md) [here](README.md)\n");

        List<LocalFile> files = new DocumentScanner(project, false)
                .scan(List.of(DocumentSet.defaults(project))).targets().stream()
                        .map(LinkTarget::localFile)
                        .toList();

        assertEquals(
                List.of(true, true, false, false),
                files.stream().map(LocalFile::outsideRoot).toList());
    }

    @Test
    void aRelativeLinkToAFileWithAUnicodeNameIsFoundWrittenEitherWay() throws IOException {
        write("docs/über uns.md", "# Über\n");
        write(
                "README.md",
                "[raw](<docs/über uns.md>) [encoded](docs/%C3%BCber%20uns.md) [escape](docs/..%2F..%2Fx.md)\n");

        List<LocalFile> files = new DocumentScanner(project, false)
                .scan(List.of(DocumentSet.defaults(project))).targets().stream()
                        .map(LinkTarget::localFile)
                        .toList();

        assertEquals(
                List.of(
                        new LocalFile(project.resolve("docs/über uns.md"), null),
                        new LocalFile(project.resolve("docs/über uns.md"), null),
                        new LocalFile(project.resolve("../x.md").normalize(), null, true)),
                files);
    }

    @Test
    void aModuleReadmeIsPlacedFromTheReactorRootAndItsSlashLinksStartFromTheRootDirectory() throws IOException {
        Path reactor = project;
        write("ROOT.md", "# Root\n");
        write("mod-b/README.md", "# B\n");
        write(
                "mod-a/README.md",
                "# A\n\nSee [root](/ROOT.md) and [hosts](/../../etc/hosts).\n"
                        + "The other one: [b](../mod-b/README.md), [out](../../outside.md).\n");

        LinkSources found = new DocumentScanner(reactor, reactor, false)
                .scan(List.of(DocumentSet.defaults(reactor.resolve("mod-a"))));

        assertEquals(
                List.of(
                        LinkTarget.localFile(
                                "ROOT.md",
                                new LocalFile(reactor.resolve("ROOT.md"), null),
                                Origin.at("mod-a/README.md", 3, 5)),
                        LinkTarget.localFile(
                                "etc/hosts",
                                new LocalFile(reactor.resolve("etc/hosts"), null),
                                Origin.at("mod-a/README.md", 3, 26)),
                        LinkTarget.localFile(
                                "mod-b/README.md",
                                new LocalFile(reactor.resolve("mod-b/README.md"), null),
                                Origin.at("mod-a/README.md", 4, 16)),
                        LinkTarget.localFile(
                                "../outside.md",
                                new LocalFile(reactor.resolve("../outside.md").normalize(), null, true),
                                Origin.at("mod-a/README.md", 4, 41))),
                found.targets());
        assertEquals(List.of(), found.problems());
    }

    @Test
    void slashLinksStartFromTheRootDirectoryAndNeverClimbAboveIt() throws IOException {
        Path repository = project;
        Path reactor = repository.resolve("build");
        write("LICENSE", "licence");
        write(
                "build/README.md",
                "[licence](/LICENSE) [up](/docs/../../LICENSE) [encoded](/%2E%2E/..%2F..%2Fetc/passwd)"
                        + " [dot](/./build/./README.md)\n");

        List<LinkTarget> targets = new DocumentScanner(reactor, repository, false)
                .scan(List.of(DocumentSet.defaults(reactor)))
                .targets();

        LocalFile licence = new LocalFile(repository.resolve("LICENSE"), null);
        assertEquals(
                List.of(
                        LinkTarget.localFile("../LICENSE", licence, Origin.at("README.md", 1, 1)),
                        LinkTarget.localFile("../LICENSE", licence, Origin.at("README.md", 1, 21)),
                        LinkTarget.localFile(
                                "../etc/passwd",
                                new LocalFile(repository.resolve("etc/passwd"), null),
                                Origin.at("README.md", 1, 47)),
                        LinkTarget.localFile(
                                "README.md",
                                new LocalFile(reactor.resolve("README.md"), null),
                                Origin.at("README.md", 1, 87))),
                targets);
    }

    @Test
    void aRelativeLinkWithinTheRootDirectoryIsCheckedAndOneLeavingItIsMarked() throws IOException {
        Path repository = project;
        Path reactor = repository.resolve("build");
        write("NOTICE.md", "# Notice\n");
        write("build/README.md", "[notice](../NOTICE.md) [out](../../elsewhere.md)\n");

        List<LocalFile> files = new DocumentScanner(reactor, repository, false)
                .scan(List.of(DocumentSet.defaults(reactor))).targets().stream()
                        .map(LinkTarget::localFile)
                        .toList();

        assertEquals(
                List.of(
                        new LocalFile(repository.resolve("NOTICE.md"), null),
                        new LocalFile(repository.resolve("../elsewhere.md").normalize(), null, true)),
                files);
    }

    @Test
    void anHtmlDocumentsLinksAreResolvedAgainstItsBaseAsABrowserDoes() throws IOException {
        write(
                "site/index.html",
                "<html><head><base href=\"https://example.com/a/b/c?q\"></head><body>\n"
                        + "<a href=\"?y\">query</a> <a href=\"../../../../g\">up</a> <a href=\"/./g\">dot</a>\n"
                        + "<a href=\"  d e\tf\n\">spaced</a> <a href=\"g#s\">fragment</a>\n</body></html>\n");

        List<String> urls = new DocumentScanner(project, false)
                .scan(List.of(new DocumentSet(project, List.of("**/*.html"), List.of()))).targets().stream()
                        .map(LinkTarget::url)
                        .toList();

        assertEquals(
                List.of(
                        "https://example.com/a/b/c?y",
                        "https://example.com/g",
                        "https://example.com/g",
                        "https://example.com/a/b/d%20ef",
                        "https://example.com/a/b/g#s"),
                urls);
    }

    @Test
    void aRelativeBaseIsTakenFromTheDocumentsFolder() throws IOException {
        write(
                "site/docs/page.html",
                "<base href=\"../shared/\"><a href=\"x.html\">x</a> <a href=\"/top.html\">top</a>"
                        + " <a href=\"?v=1\">same</a> <a href=\"https://example.org/\">abs</a>\n");

        List<String> urls = new DocumentScanner(project, false)
                .scan(List.of(new DocumentSet(project, List.of("**/*.html"), List.of()))).targets().stream()
                        .map(LinkTarget::url)
                        .toList();

        assertEquals(List.of("site/shared/x.html", "top.html", "site/shared", "https://example.org/"), urls);
    }

    @Test
    void aLinkWithSpacesOrBreaksIsCleanedAsABrowserCleansIt() throws IOException {
        write("docs/my guide.md", "# Guide\n");
        write(
                "README.md",
                "[spaced](<docs/my guide.md>) [web](<https://example.org/a b>)\n"
                        + "<a href=\" https://example.org/x\ny \">html</a>\n");

        List<String> urls = new DocumentScanner(project, false)
                .scan(List.of(DocumentSet.defaults(project))).targets().stream()
                        .map(LinkTarget::url)
                        .toList();

        assertEquals(List.of("docs/my guide.md", "https://example.org/a%20b", "https://example.org/xy"), urls);
    }

    @Test
    void aFileLinkRelativeToItsDocumentIsCheckedOnDiskAndAnAbsoluteOneIsLeftToTheChecker() throws IOException {
        write("docs/setup.md", "# Setup\n");
        write(
                "README.md",
                "[rel](file:docs/setup.md) [dot](file:./docs/setup.md) [abs](file:///etc/hosts)"
                        + " [host](file://server/share/x.md) [drive](file:c:/x.md) [port](localhost:8080)\n");

        List<LinkTarget> targets = new DocumentScanner(project, false)
                .scan(List.of(DocumentSet.defaults(project)))
                .targets();

        LocalFile setup = new LocalFile(project.resolve("docs/setup.md"), null);
        assertEquals(
                List.of(
                        LinkTarget.localFile("docs/setup.md", setup, Origin.at("README.md", 1, 1)),
                        LinkTarget.localFile("docs/setup.md", setup, Origin.at("README.md", 1, 27)),
                        LinkTarget.of("file:///etc/hosts", Origin.at("README.md", 1, 55)),
                        LinkTarget.of("file://server/share/x.md", Origin.at("README.md", 1, 80)),
                        LinkTarget.of("file:c:/x.md", Origin.at("README.md", 1, 113)),
                        LinkTarget.of("localhost:8080", Origin.at("README.md", 1, 135))),
                targets);
    }

    @Test
    void aBackslashInALocalLinkIsPartOfTheFileNameBothShownAndLookedFor() throws IOException {
        write("docs/setup.md", "# Setup\n");
        write("docs\\setup.md", "# A name with a backslash, legal on Linux\n");
        write(
                "README.md",
                "[setup](docs\\setup.md) [encoded](docs%5Csetup.md)\n"
                        + "<a href=\"docs\\setup.md\">in HTML, as a browser reads it</a>\n");

        List<LinkTarget> targets = new DocumentScanner(project, false)
                .scan(List.of(DocumentSet.defaults(project)))
                .targets();

        LocalFile literal = new LocalFile(project.resolve("docs\\setup.md"), null);
        assertEquals(
                List.of(
                        LinkTarget.localFile("docs\\setup.md", literal, Origin.at("README.md", 1, 1)),
                        LinkTarget.localFile("docs\\setup.md", literal, Origin.at("README.md", 1, 24)),
                        LinkTarget.localFile(
                                "docs/setup.md",
                                new LocalFile(project.resolve("docs/setup.md"), null),
                                Origin.at("README.md", 2, 1))),
                targets);
    }

    @Test
    void namesAConfiguredPatternThatMatchesNoDocumentWithItsFolder() throws IOException {
        write("docs/guide.md", "[home](https://example.org/)\n");
        write("site/index.html", "<a href=\"https://example.org/site\">site</a>\n");

        LinkSources found = new DocumentScanner(project, false)
                .scan(List.of(
                        new DocumentSet(project, List.of("doc/*.md", "docs/*.md"), List.of()),
                        new DocumentSet(
                                project.resolve("site"), List.of("**/*.htm", "drafts/*.html"), List.of("drafts/**"))));

        assertEquals(
                List.of(
                        "documents pattern 'doc/*.md' matched no document in folder '.'",
                        "documents pattern '**/*.htm' matched no document in folder 'site'",
                        "documents pattern 'drafts/*.html' matched no document in folder 'site'"),
                found.problems());
        assertEquals(
                List.of("https://example.org/"),
                found.targets().stream().map(LinkTarget::url).toList());
    }

    @Test
    void theDefaultPatternsMayMatchNothing() {
        LinkSources found = new DocumentScanner(project, false).scan(List.of(DocumentSet.defaults(project)));

        assertEquals(List.of(), found.problems());
        assertEquals(List.of(), found.targets());
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
