package io.github.linkcheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** How the {@code ignoreFile} and the entries of {@code ignores} are read, and how bad ones stop the build. */
class IgnoreFileTest {

    @Test
    void readsAPatternAndAnOptionalDatedOrPlainReasonSkippingCommentsAndBlankLines() {
        List<IgnoreEntry> entries = IgnoreFile.parse(
                List.of(
                        "# links we know about",
                        "",
                        "   ",
                        "example\\.org/old   # until 2027-01-31: the archive moves",
                        "example\\.org/gone # the host is down for good",
                        "  # an indented comment",
                        "example\\.org/bare",
                        "example\\.org/dated\t# until 2027-02-01",
                        "example\\.org/colon # until 2027-03-01:no space after the colon"),
                ".linkcheckignore");

        assertEquals(5, entries.size(), entries::toString);
        assertEntry(entries.get(0), "example\\.org/old", "the archive moves", "2027-01-31", ".linkcheckignore:4");
        assertEntry(entries.get(1), "example\\.org/gone", "the host is down for good", null, ".linkcheckignore:5");
        assertEntry(entries.get(2), "example\\.org/bare", "", null, ".linkcheckignore:7");
        assertEntry(entries.get(3), "example\\.org/dated", "", "2027-02-01", ".linkcheckignore:8");
        assertEntry(
                entries.get(4), "example\\.org/colon", "no space after the colon", "2027-03-01", ".linkcheckignore:9");
    }

    @Test
    void aHashRightAfterTheTextIsPartOfThePatternAndAnEscapedOneAfterASpaceToo() {
        List<IgnoreEntry> entries =
                IgnoreFile.parse(List.of("example\\.org/page#part # a fragment", "a[ ]\\#b # an escaped one"), "f");

        assertEntry(entries.get(0), "example\\.org/page#part", "a fragment", null, "f:1");
        assertEntry(entries.get(1), "a[ ]\\#b", "an escaped one", null, "f:2");
        assertTrue(entries.get(1).matches("http://h/a #b"));
    }

    @Test
    void aReasonThatStartsWithTheWordUntilButNoDateIsAReason() {
        IgnoreEntry entry =
                IgnoreFile.parse(List.of("x # until the vendor fixes it"), "f").get(0);

        assertEquals("until the vendor fixes it", entry.reason());
        assertEquals(Optional.empty(), entry.until());
    }

    @Test
    void aBadPatternStopsTheBuildNamingTheFileAndLineTheValueAndWhatIsAccepted() {
        InvalidSettingException bad = assertThrows(
                InvalidSettingException.class,
                () -> IgnoreFile.parse(List.of("ok", "example\\.org/(old # why"), "docs/.linkcheckignore"));

        assertEquals(
                "ignoreFile docs/.linkcheckignore:2 = 'example\\.org/(old' is not valid: expected a Java regular"
                        + " expression (Unclosed group)",
                bad.getMessage());
    }

    @Test
    void aBadDateStopsTheBuildNamingTheFileAndLineTheValueAndWhatIsAccepted() {
        InvalidSettingException notADay = assertThrows(
                InvalidSettingException.class,
                () -> IgnoreFile.parse(List.of("x # until 2027-02-30: why"), ".linkcheckignore"));
        InvalidSettingException notTheForm = assertThrows(
                InvalidSettingException.class,
                () -> IgnoreFile.parse(List.of("x # until 31.1.2027: why"), ".linkcheckignore"));
        InvalidSettingException noColon = assertThrows(
                InvalidSettingException.class,
                () -> IgnoreFile.parse(List.of("x # until 2027-01-31 why"), ".linkcheckignore"));

        assertEquals(
                "ignoreFile .linkcheckignore:1 = '2027-02-30' is not valid: expected a date written YYYY-MM-DD,"
                        + " such as 2027-01-31",
                notADay.getMessage());
        assertEquals(
                "ignoreFile .linkcheckignore:1 = '31.1.2027' is not valid: expected a date written YYYY-MM-DD,"
                        + " such as 2027-01-31",
                notTheForm.getMessage());
        assertEquals(
                "ignoreFile .linkcheckignore:1 = 'x # until 2027-01-31 why' is not valid: expected a pattern, then"
                        + " optionally # until YYYY-MM-DD: reason, or # reason",
                noColon.getMessage());
    }

    @Test
    void aHostileLineIsShownNeutralisedInTheMessage() {
        InvalidSettingException bad = assertThrows(
                InvalidSettingException.class,
                () -> IgnoreFile.parse(List.of("(\u001b[2J::error::x\u2028"), ".linkcheckignore"));

        assertFalse(bad.getMessage().contains("\u001b"), bad.getMessage());
        assertFalse(bad.getMessage().contains("\u2028"), bad.getMessage());
        assertTrue(bad.getMessage().contains("\\u001b[2J::error::x"), bad.getMessage());
    }

    @Test
    void thePomsEntriesNameTheirPartInMessages() {
        InvalidSettingException pattern =
                assertThrows(InvalidSettingException.class, () -> IgnoreEntry.compile("ignores[2].pattern", "a{2"));
        InvalidSettingException blank =
                assertThrows(InvalidSettingException.class, () -> IgnoreEntry.compile("ignores[1].pattern", " "));
        InvalidSettingException date =
                assertThrows(InvalidSettingException.class, () -> IgnoreEntry.date("ignores[3].until", "tomorrow"));

        assertEquals(
                "ignores[2].pattern = 'a{2' is not valid: expected a Java regular expression (Unclosed counted"
                        + " closure)",
                pattern.getMessage());
        assertEquals(
                "ignores[1].pattern = '' is not valid: expected a Java regular expression that is not empty (an empty one"
                        + " matches every URL)",
                blank.getMessage());
        assertEquals(
                "ignores[3].until = 'tomorrow' is not valid: expected a date written YYYY-MM-DD, such as 2027-01-31",
                date.getMessage());
        assertEquals(Optional.of(LocalDate.of(2027, 1, 31)), IgnoreEntry.date("x", " 2027-01-31 "));
        assertEquals(Optional.empty(), IgnoreEntry.date("x", null));
    }

    @Test
    void theDefaultFileIsTheProjectsThenTheReactorRootsAndNoneWhenNeitherIsThere(@TempDir Path reactor)
            throws Exception {
        Path module = Files.createDirectories(reactor.resolve("mod-a"));

        assertEquals(Optional.empty(), IgnoreFile.locate(null, module, reactor));

        Path atRoot = Files.writeString(reactor.resolve(".linkcheckignore"), "x\n");
        assertEquals(Optional.of(atRoot), IgnoreFile.locate(null, module, reactor));

        Path atModule = Files.writeString(module.resolve(".linkcheckignore"), "y\n");
        assertEquals(Optional.of(atModule), IgnoreFile.locate(null, module, reactor));
    }

    @Test
    void aConfiguredFileThatIsMissingStopsTheBuild(@TempDir Path project) {
        Path missing = project.resolve("known-broken.txt");

        InvalidSettingException bad =
                assertThrows(InvalidSettingException.class, () -> IgnoreFile.locate(missing, project, project));

        assertEquals(
                "ignoreFile = '" + missing + "' is not valid: expected a readable file (leave ignoreFile out to read"
                        + " .linkcheckignore of the project or the reactor root when there is one)",
                bad.getMessage());
    }

    @Test
    void readsTheFileAsUtf8(@TempDir Path project) throws Exception {
        Path file = Files.writeString(project.resolve("ignores.txt"), "caf\u00e9 # d\u00e9j\u00e0 vu\n");

        List<IgnoreEntry> entries = IgnoreFile.read(file, "ignores.txt");

        assertEntry(entries.get(0), "caf\u00e9", "d\u00e9j\u00e0 vu", null, "ignores.txt:1");
    }

    private static void assertEntry(IgnoreEntry entry, String pattern, String reason, String until, String where) {
        assertEquals(pattern, entry.pattern().pattern());
        assertEquals(reason, entry.reason());
        assertEquals(Optional.ofNullable(until).map(LocalDate::parse), entry.until());
        assertEquals(where, entry.definedAt());
    }
}
