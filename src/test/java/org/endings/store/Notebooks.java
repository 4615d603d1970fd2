package org.endings.store;

import java.util.LinkedHashMap;
import java.util.Map;

import org.endings.core.Notebook;
import org.endings.core.Standing;

/** Notebooks for the store's tests. */
final class Notebooks {
    static final String KEY = "Anora|2024|The final car scene|endings/1";

    private Notebooks() {
    }

    /** A notebook with something in every part: standings, notes, credence and where the reader was. */
    static Notebook full() {
        return new Notebook(KEY,
                Map.of("kiss", Map.of("consent", Standing.CONVINCED, "hope", Standing.UNSURE),
                        "cry", Map.of("hope", Standing.UNCONVINCED)),
                Map.of("kiss", Map.of("consent", "She decides, then\nshe doesn't — \"quoted\" é 🙂")),
                Map.of("kiss", Map.of("consent", 60, "hope", 40), "cry", Map.of("consent", 0, "hope", 100)),
                new Notebook.Resume("beat", "cry", "hope", null), true);
    }

    /** The state number {@code n} of a notebook that grows with n: its counter is in every part. */
    static Notebook numbered(int n) {
        Map<String, Map<String, String>> notes = new LinkedHashMap<>();
        for (int i = 0; i <= n % 400; i++) {
            notes.put("beat-" + i, Map.of("reading", "note " + i + " of state " + n + " " + "x".repeat(i)));
        }
        return new Notebook(KEY, Map.of("beat-0", Map.of("reading", Standing.values()[n % 3])), notes,
                Map.of("counter", Map.of("units", n % 101, "hundreds", n / 101 % 101)),
                new Notebook.Resume("beat", "beat-" + (n % 400), "reading", "q" + n), true);
    }

    /** The state number a {@link #numbered} notebook holds. */
    static int counter(Notebook notebook) {
        return Integer.parseInt(notebook.resume().quote().substring(1));
    }
}
