package org.endings.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.endings.core.Presenter;
import org.endings.core.Queries;
import org.endings.model.Model;
import org.endings.model.Person;
import org.endings.model.Quote;
import org.endings.model.Stance;
import org.endings.terminal.Sanitizer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code endings quotes}: the model's quotes, filtered, as text or JSON lines. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"List the quotes of the model, each with who said it, where, and which way it bears on the "
            + "readings. Filters combine: --reading consent --stance challenges lists the quotes that challenge consent."})
final class QuotesCommand implements Callable<Integer> {
    /** The two ways quotes are written out. */
    enum Format { text, jsonl }

    @ParentCommand
    EndingsCommand parent;

    @Option(names = "--beat", paramLabel = "ID", description = "Only quotes about this beat.")
    String beat;

    @Option(names = "--reading", paramLabel = "ID", description = "Only quotes bearing on this reading.")
    String reading;

    @Option(names = "--speaker", paramLabel = "ID", description = "Only quotes spoken by this person.")
    String speaker;

    @Option(names = "--stance", paramLabel = "STANCE",
            description = "Only quotes taking this stance (supports, complicates, challenges); on --reading if given, else on any reading.")
    String stance;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (default) or jsonl: one JSON object a line with id, text, voice, speaker, source, beats, readings.")
    Format format = Format.text;

    @Override
    public Integer call() {
        Model model = Models.loadValid(parent.model, parent.env().err()).model();
        Queries queries = new Queries(model);
        Stance wanted = null;
        if (stance != null) {
            wanted = Stance.fromWord(stance);
            if (wanted == null) {
                throw new Failure(2, "No stance \"" + stance + "\": use supports, complicates or challenges.");
            }
        }
        if (beat != null && queries.beatIndex(beat) < 0) {
            throw new Failure(2, "No beat \"" + beat + "\": the beats are " + ids(model.beats().stream().map(b -> b.id()).toList()) + ".");
        }
        if (reading != null && queries.readingIndex(reading) < 0) {
            throw new Failure(2, "No reading \"" + reading + "\": the readings are "
                    + ids(model.readings().stream().map(r -> r.id()).toList()) + ".");
        }
        if (speaker != null && queries.person(speaker) == null) {
            throw new Failure(2, "No person \"" + speaker + "\": the people are "
                    + ids(model.people().stream().map(Person::id).toList()) + ".");
        }
        List<Quote> selected = new ArrayList<>();
        for (Quote q : model.quotes()) {
            if (matches(q, wanted)) {
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

    private boolean matches(Quote q, Stance wanted) {
        if (beat != null && !q.beats().contains(beat)) {
            return false;
        }
        if (speaker != null && !speaker.equals(q.speaker())) {
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

    private static String ids(List<String> ids) {
        return String.join(", ", ids);
    }
}
