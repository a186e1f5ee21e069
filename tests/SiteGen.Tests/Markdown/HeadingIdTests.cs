using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using SiteGen.Markdown;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markdown;

/// <summary>
/// Issue 10, case 8: repeated headings made Markdig's id assignment quadratic (100,000 `## h` took minutes). SiteGen's
/// own <see cref="HeadingIds"/> gives the very same ids in linear time.
/// </summary>
public sealed class HeadingIdTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Repeated_and_colliding_headings_get_the_ids_they_always_had()
    {
        _site.Write("site-content/ids.md", """
            ---
            title: Ids
            ---
            ## h

            ## h-1

            ## h

            ## h

            ## H

            ### h

            ## h-2 {#custom}

            ## h {#h-5}

            ##

            ## section

            h
            ---

            ## h-1

            ## *h*

            ## [h](https://example.org/)

            ## `h`

            ## Café & Co

            ## h-3

            ## h

            """);
        _site.BuildOk();
        var ids = _site.Html("ids/index.html").QuerySelectorAll("main h2, main h3").Select(h => h.Id).ToList();
        // As Markdig's AutoIdentifierExtension gave them: a heading whose own text is "h-1" takes "h-1-1" once "h-1" is
        // taken, and an explicit {#id} is kept but not counted as taken.
        Assert.Equal(
            ["h", "h-1", "h-2", "h-3", "h-4", "h-5", "custom", "h-5", "section", "section-1", "h-6", "h-1-1", "h-7", "h-8", "h-9", "café--co", "h-3-1", "h-10"],
            ids);
    }

    [Fact]
    public void A_hundred_thousand_identical_headings_build()
    {
        // Markdig's scheme tried n²/2 ids here (minutes); within the bound only a linear one finishes.
        const int count = 100_000;
        _site.Write("site-content/many.md", "---\ntitle: Many\n---\n" + string.Concat(Enumerable.Repeat("## h\n\n", count)));
        var run = FailedBuild.WithinBound(() => _site.Build());
        Assert.True(run.ExitCode == 0, run.ToString());
        var ids = _site.Html("many/index.html").QuerySelectorAll("main h2").Select(h => h.Id).ToList();
        Assert.Equal(["h", .. Enumerable.Range(1, count - 1).Select(i => $"h-{i}")], ids);
    }

    /// <summary>Markdig's own extension is the oracle: random pages of clashing headings render the same with either.</summary>
    [Fact]
    public void Ids_match_Markdigs_auto_identifiers_on_random_pages()
    {
        var markdig = Pipeline(b => b.UseAutoIdentifiers(AutoIdentifierOptions.GitHub));
        var ours = Pipeline(b => b.Use<HeadingIds>());
        string[] texts = ["h", "h-1", "h-2", "h-1-1", "H", "h 1", "h_1", "section", "section-1", "", "*h*", "`h-1`", "h {#h-2}", "1", "-", "é", "h-10"];
        var random = new Random(10);
        for (var page = 0; page < 300; page++)
        {
            var lines = new List<string>();
            for (var i = random.Next(1, 40); i > 0; i--)
            {
                var text = texts[random.Next(texts.Length)];
                lines.Add(random.Next(6) == 0 && text.Length > 0 ? text + "\n---" : new string('#', random.Next(1, 5)) + " " + text);
            }
            var markdown = string.Join("\n\n", lines) + "\n";
            Assert.Equal(Markdig.Markdown.ToHtml(markdown, markdig), Markdig.Markdown.ToHtml(markdown, ours));
        }
    }

    private static MarkdownPipeline Pipeline(Func<MarkdownPipelineBuilder, MarkdownPipelineBuilder> headingIds) =>
        headingIds(new MarkdownPipelineBuilder().UsePipeTables()).UseFootnotes().UseTaskLists().UseGenericAttributes().Build();
}
