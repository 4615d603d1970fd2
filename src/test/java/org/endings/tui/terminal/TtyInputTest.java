package org.endings.tui.terminal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key reader on a named pipe standing in for the terminal: keys are taken as they come, a pause
 * leaves nothing of ours reading (what is typed meanwhile stays for whoever has the terminal), and
 * reading goes on after it.
 */
class TtyInputTest {
    @TempDir
    Path dir;

    private Path fifo() throws Exception {
        Path fifo = dir.resolve("tty");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo is not here");
        return fifo;
    }

    /** Starts reading the pipe and opens its writing end (a pipe's reader waits for a writer: open it from the side). */
    static OutputStream startWithWriter(TtyInput in, Path fifo) throws Exception {
        CompletableFuture<OutputStream> writer = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.newOutputStream(fifo);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        in.start();
        return writer.get(5, TimeUnit.SECONDS);
    }

    private static byte[] take(TtyInput in, int n) throws Exception {
        byte[] got = new byte[n];
        int have = 0;
        while (have < n) {
            assertTrue(in.await(5000), "bytes arrive");
            have += in.read(got, have, n - have);
        }
        return got;
    }

    @Test
    void keysAreTakenAsTheyComeAndAPauseLeavesThePipeToOthers() throws Exception {
        Path fifo = fifo();
        TtyInput in = TtyInput.of(fifo, new ByteArrayInputStream(new byte[0]));
        OutputStream out = startWithWriter(in, fifo);
        // a second reader that never reads, as the shell or the editor would be: a pipe with no reader
        // left refuses writes, a terminal does not
        java.nio.channels.FileChannel other = java.nio.channels.FileChannel.open(fifo, java.nio.file.StandardOpenOption.READ);
        assertEquals(0, in.available(), "nothing typed yet");
        assertFalse(in.await(50), "nothing to take: await waits, then says so");

        out.write("j\u001b[A".getBytes());
        out.flush();
        assertArrayEquals("j\u001b[A".getBytes(), take(in, 4), "a key and an escape sequence, whole");

        in.pause();
        out.write('q');
        out.flush();
        Thread.sleep(100);
        assertEquals(0, in.available(), "paused: a byte typed meanwhile is not read by us");

        in.resume();
        assertArrayEquals(new byte[] {'q'}, take(in, 1), "after the pause the byte left in the pipe is read");

        in.close();
        assertEquals(-1, in.read(), "closed: the end");
        out.close();
        other.close();
    }

    @Test
    void aWakeEndsAWaitWithNothingToTakeAndAnInterruptIsToldOnTheReadingThread() throws Exception {
        Path fifo = fifo();
        TtyInput in = TtyInput.of(fifo, new ByteArrayInputStream(new byte[0]));
        java.util.concurrent.BlockingQueue<String> told = new java.util.concurrent.LinkedBlockingQueue<>();
        in.onInterrupt(() -> told.add(Thread.currentThread().getName()));
        OutputStream out = startWithWriter(in, fifo);

        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return in.await(0);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        Thread.sleep(50);
        assertFalse(waiting.isDone(), "no key: the wait goes on");
        in.wake();
        assertFalse(waiting.get(5, TimeUnit.SECONDS), "woken with nothing to take");
        in.wake();
        assertFalse(in.await(0), "a wake before the wait ends the next wait at once");
        assertFalse(in.await(30), "and only that one");

        out.write('j');
        out.flush();
        assertArrayEquals(new byte[] {'j'}, take(in, 1));
        assertEquals(null, told.poll(100, TimeUnit.MILLISECONDS), "a plain key is no interrupt");
        out.write(new byte[] {'k', 3});
        out.flush();
        assertEquals("endings-tty", told.poll(5, TimeUnit.SECONDS), "Ctrl-C told on the thread that read it, "
                + "while the thread that takes the keys may be busy");
        assertArrayEquals(new byte[] {'k', 3}, take(in, 2), "and still there to be taken as a key");
        out.write(28);
        out.flush();
        assertEquals("endings-tty", told.poll(5, TimeUnit.SECONDS), "Ctrl-\\ too");
        in.close();
        out.close();
    }

    @Test
    void theEndOfInputEndsTheStream() throws Exception {
        Path fifo = fifo();
        TtyInput in = TtyInput.of(fifo, new ByteArrayInputStream(new byte[0]));
        OutputStream out = startWithWriter(in, fifo);
        out.write('x');
        out.close();
        assertTrue(in.await(5000));
        assertFalse(in.ended(), "a byte is still to be taken: not ended, whether or not the end was read");
        assertArrayEquals(new byte[] {'x'}, take(in, 1));
        assertTrue(in.await(5000), "the end is something to take");
        assertTrue(in.ended(), "the end, and nothing left to take");
        assertEquals(-1, in.read());
    }

    @Test
    void idlingWaitsItsTimeUnlessWokenAndReadsNothing() throws Exception {
        Path fifo = fifo();
        TtyInput in = TtyInput.of(fifo, new ByteArrayInputStream(new byte[0]));
        OutputStream out = startWithWriter(in, fifo);
        in.pause();
        long t0 = System.nanoTime();
        in.idle(60);
        assertTrue(System.nanoTime() - t0 >= 50_000_000L, "paused, an idle still waits (await returns at once)");
        assertFalse(in.await(0), "and await says there is nothing, at once");
        CompletableFuture<Long> idled = CompletableFuture.supplyAsync(() -> {
            long s = System.nanoTime();
            try {
                in.idle(5_000);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
            return System.nanoTime() - s;
        });
        Thread.sleep(50);
        in.wake();
        assertTrue(idled.get(5, TimeUnit.SECONDS) < 2_000_000_000L, "a wake ends it early");
        in.close();
        out.close();
    }

    @Test
    void withoutTheDeviceItAsksTheStreamItWasGiven() throws Exception {
        TtyInput in = TtyInput.of(dir.resolve("no-such-tty"), new ByteArrayInputStream("ab".getBytes()));
        in.start();
        assertTrue(in.await(0));
        assertEquals(2, in.available());
        assertEquals('a', in.read());
    }

    @Test
    void whatTheReadingThreadTakesItselfWakesNobody_andCtrlCIsNeverItsToTake() throws Exception {
        Path fifo = fifo();
        TtyInput in = TtyInput.of(fifo, new ByteArrayInputStream(new byte[0]));
        java.util.List<String> taken = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.atomic.AtomicBoolean takes = new java.util.concurrent.atomic.AtomicBoolean(true);
        in.onBytes(() -> {
            if (!takes.get()) {
                return false;
            }
            try {
                byte[] got = new byte[in.available()];
                in.read(got, 0, got.length);
                taken.add(new String(got) + "@" + Thread.currentThread().getName());
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
            return true;
        });
        OutputStream out = startWithWriter(in, fifo);
        java.nio.channels.FileChannel other = java.nio.channels.FileChannel.open(fifo, java.nio.file.StandardOpenOption.READ);

        out.write('j');
        out.flush();
        assertFalse(in.await(300), "taken on the reading thread: nobody waiting is woken, nothing is left");
        assertEquals(java.util.List.of("j@endings-tty"), taken);

        takes.set(false);
        out.write('k');
        out.flush();
        assertArrayEquals("k".getBytes(), take(in, 1), "not taken there: the waiting thread is woken for it");

        takes.set(true);
        out.write(3);   // Ctrl-C
        out.flush();
        assertArrayEquals(new byte[] {3}, take(in, 1), "Ctrl-C always goes to the waiting thread");
        assertEquals(1, taken.size(), "the reading thread was not asked to take it");
        in.close();
        other.close();
    }
}
