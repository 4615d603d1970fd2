package org.endings.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.endings.core.Effect;

class EffectRunnerTest {
    @Test
    void eachEffectIsCarriedOutOnceInOrderAndNoEffectDoesNothing() {
        List<String> done = new ArrayList<>();
        EffectRunner runner = new EffectRunner(() -> done.add("quit"));
        runner.run(List.of());
        assertEquals(List.of(), done);
        runner.run(List.of(new Effect.Quit()));
        assertEquals(List.of("quit"), done);
    }
}
