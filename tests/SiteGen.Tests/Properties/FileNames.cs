namespace SiteGen.Tests.Properties;

/// <summary>File and folder names as people make them: spaces, Unicode, `+`, `%`, `#`, `?`, dots, case twins.</summary>
public static class FileNames
{
    private static readonly string[] Plain = ["about", "guide", "intro", "faq", "notes", "roles", "skills", "a", "b", "x-1", "2024", "post_1"];

    private static readonly string[] Odd =
    [
        "my page", "C#", "c++", "a+b", "100%", "50%25", "#hash", "what?", "q?x=1", "naïve", "Résumé", "日本語", "ÅÄÖ", "e\u0301",
        "\u05E9\u05DC\u05D5\u05DD", "😀", "a.b.c", ".hidden", "..dots", "-dash", "_underscore", "UPPER", "Upper", "tab\tname",
        "semi;colon", "comma,name", "quote'name", "dq\"name", "amp&name", "<lt>", "back`tick", "star*", "pipe|", "colon:name",
        "  spaced  ", "trailing.", "index", "_index", "sitemap", "robots", "404", "x%2Fy", "%00", "new\nline", "\u202Eevil",
        "\u00A0nbsp", "CON", "nul", "a\\b", "~tilde", "$dollar", "@at", "!bang", "=eq", "(paren)", "[bracket]", "{brace}",
        new string('l', 200),
    ];

    public static string Name(Draw draw, double oddChance) => draw.Chance(oddChance) ? draw.Pick(Odd) : draw.Pick(Plain);

    /// <summary>A folder path of zero to two levels ("" for the content root).</summary>
    public static string Folder(Draw draw, double oddChance) => draw.Weighted((5, 0), (3, 1), (1, 2)) switch
    {
        0 => "",
        1 => Name(draw, oddChance),
        _ => Name(draw, oddChance) + "/" + Name(draw, oddChance),
    };

    public static string StaticName(Draw draw, double oddChance) =>
        Name(draw, oddChance) + draw.Pick(".png", ".css", ".txt", ".js", ".svg", ".PDF", "", ".tar.gz", ".md", ".yml");
}
