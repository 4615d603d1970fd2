package org.endings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17, finding 8: a closed standard input is not read as the JDK's own files. */
class MainTest {
    @TempDir
    Path tmp;

    @Test
    void descriptorZeroOnTheJdksModuleImageMeansStandardInputWasClosed() throws IOException {
        Path modules = Path.of(System.getProperty("java.home"), "lib", "modules").toRealPath();
        Path fd = Files.createSymbolicLink(tmp.resolve("0"), modules);
        assertTrue(Main.descriptorZeroIsTheJvms(fd));
    }

    @Test
    void descriptorZeroOnAFileAPipeOrATerminalIsOrdinaryInput() throws IOException {
        Path file = Files.writeString(tmp.resolve("commands.txt"), "q\n");
        assertFalse(Main.descriptorZeroIsTheJvms(Files.createSymbolicLink(tmp.resolve("0"), file)));
        assertFalse(Main.descriptorZeroIsTheJvms(Files.createSymbolicLink(tmp.resolve("1"), Path.of("pipe:[1234]"))));
        assertFalse(Main.descriptorZeroIsTheJvms(Files.createSymbolicLink(tmp.resolve("2"), Path.of("/dev/pts/3"))));
        assertFalse(Main.descriptorZeroIsTheJvms(tmp.resolve("none")));
    }

    @Test
    void readingAClosedStandardInputIsAnErrorNotTheModuleImage() {
        // the real check runs on /proc/self/fd/0; here the stream is told it is closed
        Main.Stdin in = new Main.Stdin(new ByteArrayInputStream(new byte[] {1, 2, 3}), true);
        IOException e = assertThrows(IOException.class, () -> in.read(new byte[3], 0, 3));
        assertEquals("standard input is closed", e.getMessage());
    }
}
