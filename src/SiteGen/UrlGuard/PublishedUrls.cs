using System.Xml;

namespace SiteGen.UrlGuard;

/// <summary>
/// The URLs a site published, read from a sitemap.xml: the one the previous build left in the output folder, or a
/// deployed one given to <c>check --baseline</c>. Each with its line and column in that file, for the message.
/// </summary>
public sealed record PublishedUrls(string File, IReadOnlyList<(string Url, int Line, int Column)> Urls)
{
    /// <summary>The sitemap to compare with and whether a URL it has that the build drops is an error whatever
    /// <c>url_guard:</c> says (<c>check --baseline</c>).</summary>
    public sealed record Source(string Path, bool Strict);

    /// <returns>The URLs, or null with an error (or, for the previous output's own sitemap, a warning) when the file
    /// cannot be read as a sitemap.</returns>
    public static PublishedUrls? Read(Source source, string display, DiagnosticBag diagnostics)
    {
        var urls = new List<(string, int, int)>();
        try
        {
            using var reader = XmlReader.Create(source.Path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            var lines = (IXmlLineInfo)reader;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "loc")
                {
                    // LinePosition is the column of the name "loc"; the URL starts after "loc>".
                    var (line, column) = (lines.LineNumber, lines.LinePosition + 4);
                    urls.Add((reader.ReadElementContentAsString().Trim(), line, column));
                }
            }
        }
        catch (Exception ex) when (ex is XmlException or IOException or UnauthorizedAccessException)
        {
            var message = $"cannot read the published URLs from this sitemap ({ex.Message}); pass a sitemap.xml as SiteGen or another generator writes it";
            if (source.Strict)
            {
                diagnostics.Error(display, 0, 0, message);
            }
            else
            {
                diagnostics.Warning(WarningKinds.DroppedUrl, display, 0, 0, message);
            }
            return null;
        }
        return new PublishedUrls(display, urls);
    }
}
