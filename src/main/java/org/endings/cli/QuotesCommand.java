package org.endings.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.endings.core.Names;
import org.endings.core.Presenter;
import org.endings.core.Queries;
import org.endings.model.Model;
import org.endings.model.Quote;
import org.endings.model.Stance;
import org.endings.terminal.Sanitizer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code endings quotes}: the model's quotes, filtered, as text or JSON lines. */
@Command(name = "quotes", mixinStandardHelpOptions = true, versionProvider = EndingsCommand.Version.class,
        description = {"List the quotes of the model, each with who said it, where, and which way it bears on the "
            + "readings. Filters combine: --reading consent --stance challenges lists the quotes that challenge consent."})
final class QuotesCommand implements Callable<Integer> {
    /** The two ways quotes are written out. */
    enum Format { text, jsonl }

    @ParentCommand
    EndingsCommand parent;

    @Mixin
    ModelOption modelOption;

    @Option(names = "--beat", paramLabel = "BEAT", description = "Only quotes about this beat: its number, or the start of its title.")
    String beat;

    @Option(names = "--reading", paramLabel = "READING",
            description = "Only quotes bearing on this reading: its number, or the start of its name or of a word in it.")
    String reading;

    @Option(names = {"--person", "--speaker"}, paramLabel = "PERSON",
            description = "Only quotes this person speaks (or is paraphrased in): the start of their name.")
    String speaker;

    @Option(names = "--source", paramLabel = "SOURCE",
            description = "Only quotes this source carries: its number in the sources list, or the start of its title or outlet.")
    String source;

    @Option(names = "--stance", paramLabel = "STANCE",
            description = "Only quotes taking this stance (supports, complicates, challenges); on --reading if given, else on any reading.")
    String stance;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (default) or jsonl: one JSON object a line with id, text, voice, speaker, source, beats, readings.")
    Format format = Format.text;

    @Override
    public Integer call() {
        Model model = Models.loadValid(ModelOption.of(modelOption, parent), parent.env().in(), parent.env().err()).model();
        Queries queries = new Queries(model);
        Stance wanted = null;
        if (stance != null) {
            wanted = Stance.fromWord(stance);
            if (wanted == null) {
                throw new Failure(2, "No stance \"" + stance + "\": use supports, complicates or challenges.");
            }
        }
        Names names = new Names(queries);
        String beatId = beat == null ? null : model.beats().get(find(names, Names.Kind.BEAT, beat)).id();
        String readingId = reading == null ? null : model.readings().get(find(names, Names.Kind.READING, reading)).id();
        String personId = speaker == null ? null : model.people().get(find(names, Names.Kind.PERSON, speaker)).id();
        String sourceId = source == null ? null : model.sources().get(find(names, Names.Kind.SOURCE, source)).id();
        List<Quote> selected = new ArrayList<>();
        for (Quote q : model.quotes()) {
            if (matches(q, wanted, beatId, readingId, personId, sourceId)) {
                selected.add(q);
            }
        }
        PrintStream out = parent.env().out();
        if (format == Format.jsonl) {
            QuoteJson.write(selected, queries, out);
        } else {
            Presenter presenter = new Presenter(queries);
            out.println(selected.size() + (selected.size() == 1 ? " quote." : " quotes."));
            int n = 1;
            for (Quote q : selected) {
                out.println(Sanitizer.clean(n++ + ". " + presenter.attribution(q) + ". " + presenter.words(q)));
                out.println(Sanitizer.clean("   " + bearings(q, queries)));
            }
        }
        return 0;
    }

    /** The index of the beat, reading, person or source named; a usage error (exit 2) says why none is. */
    static int find(Names names, Names.Kind kind, String text) {
        Names.Found found = names.find(kind, text);
        if (!found.ok()) {
            throw new Failure(2, found.problem());
        }
        if (found.number() < 1 || found.number() > names.count(kind)) {
            throw new Failure(2, "No " + kind.name().toLowerCase(java.util.Locale.ROOT) + " " + found.number()
                    + ": they are numbered 1 to " + names.count(kind) + ".");
        }
        return found.number() - 1;
    }

    private static boolean matches(Quote q, Stance wanted, String beat, String reading, String person, String source) {
        if (beat != null && !q.beats().contains(beat)) {
            return false;
        }
        if (person != null && (q.voice() == org.endings.model.Voice.EDITORIAL || !person.equals(q.speaker()))) {
            return false;
        }
        if (source != null && !source.equals(q.source())) {
            return false;
        }
        if (reading != null) {
            Stance s = q.stanceOn(reading);
            return s != null && (wanted == null || s == wanted);
        }
        return wanted == null || q.stances().containsValue(wanted);
    }

    private static String bearings(Quote q, Queries queries) {
        List<String> beats = new ArrayList<>();
        for (String id : q.beats()) {
            beats.add(queries.beat(queries.beatIndex(id)).title());
        }
        List<String> readings = new ArrayList<>();
        for (Map.Entry<String, Stance> e : q.stances().entrySet()) {
            readings.add(e.getValue().word() + " " + queries.reading(queries.readingIndex(e.getKey())).title());
        }
        return "Id " + q.id() + ". Beats: " + String.join("; ", beats) + "."
                + (readings.isEmpty() ? "" : " Readings: " + String.join("; ", readings) + ".");
    }

}
