package org.endings.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import java.util.Map;

import org.endings.model.Model;
import org.endings.model.Quote;
import org.endings.model.Source;
import org.endings.model.SourceKind;
import org.endings.model.Voice;
import org.junit.jupiter.api.Test;

/** How a source is named to a reader: the outlet as it writes itself, the kind said once. */
class SourceDescriptionTest {
    private static final Source ARTICLE =
            new Source("article", SourceKind.ARTICLE, "eye for Film", "All about the end", "2025-03-12", null);
    private static final Source PODCAST =
            new Source("podcast", SourceKind.PODCAST, "The Script Apart Podcast", "Baker on the podcast", null, "article");
    private static final Source INTERVIEW =
            new Source("interview", SourceKind.INTERVIEW, "indieWire", "Baker interviewed", "2024-11", "article");

    private static Navigator navigator() {
        Model small = SmallModel.model();
        Model model = new Model(small.format(), small.work(), small.scene(), small.people(),
                List.of(ARTICLE, INTERVIEW, PODCAST), small.beats(), small.readings(), small.quotes());
        return new Navigator(new Queries(model));
    }

    @Test
    void aPodcastWhoseNameEndsInPodcastIsNotCalledAPodcastPodcast() {
        Presenter presenter = navigator().presenter();
        assertEquals("The Script Apart Podcast, as reported by eye for Film article “All about the end”, 12 March 2025",
                presenter.describe(PODCAST));
        assertEquals("indieWire interview, November 2024, as reported by eye for Film article “All about the end”, "
                + "12 March 2025", presenter.describe(INTERVIEW));
    }

    @Test
    void anOutletKeepsItsOwnCapitalsAtTheStartOfALineToo() {
        Navigator navigator = navigator();
        State sources = navigator.update(navigator.start(), new Action.Show(View.SOURCES)).state();
        Page page = navigator.presenter().page(sources);
        List<String> labels = page.blocks().stream().filter(b -> b instanceof Page.Items)
                .flatMap(b -> ((Page.Items) b).items().stream()).map(Page.Item::text).toList();
        assertEquals(3, labels.size(), labels.toString());
        assertTrue(labels.get(0).startsWith("eye for Film article “All about the end”"), labels.get(0));
        assertTrue(labels.get(1).startsWith("indieWire interview, November 2024"), labels.get(1));
        assertTrue(labels.get(2).startsWith("The Script Apart Podcast, as reported by"), labels.get(2));

        State podcast = navigator.update(sources, new Action.ShowSource(3)).state();
        List<String> texts = navigator.presenter().page(podcast).blocks().stream()
                .filter(b -> b instanceof Page.Text).map(b -> ((Page.Text) b).text()).toList();
        assertEquals("The Script Apart Podcast.", texts.get(0));
        assertEquals("eye for Film article “All about the end”, 12 March 2025.", texts.get(1));
    }

    @Test
    void aListNamesASourceWithoutItsDateUnlessAnotherSourceWouldReadTheSame() {
        Model small = SmallModel.model();
        Quote first = new Quote("q1", "Words.", Voice.DIRECT, "ann", "interview", List.of("kiss"), Map.of(), null);
        Quote second = new Quote("q2", "More words.", Voice.DIRECT, "ann", "podcast", List.of("kiss"), Map.of(), null);
        Presenter alone = presenter(small, List.of(ARTICLE, INTERVIEW, PODCAST), List.of(first, second));
        assertEquals("Ann Director, writer-director, indieWire interview, as reported by eye for Film",
                alone.listAttribution(first));
        assertEquals("Ann Director, writer-director, The Script Apart Podcast, as reported by eye for Film",
                alone.listAttribution(second));
        assertEquals("Ann Director, writer-director, indieWire interview, November 2024, as reported by eye for Film, "
                + "12 March 2025", alone.attribution(first), "a citation keeps every date");

        // another interview by the same outlet, written otherwise and reported by the same article: it
        // would be heard the same without its dates, so both keep them
        Source again = new Source("interview2", SourceKind.INTERVIEW, "IndieWire", "Baker again", "2025-02", "article");
        Presenter twins = presenter(small, List.of(ARTICLE, INTERVIEW, PODCAST, again), List.of(first, second));
        assertEquals("Ann Director, writer-director, indieWire interview, November 2024, as reported by eye for Film, "
                + "12 March 2025", twins.listAttribution(first), "two indieWire interviews are told apart by their dates");
        assertEquals("Ann Director, writer-director, The Script Apart Podcast, as reported by eye for Film",
                twins.listAttribution(second));

        // reported by no one, the same outlet's other interview already reads otherwise: no date needed
        Source direct = new Source("interview2", SourceKind.INTERVIEW, "indieWire", "Baker again", "2025-02", null);
        Presenter apart = presenter(small, List.of(ARTICLE, INTERVIEW, PODCAST, direct), List.of(first, second));
        assertEquals("Ann Director, writer-director, indieWire interview, as reported by eye for Film",
                apart.listAttribution(first));
    }

    @Test
    void anotherWordingSaysWhereItIsFromWithTheOutletsOwnCapitals() {
        Model small = SmallModel.model();
        Quote first = new Quote("q1", "Words.", Voice.DIRECT, "ann", "article", List.of("kiss"), Map.of(), null);
        Quote other = new Quote("q2", "Other words.", Voice.DIRECT, "ann", "interview", List.of("kiss"), Map.of(), "q1");
        Navigator navigator = new Navigator(new Queries(new Model(small.format(), small.work(), small.scene(),
                small.people(), List.of(ARTICLE, INTERVIEW, PODCAST), small.beats(), small.readings(),
                List.of(first, other))));
        State kiss = navigator.update(navigator.start(), new Action.GoToBeat(2)).state();
        State quote = navigator.update(kiss, new Action.OpenItem(1)).state();
        List<Page.Block> blocks = navigator.presenter().page(quote).blocks();
        assertEquals(new Page.Text("“Words.”"), blocks.get(0));
        int label = blocks.indexOf(new Page.Heading("Another wording"));
        assertTrue(label > 0, blocks.toString());
        assertEquals(new Page.Text("“Other words.”"), blocks.get(label + 1));
        assertEquals(new Page.Text("From indieWire interview, November 2024, as reported by eye for Film, 12 March 2025."),
                blocks.get(label + 2));
    }

    private static Presenter presenter(Model small, List<Source> sources, List<Quote> quotes) {
        return new Navigator(new Queries(new Model(small.format(), small.work(), small.scene(), small.people(),
                sources, small.beats(), small.readings(), quotes))).presenter();
    }
}
