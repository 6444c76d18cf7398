package io.github.linkcheck.maven;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Writes whole lines to the process's own standard output, where GitHub's runner reads workflow commands at the
 * start of a line. {@code System.out} will not do: Maven 4 replaces it with a stream that logs each line as
 * {@code [INFO] [stdout] ...}, which hides the command. Maven writes its log to the same file descriptor through
 * its own buffered stream, so that stream is flushed first: the lines come out after the log lines printed
 * before them. Each line goes out with its line break in one write call, so that under {@code -T} another
 * thread's log line comes before or after it rather than inside it. Like {@code System.out}, the stream keeps a
 * failure to itself: there is nowhere left to report it.
 */
final class ProcessStandardOutput implements Consumer<String> {

    private final PrintStream standardOutput;
    private final Supplier<PrintStream> mavenOutput;

    /**
     * @param standardOutput the process's standard output
     * @param mavenOutput what {@code System.out} is when a line is written: Maven's stream, flushed first
     */
    ProcessStandardOutput(PrintStream standardOutput, Supplier<PrintStream> mavenOutput) {
        this.standardOutput = standardOutput;
        this.mavenOutput = mavenOutput;
    }

    /** The process's standard output, whatever {@code System.out} has been replaced with. */
    static ProcessStandardOutput open() {
        return new ProcessStandardOutput(
                new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8),
                () -> System.out);
    }

    @Override
    public void accept(String line) {
        mavenOutput.get().flush();
        byte[] bytes = (line + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
        standardOutput.write(bytes, 0, bytes.length);
        standardOutput.flush();
    }
}
