using System.Globalization;
using System.Text;

namespace SiteGen.Benchmarks.Corpus;

/// <summary>
/// Writes the Markdown body of a page: an introduction, six headings, paragraphs with emphasis and inline code,
/// a bullet list, an ordered list, a table, a fenced code block and three links to headings of other pages.
/// The text comes from the page's own seed, so SiteGen's and Hugo's copies differ only in how links are written.
/// </summary>
public static class MarkdownBodyWriter
{
    /// <param name="href">Writes the href of a link from a page to a heading of another page.</param>
    public static void Write(StringBuilder body, PlannedPage page, Func<PlannedPage, PlannedLink, string> href)
    {
        var rng = new CorpusRandom(page.BodySeed);
        var h = page.Headings;

        Paragraph(body, rng, 4, 6);
        Heading(body, h[0]);
        Paragraph(body, rng, 3, 5);
        BulletList(body, rng);
        LinkParagraph(body, rng, page, page.Links[0], href);
        Heading(body, h[1]);
        Paragraph(body, rng, 4, 6);
        Heading(body, h[2]);
        Paragraph(body, rng, 2, 4);
        Table(body, rng);
        Heading(body, h[3]);
        LinkParagraph(body, rng, page, page.Links[1], href);
        CodeBlock(body, rng, page);
        Paragraph(body, rng, 2, 4);
        Heading(body, h[4]);
        Paragraph(body, rng, 3, 5);
        OrderedList(body, rng);
        Heading(body, h[5]);
        LinkParagraph(body, rng, page, page.Links[2], href);
        Paragraph(body, rng, 3, 6);
    }

    private static void Heading(StringBuilder body, PlannedHeading heading) =>
        body.Append('#', heading.Level).Append(' ').Append(heading.Text).Append("\n\n");

    private static void Paragraph(StringBuilder body, CorpusRandom rng, int minSentences, int maxSentences)
    {
        var count = rng.Next(minSentences, maxSentences + 1);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                body.Append(i % 3 == 2 ? '\n' : ' ');
            }
            body.Append(Sentence(rng));
        }
        body.Append("\n\n");
    }

    private static void LinkParagraph(StringBuilder body, CorpusRandom rng, PlannedPage page, PlannedLink link, Func<PlannedPage, PlannedLink, string> href)
    {
        body.Append(Sentence(rng)).Append(' ');
        body.Append(rng.Next(3) switch
        {
            0 => "For the details, read ",
            1 => "This builds on ",
            _ => "Compare it with ",
        });
        body.Append('[').Append(link.Target.Title).Append("](").Append(href(page, link)).Append(')');
        body.Append(", in particular the part on *").Append(link.Heading.Text.ToLowerInvariant()).Append("*. ");
        body.Append(Sentence(rng)).Append("\n\n");
    }

    private static void BulletList(StringBuilder body, CorpusRandom rng)
    {
        var count = rng.Next(4, 7);
        for (var i = 0; i < count; i++)
        {
            body.Append("- ").Append(Capitalize(Phrase(rng))).Append(rng.OneIn(3) ? $", which {rng.Pick(Vocabulary.Verbs)} the {rng.Pick(Vocabulary.Nouns)}" : "").Append('\n');
        }
        body.Append('\n');
    }

    private static void OrderedList(StringBuilder body, CorpusRandom rng)
    {
        var count = rng.Next(3, 6);
        for (var i = 1; i <= count; i++)
        {
            body.Append(i.ToString(CultureInfo.InvariantCulture)).Append(". ")
                .Append(rng.Pick(Vocabulary.Gerunds)).Append(" the ").Append(rng.Pick(Vocabulary.Nouns))
                .Append(" until ").Append(rng.Pick(Vocabulary.Clauses)).Append(".\n");
        }
        body.Append('\n');
    }

    private static void Table(StringBuilder body, CorpusRandom rng)
    {
        // SiteGen reads the line before a table as its caption (Hugo prints it as a paragraph).
        body.Append("Table: Settings of the ").Append(rng.Pick(Vocabulary.Nouns)).Append('\n');
        body.Append("| Setting | Default | Notes |\n|---|---:|---|\n");
        var rows = rng.Next(4, 7);
        for (var i = 0; i < rows; i++)
        {
            var setting = CorpusPlan.Slugify(rng.Pick(Vocabulary.Nouns)).Replace('-', '_');
            body.Append("| `").Append(setting).Append("` | ")
                .Append((rng.Next(1, 64) * 8).ToString(CultureInfo.InvariantCulture)).Append(" | ")
                .Append(Capitalize(rng.Pick(Vocabulary.Adjectives))).Append(" when ").Append(rng.Pick(Vocabulary.Clauses)).Append(" |\n");
        }
        body.Append('\n');
    }

    private static void CodeBlock(StringBuilder body, CorpusRandom rng, PlannedPage page)
    {
        var language = rng.Pick(Vocabulary.Languages);
        var name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(rng.Pick(Vocabulary.Nouns)).Replace(" ", "", StringComparison.Ordinal);
        body.Append("```").Append(language).Append('\n');
        foreach (var line in Vocabulary.CodeLines[language])
        {
            body.Append(line.Replace("{0}", language is "sql" or "yaml" or "sh" ? CorpusPlan.Slugify(name) + "-" + page.Number.ToString(CultureInfo.InvariantCulture) : name, StringComparison.Ordinal)).Append('\n');
        }
        body.Append("```\n\n");
    }

    private static string Sentence(CorpusRandom rng)
    {
        var noun = rng.Pick(Vocabulary.Nouns);
        var other = rng.Pick(Vocabulary.Nouns);
        var adjective = rng.Pick(Vocabulary.Adjectives);
        var verb = rng.Pick(Vocabulary.Verbs);
        var clause = rng.Pick(Vocabulary.Clauses);
        var sentence = rng.Next(6) switch
        {
            0 => $"{rng.Pick(Vocabulary.Openers)} the {Emphasis(rng, adjective + " " + noun)} {verb} every {other} before {clause}.",
            1 => $"{A(noun)} that {verb} each {Emphasis(rng, other)} keeps working when {clause}.",
            2 => $"Keep the {noun} {adjective}: it {verb} the {other} and reports a metric you can {Emphasis(rng, "alert on")}.",
            3 => $"{rng.Pick(Vocabulary.Openers)} teams set `{CorpusPlan.Slugify(noun).Replace('-', '_')}_timeout` low, because {clause} more often than expected.",
            4 => $"When {clause}, the {noun} {verb} the {Emphasis(rng, adjective + " " + other)} and nothing is lost.",
            _ => $"{Capitalize(Phrase(rng))} is cheaper than {A(adjective)} {other} that {verb} everything twice.",
        };
        return Capitalize(sentence);
    }

    private static string Phrase(CorpusRandom rng) => $"{A(rng.Pick(Vocabulary.Adjectives))} {rng.Pick(Vocabulary.Nouns)}";

    /// <summary>"a cache", "an index".</summary>
    public static string A(string word) => ("aeiou".Contains(word[0], StringComparison.Ordinal) ? "an " : "a ") + word;

    private static string Emphasis(CorpusRandom rng, string text) => rng.Next(5) switch
    {
        0 => "*" + text + "*",
        1 => "**" + text + "**",
        _ => text,
    };

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
