using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Search;

namespace SiteGen.Tests.Search;

/// <summary>One section of a page for a search result: its anchor ("" for section 0), heading (section 0: the title)
/// and whitespace-collapsed text.</summary>
public sealed record PageSection(string Anchor, string Heading, string Text);

/// <summary>
/// A page's sections as the box takes them from the page's HTML (search.js <c>sections</c>, on a DOM), here on
/// AngleSharp's DOM: the text of the first <c>&lt;main&gt;</c> without nav, header, footer, aside, script, style,
/// template, svg, noscript, form and <c>[data-search-ignore]</c> subtrees; section 0 before the first h2–h4 with an id
/// (not inside another heading), each such heading starts the next, at most <see cref="SearchText.MaxSections"/>
/// started; an h1 equal to the title is left out; block elements and comments separate words, inline ones do not.
/// It must agree with the engine's <see cref="SearchText"/> (whose section numbers the index holds).
/// </summary>
public static partial class PageSections
{
    private static readonly HashSet<string> Skipped = ["nav", "header", "footer", "aside", "script", "style", "template", "svg", "noscript", "form"];

    private static readonly HashSet<string> Inline =
    [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp", "small",
        "span", "strong", "sub", "sup", "time", "u", "var", "del", "ins", "wbr",
    ];

    public static IReadOnlyList<PageSection> Of(string html, string title) => Of(new HtmlParser().ParseDocument(html), title);

    public static IReadOnlyList<PageSection> Of(IDocument document, string title)
    {
        var walk = new Walk(title);
        if (document.QuerySelector("main") is { } main)
        {
            walk.Children(main);
        }
        return walk.End();
    }

    /// <summary>Runs of the whitespace <see cref="char.IsWhiteSpace(char)"/> accepts as one space, none at the ends.</summary>
    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim(' ');

    [GeneratedRegex("[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+")]
    private static partial Regex Whitespace();

    private sealed class Walk(string title)
    {
        private readonly List<PageSection> _sections = [];
        private StringBuilder _text = new();
        private string _anchor = "";
        private readonly string _title = Collapse(title);
        private string _heading = title;
        private bool _inHeading;

        public void Children(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child.NodeType == NodeType.Text)
                {
                    _text.Append(child.TextContent);
                    continue;
                }
                if (child is not IElement element)
                {
                    _text.Append(' ');
                    continue;
                }
                var name = element.LocalName;
                if (Skipped.Contains(name) || element.HasAttribute("data-search-ignore"))
                {
                    continue;
                }
                var heading = !_inHeading && name is "h1" or "h2" or "h3" or "h4";
                if (heading && name == "h1")
                {
                    var h1 = Take(element);
                    _text.Append(h1 == _title ? " " : " " + h1 + " ");
                }
                else if (heading && element.GetAttribute("id") is { Length: > 0 } id && _sections.Count < SearchText.MaxSections)
                {
                    _sections.Add(new PageSection(_anchor, _heading, Collapse(_text.ToString())));
                    _text.Clear();
                    _anchor = id;
                    _heading = Take(element);
                }
                else if (Inline.Contains(name))
                {
                    Children(element);
                }
                else
                {
                    _text.Append(' ');
                    Children(element);
                    _text.Append(' ');
                }
            }
        }

        public IReadOnlyList<PageSection> End()
        {
            _sections.Add(new PageSection(_anchor, _heading, Collapse(_text.ToString())));
            return _sections;
        }

        /// <summary>A heading's collapsed text, collected apart from the section's.</summary>
        private string Take(IElement heading)
        {
            var before = _text;
            _text = new StringBuilder();
            _inHeading = true;
            Children(heading);
            _inHeading = false;
            var text = Collapse(_text.ToString());
            _text = before;
            return text;
        }
    }
}
