"""What was heard, as figures: reads the logs that listen wrote (one line per event:
"HH:MM:SS.mmm ---- key K", "---- type TEXT", "---- prompt", "SAY  text", "--interrupt--")
and prints one table, a column per front end."""
import re, sys

FENRIR_OWN = {"Start Fenrir", "Stop Fenrir", "Quit Fenrir", "has attribute"}
# Fenrir says "blank" for the empty line the terminal's echo of Enter moves the cursor to, when it
# reads that line before the answer arrives (a race of a few milliseconds, as after any shell command):
# a word of its own before the answer, not a piece of the answer. Counted apart, but only as the first
# thing said after Enter; a "blank" anywhere else is heard and counted like any other word.
BLANK = "blank"
# What Fenrir says for punctuation at its stock level "some" (- $ ~ + * / \); "at" is left out,
# being a word too.
NOISE = {"dash", "slash", "backslash", "tilde", "plus", "star", "dollar"}
POSITION = re.compile(r"\b(beat|Beat) \d+ of \d+")


def words(text):
    return [w for w in text.split() if re.search(r"\w", w)]


def segments(path):
    """([(key, [utterances])], blanks): the start first (key None), then one per key pressed, the
    letters typed into a prompt being no key; and how many of Fenrir's own "blank" were set aside."""
    segs = [(None, [])]
    blanks = 0
    after_attribute = False
    for line in open(path, encoding="utf-8", errors="replace"):
        line = line.rstrip("\n")
        m = re.match(r"\S+ ---- (key|type|prompt)\s?(.*)", line)
        if m:
            segs.append((m.group(2) if m.group(1) == "key" else "", []))
            continue
        m = re.match(r"\S+ SAY  (.*)", line)
        if m and m.group(1).strip() == BLANK and segs[-1][0] == "Enter" and not segs[-1][1]:
            blanks += 1
            continue
        if m and m.group(1).strip() not in FENRIR_OWN:
            if after_attribute and segs[-1][1]:
                # Fenrir reading a change of colour or reverse video in the same frame: part of
                # what that frame said, not a second piece of it.
                segs[-1][1][-1] += " , " + m.group(1)
            else:
                segs[-1][1].append(m.group(1))
        after_attribute = bool(m) and m.group(1).strip() == "has attribute"
    return segs, blanks


def until(utterances, found):
    """Words heard up to and including the first word where found(text so far) holds; None if never."""
    heard = []
    for u in utterances:
        for w in words(u):
            heard.append(w)
            if found(" ".join(heard)):
                return len(heard)
    return None


def figures(path, help_heard):
    segs, blanks = segments(path)
    start = segs[0][1]
    keys = [(k, u) for k, u in segs[1:] if k]
    per_key = [len(words(" ".join(u))) for _, u in keys]
    all_words = [w.lower().strip(".,;:") for _, u in segs for x in u for w in words(x)]
    first = len(words(" ".join(start)))
    orient = until(start, lambda t: POSITION.search(t))
    helpw = until(start, help_heard)
    return {
        "keys or commands in the tour": str(len(keys)),
        "words until you know where you are": str(orient) if orient else f"not heard ({first} words)",
        "words until you know how to get help": str(helpw) if helpw else f"not heard in the first frame ({first} words)",
        "silent keys or commands": str(sum(1 for n in per_key if n == 0)),
        "mean words per key or command": f"{sum(per_key) / max(1, len(per_key)):.0f}",
        "punctuation noise words": str(sum(1 for w in all_words if w in NOISE)),
        "frames heard in pieces (>1 utterance)": str(sum(1 for _, u in keys if len(u) > 1)),
        "Fenrir's own \"blank\" before an answer": str(blanks),
    }


def main():
    explorer = figures(sys.argv[1], lambda t: re.search(r"\b(F1|question mark)\b", t))
    text = figures(sys.argv[2], lambda t: re.search(r"\bhelp\b", t, re.I))
    rows = list(explorer)
    width = max(map(len, rows))
    print(f"| {'':{width}} | explorer | text mode |")
    print(f"|{'-' * (width + 2)}|---|---|")
    for r in rows:
        print(f"| {r:{width}} | {explorer[r]} | {text[r]} |")
    if "-v" in sys.argv:
        for name, path in (("explorer", sys.argv[1]), ("text mode", sys.argv[2])):
            print(f"\n{name}, words per key:")
            for k, u in segments(path)[0][1:]:
                if k:
                    print(f"  {k:8} {len(words(' '.join(u))):4}  {len(u)} utt  {' | '.join(u)[:150]}")


main()
