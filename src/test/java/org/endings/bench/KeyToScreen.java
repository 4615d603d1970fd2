package org.endings.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Key → screen as a user feels it, measured from outside the program: a terminal (tmux) gets a key and
 * the clock stops at the first byte the program writes back to it, for the explorer and for
 * {@code less} on the same harness, one after the other, a fresh program each pass (so the first use of
 * every view is in the figures); and the CPU a program uses while it is left alone.
 *
 * <p>The harness is a tmux control-mode client ({@code tmux -C}) on a server of its own: a key is one
 * {@code send-keys} line written to the client, and the program's output comes back as {@code %output}
 * lines, each stamped when the read that brought its first byte returned. Nothing is spawned per key
 * and nothing polls. The path, key → tmux → pty → program → pty → tmux → this client, is the same for
 * both programs, so {@code less} shows what the path itself costs. After each key the harness waits for
 * the screen to be quiet ({@link Options#quietMillis}, {@link #QUIET_MILLIS} by default) before the next, so that no late byte of one frame is
 * taken for the answer to the next key; a key that brings no output in {@link Options#silentMillis}
 * is counted as silent and left out of the figures.
 *
 * <p>Idle CPU: utime + stime of the program's processes (from {@code /proc/PID/stat}, every thread,
 * living or ended) over a few seconds with no key, after the first frame and again after the keys,
 * with the bytes written to the screen meanwhile.
 *
 * <p>Prints, tab-separated: {@code KEYS target n p50 p90 p99 max pass-p50-min pass-p50-max silent note}
 * (milliseconds) and {@code IDLE target when seconds cpu-seconds bytes}, which {@code bench/run} puts in
 * its table; every key's time goes to {@code --samples FILE}.
 *
 * <p>Run: {@code java … org.endings.bench.KeyToScreen --explorer CMD --expect TEXT [--passes N] [--idle S]
 * [--keys N] [--size 120x50] [--work DIR] [--samples FILE]}; CMD is a shell command line (run.sh and its model).
 */
public final class KeyToScreen {
    /**
     * This long without a byte, the screen has settled: a frame's bytes come in a burst, but a status
     * line stays 60 ms before a second frame clears it (FullScreen's staged frames), and that frame
     * must not be taken for the answer to the next key.
     */
    static final long QUIET_MILLIS = 120;

    /**
     * The explorer's tour, every key on a line: the key (a tmux key name, or one character typed), then
     * what it does. Every view, the way a reader goes through them; every key changes the screen.
     */
    static final List<String[]> EXPLORER_TOUR = tour("""
            j        next beat
            j        next beat
            k        previous beat
            Tab      into the beat's quotes
            j        next quote
            j        next quote
            Enter    open a quote
            j        the next quote of the list
            S        the quote's source page
            j        next quote of the source
            BSpace   back to the quote
            j        the next quote of the list
            j        the next quote, one with a speaker
            p        the speaker's page
            j        next quote of the speaker
            BSpace   back to the quote
            BSpace   back to the beat page
            w        walk
            j        next quote of the walk
            j        next quote of the walk
            l        next beat of the walk
            h        previous beat of the walk
            c        compare
            j        the next reading to compare
            k        the previous reading
            v        side by side
            m        matrix
            j        next row
            j        next row
            l        next column
            l        next column
            h        previous column
            k        previous row
            Enter    a beat under a reading
            BSpace   back to the matrix
            r        readings
            j        next reading
            j        next reading
            Enter    the beat under that reading
            BSpace   back to the readings
            s        sources
            j        next source
            j        next source
            Enter    a source's page
            j        next quote of the source
            o        the scene
            j        next beat of the scene
            j        next beat of the scene
            Enter    open that beat
            ?        help
            j        scroll help
            Space    page down help
            b        page up help
            G        end of help
            g        top of help
            ?        close help
            M        mine
            Escape   back
            /        the search prompt
            s        typed
            n        typed
            o        typed
            w        typed
            Enter    search
            j        next match
            n        next match
            N        previous match
            Enter    go to the match
            C        end the search
            2        lens 2
            3        lens 3
            1        lens 1
            ]        next lens
            [        previous lens
            t        a blind round's prompt
            Escape   no round
            a        the quotes against
            j        next quote against
            Enter    open it
            BSpace   back
            Escape   back
            m        matrix again
            w        walk again
            """);

    /** {@code less}'s keys over a long file, repeated to as many keys as the explorer's tour. */
    static final List<String[]> LESS_TOUR = tour("""
            j        a line down
            j        a line down
            k        a line up
            Space    a page down
            Space    a page down
            b        a page up
            j        a line down
            G        the end
            k        a line up
            b        a page up
            g        the top
            j        a line down
            /        the search prompt
            s        typed
            n        typed
            o        typed
            w        typed
            Enter    search
            n        next match
            N        previous match
            Space    a page down
            b        a page up
            g        the top
            """);

    /** What a run measures: the programs, how many passes, the idle time, the terminal's size. */
    public record Options(String explorer, String expect, int passes, double idleSeconds, int columns, int rows,
                          Path work, long silentMillis, long quietMillis, int keys) {
    }

    /** One target's figures over every pass. */
    public record Keys(String target, int n, double p50, double p90, double p99, double max, double passP50Min,
                       double passP50Max, int silent, String note) {
        public String line() {
            return String.join("\t", "KEYS", target, Integer.toString(n), f(p50), f(p90), f(p99), f(max), f(passP50Min),
                    f(passP50Max), Integer.toString(silent), note);
        }
    }

    /** The CPU a program used while left alone. */
    public record Idle(String target, String when, double seconds, double cpuSeconds, long bytes) {
        public String line() {
            return String.join("\t", "IDLE", target, when, f(seconds), f(cpuSeconds), Long.toString(bytes));
        }
    }

    /** Every figure of a run, and the time of every key. */
    public record Report(List<Keys> keys, List<Idle> idle, List<String> samples) {
    }

    private KeyToScreen() {
    }

    public static void main(String[] args) throws Exception {
        String explorer = null;
        String expect = null;
        int passes = 3;
        double idle = 10;
        int columns = 120;
        int rows = 50;
        Path work = Path.of("bench/out/keys");
        Path samples = null;
        int keys = 0;
        for (int i = 0; i + 1 < args.length; i += 2) {
            String v = args[i + 1];
            switch (args[i]) {
                case "--explorer" -> explorer = v;
                case "--expect" -> expect = v;
                case "--passes" -> passes = Integer.parseInt(v);
                case "--idle" -> idle = Double.parseDouble(v);
                case "--size" -> {
                    columns = Integer.parseInt(v.substring(0, v.indexOf('x')));
                    rows = Integer.parseInt(v.substring(v.indexOf('x') + 1));
                }
                case "--work" -> work = Path.of(v);
                case "--samples" -> samples = Path.of(v);
                case "--keys" -> keys = Integer.parseInt(v);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (explorer == null || expect == null || args.length % 2 != 0) {
            System.err.println("usage: KeyToScreen --explorer CMD --expect TEXT [--passes N] [--idle SECONDS] [--keys N] "
                    + "[--size 120x50] [--work DIR] [--samples FILE]");
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Report report = run(new Options(explorer, expect, passes, idle, columns, rows, work, 3000, QUIET_MILLIS,
                keys > 0 ? keys : EXPLORER_TOUR.size()), System.err);
        report.keys().forEach(k -> out.println(k.line()));
        report.idle().forEach(k -> out.println(k.line()));
        if (samples != null) {
            Files.write(samples, report.samples(), StandardCharsets.UTF_8);
        }
    }

    /** Runs the passes, explorer and less interleaved, each on a fresh program; progress goes to {@code log}. */
    public static Report run(Options o, PrintStream log) throws Exception {
        Files.createDirectories(o.work());
        Path text = o.work().resolve("long.txt");
        writeLongFile(text);
        String lessCmd = "exec less -S " + sh(text.toAbsolutePath().toString());
        List<String> samples = new ArrayList<>();
        samples.add("target\tpass\tkey\twhat\tms\tbytes\tthe screen after: first line | last line");
        List<Idle> idles = new ArrayList<>();
        int length = o.keys();
        List<List<Double>> all = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<Double>> passMedians = List.of(new ArrayList<>(), new ArrayList<>());
        int[] silent = new int[2];
        try (Control tmux = Control.start(o.columns(), o.rows(), o.quietMillis())) {
            for (int pass = 1; pass <= o.passes(); pass++) {
                for (int t = 0; t < 2; t++) {
                    boolean isExplorer = t == 0;
                    String target = isExplorer ? "explorer" : "less";
                    Path data = o.work().resolve("data-" + pass);   // a new reader each pass: no notebook yet
                    deleteTree(data);
                    String cmd = isExplorer
                            ? "XDG_DATA_HOME=" + sh(data.toAbsolutePath().toString()) + " exec " + o.explorer()
                            : lessCmd;
                    tmux.respawn(cmd, isExplorer ? o.expect() : "line 1 ", 30_000);
                    if (isExplorer) {
                        idles.add(tmux.settle(target));
                        idles.add(tmux.idle(target, "after the first frame", o.idleSeconds()));
                    }
                    List<String[]> tour = isExplorer ? EXPLORER_TOUR : LESS_TOUR;
                    List<Double> mine = new ArrayList<>();
                    for (int k = 0; k < length; k++) {
                        String[] key = tour.get(k % tour.size());
                        Control.Answer a = tmux.key(key[0], o.silentMillis());
                        samples.add(String.join("\t", target, Integer.toString(pass), key[0], key[1],
                                a.silent() ? "silent" : f(a.millis()), Long.toString(a.bytes()), tmux.glance()));
                        if (a.silent()) {
                            silent[t]++;
                            log.println("# " + target + " pass " + pass + ": no output in " + o.silentMillis()
                                    + " ms after " + key[0] + " (" + key[1] + ")");
                        } else {
                            mine.add(a.millis());
                        }
                    }
                    if (isExplorer) {
                        idles.add(tmux.idle(target, "after the keys", o.idleSeconds()));
                    }
                    all.get(t).addAll(mine);
                    double[] m = mine.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                    if (m.length > 0) {
                        passMedians.get(t).add(Harness.median(m));
                        log.println("# " + target + " pass " + pass + ": p50 " + f(Harness.median(m)) + " ms, p99 "
                                + f(Harness.percentile(m, 0.99)) + " ms, max " + f(m[m.length - 1]) + " ms");
                    }
                }
            }
        }
        List<Keys> keys = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            double[] s = all.get(t).stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double[] pm = passMedians.get(t).stream().mapToDouble(Double::doubleValue).sorted().toArray();
            if (s.length == 0) {
                throw new IllegalStateException((t == 0 ? "explorer" : "less") + ": no key brought any output");
            }
            String target = t == 0 ? "explorer" : "less";
            String note = o.passes() + " passes × " + length + " keys" + (length == EXPLORER_TOUR.size() ? "" : " (the "
                    + EXPLORER_TOUR.size() + "-key tour, again)") + " at " + o.columns() + "×" + o.rows()
                    + (t == 0 ? ", a fresh explorer each pass: every view, its first use included"
                    : ", a fresh less on a 20,000-line file each pass");
            keys.add(new Keys(target, s.length, Harness.median(s), Harness.percentile(s, 0.90),
                    Harness.percentile(s, 0.99), s[s.length - 1], pm[0], pm[pm.length - 1], silent[t], note));
        }
        return new Report(keys, idles, samples);
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** A long plain text file for less: 20,000 numbered lines of words, "snow" on some. */
    static void writeLongFile(Path file) throws IOException {
        String[] words = {"the", "car", "snow", "ring", "silence", "wipers", "window", "night", "home", "gift"};
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= 20_000; i++) {
                w.append("line ").append(Integer.toString(i)).append(' ');
                for (int j = 0; j < 12; j++) {
                    w.append(words[(i * 7 + j * 3) % words.length]).append(' ');
                }
                w.append('\n');
            }
        }
    }

    static List<String[]> tour(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> l.split("\\s+", 2)).toList();
    }

    /** A word quoted for sh. */
    static String sh(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /**
     * A tmux control-mode client on a server of its own, with one window: commands go in as lines, and
     * a thread reads what comes back, stamping each line with the time its first byte was read.
     */
    static final class Control implements AutoCloseable {
        /** A line from tmux: %output (its bytes counted) or a command's reply. */
        private record Event(long nanos, boolean output, long bytes, boolean reply, boolean error, List<String> lines,
                             boolean exit) {
        }

        /** What a key brought: the time to its first byte, and how many bytes until the screen was quiet. */
        record Answer(boolean silent, double millis, long bytes) {
        }

        private final String socket;
        private final Process process;
        private final OutputStream in;
        private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        private final Thread reader;
        private final long quietMillis;

        private Control(String socket, Process process, long quietMillis) {
            this.socket = socket;
            this.quietMillis = quietMillis;
            this.process = process;
            this.in = process.getOutputStream();
            this.reader = new Thread(this::read, "tmux-control");
            reader.setDaemon(true);
            reader.start();
        }

        static Control start(int columns, int rows, long quietMillis) throws Exception {
            String socket = "endings-keys-" + ProcessHandle.current().pid();
            Process p = new ProcessBuilder("tmux", "-L", socket, "-f", "/dev/null", "-C", "new-session", "-s", "keys",
                    "-x", Integer.toString(columns), "-y", Integer.toString(rows), "exec cat >/dev/null")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            Control c = new Control(socket, p, quietMillis);
            c.command("set-option -g remain-on-exit on");
            c.command("set-option -g status off");
            return c;
        }

        /** Starts {@code cmd} in the pane (ending what ran there) and waits until {@code expect} is on screen. */
        void respawn(String cmd, String expect, long timeoutMillis) throws Exception {
            command("respawn-pane -k -t keys " + quote(cmd));
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            while (true) {
                quiet(200, deadline);
                String screen = String.join("\n", command("capture-pane -p -t keys"));
                if (screen.contains(expect)) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("\"" + expect + "\" not on screen in " + timeoutMillis + " ms after "
                            + cmd + "; the screen:\n" + screen);
                }
                Event e = events.poll(50, TimeUnit.MILLISECONDS);
                if (e != null) {
                    checkAlive(e);
                }
            }
        }

        /** Sends one key and times the first byte of the answer; returns once the screen is quiet again. */
        Answer key(String key, long silentMillis) throws Exception {
            // The screen was quiet when the last key's answer ended; a byte since is late: wait again.
            if (drain() > 0) {
                quiet(quietMillis, System.nanoTime() + TimeUnit.SECONDS.toNanos(10));
            }
            String send = key.length() == 1 ? "send-keys -t keys -l " + quote(key) : "send-keys -t keys " + key;
            long t0 = System.nanoTime();
            write(send);
            long first = -1;
            long bytes = 0;
            long deadline = t0 + TimeUnit.MILLISECONDS.toNanos(silentMillis);
            boolean replied = false;
            while (first < 0 || !replied) {
                long left = (first < 0 ? deadline : System.nanoTime() + TimeUnit.SECONDS.toNanos(10)) - System.nanoTime();
                Event e = events.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
                if (e == null) {
                    if (first < 0) {
                        if (!replied) {
                            awaitReply();
                        }
                        return new Answer(true, 0, 0);
                    }
                    throw new IllegalStateException("tmux did not answer send-keys");
                }
                checkAlive(e);
                if (e.reply()) {
                    if (e.error()) {
                        throw new IllegalStateException(send + ": " + e.lines());
                    }
                    replied = true;
                } else if (e.output()) {
                    if (first < 0) {
                        first = e.nanos();
                    }
                    bytes += e.bytes();
                }
            }
            bytes += quiet(quietMillis, System.nanoTime() + TimeUnit.SECONDS.toNanos(10));
            return new Answer(false, (first - t0) / 1e6, bytes);
        }

        /**
         * The screen's first and last lines that are not blank, for the samples file: which view a key
         * reached (taken after the key's answer, outside its time).
         */
        String glance() throws Exception {
            List<String> lines = command("capture-pane -p -t keys").stream().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
            if (lines.isEmpty()) {
                return "";
            }
            String first = lines.get(0);
            String last = lines.get(lines.size() - 1);
            return (first.length() > 60 ? first.substring(0, 60) : first) + " | "
                    + (last.length() > 90 ? last.substring(0, 90) : last);
        }

        /**
         * The CPU the pane's processes have used from their start until the screen has been quiet
         * for half a second after the first frame: the whole start, the explorer's rehearsal of its
         * keys included, which the idle windows after it leave out. (Taken from the first frame on,
         * it measured nothing: the rehearsal is often over before this client has seen the frame.)
         */
        Idle settle(String target) throws Exception {
            long pid = panePid();
            long t0 = System.nanoTime();
            quiet(500, System.nanoTime() + TimeUnit.SECONDS.toNanos(10));
            return new Idle(target, "settling after the first frame", (System.nanoTime() - t0) / 1e9,
                    cpuSeconds(pid), 0);
        }

        /** The process the pane runs: the explorer, through run.sh's exec. */
        private long panePid() throws Exception {
            return Long.parseLong(command("display-message -p -t keys '#{pane_pid}'").get(0).strip());
        }

        /** The CPU the pane's processes use in {@code seconds} with no key, and the bytes they write meanwhile. */
        Idle idle(String target, String when, double seconds) throws Exception {
            quiet(500, System.nanoTime() + TimeUnit.SECONDS.toNanos(10));
            long pid = panePid();
            double before = cpuSeconds(pid);
            long end = System.nanoTime() + (long) (seconds * 1e9);
            long bytes = 0;
            while (true) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                Event e = events.poll(left, TimeUnit.NANOSECONDS);
                if (e != null) {
                    checkAlive(e);
                    bytes += e.output() ? e.bytes() : 0;
                }
            }
            double cpu = cpuSeconds(pid) - before;
            return new Idle(target, when, seconds, cpu, bytes);
        }

        /** utime + stime of a process and its descendants, in seconds (every thread's, ended ones too). */
        static double cpuSeconds(long pid) throws IOException {
            long ticks = 0;
            List<Long> tree = new ArrayList<>(List.of(pid));
            for (int i = 0; i < tree.size(); i++) {
                long p = tree.get(i);
                ProcessHandle.of(p).ifPresent(h -> h.children().forEach(c -> tree.add(c.pid())));
            }
            for (long p : tree) {
                try {
                    String stat = Files.readString(Path.of("/proc/" + p + "/stat"));
                    // the fields after the command's name, which is in parentheses and may hold spaces
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);   // utime, stime (fields 14, 15)
                } catch (java.nio.file.NoSuchFileException e) {
                    // ended meanwhile
                }
            }
            return ticks / (double) clockTicks();
        }

        private static long clockTicks() {
            try {
                Process p = new ProcessBuilder("getconf", "CLK_TCK").start();
                String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
                p.waitFor();
                return Long.parseLong(s);
            } catch (IOException | InterruptedException | NumberFormatException e) {
                return 100;
            }
        }

        /** Takes what has come and returns its bytes of output, without waiting. */
        private long drain() {
            long bytes = 0;
            for (Event e; (e = events.poll()) != null; ) {
                checkAlive(e);
                bytes += e.output() ? e.bytes() : 0;
            }
            return bytes;
        }

        /** Waits until no output came for {@code millis}; returns the bytes that came meanwhile. */
        private long quiet(long millis, long deadline) throws Exception {
            long bytes = 0;
            while (true) {
                Event e = events.poll(millis, TimeUnit.MILLISECONDS);
                if (e == null) {
                    return bytes;
                }
                checkAlive(e);
                bytes += e.output() ? e.bytes() : 0;
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the screen never went quiet for " + millis + " ms");
                }
            }
        }

        /** Runs a command and returns its reply's lines; output meanwhile is let go. */
        List<String> command(String line) throws Exception {
            write(line);
            return awaitReply();
        }

        private List<String> awaitReply() throws Exception {
            while (true) {
                Event e = events.poll(10, TimeUnit.SECONDS);
                if (e == null) {
                    throw new IllegalStateException("tmux did not answer");
                }
                checkAlive(e);
                if (e.reply()) {
                    if (e.error()) {
                        throw new IllegalStateException("tmux: " + e.lines());
                    }
                    return e.lines();
                }
            }
        }

        private void checkAlive(Event e) {
            if (e.exit()) {
                throw new IllegalStateException("the tmux control client ended");
            }
        }

        private void write(String line) throws IOException {
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        }

        /** A tmux command argument in single quotes, which tmux takes as they are. */
        static String quote(String s) {
            return s.equals("'") ? "\"'\"" : "'" + s.replace("'", "'\"'\"'") + "'";
        }

        /** Splits the client's output into lines, each stamped with when its first byte was read. */
        private void read() {
            InputStream out = process.getInputStream();
            byte[] buf = new byte[1 << 16];
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
            long lineStart = 0;
            List<String> block = null;
            try {
                int n;
                while ((n = out.read(buf)) > 0) {
                    long now = System.nanoTime();
                    for (int i = 0; i < n; i++) {
                        if (line.size() == 0 && lineStart == 0) {
                            lineStart = now;
                        }
                        if (buf[i] != '\n') {
                            line.write(buf[i]);
                            continue;
                        }
                        String s = line.toString(StandardCharsets.UTF_8);
                        long at = lineStart;
                        line.reset();
                        lineStart = 0;
                        if (block != null) {
                            if (s.startsWith("%end ") || s.startsWith("%error ")) {
                                events.add(new Event(at, false, 0, true, s.startsWith("%error "), block, false));
                                block = null;
                            } else {
                                block.add(s);
                            }
                        } else if (s.startsWith("%begin ")) {
                            block = new ArrayList<>();
                        } else if (s.startsWith("%output ")) {
                            events.add(new Event(at, true, outputBytes(s), false, false, List.of(), false));
                        } else if (s.startsWith("%exit")) {
                            break;
                        }
                    }
                }
            } catch (IOException e) {
                // the client ended
            }
            events.add(new Event(System.nanoTime(), false, 0, false, false, List.of(), true));
        }

        /** The bytes of a %output line: after "%output %N ", each \ooo escape is one byte. */
        static long outputBytes(String s) {
            int start = s.indexOf(' ', "%output ".length()) + 1;
            byte[] b = s.substring(start).getBytes(StandardCharsets.UTF_8);
            long n = 0;
            for (int i = 0; i < b.length; i++, n++) {
                if (b[i] == '\\' && i + 3 < b.length && Character.isDigit(b[i + 1])) {
                    i += 3;
                }
            }
            return n;
        }

        @Override
        public void close() throws Exception {
            try {
                command("kill-server");   // this client's own server, on its own socket
            } catch (IllegalStateException e) {
                // it has ended already
            }
            process.waitFor(5, TimeUnit.SECONDS);
            process.destroy();
            new ProcessBuilder("tmux", "-L", socket, "kill-server").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
