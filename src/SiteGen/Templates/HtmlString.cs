namespace SiteGen.Templates;

/// <summary>HTML that templates print as it is (rendered Markdown, a layout's output, or a value passed through <c>raw</c>).</summary>
public sealed record HtmlString(string Value)
{
    public override string ToString() => Value;
}
