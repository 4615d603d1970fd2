package org.endings.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.endings.core.Action;
import org.endings.core.Effect;
import org.endings.core.Notebook;

class EffectRunnerTest {
    /** A host that writes down what it was asked to do, and edits a note by adding to it. */
    private static final class Recorder implements EffectRunner.Host {
        final List<String> done = new ArrayList<>();
        String edited;

        @Override
        public void quit() {
            done.add("quit");
        }

        @Override
        public void cite(String citation, String what) {
            done.add("cite " + what + ": " + citation);
        }

        @Override
        public void export(Effect.Export export) {
            done.add("export " + export.name());
        }

        @Override
        public void save(Notebook notebook) {
            done.add("save " + notebook.model());
        }

        @Override
        public String editNote(String text, String about) {
            done.add("edit " + about);
            return edited == null ? null : text + edited;
        }
    }

    @Test
    void eachEffectIsCarriedOutOnceInOrderAndWhatTheEditorLeftGoesBackToTheCore() {
        Recorder host = new Recorder();
        EffectRunner runner = new EffectRunner(host);
        assertEquals(List.of(), runner.run(List.of()));
        assertEquals(List.of(), host.done);
        host.edited = " and more";
        List<Action> then = runner.run(List.of(new Effect.Save(Notebook.empty("film")),
                new Effect.EditNote("A start", "The kiss, read as Hope"), new Effect.Cite("“Words.” — Ann.", "quote 2"),
                new Effect.Export("html", 1, 0, "film-hope", "the reading Hope"), new Effect.Quit()));
        assertEquals(List.of("save film", "edit The kiss, read as Hope", "cite quote 2: “Words.” — Ann.",
                "export film-hope", "quit"), host.done);
        assertEquals(List.of(new Action.Note("A start and more")), then);
        host.edited = null;
        assertEquals(List.of(), runner.run(List.of(new Effect.EditNote("x", "y"))), "an abandoned edit changes nothing");
    }
}
