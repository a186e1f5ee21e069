using Markdig.Extensions.AutoLinks;
using SiteGen.Markdown;

namespace SiteGen.Tests.Markdown;

/// <summary>Pages without anything an autolink could start with skip the autolink parser: that must never change the HTML.</summary>
public sealed class MarkdownPipelinesTests
{
    private static readonly MarkdownPipelines Pipelines = new();

    private static readonly string[] Fragments =
    [
        "h", "f", "m", "t", "w", "W", "H", "http", "https", "ftp", "mailto", "tel", "www", "ww", "hotel", "with", "from",
        "me@example.org", "example.org", "/path", ":", "/", ".", "@", "(", ")", "~", " ", " ", " ", "\n", "\n\n", "*", "**",
        "_", "`", "[", "]", "](", "![", "<", ">", "<a href=\"x\">", "</a>", "<http", "&amp;", "\\", "|", "---", "# ", "## ",
        "- ", "1. ", "> ", "    ", "```\n", "{.wide}", "[^1]", "[^1]: note\n", "- [ ] ", "- [x] ", "!", "?", ",", "x",
    ];

    [Fact]
    public void Markdigs_autolink_parser_still_starts_only_at_the_letters_the_markers_cover()
    {
        // If a Markdig update makes autolinks start at other letters, AutoLinkMarkers must grow to match.
        var parser = new AutoLinkParser(new AutoLinkOptions());
        Assert.Equal(['f', 'h', 'm', 't', 'w'], parser.OpeningCharacters!.Order());
    }

    [Theory]
    [InlineData("see http://example.org", true)]
    [InlineData("HTTPS://EXAMPLE.ORG", true)]
    [InlineData("ftp://x.org", true)]
    [InlineData("Www.example.org", true)]
    [InlineData("mailto:me@example.org", true)]
    [InlineData("call tel:+123", true)]
    [InlineData("hotel: booked", true)]
    [InlineData("plain text with words from the web, no links", false)]
    [InlineData("", false)]
    public void Pages_that_could_hold_an_autolink_use_the_full_pipeline(string markdown, bool full) =>
        Assert.Same(full ? Pipelines.Full : Pipelines.WithoutAutoLinks, Pipelines.For(markdown));

    [Fact]
    public void Random_markdown_without_markers_renders_the_same_with_and_without_the_autolink_parser()
    {
        var random = new Random(20250105);
        var compared = 0;
        for (var i = 0; i < 4000; i++)
        {
            var markdown = string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => Fragments[random.Next(Fragments.Length)]));
            if (Pipelines.For(markdown) != Pipelines.WithoutAutoLinks)
            {
                continue;
            }
            Assert.Equal(Markdig.Markdown.ToHtml(markdown, Pipelines.Full), Markdig.Markdown.ToHtml(markdown, Pipelines.WithoutAutoLinks));
            compared++;
        }
        Assert.True(compared > 3000, $"only {compared} documents were free of markers");
    }
}
