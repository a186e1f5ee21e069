using SiteGen.Tests.Support;

namespace SiteGen.Tests.Html;

/// <summary>
/// A broken link written in a page's Markdown is reported at the Markdown file, line and column, whatever form the
/// link takes in the HTML (percent-encoded by Markdig, raw HTML in the Markdown, printed on a list page by its template);
/// "the link comes from a template" is left for links that really come from a template.
/// </summary>
public sealed class MarkdownLinkPositionTests : IDisposable
{
    private readonly TestSite _site = new();

    public MarkdownLinkPositionTests() => _site.BuildOk();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Relative_link_with_a_percent_encoded_form_is_reported_at_its_markdown_position()
    {
        _site.Write("site-content/notes.md", "---\ntitle: Notes\n---\nIntro.\n\nSee the [menu](café) and [plan](<our plan>).\n");
        var run = FailedBuild.AssertFailsWith(_site,
            "site-content/notes.md:6:9: error: broken link #1: 'café' points to /notes/café",
            "site-content/notes.md:6:26: error: broken link #2: 'our plan' points to /notes/our plan");
        Assert.DoesNotContain("comes from a template", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_in_raw_html_of_the_markdown_is_reported_at_its_line()
    {
        _site.Write("site-content/notes.md", "---\ntitle: Notes\n---\nText with <a href=\"inline-word\">a link</a>.\n\n<div>\n  <a href=\"block-word\">more</a>\n</div>\n");
        var run = FailedBuild.AssertFailsWith(_site,
            "site-content/notes.md:4:11: error: broken link #1: 'inline-word' points to /notes/inline-word",
            "site-content/notes.md:7:12: error: broken link #2: 'block-word' points to /notes/block-word");
        Assert.DoesNotContain("comes from a template", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_link_printed_on_a_list_page_by_its_template_is_reported_at_the_markdown()
    {
        _site.Write("templates/_default/list.html", "<h1>{{ page.title }}</h1>{{ page.content }}{{ for p in page.pages }}<article>{{ p.content }}</article>{{ end }}");
        _site.Write("site-content/post.md", "---\ntitle: Post\n---\nA typo: [t](some-word).\n");
        var run = FailedBuild.AssertFailsWith(_site,
            "site-content/post.md:4:9: error: broken link #1: 'some-word' on the page / points to /some-word",
            "its template prints the content written here",
            "site-content/post.md:4:9: error: broken link #2: 'some-word' points to /post/some-word");
        Assert.DoesNotContain("comes from a template", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_link_written_in_a_template_still_says_so()
    {
        _site.Write("templates/_default/page.html", "<h1>{{ page.title }}</h1><a href=\"nowhere\">x</a>{{ page.content }}");
        _site.Write("site-content/post.md", "---\ntitle: Post\n---\nBody.\n");
        FailedBuild.AssertFailsWith(_site, "post/index.html: error: broken link #1: 'nowhere' in the page /post/", "the link comes from a template");
    }
}
