package org.endings.tui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * The terminal's taking for a big model, which waits until the model is found valid: a model with
 * errors gives up the take before it is made, at once, and nothing is left waiting. (Taking the
 * terminal itself is driven end to end in tmux: tui-e2e.sh and startup-race.sh with RACE_BIG=1;
 * here nothing touches the terminal the tests run in.)
 */
class PreparedTest {
    @Test
    void aBigModelWithErrorsGivesUpTheWaitingTakeAtOnceAndLeavesNoThreadWaiting() throws InterruptedException {
        FullScreen.Prepared prepared = FullScreen.prepareLater(TuiOptions.DEFAULT);
        assertTimeoutPreemptively(Duration.ofSeconds(5), prepared::abandon,
                "abandon does not wait for a take that was never let go");
        Thread terminal = thread("endings-terminal");
        if (terminal != null) {
            terminal.join(5000);
            assertFalse(terminal.isAlive(), "the thread that would have taken the terminal has ended");
        }
    }

    @Test
    void abandoningTwiceOrAfterTheTakeWasLetGoEndsTheSame() {
        FullScreen.Prepared prepared = FullScreen.prepareLater(TuiOptions.DEFAULT);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            prepared.abandon();
            prepared.take();   // too late: the explorer will not start, and nothing is taken
            prepared.abandon();
        });
    }

    private static Thread thread(String name) {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals(name)) {
                return t;
            }
        }
        return null;
    }
}
