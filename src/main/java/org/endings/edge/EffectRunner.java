package org.endings.edge;

import java.util.List;
import java.util.Objects;

import org.endings.core.Effect;

/**
 * Carries out the effects a transition asks for, outside the pure core: the one runner both front
 * ends hand their effects to. Each front end says, through its {@link Host}, what an effect means
 * for it (the explorer gives the terminal back and ends; the text mode stops reading).
 */
public final class EffectRunner {
    /** What the effects need from the front end that runs them. */
    public interface Host {
        /** End the session. */
        void quit();
    }

    private final Host host;

    public EffectRunner(Host host) {
        this.host = Objects.requireNonNull(host, "host");
    }

    /** Carries out each effect in order. */
    public void run(List<Effect> effects) {
        for (Effect effect : effects) {
            if (effect instanceof Effect.Quit) {
                host.quit();
            } else {
                throw new IllegalArgumentException("no runner for " + effect);
            }
        }
    }
}
