using System.Globalization;
using System.Text;

namespace SiteGen.Tests.Properties;

/// <summary>One file of a generated site, by its path from the site root (site-content/..., templates/...).</summary>
public sealed record SiteFile(string Path, byte[] Bytes);

/// <summary>A symbolic link of a generated site: its path from the site root and what it points at (relative to the
/// link's folder, possibly leaving the site).</summary>
public sealed record SiteLink(string Path, string Target, bool IsFolder);

/// <summary>A whole generated site: files, links, the base URL it was given (when valid) and the known cases of issue 10
/// it holds (for the report).</summary>
public sealed record GeneratedSite(IReadOnlyList<SiteFile> Files, IReadOnlyList<SiteLink> Links, string? BaseUrl, IReadOnlyList<string> KnownCases, bool Messy)
{
    /// <summary>What CsCheck compares when it shrinks: smaller sites first.</summary>
    public ulong Weight => (ulong)Files.Sum(f => (long)f.Bytes.Length + 200) + (ulong)Links.Count * 200;

    /// <summary>Every file, escaped so that odd characters are visible, long lines cut: the failure report.</summary>
    public string Dump()
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"site with {Files.Count} files, {Links.Count} symlinks, base_url {BaseUrl ?? "(not valid)"}");
        if (KnownCases.Count > 0)
        {
            builder.Append(", known issue-10 cases: ").Append(string.Join(", ", KnownCases));
        }
        builder.Append('\n');
        foreach (var file in Files)
        {
            builder.Append(CultureInfo.InvariantCulture, $"=== {Visible(file.Path)} ({file.Bytes.Length} bytes)\n");
            var text = Encoding.UTF8.GetString(file.Bytes);
            foreach (var line in text.Split('\n'))
            {
                builder.Append(Visible(line.Length > 300 ? line[..300] : line));
                if (line.Length > 300)
                {
                    builder.Append(CultureInfo.InvariantCulture, $"…(+{line.Length - 300} chars)");
                }
                builder.Append('\n');
            }
        }
        foreach (var link in Links)
        {
            builder.Append(CultureInfo.InvariantCulture, $"=== symlink {Visible(link.Path)} -> {Visible(link.Target)}{(link.IsFolder ? " (folder)" : "")}\n");
        }
        return builder.ToString();
    }

    /// <summary>Control, format and invisible characters as \u escapes; a BOM shows as \uFEFF.</summary>
    private static string Visible(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            if (c != ' ' && (char.IsControl(c) || category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator || c == '\uFFFD'))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
