package org.endings.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.endings.core.Action;
import org.endings.core.Navigator;
import org.endings.core.Queries;
import org.endings.core.Status;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code endings test}: a round of blind reading in the text mode, dealt by the options. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Read blind: a round of quotes, one at a time, without their stances, speakers or sources. For "
            + "each, say which reading its words bear on and which way (hope supports), or none; then hear the model's "
            + "answer, and at the end how far you agree, by reading and by way, and where your reading went beyond "
            + "the words. It runs in the text mode, so a round can be played through a pipe: printf '3 s\\nnext\\n' | "
            + "endings test --seed 1 --size 1."})
final class TestCommand implements Callable<Integer> {
    @ParentCommand
    EndingsCommand parent;

    @Mixin
    ModelOption modelOption;

    @Option(names = "--size", paramLabel = "N", description = "How many quotes the round holds (default 10).")
    Integer size;

    @Option(names = "--beat", paramLabel = "BEAT",
            description = "Draw only quotes about this beat: its number, or the start of its title (again for more).")
    List<String> beats = new ArrayList<>();

    @Option(names = "--reading", paramLabel = "READING",
            description = "Ask only about this reading: its number, or the start of its name (again for more).")
    List<String> readings = new ArrayList<>();

    @Option(names = "--speaker", description = "Show who said each quote (the source stays hidden).")
    boolean speaker;

    @Option(names = "--seed", paramLabel = "N",
            description = "Deal the round this number deals: the same quotes in the same order, for everyone who gives it.")
    Long seed;

    @Option(names = "--wrap", paramLabel = "N", description = "Wrap lines at N columns; 0 never wraps.")
    Integer wrap;

    @Option(names = "--no-notebook", description = "Keep nothing: the round is not added to your notebook.")
    boolean noNotebook;

    @Override
    public Integer call() {
        parent.model = ModelOption.of(modelOption, parent);
        if (Models.isStdin(parent.model)) {
            throw new Failure(2, "--model -: standard input carries the round's answers, so it cannot carry the model "
                    + "too; give the model's file name.");
        }
        if (seed != null && seed < 0) {
            throw new Failure(2, "--seed " + seed + ": a seed is a whole number from 0.");
        }
        parent.text = Boolean.TRUE;
        parent.wrap = wrap != null ? wrap : parent.wrap;
        parent.noNotebook |= noNotebook;
        if (parent.notebook != null && parent.noNotebook) {
            throw new Failure(2, "--notebook FILE and --no-notebook cannot go together: choose one.");
        }
        Launch launch = Launch.choose(parent, parent.env());
        Navigator explorer = new Navigator(new Queries(Models.loadValid(parent.model, parent.env().in(),
                parent.env().err()).model()));
        // options that deal no round end the command, as any option a command cannot use does
        Status dealt = explorer.update(explorer.start(), new Action.Test(spec(), seed == null ? 0L : seed)).state().status();
        if (dealt.error()) {
            throw new Failure(spec().isEmpty() ? 1 : 2, dealt.text());
        }
        return launch.openingOn("test " + spec()).explore(explorer, null);
    }

    /** The options as the text mode's test command takes them: "size 5 beats 3, 4 readings hope speaker seed 1". */
    String spec() {
        List<String> parts = new ArrayList<>();
        if (size != null) {
            parts.add("size " + size);
        }
        if (!beats.isEmpty()) {
            parts.add("beats " + String.join(", ", beats));
        }
        if (!readings.isEmpty()) {
            parts.add("readings " + String.join(", ", readings));
        }
        if (speaker) {
            parts.add("speaker");
        }
        if (seed != null) {
            parts.add("seed " + seed);
        }
        return String.join(" ", parts);
    }
}
