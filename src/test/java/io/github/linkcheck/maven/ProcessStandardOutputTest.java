package io.github.linkcheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

class ProcessStandardOutputTest {

    private static final String EOL = System.lineSeparator();

    /** The file descriptor, as the bytes written to it, each write on its own. */
    private final List<String> writes = new ArrayList<>();

    private final OutputStream descriptor = new OutputStream() {
        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            writes.add(new String(bytes, offset, length, StandardCharsets.UTF_8));
        }
    };

    @Test
    void aLineGoesToTheDescriptorNotThroughMaven4sWrappedSystemOut() {
        ByteArrayOutputStream wrapped = new ByteArrayOutputStream();
        // Maven 4's System.out: each line logged with a prefix.
        PrintStream maven4SystemOut = new PrintStream(
                new OutputStream() {
                    @Override
                    public void write(int b) {
                        if (wrapped.size() == 0
                                || wrapped.toString(StandardCharsets.UTF_8).endsWith("\n")) {
                            wrapped.writeBytes("[INFO] [stdout] ".getBytes(StandardCharsets.UTF_8));
                        }
                        wrapped.write(b);
                    }
                },
                true,
                StandardCharsets.UTF_8);

        new ProcessStandardOutput(new PrintStream(descriptor), () -> maven4SystemOut).accept("::error::gone €");

        assertEquals(List.of("::error::gone €" + EOL), writes);
        assertEquals("", wrapped.toString(StandardCharsets.UTF_8));
    }

    @Test
    void whatMavenLoggedBeforeComesOutBeforeTheLine() {
        // Maven 3's System.out writes to the same descriptor through a buffer.
        PrintStream maven3SystemOut =
                new PrintStream(new BufferedOutputStream(descriptor), false, StandardCharsets.UTF_8);
        maven3SystemOut.print("[INFO] linkcheck: README.md: 1 problem" + EOL);

        new ProcessStandardOutput(new PrintStream(descriptor), () -> maven3SystemOut).accept("::error::gone");

        assertEquals(List.of("[INFO] linkcheck: README.md: 1 problem" + EOL, "::error::gone" + EOL), writes);
    }
}
