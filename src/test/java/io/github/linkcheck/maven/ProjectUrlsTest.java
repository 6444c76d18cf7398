package io.github.linkcheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Origin;

import org.apache.maven.model.InputLocation;
import org.apache.maven.model.InputSource;
import org.apache.maven.model.License;
import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3ReaderEx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class ProjectUrlsTest {

    @Test
    void labelsEveryPublishedWebAddressWithItsElementAndPosition() throws Exception {
        String pom = String.join(
                "\n",
                "<project>",
                "  <url>https://example.org/project</url>",
                "  <organization><url>https://example.org/org</url></organization>",
                "  <licenses>",
                "    <license><url>https://example.org/licence-1</url></license>",
                "    <license><url>https://example.org/licence-2</url></license>",
                "  </licenses>",
                "  <developers><developer><url>https://example.org/dev</url>"
                        + "<organizationUrl>https://example.org/dev-org</organizationUrl></developer></developers>",
                "  <scm><url>https://example.org/scm</url><connection>scm:git:https://example.org/x.git</connection></scm>",
                "  <issueManagement><url>https://example.org/issues</url></issueManagement>",
                "  <ciManagement><url>https://example.org/ci</url></ciManagement>",
                "  <mailingLists><mailingList><archive>https://example.org/archive</archive></mailingList></mailingLists>",
                "  <distributionManagement><site><url>scp://example.org/site</url></site></distributionManagement>",
                "</project>");
        InputSource source = new InputSource();
        source.setLocation("/work/project/pom.xml");

        List<LinkTarget> targets = ProjectUrls.of(
                new MavenXpp3ReaderEx().read(new StringReader(pom), false, source), Path.of("/work/project"));

        assertEquals(
                List.of(
                        LinkTarget.of("https://example.org/project", Origin.at("pom.xml", 2, 8, "url")),
                        LinkTarget.of("https://example.org/org", Origin.at("pom.xml", 3, 22, "organization/url")),
                        LinkTarget.of(
                                "https://example.org/licence-1",
                                Origin.at("pom.xml", 5, 19, "licenses/license[1]/url")),
                        LinkTarget.of(
                                "https://example.org/licence-2",
                                Origin.at("pom.xml", 6, 19, "licenses/license[2]/url")),
                        LinkTarget.of(
                                "https://example.org/dev", Origin.at("pom.xml", 8, 31, "developers/developer[1]/url")),
                        LinkTarget.of(
                                "https://example.org/dev-org",
                                Origin.at("pom.xml", 8, 77, "developers/developer[1]/organizationUrl")),
                        LinkTarget.of("https://example.org/scm", Origin.at("pom.xml", 9, 13, "scm/url")),
                        LinkTarget.of(
                                "https://example.org/issues", Origin.at("pom.xml", 10, 25, "issueManagement/url")),
                        LinkTarget.of("https://example.org/ci", Origin.at("pom.xml", 11, 22, "ciManagement/url")),
                        LinkTarget.of(
                                "https://example.org/archive",
                                Origin.at("pom.xml", 12, 39, "mailingLists/mailingList[1]/archive"))),
                targets);
    }

    @Test
    void aValueInheritedFromTheReactorsParentIsPlacedInItsPomAndAModulesOwnInTheModulesPom() throws Exception {
        assertEquals(
                List.of(LinkTarget.of("https://example.org/parent", Origin.at("pom.xml", 2, 8, "url"))),
                urlsReadFrom("/work/pom.xml", "parent:1"));
        assertEquals(
                List.of(LinkTarget.of("https://example.org/parent", Origin.at("mod-a/pom.xml", 2, 8, "url"))),
                urlsReadFrom("/work/mod-a/pom.xml", "mod-a:1"));
    }

    @Test
    void aValueInheritedFromAParentAboveTheReactorRootIsPlacedRelativeToIt() throws Exception {
        assertEquals(
                List.of(LinkTarget.of("https://example.org/parent", Origin.at("../pom.xml", 2, 8, "url"))),
                urlsReadFrom("/pom.xml", "parent:1"));
    }

    @Test
    void maven4sFileUrisArePlacedAsMaven3sPaths() throws Exception {
        assertEquals(
                List.of(LinkTarget.of("https://example.org/parent", Origin.at("pom.xml", 2, 8, "url"))),
                urlsReadFrom(Path.of("/work/pom.xml").toUri().toString(), "parent:1"));
        assertEquals(
                List.of(LinkTarget.of("https://example.org/parent", Origin.at("mod-a/pom.xml", 2, 8, "url"))),
                urlsReadFrom(Path.of("/work/mod-a/pom.xml").toUri().toString(), "mod-a:1"));
        assertEquals(
                List.of(LinkTarget.of(
                        "https://example.org/parent",
                        Origin.entry("pom.xml (url, inherited from org.example:parent:1)"))),
                urlsReadFrom(
                        Path.of("/root/.m2/repository/org/example/parent/1/parent-1.pom")
                                .toUri()
                                .toString(),
                        "org.example:parent:1"));
    }

    @Test
    void aLocationThatIsNoPathIsNoPlace() throws Exception {
        assertEquals(
                List.of(LinkTarget.of("https://example.org/parent", Origin.at("pom.xml", 0, 0, "url"))),
                urlsReadFrom("file:/work/a pom.xml", "parent:1"));
    }

    @Test
    void aValueInheritedFromAParentOutOfARepositoryNamesTheParent() throws Exception {
        assertEquals(
                List.of(LinkTarget.of(
                        "https://example.org/parent",
                        Origin.entry("pom.xml (url, inherited from org.example:parent:1)"))),
                urlsReadFrom("/root/.m2/repository/org/example/parent/1/parent-1.pom", "org.example:parent:1"));
    }

    @Test
    void anElementIsPlacedWhereItsTextStartsAlsoWhereMavenGivesItsStartTag(@TempDir Path reactor) throws Exception {
        Path pom = Files.writeString(
                reactor.resolve("pom.xml"), "<project>\n  <url>https://example.org/x</url>\n</project>\n");
        InputSource source = new InputSource();
        source.setLocation(pom.toString());
        Model model = new Model();
        model.setUrl("https://example.org/x");
        // Maven 4 gives the start tag's column, 3; Maven 3 where the text starts, 8.
        model.setLocation("url", new InputLocation(2, 3, source));

        assertEquals(
                List.of(LinkTarget.of("https://example.org/x", Origin.at("pom.xml", 2, 8, "url"))),
                ProjectUrls.of(model, reactor));

        model.setLocation("url", new InputLocation(2, 8, source));
        assertEquals(
                List.of(LinkTarget.of("https://example.org/x", Origin.at("pom.xml", 2, 8, "url"))),
                ProjectUrls.of(model, reactor));

        // Text that starts with CDATA is where Maven 3 says: no start tag to move past.
        Files.writeString(pom, "<project>\n  <url><![CDATA[https://example.org/x]]></url>\n</project>\n");
        assertEquals(
                List.of(LinkTarget.of("https://example.org/x", Origin.at("pom.xml", 2, 8, "url"))),
                ProjectUrls.of(model, reactor));
    }

    @Test
    void aUrlAModuleInheritsInAnotherFormSaysSoAtItsParentsLine(@TempDir Path reactor) throws Exception {
        Path parentPom = Files.writeString(
                reactor.resolve("pom.xml"),
                "<project>\n  <url>https://example.org/parent</url>\n"
                        + "  <licenses><license><url>${base}/licence</url></license></licenses>\n"
                        + "</project>\n");
        Path modulePom = Files.createDirectories(reactor.resolve("mod-a")).resolve("pom.xml");
        Files.writeString(modulePom, "<project>\n  <artifactId>mod-a</artifactId>\n</project>\n");
        InputSource parent = new InputSource();
        parent.setLocation(parentPom.toString());
        Model model = new Model();
        model.setArtifactId("mod-a");
        model.setPomFile(modulePom.toFile());
        // As Maven derives them: the project URL with the module's path appended, the licence's as written, its
        // property resolved (no line holds either as checked; only the first is the module's own form).
        model.setUrl("https://example.org/parent/mod-a");
        model.setLocation("url", new InputLocation(2, 8, parent));
        License licence = new License();
        licence.setUrl("https://example.org/licence");
        licence.setLocation("url", new InputLocation(3, 30, parent));
        model.addLicense(licence);

        assertEquals(
                List.of(
                        LinkTarget.of(
                                "https://example.org/parent/mod-a",
                                Origin.at("pom.xml", 2, 8, "url").noting("as mod-a inherits it")),
                        LinkTarget.of(
                                "https://example.org/licence", Origin.at("pom.xml", 3, 30, "licenses/license[1]/url"))),
                ProjectUrls.of(model, reactor));
    }

    @Test
    void aUrlWrittenAsItIsCheckedIsNotToldAsInherited(@TempDir Path reactor) throws Exception {
        Path parentPom = Files.writeString(
                reactor.resolve("pom.xml"), "<project>\n  <url>https://example.org/parent/mod-a</url>\n</project>\n");
        Path modulePom = Files.createDirectories(reactor.resolve("mod-a")).resolve("pom.xml");
        Files.writeString(modulePom, "<project>\n  <url>https://example.org/own/mod-a</url>\n</project>\n");
        Model model = new Model();
        model.setArtifactId("mod-a");
        model.setPomFile(modulePom.toFile());

        // The parent writes the very URL the module has: its line holds what is checked.
        InputSource parent = new InputSource();
        parent.setLocation(parentPom.toString());
        model.setUrl("https://example.org/parent/mod-a");
        model.setLocation("url", new InputLocation(2, 8, parent));
        assertEquals(
                List.of(LinkTarget.of("https://example.org/parent/mod-a", Origin.at("pom.xml", 2, 8, "url"))),
                ProjectUrls.of(model, reactor));

        // The module writes its own URL, ending in its artifactId: its own POM, nothing inherited.
        InputSource own = new InputSource();
        own.setLocation(modulePom.toString());
        model.setUrl("https://example.org/own/mod-a");
        model.setLocation("url", new InputLocation(2, 8, own));
        assertEquals(
                List.of(LinkTarget.of("https://example.org/own/mod-a", Origin.at("mod-a/pom.xml", 2, 8, "url"))),
                ProjectUrls.of(model, reactor));
    }

    /** The URLs of a module of the reactor rooted in /work whose only URL was read from the given POM. */
    private static List<LinkTarget> urlsReadFrom(String parentLocation, String parentId) throws Exception {
        InputSource parent = new InputSource();
        parent.setLocation(parentLocation);
        parent.setModelId(parentId);
        String pom = "<project>\n  <url>https://example.org/parent</url>\n</project>";
        return ProjectUrls.of(new MavenXpp3ReaderEx().read(new StringReader(pom), false, parent), Path.of("/work"));
    }
}
