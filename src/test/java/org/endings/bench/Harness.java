package org.endings.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.endings.core.Navigator;
import org.endings.core.Queries;
import org.endings.model.Loaded;
import org.endings.model.ModelLoader;
import org.endings.model.ModelValidator;
import org.endings.model.Problem;

/**
 * The in-process half of the benchmark: key → frame latency on the bundled and a big model, and load,
 * validate, index and search on the big one. A careful harness rather than JMH: every measure is a
 * distribution of single operations (a key, a search), so the tail (p99) is what matters and JMH's
 * averaged iterations would hide it; warm-up runs first, then the timed runs, each timed alone with
 * {@link System#nanoTime}.
 *
 * <p>Prints one line a measure, tab-separated: {@code RESULT name unit median min max p99 n note}, which
 * {@code bench/run} turns into its table.
 *
 * <p>Run: {@code java … org.endings.bench.Harness BIG_MODEL [--keys N] [--warmup N] [--repeat N]}; the
 * bundled model is always measured too. {@code Harness --first-title MODEL} prints the first beat's title.
 */
public final class Harness {
    /** One measured distribution, in milliseconds. */
    public record Result(String name, String unit, double median, double min, double max, double p99, int n,
                         String note) {
        public String line() {
            return String.join("\t", "RESULT", name, unit, fmt(median), fmt(min), fmt(max), fmt(p99),
                    Integer.toString(n), note);
        }

        private static String fmt(double v) {
            return String.format(Locale.ROOT, "%.3f", v);
        }
    }

    /** How many operations to run. */
    public record Sizes(int warmupKeys, int keys, int repeat) {
        public static final Sizes FULL = new Sizes(20_000, 20_000, 15);
        public static final Sizes SMOKE = new Sizes(30, 60, 1);
    }

    private Harness() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: Harness BIG_MODEL [--keys N] [--warmup N] [--repeat N]");
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args[0].equals("--first-title") && args.length == 2) {
            // What the first frame shows: bench/run waits for it in tmux.
            out.println(ModelLoader.load(Path.of(args[1])).model().beats().get(0).title());
            return;
        }
        Sizes full = Sizes.FULL;
        int warmup = full.warmupKeys();
        int keys = full.keys();
        int repeat = full.repeat();
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--keys" -> keys = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--repeat" -> repeat = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        for (Result r : run(Path.of(args[0]), new Sizes(warmup, keys, repeat), out)) {
            out.println(r.line());
        }
    }

    /** Runs every in-process measure; progress goes to {@code log}. */
    public static List<Result> run(Path bigModel, Sizes sizes, PrintStream log) throws Exception {
        List<Result> results = new ArrayList<>();

        // The big model, loaded cold first: this JVM has loaded nothing of the model code yet.
        long t0 = System.nanoTime();
        Loaded big = ModelLoader.load(bigModel);
        List<Problem> problems = ModelValidator.validate(big.model());
        double cold = ms(System.nanoTime() - t0);
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new IllegalStateException(bigModel + " does not validate: " + problems.get(0).message());
        }
        log.println("# load+validate cold " + fmt(cold) + " ms");
        double[] loads = new double[sizes.repeat()];
        double[] indexes = new double[sizes.repeat()];
        for (int i = 0; i < sizes.repeat(); i++) {
            long a = System.nanoTime();
            Loaded again = ModelLoader.load(bigModel);
            ModelValidator.validate(again.model());
            long b = System.nanoTime();
            new Queries(again.model());
            long c = System.nanoTime();
            loads[i] = ms(b - a);
            indexes[i] = ms(c - b);
        }
        int nb = big.model().beats().size();
        int nr = big.model().readings().size();
        int nq = big.model().quotes().size();
        String size = nb + " beats, " + nr + " readings, " + nq + " quotes";
        results.add(new Result("load_validate_big_cold", "ms", cold, cold, cold, cold, 1, "first in a fresh JVM, " + size));
        results.add(of("load_validate_big", loads, "warm, " + size));
        results.add(of("index_big", indexes, "the explorer's indexes (new Queries)"));

        Queries queries = new Queries(big.model());
        results.addAll(search(queries, sizes, log));

        Navigator bundled = new Navigator(new Queries(ModelLoader.loadBundled().model()));
        Navigator large = new Navigator(queries);
        results.add(keys("key_frame_bundled", bundled, sizes, log));
        results.add(savingKeys(bundled, sizes, log));
        results.add(keys("key_frame_big", large, sizes, log));
        return results;
    }

    /** Queries from rare to very common, with typographic folding and wide characters. */
    static final String[] QUERIES = {"snow", "déjà-vu", "it's", "夜", "igor ani", "wipers and", "zzzz", "the"};

    private static List<Result> search(Queries queries, Sizes sizes, PrintStream log) {
        long c = System.nanoTime();
        int found = queries.search("ring").size();
        double cold = ms(System.nanoTime() - c);
        log.println("# first search " + fmt(cold) + " ms, " + found + " matches");
        for (int w = 0; w < Math.max(1, sizes.repeat()); w++) {
            for (String q : QUERIES) {
                queries.search(q);
            }
        }
        int runs = Math.max(3, sizes.repeat());
        double[] all = new double[runs * QUERIES.length];
        double[] worst = {0};
        double worstMedian = -1;
        String worstQuery = "";
        int n = 0;
        for (String q : QUERIES) {
            double[] times = new double[runs];
            int matches = 0;
            for (int i = 0; i < runs; i++) {
                long a = System.nanoTime();
                matches = queries.search(q).size();
                times[i] = ms(System.nanoTime() - a);
                all[n++] = times[i];
            }
            double median = median(times);
            log.println("# search \"" + q + "\": " + matches + " matches, median " + fmt(median) + " ms");
            if (median > worstMedian) {
                worstMedian = median;
                worst = times;
                worstQuery = q + "\" (" + matches + " matches)";
            }
        }
        return List.of(of("search_big", all, QUERIES.length + " queries × " + runs + " runs, from no match to \"the\"; "
                        + "the first search in the JVM " + fmt(cold) + " ms"),
                of("search_big_slowest", worst, "\"" + worstQuery));
    }

    private static Result keys(String name, Navigator explorer, Sizes sizes, PrintStream log) throws Exception {
        TuiDriver driver = new TuiDriver(explorer, 120, 50);
        String[] script = TuiDriver.SCRIPT;
        for (int i = 0; i < sizes.warmupKeys(); i++) {
            driver.key(script[i % script.length]);
        }
        double[] times = new double[sizes.keys()];
        for (int i = 0; i < sizes.keys(); i++) {
            String key = script[i % script.length];
            long a = System.nanoTime();
            driver.key(key);
            times[i] = ms(System.nanoTime() - a);
        }
        Result r = of(name, times, "120×50, " + sizes.keys() + " keys after " + sizes.warmupKeys() + " of warm-up, through "
                + TuiDriver.describe());
        log.println("# " + name + ": p50 " + fmt(r.median()) + " ms, p99 " + fmt(r.p99()) + " ms, max " + fmt(r.max()) + " ms");
        return r;
    }

    /**
     * Key → frame with the reader's notebook kept, as a reader has it: every key moves the place the
     * notebook keeps, so every key hands a notebook to the saver, which writes it off the drawing thread.
     */
    private static Result savingKeys(Navigator explorer, Sizes sizes, PrintStream log) throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("endings-bench-notebook");
        String key = org.endings.core.Notebook.keyOf(explorer.queries().model());
        int[] saves = {0};
        try (org.endings.store.NotebookStore store = org.endings.store.NotebookStore.open(dir.resolve("notebook.json"), key);
             org.endings.store.NotebookSaver saver = new org.endings.store.NotebookSaver(store, problem -> { })) {
            TuiDriver driver = new TuiDriver(explorer, 120, 50, notebook -> {
                saves[0]++;
                saver.offer(notebook);
            });
            String[] script = TuiDriver.SAVING_SCRIPT;
            for (int i = 0; i < sizes.warmupKeys(); i++) {
                driver.key(script[i % script.length]);
            }
            double[] times = new double[sizes.keys()];
            for (int i = 0; i < sizes.keys(); i++) {
                long a = System.nanoTime();
                driver.key(script[i % script.length]);
                times[i] = ms(System.nanoTime() - a);
            }
            saver.flush();
            Result r = of("key_frame_saving", times, "the bundled model with the notebook kept: " + saves[0]
                    + " notebooks handed to the saver, written off the drawing thread (stances marked too)");
            log.println("# key_frame_saving: p50 " + fmt(r.median()) + " ms, p99 " + fmt(r.p99()) + " ms, max "
                    + fmt(r.max()) + " ms, " + saves[0] + " saves offered");
            return r;
        }
    }

    static Result of(String name, double[] samples, String note) {
        double[] s = samples.clone();
        Arrays.sort(s);
        return new Result(name, "ms", median(s), s[0], s[s.length - 1], percentile(s, 0.99), s.length, note);
    }

    static double median(double[] samples) {
        double[] s = samples.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** The nearest-rank percentile of sorted samples. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
