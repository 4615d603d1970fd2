// Made by BundledModelCodeTest from data/anora.json, which it checks this file against: do not edit.
// After a change to data/anora.json: mvn test -Dtest=BundledModelCodeTest -Dgolden.update=true
package org.endings.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The bundled model as the code that builds it, already checked by the validator: the program starts
 * on it without reading data/anora.json (its JSON read by an interpreted parser was a third of the
 * text mode's start), when the bundled file is the very one this was made from (length and CRC-32).
 */
final class BundledModel {
    /** The length of the bundled file this was made from, in bytes. */
    static final int LENGTH = 27446;
    /** Its CRC-32. */
    static final long CRC = 0x194d928eL;

    private BundledModel() {
    }

    /** Whether {@code json} is the file this was made from. */
    static boolean isFrom(byte[] json) {
        if (json.length != LENGTH) {
            return false;
        }
        CRC32 crc = new CRC32();
        crc.update(json);
        return crc.getValue() == CRC;
    }

    static Model model() {
        return new Model("endings/1",
                new Work("Anora", 2024, "Sean Baker"),
                new Scene("The final scene", "Inside the car Igor drives, at the end of the drive to Ani's house, as snow falls on Brighton Beach and the windshield wipers beat.", "Igor has driven Ani back from Las Vegas, where her marriage to Ivan was ended. He gives her back her wedding ring; she answers by getting intimate with him; when he tries to kiss her she stops, pulls back and breaks down in his arms, and the film cuts to black."),
                people(), sources(), beats(), readings(), quotes());
    }

    private static List<Person> people() {
        List<Person> all = new ArrayList<>(6);
        all.add(new Person("sean-baker", "Sean Baker", "writer-director", null));
        all.add(new Person("samantha-quan", "Samantha Quan", "producer", null));
        all.add(new Person("alex-coco", "Alex Coco", "producer", null));
        all.add(new Person("mikey-madison", "Mikey Madison", "actor", "Ani"));
        all.add(new Person("yura-borisov", "Yura Borisov", "actor", "Igor"));
        all.add(new Person("mark-eydelshteyn", "Mark Eydelshteyn", "actor", "Ivan (Vanya)"));
        return all;
    }

    private static List<Source> sources() {
        List<Source> all = new ArrayList<>(5);
        all.add(new Source("explainer", SourceKind.ARTICLE, null, "What Happens at the End of Anora?", "2025-03-12", null, null));
        all.add(new Source("cinema-group", SourceKind.ARTICLE, "The Cinema Group", "Sean Baker Reflects on Crafting the Profound Ending of \u2018Anora\u2019 \u2014 A Timeless Cinematic Closure", null, null, null));
        all.add(new Source("indiewire-2024", SourceKind.INTERVIEW, "IndieWire", "Sean Baker interviewed by IndieWire", "2024-11", "explainer", null));
        all.add(new Source("indiewire-conversation", SourceKind.INTERVIEW, "IndieWire", "IndieWire conversation with Sean Baker, Samantha Quan and Alex Coco", null, "cinema-group", null));
        all.add(new Source("script-apart", SourceKind.PODCAST, "Script Apart", "Sean Baker on Script Apart with Al Horner", null, "explainer", null));
        return all;
    }

    private static List<Beat> beats() {
        List<Beat> all = new ArrayList<>(4);
        all.add(new Beat("ring", "The ring returned", "Igor has driven Ani back from Las Vegas to her home. Before she goes, he gives her back the wedding ring from her annulled marriage to Ivan.", List.of("the car", "snowflakes falling on Brighton Beach", "the rhythmic sound of the windshield wipers"), null));
        all.add(new Beat("intimacy", "The intimacy", "Ani gets on top of Igor and becomes intimate with him; the articles call it her way of repaying or thanking him. The screenplay had a few more lines of back and forth here; in rehearsal they were found unnecessary and cut, so the moment plays without them.", List.of("the car", "the snow slowly building around the car"), null));
        all.add(new Beat("kiss", "The refused kiss", "As the moment intensifies, Igor leans in to kiss her. Ani stops and pulls back.", List.of("the car", "the snow slowly building around the car"), null));
        all.add(new Beat("breakdown", "The breakdown", "Ani collapses into Igor's embrace and breaks down crying. Her face is not seen in the final shot, and the film cuts suddenly to black.", List.of("the car, enclosed by the built-up snow in a \"snowy cave\"", "a sudden cut to black"), null));
        return all;
    }

    private static List<Reading> readings() {
        List<Reading> all = new ArrayList<>(9);
        Map<String, String> glosses0 = new LinkedHashMap<>();
        glosses0.put("ring", "The ring comes back to her as something done for her by one of the men who held her. The scene is not yet hers.");
        glosses0.put("intimacy", "Ani takes the lead. Getting on top of him is not payment but a move she makes on her own terms, perhaps the first in a long while.");
        glosses0.put("kiss", "The kiss is Igor trying to change the terms she set. Stopping him keeps the moment hers.");
        glosses0.put("breakdown", "Holding on to control costs her: once the moment is hers, everything she lost on the way to it comes out at once.");
        all.add(new Reading("reclaimed-power", "Reclaimed power", "What Ani does in the car is about her, not a gift to Igor: she is regaining the power she lost entirely on her journey.", glosses0));
        Map<String, String> glosses1 = new LinkedHashMap<>();
        glosses1.put("ring", "Before she goes, Igor gives her back her wedding ring. Under this reading, what she gives in return, if anything, is hers to decide.");
        glosses1.put("intimacy", "What happens is on Ani's terms: she starts it, and she decides how far it goes.");
        glosses1.put("kiss", "Igor's kiss goes past what she offered. Her refusal draws the line plainly: she, not he, decides what this moment is.");
        glosses1.put("breakdown", "Having drawn the line, she falls into his embrace and breaks down. The refusal and the collapse come together.");
        all.add(new Reading("consent", "Consent", "The scene turns on consent: Ani sets the limits of what happens between them, and the kiss crosses one of them.", glosses1));
        Map<String, String> glosses2 = new LinkedHashMap<>();
        glosses2.put("ring", "Returning the ring is an act of kindness, and a sign of what Igor has come to feel for her.");
        glosses2.put("intimacy", "Whatever moves her to it, under this reading the two of them are closer here than they have been before.");
        glosses2.put("kiss", "The kiss comes too soon, but it shows that Igor wants more than what she offered. The refusal need not be the end of it.");
        glosses2.put("breakdown", "She breaks down in his arms rather than leaving him. Where the two of them go from here is open, and it can be hoped for.");
        all.add(new Reading("hope", "Hope", "Something real has begun between Ani and Igor, and the ending leaves room to hope for what may come of it.", glosses2));
        Map<String, String> glosses3 = new LinkedHashMap<>();
        glosses3.put("ring", "The ring comes from a marriage now annulled, and The Cinema Group has her \u201cleft with nothing\u201d. Under this reading, the gift only marks what she has lost.");
        glosses3.put("intimacy", "She falls back on what she knows, as if nothing in the whole ordeal has changed.");
        glosses3.put("kiss", "The kiss reaches for the one thing she still holds back, and what holds her together gives way.");
        glosses3.put("breakdown", "Everything she kept in comes out at once, and the sudden cut to black offers no comfort.");
        all.add(new Reading("despair", "A devastating place", "The ending leaves Ani, and the audience with her, in a devastating place: the fairytale is over and she is left with nothing.", glosses3));
        Map<String, String> glosses4 = new LinkedHashMap<>();
        glosses4.put("ring", "Igor's gesture speaks for him: giving back the ring says something about what he feels.");
        glosses4.put("intimacy", "The lines the screenplay had here are gone; what passes between them is carried without words instead.");
        glosses4.put("kiss", "The kiss is Igor reaching past the exchange towards her, and her answer is as clear as any line of dialogue.");
        glosses4.put("breakdown", "She collapses into his embrace; under this reading, the embrace is itself what passes between them, without words.");
        all.add(new Reading("connection", "Connection without words", "For the first time in the film, two people truly communicate, and they do it without words.", glosses4));
        Map<String, String> glosses5 = new LinkedHashMap<>();
        glosses5.put("ring", "Under this reading, Igor's kind gesture leaves her in his debt.");
        glosses5.put("intimacy", "She repays him in the way she knows; it may be thanks, or it may be the habit of settling every account.");
        glosses5.put("kiss", "A kiss belongs to something other than payment: it asks for what she was not offering.");
        glosses5.put("breakdown", "The tears come when the exchange stops being an exchange, and she can no longer tell what she owes from what she feels.");
        all.add(new Reading("gratitude", "Gratitude or transaction", "Ani answers Igor's kindness the only way she knows, with her body, and the scene asks whether that is gratitude or the old transaction she cannot leave behind.", glosses5));
        Map<String, String> glosses6 = new LinkedHashMap<>();
        glosses6.put("ring", "The ring closes a chapter. What is left is her old life, waiting outside the car.");
        glosses6.put("intimacy", "She slips back into her usual role almost by reflex, showing gratitude the way her work has taught her to.");
        glosses6.put("kiss", "The kiss asks her to be someone other than the role she is playing, and she has no answer ready.");
        glosses6.put("breakdown", "The collapse is about who she is after all this and what she is going back to, not only about the man in front of her.");
        all.add(new Reading("existential", "An existential breakdown", "Ani's breakdown is about more than Igor: torn about going back to her usual role as a sex worker, she is struggling to reconnect with herself.", glosses6));
        Map<String, String> glosses7 = new LinkedHashMap<>();
        glosses7.put("ring", "She gets back something of her own before she goes home.");
        glosses7.put("intimacy", "She is still acting and choosing, not frozen by what has been done to her.");
        glosses7.put("kiss", "She still knows where her limits are, and she holds them.");
        glosses7.put("breakdown", "Under this reading the crying is a release, not an end. On set, Baker saw Mikey Madison shed a single tear, \u201cjust like in Nights of Cabiria\u201d; but where Cabiria looks into the camera, Ani's face is never seen in the final shot.");
        all.add(new Reading("survival", "Ani will be fine", "Ani will survive this, as Cabiria seems to tell the audience she will in Nights of Cabiria, the Fellini film that inspired the ending.", glosses7));
        Map<String, String> glosses8 = new LinkedHashMap<>();
        glosses8.put("ring", "The articles call it a kind gesture and a symbol of goodwill; under this reading, what it means to Ani is left to the viewer.");
        glosses8.put("intimacy", "Gratitude, habit, power or connection: the readings differ on why she does it, and the lines the screenplay once had here were cut.");
        glosses8.put("kiss", "Whether the kiss is a step too far or a step towards something is left to the viewer.");
        glosses8.put("breakdown", "Her face is not seen, and the cut to black comes before anything is settled. The viewer writes what follows.");
        all.add(new Reading("open", "Left to the audience", "The ending is built to allow different readings: what the scene means, and what happens next, is for each viewer to decide.", glosses8));
        return all;
    }

    private static List<Quote> quotes() {
        List<Quote> all = new ArrayList<>(47);
        quotes0(all);
        quotes1(all);
        quotes2(all);
        return all;
    }

    private static void quotes0(List<Quote> all) {
        Map<String, Stance> stances;
        stances = new LinkedHashMap<>();
        all.add(new Quote("explainer-kind-gesture",
                "Afterward, Igor drives Ani to her house, but before she goes, in a kind gesture, he returns the wedding ring to her.",
                Voice.EDITORIAL, null, "explainer", List.of("ring"), stances, null));
        stances = new LinkedHashMap<>();
        stances.put("gratitude", Stance.SUPPORTS);
        stances.put("reclaimed-power", Stance.CHALLENGES);
        all.add(new Quote("explainer-repay",
                "Ani then attempts to repay Igor by getting intimate with him, only to end up breaking down and crying after he tries to kiss her.",
                Voice.EDITORIAL, null, "explainer", List.of("intimacy", "kiss", "breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        stances.put("open", Stance.COMPLICATES);
        all.add(new Quote("explainer-record-straight",
                "The director of Anora set the record straight on the film's cryptic ending months ago.",
                Voice.EDITORIAL, null, "explainer", List.of("ring", "intimacy", "kiss", "breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        stances.put("open", Stance.SUPPORTS);
        all.add(new Quote("explainer-open-ended",
                "some viewers still have questions regarding the film's open-ended conclusion",
                Voice.EDITORIAL, null, "explainer", List.of("ring", "intimacy", "kiss", "breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        stances.put("open", Stance.SUPPORTS);
        all.add(new Quote("explainer-abrupt-ending",
                "Anora's abrupt ending has left many audience members questioning the truth of its meaning.",
                Voice.EDITORIAL, null, "explainer", List.of("ring", "intimacy", "kiss", "breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        stances.put("open", Stance.SUPPORTS);
        all.add(new Quote("baker-up-to-audience",
                "really up to the audience",
                Voice.DIRECT, "sean-baker", "explainer", List.of("ring", "intimacy", "kiss", "breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        stances.put("open", Stance.SUPPORTS);
        all.add(new Quote("baker-designed-interpretations",
                "It\u2019s designed in a way that allows for different interpretations.",
                Voice.DIRECT, "sean-baker", "indiewire-2024", List.of("ring", "intimacy", "kiss", "breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        stances.put("reclaimed-power", Stance.SUPPORTS);
        stances.put("gratitude", Stance.CHALLENGES);
        all.add(new Quote("baker-regaining-power",
                "I do see it more of it being about her and not really something that she\u2019s giving to him but something in which she\u2019s now regaining the power that she lost entirely throughout this journey.",
                Voice.DIRECT, "sean-baker", "indiewire-2024", List.of("intimacy", "kiss", "breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        stances.put("consent", Stance.SUPPORTS);
        stances.put("reclaimed-power", Stance.SUPPORTS);
        stances.put("hope", Stance.COMPLICATES);
        all.add(new Quote("baker-consent-line",
                "We\u2019re playing with different themes, and one of them is consent, and when he then tries to kiss her in that moment, that\u2019s crossing a line for her. It\u2019s like, \u2018No, I\u2019m in control of this moment.'",
                Voice.DIRECT, "sean-baker", "indiewire-2024", List.of("kiss"), stances, null));
        stances = new LinkedHashMap<>();
        stances.put("despair", Stance.SUPPORTS);
        stances.put("hope", Stance.COMPLICATES);
        stances.put("survival", Stance.COMPLICATES);
        all.add(new Quote("baker-devastating-place",
                "devastating place",
                Voice.DIRECT, "sean-baker", "script-apart", List.of("breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        stances.put("despair", Stance.SUPPORTS);
        stances.put("hope", Stance.COMPLICATES);
        stances.put("survival", Stance.COMPLICATES);
        all.add(new Quote("baker-devastating-paraphrase",
                "he was hoping to leave the audience in a \"devastating place\" to reflect the emotional state of the main character",
                Voice.PARAPHRASE, "sean-baker", "script-apart", List.of("breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        all.add(new Quote("baker-kiss-reiterated",
                "He reiterated the same thoughts about Igor's kiss in the scene",
                Voice.PARAPHRASE, "sean-baker", "script-apart", List.of("kiss"), stances, null));
        stances = new LinkedHashMap<>();
        stances.put("connection", Stance.SUPPORTS);
        all.add(new Quote("baker-dialogue-cut",
                "If you read the screenplay there are a few more lines of dialogue after she gets on top of him and it's a little bit of back and forth... And when we were rehearsing I think all three of us, Mikey, Yuriy, and myself, we realized that those words weren't necessary. It was actually going to take away from the scene.",
                Voice.DIRECT, "sean-baker", "script-apart", List.of("intimacy"), stances, null));
        stances = new LinkedHashMap<>();
        stances.put("connection", Stance.SUPPORTS);
        stances.put("gratitude", Stance.COMPLICATES);
        all.add(new Quote("baker-finally-communicating",
                "Because it was the first time in the film, it can be argued, that two people are finally communicating. What I thought was interesting was there was communication in a non-verbal way, but there was connection.",
                Voice.DIRECT, "sean-baker", "script-apart", List.of("intimacy", "kiss"), stances, null));
        stances = new LinkedHashMap<>();
        stances.put("open", Stance.COMPLICATES);
        all.add(new Quote("baker-epilogue",
                "It was always the ending, however, I did write an epilogue that was never intended to be shot or even really shared past the actors... It was more of a directing tool to put into the heads of the actors where I saw it going.",
                Voice.DIRECT, "sean-baker", "script-apart", List.of("breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        stances.put("hope", Stance.SUPPORTS);
        stances.put("despair", Stance.CHALLENGES);
        stances.put("open", Stance.SUPPORTS);
        all.add(new Quote("baker-epilogue-hopeful",
                "I can't go into too much detail because the whole ending is designed to allow the audience to have their interpretation and write their own endings but, it was hopeful. There is hope there.",
                Voice.DIRECT, "sean-baker", "script-apart", List.of("breakdown"), stances, null));
    }

    private static void quotes1(List<Quote> all) {
        Map<String, Stance> stances;
        stances = new LinkedHashMap<>();
        stances.put("hope", Stance.SUPPORTS);
        all.add(new Quote("explainer-potential-relationship",
                "it seems that Baker was referring to there being potential for some kind of relationship between Igor and Ani after the ending of the film",
                Voice.EDITORIAL, null, "explainer", List.of("breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        stances.put("hope", Stance.SUPPORTS);
        all.add(new Quote("baker-came-through-performance",
                "I think that giving my actors that knowing where this could possibly go between Ani and Igor, I think maybe, we'll never know, but maybe that came through in the performance a little bit.",
                Voice.DIRECT, "sean-baker", "script-apart", List.of("intimacy", "kiss", "breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        stances.put("hope", Stance.SUPPORTS);
        stances.put("despair", Stance.COMPLICATES);
        all.add(new Quote("baker-can-be-hopeful",
                "not saying you can't be hopeful about what may happen between these two.",
                Voice.DIRECT, "sean-baker", "script-apart", List.of("breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        stances.put("gratitude", Stance.SUPPORTS);
        stances.put("despair", Stance.SUPPORTS);
        stances.put("hope", Stance.SUPPORTS);
        all.add(new Quote("cinema-poignant-culmination",
                "The ending of Anora is a poignant culmination of emotion, offering a blend of gratitude, despair, and perhaps even hope",
                Voice.EDITORIAL, null, "cinema-group", List.of("ring", "intimacy", "kiss", "breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        all.add(new Quote("cinema-car-setting",
                "In Baker\u2019s signature style, the film\u2019s final scene is set within the intimate confines of a car, snowflakes descending on Brighton Beach while the rhythmic sound of windshield wipers lulls the audience into a trance.",
                Voice.EDITORIAL, null, "cinema-group", List.of("ring", "intimacy", "kiss", "breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        all.add(new Quote("cinema-cut-to-black",
                "It\u2019s a setup that crescendos into a sudden and shattering cut to black \u2014 an emotional high note that lingers long after the credits roll.",
                Voice.EDITORIAL, null, "cinema-group", List.of("breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        stances.put("despair", Stance.SUPPORTS);
        all.add(new Quote("cinema-left-with-nothing",
                "Ani is left with nothing, her marriage annulled, and facing threats from Vanya\u2019s parents if she dares speak out.",
                Voice.EDITORIAL, null, "cinema-group", List.of("ring", "intimacy", "kiss", "breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        stances.put("hope", Stance.SUPPORTS);
        all.add(new Quote("cinema-igor-falling-in-love",
                "In a touching gesture, Igor \u2014 who has been quietly falling in love with Ani as he oscillated between captor and protector \u2014 presents her with her wedding ring as a symbol of goodwill.",
                Voice.EDITORIAL, null, "cinema-group", List.of("ring"), stances, null));
        stances = new LinkedHashMap<>();
        stances.put("gratitude", Stance.SUPPORTS);
        stances.put("reclaimed-power", Stance.CHALLENGES);
        all.add(new Quote("cinema-thanks-only-way",
                "In return, Ani thanks him the only way she knows \u2014 with a sexual favor.",
                Voice.EDITORIAL, null, "cinema-group", List.of("intimacy"), stances, null));
        stances = new LinkedHashMap<>();
        stances.put("connection", Stance.COMPLICATES);
        all.add(new Quote("cinema-breaching-defenses",
                "As the moment intensifies, Igor leans in for a kiss, breaching Ani\u2019s defenses against genuine intimacy.",
                Voice.EDITORIAL, null, "cinema-group", List.of("kiss"), stances, null));
        stances = new LinkedHashMap<>();
        all.add(new Quote("cinema-emotions-unraveling",
                "She stops, pulls back, and collapses into his embrace, her emotions unraveling.",
                Voice.EDITORIAL, null, "cinema-group", List.of("kiss", "breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        all.add(new Quote("cinema-cabiria-inspiration",
                "The inspiration for this ending comes from Federico Fellini\u2019s Nights of Cabiria, a key influence for Anora.",
                Voice.EDITORIAL, null, "cinema-group", List.of("ring", "intimacy", "kiss", "breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        all.add(new Quote("cinema-cabiria-survive",
                "In Nights of Cabiria, Giulietta Masina\u2019s Cabiria sheds a solitary mascara-stained tear as she looks into the camera, as if telling the audience, \u201cIt\u2019s okay, I\u2019ll survive.\u201d",
                Voice.EDITORIAL, null, "cinema-group", List.of("breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        stances.put("open", Stance.SUPPORTS);
        stances.put("despair", Stance.COMPLICATES);
        stances.put("hope", Stance.COMPLICATES);
        stances.put("survival", Stance.COMPLICATES);
        all.add(new Quote("cinema-face-never-seen",
                "In Anora, however, Ani\u2019s face is never seen in the final shot, leaving her fate ambiguous, open to both despair and hope.",
                Voice.EDITORIAL, null, "cinema-group", List.of("breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        stances.put("hope", Stance.SUPPORTS);
        all.add(new Quote("cinema-wish-romance",
                "Audiences may even wish for a romance between Ani and Igor.",
                Voice.EDITORIAL, null, "cinema-group", List.of("breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        stances.put("survival", Stance.SUPPORTS);
        stances.put("despair", Stance.CHALLENGES);
        stances.put("open", Stance.COMPLICATES);
        all.add(new Quote("baker-ani-will-be-fine",
                "We know Ani will be fine.",
                Voice.DIRECT, "sean-baker", "cinema-group", List.of("breakdown"), stances, null));
    }

    private static void quotes2(List<Quote> all) {
        Map<String, Stance> stances;
        stances = new LinkedHashMap<>();
        all.add(new Quote("baker-beginning-middle-end",
                "I always have the beginning, middle, and end worked out before I start writing",
                Voice.DIRECT, "sean-baker", "indiewire-conversation", List.of("ring", "intimacy", "kiss", "breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        all.add(new Quote("coco-google-doc",
                "I went back and reread the Google Doc we worked off before you went into Final Draft, and it\u2019s the exact same from the very beginning",
                Voice.DIRECT, "alex-coco", "indiewire-conversation", List.of("ring", "intimacy", "kiss", "breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        all.add(new Quote("baker-snowy-cave",
                "We knew that the snow would slowly build, basically enclosing them in a snowy cave by the end.",
                Voice.DIRECT, "sean-baker", "indiewire-conversation", List.of("ring", "intimacy", "kiss", "breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        all.add(new Quote("baker-gut-punch",
                "The endings have to have an emotional gut punch. My favorite films are defined by their endings\u2026 after this long journey, we needed to deliver on that.",
                Voice.DIRECT, "sean-baker", "indiewire-conversation", List.of("breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        all.add(new Quote("coco-three-days",
                "What we didn\u2019t know was that it would take three days to shoot.",
                Voice.DIRECT, "alex-coco", "indiewire-conversation", List.of("ring", "intimacy", "kiss", "breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        all.add(new Quote("quan-two-locations",
                "the scene was shot across two different locations in Brighton Beach, where the cast and crew were living during production",
                Voice.PARAPHRASE, "samantha-quan", "indiewire-conversation", List.of("ring", "intimacy", "kiss", "breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        all.add(new Quote("coco-choreography",
                "The choreography wasn\u2019t just the actors; it involved the entire crew around the car, ensuring the space inside felt intimate. We had production designer Stephen Phelps on the car hood, dropping fake snow by the window, and I was negotiating with police to extend our time on location",
                Voice.DIRECT, "alex-coco", "indiewire-conversation", List.of("ring", "intimacy", "kiss", "breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        all.add(new Quote("baker-single-tear",
                "This magical moment happened. I remember leaning over to see if Mikey Madison\u2019s tears were coming, and there it was \u2014 a single tear, just like in Nights of Cabiria. It felt like an unintentional yet profound nod to the film that inspired Anora.",
                Voice.DIRECT, "sean-baker", "indiewire-conversation", List.of("breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        stances.put("existential", Stance.SUPPORTS);
        stances.put("gratitude", Stance.SUPPORTS);
        stances.put("reclaimed-power", Stance.COMPLICATES);
        all.add(new Quote("baker-existential-paraphrase",
                "Baker sees Ani\u2019s breakdown as existential, with her showing gratitude through her body while feeling conflicted about moving forward in her usual role as a sex worker.",
                Voice.PARAPHRASE, "sean-baker", "cinema-group", List.of("intimacy", "breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        stances.put("existential", Stance.SUPPORTS);
        all.add(new Quote("cinema-struggling-reconnect",
                "The emotional rollercoaster of her journey with Vanya has left her struggling to reconnect with herself.",
                Voice.EDITORIAL, null, "cinema-group", List.of("breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        stances.put("open", Stance.SUPPORTS);
        all.add(new Quote("cinema-designed-readings",
                "It\u2019s designed in a way that allows for different readings",
                Voice.DIRECT, "sean-baker", "indiewire-conversation", List.of("ring", "intimacy", "kiss", "breakdown"), stances, "baker-designed-interpretations"));
        stances = new LinkedHashMap<>();
        stances.put("reclaimed-power", Stance.SUPPORTS);
        all.add(new Quote("cinema-reclaiming-power",
                "I see it more as Ani reclaiming the power she lost throughout her journey.",
                Voice.DIRECT, "sean-baker", "indiewire-conversation", List.of("intimacy", "kiss", "breakdown"), stances, "baker-regaining-power"));
        stances = new LinkedHashMap<>();
        stances.put("consent", Stance.SUPPORTS);
        stances.put("reclaimed-power", Stance.SUPPORTS);
        stances.put("hope", Stance.COMPLICATES);
        all.add(new Quote("cinema-consent-control",
                "Consent is a key theme here. When Igor tries to kiss her, it crosses a line. It\u2019s her saying, \u2018No, I control this moment.\u2019",
                Voice.DIRECT, "sean-baker", "indiewire-conversation", List.of("kiss"), stances, "baker-consent-line"));
        stances = new LinkedHashMap<>();
        all.add(new Quote("cinema-shape-motivations",
                "Baker worked closely with Madison to shape Ani\u2019s motivations in that scene.",
                Voice.EDITORIAL, null, "cinema-group", List.of("ring", "intimacy", "kiss", "breakdown"), stances, null));
        stances = new LinkedHashMap<>();
        stances.put("open", Stance.SUPPORTS);
        all.add(new Quote("quan-long-conversations",
                "Mikey and I had long conversations about the intent and meaning behind that moment, but we agreed not to state our interpretation outright. Everyone seems to have a strong reaction to it regardless of how they perceive what\u2019s happening",
                Voice.DIRECT, "samantha-quan", "indiewire-conversation", List.of("ring", "intimacy", "kiss", "breakdown"), stances, null));
    }
}
