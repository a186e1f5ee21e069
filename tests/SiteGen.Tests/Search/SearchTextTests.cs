using SiteGen.Search;

namespace SiteGen.Tests.Search;

/// <summary>The single-pass scanner that takes a page's text from its HTML, on the cases real templates produce.</summary>
public sealed class SearchTextTests
{
    private static IReadOnlyList<SearchSection> Extract(string html, string title = "Title") => SearchText.Extract(title, html).ToSections();

    [Fact]
    public void Only_the_first_main_is_read_and_sections_start_at_headings_with_an_id()
    {
        var sections = Extract("""
            <header>chrome</header><main class="x"><h1>Title</h1><p>Intro <em>text</em></p>
            <h2 id="a">First <code>part</code></h2><p>One</p><h3>No id</h3><p>still one</p>
            <h4 id="b">Second</h4><p>Two</p></main><main>other</main><footer>chrome</footer>
            """);
        Assert.Equal(
            [new SearchSection("", "Title", "Intro text"), new SearchSection("a", "First part", "One No id still one"), new SearchSection("b", "Second", "Two")],
            sections);
    }

    [Fact]
    public void An_h1_that_is_not_the_title_is_text_of_section_0()
    {
        Assert.Equal("Before Another heading After", Extract("<main>Before<h1>Another heading</h1>After</main>")[0].Text);
        Assert.Equal("Before After", Extract("<main>Before<h1> Title </h1>After</main>")[0].Text);
    }

    [Fact]
    public void Entities_comments_and_tricky_attributes_are_handled()
    {
        var sections = Extract("""
            <main><!-- <p>comment</p> --><p title="a > b" data-x='<main>'>Fish &amp; chips &lt;3 &#233;t&#xE9; &nbsp;x &unknown; a < b</p>
            <script>if (a < b) { document.write("<p>script</p>"); }</script><style>p > a {}</style>
            <div data-search-ignore><div><p>ignored</p></div></div><p>kept</p><br/><img alt="x" data-search-ignore><p>after</p></main>
            """);
        Assert.Equal("Fish & chips <3 été x &unknown; a < b kept after", sections[0].Text);
    }

    [Fact]
    public void Named_references_an_author_writes_in_raw_html_are_decoded() =>
        Assert.Equal("café naïve © 2026 → ok", Extract("<main><p>caf&eacute; na&iuml;ve &copy; 2026 &rarr; ok</p></main>")[0].Text);

    [Theory]
    [InlineData("nav")]
    [InlineData("header")]
    [InlineData("footer")]
    [InlineData("aside")]
    [InlineData("template")]
    [InlineData("svg")]
    [InlineData("noscript")]
    [InlineData("form")]
    public void Chrome_elements_inside_main_are_skipped_with_what_they_nest(string element) =>
        Assert.Equal("before after", Extract($"<main><p>before</p><{element} class=\"c\"><{element}>inner</{element}> more</{element}><p>after</p></main>")[0].Text);

    [Fact]
    public void Without_main_there_is_no_text_and_unclosed_html_does_not_throw()
    {
        Assert.Equal([new SearchSection("", "Title", "")], Extract("<body><p>no main</p></body>"));
        Assert.Equal("text", Extract("<main><p>text<h2 id=\"x\"")[0].Text);
        Assert.Equal("a", Extract("<main>a<!-- never closed")[0].Text);
        Assert.Equal("a &", Extract("<main>a &")[0].Text);
    }
}
