using System.Globalization;

namespace SiteGen.Benchmarks.Corpus;

/// <summary>A heading of a page and the id both SiteGen (Markdig) and Hugo (Goldmark) give it.</summary>
public sealed record PlannedHeading(int Level, string Text, string Id);

/// <summary>A link from one page to a heading of another page.</summary>
public sealed record PlannedLink(PlannedPage Target, PlannedHeading Heading);

/// <summary>One regular page of the corpus: everything but its body text, which is written from <see cref="BodySeed"/>.</summary>
public sealed class PlannedPage
{
    public required int Number { get; init; }

    public required string Section { get; init; }

    public required string Slug { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public required string Date { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary>Six headings: ## ## ### ## ## ###, in body order.</summary>
    public required IReadOnlyList<PlannedHeading> Headings { get; init; }

    public List<PlannedLink> Links { get; } = [];

    public required ulong BodySeed { get; init; }

    /// <summary>Path under the content folder: "guides/designing-the-cache-000042.md".</summary>
    public string ContentPath => Section + "/" + Slug + ".md";
}

/// <summary>
/// The whole corpus before any file is written: N pages spread over 8 sections, each with 2-4 tags out of 30 and
/// 3 links to headings of other pages. Everything is drawn from a seeded generator per page, so the same N and seed
/// always give the same plan.
/// </summary>
public sealed class CorpusPlan
{
    public const ulong DefaultSeed = 20_260_101;

    private CorpusPlan(int pageCount, ulong seed, IReadOnlyList<PlannedPage> pages)
    {
        PageCount = pageCount;
        Seed = seed;
        Pages = pages;
    }

    public int PageCount { get; }

    public ulong Seed { get; }

    public IReadOnlyList<PlannedPage> Pages { get; }

    public static CorpusPlan Create(int pageCount, ulong seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageCount, 2);
        var pages = new PlannedPage[pageCount];
        for (var i = 0; i < pageCount; i++)
        {
            pages[i] = PlanPage(seed, i + 1);
        }
        for (var i = 0; i < pageCount; i++)
        {
            var rng = CorpusRandom.For(seed, "links", i + 1);
            var targets = new HashSet<int> { i };
            while (pages[i].Links.Count < 3)
            {
                var t = rng.Next(pageCount);
                if (targets.Add(t))
                {
                    pages[i].Links.Add(new PlannedLink(pages[t], rng.Pick(pages[t].Headings)));
                }
            }
        }
        return new CorpusPlan(pageCount, seed, pages);
    }

    private static PlannedPage PlanPage(ulong seed, int number)
    {
        var rng = CorpusRandom.For(seed, "page", number);
        var section = rng.Pick(Vocabulary.Sections).Slug;
        var adjective = rng.Pick(Vocabulary.Adjectives);
        var noun = rng.Pick(Vocabulary.Nouns);
        var gerund = rng.Pick(Vocabulary.Gerunds);
        var title = $"{gerund} {MarkdownBodyWriter.A(adjective)} {noun}";
        var slug = $"{Slugify(title)}-{number.ToString("D6", CultureInfo.InvariantCulture)}";
        var aspects = rng.PickDistinct(Vocabulary.HeadingNouns, 2);
        var description = $"How to {VerbOf(gerund)} {MarkdownBodyWriter.A(adjective)} {noun}: {aspects[0]}, {aspects[1]} and what happens when {rng.Pick(Vocabulary.Clauses)}.";
        var date = new DateOnly(2019, 1, 1).AddDays(rng.Next(2500)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var tags = rng.PickDistinct(Vocabulary.Tags, rng.Next(2, 5));

        var headings = new List<PlannedHeading>(6);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var level in (int[])[2, 2, 3, 2, 2, 3])
        {
            string text;
            do
            {
                text = level == 2
                    ? $"{rng.Pick(Vocabulary.Gerunds)} the {rng.Pick(Vocabulary.Nouns)} {rng.Pick(Vocabulary.HeadingNouns)}"
                    : $"When {rng.Pick(Vocabulary.Clauses)}";
            }
            while (!used.Add(Slugify(text)));
            headings.Add(new PlannedHeading(level, text, Slugify(text)));
        }

        return new PlannedPage
        {
            Number = number,
            Section = section,
            Slug = slug,
            Title = title,
            Description = description,
            Date = date,
            Tags = tags,
            Headings = headings,
            BodySeed = rng.NextUInt64(),
        };
    }

    /// <summary>"Designing" -> "design".</summary>
    private static string VerbOf(string gerund) => gerund switch
    {
        "Scaling" or "Securing" or "Caching" or "Migrating" or "Profiling" or "Tuning" or "Observing" or "Automating"
            or "Replicating" => gerund[..^3].ToLowerInvariant() + "e",
        "Debugging" => "debug",
        _ => gerund[..^3].ToLowerInvariant(),
    };

    /// <summary>
    /// GitHub-style heading id: lowercase, letters, digits and '-' kept, spaces to '-'. The texts the corpus uses
    /// (ASCII letters, spaces, '-') get the same id from Markdig's GitHub auto-identifiers and from Goldmark.
    /// </summary>
    public static string Slugify(string text)
    {
        var chars = new List<char>(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '-')
            {
                chars.Add(c);
            }
            else if (c == ' ')
            {
                chars.Add('-');
            }
        }
        return new string([.. chars]);
    }
}
