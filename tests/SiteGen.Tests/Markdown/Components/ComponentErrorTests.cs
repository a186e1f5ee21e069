using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markdown.Components;

/// <summary>Each way a call can be wrong is an error at the call (file:line:col), and the last output stays as it was.</summary>
public sealed class ComponentErrorTests : IDisposable
{
    private readonly TestSite _site = ComponentSite.Create();

    public ComponentErrorTests()
    {
        _site.Write("site-content/guide.md", "---\ntitle: Guide\n---\nFine {{ badge(text=\"ok\") }}.\n");
        _site.BuildOk();
    }

    public void Dispose() => _site.Dispose();

    private BuildRun AssertFailsWith(string markdown, params string[] expected)
    {
        _site.Write("site-content/guide.md", "---\ntitle: Guide\n---\nIntro.\n\n" + markdown);
        return FailedBuild.AssertFailsWith(_site, expected);
    }

    [Fact]
    public void Unknown_component_suggests_the_nearest_and_lists_them() =>
        AssertFailsWith("Pay {{ bagde(text=\"x\") }}.\n",
            "site-content/guide.md:6:5: error: unknown component 'bagde'; did you mean 'badge'? components: badge, note, team (templates/components/NAME.html)");

    [Fact]
    public void Missing_argument_names_it_and_its_type() =>
        AssertFailsWith("{{ badge(count=2) }}\n", "site-content/guide.md:6:1: error: component 'badge' needs argument 'text' (string)");

    [Fact]
    public void Unknown_argument_suggests_the_nearest() =>
        AssertFailsWith("{{ badge(text=\"x\", cuont=2) }}\n",
            "site-content/guide.md:6:20: error: unknown argument 'cuont' of component 'badge'; did you mean 'count'? arguments: text, count, share, strong");

    [Fact]
    public void Wrong_type_says_what_was_expected_and_what_came() =>
        AssertFailsWith("{{ badge(text=\"x\", strong=\"yes\") }}\n",
            "site-content/guide.md:6:20: error: argument 'strong' of 'badge' must be true or false, got \"yes\" (a string)");

    [Fact]
    public void Bare_word_value_asks_for_quotes() =>
        AssertFailsWith("{{ badge(text=senior) }}\n",
            "site-content/guide.md:6:15: error: value of 'text' must be a \"string\", a number or true/false (got senior); put strings in quotes");

    [Fact]
    public void Unclosed_string_is_reported_at_its_argument() =>
        AssertFailsWith("A {{ badge(text=\"x) }} b.\n", "site-content/guide.md:6:12: error: the string of argument 'text' is not closed");

    [Fact]
    public void Unclosed_block_points_at_its_opening_line() =>
        AssertFailsWith("{% note(title=\"T\") %}\nText that never ends.\n",
            "site-content/guide.md:6:1: error: `{% note(...) %}` is not closed; add `{% end %}`");

    [Fact]
    public void Stray_end_is_an_error() =>
        AssertFailsWith("Text.\n\n{% end %}\n", "site-content/guide.md:8:1: error: `{% end %}` without an open component");

    [Fact]
    public void Block_form_of_a_component_without_body_is_an_error() =>
        AssertFailsWith("{% badge(text=\"x\") %}\nInside.\n{% end %}\n", "site-content/guide.md:6:1: error: component 'badge' takes no Markdown inside");

    [Fact]
    public void Inline_form_of_a_component_that_needs_a_body_is_an_error() =>
        AssertFailsWith("{{ note() }}\n", "site-content/guide.md:6:1: error: component 'note' needs Markdown inside");

    [Fact]
    public void Error_inside_the_template_gives_both_positions()
    {
        _site.Write("templates/components/team.html", "---\nargs: {}\n---\n<p>\n  {{ site.data.team.leed }}</p>\n");
        AssertFailsWith("{{ team() }}\n",
            "site-content/guide.md:6:1: error: component 'team' failed: ", "templates/components/team.html:5:", "leed");
    }

    [Fact]
    public void Fail_in_a_template_is_reported_at_the_call()
    {
        _site.Write("templates/components/team.html", "---\nargs: {}\n---\n{{ fail \"no team for this page\" }}\n");
        AssertFailsWith("{{ team() }}\n", "site-content/guide.md:6:1: error: component 'team' failed: ", "team.html:4:", "no team for this page");
    }

    [Fact]
    public void Bad_argument_declaration_is_an_error_in_the_template() =>
        AssertFailsWithTemplate("---\nargs:\n  lead: { type: text }\n---\n<p></p>\n", "templates/components/team.html:3:", "unknown type 'text'");

    [Fact]
    public void Unknown_front_matter_key_of_a_component_suggests_the_right_one() =>
        AssertFailsWithTemplate("---\nargz: {}\n---\n<p></p>\n", "templates/components/team.html:2:1: error: unknown component key 'argz'; did you mean 'args'?");

    private void AssertFailsWithTemplate(string template, params string[] expected)
    {
        _site.Write("templates/components/team.html", template);
        FailedBuild.AssertFailsWith(_site, expected);
    }
}
