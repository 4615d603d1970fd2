package org.endings.edge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

import org.endings.core.Action;
import org.endings.core.Effect;
import org.endings.core.Notebook;

/**
 * Carries out the effects a transition asks for, outside the pure core: the one runner both front
 * ends hand their effects to. Each front end says, through its {@link Host}, what an effect means
 * for it (the explorer gives the terminal back and ends; the text mode stops reading). An effect
 * whose outcome the core must hear of (a note written in an editor) comes back as actions.
 */
public final class EffectRunner {
    /** What the effects need from the front end that runs them. */
    public interface Host {
        /** End the session. */
        void quit();

        /** Give the reader a quote's citation to take away (the clipboard, or a line of its own). */
        void cite(String citation, String what);

        /** Write an export to a file, and say where (see {@link Exports}). */
        void export(Effect.Export export);

        /** Keep the notebook (the front end's saver writes it off the drawing thread; nothing when none is kept). */
        void save(Notebook notebook);

        /**
         * Let the reader edit {@code text}, their note on {@code about}; the text they leave, or null
         * when the front end asks for it another way (a one-line prompt) or the edit was abandoned.
         */
        String editNote(String text, String about);
    }

    private final Host host;
    private final LongSupplier seeds;

    public EffectRunner(Host host) {
        this(host, new LongSupplier() {
            @Override
            public long getAsLong() {
                return new SplittableRandom().nextInt(1, 1_000_000);
            }
        });
    }

    /** A runner whose rounds of blind reading asked for without a seed get theirs from {@code seeds}. */
    public EffectRunner(Host host, LongSupplier seeds) {
        this.host = Objects.requireNonNull(host, "host");
        this.seeds = Objects.requireNonNull(seeds, "seeds");
    }

    /** Carries out each effect in order; returns the actions their outcomes make, for the core. */
    public List<Action> run(List<Effect> effects) {
        List<Action> then = new ArrayList<>(0);
        for (Effect effect : effects) {
            if (effect instanceof Effect.Quit) {
                host.quit();
            } else if (effect instanceof Effect.Cite cite) {
                host.cite(cite.citation(), cite.what());
            } else if (effect instanceof Effect.Export export) {
                host.export(export);
            } else if (effect instanceof Effect.Shuffle shuffle) {
                // a short number, easy to say to a class that is to be dealt the same round
                then.add(new Action.Test(shuffle.spec(), seeds.getAsLong()));
            } else if (effect instanceof Effect.Save save) {
                host.save(save.notebook());
            } else if (effect instanceof Effect.EditNote edit) {
                String text = host.editNote(edit.text(), edit.about());
                if (text != null) {
                    then.add(new Action.Note(text));
                }
            } else {
                throw new IllegalArgumentException("no runner for " + effect);
            }
        }
        return then;
    }
}
