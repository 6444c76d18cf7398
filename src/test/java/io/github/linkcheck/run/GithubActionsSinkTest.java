package io.github.linkcheck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.ErrorKind;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.LocalFile;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.testing.RecordingLog;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Annotation paths: the places, relative to the reactor root, made relative to the repository's workspace. */
class GithubActionsSinkTest {

    private static final Path WORKSPACE = Path.of("/home/runner/work/repo/repo").toAbsolutePath();

    private static final CheckReport REPORT = new CheckReport(
            CheckSettings.builder().build(),
            List.of(
                    CheckResult.notRequested(
                            LinkTarget.localFile(
                                    "mod-b/MISSING.md",
                                    new LocalFile(WORKSPACE.resolve("build/mod-b/MISSING.md"), null),
                                    Origin.at("mod-a/README.md", 4, 41)),
                            Verdict.BROKEN,
                            new Outcome.Failure(ErrorKind.FILE_NOT_FOUND, null)),
                    CheckResult.notRequested(
                            LinkTarget.of("https://example.org/licence", Origin.at("../pom.xml", 6, 38, "url")),
                            Verdict.BROKEN,
                            new Outcome.Failure(ErrorKind.FILE_NOT_FOUND, null))),
            Duration.ZERO);

    @Test
    void aReactorInAFolderOfTheRepositoryPrefixesEveryPlaceWithThatFolder() {
        assertEquals(
                List.of("file=build/mod-a/README.md,line=4,col=41", "file=pom.xml,line=6,col=38"),
                annotatedFiles(WORKSPACE.resolve("build")));
    }

    @Test
    void aReactorAtTheTopOfTheRepositoryOrOutsideItLeavesThePlacesAsTheyAre() {
        List<String> asPlaced = List.of("file=mod-a/README.md,line=4,col=41", "file=../pom.xml,line=6,col=38");
        assertEquals(asPlaced, annotatedFiles(WORKSPACE));
        assertEquals(asPlaced, annotatedFiles(WORKSPACE.resolveSibling("elsewhere")));
    }

    @Test
    void aPlaceTheModulesOfABuildShareIsAnnotatedOnce() {
        ReactorState build = new ReactorState(null, WORKSPACE, name -> null, Clock.systemUTC(), new RecordingLog());
        List<String> commands = new ArrayList<>();
        Map<String, String> environment = Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE", WORKSPACE.toString());
        for (int module = 1; module <= 2; module++) {
            new GithubActionsSink(environment::get, commands::add, WORKSPACE, build::firstAnnotation)
                    .write(REPORT, new FailurePolicy(true, true, false));
        }
        assertEquals(2, commands.size(), commands::toString);
        assertEquals(2, Set.copyOf(commands).size(), commands::toString);
    }

    private static List<String> annotatedFiles(Path reactorRoot) {
        List<String> commands = new ArrayList<>();
        Map<String, String> environment = Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE", WORKSPACE.toString());
        new GithubActionsSink(environment::get, commands::add, reactorRoot, annotation -> true)
                .write(REPORT, new FailurePolicy(true, true, false));
        return commands.stream()
                .map(command -> command.substring("::error ".length(), command.indexOf(",title=")))
                .toList();
    }
}
