package org.endings.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.SplittableRandom;

/**
 * Writes a valid "endings/1" model of any size, the same bytes for the same sizes and seed, for the
 * benchmark: beats with summaries and settings, readings that gloss every beat, quotes in the three
 * voices bearing on one to three readings, variants, sources reported by articles. The text mixes
 * plain words with typographic quotes, accents and a few wide characters, as real models do.
 *
 * <p>Run: {@code java -cp … org.endings.bench.ModelGenerator BEATS READINGS QUOTES FILE [SEED]}.
 */
public final class ModelGenerator {
    private static final String[] WORDS = {
        "the", "car", "snow", "ring", "kiss", "silence", "wipers", "window", "night", "home", "gift",
        "debt", "power", "care", "grief", "tears", "hands", "look", "door", "road", "street", "beach",
        "winter", "light", "dark", "cold", "warm", "close", "far", "slow", "quiet", "loud", "first", "last",
        "she", "he", "they", "gives", "takes", "holds", "leaves", "stays", "turns", "breaks", "answers",
        "refuses", "accepts", "remembers", "forgets", "waits", "of", "and", "in", "at", "with", "for", "to",
        "a", "her", "his", "their", "what", "why", "how", "never", "always", "again", "still", "only",
        "moment", "scene", "ending", "frame", "shot", "cut", "black", "sound", "voice", "words", "meaning",
        "café", "naïve", "déjà-vu", "façade", "rôle", "“real”", "it’s", "don’t", "she’s", "Brighton",
        "Las", "Vegas", "Igor", "Ani", "Vanya", "夜", "雪", "車",
    };
    private static final String[] STANCES = {"supports", "complicates", "challenges"};

    private final SplittableRandom random;

    private ModelGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: ModelGenerator BEATS READINGS QUOTES FILE [SEED]");
            System.exit(2);
        }
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 1L;
        Path file = Path.of(args[3]);
        long bytes = write(file, Integer.parseInt(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), seed);
        System.out.println(file + ": " + args[0] + " beats, " + args[1] + " readings, " + args[2] + " quotes, "
                + bytes + " bytes");
    }

    /** Writes the model to {@code file} (atomically) and returns its size in bytes. */
    public static long write(Path file, int beats, int readings, int quotes, long seed) throws IOException {
        if (beats < 1 || readings < 1 || quotes < beats) {
            throw new IllegalArgumentException("need at least 1 beat, 1 reading and a quote per beat");
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            new ModelGenerator(seed).model(w, beats, readings, quotes);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return Files.size(file);
    }

    private static final int PEOPLE = 40;
    private static final int ARTICLES = 40;
    private static final int SOURCES = 160;

    private void model(Writer w, int beats, int readings, int quotes) throws IOException {
        StringBuilder out = new StringBuilder(1 << 16);
        out.append("{\n\"format\": \"endings/1\",\n");
        out.append("\"work\": {\"title\": \"A Generated Film\", \"year\": 2024, \"director\": \"Bench Mark\"},\n");
        out.append("\"scene\": {\"title\": \"The generated scene\", \"where\": ").append(str(sentence(10)))
                .append(", \"what\": ").append(str(sentence(30))).append("},\n");

        out.append("\"people\": [\n");
        for (int p = 0; p < PEOPLE; p++) {
            out.append(p == 0 ? "" : ",\n").append("{\"id\": \"person-").append(p).append("\", \"name\": ")
                    .append(str(name())).append(", \"role\": \"").append(p % 3 == 0 ? "actor" : "producer").append('"');
            if (p % 3 == 0) {
                out.append(", \"plays\": ").append(str(capital(word())));
            }
            out.append('}');
        }
        out.append("\n],\n\"sources\": [\n");
        for (int s = 0; s < SOURCES; s++) {
            boolean article = s < ARTICLES;
            out.append(s == 0 ? "" : ",\n").append("{\"id\": \"source-").append(s).append("\", \"kind\": \"")
                    .append(article ? "article" : s % 2 == 0 ? "interview" : "podcast").append("\", \"title\": ")
                    .append(str(capital(sentence(6)))).append(", \"outlet\": ").append(str("Outlet " + (s % 17)));
            out.append(", \"date\": \"20").append(10 + s % 15).append('-').append(two(1 + s % 12)).append('-')
                    .append(two(1 + s % 28)).append('"');
            if (!article) {
                out.append(", \"reportedBy\": \"source-").append(s % ARTICLES).append('"');
            }
            out.append('}');
            flush(out, w);
        }
        out.append("\n],\n\"beats\": [\n");
        for (int b = 0; b < beats; b++) {
            out.append(b == 0 ? "" : ",\n").append("{\"id\": \"beat-").append(b).append("\", \"title\": ")
                    .append(str(capital(sentence(3)) + " " + (b + 1))).append(", \"summary\": ")
                    .append(str(capital(sentence(25 + random.nextInt(20))) + "."))
                    .append(", \"setting\": [").append(str(sentence(4))).append(", ").append(str(sentence(5)))
                    .append("]}");
            flush(out, w);
        }
        out.append("\n],\n\"readings\": [\n");
        for (int r = 0; r < readings; r++) {
            out.append(r == 0 ? "" : ",\n").append("{\"id\": \"reading-").append(r).append("\", \"title\": ")
                    .append(str(capital(sentence(2)) + " " + (r + 1))).append(", \"thesis\": ")
                    .append(str(capital(sentence(20)) + ".")).append(", \"glosses\": {\n");
            for (int b = 0; b < beats; b++) {
                out.append(b == 0 ? "" : ",\n").append("\"beat-").append(b).append("\": ")
                        .append(str(capital(sentence(8 + random.nextInt(10))) + "."));
                flush(out, w);
            }
            out.append("}}");
        }
        out.append("\n],\n\"quotes\": [\n");
        for (int q = 0; q < quotes; q++) {
            int kind = random.nextInt(10);
            String voice = kind < 7 ? "direct" : kind < 9 ? "paraphrase" : "editorial";
            out.append(q == 0 ? "" : ",\n").append("{\"id\": \"q-").append(q).append("\", \"text\": ")
                    .append(str(capital(sentence(6 + random.nextInt(16))) + "."));
            if (!voice.equals("direct")) {
                out.append(", \"voice\": \"").append(voice).append('"');
            }
            if (voice.equals("editorial")) {
                out.append(", \"source\": \"source-").append(random.nextInt(ARTICLES)).append('"');
            } else {
                out.append(", \"speaker\": \"person-").append(random.nextInt(PEOPLE)).append("\", \"source\": \"source-")
                        .append(random.nextInt(SOURCES)).append('"');
            }
            // Every beat gets a quote: the first quotes go round the beats in order.
            int beat = q < beats ? q : random.nextInt(beats);
            out.append(", \"beats\": [\"beat-").append(beat).append('"');
            if (random.nextInt(4) == 0 && beat + 1 < beats) {
                out.append(", \"beat-").append(beat + 1).append('"');
            }
            out.append(']');
            int bearing = random.nextInt(4);
            if (bearing > 0) {
                out.append(", \"stances\": {");
                int first = random.nextInt(readings);
                for (int i = 0; i < Math.min(bearing, readings); i++) {
                    out.append(i == 0 ? "" : ", ").append("\"reading-").append((first + i) % readings).append("\": \"")
                            .append(STANCES[random.nextInt(3)]).append('"');
                }
                out.append('}');
            }
            if (q > 0 && random.nextInt(50) == 0) {
                out.append(", \"variantOf\": \"q-").append(random.nextInt(q)).append('"');
            }
            out.append('}');
            flush(out, w);
        }
        out.append("\n]\n}\n");
        w.append(out);
    }

    private static void flush(StringBuilder out, Writer w) throws IOException {
        if (out.length() > 1 << 15) {
            w.append(out);
            out.setLength(0);
        }
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private String sentence(int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : " ").append(word());
        }
        return s.toString();
    }

    private String name() {
        return capital(word()) + " " + capital(word()) + "-" + random.nextInt(1000);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** A JSON string literal; the words hold no characters that need escaping but quotes. */
    private static String str(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
