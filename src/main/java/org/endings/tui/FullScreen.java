package org.endings.tui;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.TerminalResizeListener;

import org.endings.core.Navigator;
import org.endings.core.Notebook;
import org.endings.edge.Editor;
import org.endings.edge.Keeping;
import org.endings.terminal.Sanitizer;
import org.endings.terminal.Signals;
import org.endings.terminal.Wrap;
import org.endings.tui.terminal.Colours;
import org.endings.tui.terminal.Display;
import org.endings.tui.terminal.TerminalOutput;
import org.endings.tui.terminal.TtyInput;
import org.endings.tui.terminal.TtyTerminal;

/**
 * The full-screen explorer on the real terminal: sets it up, runs the keys, and always gives the
 * terminal back as it was found — after q, Ctrl-C (also while busy), SIGTERM, SIGHUP and an
 * uncaught exception — then leaves one plain line saying where the reader was. Ctrl-Z gives the
 * terminal back too, and fg takes it again and redraws.
 */
public final class FullScreen {
    /** Test hook: a pause before each key is handled, in milliseconds, to show Ctrl-C works while busy. */
    static final String STEP_DELAY_PROPERTY = "endings.tui.stepDelayMillis";
    /** Test hook: a key that throws, to show an uncaught exception gives the terminal back. */
    static final String CRASH_KEY_PROPERTY = "endings.tui.crashOnKey";
    /** How long a Ctrl-C waits for a busy explorer before it gives the terminal back itself. */
    private static final long INTERRUPT_GRACE_MILLIS = 300;
    /** How long the first frame of a staged pair stays: long enough for a screen reader to take it as an update of its own. */
    private static final long STAGE_MILLIS = 60;
    /** How often the explorer looks whether the shell has given the terminal back, after bg then fg. */
    private static final long PAUSED_MILLIS = 50;

    private static final Object RESIZED = new Object();
    private static final Object RESUMED = new Object();
    /** A key taken on the reading thread drew the first frame of a staged pair: the second is the loop's. */
    private static final Object STAGED = new Object();
    /** A key taken on the reading thread ended the explorer. */
    private static final Object ENDED = new Object();

    private record Failure(Throwable cause) {}

    private final TtyTerminal terminal;
    /** The keys, read as they come: nothing polls while the reader reads. */
    private final TtyInput input;
    private final Display screen;
    private final TerminalOutput out;
    private final OutputStream rawOut;
    private final Charset charset;
    private final ExplorerApp app;
    private final Navigator navigator;
    /** A key has come from the reader: the rehearsal stops. */
    private volatile boolean keyed;
    /** The explorer's thread waits for keys with nothing else to do: the reading thread may take one itself. */
    private volatile boolean waitingForKeys;
    /**
     * The reading thread may take keys itself ({@link #takeHere}): on a model small enough that no
     * key comes near {@link #INTERRUPT_GRACE_MILLIS} (the slowest on the bundled model, the first
     * search, takes 7-14 ms), until one takes more than {@link #SLOW_TAKE_NANOS}. While that thread
     * draws a frame nobody reads the terminal, so a Ctrl-C waits for the frame; on the explorer's
     * thread a Ctrl-C while busy gives the terminal back at once.
     */
    private volatile boolean takeKeysHere;
    private static final long SLOW_TAKE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    private final ReentrantLock frameLock = new ReentrantLock();
    /**
     * One decoder, one key at a time: held to take keys from the terminal, by the explorer's thread
     * and by the reading thread ({@link #takeHere}), which holds it until its key's frame is drawn.
     * Not {@link #frameLock}: the decoder may wait inside a read for the rest of a character, and
     * Ctrl-Z must not wait for that.
     */
    private final ReentrantLock decoderLock = new ReentrantLock();
    private final AtomicBoolean restored = new AtomicBoolean();
    /** The terminal's taking, whose shutdown hook gives the terminal back through {@link #restore}. */
    private final Prepared prepared;
    private final TuiOptions options;
    /** Given back for Ctrl-Z and not yet taken again (guarded by frameLock). */
    private volatile boolean suspended;
    /** SIGCONT reaches {@link #resume}: after a Ctrl-Z, only it takes the terminal back. */
    private volatile boolean continueHeard;
    /** Continued in the background after a Ctrl-Z (bg): the explorer's thread takes the terminal back at fg. */
    private volatile boolean awaitingForeground;
    /** The reader's editor has the terminal: no keys are read. */
    private volatile boolean editing;
    /** Where the reader's notebook is kept (the saver's thread). */
    private final Consumer<Notebook> save;
    /**
     * The notebook a key changed, handed to {@link #save} once that key's frame is on the screen:
     * the saver's thread would otherwise take the second core while the frame is drawn and the
     * terminal takes it in. Set by the thread that answered the key; taken by it, or by whoever gives the
     * terminal back first (a Ctrl-C while busy, a signal), so that an ending never drops it.
     */
    private final AtomicReference<Notebook> unsaved = new AtomicReference<>();
    /** Reads that brought Ctrl-C or Ctrl-\ (the reading thread counts them) and such keys the explorer has taken. */
    private final AtomicLong interruptsHeard = new AtomicLong();
    private volatile long interruptsTaken;
    /** Serialises {@link #restore}: a second caller waits until the terminal is back, then does nothing. */
    private final Object restoring = new Object();

    /** The terminal taken (keys raw, not echoed), its output and a display of its size: all a first frame needs. */
    private static final class Parts {
        final OutputStream rawOut;
        final TerminalOutput out;
        final TtyTerminal terminal;
        final TtyInput input;

        Parts(TuiOptions options) throws IOException {
            rawOut = new FileOutputStream(FileDescriptor.out);
            out = new TerminalOutput(rawOut);
            input = TtyInput.of(System.in);
            terminal = TtyTerminal.open(input, out, options.ascii() ? StandardCharsets.US_ASCII : StandardCharsets.UTF_8);
            // Lanterna's colours, here unless the main thread came first (see Colours).
            Colours.ready();
        }
    }

    /**
     * The terminal being taken on a thread of its own, so that it happens while the model loads: an
     * stty process, Lanterna's classes and colours, ~40 ms of the explorer's start that the main
     * thread, reading the model meanwhile, no longer waits for.
     *
     * <p>A big model is read before the terminal is taken, so that Ctrl-C stops the program while it
     * loads ({@link FullScreen#prepareLater}): the thread then makes ready what needs no terminal
     * (Lanterna's colours and cells, the key map) while the model loads, and takes the terminal once
     * {@link #take()} says the model is valid, while its indexes are still being built.
     *
     * <p>It also gives the terminal back whenever the program ends: its shutdown hook is added before
     * the terminal is touched, so a signal at any moment of the start (SIGTERM, SIGHUP, SIGINT, a
     * Ctrl-C before it is a key) finds it. Taking, giving back and handing over to the session hold
     * one lock: the hook waits for a take in flight and then undoes it, and nothing is taken once the
     * hook has run (the main thread goes on while hooks run).
     */
    public static final class Prepared {
        private final FutureTask<Parts> parts;
        /** The key map, when {@link #ready} made it. */
        private volatile KeyMap keys;
        /** Opened by {@link #take} (at once unless the take waits for the model), or by an end. */
        private final CountDownLatch go = new CountDownLatch(1);
        private final ReentrantLock lock = new ReentrantLock();
        private final Thread hook;
        // Guarded by lock.
        /** The program is ending, or the explorer will not start: take nothing more. */
        private boolean closed;
        /** The terminal taken and not yet given back, until the session has it. */
        private Parts taken;
        /** The session running on the terminal, which gives it back itself. */
        private FullScreen session;

        private Prepared(TuiOptions options, boolean later) {
            if (!later) {
                go.countDown();
            }
            parts = new FutureTask<>(new Callable<Parts>() {
                @Override
                public Parts call() throws IOException {
                    if (later) {
                        ready();
                    }
                    awaitGo();
                    return take(options);
                }
            });
            hook = new Thread("endings-restore") {
                @Override
                public void run() {
                    restoreOnExit();
                }
            };
            try {
                Runtime.getRuntime().addShutdownHook(hook);
            } catch (IllegalStateException alreadyEnding) {
                closed = true;
            }
            Thread thread = new Thread(parts, "endings-terminal");
            thread.setDaemon(true);
            thread.start();
        }

        /**
         * What the first frame needs that touches no terminal, made while a big model loads: Lanterna's
         * colours (String.format's first call) and the key map, kept for the session.
         */
        private void ready() {
            Colours.ready();
            keys = KeyMap.standard();
        }

        /** The key map made ready, or a new one. */
        private KeyMap keys() {
            KeyMap made = keys;
            return made != null ? made : KeyMap.standard();
        }

        /** Waits until the terminal may be taken; {@link #take(TuiOptions)} then says whether the program is ending. */
        private void awaitGo() throws IOException {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted before taking the terminal");
            }
        }

        /** For a take that waits: the model is valid and the explorer will start, so the terminal is taken now. */
        public void take() {
            go.countDown();
        }

        private Parts take(TuiOptions options) throws IOException {
            lock.lock();
            try {
                if (closed) {
                    throw new IOException("the program is ending");
                }
                Parts p = new Parts(options);
                p.terminal.dropLanternaShutdownHook();
                taken = p;
                return p;
            } finally {
                lock.unlock();
            }
        }

        /** The shutdown hook: gives the terminal back, whoever has it, once a take in flight is over. */
        private void restoreOnExit() {
            // stty ends in milliseconds; one stopped in the background must not keep the program from ending
            boolean locked = lockWithin(lock, 2000);
            try {
                closed = true;
                go.countDown();   // a take still waiting finds the program ending, and takes nothing
                if (session != null) {
                    session.restore(true);
                } else {
                    closeTaken();
                }
            } finally {
                if (locked) {
                    lock.unlock();
                }
            }
        }

        private void closeTaken() {
            Parts p = taken;
            taken = null;
            if (p != null) {
                p.input.close();
                try {
                    p.terminal.close();
                } catch (IOException | RuntimeException e) {
                    // Lanterna removes its hook last, which fails during shutdown; the settings are back by then
                }
            }
        }

        /** Hands the terminal to the session; false when the program is ending and it was given back already. */
        private boolean handOver(FullScreen s) {
            lock.lock();
            try {
                if (closed) {
                    return false;
                }
                session = s;
                taken = null;
                return true;
            } finally {
                lock.unlock();
            }
        }

        /** Whether the JVM is ending (a signal came): then the start's failure is not the reader's to hear of. */
        private static boolean ending() {
            Thread probe = new Thread("endings-probe");
            try {
                Runtime.getRuntime().addShutdownHook(probe);
                Runtime.getRuntime().removeShutdownHook(probe);
                return false;
            } catch (IllegalStateException shuttingDown) {
                return true;
            }
        }

        /**
         * Whether a signal is ending the program, given a moment to show it. A Ctrl-C while the
         * terminal is being taken reaches the stty the set-up runs (it is in the program's job) as it
         * reaches the JVM: the child's death can fail the set-up before the JVM's handler, on a thread
         * of its own, has begun to shut down, and the program would report the terminal unusable and
         * exit 70 instead of 130. Only a set-up that failed waits, 0.3 s at most.
         */
        private static boolean endingSoon() {
            long deadline = System.nanoTime() + 300_000_000L;
            while (!ending()) {
                if (System.nanoTime() - deadline >= 0) {
                    return false;
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return ending();
                }
            }
            return true;
        }

        /** The session gave the terminal back and the program ends normally: the hook has nothing left to do. */
        private void done() {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run
            }
        }

        private Parts get() throws IOException {
            try {
                return parts.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while taking the terminal");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                throw new IOException(cause);
            }
        }

        /** Gives the terminal back untouched, for when the explorer will not start after all (a broken model). */
        public void abandon() {
            lock.lock();
            try {
                closed = true;   // a take still waiting takes nothing
            } finally {
                lock.unlock();
            }
            go.countDown();
            try {
                get();
            } catch (IOException | RuntimeException e) {
                // it was never taken
            }
            lock.lock();
            try {
                closed = true;
                closeTaken();
            } finally {
                lock.unlock();
            }
            done();
        }
    }

    private FullScreen(Navigator explorer, TuiOptions options, KeyMap keys, Parts parts, Prepared prepared,
                       Keeping keeping) throws IOException {
        this.options = options;
        this.prepared = prepared;
        charset = options.ascii() ? StandardCharsets.US_ASCII : StandardCharsets.UTF_8;
        rawOut = parts.rawOut;
        out = parts.out;
        terminal = parts.terminal;
        input = parts.input;
        navigator = explorer;
        try {
            screen = new Display(terminal, options.links());
            app = new ExplorerApp(explorer, screen, options, keys);
            Editor editor = keeping.editor();
            save = keeping.save();
            app.keep(keeping.start(), new Consumer<Notebook>() {
                @Override
                public void accept(Notebook notebook) {
                    unsaved.set(notebook);
                }
            }, editor == null ? null : new ExplorerApp.NoteEditor() {
                @Override
                public String edit(String text) throws Exception {
                    return editNote(editor, text);
                }
            });
        } catch (IOException | RuntimeException e) {
            prepared.abandon();   // the terminal is in raw mode from here on: give it back
            throw e;
        }
    }

    /** Starts taking the terminal for {@link #run(Navigator, TuiOptions, Prepared)} while the caller goes on. */
    public static Prepared prepare(TuiOptions options) {
        return new Prepared(options, false);
    }

    /**
     * Starts making ready what the explorer needs that does not touch the terminal, while the caller
     * reads a big model; the terminal itself is taken at {@link Prepared#take()}, or never when the
     * explorer will not start ({@link Prepared#abandon()}).
     */
    public static Prepared prepareLater(TuiOptions options) {
        return new Prepared(options, true);
    }

    /** {@link #run(Navigator, TuiOptions, Prepared, Keeping)} with the terminal taken now, keeping nothing. */
    public static int run(Navigator explorer, TuiOptions options) {
        return run(explorer, options, prepare(options), Keeping.nothing(explorer.start()));
    }

    /**
     * Runs the explorer until the reader quits; returns the exit code: 0 after q, 130 after
     * Ctrl-C, 70 after an internal error (reported on stderr once the terminal is back).
     */
    public static int run(Navigator explorer, TuiOptions options, Prepared prepared, Keeping keeping) {
        System.out.flush();
        FullScreen session;
        boolean handedOver;
        try {
            // While the terminal may still be being taken, what the first frame needs that it does not:
            // the key map, the first page (once, for its classes) and Lanterna's colours.
            KeyMap keys = prepared.keys();
            explorer.presenter().page(explorer.start());
            Colours.ready();
            session = new FullScreen(explorer, options, keys, prepared.get(), prepared, keeping);
            handedOver = prepared.handOver(session);
        } catch (IOException | RuntimeException e) {
            if (Prepared.endingSoon()) {
                return 130;   // a signal ends the program: the exit code is the JVM's, the terminal is back
            }
            System.err.println(Sanitizer.cleanLine("endings: cannot use this terminal full screen: " + e.getMessage()));
            return 70;
        }
        return handedOver ? session.loop() : 130;
    }

    private int loop() {
        Throwable failure = null;
        try {
            if (!startScreen()) {
                return 130;   // a signal gave the terminal back before the first frame; the JVM is ending
            }
            // Classes rather than lambdas, here and above: the start-up archive holds a class, while a
            // lambda is spun at its first call, a millisecond each before the first frame.
            terminal.addResizeListener(new TerminalResizeListener() {
                @Override
                public void onResized(Terminal t, TerminalSize size) {
                    post(RESIZED);
                }
            });
            Signals.on("TSTP", new Runnable() {
                @Override
                public void run() {
                    suspend();
                }
            });
            continueHeard = Signals.on("CONT", new Runnable() {
                @Override
                public void run() {
                    resume();
                }
            });
            input.onInterrupt(new Runnable() {
                @Override
                public void run() {
                    interruptWhenBusy();
                }
            });
            long delay = Long.getLong(STEP_DELAY_PROPERTY, 0L);
            String crash = System.getProperty(CRASH_KEY_PROPERTY, "");
            takeKeysHere = navigator.searchIndexIsSmall();
            if (delay == 0 && crash.isEmpty()) {
                input.onBytes(new TtyInput.Taker() {
                    @Override
                    public boolean take() {
                        return takeHere();
                    }
                });
            }
            input.start();
            frame(true);
            rehearse();
            Object next = null;
            while (true) {
                Object event = next != null ? next : nextEvent(0);
                next = null;
                boolean settled = true;
                if (event instanceof KeyStroke key) {
                    if (delay > 0 && !isCtrlC(key)) {
                        Thread.sleep(delay);
                    }
                    if (!crash.isEmpty() && key.getCharacter() != null && key.getCharacter() == crash.charAt(0)) {
                        throw new IllegalStateException("a crash, as " + CRASH_KEY_PROPERTY + " asked");
                    }
                    if (!app.handle(key)) {
                        break;
                    }
                    settled = frame(false);
                    handOver();
                } else if (event == STAGED) {
                    settled = false;
                } else if (event == ENDED) {
                    break;
                } else if (event == RESIZED || event == RESUMED) {
                    frame(true);
                } else if (event instanceof Failure f) {
                    throw f.cause();
                }
                if (!settled) {
                    // The second half of a staged frame, unless the next key is already here.
                    next = nextEvent(STAGE_MILLIS);
                    if (next == null) {
                        frame(false);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            failure = t;
        } finally {
            restore(true);   // hands the last notebook over first
            prepared.done();
        }
        if (failure != null) {
            System.err.println(Sanitizer.cleanLine("endings: something went wrong inside the explorer: " + failure
                    + (options.debug() ? "" : ". Run again with --debug to see where.")));
            // Where, for a bug report, under --debug only; messages sanitised, as they may quote the model.
            for (Throwable t = options.debug() ? failure : null; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t != failure) {
                    System.err.println(Sanitizer.cleanLine("caused by: " + t));
                }
                for (StackTraceElement e : t.getStackTrace()) {
                    System.err.println("\tat " + e);
                }
            }
            return 70;
        }
        return app.ending() == ExplorerApp.Ending.INTERRUPTED ? 130 : 0;
    }

    /** Hands the notebook the last key changed to the saver, now that its frame is drawn. */
    private void handOver() {
        Notebook notebook = unsaved.getAndSet(null);
        if (notebook != null) {
            try {
                save.accept(notebook);
            } catch (RuntimeException e) {
                // the saver is closed (the program is ending): what it saved last stays
            }
        }
    }

    /** Starts the {@link Rehearsal} of the keys, off screen, once the first frame is on it; it stops at the first key. */
    private void rehearse() {
        Thread rehearsal = new Thread(new Rehearsal(navigator, options, app.keys(), screen.size(), new Rehearsal.Stop() {
            @Override
            public boolean now() {
                return keyed || restored.get() || suspended || !events.isEmpty() || waiting();
            }
        }), "endings-rehearsal");
        rehearsal.setDaemon(true);
        rehearsal.setPriority(Thread.MIN_PRIORITY);
        rehearsal.start();
    }

    /** Enters the alternate screen, unless the terminal was given back already (a signal); false then. */
    private boolean startScreen() throws IOException {
        frameLock.lock();
        try {
            if (restored.get()) {
                return false;
            }
            screen.start();
            return true;
        } finally {
            frameLock.unlock();
        }
    }

    /** Draws a frame; false when it is the first of a staged pair (see {@link ExplorerApp#draw}). */
    private boolean frame(boolean complete) {
        frameLock.lock();
        try {
            return restored.get() || suspended || app.draw(complete);
        } finally {
            frameLock.unlock();
        }
    }

    /**
     * The next thing for the explorer to do, on its own thread: a resize, a resume, a failure
     * elsewhere, or the next key, decoded here from the bytes {@link TtyInput}'s thread read, so
     * that a key goes from the terminal to the frame through one hand-over between threads, not
     * two; null when {@code millis} (0: no limit) went by first. While the reader's editor or the
     * shell has the terminal (Ctrl-Z) no key is decoded; keys read before wait for the explorer.
     */
    private Object nextEvent(long millis) throws InterruptedException, IOException {
        long deadline = millis == 0 ? Long.MAX_VALUE : System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (true) {
            Object event = events.poll();
            if (event != null) {
                return event;
            }
            if (restored.get()) {
                return events.take();   // given back from another thread: only a failure or nothing comes now
            }
            long left = deadline == Long.MAX_VALUE ? 0 : TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (deadline != Long.MAX_VALUE && left <= 0) {
                return null;
            }
            if (editing || suspended) {
                input.idle(left == 0 ? PAUSED_MILLIS : Math.min(left, PAUSED_MILLIS));
                if (awaitingForeground && !editing && Signals.foreground()) {
                    // continued in the background (bg), then brought to the front (fg), which sends no
                    // SIGCONT to a job already running: take the terminal back from here
                    resume();
                }
                continue;
            }
            KeyStroke key;
            decoderLock.lock();   // (the reading thread may be taking a key itself)
            try {
                // A key the reading thread handed on came before any byte read after it.
                Object handed = events.poll();
                if (handed != null) {
                    return handed;
                }
                key = terminal.pollInput();
            } finally {
                decoderLock.unlock();
            }
            if (key != null) {
                keyed = true;
                if (isCtrlC(key)) {
                    interruptsTaken++;   // only this thread writes it
                }
                return key;
            }
            if (input.ended()) {
                // the terminal is gone (a hang-up the program outlived): Lanterna's decoder, which only
                // reads what is ready, never says so itself
                return new KeyStroke(KeyType.EOF);
            }
            waitingForKeys = left == 0;
            try {
                input.await(left);
            } finally {
                waitingForKeys = false;
            }
        }
    }

    /** Whether the reading thread may take a key now: the explorer's thread waits, with nothing else to do. */
    private boolean mayTakeHere() {
        return takeKeysHere && waitingForKeys && !editing && !suspended && !restored.get() && events.isEmpty();
    }

    /**
     * A key typed alone, answered on the thread that read it, while the explorer's own thread waits
     * with nothing else to do: its frame then needs no other thread woken (a paused core, on this
     * machine ~0.06 ms p50 of every key). Only a key that moves through the pages
     * ({@link ExplorerApp#quick}); any other is handed to the explorer's thread as it was read, and
     * everything else (a sequence, Ctrl-C, a key while a prompt, the editor or a stop is under way)
     * is left to it. Runs on the reading thread; true when the key was taken or handed on.
     */
    private boolean takeHere() {
        if (!mayTakeHere() || !frameLock.tryLock()) {
            return false;
        }
        try {
            if (!decoderLock.tryLock()) {
                return false;
            }
            try {
                if (!mayTakeHere()) {   // again, now that the explorer's thread cannot start on a key
                    return false;
                }
                KeyStroke key = terminal.pollLone();
                if (key == null) {
                    return false;
                }
                keyed = true;
                long start = System.nanoTime();
                if (!app.handleIfQuick(key)) {
                    post(key);
                    return true;
                }
                if (app.ending() != ExplorerApp.Ending.RUNNING) {
                    post(ENDED);
                    return true;
                }
                boolean settled = frame(false);
                handOver();
                if (!settled) {
                    post(STAGED);
                }
                if (System.nanoTime() - start > SLOW_TAKE_NANOS) {
                    takeKeysHere = false;   // a key this slow leaves a Ctrl-C unread: the explorer's thread takes them from now on
                }
                return true;
            } finally {
                decoderLock.unlock();
            }
        } catch (Throwable t) {   // the explorer's thread reports it and ends, as for its own keys
            post(new Failure(t));
            return true;
        } finally {
            frameLock.unlock();
        }
    }

    /** Something other than a key for the explorer's thread, which may be waiting for keys. */
    private void post(Object event) {
        events.offer(event);
        input.wake();
    }

    /** Keys have come that the explorer has not taken yet. */
    private boolean waiting() {
        try {
            return input.available() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A Ctrl-C the explorer does not take up at once (it is busy) gives the terminal back from
     * here and ends the program: the reader asked to stop now. Runs on the thread that read it.
     */
    private void interruptWhenBusy() {
        long heard = interruptsHeard.incrementAndGet();
        try {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(INTERRUPT_GRACE_MILLIS);
            while (System.nanoTime() < deadline) {
                if (restored.get() || interruptsTaken >= heard) {
                    return;   // the explorer took it as a key: it quits by itself
                }
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            return;   // the terminal is being handed over (Ctrl-Z, the editor) or given back
        }
        if (!restored.get() && interruptsTaken < heard) {
            restore(true);
            // The one exit outside Main: the explorer's thread is busy and cannot return the code in time.
            System.exit(130);
        }
    }

    /** Ctrl-C, or Ctrl-\ (which the terminal would otherwise turn into SIGQUIT): quit at once. */
    private static boolean isCtrlC(KeyStroke key) {
        return key.getKeyType() == KeyType.Character && key.isCtrlDown() && key.getCharacter() != null
                && (Character.toLowerCase(key.getCharacter()) == 'c' || key.getCharacter() == '\\');
    }

    /**
     * Hands the terminal to the reader's editor for their note, as git does: the normal screen and
     * the saved settings, no keys read meanwhile, Ctrl-C and Ctrl-\ the editor's; then takes it back
     * and the next frame is drawn whole.
     */
    private String editNote(Editor editor, String text) throws Exception {
        frameLock.lock();
        try {
            editing = true;
            suspended = true;
            input.pause();
            screen.stop();
            terminal.suspend();
            out.flush();
        } catch (IOException | RuntimeException e) {
            takeBack();
            throw e;
        } finally {
            frameLock.unlock();
        }
        try {
            return Signals.ignoring(() -> editor.edit(text), "INT", "QUIT");
        } finally {
            frameLock.lock();
            try {
                takeBack();
            } finally {
                frameLock.unlock();
            }
        }
    }

    /** After the editor: the terminal taken again, and keys and frames going on whatever happened. */
    private void takeBack() {
        try {
            if (!restored.get()) {
                terminal.resume();
                input.resume();
                terminal.getTerminalSize();
                screen.start();
            }
        } catch (IOException | RuntimeException e) {
            post(new Failure(e));
        } finally {
            suspended = false;
            editing = false;
        }
    }

    /** Ctrl-Z: give the terminal back, stop, and on fg take it again and redraw. */
    private void suspend() {
        if (editing) {
            return;   // the reader's editor has the terminal; its own Ctrl-Z is between it and the shell
        }
        frameLock.lock();
        try {
            if (restored.get() || editing) {
                return;   // editing: the editor took the terminal while this waited for the lock
            }
            suspended = true;
            input.pause();   // nothing of ours may be reading the terminal in the background (SIGTTIN)
            screen.stop();
            terminal.suspend();
            out.flush();
        } catch (IOException | RuntimeException e) {
            // carry on stopping: the terminal is as restored as it can be
        } finally {
            frameLock.unlock();
        }
        boolean stopSent = false;
        try {
            stopSent = new ProcessBuilder("kill", "-STOP", String.valueOf(ProcessHandle.current().pid()))
                    .inheritIO().start().waitFor() == 0;
        } catch (IOException e) {
            // no kill(1): keep running rather than stop with the terminal given back
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // The stop may land a few milliseconds after kill(1) has ended (on a busy machine, measured:
        // 3 ms), so returning from it does not mean the program was stopped and continued: taking the
        // terminal now could be cut short by the stop, and the stty left half-done would stop the
        // whole program again in the background after kill %1. The SIGCONT handler takes it back.
        if (!stopSent || !continueHeard) {
            resume();
        }
    }

    /**
     * Continued (SIGCONT, and the end of a Ctrl-Z): after fg, takes the terminal again and redraws.
     * Continued in the background (bg, or the kill %1 that sends SIGTERM too) the terminal is the
     * shell's: touching it would stop the program again (SIGTTOU), so it waits for fg.
     */
    private void resume() {
        if (editing) {
            return;   // fg after the editor's own Ctrl-Z: the editor takes its terminal back itself
        }
        frameLock.lock();
        try {
            if (restored.get()) {
                return;
            }
            if (suspended && !Signals.foreground()) {
                awaitingForeground = true;
                return;
            }
            awaitingForeground = false;
            if (suspended) {
                terminal.resume();
                input.resume();
                // A resize while stopped went to the shell, not to us: ask now (the listeners hear of a change).
                terminal.getTerminalSize();
                screen.start();
                suspended = false;
            }
        } catch (IOException | RuntimeException e) {
            post(new Failure(e));
        } finally {
            frameLock.unlock();
        }
        post(RESUMED);
    }

    /**
     * Gives the terminal back, once, whoever asks first (the loop, the shutdown hook, a Ctrl-C
     * while busy): the normal screen and a visible cursor, the saved terminal settings, then the
     * line saying where the reader was.
     */
    private void restore(boolean sayWhere) {
        synchronized (restoring) {
            if (!restored.compareAndSet(false, true)) {
                return;
            }
            handOver();   // the last key's notebook, if its frame was still being drawn
            input.close();   // the shell's keys from now on: nothing of ours reads the terminal
            boolean locked = lockWithin(frameLock, 500);
            try {
                // In the background (a stopped job killed) the terminal was given back at Ctrl-Z and is
                // the shell's now; writing to it could stop the program (SIGTTOU) before it ends.
                if (Signals.foreground()) {
                    giveBack(sayWhere);
                }
                out.mute();
            } finally {
                if (locked) {
                    frameLock.unlock();
                }
            }
        }
    }

    private void giveBack(boolean sayWhere) {
        try {
            // A blank screen first, for terminals without an alternate screen: the line saying
            // where the reader was must not land in the middle of the last frame.
            terminal.resetColorAndSGR();
            terminal.clearScreen();
            terminal.setCursorPosition(0, 0);
            screen.stop();
        } catch (IOException | RuntimeException e) {
            // the terminal may be gone (SIGHUP)
        }
        try {
            terminal.close();
        } catch (IOException | RuntimeException e) {
            // Lanterna removes its hook last, which fails during shutdown; the settings are back by then
        }
        try {
            out.flush();
        } catch (IOException e) {
            // nothing to write to
        }
        out.mute();
        if (sayWhere) {
            sayWhere();
        }
    }

    /** Takes the lock if it comes free within the time; false when it does not or the wait is interrupted. */
    private static boolean lockWithin(ReentrantLock lock, long millis) {
        try {
            return lock.tryLock(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The line saying where the reader was, wrapped between words (the terminal would break a word
     * at its edge: "Quo / te 1 of 8") one column short of the width, each row ended by CR LF. A row
     * as wide as the terminal would leave the cursor in the last column, waiting to wrap, where some
     * terminals wrap at once (a blank row) and where a bare LF (output processing off, stty -onlcr)
     * would put the shell's next line; CR first starts every row at the left whatever the settings.
     */
    static String quitLines(String line, int columns) {
        return String.join("\r\n", Wrap.lines(line, Math.max(1, columns - 1))) + "\r\n";
    }

    private void sayWhere() {
        String line = Sanitizer.cleanLine(app.whereAmI());
        if (charset != StandardCharsets.UTF_8) {
            StringBuilder plain = new StringBuilder();
            line.codePoints().forEach(cp -> plain.append(
                    cp < 0x80 ? (char) cp : Glyphs.Transliteration.of(new String(Character.toChars(cp)))));
            line = plain.toString();
        }
        try {
            PrintStream print = new PrintStream(rawOut, false, charset);
            print.print(quitLines(line, screen.size().getColumns()));
            print.flush();
        } catch (RuntimeException e) {
            // stdout is gone
        }
    }
}
